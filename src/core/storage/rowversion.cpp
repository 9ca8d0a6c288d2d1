#include "rowversion.h"

#include <QCoreApplication>
#include <QLocale>

#include "auditlog.h"
#include "database.h"

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
                           qint64 participantId, const QStringList& differences)
{
    if (auto r = Database::exec(q); !r)
        return r;
    if (!db.isServer())
        return {};
    if (!q.next()) {
        q.finish();
        return staleSave(db, what, participantId, differences);
    }
    version = q.value(0).toLongLong();
    q.finish();
    return {};
}

Error staleSave(Database& db, const QString& what, qint64 participantId,
                const QStringList& differences)
{
    QString who;
    if (auto newest = AuditLog(db).newestForParticipant(participantId); newest && newest.value()) {
        who = QCoreApplication::translate("RowVersion", " (%1, %2)")
                  .arg(newest.value()->osUser,
                       QLocale().toString(newest.value()->at.toLocalTime(), QLocale::ShortFormat));
    }
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
    return makeError(Error::Kind::Conflict, message);
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
