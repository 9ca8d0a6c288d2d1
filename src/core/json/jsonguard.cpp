#include "jsonguard.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <string>
#include <string_view>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace tilltro::json {

namespace {

using Json = nlohmann::ordered_json;

constexpr qsizetype MaxEchoLength = 40;
constexpr qsizetype MaxKeyPrefix = 64; // of a member name kept for paths

/// The translation context of the messages of this file.
class JsonInput {
    Q_DECLARE_TR_FUNCTIONS(JsonInput)
};

QString mebibytes(std::int64_t bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4);
}

/// The refusal of a document over limits.maxDocumentBytes, by either pass.
QString documentTooLarge(const JsonLimits& limits)
{
    return JsonInput::tr("The document is larger than %1 MiB, the most Tilltro reads.")
        .arg(mebibytes(limits.maxDocumentBytes));
}

/// The refusal of nesting deeper than limits.maxDepth, by either pass.
QString nestedTooDeep(const JsonLimits& limits)
{
    return JsonInput::tr("nested more than %1 levels deep").arg(limits.maxDepth);
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The SAX handler of checkJsonStructure(): keeps a path and the member names of each open
/// object, nothing else.
class StructureCheck final : public Json::json_sax_t {
    Q_DECLARE_TR_FUNCTIONS(JsonInput)

public:
    StructureCheck(const QByteArray& bytes, const JsonLimits& limits)
        : m_bytes(bytes)
        , m_limits(limits)
    {
    }

    std::optional<Error> problem;

    bool null() override { return scalar(); }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t) override { return scalar(); }
    bool number_unsigned(number_unsigned_t) override { return scalar(); }
    bool number_float(number_float_t, const string_t&) override { return scalar(); }
    bool string(string_t&) override { return scalar(); }
    bool binary(binary_t&) override { return scalar(); }
    bool start_object(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override
    {
        Frame& frame = m_frames.back();
        frame.key = name.substr(0, MaxKeyPrefix);
        if (!frame.keys.insert(name).second) {
            return refuse(pathTo(m_frames.size() - 1),
                          tr("the member %1 appears twice").arg(quoted(qtString(frame.key))));
        }
        if (std::int64_t(frame.keys.size()) > m_limits.maxMembers) {
            return refuse(pathTo(m_frames.size() - 1),
                          tr("an object with more than %1 members").arg(m_limits.maxMembers));
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) override
    {
        problem = syntaxError(m_bytes, position, ex);
        return false;
    }

private:
    struct Frame {
        bool isArray = false;
        std::size_t elements = 0;             ///< of an array: values begun so far
        std::string key;                      ///< of an object: the member being read (cut)
        std::unordered_set<std::string> keys; ///< of an object: the member names seen so far
    };

    static QString qtString(const std::string& text) { return QString::fromStdString(text); }

    bool refuse(const QString& path, const QString& text)
    {
        problem = makeError(Error::Kind::Invalid, problemAt(path, text));
        return false;
    }

    bool beginValue()
    {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().elements;
        if (++m_values > m_limits.maxValues) {
            return refuse(pathTo(m_frames.size()),
                          tr("the document has more than %1 values").arg(m_limits.maxValues));
        }
        return true;
    }

    bool scalar() { return beginValue(); }

    bool open(bool isArray)
    {
        if (!beginValue())
            return false;
        if (std::int64_t(m_frames.size()) >= m_limits.maxDepth) {
            return refuse(pathTo(m_frames.size()), nestedTooDeep(m_limits));
        }
        m_frames.push_back(Frame{isArray, 0, {}, {}});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    QString pathTo(std::size_t depth) const
    {
        QString path;
        for (std::size_t i = 0; i < depth && i < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            path = frame.isArray ? elementPath(path, std::int64_t(frame.elements) - 1)
                                 : memberPath(path, elided(qtString(frame.key)));
        }
        return path;
    }

    const QByteArray& m_bytes;
    const JsonLimits& m_limits;
    std::vector<Frame> m_frames;
    std::int64_t m_values = 0;
};

} // namespace

QString jsonExplanation(const char* what)
{
    std::string_view text(what);
    if (const auto end = text.find("] "); text.starts_with('[') && end != std::string_view::npos)
        text.remove_prefix(end + 2);
    if (text.starts_with("parse error")) {
        if (const auto colon = text.find(": "); colon != std::string_view::npos)
            text.remove_prefix(colon + 2);
    }
    return QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 300)));
}

Error syntaxError(const QByteArray& bytes, std::size_t position, const std::exception& ex)
{
    const qsizetype stop =
        std::clamp<qsizetype>(static_cast<qsizetype>(position) - 1, 0, bytes.size());
    const qsizetype lineStart = stop == 0 ? 0 : bytes.lastIndexOf('\n', stop - 1) + 1;
    const qsizetype line = 1 + std::count(bytes.cbegin(), bytes.cbegin() + stop, '\n');
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < stop; ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) // not a UTF-8 continuation
            ++column;
    }
    const QString where =
        QCoreApplication::translate("JsonInput", "line %1, column %2").arg(line).arg(column);
    return makeError(Error::Kind::Invalid,
                     problemAt(where, QCoreApplication::translate("JsonInput", "not valid JSON: %1")
                                          .arg(jsonExplanation(ex.what()))));
}

QString problemAt(const QString& path, const QString& problem)
{
    if (path.isEmpty())
        return problem;
    return path + ": "_L1 + problem;
}

