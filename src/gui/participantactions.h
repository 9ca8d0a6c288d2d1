#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

#include "report/handlingsplandocument.h"

class QMenu;

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

class MainWindow;
class OccasionForm;

/// The window's Deltagare menu, and its File › Export/Import: each asks what it needs, calls
/// the workspace and says how it went. Owns the open occasion forms (one per deltagare).
/// The views update themselves from the workspace's signals; nothing here refreshes them.
class ParticipantActions : public QObject {
    Q_OBJECT
public:
    ParticipantActions(MainWindow* window, workspace::Workspace& workspace);
    ~ParticipantActions() override;

    void newParticipant();
    void editParticipant();
    void endParticipant();
    void reopenParticipant();
    /// Erases the chosen deltagare after confirmation.
    void eraseParticipant();
    /// Erases the deltagare (the caller has confirmed) all in one transaction: saves and closes
    /// their forms and tabs first. Shows what went wrong under `title`. True when they are
    /// erased, also when a clean-up is still to be completed (which is then said).
    bool eraseParticipants(const std::vector<qint64>& participantIds, const QString& title);
    void showGallring();
    void showParticipantLog();
    void showAuditLog();
    void showSettings();
    /// Asks who the user is when the database does not know yet.
    void askWhoIAmIfUnknown();
    void chooseWhoIAm();

    /// Participant › Action plan (PDF) and Print: the same document, the same options.
    void exportPlanPdf();
    void printPlan();
    /// The same for `participantId`, the dialogs over `parent` (the meeting's window).
    /// With `fixed` options the options dialog is not shown (meeting mode: nothing sensitive).
    void exportPlanPdfFor(qint64 participantId, QWidget* parent,
                          const std::optional<report::ReportOptions>& fixed = std::nullopt);
    void printPlanFor(qint64 participantId, QWidget* parent,
                      const std::optional<report::ReportOptions>& fixed = std::nullopt);
    /// Everything stored about the chosen deltagare as JSON and PDF, in a folder the user
    /// chooses; recorded in the log (so the database must be open for editing).
    void registerExtract();
    /// File › Export (JSON): the chosen deltagare or everyone; asks about sensitive data.
    void exportJson();
    /// File › Import (JSON): all or nothing, with progress.
    void importJson(const QString& path = {});

    /// Opens the occasion form for the chosen deltagare: continues a draft (after asking), asks
    /// for confirmation without a current consent. The form, or nullptr when none was opened.
    OccasionForm* newOccasion();
    OccasionForm* openOccasion(qint64 occasionId);
    OccasionForm* showForm(qint64 participantId, qint64 occasionId);
    /// Fills Deltagare › Open assessment with the chosen deltagare's occasions.
    void fillOpenOccasionMenu(QMenu* menu);
    /// Saves and closes every form (or only `participantId`'s); false when one could not save
    /// and stays open (it says why).
    bool closeForms(qint64 participantId = 0);
    /// Deletes every form at once, no questions asked (the window is going, or the database
    /// is damaged).
    void deleteForms();

private:
    /// Asks the report options and builds the chosen deltagare's document (nullopt: cancelled
    /// or failed, and said so).
    std::optional<report::HandlingsplanDocument>
    chooseReport(qint64 participantId, QWidget* parent,
                 const std::optional<report::ReportOptions>& fixed);
    void say(const QString& message, int milliseconds = 8000);

    MainWindow* m_window;
    workspace::Workspace& m_ws;
    QHash<qint64, QPointer<OccasionForm>> m_forms;
};

} // namespace tilltro::gui
