#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrinter>
#include <QTest>

#include "core/storage/auditlog.h"
#include "core/storage/demodata.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/planrepository.h"
#include "pdftools.h"
#include "report/handlingsplanreport.h"
#include "reportfixture.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::report;

// The handlingsplan as PDF, read back as a person would: the text pdftotext extracts, the
// fonts pdffonts lists, the structure qpdf checks. Source-language (English) document words:
// the Swedish document is checked through the real executable in tst_exportpdfcli.
class TestHandlingsplanReport : public QObject {
    Q_OBJECT

private:
    test::ReportFixture m_fx;
    QTemporaryDir m_out;
    int m_files = 0;

    QString nextPdf() { return m_out.filePath(u"plan-%1.pdf"_s.arg(++m_files)); }

    static bool haveTools()
    {
        for (const QString& tool : {u"pdftotext"_s, u"pdfinfo"_s, u"pdffonts"_s, u"qpdf"_s}) {
            if (test::toolPath(tool).isEmpty())
                return false;
        }
        return true;
    }

    HandlingsplanDocument build(qint64 participantId, const ReportOptions& options = {})
    {
        ReportOptions o = options;
        if (o.language.isEmpty())
            o.language = u"sv"_s;
        if (!o.printDate.isValid())
            o.printDate = QDate(2026, 11, 24);
        auto doc = HandlingsplanDocument::build(*m_fx.db, participantId, o);
        if (!doc)
            qWarning("%s", qPrintable(doc.errorMessage()));
        return doc ? doc.value() : HandlingsplanDocument{};
    }

