#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace tilltro::gui {

/// Help › Manual (F1): docs/handbok.md, shipped as a resource, shown with Qt's Markdown support
/// (images included) and searchable. Links to the web open in the user's browser; nothing is
/// fetched by the program itself.
class HandbookDialog : public QDialog {
    Q_OBJECT
public:
    explicit HandbookDialog(QWidget* parent = nullptr);

    /// The resource the manual is read from.
    static QString source();

    QTextBrowser* browser() const { return m_browser; }
    /// Finds the next (or previous) occurrence of the search text, wrapping around; false when
    /// there is none. Says so beside the search field.
    bool findNext(bool backward = false);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* m_search = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tilltro::gui
