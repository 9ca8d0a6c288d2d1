// The one JSON structure guard (src/core/json/jsonguard.h): its limits and messages on their own,
// and the same refusal in the same words from both of its users, the instrument loader and the
// JSON exchange.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "core/exchange/jsonexchange.h"
#include "core/instrument/instrument.h"
#include "core/json/jsonguard.h"
#include "core/storage/database.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

/// `count` times "[0]": the path of a value nested in `count` arrays.
QString firstElements(int count)
{
    return u"[0]"_s.repeated(count);
}

/// `{"extra": [[[…]]]}` with `depth` arrays: too deep for both users' limits.
QByteArray deepUnderExtra(int depth)
{
    return "{\"extra\": " + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}

} // namespace

class TestJsonGuard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    /// The refusal of Instrument::fromJson(), or a note that it loaded.
    static QString instrumentRefusal(const QByteArray& bytes)
    {
        const auto instrument = Instrument::fromJson(bytes);
        return instrument ? u"(loaded)"_s : instrument.errorMessage();
    }

    /// The refusal of an import of `bytes`, or a note that it was imported.
    QString exchangeRefusal(const QByteArray& bytes)
    {
        const auto imported = exchange::importBytes(*m_db, bytes);
        return imported ? u"(imported)"_s : imported.errorMessage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::create(m_dir.filePath(u"guard.tilltro"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void cleanupTestCase() { m_db.reset(); }

    // ----- the byte scanner and structure check on their own -----

    void limits_namePathAndProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("long string") << QByteArray("{\"a\": {\"b\": [1, \"x\", \"123456789\"]}}")
                                     << u"a.b[2]: a text longer than"_s;
        QTest::newRow("long member name")
            << QByteArray("{\"a\": {\"bcdefghijk\": 1}}") << u"a: a member name longer than"_s;
        QTest::newRow("escaped quote stays inside")
            << QByteArray("{\"a\": \"\\\"\\\"\\\"\\\"\\\"\\\"\"}") << u"a: a text longer than"_s;
        QTest::newRow("long number")
            << QByteArray("{\"a\": [1, 1234567]}") << u"a[1]: a number longer than 6 characters"_s;
        QTest::newRow("deep") << QByteArray("{\"a\": [[[[{\"b\": 1}]]]]}")
                              << u"a[0][0][0]: nested more than 4 levels deep"_s;
        QTest::newRow("many members")
            << QByteArray("{\"a\": {\"b\": 1, \"c\": 2, \"d\": 3, \"e\": 4}}")
            << u"a: an object with more than 3 members"_s;
        QTest::newRow("many values") << QByteArray("{\"a\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}")
                                     << u"a[8]: the document has more than 10 values"_s;
        QTest::newRow("duplicate after escape") << QByteArray("{\"a\": {\"b\": 1, \"\\u0062\": 2}}")
                                                << u"a: the member \"b\" appears twice"_s;
        QTest::newRow("too big") << QByteArray(200, ' ') << u"The document is larger than"_s;
    }

    void limits_namePathAndProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        json::JsonLimits limits;
        limits.maxDocumentBytes = 100;
        limits.maxStringBytes = 8;
        limits.maxNumberChars = 6;
        limits.maxDepth = 4;
        limits.maxMembers = 3;
        limits.maxValues = 10;
        // Whole, and byte by byte as a file read in small chunks would give it.
        json::JsonByteScanner whole(limits);
        json::JsonByteScanner bytewise(limits);
        bool wholeOk = whole.feed(json);
        bool bytewiseOk = true;
        for (qsizetype i = 0; i < json.size() && bytewiseOk; ++i)
            bytewiseOk = bytewise.feed(json.constData() + i, 1);
        QCOMPARE(bytewiseOk, wholeOk);
        if (!wholeOk)
            QCOMPARE(bytewise.problem()->message, whole.problem()->message);
        const QString message = wholeOk ? json::checkJsonStructure(json, limits).errorMessage()
                                        : whole.problem()->message;
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void structureCheck_limitsOfTheDocument_sameWordsAsTheByteScanner_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too big") << QByteArray("[" + QByteArray(1024 * 1024, ' ') + "]")
                                 << u"The document is larger than 1 MiB, the most Tilltro reads."_s;
        QTest::newRow("too deep") << QByteArray("{\"a\": [[[{}]]]}")
                                  << u"a[0][0]: nested more than 3 levels deep"_s;
    }

    void structureCheck_limitsOfTheDocument_sameWordsAsTheByteScanner()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        json::JsonLimits limits;
        limits.maxDocumentBytes = 1024 * 1024;
        limits.maxDepth = 3;
        json::JsonByteScanner scanner(limits);
        QVERIFY(!scanner.feed(json));
        QCOMPARE(scanner.problem()->message, expected);
        // The structure check alone (as the instrument loader runs it) refuses it too.
        const auto checked = json::checkJsonStructure(json, limits);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::Invalid);
        QCOMPARE(checked.errorMessage(), expected);
    }

    void structureCheck_withinTheLimits_passes()
    {
        json::JsonLimits limits;
        limits.maxDocumentBytes = 40;
        limits.maxDepth = 3;
        QVERIFY(json::checkJsonStructure("{\"a\": [[1]], \"b\": {\"c\": true}}", limits).ok());
        QVERIFY(!json::checkJsonStructure("{\"a\": [[[1]]], \"b\": {\"c\": true}}", limits).ok());
    }

    // ----- one guard, one wording: the instrument loader and the exchange -----

    void sameFault_sameRefusalFromInstrumentLoaderAndExchange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); ///< the whole message, or its start ending in ": "
        QTest::newRow("duplicate member")
            << QByteArray("{\"format\": \"tilltro-exchange\", \"extra\": {\"a\": 1, \"a\": 2}}")
            << u"extra: the member \"a\" appears twice"_s;
        QTest::newRow("duplicate member at the top")
            << QByteArray("{\"format\": \"tilltro-instrument\", \"format\": \"tilltro-exchange\"}")
            << u"the member \"format\" appears twice"_s;
        QTest::newRow("duplicate member written with an escape")
            << QByteArray("{\"list\": [{}, {\"key\": 1, \"k\\u0065y\": 2}]}")
            << u"list[1]: the member \"key\" appears twice"_s;
        QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("only spaces") << QByteArray(" \n\t ") << u"The file is empty."_s;
        QTest::newRow("syntax error") << QByteArray("{\"format\": \"x\",\n \"list\": [1, 2,]}")
                                      << u"line 2, column 16: not valid JSON: "_s;
        QTest::newRow("text after the document")
            << QByteArray("{}\n{}") << u"line 2, column 1: not valid JSON: "_s;
    }

    void sameFault_sameRefusalFromInstrumentLoaderAndExchange()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString fromInstrument = instrumentRefusal(json);
        const QString fromExchange = exchangeRefusal(json);
        QCOMPARE(fromInstrument, fromExchange);
        if (expected.endsWith(u": "_s)) {
            QVERIFY2(fromInstrument.startsWith(expected), qPrintable(fromInstrument));
            QVERIFY2(fromInstrument.size() > expected.size(), qPrintable(fromInstrument));
        } else {
            QCOMPARE(fromInstrument, expected);
        }
    }

    void nestedTooDeep_sameWordsWithEachUsersLimit()
    {
        // An instrument may nest 64 levels, an exchange document 80: the same words, each with
        // its limit, at the path where the limit was passed.
        const QByteArray deep = deepUnderExtra(1000);
        QCOMPARE(instrumentRefusal(deep),
                 u"extra"_s + firstElements(63) + u": nested more than 64 levels deep"_s);
        QCOMPARE(exchangeRefusal(deep),
                 u"extra"_s + firstElements(79) + u": nested more than 80 levels deep"_s);

        // Between the two limits only the instrument loader refuses it for its depth; the
        // exchange reads on, to the first field.
        const QByteArray between = deepUnderExtra(70);
        QCOMPARE(instrumentRefusal(between),
                 u"extra"_s + firstElements(63) + u": nested more than 64 levels deep"_s);
        QCOMPARE(exchangeRefusal(between), u"format: is missing"_s);
    }

    void documentTooLarge_instrumentLoaderUsesTheGuardsWords()
    {
        QByteArray bytes = "{}" + QByteArray(4 * 1024 * 1024 - 1, ' ');
        QCOMPARE(instrumentRefusal(bytes),
                 u"The document is larger than 4 MiB, the most Tilltro reads."_s);
        // The exchange's byte scanner says the same of a document over its own limit.
        json::JsonLimits limits;
        limits.maxDocumentBytes = 4 * 1024 * 1024;
        json::JsonByteScanner scanner(limits);
        QVERIFY(!scanner.feed(bytes));
        QCOMPARE(scanner.problem()->message, instrumentRefusal(bytes));
    }
};

QTEST_GUILESS_MAIN(TestJsonGuard)
#include "tst_jsonguard.moc"
