#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace tilltro {

// The domain's enums are stored and exchanged as fixed words ("jobbinriktad", "export",
// "ej_paborjat", ...). Each has one table of {value, key} pairs, read both ways by keyOf() and
// fromKey(), so a key is written in one place only. The keys are in every database and
// exchange document written so far: they never change. A table may also give each value its
// word for people (wordOf()).

/// One value of `E`, its key (ASCII) and, where people read it, its word: the source text of
/// its translation (QT_TRANSLATE_NOOP), translated where it is shown.
template <typename E> struct EnumKey {
    E value;
    const char* key;
    const char* word = nullptr;
};

/// A table of every value of `E` with its key.
template <typename E, std::size_t N> using EnumKeys = std::array<EnumKey<E>, N>;

/// True when `table` lists the values 0, 1, ... N - 1 of `E`, in that order: with a
/// static_assert, a value left out, listed twice or out of order does not compile.
template <typename E, std::size_t N> constexpr bool inDeclarationOrder(const EnumKeys<E, N>& table)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].value != E(i))
            return false;
    }
    return true;
}

/// The entry of `value`; nullptr when the table does not list it.
template <typename E, std::size_t N>
constexpr const EnumKey<E>* entryOf(const EnumKeys<E, N>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

/// The key of `value`; empty when the table does not list it.
template <typename E, std::size_t N> QString keyOf(const EnumKeys<E, N>& table, E value)
{
    const EnumKey<E>* entry = entryOf(table, value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

/// The word of `value` (untranslated); nullptr when the table does not list it or gives none.
template <typename E, std::size_t N>
constexpr const char* wordOf(const EnumKeys<E, N>& table, E value)
{
    const EnumKey<E>* entry = entryOf(table, value);
    return entry ? entry->word : nullptr;
}

/// The value whose key is `key` exactly (case and all); none for a key the table does not have.
template <typename E, std::size_t N>
std::optional<E> fromKey(const EnumKeys<E, N>& table, const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

/// The table of a stored enum, specialised next to the enum: `static constexpr EnumKeys<E, N>
/// table`. codeOf() and fromCode() read it.
template <typename E> struct EnumCodes;

/// The stored code of `value` ("jobbinriktad", "ej_paborjat", ...).
template <typename E> QString codeOf(E value)
{
    return keyOf(EnumCodes<E>::table, value);
}

/// The value stored as `code`; none for a code this version does not know.
template <typename E> std::optional<E> fromCode(const QString& code)
{
    return fromKey(EnumCodes<E>::table, code);
}

/// The word for a stored key, or the key itself when this version does not know it (written by
/// a newer version, or imported): a record is always shown as it was written.
template <typename E>
QString wordOrKey(const QString& key, std::optional<E> (*parse)(const QString&), QString (*word)(E))
{
    const std::optional<E> value = parse(key);
    return value ? word(*value) : key;
}

} // namespace tilltro
