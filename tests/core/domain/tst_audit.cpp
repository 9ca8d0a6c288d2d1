#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "core/domain/audit.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

/// A wording while every text of the context "Report" is marked «source»: shows that it goes
/// through a translation, under the context the existing translations are filed under.
template <typename F> QString marked(F wording)
{
    const test::ContextTranslator marking("Report", [](const char* source) -> QString {
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    });
    return wording();
}

/// Every value has a key of its own that reads back to it, and a word of its own (not the key),
/// translated in the context "Report"; the key in words is that word.
template <typename E, std::size_t N>
void everyValue_keyRoundTrips_andHasItsOwnWording(const std::array<E, N>& values,
                                                  QString (*keyOfValue)(E),
                                                  std::optional<E> (*valueOfKey)(const QString&),
                                                  QString (*textOf)(E),
                                                  QString (*textOfKey)(const QString&))
{
    QSet<QString> keys;
    QSet<QString> words;
    for (const E value : values) {
        const QString key = keyOfValue(value);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys << key;
        QVERIFY(valueOfKey(key) == value);
        const QString text = textOf(value);
        QVERIFY2(!text.isEmpty() && text != key, qPrintable(key));
        QVERIFY2(!words.contains(text), qPrintable(text));
        words << text;
        QCOMPARE(textOfKey(key), text);
        QCOMPARE(marked([&] { return textOf(value); }), u"«"_s + text + u"»"_s);
    }
}

} // namespace

