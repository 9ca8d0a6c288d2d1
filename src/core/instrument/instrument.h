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

/// The easy-read (lättläst) wording of a deltagare question: a shorter question and shorter
/// anchors, for the blank form and the meeting window's easy-read mode. `minLabel` and
/// `maxLabel` are the anchors of a numeric scale (empty for a choice question). All empty: the
/// question has none (see easyread.h for where else it may come from).
struct EasyReadText {
    LocalizedText text;
    LocalizedText minLabel;
    LocalizedText maxLabel;
    bool isEmpty() const { return text.isEmpty(); }
    friend bool operator==(const EasyReadText&, const EasyReadText&) = default;
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
    EasyReadText easyRead; ///< the instrument's own easy-read wording (deltagare questions)
};

/// An insats category (BIP: jobbinriktad, kompetenshöjande, hälsoinriktad, social). Insats
/// periods store its key.
struct InsatsCategoryDef {
    QString key;
    LocalizedText label;
    LocalizedText description; ///< what belongs here ("SFI, vägledning …"); may be empty
    /// The category BIP's signals and statistics count as job-oriented: exactly one has it.
    bool jobOriented = false;
};

/// What an ended participation counts as in the statistics' outcome.
enum class EndOutcome { Other, Arbete, Studier };

/// Why a participation ended. Participants store its key.
struct EndReasonDef {
    QString key;
    LocalizedText label;
    LocalizedText description; ///< may be empty
    EndOutcome outcome = EndOutcome::Other;
};

/// The insats categories and end reasons offered for new records, in the order offered. An
/// instrument may bring its own (local adaptation); one that does not uses defaults(), BIP's
/// four categories and the six end reasons of the first version. A key that a list does not
/// have (a record made with another list, or imported) is shown as it was written.
struct InsatsLists {
    std::vector<InsatsCategoryDef> categories; ///< never empty; exactly one jobOriented
    std::vector<EndReasonDef> endReasons;      ///< never empty

    /// The built-in lists (":/instruments/insats-lists.json").
    static const InsatsLists& defaults();

    const InsatsCategoryDef* category(const QString& key) const;
    const EndReasonDef* endReason(const QString& key) const;
    /// The key of the job-oriented category.
    QString jobOrientedCategory() const;
    /// The categories, then those of the built-in list this one lacks: what records may carry
    /// besides other lists' keys, e.g. for a statistics filter.
    std::vector<InsatsCategoryDef> categoriesWithBuiltIn() const;
    /// The label of `key` in `language`: this list's, else the built-in list's, else `key`
    /// itself (a record made with another list is shown as it was written).
    QString categoryLabel(const QString& key, const QString& language) const;
    QString endReasonLabel(const QString& key, const QString& language) const;
    /// A label as it runs in a sentence ("med en jobbinriktad insats"): the first letter in
    /// lower case, unless the label starts with an abbreviation ("SFI").
    static QString inSentence(const QString& label);
    /// What end reason `key` counts as: this list's, else the built-in list's (a reason recorded
    /// before the unit chose its own list), else Other.
    EndOutcome outcomeOf(const QString& key) const;
    /// The position of `key` in categories; categories.size() for a key it does not have (such
    /// keys sort after the listed ones).
    std::size_t categoryPosition(const QString& key) const;
};

/// Whether `text` can be a key of an instrument's item (a question, an indicator, an insats
/// category ...): not empty, only a-z, 0-9, _ and -. Keys are stored and exchanged as they are.
bool isInstrumentKey(const QString& text);

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
    /// The insats categories and end reasons of this instrument: its own where it has them
    /// (`insatsCategories`, `endReasons`), else InsatsLists::defaults()'s.
    const InsatsLists& insatsLists() const { return m_insatsLists; }
    /// Whether the instrument brings its own categories or end reasons.
    bool hasOwnInsatsLists() const { return m_ownInsatsLists; }

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
    InsatsLists m_insatsLists;
    bool m_ownInsatsLists = false;
};

} // namespace tilltro
