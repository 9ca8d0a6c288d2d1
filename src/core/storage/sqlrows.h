#pragma once

// Running a prepared query and reading its rows into domain values. Storage-internal.

#include <QSqlQuery>
#include <QVariant>

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <type_traits>
#include <vector>

#include "../result.h"
#include "database.h"

namespace tilltro::storage {

/// What `read` makes of one row of a query.
template <typename Read> using RowOf = std::invoke_result_t<Read&, const QSqlQuery&>;

/// Executes `q` and reads every row it returns, in order, with `read(q)`.
template <typename Read> Result<std::vector<RowOf<Read>>> readRows(QSqlQuery& q, Read read)
{
    if (auto r = Database::exec(q); !r)
        return r.error();
    std::vector<RowOf<Read>> rows;
    while (q.next())
        rows.push_back(read(q));
    return rows;
}

/// Executes `q` and reads its first row with `read(q)`; nothing when it returns no row.
template <typename Read> Result<std::optional<RowOf<Read>>> readFirstRow(QSqlQuery& q, Read read)
{
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<RowOf<Read>>();
    return std::optional<RowOf<Read>>(read(q));
}

/// Where each of `rows` stands in it, by its `id`: for putting the rows of a second query
/// (answers, delmål) with the row they belong to.
template <typename Row> std::map<qint64, std::size_t> positionsById(const std::vector<Row>& rows)
{
    std::map<qint64, std::size_t> positions;
    for (std::size_t i = 0; i < rows.size(); ++i)
        positions[rows[i].id] = i;
    return positions;
}

/// Binds `values` to the placeholders of the INSERT `q` (its SQL ending in "RETURNING id") in
/// order, executes it and returns the id of the new row. `q` may be run again with other values.
inline Result<qint64> insertRow(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant& value : values)
        q.bindValue(position++, value);
    return Database::execInsert(q);
}

} // namespace tilltro::storage
