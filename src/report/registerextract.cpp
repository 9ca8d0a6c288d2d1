#include "registerextract.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <map>
#include <optional>
#include <vector>

#include "core/clock.h"
#include "core/domain/audit.h"
#include "core/domain/enumkeys.h"
#include "core/domain/handlingsplan.h"
#include "core/domain/insats.h"
#include "core/exchange/jsonexchange.h"
#include "core/instrument/instrument.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/filesafety.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/participantrepository.h"
#include "flowlayout.h"
#include "handlingsplandocument.h"
#include "pagedocument.h"

using namespace tilltro::storage;

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

using Json = nlohmann::ordered_json;
using CellText = FlowBuilder::CellText;
using CellContent = FlowBuilder::CellContent;

struct Styles {
    TextStyle body{10, false, false, TextColour, 1.25};
    TextStyle bodyBold{10, true, false, TextColour, 1.25};
    TextStyle muted{9, false, false, MutedColour, 1.25};
    TextStyle title{24, true, false, HeadingColour, 1.1};
    TextStyle heading{15, true, false, HeadingColour, 1.1};
    TextStyle subheading{11.5, true, false, HeadingColour, 1.15};
    TextStyle cell{9.5, false, false, TextColour, 1.2};
    TextStyle cellBold{9.5, true, false, TextColour, 1.2};
    TextStyle cellMuted{8.5, false, true, MutedColour, 1.2};
    TextStyle footer{8, false, false, MutedColour, 1.1};
    TextStyle warning{10, true, false, WarningColour, 1.25};
    double sectionSpace = pt(20);
    double subsectionSpace = pt(12);
    double paragraphSpace = pt(5);
};

// ----- reading the exchange document -----

QString text(const Json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString member(const Json& object, const char* name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name);
    return it == object.end() ? QString() : text(*it);
}

/// A member of `object`, or null when it has none (const operator[] would be undefined then).
const Json& child(const Json& object, const char* name)
{
    static const Json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(name);
    return it == object.end() ? null : *it;
}

const Json& array(const Json& object, const char* name)
{
    static const Json empty = Json::array();
    if (!object.is_object())
        return empty;
    const auto it = object.find(name);
    return it != object.end() && it->is_array() ? *it : empty;
}

/// A date member as printed ("–" when null).
QString dateMember(const Json& object, const char* name)
{
    const QString value = member(object, name);
    return value.isEmpty() ? u"–"_s : value;
}

/// An exchange timestamp (UTC) as local time to the minute; anything else as it is.
QString timeText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso.isEmpty() ? u"–"_s : iso;
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

/// "Lars Bergström (Samordningsförbundet Exempel)" for a handledare reference.
QString handledareText(const Json& reference)
{
    if (!reference.is_object())
        return u"–"_s;
    const QString name = member(reference, "name");
    const QString organisation = member(reference, "organisation");
    return organisation.isEmpty() ? name : u"%1 (%2)"_s.arg(name, organisation);
}

// ----- codes in words -----

QString goalTypeWords(const QString& code)
{
    if (code == "arbete"_L1)
        return Report::tr("Work");
    if (code == "studier"_L1)
        return Report::tr("Studies");
    return code;
}

QString consentScopeWords(const QString& code)
{
    if (code == "registrering"_L1)
        return Report::tr("Registration in Tilltro");
    if (code == "informationsutbyte"_L1)
        return Report::tr("Exchange of information");
    return code;
}

QString occasionStateWords(const QString& code)
{
    if (code == "draft"_L1)
        return Report::tr("Draft (not completed)");
    if (code == "completed"_L1)
        return Report::tr("Completed");
    return code;
}

QString responsibleWords(const QString& code)
{
    return wordOrKey<Responsible>(code, fromCode<Responsible>, responsibleText);
}

QString delmalStatusWords(const QString& code)
{
    return wordOrKey<DelmalStatus>(code, fromCode<DelmalStatus>, delmalStatusText);
}

// ----- the document -----

struct ExtractLayout : PagedLayout {
    Styles styles;
    QString code;
    QString date;
};

