#include "tscheck.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tilltro::test {

QString TsFinding::toString() const
{
    QString out = u"%1:%2: [%3]"_s.arg(file).arg(line).arg(rule);
    if (rule != QLatin1StringView(tsrule::kXml))
        out += u" context \"%1\", source \"%2\", translation \"%3\""_s.arg(context, source,
                                                                           translation);
    if (!detail.isEmpty())
        out += u": "_s + detail;
    return out;
}

int mnemonicCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (i + 1 < text.size() && text[i + 1] == u'&')
            ++i; // "&&": a literal ampersand
        else
            ++count;
    }
    return count;
}

QString withoutMnemonics(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == u'&') {
            out += u'&';
            ++i;
        }
    }
    return out;
}

QStringList placeholders(QStringView text)
{
    // What QString::arg() and tr()'s %n replace: %1..%99, localised as %L1, and %n / %Ln.
    static const QRegularExpression kPlaceholder(u"%L?(?:n|[1-9][0-9]?)"_s);
    QStringList found;
    for (const QRegularExpressionMatch& m : kPlaceholder.globalMatch(text))
        found << m.captured();
    std::sort(found.begin(), found.end());
    return found;
}

QString doubledWord(QStringView text)
{
    const QString shown = withoutMnemonics(text);
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark() || c == u'_'; };
    struct Token {
        qsizetype begin;
        qsizetype end;
        bool lettersOnly;
    };
    std::optional<Token> previous;
    qsizetype i = 0;
    while (i < shown.size()) {
        if (!isWordChar(shown[i])) {
            ++i;
            continue;
        }
        Token token{i, i, true};
        while (token.end < shown.size() && isWordChar(shown[token.end])) {
            if (!shown[token.end].isLetter() && !shown[token.end].isMark())
                token.lettersOnly = false;
            ++token.end;
        }
        i = token.end;
        if (previous && previous->lettersOnly && token.lettersOnly) {
            const QStringView gap =
                QStringView(shown).sliced(previous->end, token.begin - previous->end);
            const bool onlySpace =
                std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
            const QStringView first =
                QStringView(shown).sliced(previous->begin, previous->end - previous->begin);
            const QStringView second =
                QStringView(shown).sliced(token.begin, token.end - token.begin);
            if (onlySpace && first.compare(second, Qt::CaseInsensitive) == 0)
                return QStringView(shown)
                    .sliced(previous->begin, token.end - previous->begin)
                    .toString();
        }
        previous = token;
    }
    return {};
}

namespace {

// Reads the current element's text up to its end tag. Each <numerusform> or <lengthvariant>
// child is a form of its own and goes to `forms`; <byte value="x1b"/> is lupdate's way of
// writing a control character.
void readText(QXmlStreamReader& xml, QString& text, QStringList& forms)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            return;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isEntityReference()) {
            text += u'&';
            text += xml.name();
            text += u';';
        } else if (xml.isStartElement()) {
            if (xml.name() == u"byte") {
                const QStringView value = xml.attributes().value("value"_L1);
                bool ok = false;
                const uint code =
                    value.startsWith(u'x') ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok, 10);
                if (!ok || code > 0xffff) {
                    xml.raiseError(u"bad <byte value=\"%1\">"_s.arg(value));
                    return;
                }
                text += QChar(char16_t(code));
                xml.skipCurrentElement();
            } else if (xml.name() == u"numerusform" || xml.name() == u"lengthvariant") {
                QString formText;
                QStringList variants;
                readText(xml, formText, variants);
                if (variants.isEmpty())
                    forms << formText;
                else
                    forms << variants;
            } else {
                xml.raiseError(u"unexpected <%1> in a text"_s.arg(xml.name()));
                return;
            }
        }
    }
}

class TsChecker {
public:
    explicit TsChecker(const QString& path)
        : m_path(path)
        , m_file(QFileInfo(path).fileName())
    {
    }

    QList<TsFinding> run()
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            addFileError(0, u"cannot open: "_s + f.errorString());
            return m_findings;
        }
        QXmlStreamReader xml(&f);
        if (xml.readNextStartElement()) {
            if (xml.name() == u"TS")
                readTs(xml);
            else
                xml.raiseError(u"the root element is <%1>, not <TS>"_s.arg(xml.name()));
        }
        if (!xml.hasError()) {
            // Anything after the root element (a second root, stray text) is an error too.
            while (!xml.atEnd())
                xml.readNext();
        }
        if (xml.hasError())
            addFileError(xml.lineNumber(),
                         u"not a valid TS file, column %1: %2"_s.arg(xml.columnNumber())
                             .arg(xml.errorString()));
        return m_findings;
    }

