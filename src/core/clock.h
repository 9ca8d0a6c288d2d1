#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace tilltro {

/// The one source of "now" and "today" in the program, so tests can control time.
class Clock {
public:
    static QDateTime now();
    static QDate today();

    /// For tests: make now() return `fixed` until resetForTests() is called.
    static void setFixedForTests(const QDateTime& fixed);
    static void resetForTests();
};

} // namespace tilltro
