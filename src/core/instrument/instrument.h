#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

#include "../domain/occasion.h"
#include "../result.h"

namespace tilltro {

/// Text in several languages, keyed by language code ("sv", "en", "da"...).
struct LocalizedText {
    QMap<QString, QString> byLanguage;

    /// The text in `language`, else Swedish, else English, else any.
    QString text(const QString& language) const;
    bool isEmpty() const { return byLanguage.isEmpty(); }
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

enum class Respondent { Deltagare, Handledare };

/// A non-answer a question may accept (Vet ej, Vill ej svara, Ej aktuellt att fråga).
struct NonAnswerDef {
    QString key;
    LocalizedText label;
};

struct ScaleOption {
    QString key;
    LocalizedText label;
};

/// Numeric: integers min..max with verbal anchors at the ends. Choice: one of `options`.
struct Scale {
    enum class Type { Numeric, Choice };
    Type type = Type::Numeric;
    int min = 1;
    int max = 10;
    LocalizedText minLabel;
    LocalizedText maxLabel;
    std::vector<ScaleOption> options;
};

/// An employability indicator: an axis of the radar chart.
struct Indicator {
    QString key;
    LocalizedText label;
    bool bipSignificant = false;
};

struct Question {
    QString key; ///< unique within the instrument; answers are keyed by it
    Respondent respondent = Respondent::Deltagare;
    QString indicator;   ///< indicator key this question rates, or empty
    LocalizedText label; ///< short name
    LocalizedText text;  ///< the question as asked
    Scale scale;
    QStringList nonAnswers; ///< keys of accepted non-answers
    bool required = true;   ///< must be answered (or explicitly non-answered) to complete
    bool sensitive = false; ///< left out of prints and exports unless asked for
    bool bipSignificant = false;
};

/// A validated, versioned instrument definition (see docs/instrument-format.md).
class Instrument {
public:
    /// The format this program reads; a document with another formatVersion is refused.
    static constexpr int FormatVersion = 1;

    /// Parses and validates. On failure the message names the offending field, e.g.
    /// "questions[3].scale.max: must be greater than min".
    static Result<Instrument> fromJson(const QByteArray& json);
    /// The default SKAPA instrument shipped in the resources: the newest built-in version
    /// (DefaultVersion). Occasions already held keep the version stored with them.
    static Result<Instrument> loadDefault();
    /// The version of the built-in SKAPA instrument that loadDefault() returns.
    static constexpr int DefaultVersion = 2;
    /// Version `version` of the built-in SKAPA instrument (":/instruments/skapa-bip-v<N>.json"),
    /// e.g. 1 to read what occasions answered with the first version were asked. A version not
    /// built into this program is refused (NotFound) with a message naming it.
    static Result<Instrument> loadBuiltIn(int version);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString name(const QString& language) const { return m_name.text(language); }
    /// The exact bytes it was parsed from (stored in the database with each version).
    QByteArray json() const { return m_json; }

    const std::vector<NonAnswerDef>& nonAnswers() const { return m_nonAnswers; }
    const std::vector<Indicator>& indicators() const { return m_indicators; }
    const std::vector<Question>& questions() const { return m_questions; }
    std::vector<const Question*> questionsFor(Respondent respondent) const;

    const Question* question(const QString& key) const;
    const Indicator* indicator(const QString& key) const;
    const NonAnswerDef* nonAnswer(const QString& key) const;
    /// The question of `respondent` that rates indicator `indicatorKey`, or nullptr.
    const Question* questionForIndicator(const QString& indicatorKey, Respondent respondent) const;

    /// Whether `answer` is acceptable for question `key`: a value within the numeric scale, an
    /// option of a choice scale, or one of the question's non-answers. An empty answer is not.
    bool accepts(const QString& key, const Answer& answer) const;

private:
    QString m_id;
    int m_version = 0;
    LocalizedText m_name;
    QByteArray m_json;
    std::vector<NonAnswerDef> m_nonAnswers;
    std::vector<Indicator> m_indicators;
    std::vector<Question> m_questions;
};

} // namespace tilltro
