#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QLineEdit;

namespace tilltro {

class CaseloadFilter;
class CaseloadModel;
class Database;

/// The main window: the caseload of the open database, with search, and the File and Help
/// menus. Owns the open Database.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing database (closing the current one only when the new one opened).
    /// Shows a message and returns false on failure; the current database stays open then.
    bool openDatabase(const QString& path);
    /// Creates a new, empty database at `path` and opens it.
    bool createDatabase(const QString& path);
    Database* database() const { return m_db.get(); }
    /// Reloads the caseload from the database (e.g. after a change elsewhere).
    void refreshCaseload();

    CaseloadModel* caseloadModel() const { return m_caseload; }
    CaseloadFilter* caseloadFilter() const { return m_filter; }

Q_SIGNALS:
    /// A deltagare was chosen (double-click or Enter) in the caseload.
    void participantActivated(qint64 participantId);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpActions();
    void adopt(std::unique_ptr<Database> db);
    void askWhoIAmIfUnknown();
    void chooseWhoIAm();
    void newDatabaseDialog();
    void openDatabaseDialog();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();
    void updateStatus();
    void showAbout();
    void activateRow(const QModelIndex& proxyIndex);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    CaseloadModel* m_caseload = nullptr;
    CaseloadFilter* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    qint64 m_currentParticipant = 0; ///< kept across filter resets
};

} // namespace tilltro
