#include "filedialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLocale>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTreeView>

#include <optional>

namespace tilltro::gui {

namespace {
std::optional<QString> g_nextAnswer;

/// QFileSystemModel's columns of the size and the modification time.
constexpr int SizeColumn = 1;
constexpr int DateColumn = 3;

/// Draws the size and date columns with FileDialog::localeText().
class ProgramLocaleTexts : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString text = FileDialog::localeText(index);
        if (!text.isEmpty())
            option->text = text;
    }
};

/// Puts ProgramLocaleTexts on the dialog's detail view, which exists only once the dialog has
/// decided against a native dialog (at the latest when it is shown).
void useProgramLocaleTexts(QFileDialog* dialog)
{
    auto* view = dialog->findChild<QTreeView*>(QStringLiteral("treeView"));
    if (!view || dynamic_cast<ProgramLocaleTexts*>(view->itemDelegateForColumn(DateColumn)))
        return;
    auto* delegate = new ProgramLocaleTexts(view);
    view->setItemDelegateForColumn(SizeColumn, delegate);
    view->setItemDelegateForColumn(DateColumn, delegate);
}

class ShowWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto* dialog = qobject_cast<QFileDialog*>(watched))
                useProgramLocaleTexts(dialog);
        }
        return false;
    }
};
} // namespace

void FileDialog::followProgramLocale(QFileDialog& dialog)
{
    useProgramLocaleTexts(&dialog);
    dialog.installEventFilter(new ShowWatcher(&dialog));
}

QString FileDialog::localeText(const QModelIndex& index)
{
    const auto* model = qobject_cast<const QFileSystemModel*>(index.model());
    if (!model)
        return {};
    if (index.column() == SizeColumn)
        return model->isDir(index) ? QString() : QLocale().formattedDataSize(model->size(index));
    if (index.column() != DateColumn)
        return {};
    const QDateTime modified = model->lastModified(index);
    return modified.isValid() ? QLocale().toString(modified, QLocale::ShortFormat) : QString();
}

namespace {
/// What every chooser does: the test's answer when there is one; else a Qt file dialog on
/// `path`, set up by `setUp`, with the program's dates. The first path chosen, or an empty
/// string (cancelled).
template <typename SetUp>
QString choose(QWidget* parent, const QString& caption, const QString& path, const QString& filter,
               SetUp setUp)
{
    if (g_nextAnswer)
        return *g_nextAnswer;
    QFileDialog dialog(parent, caption, path, filter);
    setUp(dialog);
    FileDialog::followProgramLocale(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}
} // namespace

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption,
                                      const QString& startFolder)
{
    // As QFileDialog::getExistingDirectory() does, with the program's dates.
    return choose(parent, caption, startFolder, {}, [](QFileDialog& dialog) {
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
    });
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    // As QFileDialog::getSaveFileName() does, with the program's dates.
    return choose(parent, caption, suggested, filter, [](QFileDialog& dialog) {
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
    });
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption,
                                 const QString& startFolder, const QString& filter)
{
    // As QFileDialog::getOpenFileName() does, with the program's dates.
    return choose(parent, caption, startFolder, filter,
                  [](QFileDialog& dialog) { dialog.setFileMode(QFileDialog::ExistingFile); });
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption,
                                      const QString& startFolder, const QString& filter)
{
    if (g_nextAnswer)
        return g_nextAnswer->isEmpty() ? QStringList() : g_nextAnswer->split(u'\n');
    QFileDialog dialog(parent, caption, startFolder, filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    followProgramLocale(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
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

} // namespace tilltro::gui
