#pragma once

// The one structure guard against hostile JSON, run before nlohmann::json builds anything: used
// by the instrument loader and the JSON exchange, each with its own limits. Core-internal. Its
// refusals have one wording whoever reads, each naming what is wrong and where (the JSON path,
// or the line and column of a syntax error).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <vector>

#include "../result.h"

namespace tilltro::json {

/// What a document may cost. A value over a limit is refused with the path where it occurred.
/// The defaults are the JSON exchange's; a reader with other needs sets its own.
struct JsonLimits {
    std::int64_t maxDocumentBytes = 256 * 1024 * 1024;
    std::int64_t maxStringBytes = 1024 * 1024; ///< one string (or member name), in UTF-8 bytes
    int maxNumberChars = 100;                  ///< one number (or true/false/null) token
    int maxDepth = 80;                         ///< nested arrays and objects
    std::int64_t maxMembers = 10000;           ///< members of one object
    std::int64_t maxValues = 8 * 1000 * 1000;  ///< values in the whole document
};

/// A first pass over the raw bytes that needs no memory beyond the current path: it stops at
/// the first string or number longer than the limits and at nesting deeper than maxDepth,
/// before any parser has built a string of that size. It does not check the syntax (the
/// structure check does), so on broken JSON its paths are a best guess. Feed the bytes in
/// chunks as they are read, so a hostile file is refused without reading all of it.
class JsonByteScanner {
public:
    explicit JsonByteScanner(const JsonLimits& limits);

    /// Scans the next bytes; false once a limit is exceeded (problem() then says where).
    bool feed(const char* data, std::int64_t size);
    bool feed(const QByteArray& bytes) { return feed(bytes.constData(), bytes.size()); }
    const std::optional<Error>& problem() const { return m_problem; }

private:
    struct Frame {
        bool isArray = false;
        std::int64_t index = 0; ///< of an array: the element being read
        QByteArray key;         ///< of an object: the member being read (cut short)
    };
    enum class State { Between, InString, InStringEscape };

    QString pathOf(std::size_t depth) const;
    bool refuse(const QString& path, const QString& problem);

    JsonLimits m_limits;
    std::vector<Frame> m_frames;
    State m_state = State::Between;
    bool m_expectKey = false;   ///< in an object, before a member name
    bool m_stringIsKey = false; ///< the string being read is a member name
    std::int64_t m_stringBytes = 0;
    std::int64_t m_tokenChars = 0;
    std::int64_t m_total = 0;
    QByteArray m_keyPrefix;
    std::optional<Error> m_problem;
};

/// The second pass, with nlohmann's SAX parser, which builds nothing: refuses a document larger
/// than maxDocumentBytes or empty, invalid JSON (naming line and column), a member name used
/// twice in one object (a tree would silently keep only the last), nesting deeper than maxDepth,
/// objects with more than maxMembers members and documents with more than maxValues values. It
/// holds each string and number in memory once, so for a large document run the byte scanner
/// first.
Result<void> checkJsonStructure(const QByteArray& bytes, const JsonLimits& limits);

/// nlohmann's explanation without its "[json.exception.parse_error.101] parse error at line 1,
/// column 2: " prefix, since the position is named separately; at most 300 characters.
QString jsonExplanation(const char* what);
/// A syntax error at `position` (nlohmann counts the bytes read, including the one it stopped
/// at): "line L, column C: not valid JSON: …", with the line and column an editor would show
/// (columns count characters, not bytes).
Error syntaxError(const QByteArray& bytes, std::size_t position, const std::exception& ex);

/// "path: problem", or just the problem when the path is empty (the whole document).
QString problemAt(const QString& path, const QString& problem);
/// Document text repeated in a message, cut to 40 characters so it cannot make a message huge.
QString elided(const QString& text);
/// `elided(text)` in double quotes.
QString quoted(const QString& text);
/// "parent.name", or "name" at the top.
QString memberPath(const QString& parent, const QString& name);
/// "parent[index]".
QString elementPath(const QString& parent, std::int64_t index);

} // namespace tilltro::json
