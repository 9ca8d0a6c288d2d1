// Every translations/*.ts (a new language is picked up without touching this test) is checked by
// checkTsFile() (tscheck.h): valid XML, no "amp;", at most one mnemonic and one exactly when the
// source has one, no word doubled in a row, the source's placeholders, nothing unfinished or
// empty. The fixtures in tests/data/translations/ show that each rule catches what it is for.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include "testutil.h"
#include "tscheck.h"

using namespace Qt::StringLiterals;
using namespace tilltro::test;

namespace {

QByteArray report(const QList<TsFinding>& findings)
{
    QStringList lines;
    for (const TsFinding& f : findings)
        lines << f.toString();
    return lines.join(u'\n').toUtf8();
}

/// The plural forms (<numerusform>s) lrelease expects for each language the program ships.
int pluralFormCount(const QString& language)
{
    static const QHash<QString, int> counts{{u"sv"_s, 2}, {u"da"_s, 2}, {u"en"_s, 2}};
    return counts.value(language, 0);
}

/// What is wrong with the file's language: the <TS language="..."> attribute must name
/// `language` (a copied tilltro_sv.ts left as "sv_SE" compiles with Swedish plural rules), and
/// each plural message needs exactly the forms the language has.
QStringList languageProblems(const QString& path, const QString& language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {u"cannot read %1"_s.arg(path)};
    const int forms = pluralFormCount(language);
    if (forms == 0)
        return {u"%1: add the number of plural forms of \"%2\" to pluralFormCount()"_s.arg(
            path, language)};
    QStringList problems;
    QXmlStreamReader xml(&file);
    bool numerus = false;
    bool skip = false;
    int count = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                const QString declared = xml.attributes().value("language"_L1).toString();
                if (declared.section(u'_', 0, 0) != language)
                    problems << u"line %1: language=\"%2\", but the file is for \"%3\""_s.arg(
                        QString::number(xml.lineNumber()), declared, language);
            } else if (name == "message"_L1) {
                numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                skip = false;
                count = 0;
            } else if (name == "source"_L1) {
                source = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                skip = type == "vanished"_L1 || type == "obsolete"_L1;
            } else if (name == "numerusform"_L1) {
                ++count;
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1 && numerus && !skip &&
                   count != forms) {
            problems << u"line %1: \"%2\" has %3 plural forms; %4 has %5"_s.arg(
                QString::number(xml.lineNumber()), source, QString::number(count), language,
                QString::number(forms));
        }
    }
    if (xml.hasError())
        problems << xml.errorString();
    return problems;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void translationsFound();

    void translation_passesEveryRule_data();
    void translation_passesEveryRule();

    void translation_languageAndPluralForms_data();
    void translation_languageAndPluralForms();
    void languageFixture_caught_data();
    void languageFixture_caught();

    void fixture_caughtByItsRule_data();
    void fixture_caughtByItsRule();

    void mnemonicCount_data();
    void mnemonicCount();

    void placeholders_data();
    void placeholders();

    void doubledWord_data();
    void doubledWord();
};

void TestTranslations::translationsFound()
{
    const QDir dir(QStringLiteral(TILLTRO_TRANSLATIONS_DIR));
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(files.contains(u"tilltro_sv.ts"_s));
    QVERIFY(files.contains(u"tilltro_da.ts"_s)); // the README promises Danish jobcentres
}

