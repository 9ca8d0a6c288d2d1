#include "ratingrow.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // instrument texts are shown literally
    label->setWordWrap(true);
    return label;
}

QToolButton* choiceButton(const QString& text, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus); // the row is the tab stop
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A large target for a laptop turned to the deltagare, wide enough for the bold chosen state.
    QFont bold = button->font();
    bold.setBold(true);
    // In meeting mode's large type the button grows with it.
    const QFontMetrics metrics(bold);
    button->setMinimumSize(std::max(40, metrics.horizontalAdvance(text) + 20),
                           std::max(36, metrics.height() + 14));
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The chosen answer must stand out at arm's length and in grey scale: filled, bold.
    button->setStyleSheet(u"QToolButton:checked { background: palette(highlight); "
                          u"color: palette(highlighted-text); font-weight: bold; "
                          u"border: 1px solid palette(dark); border-radius: 3px; }"_s);
    return button;
}

QString nonAnswerShortcut(const QString& key)
{
    if (key == "vet_ej"_L1)
        return u"V"_s;
    if (key == "vill_ej_svara"_L1)
        return u"S"_s;
    if (key == "ej_aktuellt"_L1)
        return u"E"_s;
    if (key == "deltagaren_vill_ej"_L1) // Våld and Riskbruk from instrument version 2
        return u"D"_s;
    return {};
}

} // namespace

RatingRow::RatingRow(const Instrument& instrument, const Question& question,
                     const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_key(question.key)
    , m_label(question.label.text(language))
    , m_group(new QButtonGroup(this))
    , m_numeric(question.scale.type == Scale::Type::Numeric)
{
    setObjectName(question.key + u"RatingRow"_s);
    setFocusPolicy(Qt::StrongFocus);
    m_group->setExclusive(false); // we keep exclusivity ourselves so an answer can be cleared

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto* titleRow = new QHBoxLayout;
    auto* title = plainLabel(m_label, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(false);
    titleRow->addWidget(title);
    // The previous answer sits right by the question, faint, so change is visible at a glance.
    m_previousLabel = plainLabel(QString(), this);
    m_previousLabel->setObjectName(u"previousLabel"_s);
    m_previousLabel->setWordWrap(false);
    m_previousLabel->setForegroundRole(QPalette::PlaceholderText);
    m_previousLabel->hide();
    titleRow->addSpacing(12);
    titleRow->addWidget(m_previousLabel);
    titleRow->addStretch(1);
    if (question.sensitive) {
        auto* sensitive = plainLabel(tr("Sensitive — left out of prints unless asked for"), this);
        sensitive->setObjectName(u"sensitiveLabel"_s);
        QFont italic = sensitive->font();
        italic.setItalic(true);
        sensitive->setFont(italic);
        sensitive->setWordWrap(false);
        titleRow->addWidget(sensitive);
    }
    layout->addLayout(titleRow);

    const QString text = question.text.text(language);
    if (!text.isEmpty() && text != m_label)
        layout->addWidget(plainLabel(text, this));

    // Scale buttons in a grid so the verbal anchors sit under the first and last step.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    int column = 0;
    if (m_numeric) {
        for (int v = question.scale.min; v <= question.scale.max; ++v) {
            auto* button = choiceButton(QString::number(v), this);
            m_choices.push_back({Answer::number(v), button});
            grid->addWidget(button, 0, column++);
        }
    } else {
        for (const ScaleOption& option : question.scale.options) {
            auto* button = choiceButton(option.label.text(language), this);
            button->setToolTip(tr("Key %1").arg(++m_optionCount));
            m_choices.push_back({Answer::choice(option.key), button});
            grid->addWidget(button, 0, column++);
        }
    }
    const int scaleColumns = column;
    grid->setColumnMinimumWidth(column++, 16);
    for (const QString& key : question.nonAnswers) {
        const NonAnswerDef* def = instrument.nonAnswer(key);
        auto* button = choiceButton(def ? def->label.text(language) : key, this);
        const QString shortcut = nonAnswerShortcut(key);
        if (!shortcut.isEmpty())
            button->setToolTip(tr("Key %1").arg(shortcut));
        m_choices.push_back({Answer::choice(key), button});
        grid->addWidget(button, 0, column++);
    }
    grid->setColumnStretch(column, 1);
    if (m_numeric && (!question.scale.minLabel.isEmpty() || !question.scale.maxLabel.isEmpty())) {
        auto* low = plainLabel(question.scale.minLabel.text(language), this);
        auto* high = plainLabel(question.scale.maxLabel.text(language), this);
        for (QLabel* anchor : {low, high}) {
            anchor->setForegroundRole(QPalette::PlaceholderText);
            anchor->setWordWrap(false);
        }
        high->setAlignment(Qt::AlignRight | Qt::AlignTop);
        const int half = std::max(1, scaleColumns / 2);
        grid->addWidget(low, 1, 0, 1, half, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(high, 1, half, 1, scaleColumns - half, Qt::AlignRight | Qt::AlignTop);
    }
    layout->addLayout(grid);

    m_missingLabel = plainLabel(tr("Not answered yet"), this);
    m_missingLabel->setObjectName(u"missingLabel"_s);
    QFont missingFont = m_missingLabel->font();
    missingFont.setBold(true);
    m_missingLabel->setFont(missingFont);
    m_missingLabel->hide();
    layout->addWidget(m_missingLabel);

    for (size_t i = 0; i < m_choices.size(); ++i) {
        m_group->addButton(m_choices[i].button, int(i));
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        const Answer& clicked = m_choices[size_t(id)].answer;
        // Clicking the chosen answer again clears it.
        choose(clicked == m_answer ? Answer{} : clicked, false);
    });
    setAccessibleName(m_label);
    updateAccessibleText();
}

void RatingRow::setAnswer(const Answer& answer)
{
    m_answer = answer;
    syncButtons();
}

void RatingRow::setPrevious(const Answer& previous)
{
    m_previousLabel->setVisible(!previous.isEmpty());
    m_previousLabel->setText(previous.isEmpty() ? QString()
                                                : tr("Last time: %1").arg(describe(previous)));
}

void RatingRow::setMissing(bool missing)
{
    m_missingLabel->setVisible(missing && m_answer.isEmpty());
}

QString RatingRow::describe(const Answer& answer) const
{
    const int i = indexOf(answer);
    return i >= 0 ? m_choices[size_t(i)].button->text() : QString();
}

int RatingRow::indexOf(const Answer& answer) const
{
    for (size_t i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].answer == answer)
            return int(i);
    }
    return -1;
}

