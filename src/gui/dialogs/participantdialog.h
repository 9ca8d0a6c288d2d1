#pragma once

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

#include "core/domain/consent.h"
#include "core/domain/handledare.h"
#include "core/domain/participant.h"

class QLabel;
class QPushButton;

namespace Ui {
class ParticipantDialog;
}

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// Registers a new deltagare or edits one: code, name, personnummer, protected identity, goal,
/// start, responsible handledare, ending, and the consents given.
///
/// Nothing is written before OK. Then the deltagare and every new or changed consent are saved
/// in one Database::write(), so a refusal (shown inline, the dialog stays open) saves nothing.
class ParticipantDialog : public QDialog {
    Q_OBJECT
public:
    /// `participantId` nullopt registers a new deltagare; otherwise that one is edited.
    ParticipantDialog(workspace::Workspace& ws, std::optional<qint64> participantId,
                      QWidget* parent = nullptr);
    ~ParticipantDialog() override;

    /// After accept: what was saved (with its id, code and name trimmed, personnummer
    /// normalised).
    Participant participant() const { return m_participant; }
    /// After accept: the consents as saved (with ids).
    std::vector<Consent> consents() const { return m_consents; }

    /// Prepares ending the participation: ticks Ended (today unless already ended) and puts
    /// the focus on the reason, which must be chosen.
    void startEnding();

    void accept() override;

private:
    void load(std::optional<qint64> participantId);
    void fillHandledare();
    void showParticipant();
    Participant editedParticipant() const;

    void validatePersonnummer();
    void fitWrappedLabel(QLabel* label);
    void updateEnding();
    void updateOkEnabled();
    void showError(const QString& message);
    /// Puts the focus on the field the refusal is most likely about; returns it (or nullptr).
    QWidget* focusLikelyCulprit(const Participant& refused);

    void showConsents();
    void updateConsentButtons();
    void openConsentForm();
    void closeConsentForm();
    void updateConsentParty();
    void addConsentFromForm();
    void withdrawSelectedConsent();
    QString consentScopeText(const Consent& consent) const;

    std::unique_ptr<Ui::ParticipantDialog> m_ui;
    workspace::Workspace& m_ws;
    QString m_language; ///< of the instrument's texts: the UI language
    QPushButton* m_okButton = nullptr;
    Handledare m_currentUser;             ///< who records new consents (id 0 if not chosen)
    Participant m_participant;            ///< as loaded, or as saved after accept
    std::vector<Consent> m_consents;      ///< as shown, including unsaved changes
    std::vector<Consent> m_savedConsents; ///< as stored, to find what changed
    bool m_loaded = false;
    bool m_personnummerValid = true;
    /// The field the error shown is about, when known: the error goes once it is put right.
    QWidget* m_errorField = nullptr;
};

} // namespace tilltro::gui