void TestTranslations::translation_passesEveryRule_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TILLTRO_TRANSLATIONS_DIR));
    for (const QFileInfo& file : dir.entryInfoList({u"*.ts"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
}

void TestTranslations::translation_passesEveryRule()
{
    QFETCH(QString, path);
    const QList<TsFinding> findings = checkTsFile(path);
    QVERIFY2(findings.isEmpty(), report(findings).constData());
}

void TestTranslations::translation_languageAndPluralForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    const QDir dir(QStringLiteral(TILLTRO_TRANSLATIONS_DIR));
    for (const QFileInfo& file : dir.entryInfoList({u"tilltro_*.ts"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file.fileName()))
            << file.absoluteFilePath() << file.completeBaseName().mid(8); // after "tilltro_"
}

void TestTranslations::translation_languageAndPluralForms()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    const QStringList problems = languageProblems(path, language);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::languageFixture_caught_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // empty: no problem

    QTest::newRow("good") << u"good.ts"_s << u"sv"_s << QString();
    QTest::newRow("copied, still Swedish")
        << u"good.ts"_s << u"da"_s << u"language=\"sv_SE\", but the file is for \"da\""_s;
    QTest::newRow("a plural form too many")
        << u"bad_plural_forms.ts"_s << u"da"_s << u"has 3 plural forms; da has 2"_s;
    QTest::newRow("a language without a plural count")
        << u"good.ts"_s << u"xx"_s << u"add the number of plural forms of \"xx\""_s;
}

void TestTranslations::languageFixture_caught()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QStringList problems = languageProblems(dataPath(u"translations/"_s + file), language);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(expected), qPrintable(problems.constFirst()));
}

void TestTranslations::fixture_caughtByItsRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule"); // empty: the file must pass
    QTest::addColumn<QString>("source");

    QTest::newRow("good") << u"good.ts"_s << QString() << QString();
    QTest::newRow("not XML") << u"bad_xml.ts"_s << QString::fromLatin1(tsrule::kXml) << QString();
    QTest::newRow("not TS") << u"bad_root.ts"_s << QString::fromLatin1(tsrule::kXml) << QString();
    QTest::newRow("amp;") << u"bad_amp.ts"_s << QString::fromLatin1(tsrule::kAmp)
                          << u"&Both views (latest)"_s;
    QTest::newRow("two mnemonics")
        << u"bad_mnemonics.ts"_s << QString::fromLatin1(tsrule::kMnemonics) << u"&Remove"_s;
    QTest::newRow("mnemonic lost") << u"bad_mnemonic_lost.ts"_s
                                   << QString::fromLatin1(tsrule::kMnemonicMismatch) << u"&Log…"_s;
    QTest::newRow("mnemonic added")
        << u"bad_mnemonic_added.ts"_s << QString::fromLatin1(tsrule::kMnemonicMismatch) << u"Log"_s;
    QTest::newRow("doubled word") << u"bad_doubled_word.ts"_s
                                  << QString::fromLatin1(tsrule::kDoubledWord) << u"Both"_s;
    QTest::newRow("placeholder lost")
        << u"bad_placeholders.ts"_s << QString::fromLatin1(tsrule::kPlaceholders)
        << u"Cannot write %1: %2"_s;
    QTest::newRow("%n lost in a plural form")
        << u"bad_numerus.ts"_s << QString::fromLatin1(tsrule::kPlaceholders)
        << u"Wrote %n log entries to %1."_s;
    QTest::newRow("%L1 made %1") << u"bad_localized.ts"_s
                                 << QString::fromLatin1(tsrule::kPlaceholders)
                                 << u"%L1 deltagare"_s;
    QTest::newRow("unfinished") << u"bad_unfinished.ts"_s
                                << QString::fromLatin1(tsrule::kUnfinished) << u"Log"_s;
    QTest::newRow("empty") << u"bad_empty.ts"_s << QString::fromLatin1(tsrule::kEmpty) << u"Log"_s;
    QTest::newRow("empty plural form")
        << u"bad_empty_numerus.ts"_s << QString::fromLatin1(tsrule::kEmpty) << u"%n post(s)"_s;
}

void TestTranslations::fixture_caughtByItsRule()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    QFETCH(QString, source);

    const QList<TsFinding> findings = checkTsFile(dataPath(u"translations/"_s + file));
    if (rule.isEmpty()) {
        QVERIFY2(findings.isEmpty(), report(findings).constData());
        return;
    }
    // Caught, by that rule alone (each fixture has one mistake), naming where it is.
    QVERIFY2(!findings.isEmpty(), qPrintable(file));
    for (const TsFinding& f : findings) {
        QVERIFY2(f.rule == rule, report(findings).constData());
        QCOMPARE(f.file, file);
        QVERIFY(f.line > 0);
        QVERIFY(f.toString().contains(file));
        if (rule == QLatin1StringView(tsrule::kXml)) {
            QVERIFY(!f.detail.isEmpty());
        } else {
            QCOMPARE(f.context, u"Fixture"_s);
            QCOMPARE(f.source, source);
            QVERIFY(f.toString().contains(u"context \"Fixture\", source \""_s + source));
            QVERIFY(f.toString().contains(u"translation \""_s + f.translation + u'"'));
        }
    }
}

