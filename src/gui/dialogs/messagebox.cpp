#include "messagebox.h"

#include <QPushButton>

namespace tilltro::gui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
QString g_lastAction;
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent,
                                             const QString& title, const QString& text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    if (g_nextAnswer) {
        g_lastText = text;
        return *g_nextAnswer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // messages may quote file names or user text
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title,
                                                 const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title,
                                                    const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title,
                                                const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::confirm(QWidget* parent, const QString& title,
                                                const QString& text, const QString& action)
{
    if (g_nextAnswer) {
        g_lastText = text;
        g_lastAction = action;
        return *g_nextAnswer == QMessageBox::Yes ? QMessageBox::Yes : QMessageBox::Cancel;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(action);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes ? QMessageBox::Yes : QMessageBox::Cancel;
}

void MessageBox::setNextAnswerForTests(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::resetForTests()
{
    g_nextAnswer.reset();
    g_lastText.clear();
    g_lastAction.clear();
}

QString MessageBox::lastTextForTests()
{
    return g_lastText;
}

QString MessageBox::lastActionForTests()
{
    return g_lastAction;
}

} // namespace tilltro::gui
