#pragma once

// A prepared statement on SQLite's C API, for the reads of many rows at once (the statistics,
// the caseload's signals): each value is read as it is stored, without a QVariant. Storage
// code only; everything else goes through Database::prepare().

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <sqlite3.h>

#include "../result.h"
#include "database.h"

namespace tilltro::storage {

class SqliteStatement {
public:
    SqliteStatement(const Database& db, const char* sql)
        : m_db(db.sqliteHandle())
    {
        if (m_db)
            m_status = sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int position, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (m_status == SQLITE_OK)
            m_status = sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()),
                                         SQLITE_TRANSIENT);
    }
    void bind(int position, const QDate& date) { bind(position, date.toString(Qt::ISODate)); }
    void bind(int position, qint64 value)
    {
        if (m_status == SQLITE_OK)
            m_status = sqlite3_bind_int64(m_statement, position, value);
    }

    /// The next row: true while there is one. After false, error() says whether the rows ran
    /// out (ok) or the read failed.
    bool next()
    {
        if (m_status != SQLITE_OK && m_status != SQLITE_ROW)
            return false;
        m_status = sqlite3_step(m_statement);
        return m_status == SQLITE_ROW;
    }
    Result<void> error() const
    {
        if (!m_db)
            return makeError(Error::Kind::Io, QStringLiteral("The database is not SQLite."));
        if (m_status == SQLITE_DONE || m_status == SQLITE_OK || m_status == SQLITE_ROW)
            return {};
        return makeError(Error::Kind::Io, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    int integer(int column) const { return sqlite3_column_int(m_statement, column); }
    /// The text of `column` (UTF-8), valid until the next step.
    QByteArrayView text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column))
                    : QByteArrayView();
    }
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    /// A date stored as "YYYY-MM-DD"; invalid for NULL or anything else.
    QDate date(int column) const
    {
        const QByteArrayView t = text(column);
        if (t.size() != 10 || t[4] != '-' || t[7] != '-')
            return {};
        const auto digits = [&](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i) {
                if (t[i] < '0' || t[i] > '9')
                    return -1;
                v = v * 10 + (t[i] - '0');
            }
            return v;
        };
        return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_status = SQLITE_MISUSE;
};

} // namespace tilltro::storage