void TestTranslations::mnemonicCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("shown");

    QTest::newRow("none") << u"Logg"_s << 0 << u"Logg"_s;
    QTest::newRow("first letter") << u"&Logg…"_s << 1 << u"Logg…"_s;
    QTest::newRow("inside") << u"Ta &bort"_s << 1 << u"Ta bort"_s;
    QTest::newRow("non-letter") << u"&+ Delmål"_s << 1 << u"+ Delmål"_s;
    QTest::newRow("literal &&") << u"Forskning && utveckling"_s << 0 << u"Forskning & utveckling"_s;
    QTest::newRow("literal && and a mnemonic")
        << u"F&orskning && utveckling"_s << 1 << u"Forskning & utveckling"_s;
    QTest::newRow("two") << u"&Ta &bort"_s << 2 << u"Ta bort"_s;
    QTest::newRow("&&& is a literal and a marker") << u"A&&&B"_s << 1 << u"A&B"_s;
    QTest::newRow("trailing") << u"Logg&"_s << 1 << u"Logg"_s;
}

void TestTranslations::mnemonicCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, shown);
    QCOMPARE(tilltro::test::mnemonicCount(text), count);
    QCOMPARE(withoutMnemonics(text), shown);
}

void TestTranslations::placeholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("none") << u"100 % klart"_s << QStringList();
    QTest::newRow("in order") << u"Kan inte skriva %1: %2"_s << QStringList{u"%1"_s, u"%2"_s};
    QTest::newRow("reordered") << u"%2 av %1"_s << QStringList{u"%1"_s, u"%2"_s};
    QTest::newRow("twice") << u"%1 och %1"_s << QStringList{u"%1"_s, u"%1"_s};
    QTest::newRow("two digits") << u"%12 %1"_s << QStringList{u"%1"_s, u"%12"_s};
    QTest::newRow("localised") << u"%L1 av %Ln"_s << QStringList{u"%L1"_s, u"%Ln"_s};
    QTest::newRow("count") << u"%n deltagare"_s << QStringList{u"%n"_s};
    QTest::newRow("no %0") << u"%0"_s << QStringList();
}

void TestTranslations::placeholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(tilltro::test::placeholders(text), expected);
}

void TestTranslations::doubledWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("doubled");

    QTest::newRow("known defect") << u"Båda Båda &parternas skattning"_s << u"Båda Båda"_s;
    QTest::newRow("case differs") << u"Båda båda"_s << u"Båda båda"_s;
    QTest::newRow("mnemonic inside") << u"Ta &bort bort"_s << u"bort bort"_s;
    QTest::newRow("mnemonic first") << u"&Logg logg"_s << u"Logg logg"_s;
    QTest::newRow("line break") << u"som\nsom"_s << u"som\nsom"_s;
    QTest::newRow("not doubled") << u"Deltagarens skattning · Handledarens skattning"_s
                                 << QString();
    QTest::newRow("across a sentence") << u"Nej. Nej, inte nu"_s << QString();
    QTest::newRow("across a comma") << u"Arbete, arbete"_s << QString();
    QTest::newRow("hyphen") << u"Tre-tre"_s << QString();
    QTest::newRow("numbers") << u"10 10"_s << QString();
    QTest::newRow("placeholders") << u"%1 %1"_s << QString();
    QTest::newRow("letters and digits") << u"B2 B2"_s << QString();
    QTest::newRow("a word inside a word") << u"del delmål"_s << QString();
    QTest::newRow("literal ampersand") << u"A && A"_s << QString();
}

void TestTranslations::doubledWord()
{
    QFETCH(QString, text);
    QFETCH(QString, doubled);
    QCOMPARE(tilltro::test::doubledWord(text), doubled);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
