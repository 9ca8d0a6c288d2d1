#include "filedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <optional>

namespace tilltro {

namespace {
std::optional<QString> g_nextAnswer;
} // namespace

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption,
                                      const QString& startFolder)
{
    if (g_nextAnswer)
        return *g_nextAnswer;
    return QFileDialog::getExistingDirectory(parent, caption, startFolder);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    if (g_nextAnswer)
        return *g_nextAnswer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption,
                                 const QString& startFolder, const QString& filter)
{
    if (g_nextAnswer)
        return *g_nextAnswer;
    return QFileDialog::getOpenFileName(parent, caption, startFolder, filter);
}

QString FileDialog::startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void FileDialog::setNextAnswerForTests(const QString& path)
{
    g_nextAnswer = path;
}

void FileDialog::resetForTests()
{
    g_nextAnswer.reset();
}

} // namespace tilltro
