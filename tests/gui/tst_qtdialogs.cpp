// Qt's own dialogs in Swedish (issue 12 point 10): the non-native file dialog (what tests get
// offscreen, and users on desktops without a native one) and the print preview. Debian 12's
// Qt catalogue for Swedish is Qt 4's qt_sv.qm, which lacks most of what these show; the rest
// comes from src/app/qtstrings.cpp through Tilltro's own translation. The dates of the file
// dialog follow the program's locale, not the system's (the tests run with LC_ALL=C.UTF-8,
// where Qt would write "4 Dec 2026 21:26:56").

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "dialogs/filedialog.h"
#include "i18n.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::gui;

namespace {

QString labelText(const QWidget& dialog, const QString& name)
{
    const auto* label = dialog.findChild<QLabel*>(name);
    return label ? label->text() : u"(no %1)"_s.arg(name);
}

QString toolTip(const QWidget& dialog, const QString& name)
{
    const auto* button = dialog.findChild<QToolButton*>(name);
    return button ? button->toolTip() : u"(no %1)"_s.arg(name);
}

QStringList buttonTexts(const QWidget& dialog)
{
    QStringList texts;
    if (const auto* box = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)) {
        for (const QAbstractButton* button : box->buttons())
            texts << button->text();
    }
    return texts;
}

QStringList headerTexts(const QTreeView& view)
{
    QStringList texts;
    for (int i = 0; i < view.model()->columnCount(view.rootIndex()); ++i)
        texts << view.model()->headerData(i, Qt::Horizontal).toString();
    return texts;
}

QStringList rowTexts(const QAbstractItemView& view)
{
    QStringList texts;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        texts << view.model()->index(row, 0).data().toString();
    return texts;
}

} // namespace

