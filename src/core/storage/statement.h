#pragma once

// A prepared statement for the reads of many rows at once (the statistics, the caseload's
// signals): on a database file through SQLite's C API, each value read as it is stored without
// a QVariant; on a team database (PostgreSQL) through the connection's QSqlQuery. Storage code
// only; everything else goes through Database::prepare().
//
// The SQL is SQLite's with numbered placeholders (?1, ?2, ...); for PostgreSQL they become $1,
// $2, ... (the one spelling both share is the numbered one, and the SQL here uses nothing
// else of SQLite's own).

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

#include <sqlite3.h>

#include "../result.h"
#include "database.h"

namespace tilltro::storage {

class Statement {
public:
    Statement(const Database& db, const char* sql)
        : m_db(db.sqliteHandle())
    {
        if (m_db) {
            m_status = sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr);
        } else {
            static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
            m_query = db.prepare(QString::fromUtf8(sql).replace(numbered, QStringLiteral("$\\1")));
            m_status = m_query->lastError().isValid() ? SQLITE_ERROR : SQLITE_OK;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int position, const QString& text)
    {
        if (m_query) {
            bindQuery(position, text);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        if (m_status == SQLITE_OK)
            m_status = sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()),
                                         SQLITE_TRANSIENT);
    }
    void bind(int position, const QDate& date) { bind(position, date.toString(Qt::ISODate)); }
    void bind(int position, qint64 value)
    {
        if (m_query) {
            bindQuery(position, value);
            return;
        }
        if (m_status == SQLITE_OK)
            m_status = sqlite3_bind_int64(m_statement, position, value);
    }

    /// The next row: true while there is one. After false, error() says whether the rows ran
    /// out (ok) or the read failed.
    bool next()
    {
        if (m_status != SQLITE_OK && m_status != SQLITE_ROW)
            return false;
        if (m_query)
            return nextQuery();
        m_status = sqlite3_step(m_statement);
        return m_status == SQLITE_ROW;
    }
    Result<void> error() const
    {
        if (m_query) {
            if (m_status == SQLITE_ERROR)
                return Database::sqlError(*m_query);
            return {};
        }
        if (!m_db)
            return makeError(Error::Kind::Io, QStringLiteral("The statement has no database."));
        if (m_status == SQLITE_DONE || m_status == SQLITE_OK || m_status == SQLITE_ROW)
            return {};
        return makeError(Error::Kind::Io, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    bool isNull(int column) const
    {
        if (m_query)
            return m_query->isNull(column);
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 int64(int column) const
    {
        if (m_query)
            return m_query->value(column).toLongLong();
        return sqlite3_column_int64(m_statement, column);
    }
    int integer(int column) const
    {
        if (m_query)
            return m_query->value(column).toInt();
        return sqlite3_column_int(m_statement, column);
    }
    /// The text of `column` (UTF-8), valid until the next step.
    QByteArrayView text(int column) const
    {
        if (m_query) {
            if (std::size_t(column) >= m_texts.size())
                m_texts.resize(std::size_t(column) + 1);
            if (m_query->isNull(column))
                return {};
            m_texts[std::size_t(column)] = m_query->value(column).toString().toUtf8();
            return m_texts[std::size_t(column)];
        }
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column))
                    : QByteArrayView();
    }
    QString string(int column) const
    {
        if (m_query)
            return m_query->isNull(column) ? QString() : m_query->value(column).toString();
        return QString::fromUtf8(text(column));
    }
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
    void bindQuery(int position, const QVariant& value)
    {
        if (std::size_t(position) > m_bound.size())
            m_bound.resize(std::size_t(position));
        m_bound[std::size_t(position) - 1] = value;
    }
    bool nextQuery()
    {
        if (!m_executed) {
            m_executed = true;
            for (std::size_t i = 0; i < m_bound.size(); ++i)
                m_query->bindValue(int(i), m_bound[i]);
            if (!m_query->exec()) {
                m_status = SQLITE_ERROR;
                return false;
            }
        }
        if (m_query->next())
            return true;
        m_status = m_query->lastError().isValid() ? SQLITE_ERROR : SQLITE_DONE;
        return false;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_status = SQLITE_MISUSE;
    // A team database: the query, its values by position, and the texts handed out.
    std::optional<QSqlQuery> m_query;
    std::vector<QVariant> m_bound;
    bool m_executed = false;
    mutable std::vector<QByteArray> m_texts;
};

} // namespace tilltro::storage