/// Lays the exchange document of one deltagare out as readable sections.
class ExtractBuilder {
public:
    ExtractBuilder(FlowBuilder& flow, const Styles& styles, const Json& document,
                   const RegisterExtractOptions& options)
        : m_flow(flow)
        , m_s(styles)
        , m_document(document)
        , m_participant(child(document, "participants")[0])
        , m_options(options)
        , m_language(options.language.isEmpty() ? QLocale().name().left(2) : options.language)
    {
        for (const Json& entry : array(document, "instruments")) {
            if (!entry.contains("json"))
                continue;
            const std::string dumped = child(entry, "json").dump();
            auto parsed = Instrument::fromJson(QByteArray::fromStdString(dumped));
            if (parsed)
                m_instruments.emplace(instrumentKey(entry), std::move(parsed).value());
        }
    }

    void build()
    {
        cover();
        m_flow.pageBreak();
        person();
        consents();
        handledareHistory();
        insatser();
        occasions();
        plans();
        log();
    }

private:
    static QString instrumentKey(const Json& reference)
    {
        const auto version = reference.find("version");
        return member(reference, "id") + u'#' +
               (version != reference.end() && version->is_number_integer()
                    ? QString::number(version->get<qint64>())
                    : QString());
    }

    const Instrument* instrumentOf(const Json& occasion) const
    {
        const auto it = m_instruments.find(instrumentKey(child(occasion, "instrument")));
        return it == m_instruments.end() ? nullptr : &it->second;
    }

