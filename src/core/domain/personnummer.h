#pragma once

#include <QDate>
#include <QString>

#include "../clock.h"
#include "../result.h"

namespace tilltro {

/// A validated Swedish personal identity number (personnummer) or coordination number
/// (samordningsnummer, day + 60).
///
/// Accepted input: 10 digits (YYMMDD NNNN) or 12 digits (YYYYMMDD NNNN), optionally with '-'
/// before the last four, or '+' for a person aged 100 or more on `today`. With 10 digits '+'
/// chooses the century; with 12 digits the century is written, so '+' is accepted (and stored
/// like '-') only if the person is 100 or older, and otherwise refused with the age it gives.
/// Surrounding white space is ignored; anything else is refused. Nothing is ever "corrected": a
/// wrong check digit, an impossible date (29 February only in leap years) or a future birth date is
/// an error whose message says what is wrong.
class Personnummer {
public:
    /// `today` decides the century of a 10-digit number (and '+'); it comes from Clock by default.
    static Result<Personnummer> parse(const QString& text, const QDate& today = Clock::today());

    /// "YYYYMMDD-NNNN": the one form stored and compared (so two spellings of one number clash).
    QString normalized() const { return m_normalized; }
    /// The date of birth (for a samordningsnummer: the day with 60 subtracted).
    QDate birthDate() const { return m_birthDate; }
    bool isSamordningsnummer() const { return m_coordination; }

private:
    QString m_normalized;
    QDate m_birthDate;
    bool m_coordination = false;
};

/// Luhn (mod 10) check digit over the given digits, as used for the last digit of a personnummer.
int luhnCheckDigit(QStringView digits);

} // namespace tilltro
