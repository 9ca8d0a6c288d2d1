#pragma once

// Checks a Qt Linguist .ts file for the mistakes a hand edit or a hurried translation makes:
// broken XML, XML escaping gone wrong ("amp;"), lost, extra or doubled mnemonics, a word typed
// twice, placeholders that differ from the source, and unfinished or empty translations.
// QtCore only (QXmlStreamReader), so it runs anywhere the tests run.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tilltro::test {

/// The rules, as named in a finding.
namespace tsrule {
inline constexpr auto kXml = "xml";             // the file does not parse as a TS file
inline constexpr auto kAmp = "amp";             // "amp;" in the decoded translation
inline constexpr auto kMnemonics = "mnemonics"; // more than one '&' marker
inline constexpr auto kMnemonicMismatch = "mnemonic-mismatch"; // only one side has a marker
inline constexpr auto kDoubledWord = "doubled-word";           // "Båda Båda"
inline constexpr auto kPlaceholders = "placeholders"; // %1..%99, %n, %L1 differ from the source
inline constexpr auto kUnfinished = "unfinished";     // type="unfinished"
inline constexpr auto kEmpty = "empty";               // no text (or a form without text)
} // namespace tsrule

struct TsFinding {
    QString rule;        // one of tsrule
    QString file;        // the file's name
    qint64 line = 0;     // of the <message>, or of the XML error
    QString context;     // <context><name>; this and the next two are empty for "xml"
    QString source;      // decoded
    QString translation; // decoded: the form concerned (for "unfinished", all joined by " | ")
    QString detail;

    QString toString() const;
};

/// Every finding in the .ts file at `path`; none for a good file. Messages of type "vanished"
/// or "obsolete" are not checked.
QList<TsFinding> checkTsFile(const QString& path);

/// The mnemonic markers in a widget text: '&' not followed by '&' ("&&" is a literal '&').
int mnemonicCount(QStringView text);

/// The text as shown: mnemonic markers removed, "&&" turned into '&'.
QString withoutMnemonics(QStringView text);

/// The placeholders %1..%99, %L1..%L99, %n and %Ln, sorted (a multiset).
QStringList placeholders(QStringView text);

/// The first word repeated in a row ("Båda båda"), compared case-insensitively after removing
/// mnemonic markers; words are letters only, separated by white space only. Empty when none.
QString doubledWord(QStringView text);

} // namespace tilltro::test
