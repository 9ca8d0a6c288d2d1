#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include "core/domain/personnummer.h"

using namespace Qt::StringLiterals;
using tilltro::Error;
using tilltro::luhnCheckDigit;
using tilltro::Personnummer;

namespace {
// Every test passes `today` explicitly; this is the usual one.
const QDate kToday(2024, 6, 15);
} // namespace

/// Cases marked "(list.json)" are copied from the public reference list of the personnummer
/// libraries (personnummer/meta, testdata/list.json).
class TestPersonnummer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_validNumber_accepted_data();
    void parse_validNumber_accepted();

    void parse_wrongCheckDigit_refused_data();
    void parse_wrongCheckDigit_refused();

    void parse_impossibleDate_refused_data();
    void parse_impossibleDate_refused();

    void parse_malformedText_refused_data();
    void parse_malformedText_refused();

    void parse_plusWithTwelveDigits_hundredOrOlder_accepted_data();
    void parse_plusWithTwelveDigits_hundredOrOlder_accepted();

    void parse_plusWithTwelveDigits_underHundred_refusedWithAge_data();
    void parse_plusWithTwelveDigits_underHundred_refusedWithAge();

    void parse_plusWithTwelveDigits_futureDate_refusedAsFuture();
    void parse_plusWithTenDigits_stillChoosesCentury();
    void parse_serialNumber000_refused();

    void parse_futureDate_refused_data();
    void parse_futureDate_refused();

    void parse_leapDay_acceptedOnlyInLeapYear();

    void parse_tenDigits_centuryIsLatestNotInFuture_data();
    void parse_tenDigits_centuryIsLatestNotInFuture();

    void parse_plus_centuryMakesPersonHundredOrOlder_data();
    void parse_plus_centuryMakesPersonHundredOrOlder();

    void normalized_differentSpellings_equal_data();
    void normalized_differentSpellings_equal();
    void normalized_plusAndMinus_differ();

    void luhnCheckDigit_knownNumbers_data();
    void luhnCheckDigit_knownNumbers();

private:
    /// Parses `input`, requires a refusal of kind Invalid with a message containing `mentions`.
    static void verifyRefused(const QString& input, const QDate& today, const QString& mentions);
};

void TestPersonnummer::verifyRefused(const QString& input, const QDate& today,
                                     const QString& mentions)
{
    const auto result = Personnummer::parse(input, today);
    QVERIFY2(!result.ok(),
             qPrintable(u"accepted as "_s + (result.ok() ? result->normalized() : QString())));
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY(!result.errorMessage().trimmed().isEmpty());
    QVERIFY2(result.errorMessage().contains(mentions),
             qPrintable(
                 u"message \"%1\" does not mention \"%2\""_s.arg(result.errorMessage(), mentions)));
}

// --- valid numbers --------------------------------------------------------------------------

