// Fuzz target: Personnummer::parse() (docs/fuzzing.md). The input is the typed text, as UTF-8.
//
// Invariants, for every text that parses:
// - the stored form is YYYYMMDD-NNNN, its date is the birth date (day + 60 for a
//   samordningsnummer), not after today, and its last digit is the Luhn check digit;
// - the stored form parses again to itself, and so does the 10-digit form a person would type
//   ('-', or '+' from the 100th birthday; up to 199 years, where the century is unambiguous);
// - white space around the text changes nothing.
// Any text: parsing twice gives the same answer (no hidden state). Each text is also tried with
// its check digit made right.

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <tuple>

#include "core/domain/personnummer.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using tilltro::Personnummer;
using tilltro::fuzz::fixedToday;

namespace {

tilltro::fuzz::Outcomes outcomes("fuzz_personnummer");

bool isStoredForm(const QString& s)
{
    if (s.size() != 13 || s[8] != u'-')
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i != 8 && (s[i] < u'0' || s[i] > u'9'))
            return false;
    }
    return true;
}

bool same(const Personnummer& a, const Personnummer& b)
{
    return a.normalized() == b.normalized() && a.birthDate() == b.birthDate() &&
           a.isSamordningsnummer() == b.isSamordningsnummer();
}

void checkValid(const Personnummer& p, const QDate& today)
{
    const QString stored = p.normalized();
    FUZZ_CHECK(isStoredForm(stored));
    FUZZ_CHECK(p.birthDate().isValid() && p.birthDate() <= today);
    const int writtenDay = stored.mid(6, 2).toInt();
    FUZZ_CHECK(stored.left(4).toInt() == p.birthDate().year());
    FUZZ_CHECK(stored.mid(4, 2).toInt() == p.birthDate().month());
    FUZZ_CHECK(writtenDay == p.birthDate().day() + (p.isSamordningsnummer() ? 60 : 0));
    const QString tenDigits = stored.mid(2, 6) + stored.right(4);
    FUZZ_CHECK(tilltro::luhnCheckDigit(QStringView(tenDigits).left(9)) ==
               tenDigits.back().digitValue());
    FUZZ_CHECK(stored.mid(9, 3) != u"000"_s);

    auto again = Personnummer::parse(stored, today);
    FUZZ_CHECK(again.ok() && same(again.value(), p));

    // The 10-digit form: '+' from the 100th birthday on (born 29 February: compared as
    // (year, month, day), so the birthday of a non-leap year is 1 March).
    const QDate birth = p.birthDate();
    const auto yearsOld = [&](int years) {
        return std::tuple(birth.year() + years, birth.month(), birth.day()) <=
               std::tuple(today.year(), today.month(), today.day());
    };
    const bool hundred = yearsOld(100);
    if (!yearsOld(200)) {
        const QString shortForm = stored.mid(2, 6) + (hundred ? u'+' : u'-') + stored.right(4);
        auto typed = Personnummer::parse(shortForm, today);
        FUZZ_CHECK(typed.ok() && same(typed.value(), p));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tilltro::fuzz::fixClock();
    return 0;
}

namespace {

/// `text` with its last ASCII digit replaced by the check digit of the nine before it, or a null
/// string if it has fewer than ten. Random mutations almost always break the check digit; this
/// lets the rules after it (and the valid paths) be reached as often as the ones before.
QString withCheckDigitFixed(const QString& text)
{
    QString digits;
    qsizetype last = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] >= u'0' && text[i] <= u'9') {
            digits += text[i];
            last = i;
        }
    }
    if (digits.size() < 10)
        return {};
    const int check = tilltro::luhnCheckDigit(QStringView(digits).mid(digits.size() - 10, 9));
    QString fixed = text;
    fixed[last] = QChar(u'0' + check);
    return fixed;
}

void parseAndCheck(const QString& text, const QDate& today)
{
    auto parsed = Personnummer::parse(text, today);
    auto twice = Personnummer::parse(text, today);
    FUZZ_CHECK(parsed.ok() == twice.ok());
    auto padded = Personnummer::parse(u" \t"_s + text + u"\n "_s, today);
    FUZZ_CHECK(parsed.ok() == padded.ok());
    if (!parsed) {
        FUZZ_CHECK(!parsed.errorMessage().isEmpty());
        FUZZ_CHECK(parsed.errorMessage() == twice.errorMessage());
        outcomes.count("refused");
        return;
    }
    FUZZ_CHECK(same(parsed.value(), twice.value()) && same(parsed.value(), padded.value()));
    checkValid(parsed.value(), today);
    outcomes.count(parsed->isSamordningsnummer() ? "valid samordningsnummer"
                                                 : "valid personnummer");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // Two "today"s: the fixed one, and one picked by the input (1900..2099), so the century
    // rules of 10-digit numbers meet many dates.
    std::uint32_t hash = 2166136261u;
    for (std::size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 16777619u;
    const QDate otherDay = QDate(1900, 1, 1).addDays(hash % (200 * 365));

    const QString fixed = withCheckDigitFixed(text);
    for (const QDate& today : {fixedToday(), otherDay}) {
        parseAndCheck(text, today);
        if (!fixed.isNull() && fixed != text)
            parseAndCheck(fixed, today);
    }
    return 0;
}
