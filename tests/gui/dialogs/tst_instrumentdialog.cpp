#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/filedialog.h"
#include "dialogs/instrumentdialog.h"
#include "dialogs/messagebox.h"
#include "meeting/meetingwindow.h"
#include "report/handlingsplandocument.h"
#include "testutil.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include "widgets/ratingrow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

// Drives the real Arkiv › Instrument… dialog: the versions listed with their use, a file
// imported through the chooser, a broken one refused with its path and field and nothing
// changed, a version chosen for new assessments; every control named, reachable by keyboard.
class TestInstrumentDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<workspace::Workspace> newWorkspace()
    {
        auto ws = std::make_unique<workspace::Workspace>();
        if (!ws->create(m_dir.filePath(u"instruments%1.tilltro"_s.arg(++m_serial))))
            return nullptr;
        return ws;
    }

    static QString cell(const QTableWidget* table, int row, int column)
    {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        FileDialog::resetForTests();
        MessageBox::resetForTests();
    }

    void listsTheBuiltInDefault_inUse_saidInWords()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        InstrumentDialog dialog(*ws);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        const auto builtIn = Instrument::loadDefault();
        QVERIFY(cell(table, 0, 0).contains(builtIn->name(u"en"_s)) ||
                cell(table, 0, 0).contains(builtIn->name(u"sv"_s)));
        QCOMPARE(cell(table, 0, 1), QString::number(builtIn->version()));
        QCOMPARE(cell(table, 0, 2), u"0"_s);
        QCOMPARE(cell(table, 0, 3), u"Yes"_s);
        QVERIFY(!dialog.useButton()->isEnabled()); // already in use
        QVERIFY(dialog.importButton()->isEnabled());
    }

    void importThroughTheChooser_thenUse()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        InstrumentDialog dialog(*ws);
        FileDialog::setNextAnswerForTests(test::dataPath(u"instruments/minimal.json"_s));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        int minimal = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (cell(table, row, 0).startsWith(u"Minimal"_s)) // Swedish or English
                minimal = row;
        }
        QVERIFY(minimal >= 0);
        QCOMPARE(cell(table, minimal, 3), u"No"_s);
        QVERIFY2(dialog.statusLabel()->text().contains(cell(table, minimal, 0)),
                 qPrintable(dialog.statusLabel()->text()));
        // The imported version is selected: Use makes it the one for new assessments.
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), minimal);
        QVERIFY(dialog.useButton()->isEnabled());
        QTest::mouseClick(dialog.useButton(), Qt::LeftButton);
        QCOMPARE(cell(table, minimal, 3), u"Yes"_s);
        QCOMPARE(cell(table, 1 - minimal, 3), u"No"_s);
        QCOMPARE(ws->instrumentForNewOccasions()->id(), u"minimal"_s);
        QVERIFY(!dialog.useButton()->isEnabled());
    }

    /// What choosing a version changes besides the questions is said under the table: its insats
    /// categories (the job-oriented one in words) and end reasons, and whether they are its own.
    void selectedVersionsInsatsListsShown()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        InstrumentDialog dialog(*ws);
        auto* lists = dialog.findChild<QLabel*>(u"insatsListsLabel"_s);
        QVERIFY(lists);
        QVERIFY2(lists->text().contains(u"built-in"_s), qPrintable(lists->text()));
        const QString jobOriented =
            InsatsLists::defaults().categoryLabel(u"jobbinriktad"_s, QLocale().name().left(2));
        QVERIFY2(lists->text().contains(jobOriented + u" (job-oriented)"_s),
                 qPrintable(lists->text()));
        QCOMPARE(lists->textFormat(), Qt::PlainText);
        QVERIFY(dialog.importFrom(test::dataPath(u"instruments/local-lists.json"_s)));
        QVERIFY2(lists->text().contains(u"own lists"_s), qPrintable(lists->text()));
        QVERIFY2(lists->text().contains(u"Arbetsplatsnära (job-oriented), SFI"_s),
                 qPrintable(lists->text()));
        QVERIFY2(lists->text().contains(u"Anställning, Annat"_s), qPrintable(lists->text()));
        // Chosen for new assessments, the insats dialog and the participant's end offer them.
        QTest::mouseClick(dialog.useButton(), Qt::LeftButton);
        QCOMPARE(ws->insatsLists().jobOrientedCategory(), u"arbetsplats"_s);
    }

    void brokenFileRefused_namingPathAndField_nothingChanged()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        InstrumentDialog dialog(*ws);
        const QString broken = test::dataPath(u"instruments/broken/scale-max-not-greater.json"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!dialog.importFrom(broken));
        const QString shown = MessageBox::lastTextForTests();
        QVERIFY2(shown.contains(QDir::toNativeSeparators(broken)), qPrintable(shown));
        QVERIFY2(shown.contains(u"scale.max"_s), qPrintable(shown));
        QCOMPARE(dialog.statusLabel()->text(), shown);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(ws->auditLog()->empty());
    }

    void newAssessment_usesTheChosenVersion_anOldOneKeepsItsOwn()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Participant anna;
        anna.code = u"A-1"_s;
        anna.startDate = QDate(2026, 1, 15);
        std::vector<Consent> consents;
        QVERIFY(ws->saveParticipant(anna, consents, {}));
        const auto builtIn = Instrument::loadDefault();
        Occasion old;
        old.participantId = anna.id;
        old.date = QDate(2026, 3, 1);
        QVERIFY(ws->saveOccasion(old, builtIn.value()));

        InstrumentDialog dialog(*ws);
        QVERIFY(dialog.importFrom(test::dataPath(u"instruments/minimal.json"_s)));
        QVERIFY(dialog.useSelected());
        const auto minimal = ws->instrumentForNewOccasions();
        QCOMPARE(minimal->id(), u"minimal"_s);

        OccasionForm fresh(*ws, anna.id);
        QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
        QCOMPARE(fresh.findChildren<RatingRow*>().size(), qsizetype(minimal->questions().size()));
        OccasionForm earlier(*ws, anna.id, old.id);
        QVERIFY2(earlier.ok(), qPrintable(earlier.errorMessage()));
        QCOMPARE(earlier.findChildren<RatingRow*>().size(), qsizetype(builtIn->questions().size()));
    }

    void differentVersions_onlyTheSharedIndicatorsCompared_onScreenAndInPrint()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Participant anna;
        anna.code = u"A-2"_s;
        anna.startDate = QDate(2026, 1, 15);
        std::vector<Consent> consents;
        QVERIFY(ws->saveParticipant(anna, consents, {}));
        const auto completed = [&](const Instrument& instrument, const QDate& date) {
            Occasion o;
            o.participantId = anna.id;
            o.date = date;
            o.state = OccasionState::Completed;
            o.completedAt = date.startOfDay();
            for (const Question& q : instrument.questions()) {
                if (q.scale.type == Scale::Type::Numeric)
                    o.answers[q.key] = Answer{5, {}};
            }
            return ws->saveOccasion(o, instrument);
        };
        const auto note = [&] {
            ParticipantView view(*ws, anna.id);
            return view.findChild<QLabel*>(u"changeSummaryLabel"_s)->text();
        };
        const auto printed = [&] {
            auto doc = report::HandlingsplanDocument::build(*ws->database(), anna.id);
            return doc ? doc->changes.versionNote : doc.errorMessage();
        };
        QVERIFY(completed(Instrument::loadDefault().value(), QDate(2026, 3, 1)));
        QVERIFY(completed(Instrument::loadDefault().value(), QDate(2026, 6, 1)));
        QVERIFY2(!note().contains(u"versions"_s), qPrintable(note()));
        QVERIFY2(printed().isEmpty(), qPrintable(printed()));

        auto imported = ws->importInstrument(test::dataPath(u"instruments/minimal.json"_s));
        QVERIFY(imported);
        QVERIFY(ws->setInstrumentForNewOccasions(imported->entry.rowId));
        QCOMPARE(ws->instrumentForNewOccasions()->id(), u"minimal"_s);
        QVERIFY(completed(ws->instrumentForNewOccasions().value(), QDate(2026, 9, 1)));
        const QString expected = u"only the 3 indicator"_s;
        QVERIFY2(note().contains(expected), qPrintable(note()));
        QVERIFY2(printed().contains(expected), qPrintable(printed()));
        // The meeting's result step, which the deltagare sees.
        MeetingWindow meeting(*ws, anna.id, false);
        QVERIFY2(meeting.ok(), qPrintable(meeting.errorMessage()));
        meeting.goTo(MeetingWindow::Step::Result);
        QCOMPARE(meeting.step(), MeetingWindow::Step::Result);
        auto* words = meeting.findChild<QLabel*>(u"changeWordsLabel"_s);
        QVERIFY(words);
        QVERIFY2(words->text().contains(expected), qPrintable(words->text()));
    }

    void everyControlNamed_andReachableByKeyboard()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        InstrumentDialog dialog(*ws);
        QVERIFY(ws->importInstrument(test::dataPath(u"instruments/minimal.json"_s)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            if (widget->focusPolicy() & Qt::TabFocus && widget->isVisible())
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QCOMPARE(dialog.table()->rowCount(), 2); // followed the workspace's signal
        dialog.table()->setFocus();
        QTest::keyClick(dialog.table(), Qt::Key_Home, Qt::ControlModifier);
        const int first = dialog.table()->currentRow();
        QTest::keyClick(dialog.table(), Qt::Key_Down);
        QCOMPARE(dialog.table()->currentRow(), first + 1);
        QCOMPARE(dialog.table()->selectionModel()->selectedRows().first().row(), first + 1);
    }
};

QTEST_MAIN(TestInstrumentDialog)
#include "tst_instrumentdialog.moc"
