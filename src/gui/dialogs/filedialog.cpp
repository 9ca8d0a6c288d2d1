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

void FileDialog::setNextAnswerForTests(const QString& path)
{
    g_nextAnswer = path;
}

void FileDialog::resetForTests()
{
    g_nextAnswer.reset();
}

} // namespace tilltro
