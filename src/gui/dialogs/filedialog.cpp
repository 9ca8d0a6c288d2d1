#include "filedialog.h"

#include <QFileDialog>

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

void FileDialog::setNextAnswerForTests(const QString& path)
{
    g_nextAnswer = path;
}

void FileDialog::resetForTests()
{
    g_nextAnswer.reset();
}

} // namespace tilltro
