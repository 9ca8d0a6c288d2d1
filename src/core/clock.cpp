#include "clock.h"

namespace tilltro {

namespace {
QDateTime& fixedNow()
{
    static QDateTime fixed;
    return fixed;
}
} // namespace

QDateTime Clock::now()
{
    return fixedNow().isValid() ? fixedNow() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setFixedForTests(const QDateTime& fixed)
{
    fixedNow() = fixed;
}

void Clock::resetForTests()
{
    fixedNow() = QDateTime();
}

} // namespace tilltro
