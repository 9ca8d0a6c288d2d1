#include <QLocale>
#include <QStringList>
#include <QTest>

#include <vector>

#include "core/analysis/occasionrules.h"
#include "core/instrument/instrument.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

using Assignments = std::vector<HandledareAssignment>;
Q_DECLARE_METATYPE(Assignments)
Q_DECLARE_METATYPE(tilltro::Answer)

namespace {

/// The required questions of the shipped SKAPA instrument, in its order.
const QStringList RequiredKeys{
    u"d_mojligheter"_s, u"d_klara_jobb"_s,   u"d_samarbete"_s, u"d_halsa"_s,
    u"d_vardagen"_s,    u"d_kompetens"_s,    u"d_lon"_s,       u"d_soker"_s,
    u"tilltro"_s,       u"malmedvetenhet"_s, u"vald"_s,        u"riskbruk"_s,
};

/// Every required question answered: numbers, an explicit non-answer on the deltagare's side,
/// options of the choice questions; the optional handledare ratings left out except one.
Occasion fullyAnswered()
{
    Occasion o;
    o.participantId = 1;
    o.date = QDate(2026, 11, 24);
    o.answers = {
        {u"d_mojligheter"_s, Answer::number(1)},
        {u"d_klara_jobb"_s, Answer::number(10)},
        {u"d_samarbete"_s, Answer::choice(u"vet_ej"_s)},
        {u"d_halsa"_s, Answer::number(4)},
        {u"d_vardagen"_s, Answer::choice(u"vill_ej_svara"_s)},
        {u"d_kompetens"_s, Answer::number(6)},
        {u"d_lon"_s, Answer::number(5)},
        {u"d_soker"_s, Answer::number(8)},
        {u"h_halsa"_s, Answer::choice(u"vet_ej"_s)},
        {u"tilltro"_s, Answer::choice(u"goda_mojligheter"_s)},
        {u"malmedvetenhet"_s, Answer::choice(u"vet_ej"_s)},
        {u"vald"_s, Answer::choice(u"ej_aktuellt"_s)},
        {u"riskbruk"_s, Answer::choice(u"nej"_s)},
    };
    return o;
}

QStringList keys(const std::vector<const Question*>& questions)
{
    QStringList result;
    for (const Question* q : questions)
        result << q->key;
    return result;
}

QStringList keys(const std::vector<QString>& list)
{
    return QStringList(list.begin(), list.end());
}

HandledareAssignment assignment(qint64 handledareId, const QDate& from, const QDate& to = {})
{
    HandledareAssignment a;
    a.handledareId = handledareId;
    a.from = from;
    a.to = to;
    return a;
}

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0));

} // namespace