void TestPersonnummer::parse_validNumber_accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("coordination");

    const QDate nov5(1982, 11, 5);
    QTest::newRow("10 digits (list.json)")
        << u"8211059954"_s << u"19821105-9954"_s << nov5 << false;
    QTest::newRow("10 digits with '-'") << u"821105-9954"_s << u"19821105-9954"_s << nov5 << false;
    QTest::newRow("12 digits") << u"198211059954"_s << u"19821105-9954"_s << nov5 << false;
    QTest::newRow("12 digits with '-'")
        << u"19821105-9954"_s << u"19821105-9954"_s << nov5 << false;
    QTest::newRow("surrounding white space")
        << u" \t821105-9954\n "_s << u"19821105-9954"_s << nov5 << false;
    QTest::newRow("10 digits, 2000s (list.json)")
        << u"001209-9891"_s << u"20001209-9891"_s << QDate(2000, 12, 9) << false;
    QTest::newRow("12 digits, 2000s (list.json)")
        << u"200012099891"_s << u"20001209-9891"_s << QDate(2000, 12, 9) << false;
    QTest::newRow("'+' aged 100+ (list.json)")
        << u"090527+1474"_s << u"19090527-1474"_s << QDate(1909, 5, 27) << false;
    QTest::newRow("'+' born in the 1800s (list.json)")
        << u"791221+9990"_s << u"18791221-9990"_s << QDate(1879, 12, 21) << false;
    QTest::newRow("samordningsnummer 10 digits (list.json)")
        << u"570574-9959"_s << u"19570574-9959"_s << QDate(1957, 5, 14) << true;
    QTest::newRow("samordningsnummer 12 digits (list.json)")
        << u"197306749982"_s << u"19730674-9982"_s << QDate(1973, 6, 14) << true;
    QTest::newRow("samordningsnummer day 61")
        << u"2401611237"_s << u"20240161-1237"_s << QDate(2024, 1, 1) << true;
    QTest::newRow("samordningsnummer day 91")
        << u"2401911231"_s << u"20240191-1231"_s << QDate(2024, 1, 31) << true;
    QTest::newRow("29 February in a leap year")
        << u"20240229-1237"_s << u"20240229-1237"_s << QDate(2024, 2, 29) << false;
    QTest::newRow("born today") << u"240615-1239"_s << u"20240615-1239"_s << kToday << false;
}

void TestPersonnummer::parse_validNumber_accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QDate, birthDate);
    QFETCH(bool, coordination);

    const auto result = Personnummer::parse(input, kToday);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->normalized(), normalized);
    QCOMPARE(result->birthDate(), birthDate);
    QCOMPARE(result->isSamordningsnummer(), coordination);
}

// --- refused numbers ------------------------------------------------------------------------

void TestPersonnummer::parse_wrongCheckDigit_refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expectedDigit");

    QTest::newRow("10 digits (list.json)") << u"870704-9996"_s << 8;
    QTest::newRow("12 digits (list.json)") << u"201211209941"_s << 3;
    QTest::newRow("samordningsnummer (list.json)") << u"390182-9913"_s << 5;
    QTest::newRow("samordningsnummer 12 digits (list.json)") << u"20121075-9984"_s << 9;
    QTest::newRow("'+' form") << u"090527+1475"_s << 4;
    QTest::newRow("last digit off by one") << u"8211059955"_s << 4;
    QTest::newRow("serial digits swapped") << u"821105-9594"_s << 0;
}

void TestPersonnummer::parse_wrongCheckDigit_refused()
{
    QFETCH(QString, input);
    QFETCH(int, expectedDigit);

    // The message says a digit is wrong and asks for the whole number to be checked; it never
    // gives the digit that would fit, which invites changing the last one when the typo was
    // elsewhere.
    verifyRefused(input, kToday, u"check digit"_s);
    if (QTest::currentTestFailed())
        return;
    const QString message = Personnummer::parse(input, kToday).errorMessage();
    QVERIFY2(message.contains(u"whole number"_s), qPrintable(message));
    QVERIFY2(!message.contains(QString::number(expectedDigit)), qPrintable(message));
    QVERIFY2(!message.contains(QRegularExpression(u"\\d"_s)), qPrintable(message));
}

void TestPersonnummer::parse_impossibleDate_refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");

    // All of these have a correct check digit, so only the date can be the reason.
    QTest::newRow("30 February") << u"240230-1234"_s << u"2024-02-30"_s;
    QTest::newRow("29 February, non-leap year") << u"230229-1238"_s << u"2023-02-29"_s;
    QTest::newRow("29 February 1900 (not a leap year)") << u"19000229-1235"_s << u"1900-02-29"_s;
    QTest::newRow("month 13") << u"19821305-9954"_s << u"13"_s;
    QTest::newRow("month 13, 10 digits") << u"241301-1236"_s << u"13"_s;
    QTest::newRow("month 00") << u"240001-1231"_s << u"00"_s;
    QTest::newRow("day 00") << u"240100-1231"_s << u"2024-01-00"_s;
    QTest::newRow("day 32") << u"990132-1233"_s << u"32"_s;
    QTest::newRow("31 December 23, day 33") << u"231233-1230"_s << u"33"_s;
    QTest::newRow("31 June") << u"820631-1238"_s << u"1982-06-31"_s;
    QTest::newRow("samordningsnummer day 92") << u"240192-1230"_s << u"92"_s;
    QTest::newRow("samordningsnummer for 30 February") << u"120290-1235"_s << u"2012-02-30"_s;
    QTest::newRow("samordningsnummer for 31 November") << u"231191-1230"_s << u"2023-11-31"_s;
}

