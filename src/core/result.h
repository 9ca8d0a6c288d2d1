#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tilltro {

/// Why an operation failed, in words fit for a person (already translated where it comes from
/// core via QCoreApplication::translate). `kind` lets callers choose an exit code or a reaction
/// without parsing the text.
struct Error {
    enum class Kind {
        Invalid,     ///< the input is wrong (bad file, bad value); nothing was changed
        NotFound,    ///< a file or a record does not exist
        Conflict,    ///< a unique value is taken, or the database is locked by someone else
        Unsupported, ///< e.g. a database from a newer version of Tilltro
        Io,          ///< disk full, permission denied, SQLite failure
        /// saved by someone else since it was read (a team database, storage/rowversion.h);
        /// nothing was changed
        Stale,
    };
    Kind kind = Kind::Invalid;
    QString message;
};

namespace detail {

/// What Result<T> and Result<void> share: done, but with something the person must be told
/// (e.g. "erased; the old backups could not all be removed: …"). Empty when there is nothing
/// to add. `Self` is the Result, so withWarning() keeps its type for `return …withWarning(w);`.
template <typename Self> class Warning {
public:
    const QString& warning() const { return m_warning; }
    Self& withWarning(QString warning) &
    {
        m_warning = std::move(warning);
        return static_cast<Self&>(*this);
    }
    Self&& withWarning(QString warning) &&
    {
        m_warning = std::move(warning);
        return static_cast<Self&&>(*this);
    }

private:
    QString m_warning;
};

} // namespace detail

/// A value or an Error. Core reports failure this way instead of throwing or showing dialogs.
template <typename T> class [[nodiscard]] Result : public detail::Warning<Result<T>> {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    /// By value, so `for (auto& x : f().value())` keeps the value alive for the loop (a
    /// reference into the temporary Result would dangle).
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success.
template <> class [[nodiscard]] Result<void> : public detail::Warning<Result<void>> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(Error::Kind kind, QString message)
{
    return Error{kind, std::move(message)};
}

} // namespace tilltro
