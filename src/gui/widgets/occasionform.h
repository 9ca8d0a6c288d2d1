#pragma once

#include <QWidget>

#include <memory>
#include <vector>

#include "core/domain/insats.h"
#include "core/domain/occasion.h"
#include "core/domain/participant.h"
#include "core/instrument/instrument.h"

namespace Ui {
class OccasionForm;
}
class QCheckBox;
class QTimer;

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

class RatingRow;

/// "Deltagaren deltog inte" set (or cleared) on `occasion`. Setting it on an occasion whose
/// deltagare's part has answers asks first (over `parent`) and removes those answers only when
/// the handledare agrees; false (nothing changed) when they do not.
bool setDeltagareAbsent(QWidget* parent, const Instrument& instrument, Occasion& occasion,
                        bool absent);

/// The quarterly SKAPA occasion: the deltagare's part and the handledare's part, built from the
/// instrument definition, filled in by keyboard or mouse.
///
/// Every change is saved to the database as a draft within a fraction of a second (debounced), so
/// closing the window, a crash or a kill loses at most the last moment. A failed save (e.g. a full
/// disk) keeps the answers in memory, says so, and is retried. Completing validates and names what
/// is missing. Editing a completed occasion saves as you go too; storage records every change.
class OccasionForm : public QWidget {
    Q_OBJECT
public:
    /// How long after the last change the draft is written.
    static constexpr int SaveDelayMs = 300;

    /// Opens `occasionId`, or a new occasion when it is 0. Check ok() afterwards: when the data
    /// cannot be read, errorMessage() says why and the form shows nothing to fill in.
    OccasionForm(workspace::Workspace& ws, qint64 participantId, qint64 occasionId = 0,
                 QWidget* parent = nullptr);
    ~OccasionForm() override;

    bool ok() const { return m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    /// The stored occasion's id; 0 while a new occasion has no change yet.
    qint64 occasionId() const { return m_occasion.id; }
    const Occasion& occasion() const { return m_occasion; }
    /// True when changes are waiting to be saved (or a save failed).
    bool hasUnsavedChanges() const { return m_dirty; }

    /// Writes pending changes now. Returns false (and keeps them) when the save failed.
    bool saveNow();
    /// Validates and completes. On failure names what is missing and returns false.
    bool complete();
    /// True when something was typed since the last explicit save (Ctrl+S): Esc asks first then.
    bool hasChangesSinceExplicitSave() const { return m_changedSinceExplicitSave; }

Q_SIGNALS:
    void saved(qint64 occasionId);
    void completed(qint64 occasionId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// A save the team database refused because someone else saved in between: asks whether
    /// to save over it, discard and close, or decide later. True when nothing is left to save.
    bool resolveConflict(const QString& message);

    bool load(qint64 participantId, qint64 occasionId);
    void buildRows();
    void loadPrevious();
    void reloadInsatser();
    void addInsats();
    void editInsats(bool ending);
    void answerChanged(const QString& key, const Answer& answer);
    void markDirty();
    void focusNextRow(RatingRow* from);
    /// The end of the deltagare's part was reached by typing: stop there and say what is next.
    void stopAtEndOfDeltagarePart();
    void updateDeltagareDone();
    /// The deltagare's rows follow "the participant did not take part".
    void showDeltagareAbsent();
    void goToHandledarePart();
    void dateEdited(const QDate& date);
    /// Esc: closes, asking first when something was typed since the last explicit save.
    void closeByEscape();
    void updateTitle();
    void showMissing(const std::vector<QString>& keys);

    std::unique_ptr<Ui::OccasionForm> m_ui;
    workspace::Workspace& m_ws;
    QString m_language;
    QString m_errorMessage;
    Participant m_participant;
    Instrument m_instrument;
    Occasion m_occasion;
    std::vector<InsatsPeriod> m_insatser;
    std::vector<RatingRow*> m_rows; ///< in keyboard order: deltagare part, then handledare part
    int m_deltagareRows = 0;        ///< the first rows of m_rows, the deltagare's part
    QTimer* m_saveTimer = nullptr;
    bool m_dirty = false;
    bool m_resolvingConflict = false;
    bool m_focusedOnce = false;
    bool m_changedSinceExplicitSave = false;
    /// "No intervention ran": BIP's "Typ av insats: ingen", recorded rather than left unsaid.
    QCheckBox* m_noInsatsCheckBox = nullptr;
    QCheckBox* m_absentCheckBox = nullptr;
    QString m_dateMessage; ///< shown while the date field holds a refused date
    QMetaObject::Connection m_focusConnection;
};

} // namespace tilltro::gui