class TestOccasionRules : public QObject {
    Q_OBJECT

private:
    Instrument m_instrument;

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = Instrument::loadDefault();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        m_instrument = std::move(loaded).value();
    }

    void init() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void missingAnswers_emptyOccasion_allRequiredInInstrumentOrder()
    {
        QCOMPARE(keys(analysis::missingAnswers(m_instrument, Occasion{})), RequiredKeys);
    }

    void missingAnswers_fullyAnsweredWithNonAnswers_none()
    {
        QCOMPARE(keys(analysis::missingAnswers(m_instrument, fullyAnswered())), QStringList{});
    }

    void missingAnswers_emptyAnswerStored_countsAsMissing()
    {
        Occasion o = fullyAnswered();
        o.answers[u"d_halsa"_s] = Answer{};
        QCOMPARE(keys(analysis::missingAnswers(m_instrument, o)), QStringList{u"d_halsa"_s});
        QCOMPARE(keys(analysis::invalidAnswers(m_instrument, o)), QStringList{});
    }

    void missingAnswers_invalidAnswerPresent_reportedAsInvalidNotMissing()
    {
        Occasion o = fullyAnswered();
        o.answers[u"d_halsa"_s] = Answer::number(11);
        QCOMPARE(keys(analysis::missingAnswers(m_instrument, o)), QStringList{});
        QCOMPARE(keys(analysis::invalidAnswers(m_instrument, o)), QStringList{u"d_halsa"_s});
    }

    void completeOccasion_emptyOccasion_refusedNamingEveryRequiredLabel()
    {
        Occasion o;
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.errorMessage(),
                 u"Answer these before completing: Möjligheter att få arbete (participant), "
                 "Klara ett jobb (participant), Samarbete (participant), Hälsa (participant), "
                 "Vardagen (participant), Kompetens (participant), Realistisk lönenivå "
                 "(participant), Söker arbete (participant), Tilltro, Målmedvetenhet, Våld i "
                 "nära relation, Riskbruk/missbruk."_s);
        QCOMPARE(o.state, OccasionState::Draft);
        QVERIFY(!o.completedAt.isValid());
    }

    void completeOccasion_someMissing_namesThemInUiLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("message");
        QTest::newRow("swedish") << QLocale(QLocale::Swedish, QLocale::Sweden)
                                 << u"Answer these before completing: Hälsa (participant), "
                                    "Tilltro."_s;
        QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 << u"Answer these before completing: Health (participant), "
                                    "Belief."_s;
        QTest::newRow("languageWithoutTexts_swedish")
            << QLocale(QLocale::German, QLocale::Germany)
            << u"Answer these before completing: Hälsa (participant), Tilltro."_s;
    }

    void completeOccasion_someMissing_namesThemInUiLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, message);
        QLocale::setDefault(locale);
        Occasion o = fullyAnswered();
        o.answers.erase(u"d_halsa"_s);
        o.answers.erase(u"tilltro"_s);
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), message);
        QCOMPARE(o.state, OccasionState::Draft);
    }

    void completeOccasion_deltagareAbsent_handledarePartSuffices()
    {
        Occasion o = fullyAnswered();
        for (const QString& key : RequiredKeys) {
            if (key.startsWith("d_"_L1))
                o.answers.erase(key);
        }
        QVERIFY(!analysis::missingAnswers(m_instrument, o).empty());
        o.deltagareAbsent = true;
        QVERIFY(analysis::missingAnswers(m_instrument, o).empty());
        QVERIFY(analysis::answersWhileAbsent(m_instrument, o).empty());
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(o.state, OccasionState::Completed);
        QVERIFY(o.deltagareAbsent);
    }

    void completeOccasion_deltagareAbsent_handledareQuestionsStillRequired()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        Occasion o;
        o.date = QDate(2026, 11, 24);
        o.deltagareAbsent = true;
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY(!result.ok());
        QCOMPARE(keys(analysis::missingAnswers(m_instrument, o)),
                 (QStringList{u"tilltro"_s, u"malmedvetenhet"_s, u"vald"_s, u"riskbruk"_s}));
        QVERIFY(!result.errorMessage().contains(u"(participant)"_s));
    }

    void completeOccasion_deltagareAbsentWithTheirAnswers_refusedNamingThem()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        Occasion o = fullyAnswered();
        for (const QString& key : RequiredKeys) {
            if (key.startsWith("d_"_L1) && key != "d_halsa"_L1 && key != "d_vardagen"_L1)
                o.answers.erase(key);
        }
        o.deltagareAbsent = true;
        const Occasion before = o;
        // A non-answer ("Vill ej svara") is an answer too: absence is said once, by the flag.
        QCOMPARE(keys(analysis::answersWhileAbsent(m_instrument, o)),
                 (QStringList{u"d_halsa"_s, u"d_vardagen"_s}));
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.errorMessage(),
                 u"The participant did not take part, yet the participant's part has answers: "
                 u"Health (participant), Everyday life (participant)."_s);
        QCOMPARE(o, before);
    }

    void completeOccasion_fullyAnswered_completedWithTimestamp()
    {
        Occasion o = fullyAnswered();
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(o.state, OccasionState::Completed);
        QCOMPARE(o.completedAt, Now);
        QCOMPARE(o.answers, fullyAnswered().answers);
    }

    void completeOccasion_optionalHandledareRatingsMissing_stillCompletes()
    {
        Occasion o = fullyAnswered();
        o.answers.erase(u"h_halsa"_s);
        QVERIFY(analysis::completeOccasion(m_instrument, o, Now).ok());
        QCOMPARE(o.state, OccasionState::Completed);
    }

    void completeOccasion_twice_keepsFirstCompletedAt()
    {
        Occasion o = fullyAnswered();
        QVERIFY(analysis::completeOccasion(m_instrument, o, Now).ok());
        const auto again = analysis::completeOccasion(m_instrument, o, Now.addDays(3));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(o.state, OccasionState::Completed);
        QCOMPARE(o.completedAt, Now);
    }

    void completeOccasion_draftWithStaleCompletedAt_getsNow()
    {
        Occasion o = fullyAnswered();
        o.completedAt = Now.addYears(-1);
        QVERIFY(analysis::completeOccasion(m_instrument, o, Now).ok());
        QCOMPARE(o.completedAt, Now);
    }

    void invalidAnswers_singleAnswer_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<bool>("invalid");
        QTest::addColumn<QString>("name"); ///< in the message, when invalid

        const QString halsa = u"Hälsa (participant)"_s;
        QTest::newRow("eleven_outOfRange") << u"d_halsa"_s << Answer::number(11) << true << halsa;
        QTest::newRow("zero_outOfRange") << u"d_halsa"_s << Answer::number(0) << true << halsa;
        QTest::newRow("one_lowEnd") << u"d_halsa"_s << Answer::number(1) << false << QString();
        QTest::newRow("ten_highEnd") << u"d_halsa"_s << Answer::number(10) << false << QString();
        QTest::newRow("ejAktuelltOnDeltagareQuestion_notAllowed")
            << u"d_halsa"_s << Answer::choice(u"ej_aktuellt"_s) << true << halsa;
        QTest::newRow("villEjSvaraOnDeltagareQuestion_allowed")
            << u"d_halsa"_s << Answer::choice(u"vill_ej_svara"_s) << false << QString();
        QTest::newRow("villEjSvaraOnHandledareRating_notAllowed")
            << u"h_halsa"_s << Answer::choice(u"vill_ej_svara"_s) << true
            << u"Hälsa (case worker)"_s;
        QTest::newRow("numberAndCodeTogether")
            << u"d_halsa"_s << Answer{5, u"vet_ej"_s} << true << halsa;
        QTest::newRow("unknownOption")
            << u"tilltro"_s << Answer::choice(u"kanske"_s) << true << u"Tilltro"_s;
        QTest::newRow("numberOnChoiceQuestion")
            << u"tilltro"_s << Answer::number(2) << true << u"Tilltro"_s;
        QTest::newRow("optionOnNumericQuestion")
            << u"malmedvetenhet"_s << Answer::choice(u"nej"_s) << true << u"Målmedvetenhet"_s;
        QTest::newRow("vetEjOnSensitiveQuestion_notAllowed")
            << u"vald"_s << Answer::choice(u"vet_ej"_s) << true << u"Våld i nära relation"_s;
        QTest::newRow("misstankeOnSensitiveQuestion_allowed")
            << u"riskbruk"_s << Answer::choice(u"misstanke"_s) << false << QString();
        QTest::newRow("unknownKey_namedByKey")
            << u"d_okand"_s << Answer::number(5) << true << u"d_okand"_s;
        QTest::newRow("unknownKeyWithEmptyAnswer_ignored")
            << u"d_okand"_s << Answer{} << false << QString();
    }

    void invalidAnswers_singleAnswer()
    {
        QFETCH(QString, key);
        QFETCH(Answer, answer);
        QFETCH(bool, invalid);
        QFETCH(QString, name);

        Occasion o = fullyAnswered();
        o.answers[key] = answer;
        QCOMPARE(keys(analysis::invalidAnswers(m_instrument, o)),
                 invalid ? QStringList{key} : QStringList{});

        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QCOMPARE(result.ok(), !invalid);
        if (invalid) {
            QCOMPARE(result.error().kind, Error::Kind::Invalid);
            QCOMPARE(result.errorMessage(), "These answers are not valid: "_L1 + name + u'.');
            QCOMPARE(o.state, OccasionState::Draft);
            QVERIFY(!o.completedAt.isValid());
        } else {
            QCOMPARE(o.state, OccasionState::Completed);
        }
    }

    void invalidAnswers_several_instrumentOrderThenUnknownKeys()
    {
        Occasion o = fullyAnswered();
        o.answers[u"zz_extra"_s] = Answer::number(1);
        o.answers[u"tilltro"_s] = Answer::choice(u"kanske"_s);
        o.answers[u"aa_extra"_s] = Answer::choice(u"vet_ej"_s);
        o.answers[u"d_halsa"_s] = Answer::number(11);
        QCOMPARE(keys(analysis::invalidAnswers(m_instrument, o)),
                 (QStringList{u"d_halsa"_s, u"tilltro"_s, u"aa_extra"_s, u"zz_extra"_s}));
    }

    void completeOccasion_missingAndInvalid_bothNamed()
    {
        Occasion o = fullyAnswered();
        o.answers.erase(u"riskbruk"_s);
        o.answers[u"d_soker"_s] = Answer::number(11);
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(),
                 u"Answer these before completing: Riskbruk/missbruk. These answers are not "
                 "valid: Söker arbete (participant)."_s);
    }

    void completeOccasion_alreadyCompletedButInvalid_refusedAndUnchanged()
    {
        Occasion o = fullyAnswered();
        QVERIFY(analysis::completeOccasion(m_instrument, o, Now).ok());
        o.answers[u"d_halsa"_s] = Answer::number(11);
        const Occasion before = o;
        QVERIFY(!analysis::completeOccasion(m_instrument, o, Now.addDays(1)).ok());
        QCOMPARE(o, before);
    }

    void completeOccasion_datedAfterToday_refusedAndUnchanged()
    {
        Occasion o = fullyAnswered();
        o.date = Now.date().addDays(1);
        const Occasion before = o;
        const auto result = analysis::completeOccasion(m_instrument, o, Now);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY2(result.errorMessage().contains(u"2026-11-25"_s),
                 qPrintable(result.errorMessage()));
        QCOMPARE(o, before);
        o.date = Now.date(); // today is fine
        QVERIFY(analysis::completeOccasion(m_instrument, o, Now).ok());
    }

    void checkOccasionDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("ok");
        QTest::newRow("today") << QDate(2026, 11, 24) << true;
        QTest::newRow("long ago") << QDate(2020, 1, 1) << true;
        QTest::newRow("tomorrow") << QDate(2026, 11, 25) << false;
        QTest::newRow("next March") << QDate(2027, 3, 4) << false;
        QTest::newRow("no date") << QDate() << false;
    }

    void checkOccasionDate()
    {
        QFETCH(QDate, date);
        QFETCH(bool, ok);
        const auto result = analysis::checkOccasionDate(date, QDate(2026, 11, 24));
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QCOMPARE(result.error().kind, Error::Kind::Invalid);
    }

    void checkOccasionDate_namesBothDays()
    {
        QCOMPARE(analysis::checkOccasionDate(QDate(2027, 3, 4), QDate(2026, 11, 24)).errorMessage(),
                 u"The assessment is dated 2027-03-04, after today (2026-11-24). An assessment is "
                 "recorded on the day it is held."_s);
    }

    void checkParticipationDates_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QDate feb(2026, 2, 10);
        const QDate jun(2026, 6, 2);
        QTest::newRow("around the occasions")
            << QDate(2026, 2, 1) << QDate(2026, 7, 1) << QString();
        QTest::newRow("on the days themselves") << feb << jun << QString();
        QTest::newRow("running, start not recorded") << QDate() << QDate() << QString();
        QTest::newRow("start after the first")
            << QDate(2026, 3, 1) << QDate()
            << u"The start date 2026-03-01 is after the first assessment (2026-02-10)."_s;
        QTest::newRow("end before the latest")
            << QDate(2026, 2, 1) << QDate(2026, 5, 1)
            << u"The end date 2026-05-01 is before the latest assessment (2026-06-02)."_s;
        QTest::newRow("end before the latest, start unknown")
            << QDate() << QDate(2026, 6, 1)
            << u"The end date 2026-06-01 is before the latest assessment (2026-06-02)."_s;
    }

    void checkParticipationDates()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, message);
        // In any order, with an undated one that does not count.
        const std::vector<QDate> occasions{QDate(2026, 6, 2), QDate(), QDate(2026, 2, 10),
                                           QDate(2026, 4, 1)};
        const auto result = analysis::checkParticipationDates(start, end, occasions);
        QCOMPARE(result.ok(), message.isEmpty());
        if (!message.isEmpty()) {
            QCOMPARE(result.error().kind, Error::Kind::Invalid);
            QCOMPARE(result.errorMessage(), message);
        }
    }

    void checkParticipationDates_noOccasions_anyDatesAccepted()
    {
        QVERIFY(analysis::checkParticipationDates(QDate(2026, 3, 1), QDate(2026, 3, 2), {}).ok());
    }

    void handledareChanges_counts_data()
    {
        QTest::addColumn<Assignments>("periods");
        QTest::addColumn<int>("changes");

        const QDate jan(2026, 1, 1);
        const QDate feb(2026, 2, 1);
        const QDate mar(2026, 3, 1);
        QTest::newRow("none_zero") << Assignments{} << 0;
        QTest::newRow("one_zero") << Assignments{assignment(7, jan)} << 0;
        QTest::newRow("twoHandledare_one")
            << Assignments{assignment(7, jan, feb), assignment(8, feb)} << 1;
        QTest::newRow("sameHandledareTwiceInARow_zero")
            << Assignments{assignment(7, jan, feb), assignment(7, feb)} << 0;
        QTest::newRow("threePeriodsBackToFirst_two")
            << Assignments{assignment(7, jan, feb), assignment(8, feb, mar), assignment(7, mar)}
            << 2;
        QTest::newRow("threePeriodsSameThenOther_one")
            << Assignments{assignment(7, jan, feb), assignment(7, feb, mar), assignment(8, mar)}
            << 1;
        QTest::newRow("givenOutOfOrder_countedInDateOrder")
            << Assignments{assignment(7, jan, feb), assignment(8, mar), assignment(7, feb, mar)}
            << 1;
    }

    void handledareChanges_counts()
    {
        QFETCH(Assignments, periods);
        QFETCH(int, changes);
        QCOMPARE(analysis::handledareChanges(periods), changes);
    }
};

QTEST_GUILESS_MAIN(TestOccasionRules)
#include "tst_occasionrules.moc"
