#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tilltro::gui {

/// Arkiv › Anslut till teamdatabas… (issue 17, docs/team-mode.md): asks for the address of a
/// unit's team database (a libpq URI, `postgresql://anna@db.kommun.se/tilltro?sslrootcert=…`),
/// offering the ones used before, and can check the connection before connecting. It connects
/// nothing itself: the caller opens address() (DatabaseActions::connectTeamDatabaseDialog()).
/// Tilltro never asks for, takes or stores a password; the login is libpq's own.
class TeamDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    /// How many addresses rememberAddress() keeps.
    static constexpr int MaxRemembered = 5;

    explicit TeamDatabaseDialog(QWidget* parent = nullptr);

    /// The address typed or chosen, without surrounding blanks.
    QString address() const;
    void setAddress(const QString& address);

    /// Checks address() with Workspace::checkTeamDatabase() (a wait cursor while it connects)
    /// and shows what was found, or the refusal, below the field. Changes nothing.
    void checkConnection();
    /// The text the last check left (empty before any), for tests.
    QString resultText() const;

    /// The team databases connected to before, newest first (QSettings `teamDatabases`).
    static QStringList rememberedAddresses();
    /// Puts `address` first in rememberedAddresses() (at most MaxRemembered). An address that
    /// holds a password is never stored (parseServerUri() refuses one anyway).
    static void rememberAddress(const QString& address);
    /// A team database as the window title and Arkiv › Öppna senaste name it: "host/database"
    /// ("host:port/database" on another port), never the parameters (certificate paths).
    static QString displayName(const QString& address);

protected:
    /// For a dialog built on this one (MoveToTeamDialog): its own words below the address (also
    /// the address field's accessible description), its own OK button text, and a section of
    /// its own between the check's result and the buttons.
    void setExplanation(const QString& text);
    void setAcceptText(const QString& text);
    void addSection(QWidget* section);
    QPushButton* checkButton() const { return m_check; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

private:
    void updateButtons();

    QComboBox* m_address = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace tilltro::gui