private:
    struct Message {
        qint64 line = 0;
        QString context;
        QString source;
        QString type;
        QStringList forms;
        bool numerus = false;
    };

    void addFileError(qint64 line, const QString& detail)
    {
        TsFinding finding;
        finding.rule = QString::fromLatin1(tsrule::kXml);
        finding.file = m_file;
        finding.line = line;
        finding.detail = detail;
        m_findings << finding;
    }

    void add(const Message& m, const char* rule, const QString& translation,
             const QString& detail = {})
    {
        TsFinding finding;
        finding.rule = QString::fromLatin1(rule);
        finding.file = m_file;
        finding.line = m.line;
        finding.context = m.context;
        finding.source = m.source;
        finding.translation = translation;
        finding.detail = detail;
        m_findings << finding;
    }

    void readTs(QXmlStreamReader& xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"context")
                readContext(xml);
            else
                xml.skipCurrentElement();
        }
    }

    void readContext(QXmlStreamReader& xml)
    {
        QString name;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                name = xml.readElementText();
            } else if (xml.name() == u"message") {
                readMessage(xml, name);
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    void readMessage(QXmlStreamReader& xml, const QString& context)
    {
        Message m;
        m.line = xml.lineNumber();
        m.context = context;
        m.numerus = xml.attributes().value("numerus"_L1) == u"yes";
        bool hasTranslation = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                QStringList ignored;
                readText(xml, m.source, ignored);
            } else if (xml.name() == u"translation") {
                hasTranslation = true;
                m.type = xml.attributes().value("type"_L1).toString();
                QString text;
                readText(xml, text, m.forms);
                if (m.forms.isEmpty() && !m.numerus)
                    m.forms << text;
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return;
        if (!hasTranslation) {
            add(m, tsrule::kEmpty, {}, u"the message has no <translation>"_s);
            return;
        }
        check(m);
    }

    void check(const Message& m)
    {
        if (m.type == u"vanished" || m.type == u"obsolete")
            return; // lupdate keeps these for reference only; they are never shown
        if (m.type == u"unfinished")
            add(m, tsrule::kUnfinished, m.forms.join(u" | "),
                u"marked unfinished: no translator has confirmed it yet"_s);
        if (m.forms.isEmpty()) {
            if (m.type != u"unfinished")
                add(m, tsrule::kEmpty, {}, u"no <numerusform>"_s);
            return;
        }

        const int sourceMnemonics = mnemonicCount(m.source);
        const QStringList sourcePlaceholders = placeholders(m.source);
        const bool sourceDoubled = !doubledWord(m.source).isEmpty();
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString& form = m.forms.at(i);
            const QString which =
                m.forms.size() > 1 ? u"form %1 of %2: "_s.arg(i + 1).arg(m.forms.size()) : u""_s;
            if (form.trimmed().isEmpty()) {
                if (m.type != u"unfinished")
                    add(m, tsrule::kEmpty, form, which + u"no text"_s);
                continue; // nothing else to say about an empty text
            }
            if (form.contains(u"amp;"))
                add(m, tsrule::kAmp, form,
                    which + u"\"amp;\" in the text as shown: a broken or doubled &amp; escape"_s);
            const int mnemonics = mnemonicCount(form);
            if (mnemonics > 1)
                add(m, tsrule::kMnemonics, form,
                    which + u"%1 mnemonic markers ('&'); a text has at most one (write \"&&\" "
                            "for a literal ampersand)"_s.arg(mnemonics));
            if ((sourceMnemonics > 0) != (mnemonics > 0))
                add(m, tsrule::kMnemonicMismatch, form,
                    which + (sourceMnemonics > 0
                                 ? u"the source has a mnemonic ('&'), the translation none: "
                                   "its Alt key is lost"_s
                                 : u"the translation has a mnemonic ('&'), the source none"_s));
            const QString doubled = doubledWord(form);
            if (!doubled.isEmpty() && !sourceDoubled)
                add(m, tsrule::kDoubledWord, form,
                    which + u"\"%1\": a word repeated in a row"_s.arg(doubled));
            const QStringList formPlaceholders = placeholders(form);
            if (formPlaceholders != sourcePlaceholders)
                add(m, tsrule::kPlaceholders, form,
                    which + u"placeholders [%1] in the translation, [%2] in the source"_s.arg(
                                formPlaceholders.join(u' '), sourcePlaceholders.join(u' ')));
        }
    }

    QString m_path;
    QString m_file;
    QList<TsFinding> m_findings;
};

} // namespace

QList<TsFinding> checkTsFile(const QString& path)
{
    return TsChecker(path).run();
}

} // namespace tilltro::test
