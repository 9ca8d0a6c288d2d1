#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using tilltro::test::dataPath;
using tilltro::test::readAll;
using tilltro::test::writeFile;

namespace {

using Json = nlohmann::json;

/// A sound sidecar for tests/data/instruments/minimal.json (deltagare questions d_halsa and
/// d_vardagen, numeric).
Json minimalSidecar()
{
    const Json texts = {{"text", {{"sv", "Hur mår du?"}, {"en", "How are you?"}}},
                        {"minLabel", {{"sv", "Dåligt"}, {"en", "Badly"}}},
                        {"maxLabel", {{"sv", "Bra"}, {"en", "Well"}}}};
    return {{"format", "tilltro-easyread"},
            {"formatVersion", 1},
            {"instrument", "minimal"},
            {"instrumentVersion", 1},
            {"questions", {{"d_halsa", texts}}}};
}

QByteArray bytesOf(const Json& document)
{
    return QByteArray::fromStdString(document.dump(2));
}

} // namespace

// The easy-read wording of the deltagare's questions: shipped for the default instrument beside
// it (whose bytes stay as stored), read from a sidecar keyed by instrument, version and question,
// and every broken or hostile sidecar refused with a message naming the file and the field.
class TestEasyRead : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Instrument m_minimal;

    /// `document` written to a new file in the temporary folder.
    QString sidecarFile(const QByteArray& bytes)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"sidecar-%1.easyread.json"_s.arg(++n));
        if (!writeFile(path, bytes))
            qFatal("could not write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto minimal = Instrument::fromJson(readAll(dataPath(u"instruments/minimal.json"_s)));
        QVERIFY2(minimal.ok(), qPrintable(minimal.errorMessage()));
        m_minimal = minimal.value();
    }

    void defaultInstrument_everyDeltagareQuestion_hasEasyReadInSwedishAndEnglish()
    {
        const auto instrument = Instrument::loadDefault();
        QVERIFY(instrument.ok());
        const auto texts = easyReadTexts(instrument.value());
        QVERIFY2(texts.ok(), qPrintable(texts.errorMessage()));
        const auto deltagare = instrument->questionsFor(Respondent::Deltagare);
        QCOMPARE(texts->size(), deltagare.size());
        for (const Question* q : deltagare) {
            const auto it = texts->find(q->key);
            QVERIFY2(it != texts->end(), qPrintable(q->key));
            for (const QString& language : {u"sv"_s, u"en"_s}) {
                for (const LocalizedText* t :
                     {&it->second.text, &it->second.minLabel, &it->second.maxLabel}) {
                    QVERIFY2(t->byLanguage.contains(language),
                             qPrintable(q->key + u' ' + language));
                }
                // Its own wording, not the plain question again.
                QVERIFY(it->second.text.text(language) != q->text.text(language));
                // Short sentences: no sentence of an easy-read question runs past 12 words.
                for (const QString& sentence :
                     it->second.text.text(language).split(u'.', Qt::SkipEmptyParts)) {
                    for (const QString& part : sentence.split(u'?', Qt::SkipEmptyParts))
                        QVERIFY2(part.split(u' ', Qt::SkipEmptyParts).size() <= 12,
                                 qPrintable(part));
                }
            }
        }
    }

    void builtInV2_everyDeltagareQuestion_hasEasyReadInSwedishEnglishAndDanish()
    {
        const auto instrument = Instrument::loadBuiltIn(2);
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        QCOMPARE(easyReadPath(instrument.value()), u":/instruments/skapa-bip-v2.easyread.json"_s);
        const auto texts = easyReadTexts(instrument.value());
        QVERIFY2(texts.ok(), qPrintable(texts.errorMessage()));
        const auto deltagare = instrument->questionsFor(Respondent::Deltagare);
        QCOMPARE(texts->size(), deltagare.size());
        for (const Question* q : deltagare) {
            const auto it = texts->find(q->key);
            QVERIFY2(it != texts->end(), qPrintable(q->key));
            for (const QString& language : {u"sv"_s, u"en"_s, u"da"_s}) {
                for (const LocalizedText* t :
                     {&it->second.text, &it->second.minLabel, &it->second.maxLabel}) {
                    QVERIFY2(t->byLanguage.contains(language),
                             qPrintable(q->key + u' ' + language));
                }
                QVERIFY(it->second.text.text(language) != q->text.text(language));
                for (const QString& sentence :
                     it->second.text.text(language).split(u'.', Qt::SkipEmptyParts)) {
                    for (const QString& part : sentence.split(u'?', Qt::SkipEmptyParts))
                        QVERIFY2(part.split(u' ', Qt::SkipEmptyParts).size() <= 12,
                                 qPrintable(part));
                }
            }
        }
        // The better wording of v1's sidecar is kept for v1's occasions.
        const auto v1 = easyReadTexts(Instrument::loadBuiltIn(1).value());
        QVERIFY2(v1.ok(), qPrintable(v1.errorMessage()));
        QCOMPARE(v1->size(), deltagare.size());
    }

    void defaultInstrument_bytesStayAsStored()
    {
        // The database tells instrument versions apart by their bytes: the easy-read texts live
        // in a sidecar so that skapa-bip-v1.json and skapa-bip-v2.json never change.
        const auto instrument = Instrument::loadBuiltIn(1);
        QVERIFY(instrument.ok());
        QCOMPARE(QCryptographicHash::hash(instrument->json(), QCryptographicHash::Sha256).toHex(),
                 "aa43dc18f4150744a53c310c58e7f7b6270f4258bf260c49bd76c1170a0a589d"_ba);
        QCOMPARE(easyReadPath(instrument.value()), u":/instruments/skapa-bip-v1.easyread.json"_s);
        const auto current = Instrument::loadDefault();
        QVERIFY(current.ok());
        QCOMPARE(current->version(), 2);
        QCOMPARE(QCryptographicHash::hash(current->json(), QCryptographicHash::Sha256).toHex(),
                 "fe86aa464104d5510fbf8290fa7a7d9d74e5e18caf349584aa1bc661934a743e"_ba);
        QCOMPARE(easyReadPath(current.value()), u":/instruments/skapa-bip-v2.easyread.json"_s);
    }

    void instrumentWithoutSidecar_hasNone_notAnError()
    {
        const auto texts = easyReadTexts(m_minimal);
        QVERIFY2(texts.ok(), qPrintable(texts.errorMessage()));
        QVERIFY(texts->empty());
        const auto missing = easyReadTexts(m_minimal, m_dir.filePath(u"nothing-here.json"_s));
        QVERIFY2(missing.ok(), qPrintable(missing.errorMessage()));
        QVERIFY(missing->empty());
    }

    void soundSidecar_isRead()
    {
        const auto texts = easyReadTexts(m_minimal, sidecarFile(bytesOf(minimalSidecar())));
        QVERIFY2(texts.ok(), qPrintable(texts.errorMessage()));
        QCOMPARE(texts->size(), std::size_t(1));
        const EasyReadText& halsa = texts->at(u"d_halsa"_s);
        QCOMPARE(halsa.text.text(u"sv"_s), u"Hur mår du?"_s);
        QCOMPARE(halsa.text.text(u"en"_s), u"How are you?"_s);
        QCOMPARE(halsa.minLabel.text(u"sv"_s), u"Dåligt"_s);
        QCOMPARE(halsa.maxLabel.text(u"en"_s), u"Well"_s);
    }

    void brokenSidecar_isRefused_namingFileAndField_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // in the message, besides the file's name

        auto with = [](const std::function<void(Json&)>& change) {
            Json document = minimalSidecar();
            change(document);
            return bytesOf(document);
        };
        QTest::newRow("not JSON") << "this is not json"_ba << u"line 1"_s;
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("an array") << "[]"_ba << u"JSON object"_s;
        QTest::newRow("another format")
            << with([](Json& d) { d["format"] = "tilltro-instrument"; }) << u"format"_s;
        QTest::newRow("newer format version")
            << with([](Json& d) { d["formatVersion"] = 2; }) << u"formatVersion"_s;
        QTest::newRow("another instrument")
            << with([](Json& d) { d["instrument"] = "skapa-bip"; }) << u"instrument"_s;
        QTest::newRow("another version")
            << with([](Json& d) { d["instrumentVersion"] = 2; }) << u"instrumentVersion"_s;
        QTest::newRow("a handledare question")
            << with([](Json& d) { d["questions"]["h_soker"] = d["questions"]["d_halsa"]; })
            << u"questions.h_soker"_s;
        QTest::newRow("tilltro") << with([](Json& d) {
            d["questions"]["tilltro"] = {{"text", {{"sv", "Tror du?"}}}};
        }) << u"questions.tilltro"_s;
        QTest::newRow("an unknown question")
            << with([](Json& d) { d["questions"]["d_okand"] = d["questions"]["d_halsa"]; })
            << u"questions.d_okand"_s;
        QTest::newRow("text missing")
            << with([](Json& d) { d["questions"]["d_halsa"].erase("text"); })
            << u"questions.d_halsa.text"_s;
        QTest::newRow("anchor missing")
            << with([](Json& d) { d["questions"]["d_halsa"].erase("maxLabel"); })
            << u"questions.d_halsa.maxLabel"_s;
        QTest::newRow("blank text")
            << with([](Json& d) { d["questions"]["d_halsa"]["text"]["sv"] = "  "; })
            << u"questions.d_halsa.text.sv"_s;
        QTest::newRow("text not by language")
            << with([](Json& d) { d["questions"]["d_halsa"]["text"] = "Hur mår du?"; })
            << u"questions.d_halsa.text"_s;
        QTest::newRow("bad language code")
            << with([](Json& d) { d["questions"]["d_halsa"]["text"]["<b>"] = "x"; })
            << u"questions.d_halsa.text"_s;
        QTest::newRow("questions not an object")
            << with([](Json& d) { d["questions"] = Json::array(); }) << u"questions"_s;
        QTest::newRow("member twice")
            << R"({"format": "tilltro-easyread", "format": "tilltro-easyread"})"_ba << u"format"_s;
        QTest::newRow("nested deep") << QByteArray(200, '[') + QByteArray(200, ']') << QString();
        QTest::newRow("string too long") << with([](Json& d) {
            d["questions"]["d_halsa"]["text"]["sv"] = std::string(10000, 'a');
        }) << u"questions.d_halsa.text.sv"_s;
    }

    void brokenSidecar_isRefused_namingFileAndField()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = sidecarFile(bytes);
        const auto texts = easyReadTexts(m_minimal, path);
        QVERIFY(!texts.ok());
        const QString message = texts.errorMessage();
        QVERIFY2(message.startsWith(QDir::toNativeSeparators(path) + u": "_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void notAnOrdinaryFile_isRefused()
    {
        const auto folder = easyReadTexts(m_minimal, m_dir.path());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.errorMessage().contains(QDir::toNativeSeparators(m_dir.path())),
                 qPrintable(folder.errorMessage()));
    }

    void hugeFile_isRefused_withoutReadingIt()
    {
        const QString path = sidecarFile(QByteArray(2 * 1024 * 1024, ' '));
        const auto texts = easyReadTexts(m_minimal, path);
        QVERIFY(!texts.ok());
        QVERIFY2(texts.errorMessage().contains(u"1024 KiB"_s), qPrintable(texts.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestEasyRead)
#include "tst_easyread.moc"