void TestPersonnummer::parse_impossibleDate_refused()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    verifyRefused(input, kToday, mentions);
}

void TestPersonnummer::parse_malformedText_refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only white space") << u"  \t "_s << QString();
    QTest::newRow("letters") << u"821105-99A4"_s << u"'A'"_s;
    QTest::newRow("letter T as separator") << u"821105T9954"_s << u"'T'"_s;
    QTest::newRow("11 digits") << u"82110599543"_s << u"11"_s;
    QTest::newRow("9 digits") << u"821105-995"_s << u"9"_s;
    QTest::newRow("13 digits") << u"1982110599541"_s << u"13"_s;
    QTest::newRow("inner space (list.json)") << u"090527 1474"_s << QString();
    QTest::newRow("inner space, 12 digits (list.json)") << u"19090527 1474"_s << QString();
    QTest::newRow("space after '-'") << u"821105- 9954"_s << QString();
    QTest::newRow("'-' in the wrong place") << u"8211-059954"_s << u"-"_s;
    QTest::newRow("'-' at the end") << u"8211059954-"_s << u"-"_s;
    QTest::newRow("'-' first") << u"-8211059954"_s << u"-"_s;
    QTest::newRow("two separators") << u"821105--9954"_s << QString();
    QTest::newRow("slash separator") << u"821105/9954"_s << u"'/'"_s;
    QTest::newRow("non-ASCII digits")
        << u"\u0668\u0662\u0661\u0661\u0660\u0665-9954"_s << QString();
    QTest::newRow("full-width digits") << u"８２１１０５-９９５４"_s << QString();
}

void TestPersonnummer::parse_malformedText_refused()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    verifyRefused(input, kToday, mentions);
}

// --- '+' with 12 digits -----------------------------------------------------------------------

void TestPersonnummer::parse_plusWithTwelveDigits_hundredOrOlder_accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birthDate");

    QTest::newRow("100th birthday today")
        << u"19240615+4522"_s << kToday << u"19240615-4522"_s << QDate(1924, 6, 15);
    QTest::newRow("100th birthday today, surrounding white space")
        << u" 19240615+4522 "_s << kToday << u"19240615-4522"_s << QDate(1924, 6, 15);
    QTest::newRow("aged 113") << u"19110302+3188"_s << kToday << u"19110302-3188"_s
                              << QDate(1911, 3, 2);
    QTest::newRow("aged 128, born in the 1800s")
        << u"18950817+2765"_s << kToday << u"18950817-2765"_s << QDate(1895, 8, 17);
    QTest::newRow("samordningsnummer, 100th birthday today")
        << u"19240675+6110"_s << kToday << u"19240675-6110"_s << QDate(1924, 6, 15);
    QTest::newRow("100th birthday today in 2050")
        << u"19500301+5632"_s << QDate(2050, 3, 1) << u"19500301-5632"_s << QDate(1950, 3, 1);
    // Born 29 February 2000; 2100 is no leap year, so the 100th birthday is 1 March.
    QTest::newRow("born 29 February, 1 March of a non-leap 100th year")
        << u"20000229+3843"_s << QDate(2100, 3, 1) << u"20000229-3843"_s << QDate(2000, 2, 29);
}