    /// Writes `doc` and returns the file, failing the test when it cannot.
    QString write(const HandlingsplanDocument& doc)
    {
        const QString path = nextPdf();
        const auto written = writePdf(doc, path);
        if (!written)
            qWarning("%s", qPrintable(written.errorMessage()));
        return written ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveTools())
            QSKIP("pdftotext, pdfinfo, pdffonts and qpdf are needed (apt-get install "
                  "poppler-utils qpdf)");
        QVERIFY(m_out.isValid());
        QVERIFY(m_fx.init());
        QVERIFY(SettingsRepository(*m_fx.db)
                    .setValue(QString::fromLatin1(OrganisationNameKey),
                              u"Samordningsförbundet Södra Ödmården"_s)
                    .ok());
    }

    void build_unknownParticipant_notFound()
    {
        auto doc = HandlingsplanDocument::build(*m_fx.db, 999999);
        QVERIFY(!doc);
        QCOMPARE(doc.error().kind, Error::Kind::NotFound);
    }

    void pdf_showsParticipantPlanChartAndPageNumbers()
    {
        auto d1 = test::ReportFixture::delmal(u"Praktik på Ødegaards værksted"_s);
        d1.followUp = u"Gick bra första veckan."_s;
        d1.responsibleName = u"Åsa"_s;
        d1.activities.push_back(
            {0, u"Boka möte med arbetsgivaren"_s, u"Handledaren"_s, QDate(2026, 9, 16), false});
        d1.activities.push_back({0, u"Köpa arbetsskor"_s, u"Åsa"_s, QDate(2026, 9, 10), true});
        auto d2 = test::ReportFixture::delmal(u"Ta truckkort"_s, u"kompetens"_s, 8);
        d2.status = DelmalStatus::EjPaborjat;
        d2.responsible = Responsible::Handledare;
        const qint64 id = m_fx.addStandardParticipant(u"D-0101"_s, u"Åsa Ødegaard-Lindqvist"_s,
                                                      {d1, d2}, u"19821105-9954"_s);
        const HandlingsplanDocument doc = build(id);
        QCOMPARE(doc.participantName, u"Åsa Ødegaard-Lindqvist"_s);
        const QString pdf = write(doc);
        QVERIFY(!pdf.isEmpty());
        const QString text = test::pdfText(pdf);

        for (const QString& expected :
             {u"Action plan"_s, u"Samordningsförbundet Södra Ödmården"_s,
              u"Åsa Ødegaard-Lindqvist"_s, u"D-0101"_s, u"19821105-9954"_s, u"Lars Bergström"_s,
              u"Arbete inom lager och logistik"_s, u"Praktik på Ødegaards værksted"_s,
              u"Ska ge erfarenhet inför arbete."_s, u"Gick bra första veckan."_s,
              u"Boka möte med arbetsgivaren"_s, u"Köpa arbetsskor"_s, u"Ta truckkort"_s,
              u"In progress"_s, u"Not started"_s, u"Assessment 2026-09-02"_s,
              u"Printed 2026-11-24"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // Indicator labels: in the chart and in the change table, both as text.
        for (const QString& label : {u"Samarbete"_s, u"Vardagen"_s, u"Kompetens"_s, u"Hälsa"_s}) {
            QVERIFY2(test::occurrences(text, label) >= 2, qPrintable(label));
        }
        // The chart's legend is text too: its series are the occasions (also in the table).
        QVERIFY(test::occurrences(text, u"2025-12-01"_s) >= 2);
        // The change table: arrows and signed changes, never a total.
        QVERIFY(text.contains(u"↑ +3"_s));
        QVERIFY(!text.contains(u"Total"_s, Qt::CaseInsensitive));

        const int pages = test::pdfPages(pdf);
        QCOMPARE(pages, pageCount(doc));
        QVERIFY(pages >= 2);
        QVERIFY2(text.contains(u"Page 1 of %1"_s.arg(pages)), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    }

    void nextMeetingAndRunningInsatser_printedNearTheTopAndListed()
    {
        const qint64 id = m_fx.addStandardParticipant(u"D-0140"_s, u"Nils Möte"_s,
                                                      {test::ReportFixture::delmal(u"Praktik"_s)});
        auto plans = PlanRepository(*m_fx.db).forParticipant(id);
        QVERIFY(plans.ok());
        Handlingsplan plan = plans.value().back();
        plan.nextMeeting = QDate(2026, 12, 9);
        QVERIFY(PlanRepository(*m_fx.db).save(plan).ok());
        InsatsRepository insatser(*m_fx.db);
        InsatsPeriod running{
            0, id, u"jobbinriktad"_s, u"Praktik på lager"_s, u"Lagerhuset AB"_s, QDate(2026, 9, 1),
            {}};
        InsatsPeriod endsLater{0,
                               id,
                               u"halsoinriktad"_s,
                               u"Fysioterapi"_s,
                               u"Vårdcentralen"_s,
                               QDate(2026, 10, 1),
                               QDate(2026, 12, 20)};
        InsatsPeriod ended{0,
                           id,
                           u"social"_s,
                           u"Avslutad samtalsgrupp"_s,
                           {},
                           QDate(2026, 1, 10),
                           QDate(2026, 6, 30)};
        InsatsPeriod future{
            0, id, u"kompetenshojande"_s, u"Kommande truckkurs"_s, {}, QDate(2027, 1, 10), {}};
        for (InsatsPeriod* i : {&running, &endsLater, &ended, &future})
            QVERIFY(insatser.save(*i).ok());

        const HandlingsplanDocument doc = build(id); // printed 2026-11-24
        QCOMPARE(doc.nextMeeting, QDate(2026, 12, 9));
        QCOMPARE(doc.runningInsatser.size(), size_t(2));
        const QString text = test::pdfText(write(doc));
        QVERIFY2(text.contains(u"Next meeting: 2026-12-09"_s), qPrintable(text.left(600)));
        // Near the top: before the goal.
        QVERIFY(text.indexOf(u"Next meeting"_s) < text.indexOf(u"Arbete inom lager"_s));
        // The categories by the instrument's list, in the document's language (sv).
        for (const QString& expected :
             {u"Running interventions"_s, u"Jobbinriktad · Praktik på lager · Lagerhuset AB"_s,
              u"from 2026-09-01"_s, u"Hälsoinriktad · Fysioterapi · Vårdcentralen"_s,
              u"from 2026-10-01 to 2026-12-20"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY(!text.contains(u"Avslutad samtalsgrupp"_s));
        QVERIFY(!text.contains(u"Kommande truckkurs"_s));

        // With a unit's own instrument chosen for new occasions, its own category is named by
        // its label, and one recorded under the built-in list keeps the built-in words.
        const auto local =
            Instrument::fromJson(test::readAll(test::dataPath(u"instruments/local-lists.json"_s)));
        QVERIFY2(local, qPrintable(local.errorMessage()));
        auto stored = InstrumentRepository(*m_fx.db).ensureStored(local.value());
        QVERIFY(stored.ok());
        QVERIFY(SettingsRepository(*m_fx.db)
                    .setValue(QString::fromLatin1(InstrumentRepository::ForNewOccasionsKey),
                              QString::number(stored.value()))
                    .ok());
        InsatsPeriod sfi{0, id, u"sfi"_s, u"SFI kurs C"_s, u"Komvux"_s, QDate(2026, 11, 1), {}};
        QVERIFY(insatser.save(sfi).ok());
        const QString localText = test::pdfText(write(build(id)));
        QVERIFY2(localText.contains(u"SFI · SFI kurs C · Komvux"_s), qPrintable(localText));
        QVERIFY(localText.contains(u"Jobbinriktad · Praktik på lager"_s));
        QVERIFY(!localText.contains(u"sfi ·"_s));
        // Back to the built-in one for the tests that follow.
        auto builtIn =
            InstrumentRepository(*m_fx.db).ensureStored(Instrument::loadDefault().value());
        QVERIFY(builtIn.ok());
        QVERIFY(SettingsRepository(*m_fx.db)
                    .setValue(QString::fromLatin1(InstrumentRepository::ForNewOccasionsKey),
                              QString::number(builtIn.value()))
                    .ok());

        // Without a next meeting or anything running, neither is printed.
        const qint64 plain = m_fx.addStandardParticipant(u"D-0141"_s, u"Utan Möte"_s, {});
        const QString none = test::pdfText(write(build(plain)));
        QVERIFY(!none.contains(u"Next meeting"_s));
        QVERIFY(!none.contains(u"Running interventions"_s));
    }

    void deltagareAbsent_leftOutOfTheChartAndTheChangeTable()
    {
        const qint64 id = m_fx.addStandardParticipant(u"D-0142"_s, u"Frånvarande Ett"_s, {});
        // A later occasion without the deltagare: the handledare's part only.
        Occasion absent;
        absent.participantId = id;
        absent.instrumentId = m_fx.instrumentId;
        absent.date = QDate(2026, 11, 3);
        absent.state = OccasionState::Completed;
        absent.deltagareAbsent = true;
        absent.answers = {{u"tilltro"_s, Answer::choice(u"tveksamt"_s)},
                          {u"malmedvetenhet"_s, Answer::number(4)},
                          {u"vald"_s, Answer::choice(u"nej"_s)},
                          {u"riskbruk"_s, Answer::choice(u"nej"_s)}};
        QVERIFY(OccasionRepository(*m_fx.db).save(absent).ok());

        const HandlingsplanDocument doc = build(id);
        QCOMPARE(doc.changes.countedOccasions, 2);
        QCOMPARE(doc.changes.latest, QDate(2026, 9, 2));
        QCOMPARE(doc.chart.series.size(), size_t(2));
        QCOMPARE(doc.chart.series.back().date, QDate(2026, 9, 2));
        const QString text = test::pdfText(write(doc));
        QVERIFY(!text.contains(u"2026-11-03"_s));
        QVERIFY(text.contains(u"↑ +3"_s)); // the change between the two the deltagare attended
    }

    void pdf_isPdfA1bWithEmbeddedFontsAndMetadata()
    {
        const qint64 id = m_fx.addStandardParticipant(
            u"D-0102"_s, u"Bo Ek"_s, {test::ReportFixture::delmal(u"Söka fem jobb"_s)});
        const QString pdf = write(build(id));
        QVERIFY(!pdf.isEmpty());

        const auto check = test::runTool(u"qpdf"_s, {u"--check"_s, pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        const auto fonts = test::runTool(u"pdffonts"_s, {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // two header lines, then one per font
        const qsizetype embColumn = lines[0].indexOf(u"emb"_s);
        QVERIFY(embColumn > 0);
        for (qsizetype i = 2; i < lines.size(); ++i)
            QVERIFY2(lines[i].mid(embColumn, 3) == "yes"_L1, qPrintable(lines[i]));

        QCOMPARE(test::pdfInfo(pdf, u"Title"_s), u"Action plan D-0102"_s);
        const QString author = test::pdfInfo(pdf, u"Author"_s) + test::pdfInfo(pdf, u"Creator"_s);
        QVERIFY2(author.contains(u"Lars Bergström"_s), qPrintable(author));
        const auto meta = test::runTool(u"pdfinfo"_s, {u"-meta"_s, pdf});
        QVERIFY2(meta.out.contains(u"pdfaid:part"_s) && meta.out.contains(u"pdfaid:conformance"_s),
                 qPrintable(meta.out));
        QVERIFY(meta.out.contains(u"Lars Bergström"_s));

        // Owner-only, like the database.
        QCOMPARE(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void sensitive_leftOutByDefault_includedWhenAsked()
    {
        const qint64 id = m_fx.addStandardParticipant(
            u"D-0103"_s, u"Cecilia Holm"_s, {test::ReportFixture::delmal(u"Morgonrutin"_s)}, {},
            false, u"Anteckning: samtal om alkohol och hemmet."_s);

        const HandlingsplanDocument plain = build(id);
        QVERIFY(plain.sensitiveAnswers.empty());
        QVERIFY(plain.notes.isEmpty());
        const QString without = test::pdfText(write(plain));
        QVERIFY(without.contains(u"Morgonrutin"_s));
        for (const QString& absent : {u"Våld i nära relation"_s, u"Riskbruk"_s, u"Misstanke"_s,
                                      u"samtal om alkohol"_s, u"sensitive"_s}) {
            QVERIFY2(!without.contains(absent, Qt::CaseInsensitive), qPrintable(absent));
        }

        ReportOptions options;
        options.includeSensitive = true;
        const QString with = test::pdfText(write(build(id, options)));
        for (const QString& present :
             {u"Våld i nära relation"_s, u"Misstanke"_s, u"Riskbruk/missbruk"_s,
              u"Anteckning: samtal om alkohol och hemmet."_s, u"Sensitive information"_s,
              u"Contains sensitive information"_s}) {
            QVERIFY2(with.contains(present), qPrintable(present));
        }
    }

    void protectedIdentity_showsTheCodeOnly()
    {
        auto d = test::ReportFixture::delmal(u"Praktik i butik"_s);
        d.responsibleName = u"Dolores Hemlig"_s;
        const qint64 id = m_fx.addStandardParticipant(u"D-0104"_s, u"Dolores Hemlig"_s, {d},
                                                      u"19901211-9948"_s, true);
        const HandlingsplanDocument doc = build(id);
        QVERIFY(doc.participantName.isEmpty());
        QVERIFY(doc.personnummer.isEmpty());
        const QString pdf = write(doc);
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"D-0104"_s));
        QVERIFY(text.contains(u"Praktik i butik"_s));
        for (const QString& absent :
             {u"Dolores"_s, u"Hemlig"_s, u"19901211"_s, u"9948"_s, u"protected"_s}) {
            QVERIFY2(!text.contains(absent, Qt::CaseInsensitive), qPrintable(absent));
        }
        const auto meta = test::runTool(u"pdfinfo"_s, {u"-meta"_s, pdf});
        QVERIFY(!meta.out.contains(u"Dolores"_s));
        QVERIFY(!test::pdfInfo(pdf, u"Title"_s).contains(u"Dolores"_s));
    }

    void userText_printedLiterally()
    {
        auto d1 = test::ReportFixture::delmal(u"<b>fet</b> och &amp; och &lt;"_s);
        d1.why = u"<script>alert('x')</script>"_s;
        d1.activities.push_back({0, u"<i>kursiv</i>"_s, u"<u>Ansvarig</u>"_s, {}, false});
        const qint64 id = m_fx.addParticipant(u"D-0105"_s, u"<img src=\"file:///etc/passwd\">"_s);
        const qint64 occasion = m_fx.addOccasion(id, QDate(2026, 9, 2), {5, 5, 5, 5, 5, 5, 5, 5},
                                                 u"nej"_s, u"nej"_s, u"<h1>Rubrik</h1>"_s);
        m_fx.addPlan(id, occasion, u"<a href=\"https://example.org\">länk</a> &nbsp;"_s, {d1});
        ReportOptions options;
        options.includeSensitive = true;
        const QString text = test::pdfText(write(build(id, options)));
        for (const QString& literal :
             {u"<img src=\"file:///etc/passwd\">"_s, u"<b>fet</b> och &amp; och &lt;"_s,
              u"<script>alert('x')</script>"_s, u"<i>kursiv</i>"_s, u"<u>Ansvarig</u>"_s,
              u"<h1>Rubrik</h1>"_s, u"<a href=\"https://example.org\">länk</a> &nbsp;"_s}) {
            QVERIFY2(text.contains(literal), qPrintable(literal + u"\n"_s + text));
        }
    }

    void longWords_wrapInsideThePage()
    {
        const QString word = u"Arbetsmarknadsutbildningsplaneringsansvarig"_s.repeated(8);
        auto d = test::ReportFixture::delmal(word);
        d.followUp = u"x"_s.repeated(500);
        const qint64 id = m_fx.addParticipant(u"D-0106"_s, u"Namn "_s + word);
        const qint64 occasion = m_fx.addOccasion(id, QDate(2026, 9, 2), {5, 5, 5, 5, 5, 5, 5, 5});
        m_fx.addPlan(id, occasion, word, {d});
        const QString pdf = write(build(id));
        QVERIFY(!pdf.isEmpty());
        // Every word pdftotext finds lies within the page (A4: 595 pt wide).
        const QString bbox = m_out.filePath(u"bbox.html"_s);
        QCOMPARE(test::runTool(u"pdftotext"_s, {u"-bbox"_s, pdf, bbox}).exitCode, 0);
        const QString html = QString::fromUtf8(test::readAll(bbox));
        static const QRegularExpression xMax(u"xMax=\"([0-9.]+)\""_s);
        int words = 0;
        for (auto it = xMax.globalMatch(html); it.hasNext();) {
            const double x = it.next().captured(1).toDouble();
            QVERIFY2(x <= 595.0 - 20.0 * 72 / 25.4 + 1, qPrintable(QString::number(x)));
            ++words;
        }
        QVERIFY(words > 50);
        // Nothing of the long text is lost: the broken pieces join up again.
        QString text = test::pdfText(pdf);
        text.remove(u' ');
        QVERIFY(text.contains(word.left(120)));
        QVERIFY(text.contains(u"x"_s.repeated(100)));
    }

    void scriptsAndEmoji_renderWithoutCrashing()
    {
        auto d = test::ReportFixture::delmal(u"🎉 Praktik på kaféet ☕ — تدريب في المقهى"_s);
        d.followUp =
            u"Danish: æøå ÆØÅ · Swedish: åäö ÅÄÖ · 👩🏽‍🔧 · مرحبا"_s;
        const qint64 id = m_fx.addParticipant(u"D-0107"_s, u"مريم العلي 😀"_s);
        const qint64 occasion = m_fx.addOccasion(id, QDate(2026, 9, 2), {5, 6, 7, 5, 6, 7, 5, 6});
        m_fx.addPlan(id, occasion, u"Arbete som barista ☕"_s, {d});
        const QString pdf = write(build(id));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(test::runTool(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"Danish: æøå ÆØÅ"_s));
        QVERIFY(text.contains(u"Swedish: åäö ÅÄÖ"_s));
        QVERIFY(text.contains(u"Praktik på kaféet"_s));
    }

    void fortyDelmal_flowOverPagesWithHeadersAndWholeRows()
    {
        std::vector<Delmal> many;
        for (int i = 1; i <= 40; ++i) {
            auto d = test::ReportFixture::delmal(u"Delmål nummer %1 om jobbsök"_s.arg(i));
            d.why =
                u"Skäl %1: "_s.arg(i) + u"ett längre resonemang om varför. "_s.repeated(i % 4 + 1);
            d.followUp = u"Uppföljning %1."_s.arg(i);
            d.activities.push_back(
                {0, u"Aktivitet A%1"_s.arg(i), u"Deltagaren"_s, QDate(2026, 10, 1), i % 3 == 0});
            many.push_back(std::move(d));
        }
        const qint64 id = m_fx.addStandardParticipant(u"D-0108"_s, u"Sven Långplan"_s, many);
        const HandlingsplanDocument doc = build(id);
        const QString pdf = write(doc);
        const int pages = test::pdfPages(pdf);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        QCOMPARE(pages, pageCount(doc));

        std::vector<QString> pageTexts;
        for (int p = 1; p <= pages; ++p)
            pageTexts.push_back(test::pdfText(pdf, p, p));
        for (int i = 1; i <= 40; ++i) {
            // Every delmål is there, and its whole row (text, follow-up, activity) on one page.
            const QString what = u"Delmål nummer %1 om jobbsök"_s.arg(i);
            int page = -1;
            for (int p = 0; p < pages; ++p) {
                if (pageTexts[size_t(p)].contains(what))
                    page = p;
            }
            QVERIFY2(page >= 0, qPrintable(what));
            const QString& text = pageTexts[size_t(page)];
            QVERIFY2(text.contains(u"Skäl %1:"_s.arg(i)), qPrintable(what));
            QVERIFY2(text.contains(u"Uppföljning %1."_s.arg(i)), qPrintable(what));
            QVERIFY2(text.contains(u"Aktivitet A%1 "_s.arg(i)), qPrintable(what));
        }
        // The table header repeats on every page the delmål continue on.
        int pagesWithDelmal = 0;
        for (int p = 0; p < pages; ++p) {
            const QString& text = pageTexts[size_t(p)];
            if (!text.contains(u"om jobbsök"_s))
                continue;
            ++pagesWithDelmal;
            // The header's words occur nowhere else ("Dates", "Responsible").
            for (const QString& column : {u"No."_s, u"Responsible"_s, u"Dates"_s, u"Status"_s}) {
                QVERIFY2(text.contains(column),
                         qPrintable(u"page %1: %2"_s.arg(p + 1).arg(column)));
            }
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(p + 1).arg(pages)));
        }
        QVERIFY(pagesWithDelmal >= 3);
    }

    void easyRead_largerTypePlainHeadings()
    {
        auto d = test::ReportFixture::delmal(u"Besöka tre arbetsplatser"_s);
        d.activities.push_back({0, u"Ringa Lager AB"_s, u"Deltagaren"_s, {}, false});
        const qint64 id = m_fx.addStandardParticipant(u"D-0109"_s, u"Nora Lind"_s, {d, d, d});
        ReportOptions options;
        options.easyRead = true;
        const HandlingsplanDocument easy = build(id, options);
        const HandlingsplanDocument plain = build(id);
        QVERIFY(pageCount(easy) > pageCount(plain));
        const QString text = test::pdfText(write(easy));
        for (const QString& heading :
             {u"Your goal"_s, u"How you rated yourself"_s, u"What has changed"_s,
              u"Steps on the way"_s, u"We agree"_s, u"Besöka tre arbetsplatser"_s}) {
            QVERIFY2(text.contains(heading), qPrintable(heading));
        }
    }

    void emptyParticipant_stillADocument()
    {
        const qint64 id = m_fx.addParticipant(u"D-0110"_s, u"Ny Deltagare"_s);
        const HandlingsplanDocument doc = build(id);
        QVERIFY(!doc.hasPlan);
        QVERIFY(doc.chart.isEmpty());
        const QString pdf = write(doc);
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"No action plan yet."_s));
        QVERIFY(text.contains(u"No completed assessment yet."_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
        QCOMPARE(test::runTool(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    }

    void chartOccasions_defaultFirstAndLatest_orAsChosen()
    {
        const qint64 id = m_fx.addParticipant(u"D-0111"_s, u"Tre Tillfällen"_s);
        const qint64 first = m_fx.addOccasion(id, QDate(2025, 6, 1), {2, 2, 2, 2, 2, 2, 2, 2});
        const qint64 middle = m_fx.addOccasion(id, QDate(2025, 9, 1), {4, 4, 4, 4, 4, 4, 4, 4});
        m_fx.addOccasion(id, QDate(2025, 12, 1), {6, 6, 6, 6, 6, 6, 6, 6});
        m_fx.addOccasion(id, QDate(2026, 3, 1), {7, 7, 7, 7, 7, 7, 7, 7}, u"nej"_s, u"nej"_s, {},
                         false); // a draft is never charted
        HandlingsplanDocument doc = build(id);
        QCOMPARE(doc.chart.series.size(), size_t(2));
        QCOMPARE(doc.chart.series[0].label, u"2025-06-01"_s);
        QCOMPARE(doc.chart.series[1].label, u"2025-12-01"_s);
        QCOMPARE(doc.changes.previous, QDate(2025, 9, 1));
        QCOMPARE(doc.occasionDate, QDate(2025, 12, 1));

        ReportOptions options;
        options.chartOccasionIds = {middle, first};
        doc = build(id, options);
        QCOMPARE(doc.chart.series.size(), size_t(2));
        QCOMPARE(doc.chart.series[0].label, u"2025-06-01"_s);
        QCOMPARE(doc.chart.series[1].label, u"2025-09-01"_s);
    }

    void chartOccasions_bothPerspectives_everyChosenPlusTheCaseWorkerAtTheLatest()
    {
        const qint64 id = m_fx.addParticipant(u"D-0131"_s, u"Två Perspektiv"_s);
        const qint64 first = m_fx.addOccasion(id, QDate(2025, 6, 1), {2, 2, 2, 2, 2, 2, 2, 2});
        const qint64 middle =
            m_fx.addOccasion(id, QDate(2025, 9, 1), {4, 4, 4, std::nullopt, 4, 4, 4, 4});
        m_fx.addOccasion(id, QDate(2025, 12, 1), {6, 6, 6, 6, 6, 6, 6, 6});
        ReportOptions options;
        options.chartOccasionIds = {middle, first};
        options.bothPerspectives = true;
        const HandlingsplanDocument doc = build(id, options);
        QCOMPARE(doc.chart.series.size(), size_t(3));
        QCOMPARE(doc.chart.series[0].label, u"Participant 2025-06-01"_s);
        QCOMPARE(doc.chart.series[1].label, u"Participant 2025-09-01"_s);
        QCOMPARE(doc.chart.series[2].label, u"Case worker 2025-09-01"_s);
        QCOMPARE(doc.chart.series[2].date, QDate(2025, 9, 1));
        QCOMPARE(doc.chart.handledareDate, QDate(2025, 9, 1));
        // Each in a style of its own; nothing filled on paper.
        for (size_t i = 0; i < doc.chart.series.size(); ++i) {
            QCOMPARE(doc.chart.series[i].style, int(i));
            QVERIFY(!doc.chart.series[i].filled);
        }
        QCOMPARE(doc.chart.series[1].values[3], std::nullopt); // a gap, not a zero
        // The fixture's handledare rates a non-answer of the deltagare as 5.
        QCOMPARE(doc.chart.series[2].values[3], std::optional<double>(5));
        QCOMPARE(doc.chart.series[2].values[0], std::optional<double>(4));

        // The page says whose ratings the chart shows, and the legend names all three.
        const QString text = test::pdfText(write(doc));
        QVERIFY2(text.contains(u"rating from 2025-09-01"_s), qPrintable(text));
        QVERIFY(text.contains(u"Case worker 2025-09-01"_s));
        QVERIFY(text.contains(u"Participant 2025-06-01"_s));
    }

    void writePdf_atomicAndReplacesOnlyOnSuccess()
    {
        const qint64 id = m_fx.addStandardParticipant(
            u"D-0112"_s, u"Atom Isk"_s, {test::ReportFixture::delmal(u"Skriva CV"_s)});
        const HandlingsplanDocument doc = build(id);

        // Into a folder that does not exist: an error, and no file.
        const QString missing = m_out.filePath(u"no/such/folder/plan.pdf"_s);
        const auto refused = writePdf(doc, missing);
        QVERIFY(!refused);
        QVERIFY(!refused.errorMessage().isEmpty());
        QVERIFY(!QFile::exists(missing));

        // Over an existing file: replaced by the whole document.
        const QString path = m_out.filePath(u"existing.pdf"_s);
        QVERIFY(test::writeFile(path, "old content"));
        QVERIFY(writePdf(doc, path).ok());
        QVERIFY(test::readAll(path).startsWith("%PDF-"));
        QVERIFY(test::pdfText(path).contains(u"Skriva CV"_s));
        // No temporary files left beside it.
        const QStringList left = QDir(m_out.path()).entryList({u"existing.pdf*"_s}, QDir::Files);
        QCOMPARE(left, QStringList{u"existing.pdf"_s});
    }

    void exportPdf_recordsAuditAndRefusesTheDatabase()
    {
        const qint64 id = m_fx.addStandardParticipant(
            u"D-0113"_s, u"Logg Ad"_s, {test::ReportFixture::delmal(u"Ta körkort"_s)});
        const HandlingsplanDocument doc = build(id);

        const auto refused = exportPdf(*m_fx.db, doc, m_fx.db->path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(!exportPdf(*m_fx.db, doc, m_fx.db->path() + u"-wal"_s));

        const QString path = nextPdf();
        QVERIFY(exportPdf(*m_fx.db, doc, path).ok());
        QVERIFY(test::pdfText(path).contains(u"Ta körkort"_s));
        QVERIFY(recordPrinted(*m_fx.db, doc).ok());
        auto entries = AuditLog(*m_fx.db).forParticipant(id);
        QVERIFY(entries.ok());
        QStringList actions;
        for (const AuditEntry& e : entries.value()) {
            actions << e.action;
            QVERIFY(!e.details.contains(u"Logg"_s));
        }
        QVERIFY2(actions.contains(u"export"_s), qPrintable(actions.join(u',')));
        QVERIFY(actions.contains(u"print"_s));
    }

    void paint_onPrinterAndOtherPaperSizes()
    {
        const qint64 id = m_fx.addStandardParticipant(
            u"D-0114"_s, u"Skriv Ut"_s, {test::ReportFixture::delmal(u"Besöka mässan"_s)});
        const HandlingsplanDocument doc = build(id);

        // The print path: a QPrinter set up as the window does, printing to PDF.
        QPrinter printer(QPrinter::HighResolution);
        configurePrinter(&printer, doc);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(printer.docName(), doc.title());
        const QString printed = nextPdf();
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        print(doc, &printer);
        QCOMPARE(test::pdfPages(printed), pageCount(doc));
        QVERIFY(test::pdfText(printed).contains(u"Besöka mässan"_s));

        // Letter paper with the printer's own margins: laid out again for it.
        const QString letter = nextPdf();
        {
            QPdfWriter writer(letter);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                             QMarginsF(30, 30, 30, 30), QPageLayout::Point));
            QVERIFY(paint(doc, &writer) > 0);
        }
        QVERIFY(test::pdfText(letter).contains(u"Besöka mässan"_s));
    }

    void demoDatabase_everyParticipantExports()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(u"demo.tilltro"_s));
        QVERIFY(db.ok());
        DemoOptions demo;
        demo.today = QDate(2026, 11, 24);
        QVERIFY(fillWithDemoData(*db.value(), demo).ok());
        auto all = ParticipantRepository(*db.value()).all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), size_t(12));
        for (const Participant& p : all.value()) {
            ReportOptions options;
            options.language = u"sv"_s;
            options.includeSensitive = true;
            auto doc = HandlingsplanDocument::build(*db.value(), p.id, options);
            QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
            const QString path = dir.filePath(p.code + u".pdf"_s);
            QVERIFY(writePdf(doc.value(), path).ok());
            const QString text = test::pdfText(path);
            QVERIFY2(text.contains(p.code), qPrintable(p.code));
            if (p.protectedIdentity)
                QVERIFY(!text.contains(p.name));
            else if (!p.name.isEmpty())
                QVERIFY(text.contains(p.name));
        }
    }
};

QTEST_MAIN(TestHandlingsplanReport)
#include "tst_handlingsplanreport.moc"
