#pragma once

// Damages one table of a database file the way a failing disk would: the b-tree page that holds
// the table's root gets an impossible page type. The rest of the file (the header, the schema,
// the other tables) is left as it was, so the file still opens, and SQLite reports the damage
// only when that table is read or the file is checked.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tilltro::test {

/// Returns false when the table was not found or the file could not be written. The database
/// must be closed (and checkpointed) by every program first.
inline bool damageTable(const QString& path, const QString& table)
{
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    const QString name = QStringLiteral("damage-") + table;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?"));
            query.addBindValue(table);
            if (query.exec() && query.next())
                rootPage = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (rootPage < 2 || pageSize < 512)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((rootPage - 1) * pageSize))
        return false;
    // 0x0d is a leaf table page, 0x05 an interior one; 0x7f is no page type at all.
    return file.write(QByteArray(1, '\x7f')) == 1;
}

} // namespace tilltro::test
