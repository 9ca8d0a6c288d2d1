// Test driver for the AT-SPI test (tst_a11y_atspi.py, docs/accessibility.md): opens Tilltro's
// screens on the demo database, one at a time, as the reading script asks on stdin.
//
//   tilltro_a11y_driver            reads commands, one a line:
//     list           prints "screens NAME NAME …"
//     show NAME      closes the screen shown, opens NAME, prints "shown NAME" (or "error …")
//     radars         prints "radars PATH …": the AT-SPI paths of the radar charts shown
//     contrast dark|light   sets a high-contrast palette (white on black, black on white)
//     grab FILE      saves the top window shown as a PNG (to look at, not a check)
//     focus          prints "focus CLASS#NAME active NAME": the keyboard focus, for messages
//     whois PATH     prints "object CLASS#NAME in …" for an AT-SPI object path of the driver
//     quit           exits
//
// Each screen is a real window of the program (the main window, the occasion form, the
// meeting window, every dialog) shown non-modally, so the event loop keeps answering the
// accessibility bus while the script reads the tree.

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QMetaEnum>
#include <QPalette>
#include <QPointer>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <map>
#include <unistd.h>

#include "chart/radarchart.h"
#include "core/domain/insats.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/blankformdialog.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/handledaredialog.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "dialogs/reportoptionsdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/statisticsdialog.h"
#include "i18n.h"
#include "lock/lockpassworddialog.h"
#include "lock/lockscreen.h"
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

namespace {

constexpr qint64 Participant = 3; // D-0003: occasions, a plan, insatser and a draft

class Driver {
public:
    explicit Driver(QString path)
        : m_path(std::move(path))
    {
    }

    QStringList screens() const
    {
        QStringList names;
        for (const auto& [name, open] : m_screens)
            names << name;
        return names;
    }

    void setUp()
    {
        add(u"caseload"_s, [this] { return window(); });
        add(u"occasion-deltagare"_s, [this] { return occasion(0); });
        add(u"occasion-handledare"_s, [this] { return occasion(1); });
        add(u"participantview"_s, [this]() -> QWidget* {
            MainWindow* w = window();
            return w->openParticipantView(Participant) ? w : nullptr;
        });
        add(u"participantview-timeline"_s, [this]() -> QWidget* {
            MainWindow* w = window();
            ParticipantView* view = w->openParticipantView(Participant);
            auto* tabs = view ? view->findChild<QTabWidget*>(u"chartTabs"_s) : nullptr;
            if (!tabs)
                return nullptr;
            tabs->setCurrentIndex(1);
            return w;
        });
        for (int i = 0; i < QMetaEnum::fromType<MeetingWindow::Step>().keyCount(); ++i) {
            const auto step =
                MeetingWindow::Step(QMetaEnum::fromType<MeetingWindow::Step>().value(i));
            const QString key = QString::fromLatin1(
                QMetaEnum::fromType<MeetingWindow::Step>().valueToKey(int(step)));
            add(u"meeting-"_s + key.toLower(), [this, step]() -> QWidget* {
                MainWindow* w = window();
                w->selectParticipant(Participant);
                MessageBox::setNextAnswerForTests(QMessageBox::Yes); // continue the draft
                MeetingWindow* meeting = w->startMeeting(false);
                if (!meeting)
                    return nullptr;
                meeting->goTo(step);
                m_extra = meeting;
                return w;
            });
        }
        add(u"dialog-participant"_s, [this] {
            return own(new ParticipantDialog(*window()->workspace(), Participant, window()));
        });
        add(u"dialog-participant-new"_s, [this] {
            return own(new ParticipantDialog(*window()->workspace(), std::nullopt, window()));
        });
        add(u"dialog-insats"_s, [this] {
            InsatsPeriod period;
            period.participantId = Participant;
            period.start = QDate::currentDate();
            return own(new InsatsDialog(*window()->workspace(), period, window()));
        });
        add(u"dialog-settings"_s,
            [this] { return own(new SettingsDialog(*window()->workspace(), window())); });
        add(u"dialog-reportoptions"_s, [this] { return own(new ReportOptionsDialog(window())); });
        add(u"dialog-gallring"_s,
            [this] { return own(new GallringDialog(*window()->workspace(), {}, window())); });
        add(u"dialog-auditlog"_s, [this] {
            return own(
                new AuditLogDialog(*window()->workspace(), Participant, u"D-0003"_s, window()));
        });
        add(u"dialog-statistics"_s,
            [this] { return own(new StatisticsDialog(*window()->workspace(), window())); });
        add(u"dialog-blankform"_s,
            [this] { return own(new BlankFormDialog(window()->workspace(), window())); });
        add(u"dialog-handledare"_s,
            [this] { return own(new HandledareDialog(*window()->workspace(), window())); });
        add(u"dialog-handbook"_s, [this] { return own(new HandbookDialog(window())); });
        add(u"dialog-lockpassword"_s, [this] {
            return own(new LockPasswordDialog(LockPasswordDialog::Purpose::Change, window()));
        });
        add(u"lockscreen"_s, [this] {
            auto* screen = new LockScreen;
            screen->setMode(LockScreen::Mode::Password);
            screen->allowClose(true);
            return own(screen);
        });
    }