void TestPersonnummer::parse_plusWithTwelveDigits_hundredOrOlder_accepted()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(QString, normalized);
    QFETCH(QDate, birthDate);

    const auto result = Personnummer::parse(input, today);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->normalized(), normalized);
    QCOMPARE(result->birthDate(), birthDate);

    // Stored the same as the '-' spelling of the same twelve digits.
    QString minus = input.trimmed();
    minus.replace(u'+', u'-');
    const auto withMinus = Personnummer::parse(minus, today);
    QVERIFY2(withMinus.ok(), qPrintable(withMinus.errorMessage()));
    QCOMPARE(withMinus->normalized(), result->normalized());
    QCOMPARE(withMinus->birthDate(), result->birthDate());
    QCOMPARE(withMinus->isSamordningsnummer(), result->isSamordningsnummer());
}

void TestPersonnummer::parse_plusWithTwelveDigits_underHundred_refusedWithAge_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("age");

    QTest::newRow("99, the day before the 100th birthday") << u"19240616+4521"_s << kToday << 99;
    QTest::newRow("99, the day before, in 2050") << u"19500301+5632"_s << QDate(2050, 2, 28) << 99;
    QTest::newRow("born 29 February, 28 February of a non-leap 100th year")
        << u"20000229+3843"_s << QDate(2100, 2, 28) << 99;
    QTest::newRow("samordningsnummer, 99") << u"19240675+6110"_s << QDate(2024, 6, 14) << 99;
    QTest::newRow("aged 42") << u"19820409+7359"_s << kToday << 42;
    QTest::newRow("born today") << u"20240615+4522"_s << kToday << 0;
}

void TestPersonnummer::parse_plusWithTwelveDigits_underHundred_refusedWithAge()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(int, age);

    // The message says what '+' means and the age the number gives.
    verifyRefused(input, today, u"'+'"_s);
    if (QTest::currentTestFailed())
        return;
    const QString message = Personnummer::parse(input, today).errorMessage();
    QVERIFY2(message.contains(u"100 or older"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the age %1."_s.arg(age)), qPrintable(message));
    QVERIFY2(!message.contains(u"check digit"_s), qPrintable(message));

    // The same digits with '-' are a valid number.
    QString minus = input;
    minus.replace(u'+', u'-');
    QVERIFY(Personnummer::parse(minus, today).ok());
}

void TestPersonnummer::parse_plusWithTwelveDigits_futureDate_refusedAsFuture()
{
    // A date of birth after today is refused as such, not with an age.
    verifyRefused(u"20240616+4521"_s, kToday, u"2024-06-16"_s);
    QVERIFY(Personnummer::parse(u"20240616+4521"_s, kToday).errorMessage().contains(u"future"_s));
}

void TestPersonnummer::parse_plusWithTenDigits_stillChoosesCentury()
{
    // With 10 digits '+' still picks the century that makes the person 100 or older; the same
    // date written with 12 digits and '+' names a century and is checked instead.
    const auto ten = Personnummer::parse(u"240616+4521"_s, kToday);
    QVERIFY2(ten.ok(), qPrintable(ten.errorMessage()));
    QCOMPARE(ten->normalized(), u"18240616-4521"_s);
    verifyRefused(u"19240616+4521"_s, kToday, u"99"_s);
    QVERIFY(Personnummer::parse(u"18240616+4521"_s, kToday).ok());

    // On the 100th birthday both forms give the same person.
    const auto tenOnBirthday = Personnummer::parse(u"240615+4522"_s, kToday);
    const auto twelveOnBirthday = Personnummer::parse(u"19240615+4522"_s, kToday);
    QVERIFY2(tenOnBirthday.ok(), qPrintable(tenOnBirthday.errorMessage()));
    QVERIFY2(twelveOnBirthday.ok(), qPrintable(twelveOnBirthday.errorMessage()));
    QCOMPARE(tenOnBirthday->normalized(), twelveOnBirthday->normalized());
}

void TestPersonnummer::parse_serialNumber000_refused()
{
    // Marked invalid in list.json although its check digit is right: 000 is never issued.
    QCOMPARE(luhnCheckDigit(u"150916000"), 6);
    verifyRefused(u"201509160006"_s, kToday, u"000"_s);
    verifyRefused(u"150916-0006"_s, kToday, u"000"_s);
}

void TestPersonnummer::parse_futureDate_refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("tomorrow") << u"20240616-1238"_s << u"2024-06-16"_s;
    QTest::newRow("tomorrow, no '-'") << u"202406161238"_s << u"2024-06-16"_s;
    QTest::newRow("next century") << u"21001231-1239"_s << u"2100-12-31"_s;
    QTest::newRow("samordningsnummer tomorrow") << u"20240676-1235"_s << u"2024-06-16"_s;
}

