#include "participantactions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStatusBar>

#include "core/clock.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/handledaredialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "dialogs/reportoptionsdialog.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "report/handlingsplanreport.h"
#include "report/registerextract.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

/// A progress dialog driven by the core's progress callback; Cancel makes the callback say stop.
class ProgressReporter {
public:
    ProgressReporter(QWidget* parent, const QString& text)
        : m_dialog(text, MainWindow::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    exchange::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(std::max(total, 0));
            m_dialog.setValue(std::min(done, std::max(total, 0)));
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace

ParticipantActions::ParticipantActions(MainWindow* window, workspace::Workspace& workspace)
    : QObject(window)
    , m_window(window)
    , m_ws(workspace)
{
}

ParticipantActions::~ParticipantActions() = default;

void ParticipantActions::say(const QString& message, int milliseconds)
{
    m_window->statusBar()->showMessage(message, milliseconds);
}

// --- Deltagare ----------------------------------------------------------------------------------

void ParticipantActions::newParticipant()
{
    if (!m_ws.isOpen())
        return;
    ParticipantDialog dialog(m_ws, std::nullopt, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->selectParticipant(dialog.participant().id);
}

void ParticipantActions::editParticipant()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return;
    ParticipantDialog dialog(m_ws, id, m_window);
    dialog.exec();
}

void ParticipantActions::endParticipant()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return;
    ParticipantDialog dialog(m_ws, id, m_window);
    dialog.startEnding();
    dialog.exec();
}

void ParticipantActions::reopenParticipant()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return;
    const auto answer = MessageBox::question(
        m_window, MainWindow::tr("Reopen participation"),
        MainWindow::tr("Reopen the participation of %1? The end date and reason are removed.")
            .arg(m_window->displayNameOf(id)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (auto r = m_ws.reopenParticipation(id); !r)
        MessageBox::critical(m_window, MainWindow::tr("Cannot reopen"), r.errorMessage());
}

void ParticipantActions::eraseParticipant()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return;
    const QString who = m_window->displayNameOf(id);
    const auto answer = MessageBox::confirm(
        m_window, MainWindow::tr("Erase participant"),
        MainWindow::tr("Erase everything stored about %1: assessments, action plans, "
                       "interventions, consents and history? This cannot be undone. Only a note "
                       "that an erasure took place is kept in the log.")
            .arg(who),
        MainWindow::tr("Erase"));
    if (answer != QMessageBox::Yes)
        return;
    if (eraseParticipants({id}, MainWindow::tr("Erase")))
        say(MainWindow::tr("%1 has been erased.").arg(who));
}

bool ParticipantActions::eraseParticipants(const std::vector<qint64>& ids, const QString& title)
{
    if (!m_ws.isOpen() || ids.empty())
        return false;
    // Nothing of theirs may stay on screen, nor be saved again after the erasure.
    for (qint64 id : ids) {
        if (!closeForms(id)) {
            MessageBox::critical(m_window, title,
                                 MainWindow::tr("An open assessment could not be saved and "
                                                "closed; nothing was erased."));
            return false;
        }
        m_window->closeParticipantTabOf(id);
    }
    auto erased = m_ws.erase(ids);
    if (!erased) {
        MessageBox::critical(m_window, title, erased.errorMessage());
        return false;
    }
    if (!erased.warning().isEmpty())
        MessageBox::warning(m_window, title, erased.warning());
    return true;
}

void ParticipantActions::showGallring()
{
    if (!m_ws.isOpen() || m_ws.isReadOnly())
        return;
    GallringDialog dialog(
        m_ws,
        [this](const std::vector<qint64>& ids) {
            return eraseParticipants(ids, MainWindow::tr("Retention"));
        },
        m_window);
    dialog.exec();
}

void ParticipantActions::showParticipantLog()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return;
    AuditLogDialog dialog(m_ws, id, m_window->displayNameOf(id), m_window);
    dialog.exec();
}

void ParticipantActions::showAuditLog()
{
    if (!m_ws.isOpen())
        return;
    AuditLogDialog dialog(m_ws, 0, QString(), m_window);
    dialog.exec();
}

void ParticipantActions::showSettings()
{
    if (!m_ws.isOpen())
        return;
    SettingsDialog dialog(m_ws, m_window, m_window->languages(), m_window->currentLanguage());
    if (dialog.exec() == QDialog::Accepted)
        m_window->requestLanguage(dialog.chosenLanguage()); // nothing when it is the same
}

void ParticipantActions::askWhoIAmIfUnknown()
{
    if (!m_ws.isOpen())
        return;
    if (auto current = m_ws.currentUser(); current && !current.value())
        chooseWhoIAm();
}

void ParticipantActions::chooseWhoIAm()
{
    if (!m_ws.isOpen())
        return;
    HandledareDialog dialog(m_ws, m_window);
    dialog.exec();
}

// --- Documents and exchange ---------------------------------------------------------------------