    /// Closes what is shown and opens `name`; an empty string when it is shown.
    QString show(const QString& name)
    {
        closeAll();
        const auto found = m_screens.find(name);
        if (found == m_screens.end())
            return u"no screen "_s + name;
        QWidget* shown = found->second();
        if (!shown)
            return u"could not open "_s + name;
        shown->show();
        shown->raise();
        shown->activateWindow();
        if (m_extra) {
            m_extra->show();
            m_extra->raise();
            m_extra->activateWindow();
        }
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        return {};
    }

    /// Saves the top window of the screen shown as a PNG.
    bool grab(const QString& path)
    {
        QWidget* top = m_owned ? m_owned.data() : m_extra ? m_extra.data() : m_window.data();
        QApplication::processEvents();
        return top && top->grab().save(path);
    }

    void closeAll()
    {
        if (m_extra)
            m_extra->close();
        m_extra = nullptr;
        delete m_owned;
        if (m_window) {
            m_window->closeForms();
            m_window->closeParticipantTabs();
            m_window->hide();
            delete m_window;
        }
        QApplication::processEvents();
    }

private:
    void add(const QString& name, std::function<QWidget*()> open)
    {
        m_screens[name] = std::move(open);
    }

    MainWindow* window()
    {
        if (!m_window) {
            // Every screen on its own copy of the demo database: what one screen saves (a
            // meeting continues a draft) does not change the next.
            const QString copy = m_path + u"."_s + QString::number(++m_copies);
            QFile::copy(m_path, copy);
            m_window = new MainWindow;
            m_window->resize(1280, 800);
            m_window->openDatabase(copy);
            m_window->show();
        }
        return m_window;
    }

    QWidget* own(QWidget* widget)
    {
        m_owned = widget;
        return widget;
    }

    QWidget* occasion(int tab)
    {
        MainWindow* w = window();
        w->selectParticipant(Participant);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // continue the draft
        OccasionForm* form = w->newOccasion();
        if (!form)
            return nullptr;
        if (auto* tabs = form->findChild<QTabWidget*>(u"partsTabWidget"_s))
            tabs->setCurrentIndex(tab);
        m_extra = form;
        return w;
    }

