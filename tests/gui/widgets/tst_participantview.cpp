#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "chart/radarchart.h"
#include "core/analysis/signals.h"
#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/insatsdialog.h"
#include "i18n.h"
#include "models/plandocument.h"
#include "report/handlingsplandocument.h"
#include "widgets/participantview.h"
#include "widgets/planeditor.h"
#include "widgets/timelinewidget.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

class TestParticipantView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_participant = 0;
    std::vector<qint64> m_occasions;
    int m_counter = 0;

    void addOccasion(const QDate& date, int base, OccasionState state, bool halsaNonAnswer = false)
    {
        const Instrument instrument = Instrument::loadDefault().value();
        Occasion o;
        o.participantId = m_participant;
        o.instrumentId = InstrumentRepository(*m_db).ensureStored(instrument).value();
        o.date = date;
        o.state = state;
        for (const Question* q : instrument.questionsFor(Respondent::Deltagare))
            o.answers[q->key] = Answer::number(base);
        for (const Question* q : instrument.questionsFor(Respondent::Handledare)) {
            if (!q->indicator.isEmpty())
                o.answers[q->key] = Answer::number(base + 2);
        }
        if (halsaNonAnswer)
            o.answers[u"d_halsa"_s] = Answer::choice(u"vet_ej"_s);
        QVERIFY(OccasionRepository(*m_db).save(o).ok());
        m_occasions.push_back(o.id);
    }

    /// The width the widest cell of column `c` needs to be drawn without eliding.
    static int widest(const QTableWidget* table, int c)
    {
        int width = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            width = std::max(width, table->sizeHintForIndex(table->model()->index(r, c)).width());
        }
        return width;
    }

    static QListWidgetItem* occasionItem(ParticipantView& view, int row)
    {
        return view.findChild<QListWidget*>(u"occasionsListWidget"_s)->item(row);
    }

    static QString plain(const QString& richText)
    {
        QTextDocument document;
        document.setHtml(richText);
        return document.toPlainText();
    }

    static QStringList signalWords(ParticipantView& view)
    {
        QStringList words;
        for (QLabel* label : view.findChildren<QLabel*>(u"signalLabel"_s))
            words << label->text();
        return words;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear(); // no remembered splitter sizes
        Clock::setFixedForTests(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        auto db = Database::create(m_dir.filePath(u"view-%1.tilltro"_s.arg(++m_counter)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        Participant p;
        p.code = u"D-0007"_s;
        p.name = u"Skyddad Person"_s;
        p.protectedIdentity = true;
        p.startDate = QDate(2026, 1, 1);
        QVERIFY(ParticipantRepository(*m_db).insert(p).ok());
        m_participant = p.id;
        m_occasions.clear();
        addOccasion(QDate(2026, 2, 1), 3, OccasionState::Completed);
        addOccasion(QDate(2026, 5, 1), 4, OccasionState::Completed, true);
        addOccasion(QDate(2026, 8, 1), 6, OccasionState::Completed);
        addOccasion(QDate(2026, 11, 1), 7, OccasionState::Draft);
    }

    void cleanup()
    {
        m_db.reset();
        Clock::resetForTests();
    }

    void open_chartsFirstAndLatestCompletedByDefault()
    {
        ParticipantView view(test::lend(*m_db), m_participant);
        QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
        QCOMPARE(view.title(), u"D-0007"_s); // protected: the code, never the name
        QCOMPARE(view.chart()->seriesNames(), (QStringList{u"2026-02-01"_s, u"2026-08-01"_s}));
        QCOMPARE(view.chart()->series().back().values.front(), std::optional<double>(6));
        // A draft can be opened but is never drawn.
        QVERIFY(!(occasionItem(view, 3)->flags() & Qt::ItemIsUserCheckable));
    }

    void toggleOccasions_chartFollowsAndNonAnswerIsAGap()
    {
        ParticipantView view(test::lend(*m_db), m_participant);
        occasionItem(view, 1)->setCheckState(Qt::Checked);
        QCOMPARE(view.chart()->seriesNames().size(), 3);
        const auto& middle = view.chart()->series()[1];
        QCOMPARE(middle.date, QDate(2026, 5, 1));
        QCOMPARE(middle.values[3], std::nullopt); // Hälsa: vet ej, not zero
        occasionItem(view, 0)->setCheckState(Qt::Unchecked);
        occasionItem(view, 2)->setCheckState(Qt::Unchecked);
        QCOMPARE(view.chart()->seriesNames(), QStringList{u"2026-05-01"_s});
        QVERIFY(view.chart()->series().back().filled); // the latest shown is filled
    }

    void bothPerspectives_everyTickedOccasionPlusTheCaseWorkerOfTheLatest()
    {
        ParticipantView view(test::lend(*m_db), m_participant);
        auto* both = view.findChild<QCheckBox*>(u"perspectivesCheckBox"_s);
        auto* note = view.findChild<QLabel*>(u"perspectivesLabel"_s);
        QVERIFY(note->isHidden());
        both->setChecked(true);
        // The first and the latest stay; the case worker's series is the latest's.
        const auto& series = view.chart()->series();
        QCOMPARE(view.chart()->seriesNames(),
                 (QStringList{u"Participant 2026-02-01"_s, u"Participant 2026-08-01"_s,
                              u"Case worker 2026-08-01"_s}));
        QCOMPARE(series[0].values[0], std::optional<double>(3));
        QCOMPARE(series[1].values[0], std::optional<double>(6));
        QCOMPARE(series[2].values[0], std::optional<double>(8));
        QVERIFY(series[1].filled);
        QVERIFY(!series[0].filled && !series[2].filled);
        QCOMPARE(series[2].style, 2); // a style no occasion has
        // The screen says which occasion the comparison uses.
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(u"2026-08-01"_s), qPrintable(note->text()));

        // Ticking the middle one adds its series; the case worker's stays the latest's.
        occasionItem(view, 1)->setCheckState(Qt::Checked);
        QCOMPARE(view.chart()->seriesNames().size(), 4);
        QCOMPARE(view.chart()->seriesNames().back(), u"Case worker 2026-08-01"_s);
        // Unticking the latest moves the comparison to the middle one, and the note follows.
        occasionItem(view, 2)->setCheckState(Qt::Unchecked);
        QCOMPARE(view.chart()->seriesNames().back(), u"Case worker 2026-05-01"_s);
        QVERIFY(note->text().contains(u"2026-05-01"_s));
        QCOMPARE(view.chart()->series().back().values[0], std::optional<double>(6));

        // Nothing ticked: nothing drawn, and the note says what to do.
        view.setChartedOccasions({});
        QVERIFY(view.chart()->series().empty());
        QVERIFY(!note->text().isEmpty());
        QVERIFY(!note->text().contains(u"2026"_s));

        both->setChecked(false);
        QVERIFY(note->isHidden());
    }

    void report_chartDrawsWhatTheScreenShows_data()
    {
        QTest::addColumn<bool>("both");
        QTest::addColumn<QList<int>>("ticked");
        QTest::newRow("default") << false << QList<int>{0, 2};
        QTest::newRow("threeOccasions") << false << QList<int>{0, 1, 2};
        QTest::newRow("bothPerspectives_twoTicked") << true << QList<int>{0, 2};
        QTest::newRow("bothPerspectives_middleAndFirst") << true << QList<int>{0, 1};
        QTest::newRow("bothPerspectives_oneTicked") << true << QList<int>{1};
    }

    void report_chartDrawsWhatTheScreenShows()
    {
        QFETCH(bool, both);
        QFETCH(QList<int>, ticked);
        ParticipantView view(test::lend(*m_db), m_participant);
        std::vector<qint64> ids;
        for (const int i : ticked)
            ids.push_back(m_occasions[size_t(i)]);
        view.setChartedOccasions(ids);
        view.findChild<QCheckBox*>(u"perspectivesCheckBox"_s)->setChecked(both);

        // What the main window hands the report (MainWindow::chooseReport).
        const report::ReportOptions options = view.chartReportOptions();
        QCOMPARE(options.chartOccasionIds, ids);
        QCOMPARE(options.bothPerspectives, both);
        auto doc = report::HandlingsplanDocument::build(*m_db, m_participant, options);
        QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));

        const auto& screen = view.chart()->series();
        const auto& paper = doc.value().chart.series;
        QCOMPARE(paper.size(), screen.size());
        QCOMPARE(paper.size(), size_t(ticked.size() + (both ? 1 : 0)));
        for (size_t i = 0; i < screen.size(); ++i) {
            QCOMPARE(paper[i].label, screen[i].label);
            QCOMPARE(paper[i].date, screen[i].date);
            QCOMPARE(paper[i].values, screen[i].values);
            QCOMPARE(paper[i].style, screen[i].style);
            QVERIFY(!paper[i].filled); // PDF/A-1: outlines only
        }
        QCOMPARE(doc.value().chart.handledareDate.isValid(), both);
    }

    void instrumentVersionUnreadable_chartSaysWhyInsteadOfUsingAnother()
    {
        // The middle occasion was made with an instrument version the database cannot read.
        QSqlQuery insert =
            m_db->prepare(u"INSERT INTO instrument (instrument_key, version, json, stored_at) "
                          u"VALUES ('trasig', 1, '{', '2026-01-01T00:00:00')"_s);
        QVERIFY(Database::exec(insert).ok());
        QSqlQuery update = m_db->prepare(u"UPDATE occasion SET instrument_id = ? WHERE id = ?"_s);
        update.addBindValue(insert.lastInsertId());
        update.addBindValue(m_occasions[1]);
        QVERIFY(Database::exec(update).ok());

        ParticipantView view(test::lend(*m_db), m_participant);
        QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
        auto* error = view.findChild<QLabel*>(u"chartErrorLabel"_s);
        QVERIFY(error);
        // The default overlay (first and latest) does not need it.
        QCOMPARE(view.chart()->seriesNames(), (QStringList{u"2026-02-01"_s, u"2026-08-01"_s}));
        QVERIFY(error->isHidden());

        // Ticked: nothing is drawn (not even through the default instrument), and the view says
        // which assessment and why.
        occasionItem(view, 1)->setCheckState(Qt::Checked);
        QVERIFY(view.chart()->series().empty());
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"2026-05-01"_s), qPrintable(error->text()));
        // The printed handlingsplan refuses with the same message.
        auto doc =
            report::HandlingsplanDocument::build(*m_db, m_participant, view.chartReportOptions());
        QVERIFY(!doc.ok());
        QCOMPARE(doc.errorMessage(), error->text());

        occasionItem(view, 1)->setCheckState(Qt::Unchecked);
        QCOMPARE(view.chart()->seriesNames(), (QStringList{u"2026-02-01"_s, u"2026-08-01"_s}));
        QVERIFY(error->isHidden());
    }

    void delmalWithTarget_drawnOnTheChartAndUndoable()
    {
        ParticipantView view(test::lend(*m_db), m_participant);
        PlanEditor* editor = view.planEditor();
        QVERIFY(editor->newPlan());
        editor->addDelmal();
        Delmal d = editor->document()->delmal(0);
        QCOMPARE(view.chart()->targetMarks().size(), size_t(0));
        auto* indicators = editor->findChild<QListWidget*>(u"indicatorsListWidget"_s);
        indicators->item(3)->setCheckState(Qt::Checked); // Hälsa
        auto* target = editor->findChild<QSpinBox*>(u"targetLevelSpinBox"_s);
        target->setValue(8);
        QCOMPARE(view.chart()->targetMarks().size(), size_t(1));
        view.undoStack()->undo();
        QCOMPARE(view.chart()->targetMarks().size(), size_t(0));
        view.undoStack()->redo();
        QCOMPARE(view.chart()->targetMarks().size(), size_t(1));
    }

    void insatser_addedFromTheViewByContextMenu()
    {
        ParticipantView view(test::lend(*m_db), m_participant);
        auto* list = view.findChild<QListWidget*>(u"insatserListWidget"_s);
        QCOMPARE(list->count(), 0);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<InsatsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit*>(u"titleLineEdit"_s)->setText(u"Praktik på lager"_s);
            dialog->accept();
        });
        list->actions().front()->trigger(); // "Add intervention…"
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"Praktik på lager"_s));
    }

    void insatsGaps_recentlyStarted_countedFromTheStartDate()
    {
        // Today is 2026-11-24. Started 2026-01-01: the whole last three months,
        // 2026-08-24..2026-11-24 = 8 + 30 + 31 + 24 = 93 days without any insats.
        ParticipantView longAgo(test::lend(*m_db), m_participant);
        const QString longAgoText = longAgo.findChild<QLabel*>(u"insatserSummaryLabel"_s)->text();
        QVERIFY2(longAgoText.startsWith(u"93 "_s), qPrintable(longAgoText));

        // Started 2026-11-10: only 2026-11-10..2026-11-24 = 15 days can be gaps.
        Participant recent;
        recent.code = u"D-0008"_s;
        recent.startDate = QDate(2026, 11, 10);
        QVERIFY(ParticipantRepository(*m_db).insert(recent).ok());
        ParticipantView view(test::lend(*m_db), recent.id);
        QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
        const QString text = view.findChild<QLabel*>(u"insatserSummaryLabel"_s)->text();
        QVERIFY2(text.startsWith(u"15 "_s), qPrintable(text));
    }

    void changeTable_showsArrowsAndCountsWithoutTotal()
    {
        ParticipantView view(test::lend(*m_db), m_participant);
        auto* table = view.findChild<QTableWidget*>(u"changeTableWidget"_s);
        QCOMPARE(table->rowCount(), 8);
        // BIP-significant first; the first row is Möjligheter: 3, 4, 6.
        QCOMPARE(table->item(0, 1)->text(), u"3"_s);
        QCOMPARE(table->item(0, 2)->text(), u"4"_s);
        QCOMPARE(table->item(0, 3)->text(), u"6"_s);
        QCOMPARE(table->item(0, 4)->text(), u"↑ +2"_s);
        QCOMPARE(table->item(0, 5)->text(), u"↑ +3"_s);
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString header = table->horizontalHeaderItem(c)->text();
            QVERIFY(!header.contains(u"Total"_s, Qt::CaseInsensitive));
        }
    }

    void signals_shownAboveTheChartEachWithItsFinding()
    {
        // Today 2026-11-24: no insats at all; the next assessment was due 2026-11-01 (three
        // months after 2026-08-01); no consent recorded; the draft of 2026-11-01 is unfinished.
        // No tilltro answered, no handledare assigned: nothing else.
        auto& ws = test::lend(*m_db);
        ParticipantView view(ws, m_participant);
        QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
        const QStringList before{u"No insats"_s, u"Overdue"_s, u"No consent"_s,
                                 u"Unfinished draft"_s};
        QCOMPARE(signalWords(view), before);
        QVERIFY(view.shownSignals().contains(BipSignal::Overdue));
        auto* signalsWidget = view.findChild<QWidget*>(u"signalsWidget"_s);
        QVERIFY(signalsWidget && !signalsWidget->isHidden());
        // Above the chart, in the same column.
        QLayout* centre = view.findChild<QWidget*>(u"chartContainer"_s)->layout();
        QVERIFY(centre->indexOf(signalsWidget) >= 0);
        QVERIFY(centre->indexOf(signalsWidget) <
                centre->indexOf(view.findChild<QWidget*>(u"chartTabs"_s)));
        // The tooltip is the BIP finding; "No insats" also counts the days (2026-01-01 to today).
        auto* overdue = view.findChild<QFrame*>(u"signalFrame_overdue"_s);
        QVERIFY(overdue);
        QCOMPARE(plain(overdue->toolTip()), analysis::signalExplanation(BipSignal::Overdue));
        const QString noInsats =
            plain(view.findChild<QFrame*>(u"signalFrame_no_insats"_s)->toolTip());
        QVERIFY2(noInsats.startsWith(analysis::signalExplanation(BipSignal::NoInsats)) &&
                     noInsats.contains(u"328 day(s)"_s),
                 qPrintable(noInsats));

        // An insats running since 2026-11-01 ends "No insats"; alone it runs in parallel with
        // nothing. The view follows the workspace.
        InsatsPeriod period;
        period.participantId = m_participant;
        period.category = u"jobbinriktad"_s;
        period.title = u"Praktik"_s;
        period.start = QDate(2026, 11, 1);
        QVERIFY(ws.saveInsats(period).ok());
        QCOMPARE(signalWords(view), (QStringList{u"Not parallel"_s, u"Overdue"_s, u"No consent"_s,
                                                 u"Unfinished draft"_s}));
    }

    void timeline_insatserGapsAndTheThreeSeries()
    {
        auto& ws = test::lend(*m_db);
        InsatsPeriod period;
        period.participantId = m_participant;
        period.category = u"jobbinriktad"_s;
        period.title = u"Praktik"_s;
        period.start = QDate(2026, 3, 1);
        period.end = QDate(2026, 4, 30);
        QVERIFY(ws.saveInsats(period).ok());
        // Tilltro and Målmedvetenhet at the last completed occasion (2026-08-01).
        auto stored = ws.occasion(m_occasions[2]);
        QVERIFY(stored.ok() && stored.value());
        Occasion latest = *stored.value();
        latest.answers[u"tilltro"_s] = Answer::choice(u"tveksamt"_s);
        latest.answers[u"malmedvetenhet"_s] = Answer::number(7);
        QVERIFY(ws.saveOccasion(latest, Instrument::loadDefault().value()).ok());

        ParticipantView view(ws, m_participant);
        QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
        auto* timeline = view.findChild<TimelineWidget*>(u"timelineWidget"_s);
        QVERIFY(timeline);
        const TimelineData& data = timeline->data();
        QCOMPARE(data.from, QDate(2026, 1, 1));
        QCOMPARE(data.to, QDate(2026, 11, 24));
        // Completed occasions only: the draft of 2026-11-01 is not a point.
        QCOMPARE(data.occasions.size(), std::size_t(3));
        QCOMPARE(data.occasions[0].klaraJobb, std::optional<int>(3));
        QCOMPARE(data.occasions[1].klaraJobb, std::optional<int>(4));
        QCOMPARE(data.occasions[2].klaraJobb, std::optional<int>(6));
        QCOMPARE(data.occasions[0].malmedvetenhet, std::nullopt);
        QCOMPARE(data.occasions[2].malmedvetenhet, std::optional<int>(7));
        QCOMPARE(data.occasions[2].tilltro, std::optional<int>(2)); // Tveksamt: 2 of 4
        // In words: 1 Jan – 24 Nov is 328 days, of which March and April (61) had the insats.
        const QString words = timeline->accessibleDescription();
        QVERIFY2(words.contains(u"267 day(s) without any insats."_s), qPrintable(words));
        QVERIFY2(words.contains(u"Praktik, 2026-03-01 to 2026-04-30"_s), qPrintable(words));
        QVERIFY2(words.contains(u"Assessment 2026-08-01: "_s + data.klaraJobbLabel +
                                u" 6, goal-directedness 7, belief "_s +
                                data.occasions[2].tilltroLabel + u'.'),
                 qPrintable(words));
        QVERIFY(!data.occasions[2].tilltroLabel.isEmpty());
        QVERIFY2(words.contains(u"Assessment 2026-02-01: "_s + data.klaraJobbLabel +
                                u" 3, goal-directedness no answer, belief no answer."_s),
                 qPrintable(words));
        // It is drawn without trouble at a small size too.
        timeline->resize(400, timeline->minimumSizeHint().height());
        QVERIFY(!timeline->grab().isNull());
    }

    void signals_endedParticipation_noneShown()
    {
        Participant ended;
        ended.code = u"D-0009"_s;
        ended.startDate = QDate(2026, 1, 1);
        ended.endDate = QDate(2026, 6, 1);
        ended.endReason = u"arbete"_s;
        QVERIFY(ParticipantRepository(*m_db).insert(ended).ok());
        ParticipantView view(test::lend(*m_db), ended.id);
        QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
        QVERIFY(view.shownSignals().isEmpty());
        QVERIFY(signalWords(view).isEmpty());
        QVERIFY(view.findChild<QWidget*>(u"signalsWidget"_s)->isHidden());
    }

    // Last: the Swedish rows install the Swedish translation for good (the UI's default
    // language, and the longer words).
    void layout_commonSizes_everythingVisibleNothingElided_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("window");
        for (const QString& language : {u"en"_s, u"sv"_s}) {
            for (const QSize size :
                 {QSize(1024, 700), QSize(1100, 700), QSize(1280, 800), QSize(1920, 1080)}) {
                QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
            }
        }
    }

    void layout_commonSizes_everythingVisibleNothingElided()
    {
        QFETCH(QString, language);
        QFETCH(QSize, window);
        if (language != u"en"_s)
            QVERIFY(installTranslators(*qApp, language));
        // The demo's deltagare with a plan, delmål and activities, as in the screenshots.
        auto demo = Database::create(m_dir.filePath(u"demo-%1.tilltro"_s.arg(++m_counter)));
        QVERIFY(demo.ok());
        QVERIFY(fillWithDemoData(*demo.value()).ok());
        // The view inside a window of that size, less the menu bar, tool bar, tab bar and status
        // bar of the main window.
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* view = new ParticipantView(test::lend(*demo.value()), 3, &host);
        QVERIFY2(view->ok(), qPrintable(view->errorMessage()));
        layout->addWidget(view);
        host.resize(window - QSize(0, 110));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QApplication::processEvents();
        if (const QString dir = qEnvironmentVariable("TILLTRO_LAYOUT_PNG_DIR"); !dir.isEmpty()) {
            host.grab().save(u"%1/participantview-%2-%3x%4.png"_s.arg(dir, language)
                                 .arg(window.width())
                                 .arg(window.height()));
        }

        // The change table: all eight indicators, whole, names and headers not cut.
        auto* table = view->findChild<QTableWidget*>(u"changeTableWidget"_s);
        QCOMPARE(table->rowCount(), 8);
        const QRect viewport = table->viewport()->rect();
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                const QRect cell = table->visualRect(table->model()->index(r, c));
                QVERIFY2(viewport.contains(cell),
                         qPrintable(u"row %1 column %2: %3,%4 %5x%6 outside %7x%8"_s.arg(r)
                                        .arg(c)
                                        .arg(cell.x())
                                        .arg(cell.y())
                                        .arg(cell.width())
                                        .arg(cell.height())
                                        .arg(viewport.width())
                                        .arg(viewport.height())));
            }
        }
        for (int c = 0; c < table->columnCount(); ++c) {
            QVERIFY2(widest(table, c) <= table->columnWidth(c),
                     qPrintable(u"column %1: %2 > %3"_s.arg(c)
                                    .arg(widest(table, c))
                                    .arg(table->columnWidth(c))));
            QVERIFY2(table->horizontalHeader()->sectionSizeHint(c) <=
                         table->horizontalHeader()->sectionSize(c),
                     qPrintable(u"header %1"_s.arg(c)));
        }

        // Every label, button and combo box shown is whole.
        const auto visible = [&host](QWidget* w) {
            return w->isVisibleTo(&host) && !w->visibleRegion().isEmpty();
        };
        for (QLabel* label : host.findChildren<QLabel*>()) {
            if (!visible(label) || label->wordWrap() || label->text().isEmpty())
                continue;
            QString text = label->text();
            text.remove(u'&');
            const int needed = label->fontMetrics().horizontalAdvance(text);
            QVERIFY2(needed <= label->contentsRect().width(),
                     qPrintable(u"%1 '%2': %3 > %4"_s.arg(label->objectName(), text)
                                    .arg(needed)
                                    .arg(label->contentsRect().width())));
        }
        for (QAbstractButton* button : host.findChildren<QAbstractButton*>()) {
            if (!visible(button) || button->text().isEmpty())
                continue;
            QVERIFY2(button->sizeHint().width() <= button->width(),
                     qPrintable(u"%1 '%2'"_s.arg(button->objectName(), button->text())));
        }
        for (QComboBox* box : host.findChildren<QComboBox*>()) {
            if (!visible(box) || box->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(box);
            option.editable = box->isEditable();
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                             QStyle::SC_ComboBoxEditField, box);
            const int needed = box->fontMetrics().horizontalAdvance(box->currentText());
            QVERIFY2(needed <= field.width(),
                     qPrintable(u"%1 '%2': %3 > %4"_s.arg(box->objectName(), box->currentText())
                                    .arg(needed)
                                    .arg(field.width())));
        }

        // The delmål form: "What" in sight for every delmål chosen, the activities whole.
        auto* delmal = view->findChild<QListWidget*>(u"delmalListWidget"_s);
        auto* details = view->findChild<QScrollArea*>(u"detailsScrollArea"_s);
        auto* what = view->findChild<QLineEdit*>(u"whatLineEdit"_s);
        auto* activities = view->findChild<QTableWidget*>(u"activitiesTableWidget"_s);
        QVERIFY(delmal && details && what && activities);
        QVERIFY(delmal->count() >= 2);
        for (int row : {delmal->count() - 1, 0}) {
            details->verticalScrollBar()->setValue(details->verticalScrollBar()->maximum());
            delmal->setCurrentRow(row);
            QApplication::processEvents();
            const QRect at(what->mapTo(details->viewport(), QPoint(0, 0)), what->size());
            QVERIFY2(details->viewport()->rect().contains(at),
                     qPrintable(u"delmål %1: What at %2"_s.arg(row).arg(at.y())));
            // The activity itself wraps: every word whole, every line inside its row.
            for (int r = 0; r < activities->rowCount(); ++r) {
                const QModelIndex index = activities->model()->index(r, 0);
                const QString text = index.data().toString();
                const QFontMetrics fm = activities->fontMetrics();
                const int margin =
                    2 * (activities->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
                const QRect cell = activities->visualRect(index);
                const QRect wrapped = fm.boundingRect(QRect(0, 0, cell.width() - margin, 10000),
                                                      Qt::TextWordWrap, text);
                QVERIFY2(wrapped.height() <= cell.height(),
                         qPrintable(u"activity '%1': %2 > %3"_s.arg(text)
                                        .arg(wrapped.height())
                                        .arg(cell.height())));
                for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
                    QVERIFY2(fm.horizontalAdvance(word) <= cell.width() - margin, qPrintable(word));
            }
            for (int c = 1; c < activities->columnCount(); ++c) {
                QVERIFY2(widest(activities, c) <= activities->columnWidth(c),
                         qPrintable(u"delmål %1, activity column %2: %3 > %4"_s.arg(row)
                                        .arg(c)
                                        .arg(widest(activities, c))
                                        .arg(activities->columnWidth(c))));
            }
        }

        // The header takes the lines it needs, no more: the space goes to the chart and table.
        auto* header = view->findChild<QLabel*>(u"headerLabel"_s);
        QVERIFY2(header->height() <= header->heightForWidth(header->width()) + 12,
                 qPrintable(u"header %1 px"_s.arg(header->height())));
    }
};

QTEST_MAIN(TestParticipantView)
#include "tst_participantview.moc"
