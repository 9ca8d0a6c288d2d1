#include "easyread.h"

#include "../json/jsonguard.h"
#include "../json/jsonreader.h"
#include "localizedreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <string>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {

using Json = nlohmann::json;
using Field = json::Field<Json>;
using json::quoted;
using json::refuse;

/// A sidecar is a few kilobytes; one near this is not one.
constexpr std::int64_t MaxSidecarBytes = 1024 * 1024;
constexpr int SidecarFormatVersion = 1;
/// An easy-read question is a sentence or three; a text longer than this is not one.
constexpr qsizetype MaxTextLength = 500;

json::JsonLimits sidecarLimits()
{
    json::JsonLimits limits;
    limits.maxDocumentBytes = MaxSidecarBytes;
    limits.maxStringBytes = MaxSidecarBytes; // each text is checked for MaxTextLength
    limits.maxNumberChars = 20;
    limits.maxDepth = 8; // the format needs 4 levels
    limits.maxMembers = 1000;
    limits.maxValues = 100000;
    return limits;
}

/// Reads the sidecar. The field-level wording is the instrument loader's (context
/// "Instrument"), so a translator sees each refusal once.
class SidecarReader {
    Q_DECLARE_TR_FUNCTIONS(Instrument)

public:
    explicit SidecarReader(const Instrument& instrument)
        : m_instrument(instrument)
    {
    }

    EasyReadTexts read(const Json& document) const
    {
        if (!document.is_object())
            refuse({}, QCoreApplication::translate("EasyRead", "must be a JSON object ({...})"));
        const Field format = field(document, "format", {});
        if (string(format) != "tilltro-easyread"_L1) {
            refuse(format.path,
                   QCoreApplication::translate(
                       "EasyRead", "must be \"tilltro-easyread\"; this is not an easy-read file"));
        }
        const Field formatVersion = field(document, "formatVersion", {});
        if (!formatVersion.value.is_number_integer() ||
            formatVersion.value.get<std::int64_t>() != SidecarFormatVersion) {
            refuse(formatVersion.path, tr("must be %1").arg(SidecarFormatVersion),
                   formatVersion.value.is_number_integer() &&
                           formatVersion.value.get<std::int64_t>() > SidecarFormatVersion
                       ? Error::Kind::Unsupported
                       : Error::Kind::Invalid);
        }
        const Field id = field(document, "instrument", {});
        if (string(id) != m_instrument.id()) {
            refuse(id.path, QCoreApplication::translate(
                                "EasyRead", "is %1, but the texts are read for the instrument %2")
                                .arg(quoted(string(id)), quoted(m_instrument.id())));
        }
        const Field version = field(document, "instrumentVersion", {});
        if (!version.value.is_number_integer() ||
            version.value.get<std::int64_t>() != m_instrument.version()) {
            refuse(version.path,
                   QCoreApplication::translate(
                       "EasyRead", "must be %1, the version of the instrument the texts are for")
                       .arg(m_instrument.version()));
        }

        const Field questions = field(document, "questions", {});
        const Json& entries = json::object(questions);
        EasyReadTexts result;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString path = json::memberPath(questions.path, key);
            const Question* question = m_instrument.question(key);
            if (!question || question->respondent != Respondent::Deltagare) {
                refuse(path, QCoreApplication::translate(
                                 "EasyRead", "%1 is not a deltagare question of the instrument")
                                 .arg(quoted(key)));
            }
            result.emplace(key,
                           instrumentreading::easyReadEntry(Field{it.value(), path}, *question));
        }
        return result;
    }

    static EasyReadText entry(const Field& f, const Question& question)
    {
        if (question.respondent != Respondent::Deltagare) {
            refuse(f.path, QCoreApplication::translate(
                               "EasyRead", "only a deltagare question has easy-read wording"));
        }
        const Json& entry = json::object(f);
        const QString& path = f.path;
        EasyReadText text;
        text.text = localized(field(entry, "text", path));
        const bool numeric = question.scale.type == Scale::Type::Numeric;
        for (const auto& [name, target] : {std::pair{"minLabel", &EasyReadText::minLabel},
                                           std::pair{"maxLabel", &EasyReadText::maxLabel}}) {
            if (numeric) {
                text.*target = localized(field(entry, name, path));
            } else if (json::optionalValue(entry, name)) {
                refuse(json::memberPath(path, QString::fromLatin1(name)),
                       QCoreApplication::translate(
                           "EasyRead", "a choice question has no anchors: leave it out"));
            }
        }
        return text;
    }

