#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QModelIndex;
class QWidget;

namespace tilltro::gui {

/// Every file and folder chooser of the program goes through here, so GUI tests can answer
/// them: like MessageBox, a test sets the next answer and no dialog is shown.
class FileDialog {
public:
    /// QFileDialog::getExistingDirectory(): the folder chosen, or an empty string (cancelled).
    static QString existingDirectory(QWidget* parent, const QString& caption,
                                     const QString& startFolder);
    /// QFileDialog::getSaveFileName(): the file to write, or an empty string (cancelled).
    /// `suggested` is a path (folder and name); `filter` as QFileDialog takes it.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    /// QFileDialog::getOpenFileName(): the file to read, or an empty string (cancelled).
    static QString openFileName(QWidget* parent, const QString& caption, const QString& startFolder,
                                const QString& filter);

    /// QFileDialog::getOpenFileNames(): the files to read, or none (cancelled). A test's answer
    /// names several files on separate lines.
    static QStringList openFileNames(QWidget* parent, const QString& caption,
                                     const QString& startFolder, const QString& filter);

    /// Makes a Qt file dialog write its dates and sizes like the rest of the program.
    /// QFileSystemModel writes the Size and Date Modified columns with QLocale::system() ("3.93
    /// KiB", "4 Dec 2026 21:26:56" on a system set to C or English) instead of the program's
    /// locale (set by installTranslators()); this shows them with QLocale(). Takes effect when
    /// the dialog is shown (or at once when its widgets exist); a native dialog is left as it
    /// is. Every chooser here calls it.
    static void followProgramLocale(QFileDialog& dialog);
    /// The Size or Date Modified text of a file dialog's item in the program's locale; empty
    /// for another column, a folder's size or an item without a time.
    static QString localeText(const QModelIndex& index);

    /// Where a chooser starts when nothing better is known: the user's documents folder when it
    /// exists (it often does not on a fresh account), otherwise the home folder. Never a
    /// folder the chooser would then say it cannot find.
    static QString startFolder();

    /// For tests: answer every following chooser with `path` without showing it (an empty path
    /// answers "cancelled").
    static void setNextAnswerForTests(const QString& path);
    static void resetForTests();
};

} // namespace tilltro::gui
