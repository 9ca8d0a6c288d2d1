#include "personnummer.h"

#include <QCoreApplication>

namespace tilltro {

using namespace Qt::StringLiterals;

namespace {

Error invalid(QString message)
{
    return makeError(Error::Kind::Invalid, std::move(message));
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

/// The number formed by `count` ASCII digits starting at `from` (the caller checked they are
/// digits).
int number(QStringView digits, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + digitValue(digits[i]);
    return value;
}

/// Year, month, day compared as a tuple, so that a century can be chosen before knowing whether
/// the date exists in it (29 February).
struct Ymd {
    int year;
    int month;
    int day;
    auto operator<=>(const Ymd&) const = default;
};

Ymd ymdOf(const QDate& date)
{
    return Ymd{date.year(), date.month(), date.day()};
}

/// "YYYY-MM-DD" for a date that may not exist (so QDate cannot format it).
QString isoText(int year, int month, int day)
{
    return u"%1-%2-%3"_s.arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

/// The full year of a 10-digit number. Without '+': the latest year ending in `yy` whose
/// (month, day) is not after `today`. With '+': the latest such year in which the person is 100 or
/// older on `today`.
int chooseYear(int yy, int month, int day, bool hundredOrOlder, const QDate& today)
{
    const Ymd now = ymdOf(today);
    const int ageOffset = hundredOrOlder ? 100 : 0;
    int year = (now.year / 100) * 100 + yy;
    while (Ymd{year + ageOffset, month, day} > now)
        year -= 100;
    return year;
}

/// Age in whole years on `today` of a person born on `birth`, with dates compared as (year, month,
/// day) like chooseYear(): born 29 February, the birthday of a non-leap year is 1 March.
int ageOn(const Ymd& birth, const QDate& today)
{
    const Ymd now = ymdOf(today);
    const int years = now.year - birth.year;
    return Ymd{birth.year + years, birth.month, birth.day} > now ? years - 1 : years;
}

} // namespace

int luhnCheckDigit(QStringView digits)
{
    // The digit to append: counting from the right, the last given digit is doubled, the one
    // before it is not, and so on. Returns -1 if `digits` holds anything but ASCII digits.
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits[i]))
            return -1;
        int value = digitValue(digits[i]);
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

Result<Personnummer> Personnummer::parse(const QString& text, const QDate& today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QCoreApplication::translate("Personnummer", "No personnummer was entered."));

    // Characters: ASCII digits and at most one separator ('-' or '+').
    QString digits;
    digits.reserve(trimmed.size());
    qsizetype separatorIndex = -1;
    QChar separator;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'-' || c == u'+') {
            if (separatorIndex >= 0)
                return invalid(QCoreApplication::translate(
                    "Personnummer", "A personnummer has only one '-' or '+'."));
            separatorIndex = i;
            separator = c;
        } else if (c.isSpace()) {
            return invalid(QCoreApplication::translate("Personnummer",
                                                       "A personnummer cannot contain spaces."));
        } else {
            return invalid(QCoreApplication::translate(
                               "Personnummer",
                               "'%1' cannot be part of a personnummer: use only digits and '-' "
                               "(or '+' for people aged 100 or more).")
                               .arg(c));
        }
    }

    if (digits.size() != 10 && digits.size() != 12)
        return invalid(QCoreApplication::translate("Personnummer",
                                                   "A personnummer has 10 or 12 digits, not %1.")
                           .arg(digits.size()));
    if (separatorIndex >= 0 && separatorIndex != trimmed.size() - 5)
        return invalid(QCoreApplication::translate(
                           "Personnummer", "'%1' can only stand right before the last four digits.")
                           .arg(separator));

    const bool longForm = digits.size() == 12;
    const bool plus = separator == u'+';

    // The 10-digit form YYMMDDNNNC; in the 12-digit form the century comes first.
    const QStringView ten = QStringView(digits).right(10);
    const int month = number(ten, 2, 2);
    const int writtenDay = number(ten, 4, 2);
    const bool coordination = writtenDay >= 61 && writtenDay <= 91;
    const int day = coordination ? writtenDay - 60 : writtenDay;

    if (month < 1 || month > 12)
        return invalid(QCoreApplication::translate("Personnummer", "The month %1 does not exist.")
                           .arg(month, 2, 10, QLatin1Char('0')));
    if (day > 31)
        return invalid(QCoreApplication::translate(
                           "Personnummer",
                           "The day %1 does not exist (a samordningsnummer uses day 61 to 91).")
                           .arg(writtenDay, 2, 10, QLatin1Char('0')));

    const int year =
        longForm ? number(digits, 0, 4) : chooseYear(number(ten, 0, 2), month, day, plus, today);
    if (!QDate::isValid(year, month, day)) {
        if (coordination)
            return invalid(QCoreApplication::translate(
                               "Personnummer",
                               "The date %1 does not exist (samordningsnummer: day %2 minus 60).")
                               .arg(isoText(year, month, day))
                               .arg(writtenDay));
        return invalid(QCoreApplication::translate("Personnummer", "The date %1 does not exist.")
                           .arg(isoText(year, month, day)));
    }
    const QDate birthDate(year, month, day);
    if (birthDate > today)
        return invalid(
            QCoreApplication::translate("Personnummer", "The date of birth %1 is in the future.")
                .arg(birthDate.toString(Qt::ISODate)));

    // '+' says the person is 100 or older. The 10-digit form picks its century so that this holds;
    // the 12-digit form states the century, so there it is checked.
    if (plus) {
        const int age = ageOn(Ymd{year, month, day}, today);
        if (age < 100)
            return invalid(QCoreApplication::translate(
                               "Personnummer",
                               "'+' means the person is 100 or older, but this personnummer gives "
                               "the age %1. Write '-' instead.")
                               .arg(age));
    }

    if (ten.mid(6, 3) == u"000")
        return invalid(QCoreApplication::translate(
            "Personnummer", "The three digits after the date are never 000."));

    // The message never names the digit that would fit: the typo is as likely anywhere else in
    // the number, and "it should be 7" invites changing the last digit to make it pass.
    if (luhnCheckDigit(ten.left(9)) != digitValue(ten[9]))
        return invalid(QCoreApplication::translate(
            "Personnummer", "The check digit is wrong: a digit is mistyped somewhere, or two have "
                            "changed places. Check the whole number against the ID document."));

    Personnummer result;
    result.m_normalized =
        u"%1%2-%3"_s.arg(year, 4, 10, QLatin1Char('0')).arg(ten.mid(2, 4)).arg(ten.right(4));
    result.m_birthDate = birthDate;
    result.m_coordination = coordination;
    return result;
}

} // namespace tilltro
