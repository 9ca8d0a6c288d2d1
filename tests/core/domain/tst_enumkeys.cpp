#include <QTest>

#include "core/domain/enumkeys.h"
#include "core/domain/handlingsplan.h"
#include "core/domain/occasion.h"
#include "core/domain/participant.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

namespace {

enum class Colour { Red, Green, Blue };

constexpr EnumKeys<Colour, 3> colourKeys{{
    {Colour::Red, "red"},
    {Colour::Green, "green"},
    {Colour::Blue, "blue"},
}};
static_assert(inDeclarationOrder(colourKeys));
constexpr EnumKeys<Colour, 3> colourWords{{
    {Colour::Red, "red", "Red"},
    {Colour::Green, "green", "Green"},
    {Colour::Blue, "blue", "Blue"},
}};

// What inDeclarationOrder() refuses: a value left out, out of order, or listed twice.
constexpr EnumKeys<Colour, 2> missingGreen{{{Colour::Red, "red"}, {Colour::Blue, "blue"}}};
constexpr EnumKeys<Colour, 3> swapped{{
    {Colour::Green, "green"},
    {Colour::Red, "red"},
    {Colour::Blue, "blue"},
}};
constexpr EnumKeys<Colour, 3> twice{{
    {Colour::Red, "red"},
    {Colour::Red, "green"},
    {Colour::Blue, "blue"},
}};
static_assert(!inDeclarationOrder(missingGreen) && !inDeclarationOrder(swapped) &&
              !inDeclarationOrder(twice));

/// Every value of a domain enum with the key stored and exchanged for it so far (byte for
/// byte), read both ways through the domain's own functions.
template <typename E, typename KeyOf, typename FromKey>
void roundTrips(std::initializer_list<std::pair<E, const char*>> expected, KeyOf keyOf,
                FromKey fromKey)
{
    for (const auto& [value, key] : expected) {
        QCOMPARE(keyOf(value).toLatin1(), QByteArray(key));
        QVERIFY(fromKey(QString::fromLatin1(key)) == value);
    }
}

/// Keys that are close to a known one but not it.
template <typename FromKey> void refusesUnknown(const QString& known, FromKey fromKey)
{
    QVERIFY(fromKey(known));
    QVERIFY(!fromKey(known.toUpper()));
    QVERIFY(!fromKey(u' ' + known));
    QVERIFY(!fromKey(known + u' '));
    QVERIFY(!fromKey(known.chopped(1)));
    QVERIFY(!fromKey(u"no such key"_s));
}

} // namespace

// The {value, key} tables of the domain's enums (issue 13): one place per key, read both ways.
class TestEnumKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helper_roundTripsEveryValue()
    {
        for (const Colour c : {Colour::Red, Colour::Green, Colour::Blue})
            QVERIFY(fromKey(colourKeys, keyOf(colourKeys, c)) == c);
        QCOMPARE(keyOf(colourKeys, Colour::Green), u"green"_s);
        QVERIFY(wordOf(colourKeys, Colour::Blue) == nullptr); // a table without words
        for (const Colour c : {Colour::Red, Colour::Green, Colour::Blue}) {
            QVERIFY(fromKey(colourWords, keyOf(colourWords, c)) == c);
            QCOMPARE(QString::fromLatin1(wordOf(colourWords, c)),
                     keyOf(colourWords, c).left(1).toUpper() + keyOf(colourWords, c).mid(1));
        }
        QVERIFY(!fromKey(colourWords, u"Green"_s)); // a word is not a key
    }

    void helper_unknownKeyRefused_unlistedValueHasNoKey()
    {
        QVERIFY(!fromKey(colourKeys, u"Red"_s));
        QVERIFY(!fromKey(colourKeys, u"red "_s));
        QVERIFY(!fromKey(colourKeys, u"purple"_s));
        QVERIFY(!fromKey(colourKeys, QString()));
        QVERIFY(!fromKey(colourKeys, u""_s));
        QVERIFY(!fromKey(missingGreen, u"green"_s));
        QCOMPARE(keyOf(missingGreen, Colour::Green), QString());
        QVERIFY(wordOf(missingGreen, Colour::Green) == nullptr);
        QCOMPARE(keyOf(colourKeys, Colour(7)), QString());
    }

    void occasionState()
    {
        roundTrips<OccasionState>(
            {{OccasionState::Draft, "draft"}, {OccasionState::Completed, "completed"}},
            codeOf<OccasionState>, fromCode<OccasionState>);
        refusesUnknown(u"draft"_s, fromCode<OccasionState>);
        QVERIFY(!fromCode<OccasionState>(QString()));
    }

    void goalType()
    {
        roundTrips<GoalType>({{GoalType::Arbete, "arbete"}, {GoalType::Studier, "studier"}},
                             codeOf<GoalType>, fromCode<GoalType>);
        refusesUnknown(u"studier"_s, fromCode<GoalType>);
        QVERIFY(!fromCode<GoalType>(QString()));
    }

    void delmalStatus()
    {
        roundTrips<DelmalStatus>({{DelmalStatus::EjPaborjat, "ej_paborjat"},
                                  {DelmalStatus::Pagar, "pagar"},
                                  {DelmalStatus::Uppnatt, "uppnatt"},
                                  {DelmalStatus::DelvisUppnatt, "delvis_uppnatt"},
                                  {DelmalStatus::EjUppnatt, "ej_uppnatt"}},
                                 codeOf<DelmalStatus>, fromCode<DelmalStatus>);
        refusesUnknown(u"pagar"_s, fromCode<DelmalStatus>);
        QVERIFY(!fromCode<DelmalStatus>(QString()));
    }

    void responsible()
    {
        roundTrips<Responsible>({{Responsible::Deltagare, "deltagare"},
                                 {Responsible::Handledare, "handledare"},
                                 {Responsible::Annan, "annan"}},
                                codeOf<Responsible>, fromCode<Responsible>);
        refusesUnknown(u"annan"_s, fromCode<Responsible>);
        QVERIFY(!fromCode<Responsible>(QString()));
    }
};

QTEST_APPLESS_MAIN(TestEnumKeys)
#include "tst_enumkeys.moc"
