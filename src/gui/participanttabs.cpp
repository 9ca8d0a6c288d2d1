#include "participanttabs.h"

#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

#include "dialogs/messagebox.h"
#include "widgets/participantview.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {
/// Per database path: the participant ids of the open tabs, and the tab shown.
const auto OpenTabsKey = u"mainWindow/openTabs"_s;
const auto CurrentTabKey = u"mainWindow/currentTab"_s;
} // namespace

ParticipantTabs::ParticipantTabs(QTabWidget* tabs, workspace::Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_ws(workspace)
    , m_undoGroup(new QUndoGroup(this))
{
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ParticipantTabs::close);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ParticipantTabs::currentChanged);
    // The caseload tab cannot be closed.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
}

ParticipantView* ParticipantTabs::view(qint64 participantId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* view = qobject_cast<ParticipantView*>(m_tabs->widget(i));
        if (view && view->participantId() == participantId)
            return view;
    }
    return nullptr;
}

ParticipantView* ParticipantTabs::open(qint64 participantId)
{
    if (!m_ws.isOpen() || participantId == 0)
        return nullptr;
    if (ParticipantView* existing = view(participantId)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto* view = new ParticipantView(m_ws, participantId, m_tabs);
    if (!view->ok()) {
        MessageBox::critical(m_tabs->window(), ParticipantView::tr("Cannot open the participant"),
                             view->errorMessage());
        delete view;
        return nullptr;
    }
    connect(view, &ParticipantView::undoStackChanged, this, [this, view](QUndoStack* stack) {
        if (stack)
            m_undoGroup->addStack(stack);
        if (m_tabs->currentWidget() == view)
            m_undoGroup->setActiveStack(stack);
    });
    connect(view, &ParticipantView::openOccasionRequested, this,
            &ParticipantTabs::openOccasionRequested);
    // The title follows the deltagare (a new name, ended, reopened).
    connect(view, &ParticipantView::titleChanged, this, [this, view] {
        const int index = m_tabs->indexOf(view);
        m_tabs->setTabText(index, view->title());
        m_tabs->setTabToolTip(index, view->title());
    });
    if (QUndoStack* stack = view->undoStack())
        m_undoGroup->addStack(stack);
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, view->title());
    m_tabs->setCurrentIndex(index);
    return view;
}

void ParticipantTabs::close(int index)
{
    if (index <= 0 || index >= m_tabs->count())
        return;
    QWidget* page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete page; // its plan editor saves what is pending
}

void ParticipantTabs::closeOf(qint64 participantId)
{
    if (ParticipantView* found = view(participantId))
        close(m_tabs->indexOf(found));
}

void ParticipantTabs::closeAll()
{
    while (m_tabs->count() > 1)
        close(1);
}

void ParticipantTabs::reloadAll(const std::function<bool(qint64)>& exists)
{
    for (int i = m_tabs->count() - 1; i >= 1; --i) {
        auto* view = qobject_cast<ParticipantView*>(m_tabs->widget(i));
        if (!view)
            continue;
        if (exists(view->participantId()))
            view->reload();
        else
            close(i);
    }
}

void ParticipantTabs::remember() const
{
    if (!m_ws.isOpen())
        return;
    QList<QVariant> ids;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto* view = qobject_cast<ParticipantView*>(m_tabs->widget(i)))
            ids << view->participantId();
    }
    QSettings settings;
    QVariantMap tabs = settings.value(OpenTabsKey).toMap();
    if (ids.isEmpty())
        tabs.remove(m_ws.path());
    else
        tabs.insert(m_ws.path(), ids);
    settings.setValue(OpenTabsKey, tabs);
    QVariantMap current = settings.value(CurrentTabKey).toMap();
    current.insert(m_ws.path(), m_tabs->currentIndex());
    settings.setValue(CurrentTabKey, current);
}

QList<qint64> ParticipantTabs::remembered(int& current) const
{
    QList<qint64> ids;
    if (!m_ws.isOpen())
        return ids;
    const QSettings settings;
    for (const QVariant& id : settings.value(OpenTabsKey).toMap().value(m_ws.path()).toList())
        ids << id.toLongLong();
    current = settings.value(CurrentTabKey).toMap().value(m_ws.path(), 0).toInt();
    return ids;
}

void ParticipantTabs::showCurrent(int index)
{
    m_tabs->setCurrentIndex(index < m_tabs->count() ? index : 0);
}

void ParticipantTabs::currentChanged()
{
    auto* view = qobject_cast<ParticipantView*>(m_tabs->currentWidget());
    m_undoGroup->setActiveStack(view ? view->undoStack() : nullptr);
    Q_EMIT currentViewChanged(view);
}

} // namespace tilltro::gui
