#pragma once

#include <QCoreApplication>
#include <QLabel>

namespace tilltro::gui {

/// The line under a dialog's controls that says how the last action went: plain text (file
/// names and messages are shown literally), wrapping, selectable to copy a path or an error.
inline QLabel* makeStatusLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("statusLabel"));
    label->setAccessibleName(QCoreApplication::translate("tilltro::gui::StatusLabel", "Status"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    return label;
}

} // namespace tilltro::gui
