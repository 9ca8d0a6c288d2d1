#pragma once

#include <QString>

class QWidget;

namespace tilltro {

/// File and folder choosers that GUI tests can answer: like MessageBox, a test sets the next
/// answer and the dialog is not shown. Only the choosers added here have the seam; the rest of
/// the program still calls QFileDialog directly.
class FileDialog {
public:
    /// QFileDialog::getExistingDirectory(): the folder chosen, or an empty string (cancelled).
    static QString existingDirectory(QWidget* parent, const QString& caption,
                                     const QString& startFolder);

    /// For tests: answer every following chooser with `path` without showing it (an empty path
    /// answers "cancelled").
    static void setNextAnswerForTests(const QString& path);
    static void resetForTests();
};

} // namespace tilltro