private:
    static Field field(const Json& object, const char* name, const QString& parent)
    {
        const QString path = json::memberPath(parent, QString::fromLatin1(name));
        const auto it = object.find(name);
        if (it == object.end() || it->is_null())
            refuse(path, tr("is missing"));
        return {*it, path};
    }

    static QString string(const Field& f)
    {
        if (!f.value.is_string())
            refuse(f.path, tr("must be a string"));
        QString text = QString::fromStdString(f.value.get_ref<const std::string&>());
        if (text.trimmed().isEmpty())
            refuse(f.path, tr("must not be empty"));
        if (text.size() > MaxTextLength) {
            refuse(f.path,
                   QCoreApplication::translate(
                       "EasyRead", "is longer than %1 characters: easy-read texts are short")
                       .arg(MaxTextLength));
        }
        return text;
    }

    /// Texts by language, as the instrument writes them.
    static LocalizedText localized(const Field& f)
    {
        return instrumentreading::localizedText(f, &SidecarReader::string);
    }

    const Instrument& m_instrument;
};

Result<EasyReadTexts> sidecarTexts(const Instrument& instrument, const QString& path);

/// "<file>: <problem>", so a broken sidecar is found by its name.
Error inFile(const QString& path, Error error)
{
    error.message = QCoreApplication::translate("EasyRead", "%1: %2")
                        .arg(QDir::toNativeSeparators(path), error.message);
    return error;
}

} // namespace

EasyReadText instrumentreading::easyReadEntry(const json::Field<nlohmann::json>& f,
                                              const Question& question)
{
    return SidecarReader::entry(f, question);
}

QString easyReadPath(const Instrument& instrument)
{
    return u":/instruments/%1-v%2.easyread.json"_s.arg(instrument.id()).arg(instrument.version());
}

Result<EasyReadTexts> easyReadTexts(const Instrument& instrument)
{
    return easyReadTexts(instrument, easyReadPath(instrument));
}

Result<EasyReadTexts> easyReadTexts(const Instrument& instrument, const QString& path)
{
    auto sidecar = sidecarTexts(instrument, path);
    if (!sidecar)
        return sidecar;
    // The instrument's own wording first; the sidecar's for the questions without.
    EasyReadTexts texts = std::move(sidecar.value());
    for (const Question& question : instrument.questions()) {
        if (!question.easyRead.isEmpty())
            texts.insert_or_assign(question.key, question.easyRead);
    }
    return texts;
}

namespace {

Result<EasyReadTexts> sidecarTexts(const Instrument& instrument, const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return EasyReadTexts{};
    // Only an ordinary file: a pipe or a device could block or never end.
    if (!info.isFile()) {
        return inFile(path,
                      makeError(Error::Kind::Invalid,
                                QCoreApplication::translate(
                                    "EasyRead", "is not an ordinary file, so it was not read")));
    }
    if (info.size() > MaxSidecarBytes) {
        return inFile(path, makeError(Error::Kind::Invalid,
                                      QCoreApplication::translate(
                                          "EasyRead", "is larger than %1 KiB: it is not an "
                                                      "easy-read file")
                                          .arg(MaxSidecarBytes / 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return inFile(path, makeError(Error::Kind::Io, QCoreApplication::translate(
                                                           "EasyRead", "could not be read: %1")
                                                           .arg(file.errorString())));
    }
    const QByteArray bytes = file.read(MaxSidecarBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return inFile(path, makeError(Error::Kind::Io, QCoreApplication::translate(
                                                           "EasyRead", "could not be read: %1")
                                                           .arg(file.errorString())));
    }
    return parseEasyReadTexts(instrument, bytes, path);
}

} // namespace

Result<EasyReadTexts> parseEasyReadTexts(const Instrument& instrument, const QByteArray& json,
                                         const QString& path)
{
    if (auto sound = json::checkJsonStructure(json, sidecarLimits()); !sound)
        return inFile(path, sound.error());
    try {
        const Json document = Json::parse(json.cbegin(), json.cend(), nullptr, true);
        return SidecarReader(instrument).read(document);
    } catch (const json::Refusal& refusal) {
        return inFile(path, refusal.error);
    } catch (const Json::parse_error& ex) {
        return inFile(path, json::syntaxError(json, ex.byte, ex));
    } catch (const std::exception& ex) { // nlohmann's other exceptions, std::bad_alloc
        return inFile(path, makeError(Error::Kind::Invalid,
                                      QCoreApplication::translate("EasyRead", "not readable: %1")
                                          .arg(json::jsonExplanation(ex.what()))));
    }
}

} // namespace tilltro
