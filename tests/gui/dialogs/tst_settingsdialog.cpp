#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "dialogs/settingsdialog.h"
#include "testutil.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString stored(Database& db, const char* key)
    {
        auto value = SettingsRepository(db).value(QString::fromLatin1(key));
        return value && value.value() ? *value.value() : QString();
    }

private Q_SLOTS:
    void accept_storesOrganisationAndRetention()
    {
        auto db = Database::create(m_dir.filePath(u"s1.tilltro"_s));
        QVERIFY(db.ok());
        SettingsDialog dialog(test::lend(*db.value()));
        dialog.findChild<QLineEdit*>(u"organisationLineEdit"_s)->setText(u"  <b>Förbundet</b> "_s);
        dialog.findChild<QSpinBox*>(u"retentionSpinBox"_s)->setValue(7);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored(*db.value(), SettingsDialog::OrganisationKey), u"<b>Förbundet</b>"_s);
        QCOMPARE(stored(*db.value(), SettingsDialog::RetentionKey), u"7"_s);
        SettingsDialog again(test::lend(*db.value()));
        QCOMPARE(again.findChild<QSpinBox*>(u"retentionSpinBox"_s)->value(), 7);
    }

    void language_offeredByOwnName_savedForTheNextStart()
    {
        auto db = Database::create(m_dir.filePath(u"lang.tilltro"_s));
        QVERIFY(db.ok());
        QSettings().remove(u"ui/language"_s);
        {
            SettingsDialog plain(test::lend(*db.value()));
            QVERIFY(!plain.findChild<QComboBox*>(u"languageComboBox"_s)); // no choice given
        }
        SettingsDialog dialog(test::lend(*db.value()), nullptr, {u"en"_s, u"da"_s, u"sv"_s},
                              u"sv"_s);
        auto* box = dialog.findChild<QComboBox*>(u"languageComboBox"_s);
        QVERIFY(box);
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->currentText(), u"Svenska"_s);
        QCOMPARE(box->itemText(box->findData(u"da"_s)), u"Dansk"_s);
        QVERIFY(!box->accessibleName().isEmpty());
        QCOMPARE(dialog.chosenLanguage(), u"sv"_s);
        box->setCurrentIndex(box->findData(u"da"_s));
        dialog.accept();
        QCOMPARE(dialog.chosenLanguage(), u"da"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"da"_s);
        QSettings().remove(u"ui/language"_s);
    }

    void retention_unusableStoredValue_saidNotHidden()
    {
        auto db = Database::create(m_dir.filePath(u"s3.tilltro"_s));
        QVERIFY(db.ok());
        QVERIFY(SettingsRepository(*db.value())
                    .setValue(QString::fromLatin1(SettingsDialog::RetentionKey), u"tio"_s)
                    .ok());
        SettingsDialog dialog(test::lend(*db.value()));
        const QString error = dialog.findChild<QLabel*>(u"errorLabel"_s)->text();
        QVERIFY2(error.contains(u"tio"_s) && error.contains(u"retention period"_s),
                 qPrintable(error));
    }

    void accept_unreadableLogo_refusedAndNothingStored()
    {
        auto db = Database::create(m_dir.filePath(u"s2.tilltro"_s));
        QVERIFY(db.ok());
        const QString notAnImage = m_dir.filePath(u"logo.png"_s);
        QVERIFY(test::writeFile(notAnImage, "inte en bild"));
        SettingsDialog dialog(test::lend(*db.value()));
        dialog.findChild<QLineEdit*>(u"organisationLineEdit"_s)->setText(u"Förbundet"_s);
        dialog.findChild<QLineEdit*>(u"logoLineEdit"_s)->setText(notAnImage);
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!dialog.findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
        QVERIFY(stored(*db.value(), SettingsDialog::OrganisationKey).isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