    /// The instrument plans' indicator keys are read with: that of the latest occasion.
    const Instrument* latestInstrument() const
    {
        const Json& list = array(m_participant, "occasions");
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            if (const Instrument* i = instrumentOf(*it))
                return i;
        }
        return m_instruments.empty() ? nullptr : &m_instruments.begin()->second;
    }

    void heading(const QString& title) { m_flow.heading(title, m_s.heading, m_s.sectionSpace); }

    void subheading(const QString& title, double space = -1)
    {
        m_flow.heading(title, m_s.subheading, space < 0 ? m_s.subsectionSpace : space);
    }

    void none(const QString& what) { m_flow.paragraph(what, m_s.muted); }

    /// Label/value rows, the labels in a column as wide as the longest.
    void fields(const std::vector<std::pair<QString, QString>>& rows, double spaceBefore,
                bool keepTogether = true)
    {
        std::vector<std::vector<CellContent>> cells;
        double labelWidth = 0;
        for (const auto& [label, value] : rows) {
            cells.push_back({{CellText{label, m_s.cellBold}}, {CellText{value, m_s.cell}}});
            labelWidth = std::max(labelWidth, m_flow.textWidth(label, m_s.cellBold));
        }
        FlowBuilder::TableStyle style;
        style.padding = pt(2);
        style.cellGap = 0;
        style.rule = QColor(0xdd, 0xdd, 0xdd);
        labelWidth = std::min(labelWidth + pt(14), m_flow.width() * 0.4);
        m_flow.table({{0, Qt::AlignLeft, labelWidth}, {1, Qt::AlignLeft}}, {}, cells, style,
                     spaceBefore, keepTogether);
    }

    /// A table with a header row; columns by fraction, or as wide as a date (fraction 0) or a
    /// time (fraction < 0).
    void table(const std::vector<std::pair<QString, double>>& columns,
               const std::vector<std::vector<CellContent>>& rows, double spaceBefore = 0,
               bool keepTogether = false)
    {
        std::vector<FlowBuilder::Column> layout;
        std::vector<CellContent> header;
        for (const auto& [title, fraction] : columns) {
            header.push_back({CellText{title, m_s.cellBold}});
            if (fraction > 0) {
                layout.push_back({fraction, Qt::AlignLeft});
            } else {
                // A date, or a time with a date (fraction < 0), on one line.
                const QString sample = fraction < 0 ? u"8888-88-88 88:88"_s : u"8888-88-88"_s;
                const double width = std::max(m_flow.textWidth(sample, m_s.cell),
                                              m_flow.textWidth(title, m_s.cellBold)) +
                                     pt(2);
                layout.push_back({0, Qt::AlignLeft, width});
            }
        }
        FlowBuilder::TableStyle style;
        style.padding = pt(2.5);
        style.zebra = QColor(0xf4, 0xf4, 0xf4);
        m_flow.table(layout, header, rows, style, spaceBefore, keepTogether);
    }

    CellContent cell(const QString& value) const { return {CellText{value, m_s.cell}}; }
    CellContent mutedCell(const QString& value) const { return {CellText{value, m_s.cellMuted}}; }

    QString organisation() const
    {
        if (!m_options.organisation.trimmed().isEmpty())
            return m_options.organisation.trimmed();
        return member(child(m_participant, "handledare"), "organisation");
    }

    void cover()
    {
        const QString org = organisation();
        if (!org.isEmpty()) {
            TextStyle orgStyle = m_s.bodyBold;
            orgStyle.colour = MutedColour;
            m_flow.paragraph(org, orgStyle, 0, 0, 0, true);
        }
        m_flow.heading(Report::tr("Register extract"), m_s.title, pt(8));
        m_flow.paragraph(Report::tr("Everything stored about you in Tilltro"), m_s.subheading, 0, 0,
                         0, true);

        const QString name = member(m_participant, "name");
        // The extract's own entry in the log says when and by whom it was made.
        QString madeAt = member(m_document, "exportedAt");
        QString madeBy;
        for (const Json& entry : array(m_participant, "auditLog")) {
            if (auditActionFromKey(member(entry, "action")) == AuditAction::Extract) {
                madeAt = member(entry, "at");
                madeBy = member(entry, "osUser");
            }
        }
        std::vector<std::pair<QString, QString>> rows;
        if (!name.isEmpty())
            rows.emplace_back(Report::tr("Name"), name);
        rows.emplace_back(Report::tr("Code"), member(m_participant, "code"));
        if (!member(m_participant, "personnummer").isEmpty())
            rows.emplace_back(Report::tr("Personal identity number"),
                              member(m_participant, "personnummer"));
        rows.emplace_back(Report::tr("Extract made"), timeText(madeAt));
        if (!madeBy.isEmpty())
            rows.emplace_back(Report::tr("Made by (user account)"), madeBy);
        if (!org.isEmpty())
            rows.emplace_back(Report::tr("Organisation"), org);
        const QString generator = member(m_document, "generator");
        if (!generator.isEmpty())
            rows.emplace_back(Report::tr("Program"), generator);
        fields(rows, pt(16));

        m_flow.heading(Report::tr("What is a register extract?"), m_s.subheading, pt(22));
        const QStringList explanation{
            Report::tr("You have the right to know what is stored about you (article 15 of the "
                       "EU General Data Protection Regulation, GDPR). This extract shows "
                       "everything that is stored about you in Tilltro, the program your case "
                       "worker uses to follow up your assessments, interventions and action "
                       "plans."),
            Report::tr("It has your details, your consents, who has been your case worker, "
                       "your interventions, every assessment with all the answers and notes and "
                       "the changes made to them afterwards, your action plans, and the log of "
                       "who has done what with your details and when."),
            m_options.jsonFileName.isEmpty()
                ? Report::tr("The same information is in a file in a format computers can read "
                             "(JSON), handed over together with this document.")
                : Report::tr("The same information is in the file \"%1\", in a format computers "
                             "can read (JSON), handed over together with this document.")
                      .arg(m_options.jsonFileName),
            Report::tr("If something is wrong, you can ask for it to be corrected. You can also "
                       "ask for details to be erased or their use restricted, and you can "
                       "complain to the Swedish Authority for Privacy Protection (IMY). Talk to "
                       "your case worker."),
        };
        for (const QString& paragraph : explanation)
            m_flow.paragraph(paragraph, m_s.body, m_s.paragraphSpace);
        m_flow.paragraph(Report::tr("Contains sensitive information. Keep it safe."), m_s.warning,
                         m_s.paragraphSpace * 2);
    }

    void person()
    {
        heading(Report::tr("About you"));
        const Json& p = m_participant;
        const QString name = member(p, "name");
        const QString personnummer = member(p, "personnummer");
        const bool protectedIdentity = p.value("protectedIdentity", false);
        std::vector<std::pair<QString, QString>> rows{
            {Report::tr("Code"), member(p, "code")},
            {Report::tr("Name"), name.isEmpty() ? Report::tr("(none registered)") : name},
            {Report::tr("Personal identity number"),
             personnummer.isEmpty() ? Report::tr("(none registered)") : personnummer},
            {Report::tr("Protected identity"),
             protectedIdentity
                 ? Report::tr("Yes: your name and personal identity number are kept off screens, "
                              "prints and exports, except this extract.")
                 : Report::tr("No")},
            {Report::tr("Goal"), goalTypeWords(member(p, "goalType"))},
            {Report::tr("Started"), dateMember(p, "startDate")},
            {Report::tr("Ended"), dateMember(p, "endDate")},
            {Report::tr("Why it ended"),
             member(p, "endReason").isEmpty()
                 ? u"–"_s
                 : m_options.insatsLists.endReasonLabel(member(p, "endReason"), m_language)},
            {Report::tr("Case worker now"), handledareText(child(p, "handledare"))},
        };
        fields(rows, 0);
    }

    void consents()
    {
        heading(Report::tr("Consents"));
        const Json& list = array(m_participant, "consents");
        if (list.empty()) {
            none(Report::tr("No consent is registered."));
            return;
        }
        std::vector<std::vector<CellContent>> rows;
        for (const Json& c : list) {
            rows.push_back({cell(consentScopeWords(member(c, "scope"))),
                            cell(member(c, "party").isEmpty() ? u"–"_s : member(c, "party")),
                            cell(dateMember(c, "given")), cell(member(c, "recordedBy")),
                            cell(dateMember(c, "withdrawn"))});
        }
        table({{Report::tr("Covers"), 2},
               {Report::tr("With"), 1.6},
               {Report::tr("Given"), 0},
               {Report::tr("Recorded by"), 1.4},
               {Report::tr("Withdrawn"), 0}},
              rows);
    }

    void handledareHistory()
    {
        heading(Report::tr("Your case workers"));
        const Json& list = array(m_participant, "handledareHistory");
        if (list.empty()) {
            none(Report::tr("No case worker is registered."));
            return;
        }
        std::vector<std::vector<CellContent>> rows;
        for (const Json& period : list) {
            const Json& h = child(period, "handledare");
            rows.push_back({cell(member(h, "name")), cell(member(h, "organisation")),
                            cell(dateMember(period, "from")),
                            member(period, "to").isEmpty() ? mutedCell(Report::tr("until now"))
                                                           : cell(member(period, "to"))});
        }
        table({{Report::tr("Case worker"), 1.5},
               {Report::tr("Organisation"), 1.8},
               {Report::tr("From"), 0},
               {Report::tr("To"), 0}},
              rows);
    }

    void insatser()
    {
        heading(Report::tr("Interventions"));
        const Json& list = array(m_participant, "insatser");
        if (list.empty()) {
            none(Report::tr("No intervention is registered."));
            return;
        }
        std::vector<std::vector<CellContent>> rows;
        for (const Json& i : list) {
            rows.push_back(
                {cell(m_options.insatsLists.categoryLabel(member(i, "category"), m_language)),
                 cell(member(i, "title")), cell(member(i, "provider")),
                 cell(dateMember(i, "start")),
                 member(i, "end").isEmpty() ? mutedCell(Report::tr("running"))
                                            : cell(member(i, "end"))});
        }
        table({{Report::tr("Kind"), 1.1},
               {Report::tr("Intervention"), 2},
               {Report::tr("Provider"), 1.5},
               {Report::tr("Start"), 0},
               {Report::tr("End"), 0}},
              rows);
    }

    /// An answer in words: the number, the option or the non-answer ("Vet ej").
    QString answerWords(const Json& answer, const Question* question,
                        const Instrument* instrument) const
    {
        if (const auto value = answer.find("value"); value != answer.end()) {
            return value->is_number() ? QString::fromStdString(value->dump()) : u"?"_s;
        }
        const QString code = member(answer, "code");
        return codeWords(code, question, instrument);
    }

    QString codeWords(const QString& code, const Question* question,
                      const Instrument* instrument) const
    {
        if (question) {
            for (const ScaleOption& option : question->scale.options) {
                if (option.key == code)
                    return option.label.text(m_language);
            }
        }
        if (instrument) {
            if (const NonAnswerDef* nonAnswer = instrument->nonAnswer(code))
                return nonAnswer->label.text(m_language);
        }
        return code;
    }

    /// The value of an edited field as shown: an answer in words, a note or a date as it is.
    QString editValue(const Json& value, const Question* question,
                      const Instrument* instrument) const
    {
        if (!value.is_string())
            return u"–"_s;
        const QString raw = text(value);
        if (!question || raw.isEmpty())
            return raw.isEmpty() ? u"–"_s : raw;
        return codeWords(raw, question, instrument);
    }

    void answers(const Json& occasion, const Instrument* instrument)
    {
        const Json& given = child(occasion, "answers");
        struct Line {
            QString label;
            std::optional<QString> deltagare; ///< nullopt: no question for this part
            std::optional<QString> handledare;
        };
        std::vector<Line> lines;
        std::map<QString, size_t> byIndicator;
        const QString notAnswered = Report::tr("Not answered");
        const auto answerOf = [&](const QString& key, const Question* q) {
            const auto it = given.is_object() ? given.find(key.toStdString()) : given.end();
            if (!given.is_object() || it == given.end())
                return notAnswered;
            return answerWords(*it, q, instrument);
        };
        std::optional<Scale> numericScale;
        if (instrument) {
            for (const Question& q : instrument->questions()) {
                const QString value = answerOf(q.key, &q);
                if (!numericScale && q.scale.type == Scale::Type::Numeric)
                    numericScale = q.scale;
                size_t index = lines.size();
                // The two parts' ratings of one indicator side by side.
                if (!q.indicator.isEmpty()) {
                    if (const auto it = byIndicator.find(q.indicator); it != byIndicator.end())
                        index = it->second;
                    else
                        byIndicator.emplace(q.indicator, index);
                }
                if (index == lines.size()) {
                    const Indicator* indicator = instrument->indicator(q.indicator);
                    lines.push_back(
                        {indicator ? indicator->label.text(m_language) : q.label.text(m_language),
                         std::nullopt, std::nullopt});
                }
                Line& line = lines[index];
                (q.respondent == Respondent::Deltagare ? line.deltagare : line.handledare) = value;
            }
        }
        // Answers to questions the instrument does not know (none, normally): by key.
        if (given.is_object()) {
            for (const auto& [key, answer] : given.items()) {
                const QString k = QString::fromStdString(key);
                if (instrument && instrument->question(k))
                    continue;
                lines.push_back({k, answerWords(answer, nullptr, instrument), std::nullopt});
            }
        }
        if (lines.empty()) {
            none(Report::tr("No answers."));
            return;
        }
        if (numericScale) {
            m_flow.paragraph(Report::tr("Numbers are on a scale from %1 (lowest) to %2 (highest).")
                                 .arg(numericScale->min)
                                 .arg(numericScale->max),
                             m_s.muted, m_s.paragraphSpace, 0, 0, true);
        }
        std::vector<std::vector<CellContent>> rows;
        const auto answerCell = [&](const std::optional<QString>& value) {
            if (!value)
                return CellContent{};
            return *value == notAnswered ? mutedCell(*value) : cell(*value);
        };
        for (const Line& line : lines)
            rows.push_back(
                {cell(line.label), answerCell(line.deltagare), answerCell(line.handledare)});
        table({{Report::tr("Question"), 2},
               {Report::tr("The participant's answer"), 1.2},
               {Report::tr("The case worker's answer"), 1.2}},
              rows, m_s.paragraphSpace, true);
    }

    void occasions()
    {
        heading(Report::tr("Assessments"));
        const Json& list = array(m_participant, "occasions");
        if (list.empty()) {
            none(Report::tr("No assessment is registered."));
            return;
        }
        bool first = true;
        for (const Json& o : list) {
            const Instrument* instrument = instrumentOf(o);
            subheading(Report::tr("Assessment %1").arg(dateMember(o, "date")),
                       first ? 0.0 : m_s.sectionSpace);
            first = false;
            const Json& reference = child(o, "instrument");
            const QString version = reference.contains("version")
                                        ? QString::fromStdString(child(reference, "version").dump())
                                        : QString();
            const QString form =
                instrument
                    ? Report::tr("%1 · %2, version %3")
                          .arg(instrument->name(m_language), member(reference, "id"), version)
                    : Report::tr("%1, version %2").arg(member(reference, "id"), version);
            std::vector<std::pair<QString, QString>> rows{
                {Report::tr("Status"), occasionStateWords(member(o, "state"))},
                {Report::tr("Case worker"), handledareText(child(o, "handledare"))},
                {Report::tr("Form"), form},
            };
            if (!member(o, "completedAt").isEmpty())
                rows.emplace_back(Report::tr("Completed"), timeText(member(o, "completedAt")));
            if (const Json& absent = child(o, "deltagareAbsent");
                absent.is_boolean() && absent.get<bool>())
                rows.emplace_back(Report::tr("The participant"), Report::tr("did not take part"));
            if (const Json& none = child(o, "noInsats"); none.is_boolean() && none.get<bool>())
                rows.emplace_back(Report::tr("Interventions"),
                                  Report::tr("none ran at the assessment"));
            fields(rows, 0);
            // The heading, the details and the answers on one page where they fit.
            m_flow.keepWithNext();
            answers(o, instrument);

            m_flow.heading(Report::tr("Notes"), m_s.bodyBold, m_s.paragraphSpace * 2);
            const QString notes = member(o, "notes");
            if (notes.trimmed().isEmpty())
                none(Report::tr("No notes."));
            else
                m_flow.paragraph(notes, m_s.body);

            edits(array(o, "edits"), instrument);
        }
    }

    void edits(const Json& list, const Instrument* instrument)
    {
        if (list.empty())
            return;
        m_flow.heading(Report::tr("Changes made after the assessment was completed"), m_s.bodyBold,
                       m_s.paragraphSpace * 2);
        std::vector<std::vector<CellContent>> rows;
        for (const Json& e : list) {
            const QString field = member(e, "field");
            const Question* q = instrument ? instrument->question(field) : nullptr;
            QString what = field;
            if (q)
                what = q->label.text(m_language);
            else if (field == "notes"_L1)
                what = Report::tr("Notes");
            else if (field == "date"_L1)
                what = Report::tr("Date");
            else if (field == "deltagareAbsent"_L1)
                what = Report::tr("The participant did not take part");
            else if (field == "noInsats"_L1)
                what = Report::tr("No intervention ran");
            rows.push_back({cell(timeText(member(e, "at"))), cell(member(e, "by")), cell(what),
                            cell(editValue(child(e, "before"), q, instrument)),
                            cell(editValue(child(e, "after"), q, instrument))});
        }
        table({{Report::tr("When"), -1},
               {Report::tr("Who"), 0.9},
               {Report::tr("What"), 1.2},
               {Report::tr("Before"), 1.6},
               {Report::tr("After"), 1.6}},
              rows);
    }

    void plans()
    {
        heading(Report::tr("Action plans"));
        const Json& list = array(m_participant, "plans");
        if (list.empty()) {
            none(Report::tr("No action plan is registered."));
            return;
        }
        const Instrument* instrument = latestInstrument();
        bool first = true;
        for (const Json& plan : list) {
            const QString date = member(plan, "occasionDate");
            subheading(date.isEmpty() ? Report::tr("Action plan")
                                      : Report::tr("Action plan from the assessment %1").arg(date),
                       first ? 0.0 : m_s.sectionSpace);
            first = false;
            const QString type = goalTypeWords(member(plan, "goalType"));
            const QString goal = member(plan, "goalText");
            //: %1 is the kind of goal, %2 the goal text. Keep %2 last: what comes before it
            //: is printed in bold.
            const QString line = Report::tr("Goal: %1: %2").arg(type, goal);
            m_flow.paragraph(line, m_s.body, 0, 0, int(line.size() - goal.size()));

            const Json& delmal = array(plan, "delmal");
            if (delmal.empty()) {
                none(Report::tr("No sub-goals."));
                continue;
            }
            int number = 0;
            for (const Json& d : delmal) {
                m_flow.heading(Report::tr("Sub-goal %1").arg(++number), m_s.bodyBold,
                               m_s.paragraphSpace * 2);
                QStringList indicators;
                for (const Json& key : array(d, "indicators")) {
                    const Indicator* indicator =
                        instrument ? instrument->indicator(text(key)) : nullptr;
                    indicators << (indicator ? indicator->label.text(m_language) : text(key));
                }
                const auto level = d.find("targetLevel");
                QString responsible = responsibleWords(member(d, "responsible"));
                if (!member(d, "responsibleName").trimmed().isEmpty())
                    responsible += u": "_s + member(d, "responsibleName");
                std::vector<std::pair<QString, QString>> rows{
                    {Report::tr("What"), member(d, "what")},
                    {Report::tr("Why"), member(d, "why")},
                    {Report::tr("Should move"),
                     indicators.isEmpty() ? u"–"_s : indicators.join(u", "_s)},
                    {Report::tr("Target level"), level != d.end() && level->is_number()
                                                     ? QString::fromStdString(level->dump())
                                                     : u"–"_s},
                    {Report::tr("Responsible"), responsible},
                    {Report::tr("Start"), dateMember(d, "start")},
                    {Report::tr("Done by"), dateMember(d, "target")},
                    {Report::tr("Status"), delmalStatusWords(member(d, "status"))},
                    {Report::tr("Follow-up"),
                     member(d, "followUp").isEmpty() ? u"–"_s : member(d, "followUp")},
                };
                QStringList activities;
                for (const Json& a : array(d, "activities")) {
                    const bool done = a.value("done", false);
                    QStringList parts{(done ? u"☑ "_s : u"☐ "_s) + member(a, "what")};
                    if (!member(a, "who").trimmed().isEmpty())
                        parts << member(a, "who");
                    if (!member(a, "when").isEmpty())
                        parts << member(a, "when");
                    parts << (done ? Report::tr("done") : Report::tr("not done"));
                    activities << parts.join(u" · "_s);
                }
                if (!activities.isEmpty())
                    rows.emplace_back(Report::tr("Activities"), activities.join(u'\n'));
                fields(rows, 0);
            }
        }
    }

    void log()
    {
        heading(Report::tr("The log"));
        m_flow.paragraph(Report::tr("Every change to your details, and every export, print and "
                                    "extract, is recorded with the time and the user account "
                                    "of the person who did it."),
                         m_s.muted, 0, 0, 0, true);
        m_flow.paragraph(Report::tr("An assessment that is not completed yet is saved as it is "
                                    "filled in; those saves are recorded when a working session "
                                    "begins, and again every half hour while it goes on."),
                         m_s.muted, 0, 0, 0, true);
        const Json& list = array(m_participant, "auditLog");
        if (list.empty()) {
            none(Report::tr("The log has no entries."));
            return;
        }
        std::vector<std::vector<CellContent>> rows;
        for (const Json& e : list) {
            rows.push_back({cell(timeText(member(e, "at"))), cell(member(e, "osUser")),
                            cell(auditActionText(member(e, "action"))),
                            cell(auditEntityText(member(e, "entity"))),
                            mutedCell(auditDetailsText(member(e, "action"), member(e, "entity"),
                                                       member(e, "details")))});
        }
        table({{Report::tr("When"), -1},
               {Report::tr("Who"), 0.9},
               {Report::tr("What"), 1},
               {Report::tr("Concerning"), 1},
               {Report::tr("Details"), 1.8}},
              rows, m_s.paragraphSpace);
    }

    FlowBuilder& m_flow;
    const Styles& m_s;
    const Json& m_document;
    const Json& m_participant;
    const RegisterExtractOptions& m_options;
    QString m_language;
    std::map<QString, Instrument> m_instruments; ///< by "id#version"
};