void TestPersonnummer::parse_futureDate_refused()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    verifyRefused(input, kToday, mentions);
}

void TestPersonnummer::parse_leapDay_acceptedOnlyInLeapYear()
{
    QVERIFY(Personnummer::parse(u"20240229-1237"_s, kToday).ok());
    verifyRefused(u"20230229-1238"_s, kToday, u"2023-02-29"_s);
    // 00 is read as 2000 (a leap year) now, but as 1900 (not one) before 29 February 2000.
    QCOMPARE(Personnummer::parse(u"000229-1235"_s, kToday)->birthDate(), QDate(2000, 2, 29));
    verifyRefused(u"000229-1235"_s, QDate(2000, 2, 28), u"1900-02-29"_s);
}

// --- century of the 10-digit form -----------------------------------------------------------

void TestPersonnummer::parse_tenDigits_centuryIsLatestNotInFuture_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birthDate");

    QTest::newRow("born today") << u"240615-1239"_s << kToday << QDate(2024, 6, 15);
    QTest::newRow("tomorrow in this century is last century")
        << u"240616-1238"_s << kToday << QDate(1924, 6, 16);
    QTest::newRow("yesterday's date, today before it")
        << u"240615-1239"_s << QDate(2024, 6, 14) << QDate(1924, 6, 15);
    QTest::newRow("99 is 1999") << u"991231-1231"_s << kToday << QDate(1999, 12, 31);
    QTest::newRow("00 on its day") << u"001209-9891"_s << QDate(2000, 12, 9) << QDate(2000, 12, 9);
    QTest::newRow("00 the day before")
        << u"001209-9891"_s << QDate(2000, 12, 8) << QDate(1900, 12, 9);
    QTest::newRow("no separator, today in 1999")
        << u"8211059954"_s << QDate(1999, 1, 1) << QDate(1982, 11, 5);
    QTest::newRow("samordningsnummer uses the real day")
        << u"240675-9874"_s << kToday << QDate(2024, 6, 15);
}

void TestPersonnummer::parse_tenDigits_centuryIsLatestNotInFuture()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(QDate, birthDate);

    const auto result = Personnummer::parse(input, today);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->birthDate(), birthDate);
    QVERIFY(result->normalized().startsWith(QString::number(birthDate.year())));
}

void TestPersonnummer::parse_plus_centuryMakesPersonHundredOrOlder_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birthDate");

    QTest::newRow("100th birthday today") << u"240615+1239"_s << kToday << QDate(1924, 6, 15);
    QTest::newRow("100th birthday tomorrow") << u"240616+1238"_s << kToday << QDate(1824, 6, 16);
    QTest::newRow("aged 115 (list.json)") << u"090527+1474"_s << kToday << QDate(1909, 5, 27);
    QTest::newRow("aged 144 (list.json)") << u"791221+9990"_s << kToday << QDate(1879, 12, 21);
    QTest::newRow("today in 2009") << u"090527+1474"_s << QDate(2009, 5, 27) << QDate(1909, 5, 27);
    QTest::newRow("today in 2009, a day too early")
        << u"090527+1474"_s << QDate(2009, 5, 26) << QDate(1809, 5, 27);
}