std::optional<report::HandlingsplanDocument>
ParticipantActions::chooseReport(qint64 participantId, QWidget* parent,
                                 const std::optional<report::ReportOptions>& fixed)
{
    const qint64 id = participantId;
    if (!m_ws.isOpen() || id == 0)
        return std::nullopt;
    // The chart shows what the participant view shows, when it is open.
    report::ReportOptions base;
    if (ParticipantView* view = m_window->participantView(id))
        base = view->chartReportOptions();
    report::ReportOptions options;
    if (fixed) {
        options = *fixed;
    } else {
        ReportOptionsDialog dialog(parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        options = dialog.options(base);
    }
    auto doc = report::HandlingsplanDocument::build(*m_ws.database(), id, options);
    if (!doc) {
        MessageBox::critical(parent, MainWindow::tr("Action plan"), doc.errorMessage());
        return std::nullopt;
    }
    return std::move(doc).value();
}

void ParticipantActions::exportPlanPdf()
{
    exportPlanPdfFor(m_window->currentParticipantId(), m_window);
}

void ParticipantActions::exportPlanPdfFor(qint64 participantId, QWidget* parent,
                                          const std::optional<report::ReportOptions>& fixed)
{
    auto doc = chooseReport(participantId, parent, fixed);
    if (!doc)
        return;
    const QString suggested = QDir(FileDialog::startFolder()).filePath(doc->suggestedFileName());
    const QString path =
        FileDialog::saveFileName(parent, MainWindow::tr("Action plan (PDF)"), suggested,
                                 MainWindow::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // Read-only: nothing can be recorded, and nothing is (the file is still the person's).
    auto written = m_ws.isReadOnly() ? report::writePdf(*doc, path, m_ws.path())
                                     : report::exportPdf(*m_ws.database(), *doc, path);
    if (!written) {
        MessageBox::critical(parent, MainWindow::tr("Action plan (PDF)"), written.errorMessage());
        return;
    }
    say(MainWindow::tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ParticipantActions::printPlan()
{
    printPlanFor(m_window->currentParticipantId(), m_window);
}

void ParticipantActions::printPlanFor(qint64 participantId, QWidget* parent,
                                      const std::optional<report::ReportOptions>& fixed)
{
    auto doc = chooseReport(participantId, parent, fixed);
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::configurePrinter(&printer, *doc);
    QPrintPreviewDialog preview(&printer, parent);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { report::print(*doc, p); });
    const QString printed = m_ws.path();
    if (preview.exec() == QDialog::Accepted && m_ws.isOpen() && m_ws.path() == printed &&
        !m_ws.isReadOnly()) {
        if (auto r = report::recordPrinted(*m_ws.database(), *doc); !r)
            say(r.errorMessage());
    }
}

void ParticipantActions::registerExtract()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0 || m_ws.isReadOnly())
        return;
    const QString folder = FileDialog::existingDirectory(
        m_window, MainWindow::tr("Register extract: choose a folder"), FileDialog::startFolder());
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    report::RegisterExtractOptions options;
    options.insatsLists = m_ws.insatsLists();
    auto written = report::writeRegisterExtract(*m_ws.database(), id, folder, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(m_window, MainWindow::tr("Register extract"), written.errorMessage());
        return;
    }
    say(MainWindow::tr("Register extract saved in %1: %2 and %3.")
            .arg(QDir::toNativeSeparators(folder), QFileInfo(written->json).fileName(),
                 QFileInfo(written->pdf).fileName()),
        15000);
}

void ParticipantActions::exportJson()
{
    if (!m_ws.isOpen())
        return;
    const qint64 id = m_window->currentParticipantId();
    const CaseloadRow* row = m_window->caseloadRow(id);
    QString code = row ? row->code : QString();
    if (row) {
        const auto scope = MessageBox::question(
            m_window, MainWindow::tr("Export (JSON)"),
            MainWindow::tr("Export only %1? Choose No to export every participant.")
                .arg(row->displayName()),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (scope == QMessageBox::Cancel)
            return;
        if (scope == QMessageBox::No)
            code.clear();
    }
    const auto sensitive = MessageBox::question(
        m_window, MainWindow::tr("Include sensitive information?"),
        MainWindow::tr("Include the answers about violence and risky use, and the case worker's "
                       "notes? They are left out unless you choose Yes."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (sensitive == QMessageBox::Cancel)
        return;
    const QString suggested = QDir(FileDialog::startFolder())
                                  .filePath((code.isEmpty() ? u"tilltro"_s : code) + u".json"_s);
    const QString path = FileDialog::saveFileName(m_window, MainWindow::tr("Export (JSON)"),
                                                  suggested, MainWindow::tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    ProgressReporter progress(m_window, MainWindow::tr("Exporting…"));
    exchange::ExportOptions options;
    options.participantCode = code;
    options.includeSensitive = sensitive == QMessageBox::Yes;
    options.progress = progress.callback();
    auto result = m_ws.exportFile(path, options);
    if (!result) {
        if (!progress.cancelled())
            MessageBox::critical(m_window, MainWindow::tr("Export failed"), result.errorMessage());
        return;
    }
    say(MainWindow::tr("Exported %n participant(s) to %1.", nullptr, int(result->codes.size()))
            .arg(QDir::toNativeSeparators(path)));
}

void ParticipantActions::importJson(const QString& chosen)
{
    if (!m_ws.isOpen())
        return;
    const QString path =
        !chosen.isEmpty()
            ? chosen
            : FileDialog::openFileName(m_window, MainWindow::tr("Import (JSON)"),
                                       FileDialog::startFolder(),
                                       MainWindow::tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ProgressReporter progress(m_window, MainWindow::tr("Importing…"));
    exchange::ImportOptions options;
    options.progress = progress.callback();
    auto result = m_ws.importFile(path, options);
    if (!result) {
        if (!progress.cancelled()) {
            MessageBox::critical(
                m_window, MainWindow::tr("Import failed"),
                MainWindow::tr("Nothing was imported. %1").arg(result.errorMessage()));
        }
        return;
    }
    say(MainWindow::tr("Imported %n participant(s).", nullptr, int(result->codes.size())));
}

// --- Occasion forms ---------------------------------------------------------------------------

void ParticipantActions::fillOpenOccasionMenu(QMenu* menu)
{
    menu->clear();
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return;
    auto occasions = m_ws.occasions(id);
    if (!occasions || occasions.value().empty()) {
        menu->addAction(MainWindow::tr("No assessments yet"))->setEnabled(false);
        return;
    }
    for (auto it = occasions.value().rbegin(); it != occasions.value().rend(); ++it) {
        const QString state = it->state == OccasionState::Completed ? MainWindow::tr("completed")
                                                                    : MainWindow::tr("draft");
        const qint64 occasionId = it->id;
        QAction* action = menu->addAction(u"%1 · %2"_s.arg(it->date.toString(Qt::ISODate), state));
        connect(action, &QAction::triggered, this,
                [this, occasionId] { openOccasion(occasionId); });
    }
}

OccasionForm* ParticipantActions::showForm(qint64 participantId, qint64 occasionId)
{
    // The meeting holds this deltagare's occasion: one editor of it at a time.
    if (MeetingWindow* meeting = m_window->meetingWindow();
        meeting && meeting->participantId() == participantId) {
        meeting->present();
        say(MainWindow::tr("The meeting with this participant is open: the assessment is "
                           "filled in there."));
        return nullptr;
    }
    if (QPointer<OccasionForm> existing = m_forms.value(participantId)) {
        if (occasionId == 0 || existing->occasionId() == occasionId) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
        if (!existing->close())
            return nullptr; // it could not save; it says why
    }
    auto* form = new OccasionForm(m_ws, participantId, occasionId, m_window);
    if (!form->ok()) {
        MessageBox::critical(m_window, MainWindow::tr("Cannot open the assessment"),
                             form->errorMessage());
        delete form;
        return nullptr;
    }
    form->setWindowFlag(Qt::Window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_forms.insert(participantId, form);
    form->show();
    return form;
}

OccasionForm* ParticipantActions::newOccasion()
{
    const qint64 id = m_window->currentParticipantId();
    if (!m_ws.isOpen() || id == 0)
        return nullptr;
    if (QPointer<OccasionForm> existing = m_forms.value(id))
        return showForm(id, 0);
    auto occasions = m_ws.occasions(id);
    if (!occasions) {
        MessageBox::critical(m_window, MainWindow::tr("Cannot read the assessments"),
                             occasions.errorMessage());
        return nullptr;
    }
    for (const Occasion& o : occasions.value()) {
        if (o.state != OccasionState::Draft)
            continue;
        const auto answer = MessageBox::question(
            m_window, MainWindow::tr("Continue the draft?"),
            MainWindow::tr("An assessment from %1 was started but not completed. Continue it?")
                .arg(o.date.toString(Qt::ISODate)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        return answer == QMessageBox::Yes ? showForm(id, o.id) : nullptr;
    }
    const CaseloadRow* row = m_window->caseloadRow(id);
    if (row && !row->hasConsent) {
        const auto answer = MessageBox::question(
            m_window, MainWindow::tr("No consent"),
            MainWindow::tr("No current consent for registration is recorded for %1. Start the "
                           "assessment anyway?")
                .arg(row->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    return showForm(id, 0);
}

OccasionForm* ParticipantActions::openOccasion(qint64 occasionId)
{
    const qint64 id = m_window->currentParticipantId();
    return (m_ws.isOpen() && id != 0) ? showForm(id, occasionId) : nullptr;
}

bool ParticipantActions::closeForms(qint64 participantId)
{
    for (auto it = m_forms.begin(); it != m_forms.end();) {
        if (participantId != 0 && it.key() != participantId) {
            ++it;
            continue;
        }
        if (it.value() && !it.value()->close())
            return false; // it could not save; it stays open and says why
        it = m_forms.erase(it);
    }
    return true;
}

void ParticipantActions::deleteForms()
{
    // Each saves what is pending as it goes (refused, and said, when the file is damaged).
    for (const QPointer<OccasionForm>& form : std::as_const(m_forms))
        delete form.data();
    m_forms.clear();
}

} // namespace tilltro::gui
