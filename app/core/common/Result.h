#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace csirtkit {

// Why an operation failed. The GUI and the CLI show `Error::message`; tests and callers branch on
// `code`.
enum class ErrorCode {
    NotFound,
    NotSqlite,
    ForeignDatabase,
    NewerVersion,
    Corrupt,
    ReadOnly,
    Locked,
    Io,
    Invalid,
    Database,
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message; // a full sentence: what happened and what to do
};

// A value or an Error. Small on purpose; use like std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    T value() && { return std::get<0>(std::move(m_data)); } // by value: `for (x : f().value())` must not dangle
    const T &value() const & { return std::get<0>(m_data); }
    const Error &error() const { return std::get<1>(m_data); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::get<0>(std::move(m_data)); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace csirtkit