class TestQtDialogs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    /// A non-native dialog on the test folder, shown.
    std::unique_ptr<QFileDialog> fileDialog(QFileDialog::FileMode mode,
                                            QFileDialog::AcceptMode accept)
    {
        auto dialog =
            std::make_unique<QFileDialog>(nullptr, u"Välj"_s, m_dir.path(), u"PDF (*.pdf)"_s);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setFileMode(mode);
        dialog->setAcceptMode(accept);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the file dialog was not shown");
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"Handlingsplan.pdf"_s);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1500, 'x')); // 1,46 KiB
        file.close();
        QVERIFY(installTranslators(*qApp, u"sv"_s));
    }

    void fileDialog_open_swedishLabelsButtonsAndColumns()
    {
        auto dialog = fileDialog(QFileDialog::ExistingFile, QFileDialog::AcceptOpen);
        QCOMPARE(labelText(*dialog, u"lookInLabel"_s), u"Leta i:"_s);
        QCOMPARE(labelText(*dialog, u"fileNameLabel"_s), u"Fil&namn:"_s);
        QCOMPARE(labelText(*dialog, u"fileTypeLabel"_s), u"Filer av typen:"_s);
        const QStringList buttons = buttonTexts(*dialog);
        QVERIFY2(buttons.contains(u"&Öppna"_s), qPrintable(buttons.join(u'|')));
        QVERIFY2(buttons.contains(u"Avbryt"_s), qPrintable(buttons.join(u'|')));
        QCOMPARE(toolTip(*dialog, u"backButton"_s), u"Tillbaka"_s);
        QCOMPARE(toolTip(*dialog, u"forwardButton"_s), u"Framåt"_s);
        QCOMPARE(toolTip(*dialog, u"toParentButton"_s), u"Överordnad mapp"_s);
        QCOMPARE(toolTip(*dialog, u"newFolderButton"_s), u"Skapa ny mapp"_s);
        QCOMPARE(toolTip(*dialog, u"listModeButton"_s), u"Listvy"_s);
        QCOMPARE(toolTip(*dialog, u"detailModeButton"_s), u"Detaljvy"_s);

        const auto* tree = dialog->findChild<QTreeView*>(u"treeView"_s);
        QVERIFY(tree);
        QCOMPARE(headerTexts(*tree).mid(0, 4),
                 (QStringList{u"Namn"_s, u"Storlek"_s, u"Typ"_s, u"Ändringsdatum"_s}));
        // The sidebar's "Computer".
        const auto* sidebar = dialog->findChild<QListView*>(u"sidebar"_s);
        QVERIFY(sidebar);
        QVERIFY2(rowTexts(*sidebar).contains(u"Datorn"_s),
                 qPrintable(rowTexts(*sidebar).join(u'|')));
        // The context menu of the list.
        QStringList actions;
        for (const QAction* action : dialog->findChildren<QAction*>())
            actions << action->text();
        for (const QString& expected :
             {u"&Byt namn"_s, u"&Ta bort"_s, u"Visa &dolda filer"_s, u"&Ny mapp"_s})
            QVERIFY2(actions.contains(expected), qPrintable(actions.join(u'|')));
        // Nothing English left in what the dialog says.
        for (const QString& english : {u"Look in"_s, u"Files of type"_s, u"Open"_s, u"Cancel"_s,
                                       u"Computer"_s, u"Date Modified"_s}) {
            QVERIFY2(!labelText(*dialog, u"lookInLabel"_s).contains(english), qPrintable(english));
            QVERIFY2(!buttons.join(u'|').contains(english), qPrintable(english));
        }
    }

    void fileDialog_folder_chooseButton()
    {
        auto dialog = fileDialog(QFileDialog::Directory, QFileDialog::AcceptOpen);
        QCOMPARE(labelText(*dialog, u"fileNameLabel"_s), u"Mapp:"_s);
        QVERIFY2(buttonTexts(*dialog).contains(u"&Välj"_s),
                 qPrintable(buttonTexts(*dialog).join(u'|')));
    }

    void fileDialog_save_saveButton()
    {
        auto dialog = fileDialog(QFileDialog::AnyFile, QFileDialog::AcceptSave);
        QVERIFY2(buttonTexts(*dialog).contains(u"&Spara"_s),
                 qPrintable(buttonTexts(*dialog).join(u'|')));
    }

    // QFileSystemModel writes the modification time and the size with QLocale::system(); every
    // chooser of the program shows them in the program's locale (followProgramLocale()).
    void fileDialog_datesAndSizes_inTheProgramsLocale()
    {
        QCOMPARE(QLocale().name(), u"sv_SE"_s);
        auto dialog = fileDialog(QFileDialog::ExistingFile, QFileDialog::AcceptOpen);
        FileDialog::followProgramLocale(*dialog);
        auto* tree = dialog->findChild<QTreeView*>(u"treeView"_s);
        QVERIFY(tree);
        QVERIFY(tree->itemDelegateForColumn(3));
        auto* model = qobject_cast<QFileSystemModel*>(tree->model());
        QVERIFY(model);
        const QModelIndex name = model->index(m_file);
        QVERIFY(name.isValid());
        const QModelIndex date = name.siblingAtColumn(3);
        QTRY_VERIFY(model->lastModified(date).isValid());
        const QString shown = FileDialog::localeText(date);
        QCOMPARE(
            shown,
            QLocale(u"sv_SE"_s).toString(QFileInfo(m_file).lastModified(), QLocale::ShortFormat));
        QVERIFY2(
            QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"_s).match(shown).hasMatch(),
            qPrintable(shown));
        if (QLocale::system().name() != "sv_SE"_L1) {
            // What Qt itself would show here ("4 Dec 2026 21:26:56" under C).
            QVERIFY(model->data(date).toString() != shown);
        }
        QCOMPARE(FileDialog::localeText(name), QString()); // not the name
        // The size, with a Swedish decimal comma: "1,46 KiB" where Qt writes "1.46 KiB".
        QVERIFY(tree->itemDelegateForColumn(1));
        const QString size = FileDialog::localeText(name.siblingAtColumn(1));
        QCOMPARE(size, QLocale(u"sv_SE"_s).formattedDataSize(QFileInfo(m_file).size()));
        QVERIFY2(size.contains(u"1,46"_s), qPrintable(size));
    }

    // The choosers call followProgramLocale() before showing the dialog. (Offscreen, with no
    // native dialog, Qt makes the widgets with the dialog; where it tries a native one first
    // they come when it is shown, which followProgramLocale() also handles.)
    void fileDialog_followProgramLocaleBeforeShown()
    {
        QFileDialog dialog(nullptr, u"Välj"_s, m_dir.path());
        FileDialog::followProgramLocale(dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeView*>(u"treeView"_s);
        QVERIFY(tree);
        QVERIFY(tree->itemDelegateForColumn(1));
        QVERIFY(tree->itemDelegateForColumn(3));
        QCOMPARE(tree->itemDelegateForColumn(1), tree->itemDelegateForColumn(3));
        QVERIFY(!tree->itemDelegateForColumn(0));
    }

    // The context menu of a notes field (Qt 4's qt_sv.qm has it only for one-line fields).
    void textEditContextMenu_swedish()
    {
        QPlainTextEdit edit;
        edit.setPlainText(u"Anteckning"_s);
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text().section(u'\t', 0, 0);
        }
        QCOMPARE(texts, (QStringList{u"&Ångra"_s, u"&Gör om"_s, u"Klipp &ut"_s, u"&Kopiera"_s,
                                     u"Klistra &in"_s, u"Ta bort"_s, u"Markera alla"_s}));
    }

    void printPreview_swedishTitleAndActions()
    {
        QPrinter printer;
        printer.setDocName(u"Handlingsplan D-0001"_s);
        QPrintPreviewDialog preview(&printer);
        QVERIFY2(preview.windowTitle().startsWith(u"Förhandsgranskning"_s),
                 qPrintable(preview.windowTitle()));
        QVERIFY(!preview.windowTitle().contains(u"Print Preview"_s));
        QStringList actions;
        for (const QAction* action : preview.findChildren<QAction*>())
            actions << action->text();
        for (const QString& expected :
             {u"Nästa sida"_s, u"Föregående sida"_s, u"Anpassa till bredden"_s, u"Zooma in"_s,
              u"Stående"_s, u"Liggande"_s, u"Skriv ut"_s, u"Sidinställningar"_s})
            QVERIFY2(actions.contains(expected), qPrintable(actions.join(u'|')));
    }
};

QTEST_MAIN(TestQtDialogs)
#include "tst_qtdialogs.moc"