std::unique_ptr<ExtractLayout> layOut(const Json& document, const RegisterExtractOptions& options,
                                      const QSizeF& pagePoints, const QMarginsF& unprintable)
{
    auto layout = std::make_unique<ExtractLayout>();
    layout->geometry = geometryFor(pagePoints, unprintable);
    layout->code = member(child(document, "participants")[0], "code");
    layout->date = timeText(member(document, "exportedAt")).left(10);
    FlowBuilder flow(documentFamily(), layout->geometry.body.width());
    ExtractBuilder(flow, layout->styles, document, options).build();
    layout->pages = paginate(flow.slices(), layout->geometry.body.height());
    return layout;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

RegisterExtractFiles registerExtractPaths(const QString& folder, const QString& code,
                                          const QDate& date)
{
    const QString base = Report::tr("Register extract %1 %2")
                             .arg(fileNamePart(code.trimmed()), date.toString(Qt::ISODate));
    const QDir dir(folder);
    return {dir.filePath(base + u".json"_s), dir.filePath(base + u".pdf"_s)};
}

Result<QByteArray> renderRegisterExtractPdf(const QByteArray& exchangeJson,
                                            const RegisterExtractOptions& options)
{
    Json document;
    try {
        document = Json::parse(exchangeJson.cbegin(), exchangeJson.cend());
    } catch (const std::exception&) {
        document = nullptr;
    }
    if (!document.is_object() || !document.contains("participants") ||
        !child(document, "participants").is_array() ||
        child(document, "participants").size() != 1) {
        return makeError(Error::Kind::Invalid,
                         Report::tr("The register extract needs the data of exactly one "
                                    "participant."));
    }
    const QString code = member(child(document, "participants")[0], "code");
    try {
        return renderPdfA(
            {Report::tr("Register extract %1").arg(code), {}},
            [&](QPagedPaintDevice* device) {
                return paintPages(
                    device,
                    [&](const QSizeF& pagePoints, const QMarginsF& unprintable) {
                        return std::unique_ptr<PagedLayout>(
                            layOut(document, options, pagePoints, unprintable));
                    },
                    [](QPainter* painter, const PagedLayout& paged, int page) {
                        const auto& layout = static_cast<const ExtractLayout&>(paged);
                        paintFooter(painter, layout.geometry, layout.styles.footer,
                                    {Report::tr("Register extract"), layout.code,
                                     Report::tr("Printed %1").arg(layout.date),
                                     Report::tr("Contains sensitive information")},
                                    page, int(layout.pages.size()));
                    });
            },
            Report::tr("The register extract could not be drawn."));
    } catch (const std::exception& ex) { // e.g. a member of an unexpected type
        return makeError(Error::Kind::Invalid,
                         Report::tr("The register extract could not be drawn: %1")
                             .arg(QString::fromLocal8Bit(ex.what())));
    }
}

Result<RegisterExtractFiles> writeRegisterExtract(Database& db, qint64 participantId,
                                                  const QString& folder,
                                                  const RegisterExtractOptions& options)
{
    if (db.isReadOnly()) {
        return makeError(Error::Kind::Invalid,
                         Report::tr("The database is open read-only. A register extract is "
                                    "recorded in the log, so it needs the database open for "
                                    "editing."));
    }
    const QFileInfo dir(folder);
    if (folder.trimmed().isEmpty() || !dir.isDir()) {
        return makeError(Error::Kind::NotFound,
                         Report::tr("The folder %1 does not exist.").arg(shown(folder)));
    }
    auto found = ParticipantRepository(db).byId(participantId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::Kind::NotFound, Report::tr("The participant no longer exists."));
    const Participant& participant = *found.value();

    const RegisterExtractFiles files =
        registerExtractPaths(dir.absoluteFilePath(), participant.code, Clock::today());

    RegisterExtractOptions pdfOptions = options;
    pdfOptions.jsonFileName = QFileInfo(files.json).fileName();
    if (pdfOptions.organisation.trimmed().isEmpty()) {
        auto organisation = SettingsRepository(db).value(QString::fromLatin1(OrganisationNameKey));
        if (!organisation)
            return organisation.error();
        if (organisation.value())
            pdfOptions.organisation = *organisation.value();
    }

    // An extract is never overwritten: an earlier one may be all the person has of a past
    // state. Both files or neither, and neither without the entry in the log.
    auto done = writeAuditedFiles(
        db, {UserFile{files.json, false}, UserFile{files.pdf, false}},
        [&](AuditLog& log, const std::vector<QIODevice*>& out) -> Result<void> {
            // First, so the extract's own log shows it. Details: the form, never personal data.
            if (auto r = log.record(AuditAction::Extract, AuditEntity::Participant, participant.id,
                                    participant.id, u"register extract: json and pdf"_s);
                !r)
                return r;
            exchange::ExportOptions exportOptions;
            exportOptions.participantCode = participant.code;
            exportOptions.includeSensitive = true;
            auto json = exchange::buildDocument(db, exportOptions);
            if (!json)
                return json.error();
            auto pdf = renderRegisterExtractPdf(json.value(), pdfOptions);
            if (!pdf)
                return pdf.error();
            if (auto r = writeBytes(*out[0], json.value()); !r)
                return r;
            return writeBytes(*out[1], pdf.value());
        });
    if (!done)
        return done.error();
    return files;
}

} // namespace tilltro::report
