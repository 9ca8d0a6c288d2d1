#pragma once

// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp); see docs/fuzzing.md.

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "core/clock.h"

namespace tilltro::fuzz {

/// Stops the run on a broken invariant. abort() is what the driver and libFuzzer both treat as
/// a crash: they keep the input that caused it.
[[noreturn]] inline void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

/// The "today" of every fuzz run, so a run does not depend on the day it is made.
inline QDate fixedToday()
{
    return QDate(2026, 11, 24);
}

/// Fixes Clock to noon (local time) of fixedToday().
inline void fixClock()
{
    Clock::setFixedForTests(QDateTime(fixedToday(), QTime(12, 0)));
}

/// Counts what became of the inputs (e.g. "refused", "imported") and prints the counts when the
/// program ends, so a run shows how deep the inputs got, not just that nothing crashed.
class Outcomes {
public:
    explicit Outcomes(const char* target)
        : m_target(target)
    {
    }
    ~Outcomes()
    {
        std::string line;
        for (const auto& [outcome, count] : m_counts)
            line += (line.empty() ? "" : ", ") + outcome + " " + std::to_string(count);
        std::fprintf(stderr, "%s outcomes: %s\n", m_target, line.c_str());
    }
    Outcomes(const Outcomes&) = delete;
    Outcomes& operator=(const Outcomes&) = delete;

    void count(const char* outcome) { ++m_counts[outcome]; }

private:
    const char* m_target;
    std::map<std::string, long> m_counts;
};

/// splitmix64: the same sequence on every platform and standard library.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (0 when n is 0).
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(next() % n); }
    /// Mostly small: 1 .. max, each halving as likely as the one before.
    std::size_t smallCount(std::size_t max)
    {
        std::size_t n = 1;
        while (n < max && (next() & 1))
            n *= 2;
        return 1 + below(std::min(n, max));
    }

private:
    std::uint64_t m_state;
};

/// The QCoreApplication a target needs (translations, Qt SQL), named after the target.
class Application {
public:
    explicit Application(const char* name)
        : m_name(name)
        , m_argv{m_name.data(), nullptr}
        , m_app(m_argc, m_argv)
    {
    }

private:
    std::string m_name;
    int m_argc = 1;
    char* m_argv[2];
    QCoreApplication m_app;
};

} // namespace tilltro::fuzz

/// Checks an invariant of a fuzz target; aborts (with the condition and place) when it fails.
#define FUZZ_CHECK(condition)                                                                      \
    ((condition) ? void(0) : ::tilltro::fuzz::fail(#condition, __FILE__, __LINE__))