// The audit log's vocabulary (issue 13): every action and entity has the key the log has
// always stored and a wording for people; keys read back; what this version does not know
// still shows, as stored.
class TestAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The keys are in every database written so far: these lists never lose or change one.
    void actionKeys_exactlyAsStoredBefore()
    {
        QStringList keys;
        for (const AuditAction action : AllAuditActions)
            keys << auditActionKey(action);
        QCOMPARE(keys, (QStringList{u"create"_s, u"update"_s, u"delete"_s, u"erase"_s, u"export"_s,
                                    u"import"_s, u"print"_s, u"extract"_s, u"restore"_s}));
    }

    void entityKeys_exactlyAsStoredBefore()
    {
        QStringList keys;
        for (const AuditEntity entity : AllAuditEntities)
            keys << auditEntityKey(entity);
        QCOMPARE(keys,
                 (QStringList{u"participant"_s, u"occasion"_s, u"plan"_s, u"insats"_s, u"consent"_s,
                              u"handledare"_s, u"auditlog"_s, u"database"_s, u"instrument"_s}));
    }

    // AllAuditActions names every enumerator: one added to the enum but not to the list has a
    // key (the compiler demands a case for it) and fails here.
    void allLists_everyValue()
    {
        for (std::size_t i = 0; i < AllAuditActions.size(); ++i)
            QCOMPARE(int(AllAuditActions[i]), int(i));
        QCOMPARE(auditActionKey(AuditAction(int(AllAuditActions.size()))), QString());
        for (std::size_t i = 0; i < AllAuditEntities.size(); ++i)
            QCOMPARE(int(AllAuditEntities[i]), int(i));
        QCOMPARE(auditEntityKey(AuditEntity(int(AllAuditEntities.size()))), QString());
    }

    void everyAction_keyRoundTrips_andHasItsOwnWording()
    {
        everyValue_keyRoundTrips_andHasItsOwnWording(
            AllAuditActions, auditActionKey, auditActionFromKey, auditActionText, auditActionText);
    }

    void everyEntity_keyRoundTrips_andHasItsOwnWording()
    {
        everyValue_keyRoundTrips_andHasItsOwnWording(
            AllAuditEntities, auditEntityKey, auditEntityFromKey, auditEntityText, auditEntityText);
    }

    void wording_inEnglishSource()
    {
        QCOMPARE(auditActionText(AuditAction::Erase), u"Erased"_s);
        QCOMPARE(auditActionText(AuditAction::Extract), u"Register extract"_s);
        QCOMPARE(auditActionText(AuditAction::Restore), u"Restored"_s);
        QCOMPARE(auditEntityText(AuditEntity::AuditLog), u"Log"_s);
        QCOMPARE(auditEntityText(AuditEntity::Plan), u"Action plan"_s);
        QCOMPARE(auditEntityText(AuditEntity::Database), u"Database"_s);
    }

    // From an older or newer version, or imported: no value, shown as stored (literally).
    void unknownKey_noValue_shownAsStored()
    {
        for (const QString& key :
             {u"frobnicate"_s, u"Export"_s, u" export"_s, u"<i>new</i>"_s, QString()}) {
            QVERIFY(!auditActionFromKey(key));
            QVERIFY(!auditEntityFromKey(key));
            QCOMPARE(auditActionText(key), key);
            QCOMPARE(auditEntityText(key), key);
        }
    }

    // record() stores the keys; an entry with keys this version does not know (restored from
    // an exchange document) reads back with them and still shows.
    void record_storesKeys_unknownEntryStillReadAndShown()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(u"audit.tilltro"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        AuditLog log(*db.value());
        AuditEntry foreign;
        foreign.at = QDateTime::currentDateTimeUtc();
        foreign.osUser = u"someone"_s;
        foreign.action = u"frobnicate"_s;
        foreign.entity = u"gizmo"_s;
        QVERIFY(db.value()
                    ->write([&]() -> Result<void> {
                        if (auto r = log.record(AuditAction::Export, AuditEntity::AuditLog, 0, 0,
                                                u"whole log, 0 entries"_s);
                            !r)
                            return r;
                        return log.restoreEntry(0, foreign);
                    })
                    .ok());
        auto entries = log.all();
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QCOMPARE(entries->size(), std::size_t(2));
        const AuditEntry& ours = entries->at(0);
        QCOMPARE(ours.action, u"export"_s);
        QCOMPARE(ours.entity, u"auditlog"_s);
        QCOMPARE(auditDetailsText(ours.action, ours.entity, ours.details),
                 u"The whole log, 0 entries"_s);
        const AuditEntry& theirs = entries->at(1);
        QCOMPARE(theirs.action, u"frobnicate"_s);
        QCOMPARE(theirs.entity, u"gizmo"_s);
        QCOMPARE(auditActionText(theirs.action), u"frobnicate"_s);
        QCOMPARE(auditEntityText(theirs.entity), u"gizmo"_s);
    }

    void detailsText_wordsEveryStoredCode_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("expected"); // in English, the source language
        QTest::newRow("draft") << u"update"_s << u"occasion"_s << u"draft"_s
                               << u"Draft (not completed)"_s;
        QTest::newRow("completed")
            << u"create"_s << u"occasion"_s << u"completed"_s << u"Completed"_s;
        QTest::newRow("export with sensitive")
            << u"export"_s << u"participant"_s << u"sensitive included"_s
            << u"Sensitive information included"_s;
        QTest::newRow("export without sensitive")
            << u"export"_s << u"participant"_s << u"sensitive left out"_s
            << u"Sensitive information left out"_s;
        QTest::newRow("action plan pdf")
            << u"export"_s << u"participant"_s << u"action plan pdf, sensitive left out"_s
            << u"Action plan as PDF, sensitive information left out"_s;
        QTest::newRow("action plan pdf, sensitive")
            << u"export"_s << u"participant"_s << u"action plan pdf, sensitive included"_s
            << u"Action plan as PDF, sensitive information included"_s;
        QTest::newRow("action plan printed")
            << u"print"_s << u"participant"_s << u"action plan, sensitive left out"_s
            << u"Action plan, sensitive information left out"_s;
        QTest::newRow("action plan printed, sensitive")
            << u"print"_s << u"participant"_s << u"action plan, sensitive included"_s
            << u"Action plan, sensitive information included"_s;
        QTest::newRow("extract") << u"extract"_s << u"participant"_s
                                 << u"register extract: json and pdf"_s << u"As JSON and PDF"_s;
        QTest::newRow("log export, participant")
            << u"export"_s << u"auditlog"_s << u"participant log, 4 entries"_s
            << u"The participant's log, 4 entries"_s;
        QTest::newRow("log export, whole")
            << u"export"_s << u"auditlog"_s << u"whole log, 1 entries"_s
            << u"The whole log, 1 entries"_s;
        QTest::newRow("erasure")
            << u"erase"_s << u"participant"_s << u"occasions=2 insatser=0 plans=1 consents=3"_s
            << u"Removed: 2 assessments, 0 interventions, 1 action plans, 3 consents"_s;
        const QString exported = u"2026-11-24T09:00:00.000Z"_s;
        QTest::newRow("import") << u"import"_s << u"participant"_s
                                << u"exchange format 1, exported "_s + exported
                                << u"Exchange format 1, exported "_s + test::printedTime(exported);
        QTest::newRow("restore") << u"restore"_s << u"database"_s
                                 << u"backup of 2026-11-24T09:00:00Z; erasures applied again: 2"_s
                                 << u"Backup from "_s +
                                        test::printedTime(u"2026-11-24T09:00:00Z"_s) +
                                        u"; erasures made again: 2"_s;
        QTest::newRow("redacted") << u"update"_s << u"occasion"_s << u"redacted"_s
                                  << u"Removed at the erasure"_s;
    }

    // Details are stored as fixed codes and worded in one place: for the log window and the
    // extract alike, each through a translatable string.
    void detailsText_wordsEveryStoredCode()
    {
        QFETCH(QString, action);
        QFETCH(QString, entity);
        QFETCH(QString, details);
        QFETCH(QString, expected);
        QCOMPARE(auditDetailsText(action, entity, details), expected);
        const QString text = marked([&] { return auditDetailsText(action, entity, details); });
        QVERIFY2(text.startsWith(u"«"_s) && text.contains(u"»"_s), qPrintable(text));
    }

    void detailsText_unknownOrEmpty_asStored()
    {
        QCOMPARE(auditDetailsText(u"update"_s, u"occasion"_s, {}), QString());
        QCOMPARE(auditDetailsText(u"update"_s, u"plan"_s, u"something new"_s), u"something new"_s);
        // A code is worded only where it is written: "draft" is an occasion's state.
        QCOMPARE(auditDetailsText(u"update"_s, u"plan"_s, u"draft"_s), u"draft"_s);
        QCOMPARE(auditDetailsText(u"frobnicate"_s, u"gizmo"_s, u"whole log, 3 entries"_s),
                 u"whole log, 3 entries"_s);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
