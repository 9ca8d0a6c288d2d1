#include "caseloadpane.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

#include "core/analysis/caseload.h"
#include "core/analysis/signals.h"
#include "core/clock.h"
#include "mainwindow.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

CaseloadPane::CaseloadPane(QTableView* table, QToolBar* toolBar, workspace::Workspace& workspace,
                           QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_workspace(&workspace)
    , m_caseload(new CaseloadModel(this))
    , m_filter(new CaseloadFilter(this))
    , m_search(new QLineEdit(toolBar))
{
    m_filter->setCaseload(m_caseload);
    table->setModel(m_filter);
    table->sortByColumn(CaseloadModel::CodeColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Column widths from the rows on screen, not from the first thousand of a long caseload
    // (that alone was a sixth of the start-up); the columns stay resizable.
    table->horizontalHeader()->setResizeContentsPrecision(0);
    table->setTabKeyNavigation(false);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT activated(index.data(CaseloadModel::ParticipantIdRole).toLongLong());
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CaseloadPane::currentChanged);
    // Filtering and sorting reset the proxy; keep the chosen deltagare chosen when still shown.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_kept = currentParticipantId(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; m_kept != 0 && r < m_filter->rowCount(); ++r) {
            const QModelIndex index = m_filter->index(r, CaseloadModel::CodeColumn);
            if (index.data(CaseloadModel::ParticipantIdRole).toLongLong() == m_kept) {
                m_table->setCurrentIndex(index);
                m_table->selectRow(r);
                break;
            }
        }
        Q_EMIT currentChanged();
    });

    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(MainWindow::tr("Search…"));
    m_search->setAccessibleName(MainWindow::tr("Search the caseload"));
    m_search->setToolTip(MainWindow::tr("Filter by code, name or case worker (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    setUpSignalsButton(toolBar);
    toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        Q_EMIT listChanged();
    });
    // Down from the search field goes straight into the list.
    m_search->installEventFilter(this);
}

void CaseloadPane::setUpSignalsButton(QToolBar* toolBar)
{
    // A push button, not a tool button: it shows its menu's arrow beside the text, not over it.
    m_signalsButton = new QPushButton(toolBar);
    m_signalsButton->setObjectName(u"signalsPushButton"_s);
    m_signalsButton->setAccessibleName(tr("Filter by signal"));
    m_signalsButton->setToolTip(tr("Show only participants with any of the ticked signals"));
    m_signalsButton->setAutoDefault(false);
    m_signalsMenu = new QMenu(m_signalsButton);
    m_signalsMenu->setObjectName(u"signalsMenu"_s);
    m_signalsMenu->setAccessibleName(tr("Signals to show"));
    m_signalsMenu->setToolTipsVisible(true);
    for (int i = 0; i < BipSignalCount; ++i) {
        const auto signal = BipSignal(i);
        auto* action = new QAction(m_signalsMenu);
        action->setObjectName(u"signalAction_"_s + codeOf(signal));
        action->setCheckable(true);
        action->setToolTip(analysis::signalExplanation(signal));
        connect(action, &QAction::toggled, this, &CaseloadPane::applySignalFilter);
        m_signalsMenu->addAction(action);
        m_signalActions[size_t(i)] = action;
    }
    m_signalsMenu->addSeparator();
    m_showAllAction = m_signalsMenu->addAction(tr("Show all"));
    m_showAllAction->setObjectName(u"signalShowAllAction"_s);
    connect(m_showAllAction, &QAction::triggered, this, [this] {
        for (QAction* action : m_signalActions) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
        applySignalFilter();
    });
    // Ticking several signals one after the other: the menu stays open for a click or Space on
    // a signal; Enter and Escape close it as usual.
    m_signalsMenu->installEventFilter(this);
    m_signalsButton->setMenu(m_signalsMenu);
    toolBar->addWidget(m_signalsButton);
    connect(m_caseload, &QAbstractItemModel::modelReset, this, &CaseloadPane::updateSignalActions);
    updateSignalActions();
    applySignalFilter();
}

