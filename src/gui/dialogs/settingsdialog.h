#pragma once

#include <QDialog>

#include <memory>

#include "core/domain/gallring.h"

class QComboBox;

namespace Ui {
class SettingsDialog;
}

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// Settings stored with the data: the organisation's name and logo for prints, the retention
/// period for gallring, and which handledare the user is. Also the lock's (LockSettings, in the
/// user's own settings): the idle minutes, saved with OK, and the password, set, changed or
/// removed at once through its own small dialog.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr auto OrganisationKey = "organisation_name";
    static constexpr auto LogoKey = "organisation_logo";
    static constexpr auto RetentionKey = RetentionYearsKey;

    /// `languages` (codes such as "sv", "en", "da") are offered under Språk, `language` chosen;
    /// without them there is no choice of language.
    explicit SettingsDialog(workspace::Workspace& ws, QWidget* parent = nullptr,
                            const QStringList& languages = {}, const QString& language = {});
    ~SettingsDialog() override;
    void accept() override;
    /// The UI language chosen (saved for the next start with OK); the current one when there
    /// was no choice.
    QString chosenLanguage() const;

private:
    void showUser();
    /// Says whether a lock password is set and offers what can be done about it.
    void showPasswordState();
    void editPassword();
    void removePassword();
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    workspace::Workspace& m_ws;
    QComboBox* m_languageBox = nullptr;
    QString m_language;
};

} // namespace tilltro::gui
