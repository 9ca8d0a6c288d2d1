#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/exchange/statisticsjson.h"
#include "core/instrument/instrument.h"
#include "pdftools.h"
#include "report/statisticsreport.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::analysis;
using namespace tilltro::test;

// The statistics PDF for a steering group, read back as a person would: the first page holds
// the key figures and the change per indicator, each indicator has a page of its own after the
// outcomes, every suppressed figure reads "fewer than 5", and a figure about no one reads "–".
class TestStatisticsReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A unit of 40: hand-made, as a summary read back would be.
    static UnitStatistics unit()
    {
        UnitStatistics s;
        s.instrumentKey = u"skapa-bip"_s;
        s.instrumentVersion = 1;
        s.from = QDate(2026, 1, 1);
        s.to = QDate(2026, 6, 30);
        s.participants = 40;
        s.occasions = 75;
        s.withTwoOccasions = 35;
        s.overdue = 6;
        s.parallelShare = 0.5;
        s.parallelWithJobOrientedShare = 0.25;
        s.handledareChangeShare = 0.4;
        const auto instrument = Instrument::loadDefault().value();
        for (const Indicator& indicator : instrument.indicators()) {
            s.indicators.push_back(
                {indicator.key, 35, 1.0, 0.0, 2.0, 20.0 / 35, 10.0 / 35, 5.0 / 35});
            s.handledareIndicators.push_back({indicator.key, 0, {}, {}, {}, {}, {}, {}});
        }
        s.indicators[1] = {u"klara_jobb"_s, 35, 2.0, 1.0, 3.0, {}, {}, 30.0 / 35};
        s.withHandledareChange = {16, s.indicators};
        s.withoutHandledareChange = {24, s.indicators};
        s.withTilltro = 40;
        s.tilltro = {{u"ja_absolut"_s, {10, s.indicators}, 0.25},
                     {u"goda_mojligheter"_s, {10, s.indicators}, 0.25},
                     {u"tveksamt"_s, {20, s.indicators}, 0.5},
                     {u"nej"_s, {0, {}}, 0.0}};
        s.outcomes = {{{u"jobbinriktad"_s}, 12, 7, std::nullopt, std::nullopt}};
        return s;
    }

private Q_SLOTS:
    void pdf_keyFiguresFirst_thenAPagePerIndicator()
    {
        if (toolPath(u"pdftotext"_s).isEmpty() || toolPath(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext and pdfinfo are needed (apt-get install poppler-utils)");
        const auto instrument = Instrument::loadDefault().value();
        report::StatisticsLabels labels =
            report::statisticsLabels(instrument, InsatsLists::defaults(), u"sv"_s);
        labels.filters = {u"Handledare: Anna Berg"_s};
        const auto pdf = report::renderStatisticsPdf(unit(), labels);
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        const QString path = m_dir.filePath(u"stats.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.value());
        file.close();

        // Key figures, the bars, belief and the outcomes on the first page or two; then one
        // page per indicator (8), the first of them Möjligheter.
        const int pages = pdfPages(path);
        const int indicators = int(instrument.indicators().size());
        QVERIFY2(pages == 1 + indicators || pages == 2 + indicators,
                 qPrintable(QString::number(pages)));
        const QString firstIndicator = instrument.indicators().front().label.text(u"sv"_s);
        QVERIFY(pdfText(path, pages - indicators + 1, pages - indicators + 1)
                    .trimmed()
                    .startsWith(firstIndicator));
        const QString first = pdfText(path, 1, 1);
        QVERIFY2(first.contains(u"Statistics for the unit"_s), qPrintable(first));
        QVERIFY(first.contains(u"2026-01-01 – 2026-06-30"_s));
        QVERIFY(first.contains(u"Handledare: Anna Berg"_s));
        QVERIFY(first.contains(u"Deltagare in the period 40"_s));
        QVERIFY(first.contains(u"(BIP: 18 %) 25 %"_s));
        // The bars say their shares in words: 20, 10 and 5 of 35.
        QVERIFY2(first.contains(u"down 14 % · same 29 % · up 57 %"_s), qPrintable(first));

        const QString all = pdfText(path);
        QVERIFY(all.contains(exchange::suppressedText()));
        // Klara ett jobb has its own page; its hidden shares read "fewer than 5".
        const QString klaraJobb = instrument.indicator(u"klara_jobb"_s)->label.text(u"sv"_s);
        bool found = false;
        for (int page = 2; page <= pdfPages(path); ++page) {
            const QString text = pdfText(path, page, page);
            if (!text.startsWith(klaraJobb + u' ') && !text.startsWith(u" "_s + klaraJobb))
                continue;
            found = true;
            // (pdftotext reads a table column by column, so the figures are checked one by one.)
            QVERIFY2(text.contains(u"All, the deltagare's rating 35 +2"_s), qPrintable(text));
            QVERIFY(text.contains(u"+1 – +3"_s));
            QVERIFY(text.contains(u"hidden hidden 86 %"_s));
            // Hidden parts are explained on the first page.
            // No one has the handledare's rating: "–", not "fewer than 5", in the table and
            // by the box plot.
            QVERIFY2(text.contains(u"All, the handledare's rating 0 –"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"All, the handledare's rating fewer than 5"_s),
                     qPrintable(text));
        }
        QVERIFY(found);
        QCOMPARE(pdfInfo(path, u"Title"_s), u"Statistics for the unit 2026-01-01 – 2026-06-30"_s);
    }

    void pdf_ofNoDeltagare_isStillADocument()
    {
        UnitStatistics empty;
        empty.to = QDate(2026, 6, 30);
        empty.participants = 0;
        const auto pdf = report::renderStatisticsPdf(
            empty, report::statisticsLabels(Instrument::loadDefault().value(),
                                            InsatsLists::defaults(), u"sv"_s));
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        QVERIFY(pdf.value().startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestStatisticsReport)
#include "tst_statisticsreport.moc"