void CaseloadPane::applySignalFilter()
{
    SignalSet chosen;
    QStringList words;
    for (int i = 0; i < BipSignalCount; ++i) {
        if (m_signalActions[size_t(i)]->isChecked()) {
            chosen.insert(BipSignal(i));
            words << analysis::signalWord(BipSignal(i));
        }
    }
    // The button says what the list shows, in words: no tick of a menu needs to be remembered.
    if (words.isEmpty())
        m_signalsButton->setText(tr("Signals"));
    else if (words.size() == 1)
        m_signalsButton->setText(tr("Signals: %1").arg(words.front()));
    else
        m_signalsButton->setText(tr("Signals: %n chosen", nullptr, int(words.size())));
    // The style fits the menu arrow against the text: a space's width more on either side.
    m_signalsButton->setMinimumWidth(m_signalsButton->sizeHint().width() +
                                     2 * m_signalsButton->fontMetrics().horizontalAdvance(u' '));
    m_signalsButton->setAccessibleDescription(
        words.isEmpty() ? tr("All participants are shown.")
                        : tr("Shown: participants with any of %1.").arg(words.join(u", "_s)));
    m_showAllAction->setEnabled(!words.isEmpty());
    if (chosen == m_filter->signalFilter())
        return;
    m_filter->setSignalFilter(chosen);
    updateSignalActions();
    Q_EMIT listChanged();
}

void CaseloadPane::updateSignalActions()
{
    for (int i = 0; i < BipSignalCount; ++i) {
        const auto signal = BipSignal(i);
        QAction* action = m_signalActions[size_t(i)];
        const int count = m_caseload->signalCount(signal);
        action->setText(tr("%1 (%2)").arg(analysis::signalWord(signal)).arg(count));
        // A signal no one has cannot narrow the list; one still ticked can always be unticked.
        action->setEnabled(count > 0 || action->isChecked());
    }
}

void CaseloadPane::clearFilters()
{
    m_search->clear();
    m_showAllAction->trigger();
}

QString CaseloadPane::reload()
{
    if (!m_workspace->isOpen()) {
        m_caseload->setRows({});
        Q_EMIT listChanged();
        return {};
    }
    auto rows = m_workspace->caseload(Clock::today());
    if (!rows)
        return rows.errorMessage();
    m_caseload->setRows(std::move(rows).value());
    Q_EMIT listChanged();
    return {};
}

qint64 CaseloadPane::currentParticipantId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CaseloadModel::ParticipantIdRole).toLongLong() : 0;
}

const CaseloadRow* CaseloadPane::row(qint64 participantId) const
{
    for (const CaseloadRow& r : m_caseload->rows()) {
        if (r.participantId == participantId)
            return &r;
    }
    return nullptr;
}

void CaseloadPane::select(qint64 participantId)
{
    auto find = [&]() {
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const QModelIndex index = m_filter->index(r, CaseloadModel::CodeColumn);
            if (index.data(CaseloadModel::ParticipantIdRole).toLongLong() == participantId)
                return index;
        }
        return QModelIndex();
    };
    QModelIndex index = find();
    if (!index.isValid() && m_filter->isNarrowed()) {
        clearFilters();
        index = find();
    }
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
    Q_EMIT currentChanged();
}

void CaseloadPane::showOpened()
{
    m_table->resizeColumnsToContents();
    m_table->setFocus();
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
}

QString CaseloadPane::summary() const
{
    const auto counts = analysis::summarize(m_caseload->rows());
    QStringList parts;
    parts << MainWindow::tr("%n participant(s)", nullptr, counts.active);
    if (counts.overdue > 0)
        parts << MainWindow::tr("%n overdue", nullptr, counts.overdue);
    if (counts.withoutConsent > 0)
        parts << MainWindow::tr("%n without consent", nullptr, counts.withoutConsent);
    if (m_filter->isNarrowed())
        parts << MainWindow::tr("%n shown", nullptr, m_filter->rowCount());
    return parts.join(u" · "_s);
}

bool CaseloadPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_signalsMenu) {
        QAction* action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease)
            action =
                m_signalsMenu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        else if (event->type() == QEvent::KeyPress &&
                 static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space)
            action = m_signalsMenu->activeAction();
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_table->selectRow(0);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tilltro::gui
