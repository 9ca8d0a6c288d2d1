// A deterministic random-mutation driver for the fuzz targets, linked instead of libFuzzer when
// the build is not TILLTRO_LIBFUZZER (docs/fuzzing.md). It knows nothing of coverage: it runs
// every file it is given (named, or in a named folder) once, then `--runs` inputs made from
// them by random mutations, from a fixed seed, so two runs with the same arguments run the same
// inputs.
//
// When the process dies while an input runs (a sanitizer report, abort() from an invariant, a
// signal, the per-input time limit) the input is written to crash-<target>-<n> in the crash
// folder and the path printed, so `<target> <that file>` runs it again.
//
//   fuzz_exchange [--runs N] [--seed N] [--max-len BYTES] [--max-time SECONDS]
//                 [--timeout SECONDS] [--crash-dir DIR] FILE_OR_FOLDER...

#include <fcntl.h>
#include <unistd.h>

#include "fuzzsupport.h"
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);
// Provided by the sanitizer runtimes (ASan, UBSan): called when a report ends the process.
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)(void));

namespace {

namespace fs = std::filesystem;

struct Options {
    long long runs = 1000;
    std::uint64_t seed = 1;
    std::size_t maxLen = 64 * 1024;
    double maxTime = 0; ///< seconds for the whole run; 0 = no limit
    unsigned timeout = 60;
    std::string crashDir = ".";
    std::vector<std::string> paths;
};

struct Input {
    std::string name; ///< the file it came from
    std::string bytes;
};

// ----- reproducing a crash -----
// Everything the signal handlers need is prepared beforehand; they only call write(), open(),
// close() and raise(), which are async-signal-safe.

const char* g_target = "fuzz";
std::string g_crashPrefix; ///< "<crash-dir>/crash-<target>-"
const char* g_data = nullptr;
std::size_t g_size = 0;
long long g_index = 0;
const char* g_origin = "";
volatile std::sig_atomic_t g_saved = 0;

void say(const char* text)
{
    ssize_t ignored = ::write(STDERR_FILENO, text, std::strlen(text));
    (void)ignored;
}

/// Writes `value` as decimal into `out` (at least 24 chars); returns `out`.
char* decimal(long long value, char* out)
{
    char reversed[24];
    int n = 0;
    unsigned long long v = value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                                     : static_cast<unsigned long long>(value);
    do {
        reversed[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0);
    int i = 0;
    if (value < 0)
        out[i++] = '-';
    while (n > 0)
        out[i++] = reversed[--n];
    out[i] = '\0';
    return out;
}

void saveCurrentInput(const char* why)
{
    if (g_saved)
        return;
    g_saved = 1;
    if (!g_data) {
        say("fuzzdriver: the process died outside any input (e.g. a leak report at exit)\n");
        return;
    }
    char path[4096];
    char number[24];
    decimal(g_index, number);
    if (g_crashPrefix.size() + std::strlen(number) + 1 > sizeof path)
        return;
    std::memcpy(path, g_crashPrefix.data(), g_crashPrefix.size());
    std::strcpy(path + g_crashPrefix.size(), number);
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::size_t written = 0;
    while (fd >= 0 && written < g_size) {
        const ssize_t n = ::write(fd, g_data + written, g_size - written);
        if (n <= 0)
            break;
        written += std::size_t(n);
    }
    if (fd >= 0)
        ::close(fd);
    say("\nfuzzdriver: ");
    say(why);
    say(" in input ");
    say(number);
    say(" (from ");
    say(g_origin);
    say(")\nfuzzdriver: the input is in ");
    say(path);
    say("\nfuzzdriver: run it again with: ");
    say(g_target);
    say(" ");
    say(path);
    say("\n");
}

void onSanitizerDeath()
{
    saveCurrentInput("a sanitizer report");
}

void onSignal(int signal)
{
    saveCurrentInput(signal == SIGALRM   ? "the time limit was exceeded"
                     : signal == SIGABRT ? "abort() (a sanitizer report or a broken invariant)"
                                         : "a fatal signal");
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void installCrashHandlers()
{
    if (__sanitizer_set_death_callback) {
        __sanitizer_set_death_callback(onSanitizerDeath);
    } else {
        // Without a sanitizer: the fatal signals. (With one, its own handlers report them and
        // then call onSanitizerDeath; installing ours would replace its report.)
        for (const int s : {SIGSEGV, SIGBUS, SIGFPE, SIGILL})
            std::signal(s, onSignal);
    }
    std::signal(SIGABRT, onSignal); // abort() from an invariant, or abort_on_error=1
    std::signal(SIGALRM, onSignal); // the per-input time limit
}

// ----- mutations -----

using tilltro::fuzz::Random;

/// Tokens that break parsers: JSON syntax, number edges, escapes, broken UTF-8, and the bits of
/// dates and personnummer. The corpus adds its own quoted strings (member names, codes).
const std::vector<std::string>& baseDictionary()
{
    static const std::vector<std::string> tokens = {"{",
                                                    "}",
                                                    "[",
                                                    "]",
                                                    "\"",
                                                    ":",
                                                    ",",
                                                    "null",
                                                    "true",
                                                    "false",
                                                    "{}",
                                                    "[]",
                                                    "\"\"",
                                                    "0",
                                                    "-0",
                                                    "1",
                                                    "-1",
                                                    "1.5",
                                                    "1e2",
                                                    "1e999",
                                                    "-1e999",
                                                    "1E-400",
                                                    "0.0000001",
                                                    "2147483647",
                                                    "2147483648",
                                                    "-2147483648",
                                                    "-2147483649",
                                                    "4294967296",
                                                    "9223372036854775807",
                                                    "9223372036854775808",
                                                    "-9223372036854775808",
                                                    "-9223372036854775809",
                                                    "18446744073709551615",
                                                    "18446744073709551616",
                                                    "12345678901234567890",
                                                    "\\u0000",
                                                    "\\ud800",
                                                    "\\udc00",
                                                    "\\ud83d\\ude00",
                                                    "\\\"",
                                                    "\\\\",
                                                    "\\u00e5",
                                                    "\\n",
                                                    "\xc3\xa5",
                                                    "\xc3\x28",
                                                    "\xed\xa0\x80",
                                                    "\xf4\x90\x80\x80",
                                                    "\xef\xbb\xbf",
                                                    "\xc0\xaf",
                                                    "\"code\"",
                                                    "\"personnummer\"",
                                                    "\"participants\"",
                                                    "\"answers\"",
                                                    "\"value\"",
                                                    "\"version\"",
                                                    "\"2024-02-29\"",
                                                    "\"2023-02-29\"",
                                                    "\"0000-01-01\"",
                                                    "\"9999-12-31\"",
                                                    "\"2026-01-01T00:00:00.000Z\"",
                                                    "\"2026-01-01T00:00:00+01:00\"",
                                                    "\"2026-13-01\"",
                                                    "-",
                                                    "+",
                                                    " ",
                                                    "\t",
                                                    "19",
                                                    "20",
                                                    "00",
                                                    "0229",
                                                    "61",
                                                    "91",
                                                    "000",
                                                    "9999",
                                                    "\xef\xbc\x91",
                                                    "\xd9\xa1",
                                                    "\xe2\x80\x8b"};
    return tokens;
}

/// Every quoted string of the corpus up to 48 bytes, once each: member names, codes, keys.
std::vector<std::string> corpusTokens(const std::vector<Input>& corpus)
{
    std::set<std::string> found;
    for (const Input& input : corpus) {
        const std::string& b = input.bytes;
        for (std::size_t i = 0; i < b.size() && found.size() < 4000; ++i) {
            if (b[i] != '"')
                continue;
            const std::size_t end = b.find('"', i + 1);
            if (end == std::string::npos)
                break;
            if (end - i <= 48)
                found.insert(b.substr(i, end - i + 1));
            i = end;
        }
    }
    return {found.begin(), found.end()};
}

class Mutator {
public:
    Mutator(const std::vector<Input>& corpus, std::uint64_t seed, std::size_t maxLen)
        : m_corpus(corpus)
        , m_random(seed)
        , m_maxLen(maxLen)
        , m_dictionary(baseDictionary())
    {
        m_baseTokens = m_dictionary.size();
        const std::vector<std::string> own = corpusTokens(corpus);
        m_dictionary.insert(m_dictionary.end(), own.begin(), own.end());
    }

    /// The next input: a corpus file with one to a few stacked mutations; `origin` is set to
    /// the file it started from.
    std::string next(const std::string** origin)
    {
        const Input& base = m_corpus[m_random.below(m_corpus.size())];
        *origin = &base.name;
        std::string bytes = base.bytes;
        const std::size_t count = m_random.smallCount(4);
        for (std::size_t i = 0; i < count; ++i)
            mutate(bytes);
        if (bytes.size() > m_maxLen)
            bytes.resize(m_maxLen);
        return bytes;
    }

private:
    std::size_t position(const std::string& b) { return m_random.below(b.size() + 1); }
    const std::string& token() { return m_dictionary[m_random.below(m_dictionary.size())]; }

    void mutate(std::string& b)
    {
        // Half of the mutations keep JSON well-formed (a value or a string for another), so
        // inputs get past the parser to the checks of fields, values and the database.
        switch (m_random.below(20)) {
        case 0: // flip one bit
            if (!b.empty())
                b[m_random.below(b.size())] ^= static_cast<char>(1 << m_random.below(8));
            break;
        case 1: { // an interesting byte
            static constexpr char interesting[] = {'\0', '\x7f', '\x80', '\xff', '"',   '\\', '{',
                                                   '}',  '[',    ']',    ',',    ':',   '0',  '9',
                                                   '-',  '+',    ' ',    '\n',   '\xc3'};
            if (!b.empty())
                b[m_random.below(b.size())] = interesting[m_random.below(sizeof interesting)];
            break;
        }
        case 2: // a random byte
            if (!b.empty())
                b[m_random.below(b.size())] = static_cast<char>(m_random.below(256));
            break;
        case 3: { // delete a range
            if (b.empty())
                break;
            const std::size_t at = m_random.below(b.size());
            b.erase(at, m_random.smallCount(b.size() - at));
            break;
        }
        case 4: { // insert random bytes
            std::string bytes(m_random.smallCount(8), '\0');
            for (char& c : bytes)
                c = static_cast<char>(m_random.below(256));
            b.insert(position(b), bytes);
            break;
        }
        case 5: { // duplicate a range somewhere else
            if (b.empty())
                break;
            const std::size_t at = m_random.below(b.size());
            const std::string range = b.substr(at, m_random.smallCount(b.size() - at));
            b.insert(position(b), range);
            break;
        }
        case 6: { // splice: this input's start, another corpus file's end
            const std::string& other = m_corpus[m_random.below(m_corpus.size())].bytes;
            b = b.substr(0, position(b)) + other.substr(m_random.below(other.size() + 1));
            break;
        }
        case 7: // insert a token
        case 8:
            b.insert(position(b), token());
            break;
        case 9: { // replace from anywhere up to the next delimiter by a token
            const std::size_t at = m_random.below(b.size() + 1);
            std::size_t end = b.find_first_of(",}]\n", at);
            if (end == std::string::npos)
                end = b.size();
            b.replace(at, end - at, token());
            break;
        }
        case 12: // replace a JSON value by a token or another value of the corpus
        case 13:
        case 14:
        case 15:
            replaceValue(b, m_random.below(2) == 0 ? valueToken() : corpusValue());
            break;
        case 16: // replace a quoted string (a member name, a code) by another
        case 17:
        case 18:
        case 19:
            replaceString(b, corpusString());
            break;
        case 10: { // deep nesting, around the limits of the readers
            static constexpr std::size_t depths[] = {63, 64, 65, 79, 80, 81, 200, 5000};
            const std::size_t depth = depths[m_random.below(std::size(depths))];
            const bool array = m_random.below(2) == 0;
            std::string open;
            for (std::size_t i = 0; i < depth; ++i)
                open += array ? "[" : "{\"a\":";
            const std::size_t at = position(b);
            if (m_random.below(2) == 0)
                b.insert(at, std::string(depth, array ? ']' : '}'));
            b.insert(at, open);
            break;
        }
        default: { // a long string, around the 40-character elision and beyond
            static constexpr std::size_t lengths[] = {39, 40, 41, 255, 256, 4096, 40000};
            const std::size_t length = lengths[m_random.below(std::size(lengths))];
            b.insert(position(b), '"' + std::string(length, "xå\\"[m_random.below(2)]) + '"');
            break;
        }
        }
    }

    /// A token that is a JSON value on its own (a number, a string, null, {}...).
    const std::string& valueToken()
    {
        for (;;) {
            const std::string& t = token();
            const char c = t[0];
            if ((c >= '0' && c <= '9') || c == '-' ||
                (c == '"' && t.size() > 1 && t.back() == '"') || t == "null" || t == "true" ||
                t == "false" || t == "{}" || t == "[]")
                return t;
        }
    }

    /// A quoted string found in the corpus (or any token if there is none).
    const std::string& corpusString()
    {
        if (m_dictionary.size() == m_baseTokens)
            return token();
        return m_dictionary[m_baseTokens + m_random.below(m_dictionary.size() - m_baseTokens)];
    }

    struct Span {
        std::size_t begin;
        std::size_t end;
    };

    /// Where the JSON value starting at `at` ends: after a string's closing quote, an object's
    /// or array's closing bracket, else before the next delimiter or white space.
    static std::size_t valueEnd(const std::string& b, std::size_t at)
    {
        int depth = 0;
        bool inString = false;
        for (std::size_t i = at; i < b.size(); ++i) {
            const char c = b[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"' && (inString = false, depth == 0))
                    return i + 1;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return i;
                if (--depth == 0)
                    return i + 1;
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n')) {
                return i;
            }
        }
        return b.size();
    }

    /// The strings of `b` and where the values of its members start (after a ':' outside a
    /// string), for mutations that keep JSON well-formed. Linear: a value's end is found only
    /// for the one chosen (a deeply nested document has thousands).
    static void scan(const std::string& b, std::vector<Span>* strings,
                     std::vector<std::size_t>* values)
    {
        for (std::size_t i = 0; i < b.size(); ++i) {
            if (b[i] == '"') {
                const std::size_t end = valueEnd(b, i);
                strings->push_back({i, end});
                i = end - 1;
            } else if (b[i] == ':') {
                std::size_t at = i + 1;
                while (at < b.size() && (b[at] == ' ' || b[at] == '\n'))
                    ++at;
                values->push_back(at);
            }
        }
    }

    /// A member value of `b` chosen at random, or false if it has none.
    bool someValue(const std::string& b, Span* value)
    {
        std::vector<Span> strings;
        std::vector<std::size_t> values;
        scan(b, &strings, &values);
        if (values.empty())
            return false;
        const std::size_t begin = values[m_random.below(values.size())];
        *value = {begin, valueEnd(b, begin)};
        return true;
    }

    /// A value of some corpus file.
    std::string corpusValue()
    {
        const std::string& other = m_corpus[m_random.below(m_corpus.size())].bytes;
        Span v{};
        if (!someValue(other, &v))
            return valueToken();
        return other.substr(v.begin, v.end - v.begin);
    }

    void replaceValue(std::string& b, const std::string& value)
    {
        Span v{};
        if (someValue(b, &v))
            b.replace(v.begin, v.end - v.begin, value);
    }

    void replaceString(std::string& b, const std::string& quoted)
    {
        std::vector<Span> strings;
        std::vector<std::size_t> values;
        scan(b, &strings, &values);
        if (strings.empty())
            return;
        const Span v = strings[m_random.below(strings.size())];
        b.replace(v.begin, v.end - v.begin, quoted);
    }

    const std::vector<Input>& m_corpus;
    Random m_random;
    std::size_t m_maxLen;
    std::vector<std::string> m_dictionary;
    std::size_t m_baseTokens = 0; ///< m_dictionary[m_baseTokens...] came from the corpus
};

// ----- the run -----

bool readFile(const fs::path& path, std::string* bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

/// The inputs in `path`: the file itself, or the regular files in the folder (sorted by name;
/// names starting with '.' and *.md notes are skipped). False if it cannot be read.
bool collect(const std::string& path, std::vector<Input>* inputs)
{
    std::error_code error;
    std::vector<fs::path> files;
    if (fs::is_directory(path, error)) {
        for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
            const std::string name = entry.path().filename().string();
            if (entry.is_regular_file() && name[0] != '.' && entry.path().extension() != ".md")
                files.push_back(entry.path());
        }
        if (error)
            return false;
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(path);
    }
    for (const fs::path& file : files) {
        Input input{file.string(), {}};
        if (!readFile(file, &input.bytes))
            return false;
        inputs->push_back(std::move(input));
    }
    return true;
}

void runOne(const std::string& bytes, long long index, const std::string& origin, unsigned timeout)
{
    g_index = index;
    g_origin = origin.c_str();
    g_size = bytes.size();
    g_data = bytes.data();
    ::alarm(timeout);
    // A copy of exactly the input's size, so ASan sees a read past its end; like libFuzzer's,
    // never a null pointer, even for an empty input.
    const std::unique_ptr<std::uint8_t[]> copy(new std::uint8_t[bytes.size()]);
    std::memcpy(copy.get(), bytes.data(), bytes.size());
    LLVMFuzzerTestOneInput(copy.get(), bytes.size());
    ::alarm(0);
    g_data = nullptr;
}

int usage(const char* program)
{
    std::fprintf(stderr,
                 "usage: %s [--runs N] [--seed N] [--max-len BYTES] [--max-time SECONDS]\n"
                 "          [--timeout SECONDS] [--crash-dir DIR] FILE_OR_FOLDER...\n"
                 "Runs every given file (and every file in a given folder), then N inputs made\n"
                 "by mutating them (default 1000, seed 1).\n",
                 program);
    return 1;
}

bool parseArguments(int argc, char** argv, Options* options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        try {
            if (arg == "--runs" && hasValue)
                options->runs = std::stoll(argv[++i]);
            else if (arg == "--seed" && hasValue)
                options->seed = std::stoull(argv[++i]);
            else if (arg == "--max-len" && hasValue)
                options->maxLen = std::stoull(argv[++i]);
            else if (arg == "--max-time" && hasValue)
                options->maxTime = std::stod(argv[++i]);
            else if (arg == "--timeout" && hasValue)
                options->timeout = unsigned(std::stoul(argv[++i]));
            else if (arg == "--crash-dir" && hasValue)
                options->crashDir = argv[++i];
            else if (arg.starts_with("-"))
                return false;
            else
                options->paths.emplace_back(arg);
        } catch (const std::exception&) {
            return false;
        }
    }
    return !options->paths.empty() && options->runs >= 0;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parseArguments(argc, argv, &options))
        return usage(argv[0]);
    static const std::string target = fs::path(argv[0]).filename().string();
    g_target = target.c_str();

    std::vector<Input> corpus;
    for (const std::string& path : options.paths) {
        if (!collect(path, &corpus)) {
            std::fprintf(stderr, "%s: cannot read %s\n", g_target, path.c_str());
            return 1;
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "%s: no input files in the given paths\n", g_target);
        return 1;
    }
    std::error_code error;
    const fs::path crashDir = fs::absolute(options.crashDir, error).lexically_normal();
    g_crashPrefix = (crashDir / ("crash-" + target + "-")).string();
    installCrashHandlers();
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    long long index = 0;
    for (const Input& input : corpus)
        runOne(input.bytes, index++, input.name, options.timeout);

    Mutator mutator(corpus, options.seed, options.maxLen);
    long long mutated = 0;
    while (mutated < options.runs && (options.maxTime <= 0 || elapsed() < options.maxTime)) {
        const std::string* origin = nullptr;
        const std::string bytes = mutator.next(&origin);
        runOne(bytes, index++, "a mutation of " + *origin, options.timeout);
        ++mutated;
    }

    const double seconds = elapsed();
    std::printf("%s: %zu files + %lld mutated inputs (seed %llu) in %.1f s, %.0f inputs/s\n",
                g_target, corpus.size(), mutated, static_cast<unsigned long long>(options.seed),
                seconds, seconds > 0 ? double(index) / seconds : 0.0);
    std::fflush(stdout);
    return 0;
}
