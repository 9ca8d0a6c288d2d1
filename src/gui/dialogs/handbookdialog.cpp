#include "handbookdialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

/// The manual's screenshots are full-size windows; shown at most this wide they fit the text
/// column without a horizontal scroll bar and stay readable.
constexpr int MaxImageWidth = 640;

class HandbookBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image;
        if (resource.canConvert<QImage>() && resource.typeId() == QMetaType::QImage)
            image = resource.value<QImage>();
        else
            image.loadFromData(resource.toByteArray());
        if (image.isNull() || image.width() <= MaxImageWidth)
            return resource;
        return image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
    }
};

} // namespace

QString HandbookDialog::source()
{
    return u"qrc:/docs/handbok.md"_s;
}

HandbookDialog::HandbookDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"handbookDialog"_s);
    setWindowTitle(tr("Tilltro manual"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);

    auto* searchLabel = new QLabel(tr("&Find:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setAccessibleName(tr("Find in the manual"));
    m_search->setPlaceholderText(tr("Word to find (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto* previous = new QPushButton(tr("&Previous"), this);
    previous->setObjectName(u"previousPushButton"_s);
    auto* next = new QPushButton(tr("&Next"), this);
    next->setObjectName(u"nextPushButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(previous);
    searchRow->addWidget(next);
    searchRow->addWidget(m_status);

    m_browser = new HandbookBrowser(this);
    m_browser->setObjectName(u"handbookTextBrowser"_s);
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    // Links inside the manual are followed; anything else goes to the user's browser.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1 || url.scheme() == "mailto"_L1)
            QDesktopServices::openUrl(url);
    });
    m_browser->setSource(QUrl(source()), QTextDocument::MarkdownResource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a focused button presses it (autoDefault); elsewhere it closes, as in any dialog
    // with only Close, never "whichever button had the focus first". Enter in the search field
    // finds (see keyPressEvent).
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { findNext(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(m_search, &QLineEdit::textChanged, m_status, &QLabel::clear);
    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto* findAgain = new QAction(this);
    findAgain->setShortcut(QKeySequence::FindNext);
    connect(findAgain, &QAction::triggered, this, [this] { findNext(false); });
    addAction(findAgain);
    auto* findBack = new QAction(this);
    findBack->setShortcut(QKeySequence::FindPrevious);
    connect(findBack, &QAction::triggered, this, [this] { findNext(true); });
    addAction(findBack);

    // Room for the text and its screenshots: most of the screen, never more.
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(available.width() * 3 / 5, 1100), available.height() * 4 / 5);
    m_search->setFocus();
}

bool HandbookDialog::findNext(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void HandbookDialog::keyPressEvent(QKeyEvent* event)
{
    // The search field has found already (returnPressed); the dialog must not also press its
    // default button.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        focusWidget() == m_search) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace tilltro::gui
