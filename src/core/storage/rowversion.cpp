#include "rowversion.h"

#include <QCoreApplication>
#include <QLocale>

#include "database.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

QString rowVersionColumn(const Database& db)
{
    return db.isServer() ? u"row_version"_s : u"0"_s;
}

QString rowVersionGuard(const Database& db)
{
    return db.isServer() ? u" AND row_version = ? RETURNING row_version"_s : QString();
}

Result<void> execVersioned(Database& db, QSqlQuery& q, qint64& version, const QString& what,
                           const char* entity, qint64 id, const QStringList& differences)
{
    if (auto r = Database::exec(q); !r)
        return r;
    if (!db.isServer())
        return {};
    if (!q.next()) {
        q.finish();
        return staleSave(db, what, entity, id, differences);
    }
    version = q.value(0).toLongLong();
    q.finish();
    return {};
}

Error staleSave(Database& db, const QString& what, const char* entity, qint64 id,
                const QStringList& differences)
{
    // The last change of this very row (not an export, a print, or another occasion's draft).
    QString who;
    QSqlQuery last = db.prepare(u"SELECT os_user, at FROM audit_log WHERE entity = ? AND "
                                u"entity_id = ? AND action IN ('create', 'update') "
                                u"ORDER BY id DESC LIMIT 1"_s);
    last.addBindValue(QString::fromLatin1(entity));
    last.addBindValue(id);
    if (last.exec() && last.next()) {
        who = QCoreApplication::translate("RowVersion", " (%1, %2)")
                  .arg(last.value(0).toString(),
                       QLocale().toString(sql::toTimestamp(last.value(1)).toLocalTime(),
                                          QLocale::ShortFormat));
    }
    last.finish();
    QString message =
        QCoreApplication::translate(
            "RowVersion",
            "Someone else saved %1 in the team database while you were working on it%2. "
            "Nothing was overwritten, and your changes are not saved yet.")
            .arg(what, who);
    if (!differences.isEmpty()) {
        message += u"\n\n"_s + QCoreApplication::translate("RowVersion", "Stored now → yours:") +
                   u"\n"_s + differences.join(u'\n');
    }
    message += u"\n\n"_s + QCoreApplication::translate(
                               "RowVersion", "Open it again to see the stored version, then make "
                                             "your changes there.");
    return makeError(Error::Kind::Stale, message);
}

void addDifference(QStringList& differences, const QString& label, const QString& stored,
                   const QString& yours)
{
    if (stored == yours)
        return;
    const auto line = [](const QString& text) {
        QString one = text.simplified();
        if (one.isEmpty())
            return QCoreApplication::translate("RowVersion", "(empty)");
        if (one.size() > 60)
            one = one.left(59) + u'…';
        return QString(u"“"_s + one + u"”"_s);
    };
    differences << u"• %1: %2 → %3"_s.arg(label, line(stored), line(yours));
}

} // namespace tilltro::storage