    QString m_path;
    int m_copies = 0;
    std::map<QString, std::function<QWidget*()>> m_screens;
    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_owned;
    QPointer<QWidget> m_extra;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"tilltro-a11y-driver"_s);
    QApplication::setQuitOnLastWindowClosed(false); // between two screens none is open
    QStandardPaths::setTestModeEnabled(true);
    app::installTranslators(application, u"sv"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.tilltro"_s);
    {
        auto db = storage::Database::create(path);
        if (!db || !storage::fillWithDemoData(*db.value())) {
            QTextStream(stderr) << "could not make the demo database" << Qt::endl;
            return 2;
        }
    }
    Driver driver(path);
    driver.setUp();

    QTextStream out(stdout);
    // Commands arrive on stdin, possibly several at once: each complete line is one.
    QByteArray pending;
    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    std::function<void(const QByteArray&)> run;
    QObject::connect(&notifier, &QSocketNotifier::activated, &application, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) { // the script is gone
            notifier.setEnabled(false);
            driver.closeAll();
            QCoreApplication::exit(0);
            return;
        }
        pending.append(buffer, qsizetype(got));
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            run(line);
        }
    });
    run = [&](const QByteArray& line) {
        const QString command = QString::fromUtf8(line).trimmed();
        if (command == u"quit"_s) {
            driver.closeAll();
            QCoreApplication::exit(0);
        } else if (command == u"list"_s) {
            out << "screens " << driver.screens().join(u' ') << Qt::endl;
        } else if (command.startsWith(u"whois "_s)) {
            // For failure messages: the Qt object behind an AT-SPI object path, whose last
            // part is QAccessible::uniqueId() of the object's interface.
            const auto id = QAccessible::Id(command.section(u'/', -1).toUInt());
            QAccessibleInterface* iface = QAccessible::accessibleInterface(id);
            QStringList chain;
            for (QObject* o = iface ? iface->object() : nullptr; o && chain.size() < 3;
                 o = o->parent()) {
                chain << QString::fromLatin1(o->metaObject()->className()) + u'#' + o->objectName();
            }
            out << "object " << (chain.isEmpty() ? u"?"_s : chain.join(u" in "_s))
                << (iface ? u" role "_s + QString::number(iface->role(), 16) : QString())
                << Qt::endl;
        } else if (command == u"radars"_s) {
            // The AT-SPI paths of the radar charts shown, for the script to find in the tree.
            QStringList paths;
            for (QWidget* top : QApplication::topLevelWidgets()) {
                for (auto* radar : top->findChildren<chart::RadarChartView*>()) {
                    if (radar->isVisible()) {
                        paths << u"/org/a11y/atspi/accessible/"_s +
                                     QString::number(QAccessible::uniqueId(
                                         QAccessible::queryAccessibleInterface(radar)));
                    }
                }
            }
            out << "radars " << paths.join(u' ') << Qt::endl;
        } else if (command.startsWith(u"contrast "_s)) {
            // A high-contrast palette, as a desktop's accessibility setting gives, to look at.
            const bool dark = command.endsWith(u"dark"_s);
            const QColor ink = dark ? Qt::white : Qt::black;
            const QColor paper = dark ? Qt::black : Qt::white;
            QPalette palette(ink, paper, ink, ink, ink, ink, paper, paper, paper);
            palette.setColor(QPalette::Highlight, dark ? QColor(Qt::yellow) : QColor(Qt::blue));
            palette.setColor(QPalette::HighlightedText, dark ? Qt::black : Qt::white);
            palette.setColor(QPalette::Disabled, QPalette::Text, Qt::gray);
            palette.setColor(QPalette::Disabled, QPalette::WindowText, Qt::gray);
            palette.setColor(QPalette::Disabled, QPalette::ButtonText, Qt::gray);
            QApplication::setPalette(palette);
            out << "contrast " << (dark ? "dark" : "light") << Qt::endl;
        } else if (command.startsWith(u"grab "_s)) {
            out << (driver.grab(command.mid(5)) ? "grabbed" : "error nothing shown") << Qt::endl;
        } else if (command == u"focus"_s) {
            QWidget* focus = QApplication::focusWidget();
            out << "focus "
                << (focus ? QString::fromLatin1(focus->metaObject()->className()) + u'#' +
                                focus->objectName()
                          : u"none"_s)
                << " active "
                << (QApplication::activeWindow() ? QApplication::activeWindow()->objectName()
                                                 : u"none"_s)
                << Qt::endl;
        } else if (command.startsWith(u"show "_s)) {
            const QString name = command.mid(5);
            const QString error = driver.show(name);
            out << (error.isEmpty() ? u"shown "_s + name : u"error "_s + error) << Qt::endl;
        } else {
            out << "error unknown command " << command << Qt::endl;
        }
    };
    out << "ready " << QCoreApplication::applicationPid() << Qt::endl;
    return QApplication::exec();
}
