#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalPercentBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/clock.h"
#include "core/exchange/statisticsjson.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/statisticsdialog.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

// The statistics window on a database whose figures are worked out by hand below: ten
// deltagare, each with two completed assessments. "Klara ett jobb" (the deltagare's rating)
// moves 3→5 for five of them and 5→4 for the other five: changes {−1 ×5, +2 ×5}, so n 10,
// median 0.5, quartiles −1 and 2 (QUARTILE.INC), up 5/10 = 50 %, the same 0 %, down 50 %. Two
// of them (D-1, D-2) had a job-oriented insats: a group of two, shown as "fewer than 5".
class TestStatisticsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString cell(QTableWidget* table, int row, int column)
    {
        auto* it = table->item(row, column);
        return it ? it->text() : QString();
    }

    int rowOf(QTableWidget* table, const QString& first)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (cell(table, r, 0) == first)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Clock::setFixedForTests(QDateTime(QDate(2026, 12, 1), QTime(12, 0)));
        auto created = Database::create(m_dir.filePath(u"s.tilltro"_s));
        QVERIFY(created.ok());
        m_db = std::move(created).value();
        const qint64 instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        ParticipantRepository participants(*m_db);
        OccasionRepository occasions(*m_db);
        const std::pair<int, int> ratings[] = {{3, 5}, {3, 5}, {3, 5}, {3, 5}, {3, 5},
                                               {5, 4}, {5, 4}, {5, 4}, {5, 4}, {5, 4}};
        for (int i = 0; i < 10; ++i) {
            Participant p;
            p.code = u"D-%1"_s.arg(i + 1);
            p.name = u"Namn Hemligsson %1"_s.arg(i + 1);
            p.startDate = QDate(2026, 1, 10);
            QVERIFY(participants.insert(p).ok());
            for (int k = 0; k < 2; ++k) {
                Occasion o{0,
                           p.id,
                           instrumentId,
                           QDate(2026, k == 0 ? 2 : 8, 1),
                           0,
                           OccasionState::Completed,
                           u"anteckning om D-%1"_s.arg(i + 1),
                           {},
                           {}};
                o.answers[u"d_klara_jobb"_s] =
                    Answer::number(k == 0 ? ratings[i].first : ratings[i].second);
                QVERIFY(occasions.save(o).ok());
            }
            if (i < 2) {
                InsatsPeriod insats{0, p.id, u"jobbinriktad"_s, u"Praktik"_s, {}, QDate(2026, 3, 1),
                                    {}};
                QVERIFY(InsatsRepository(*m_db).save(insats).ok());
            }
        }
    }

    void cleanupTestCase() { Clock::resetForTests(); }

    void showsHandComputedFiguresLiterally()
    {
        StatisticsDialog dialog(test::lend(*m_db));
        QCOMPARE(dialog.statistics().participants, std::optional<int>(10));
        QTableWidget* t = dialog.indicatorTable();
        const int row = rowOf(t, u"Klara ett jobb"_s);
        QVERIFY(row >= 0);
        QCOMPARE(cell(t, row, 1), QLocale().toString(10));
        QCOMPARE(cell(t, row, 2), u"+%1"_s.arg(QLocale().toString(0.5)));
        QCOMPARE(cell(t, row, 3), u"\u22121 – +2"_s);
        QCOMPARE(cell(t, row, 4), u"50\u00a0%"_s);
        QCOMPARE(cell(t, row, 5), u"0\u00a0%"_s);
        QCOMPARE(cell(t, row, 6), u"50\u00a0%"_s);
        // No rating of Hälsa at all: n 0, and nothing to tell (not "fewer than 5").
        const int health = rowOf(t, u"Hälsa"_s);
        QVERIFY(health >= 0);
        QCOMPARE(cell(t, health, 1), u"0"_s);
        QCOMPARE(cell(t, health, 2), u"\u2013"_s);

        // The chart has the same shares.
        auto* series =
            qobject_cast<QHorizontalPercentBarSeries*>(dialog.chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 4); // down, the same, up, hidden
        // Klara ett jobb is the second indicator; the bars run bottom-up.
        const int bar = int(dialog.statistics().indicators.size()) - 2;
        QCOMPARE(series->barSets()[0]->at(bar), 50.0);
        QCOMPARE(series->barSets()[1]->at(bar), 0.0);
        QCOMPARE(series->barSets()[2]->at(bar), 50.0);
        QCOMPARE(series->barSets()[3]->at(bar), 0.0);

        // Names, codes and notes appear nowhere.
        for (QTableWidget* table : {dialog.figuresTable(), dialog.indicatorTable()}) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    QVERIFY(!cell(table, r, c).contains(u"Hemligsson"_s));
                    QVERIFY(!cell(table, r, c).contains(u"D-1"_s));
                    QVERIFY(!cell(table, r, c).contains(u"anteckning"_s));
                }
            }
        }
    }

    void tab_reachesEveryControlAndComesRound()
    {
        StatisticsDialog dialog(test::lend(*m_db));
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.fromBeginningBox()->setFocus();
        QStringList seen;
        QWidget* first = QApplication::focusWidget();
        QVERIFY(first == dialog.fromBeginningBox());
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* w = QApplication::focusWidget();
            QVERIFY(w);
            if (w == first)
                break;
            auto* button = qobject_cast<QAbstractButton*>(w);
            seen << (button ? button->text() : QString::fromLatin1(w->metaObject()->className()));
        }
        QVERIFY2(QApplication::focusWidget() == first,
                 qPrintable(seen.join(u", "_s))); // came round
        for (const QString& name :
             {u"Save &PDF…"_s, u"Save &summary (JSON)…"_s, u"Save C&SV…"_s, u"Close"_s})
            QVERIFY2(seen.contains(name), qPrintable(seen.join(u", "_s)));
        QVERIFY2(seen.contains(u"QComboBox"_s), qPrintable(seen.join(u", "_s)));
        QVERIFY2(seen.contains(u"QTableWidget"_s), qPrintable(seen.join(u", "_s)));
    }

    void categoryFilterOfTwo_isSuppressed()
    {
        StatisticsDialog dialog(test::lend(*m_db));
        dialog.categoryBox()->setCurrentIndex(dialog.categoryBox()->findData(u"jobbinriktad"_s));
        QCOMPARE(dialog.statistics().participants, std::nullopt);
        const int row = rowOf(dialog.figuresTable(), u"Deltagare in the period"_s);
        QVERIFY(row >= 0);
        QCOMPARE(cell(dialog.figuresTable(), row, 1), exchange::suppressedText());
        const int k = rowOf(dialog.indicatorTable(), u"Klara ett jobb"_s);
        QCOMPARE(cell(dialog.indicatorTable(), k, 2), exchange::suppressedText());
    }

    void periodFilter_leavesOutLaterAssessments()
    {
        StatisticsDialog dialog(test::lend(*m_db));
        dialog.fromBeginningBox()->setChecked(false);
        dialog.fromEdit()->setDate(QDate(2026, 1, 1));
        dialog.toEdit()->setDate(QDate(2026, 5, 31)); // only the February assessments
        QCOMPARE(dialog.statistics().participants, std::optional<int>(10));
        QCOMPARE(dialog.statistics().occasions, std::optional<int>(10));
        QCOMPARE(dialog.statistics().withTwoOccasions, std::optional<int>(0));
    }

    void savesJsonCsvAndPdf_andTheJsonReadsBack()
    {
        StatisticsDialog dialog(test::lend(*m_db));
        const QString json = m_dir.filePath(u"summary.json"_s);
        QVERIFY(dialog.saveJson(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto read = exchange::readStatisticsJson(file.readAll());
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read.value(), dialog.statistics());

        const QString csv = m_dir.filePath(u"summary.csv"_s);
        QVERIFY(dialog.saveCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        QVERIFY(text.contains(u"Klara ett jobb"_s));
        QVERIFY(!text.contains(u"Hemligsson"_s));

        const QString pdf = m_dir.filePath(u"summary.pdf"_s);
        QVERIFY(dialog.savePdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // The database itself is never overwritten.
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!dialog.saveJson(m_dir.filePath(u"s.tilltro"_s)));
        MessageBox::resetForTests();
    }

    void merge_addsTwoSummaries_andRefusesAForeignFile()
    {
        StatisticsDialog dialog(test::lend(*m_db));
        const QString a = m_dir.filePath(u"a.json"_s);
        const QString b = m_dir.filePath(u"b.json"_s);
        QVERIFY(dialog.saveJson(a));
        // The same deltagare over a period given explicitly: another summary (the same one
        // twice is refused, below).
        dialog.fromBeginningBox()->setChecked(false);
        dialog.fromEdit()->setDate(QDate(2026, 1, 1));
        QVERIFY(dialog.saveJson(b));

        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto* merged = qobject_cast<StatisticsDialog*>(QApplication::activeModalWidget());
            if (merged) {
                shown = true;
                QCOMPARE(merged->statistics().participants, std::optional<int>(20));
                QCOMPARE(merged->statistics().sources, 2);
                const int k = rowOf(merged->indicatorTable(), u"Klara ett jobb"_s);
                QCOMPARE(cell(merged->indicatorTable(), k, 1), QLocale().toString(20));
                QCOMPARE(cell(merged->indicatorTable(), k, 4), u"50\u00a0%"_s);
                merged->reject();
            }
        });
        FileDialog::setNextAnswerForTests(a + u'\n' + b);
        StatisticsDialog::mergeFromFiles(nullptr);
        QVERIFY(shown);

        // The same summary twice: refused, nothing merged.
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        FileDialog::setNextAnswerForTests(a + u'\n' + a);
        shown = false;
        StatisticsDialog::mergeFromFiles(nullptr);
        QVERIFY(!shown);
        QVERIFY2(MessageBox::lastTextForTests().contains(u"twice"_s),
                 qPrintable(MessageBox::lastTextForTests()));

        // A file that is not a summary: a message naming it, nothing merged.
        const QString foreign = m_dir.filePath(u"foreign.json"_s);
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "tilltro-exchange", "version": 1})");
        f.close();
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        FileDialog::setNextAnswerForTests(a + u'\n' + foreign);
        StatisticsDialog::mergeFromFiles(nullptr);
        QVERIFY(MessageBox::lastTextForTests().contains(u"foreign.json"_s));
        QVERIFY(MessageBox::lastTextForTests().contains(u"format"_s));
        FileDialog::resetForTests();
        MessageBox::resetForTests();
    }
};

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statisticsdialog.moc"