void TestPersonnummer::parse_plus_centuryMakesPersonHundredOrOlder()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(QDate, birthDate);

    const auto result = Personnummer::parse(input, today);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->birthDate(), birthDate);
    QVERIFY(result->birthDate().addYears(100) <= today);
    QVERIFY(result->normalized().contains(u'-'));
    QVERIFY(!result->normalized().contains(u'+'));
}

// --- normalization --------------------------------------------------------------------------

void TestPersonnummer::normalized_differentSpellings_equal_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("otherSpelling");
    QTest::addColumn<QString>("normalized");

    const QString canonical = u"19821105-9954"_s;
    QTest::newRow("10 vs 12 digits") << u"8211059954"_s << u"198211059954"_s << canonical;
    QTest::newRow("with vs without '-'") << u"821105-9954"_s << u"8211059954"_s << canonical;
    QTest::newRow("10 with '-' vs 12 with '-'")
        << u"821105-9954"_s << u"19821105-9954"_s << canonical;
    QTest::newRow("white space vs none") << u"  19821105-9954 "_s << u"198211059954"_s << canonical;
    QTest::newRow("'+' vs 12 digits (list.json)")
        << u"090527+1474"_s << u"190905271474"_s << u"19090527-1474"_s;
    QTest::newRow("'+' vs '-', 12 digits, aged 100 or more")
        << u"19110302+3188"_s << u"19110302-3188"_s << u"19110302-3188"_s;
    QTest::newRow("samordningsnummer keeps day + 60")
        << u"5705749959"_s << u"19570574-9959"_s << u"19570574-9959"_s;
}

void TestPersonnummer::normalized_differentSpellings_equal()
{
    QFETCH(QString, spelling);
    QFETCH(QString, otherSpelling);
    QFETCH(QString, normalized);

    const auto a = Personnummer::parse(spelling, kToday);
    const auto b = Personnummer::parse(otherSpelling, kToday);
    QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QCOMPARE(a->normalized(), normalized);
    QCOMPARE(b->normalized(), normalized);
    QCOMPARE(a->birthDate(), b->birthDate());
}

void TestPersonnummer::normalized_plusAndMinus_differ()
{
    // Same ten digits, different separator: a different person, a century apart.
    const auto minus = Personnummer::parse(u"090527-1474"_s, kToday);
    const auto plus = Personnummer::parse(u"090527+1474"_s, kToday);
    QVERIFY(minus.ok());
    QVERIFY(plus.ok());
    QCOMPARE(minus->normalized(), u"20090527-1474"_s);
    QCOMPARE(plus->normalized(), u"19090527-1474"_s);
}

// --- Luhn -----------------------------------------------------------------------------------

void TestPersonnummer::luhnCheckDigit_knownNumbers_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("checkDigit");

    QTest::newRow("821105995 (list.json)") << u"821105995"_s << 4;
    QTest::newRow("090527147 (list.json)") << u"090527147"_s << 4;
    QTest::newRow("791221999 (list.json)") << u"791221999"_s << 0;
    QTest::newRow("570574995 (list.json)") << u"570574995"_s << 9;
    QTest::newRow("870704999 (list.json)") << u"870704999"_s << 8;
    QTest::newRow("sum multiple of 10 gives 0") << u"000000000"_s << 0;
    QTest::newRow("credit card 7992739871") << u"7992739871"_s << 3;
    QTest::newRow("non-digit") << u"82110599A"_s << -1;
}

void TestPersonnummer::luhnCheckDigit_knownNumbers()
{
    QFETCH(QString, digits);
    QFETCH(int, checkDigit);
    QCOMPARE(luhnCheckDigit(digits), checkDigit);
}

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
