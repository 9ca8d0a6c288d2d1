#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "dialogs/blankformdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "report/pdftools.h"
#include "testutil.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

// "Blankett för deltagaren…": easy-read and the language chosen by keyboard, the PDF saved
// through the program's file chooser (answered by the test) or printed, a refused path said
// and nothing written, and never over the open database.
class TestBlankFormDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray head(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(u"sv_SE"_s));
    }

    void cleanup()
    {
        FileDialog::resetForTests();
        MessageBox::resetForTests();
    }

    void controls_areNamed_andReachedByKeyboard()
    {
        BlankFormDialog dialog(nullptr);
        QVERIFY(!dialog.easyReadBox()->accessibleName().isEmpty());
        QVERIFY(!dialog.languageBox()->accessibleName().isEmpty());
        for (auto* button : dialog.findChildren<QPushButton*>())
            QVERIFY2(!button->text().isEmpty(), qPrintable(button->objectName()));
        // The UI language is the form's language to begin with.
        QCOMPARE(dialog.languageBox()->currentData().toString(), u"sv"_s);
        QVERIFY(!dialog.easyReadBox()->isChecked());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Its mnemonic ticks easy-read; the language label leads to the combo box.
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(dialog.easyReadBox()->isChecked()); // animateClick()
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(dialog.languageBox()->hasFocus());
        QTest::keyClick(dialog.languageBox(), Qt::Key_Down);
        QCOMPARE(dialog.options().language, u"en"_s);
        QVERIFY(dialog.options().easyRead);
    }

    void savePdf_throughTheFileChooser_writesTheFormAsChosen()
    {
        BlankFormDialog dialog(nullptr);
        dialog.easyReadBox()->setChecked(true);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
        const QString path = m_dir.filePath(u"easy-en.pdf"_s);
        FileDialog::setNextAnswerForTests(path);
        dialog.findChild<QPushButton*>(u"savePdfButton"_s)->click();
        QCOMPARE(head(path), QByteArray("%PDF-"));
        QVERIFY2(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed to read the form back (apt-get install poppler-utils)");
        const QString text = test::pdfText(path);
        const auto instrument = Instrument::loadDefault().value();
        const auto easy = easyReadTexts(instrument).value();
        for (const auto& [key, texts] : easy)
            QVERIFY2(text.contains(texts.text.text(u"en"_s)), qPrintable(key));
        QVERIFY(!text.contains(u"Tilltro"_s));
    }

    void cancelledChooser_writesNothing()
    {
        BlankFormDialog dialog(nullptr);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        FileDialog::setNextAnswerForTests(QString());
        dialog.findChild<QPushButton*>(u"savePdfButton"_s)->click();
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
        QVERIFY(dialog.statusLabel()->text().isEmpty());
    }

    void refusedPath_isSaid_andNothingWritten()
    {
        BlankFormDialog dialog(nullptr);
        const QString missing = m_dir.filePath(u"no-such-folder/form.pdf"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!dialog.savePdf(missing));
        QVERIFY2(MessageBox::lastTextForTests().contains(
                     QDir::toNativeSeparators(m_dir.filePath(u"no-such-folder"_s))),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(dialog.statusLabel()->text().isEmpty());
    }

    void openDatabase_isNeverWrittenOver()
    {
        const QString dbPath = m_dir.filePath(u"caseload.tilltro"_s);
        auto db = storage::Database::create(dbPath);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        auto& ws = test::lend(*db.value());
        BlankFormDialog dialog(&ws);
        const QByteArray before = test::fileHash(dbPath);
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!dialog.savePdf(dbPath));
        QCOMPARE(test::fileHash(dbPath), before);
    }

    void printOn_paintsTheForm()
    {
        BlankFormDialog dialog(nullptr);
        QPrinter printer(QPrinter::HighResolution);
        const QString path = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QVERIFY(dialog.printOn(&printer));
        QCOMPARE(head(path), QByteArray("%PDF-"));
        QVERIFY(printer.docName().startsWith(Instrument::loadDefault()->name(u"sv"_s)));
    }
};

QTEST_MAIN(TestBlankFormDialog)
#include "tst_blankformdialog.moc"