void RatingRow::choose(const Answer& answer, bool byKey)
{
    const bool changed = !(answer == m_answer);
    m_answer = answer;
    syncButtons();
    if (!answer.isEmpty())
        m_missingLabel->hide();
    if (changed)
        Q_EMIT answerChanged(m_key, m_answer);
    if (byKey && !answer.isEmpty())
        Q_EMIT answeredByKey();
}

void RatingRow::syncButtons()
{
    const int chosen = indexOf(m_answer);
    for (size_t i = 0; i < m_choices.size(); ++i)
        m_choices[i].button->setChecked(int(i) == chosen);
    updateAccessibleText();
}

void RatingRow::updateAccessibleText()
{
    const QString value = describe(m_answer);
    setAccessibleDescription(value.isEmpty() ? tr("Not answered") : tr("Answer: %1").arg(value));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void RatingRow::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (m_numeric) {
            const int value = digit == 0 ? 10 : digit;
            const int i = indexOf(Answer::number(value));
            if (i >= 0) {
                choose(m_choices[size_t(i)].answer, true);
                return;
            }
        } else if (digit >= 1 && digit <= m_optionCount) {
            // A choice scale's options come first in m_choices, in the instrument's order.
            choose(m_choices[size_t(digit - 1)].answer, true);
            return;
        }
        event->accept();
        return;
    }
    const QString text = event->text().toUpper();
    for (const auto& [code, letter] :
         {std::pair{u"vet_ej"_s, u"V"_s}, std::pair{u"vill_ej_svara"_s, u"S"_s},
          std::pair{u"ej_aktuellt"_s, u"E"_s}, std::pair{u"deltagaren_vill_ej"_s, u"D"_s}}) {
        if (text == letter) {
            const int i = indexOf(Answer::choice(code));
            if (i >= 0)
                choose(m_choices[size_t(i)].answer, true);
            event->accept();
            return;
        }
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        choose(Answer{}, false);
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int current = indexOf(m_answer);
        const int count = int(m_choices.size());
        int next = current < 0 ? (key == Qt::Key_Right ? 0 : count - 1)
                               : current + (key == Qt::Key_Right ? 1 : -1);
        next = std::clamp(next, 0, count - 1);
        choose(m_choices[size_t(next)].answer, false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void RatingRow::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void RatingRow::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void RatingRow::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    // A clear focus frame: the person at the keyboard must see which question a digit answers.
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRoundedRect(rect().adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace tilltro::gui