QString elided(const QString& text)
{
    if (text.size() <= MaxEchoLength)
        return text;
    return text.left(MaxEchoLength) + QChar(0x2026);
}

QString quoted(const QString& text)
{
    return u'"' + elided(text) + u'"';
}

QString memberPath(const QString& parent, const QString& name)
{
    if (parent.isEmpty())
        return name;
    return parent + u'.' + name;
}

QString elementPath(const QString& parent, std::int64_t index)
{
    return parent + u'[' + QString::number(index) + u']';
}

JsonByteScanner::JsonByteScanner(const JsonLimits& limits)
    : m_limits(limits)
{
}

QString JsonByteScanner::pathOf(std::size_t depth) const
{
    QString path;
    for (std::size_t i = 0; i < depth && i < m_frames.size(); ++i) {
        const Frame& frame = m_frames[i];
        path = frame.isArray ? elementPath(path, frame.index)
                             : memberPath(path, elided(QString::fromUtf8(frame.key)));
    }
    return path;
}

bool JsonByteScanner::refuse(const QString& path, const QString& problem)
{
    m_problem = makeError(Error::Kind::Invalid, problemAt(path, problem));
    return false;
}

bool JsonByteScanner::feed(const char* data, std::int64_t size)
{
    if (m_problem)
        return false;
    m_total += size;
    if (m_total > m_limits.maxDocumentBytes) {
        return refuse({}, documentTooLarge(m_limits));
    }
    std::int64_t i = 0;
    while (i < size) {
        if (m_state != State::Between) {
            // Inside a string: run to the next quote or backslash.
            const std::int64_t start = i;
            if (m_state == State::InStringEscape) {
                m_state = State::InString;
                ++i;
            }
            while (i < size && data[i] != '"' && data[i] != '\\')
                ++i;
            const std::int64_t run = i - start;
            m_stringBytes += run;
            if (m_stringIsKey && m_keyPrefix.size() < MaxKeyPrefix) {
                m_keyPrefix.append(data + start, qsizetype(std::min<std::int64_t>(
                                                     run, MaxKeyPrefix - m_keyPrefix.size())));
            }
            if (m_stringBytes > m_limits.maxStringBytes) {
                if (m_stringIsKey) {
                    return refuse(pathOf(m_frames.size() - 1),
                                  JsonInput::tr("a member name longer than %1 MiB")
                                      .arg(mebibytes(m_limits.maxStringBytes)));
                }
                return refuse(
                    pathOf(m_frames.size()),
                    JsonInput::tr("a text longer than %1 MiB, the most Tilltro reads in one field")
                        .arg(mebibytes(m_limits.maxStringBytes)));
            }
            if (i == size)
                break;
            if (data[i] == '\\') {
                m_state = State::InStringEscape;
                ++m_stringBytes;
                ++i;
                continue;
            }
            // The closing quote.
            m_state = State::Between;
            if (m_stringIsKey) {
                m_frames.back().key = m_keyPrefix;
                m_expectKey = false;
            }
            ++i;
            continue;
        }

        const char c = data[i++];
        switch (c) {
        case '"':
            m_tokenChars = 0;
            m_state = State::InString;
            m_stringIsKey = !m_frames.empty() && !m_frames.back().isArray && m_expectKey;
            m_stringBytes = 0;
            m_keyPrefix.clear();
            break;
        case '{':
        case '[':
            m_tokenChars = 0;
            if (std::int64_t(m_frames.size()) >= m_limits.maxDepth) {
                return refuse(pathOf(m_frames.size()), nestedTooDeep(m_limits));
            }
            m_frames.push_back(Frame{c == '[', 0, {}});
            m_expectKey = c == '{';
            break;
        case '}':
        case ']':
            m_tokenChars = 0;
            if (!m_frames.empty())
                m_frames.pop_back();
            m_expectKey = false;
            break;
        case ',':
            m_tokenChars = 0;
            if (!m_frames.empty()) {
                if (m_frames.back().isArray)
                    ++m_frames.back().index;
                else
                    m_expectKey = true;
            }
            break;
        case ':':
            m_tokenChars = 0;
            m_expectKey = false;
            break;
        default:
            if (isJsonSpace(c)) {
                m_tokenChars = 0;
            } else if (++m_tokenChars > m_limits.maxNumberChars) {
                return refuse(pathOf(m_frames.size()),
                              JsonInput::tr("a number longer than %1 characters")
                                  .arg(m_limits.maxNumberChars));
            }
            break;
        }
    }
    return true;
}

Result<void> checkJsonStructure(const QByteArray& bytes, const JsonLimits& limits)
{
    if (bytes.size() > limits.maxDocumentBytes)
        return makeError(Error::Kind::Invalid, documentTooLarge(limits));
    if (bytes.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("JsonInput", "The file is empty."));
    }
    try {
        StructureCheck check(bytes, limits);
        if (!Json::sax_parse(bytes.cbegin(), bytes.cend(), &check)) {
            return check.problem.value_or(
                makeError(Error::Kind::Invalid,
                          QCoreApplication::translate("JsonInput", "The file is not valid JSON.")));
        }
        return {};
    } catch (const std::exception& ex) { // e.g. std::bad_alloc
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("JsonInput", "The file could not be read: %1")
                             .arg(QString::fromLocal8Bit(ex.what())));
    }
}

} // namespace tilltro::json
