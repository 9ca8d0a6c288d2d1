// Developer tool, not a test: renders the main screens offscreen to PNG files so a person can
// look at them (README and docs images, reviews at 1280×800 and 800×600).
//
//   tilltro_screenshots OUTDIR [--lang sv|en]

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMetaEnum>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/participantrepository.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/movetoteamdialog.h"
#include "dialogs/participantdialog.h"
#include "dialogs/statisticsdialog.h"
#include "dialogs/teamdatabasedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

void save(QWidget& widget, const QString& path)
{
    QApplication::processEvents();
    widget.grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: tilltro_screenshots OUTDIR [--lang sv|en]" << Qt::endl;
        return 1;
    }
    const QString out = args[1];
    QDir().mkpath(out);
    const int langAt = int(args.indexOf(u"--lang"_s));
    installTranslators(app, langAt > 0 ? args.value(langAt + 1) : u"sv"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.tilltro"_s);
    {
        auto db = Database::create(path);
        if (!db || !fillWithDemoData(*db.value())) {
            QTextStream(stderr) << "could not make the demo database" << Qt::endl;
            return 2;
        }
        // Two participations that end now; the gallring dialog is shown years later (below), so
        // that it has something to show. (A participation cannot end before its latest
        // assessment.)
        ParticipantRepository participants(*db.value());
        for (const auto& [code, days] : {std::pair{u"D-0002"_s, 0}, std::pair{u"D-0005"_s, 1}}) {
            auto found = participants.byCode(code);
            if (!found || !found.value())
                return 2;
            Participant p = *found.value();
            p.endDate = Clock::today();
            p.endReason = days == 0 ? u"flyttat"_s : u"arbete"_s;
            if (auto ended = participants.update(p, Clock::today()); !ended) {
                QTextStream(stderr) << ended.errorMessage() << Qt::endl;
                return 2;
            }
        }
    }
    // The deltagare view at the sizes it is used at most: from a small laptop to a full-HD
    // screen turned towards the deltagare.
    for (const QSize size : {QSize(1024, 700), QSize(1100, 700), QSize(1920, 1080)}) {
        MainWindow window;
        window.resize(size);
        window.show();
        window.openDatabase(path);
        window.selectParticipant(3);
        if (window.openParticipantView(3)) {
            save(window,
                 out + u"/participantview-%1x%2.png"_s.arg(size.width()).arg(size.height()));
        }
    }
    for (const QSize size : {QSize(1280, 800), QSize(800, 600)}) {
        const QString suffix = u"-%1x%2.png"_s.arg(size.width()).arg(size.height());
        MainWindow window;
        window.resize(size);
        window.show();
        window.openDatabase(path);
        save(window, out + u"/caseload"_s + suffix);

        // D-0003 has a draft: "continue it?" is answered yes without showing the box.
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        window.selectParticipant(3);
        if (OccasionForm* form = window.newOccasion()) {
            form->resize(size);
            save(*form, out + u"/occasion-deltagare"_s + suffix);
            form->findChild<QTabWidget*>(u"partsTabWidget"_s)->setCurrentIndex(1);
            save(*form, out + u"/occasion-handledare"_s + suffix);
            auto* area = form->findChild<QScrollArea*>(u"handledareScrollArea"_s);
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
            save(*form, out + u"/occasion-handledare-end"_s + suffix);
            form->close();
        }
        if (ParticipantView* view = window.openParticipantView(3)) {
            save(window, out + u"/participantview"_s + suffix);
            if (auto* tabs = view->findChild<QTabWidget*>(u"chartTabs"_s)) {
                tabs->setCurrentIndex(1);
                save(window, out + u"/participantview-timeline"_s + suffix);
                tabs->setCurrentIndex(0);
            }
            view->setChartedOccasions({}); // nothing ticked: an empty chart must still look sane
            save(window, out + u"/participantview-empty"_s + suffix);
        }
        ParticipantDialog dialog(*window.workspace(), qint64(1), &window);
        dialog.resize(dialog.sizeHint().boundedTo(size));
        dialog.show();
        save(dialog, out + u"/participant"_s + suffix);
        dialog.close();

        // A new insats: the categories with what belongs to each.
        InsatsPeriod period;
        period.participantId = 1;
        period.start = Clock::today();
        InsatsDialog insats(*window.workspace(), period, &window);
        insats.show();
        save(insats, out + u"/insats"_s + suffix);
        insats.close();

        // Seven years on, both participations are past the default five years.
        Clock::setFixedForTests(QDateTime::currentDateTime().addYears(7));
        GallringDialog gallring(*window.workspace(), {}, &window);
        gallring.show();
        save(gallring, out + u"/gallring"_s + suffix);
        gallring.close();
        Clock::resetForTests();
        AuditLogDialog log(*window.workspace(), 3, u"D-0003"_s, &window);
        log.show();
        save(log, out + u"/log-participant"_s + suffix);
        log.close();
        AuditLogDialog whole(*window.workspace(), 0, QString(), &window);
        whole.resize(whole.size().boundedTo(size));
        whole.show();
        save(whole, out + u"/log-all"_s + suffix);
        whole.close();
    }
    // Arkiv › Anslut till teamdatabas…: as first shown, and with what a check said (refused
    // before anything is sent: no server needed).
    {
        TeamDatabaseDialog team;
        team.show();
        save(team, out + u"/teamdatabase.png"_s);
        team.setAddress(u"postgresql://anna@db.kommun.se/tilltro?sslmode=require"_s);
        team.checkConnection();
        team.adjustSize();
        save(team, out + u"/teamdatabase-checked.png"_s);
        // A real server's answer, where the team test's cluster is given (TILLTRO_TEAM_URI, as
        // tests/team/run-team-tests.sh gives it).
        if (const QString uri = qEnvironmentVariable("TILLTRO_TEAM_URI"); !uri.isEmpty()) {
            team.setAddress(uri);
            team.checkConnection();
            team.adjustSize();
            save(team, out + u"/teamdatabase-server.png"_s);
        }
    }
    // Arkiv › Flytta till teamdatabas…: for a file of 12 deltagare, an address given.
    {
        MoveToTeamDialog move(12);
        move.setAddress(
            u"postgresql://anna@db.kommun.se/tilltro?sslrootcert=/etc/ssl/kommun-ca.pem"_s);
        move.show();
        save(move, out + u"/movetoteam.png"_s);
    }
    // The meeting, each step, at a laptop's and a full-HD screen's size (meeting mode is full
    // screen; the offscreen platform's screen is resized to match).
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        const QString suffix = u"-%1x%2.png"_s.arg(size.width()).arg(size.height());
        MainWindow window;
        window.resize(size);
        window.show();
        window.openDatabase(path);
        window.selectParticipant(3);
        for (const bool shared : {true, false}) {
            // D-0003's draft is from an earlier day: "continue it?" is answered yes.
            MessageBox::setNextAnswerForTests(QMessageBox::Yes);
            MeetingWindow* meeting = window.startMeeting(shared);
            if (!meeting)
                continue;
            meeting->setWindowState(Qt::WindowNoState);
            QApplication::processEvents();
            meeting->setGeometry(QRect(QPoint(0, 0), size));
            QApplication::processEvents();
            for (MeetingWindow::Step step : meeting->steps()) {
                meeting->goTo(step);
                const QString name = QString::fromLatin1(
                    QMetaEnum::fromType<MeetingWindow::Step>().valueToKey(int(step)));
                save(*meeting,
                     out + (shared ? u"/meeting-"_s : u"/guided-"_s) + name.toLower() + suffix);
            }
            meeting->goTo(MeetingWindow::Step::Answers);
            meeting->close();
            QApplication::processEvents();
        }
    }
    // The statistics window on a unit of 60 fictional deltagare (the demo's 12 would show
    // mostly "färre än 5", which the handbook explains with this one too).
    {
        const QString unit = dir.filePath(u"unit.tilltro"_s);
        auto db = Database::create(unit);
        DemoOptions options;
        options.participants = 60;
        options.handledare = 4;
        options.withPlans = false;
        options.handoverPercent = 40; // as in BIP
        options.endedPercent = 25;
        if (!db || !fillWithDemoData(*db.value(), options))
            return 2;
        workspace::Workspace ws;
        ws.borrow(*db.value());
        StatisticsDialog stats(ws);
        stats.resize(900, 680);
        stats.show();
        save(stats, out + u"/statistics.png"_s);
        if (auto* tabs = stats.findChild<QTabWidget*>()) {
            tabs->setCurrentIndex(1);
            save(stats, out + u"/statistics-change.png"_s);
        }
        stats.categoryBox()->setCurrentIndex(4); // a small group: "färre än 5"
        save(stats, out + u"/statistics-small-group.png"_s);
    }
    return 0;
}
