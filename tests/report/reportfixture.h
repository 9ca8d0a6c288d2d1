#pragma once

// A database with deltagare made to measure for the report tests.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"

namespace tilltro::test {
using namespace tilltro::storage;

class ReportFixture {
public:
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Instrument instrument;
    qint64 instrumentId = 0;
    qint64 handledareId = 0;
    int counter = 0;

    /// A fresh database with one handledare; false (with a QTest failure) when it cannot be made.
    bool init(const QString& handledareName = QStringLiteral("Lars Bergström"))
    {
        if (!dir.isValid())
            return false;
        auto created =
            Database::create(dir.filePath(QStringLiteral("report-%1.tilltro").arg(++counter)));
        if (!created)
            return false;
        db = std::move(created).value();
        auto loaded = Instrument::loadDefault();
        if (!loaded)
            return false;
        instrument = loaded.value();
        auto stored = InstrumentRepository(*db).ensureStored(instrument);
        if (!stored)
            return false;
        instrumentId = stored.value();
        Handledare h;
        h.name = handledareName;
        h.organisation = QStringLiteral("Samordningsförbundet Exempel");
        if (!HandledareRepository(*db).insert(h))
            return false;
        handledareId = h.id;
        return true;
    }

    qint64 addParticipant(const QString& code, const QString& name,
                          const QString& personnummer = {}, bool protectedIdentity = false)
    {
        Participant p;
        p.code = code;
        p.name = name;
        p.personnummer = personnummer;
        p.protectedIdentity = protectedIdentity;
        p.startDate = QDate(2025, 11, 24);
        p.handledareId = handledareId;
        auto r = ParticipantRepository(*db).insert(p);
        if (!r)
            qWarning("%s", qPrintable(r.errorMessage()));
        return p.id;
    }

    /// A completed occasion with the deltagare's ratings in indicator order (std::nullopt =
    /// "vet_ej"), the sensitive answers and notes.
    qint64 addOccasion(qint64 participantId, const QDate& date,
                       const std::vector<std::optional<int>>& ratings,
                       const QString& vald = QStringLiteral("nej"),
                       const QString& riskbruk = QStringLiteral("nej"), const QString& notes = {},
                       bool completed = true)
    {
        Occasion o;
        o.participantId = participantId;
        o.instrumentId = instrumentId;
        o.date = date;
        o.handledareId = handledareId;
        o.state = completed ? OccasionState::Completed : OccasionState::Draft;
        const auto& indicators = instrument.indicators();
        for (size_t i = 0; i < indicators.size(); ++i) {
            const Question* q =
                instrument.questionForIndicator(indicators[i].key, Respondent::Deltagare);
            if (!q)
                continue;
            const std::optional<int> v = i < ratings.size() ? ratings[i] : std::nullopt;
            o.answers[q->key] = v ? Answer::number(*v) : Answer::choice(QStringLiteral("vet_ej"));
            if (const Question* own =
                    instrument.questionForIndicator(indicators[i].key, Respondent::Handledare)) {
                o.answers[own->key] = Answer::number(v ? *v : 5);
            }
        }
        o.answers[QStringLiteral("tilltro")] = Answer::choice(QStringLiteral("goda_mojligheter"));
        o.answers[QStringLiteral("malmedvetenhet")] = Answer::number(6);
        o.answers[QStringLiteral("vald")] = Answer::choice(vald);
        o.answers[QStringLiteral("riskbruk")] = Answer::choice(riskbruk);
        o.notes = notes;
        auto r = OccasionRepository(*db).save(o);
        if (!r)
            qWarning("%s", qPrintable(r.errorMessage()));
        return o.id;
    }

    static Delmal delmal(const QString& what,
                         const QString& indicator = QStringLiteral("samarbete"),
                         std::optional<int> target = 7)
    {
        Delmal d;
        d.what = what;
        d.why = QStringLiteral("Ska ge erfarenhet inför arbete.");
        d.indicators = {indicator};
        d.targetLevel = target;
        d.responsible = Responsible::Deltagare;
        d.start = QDate(2026, 9, 2);
        d.target = QDate(2026, 12, 2);
        d.status = DelmalStatus::Pagar;
        return d;
    }

    qint64 addPlan(qint64 participantId, qint64 occasionId, const QString& goal,
                   std::vector<Delmal> delmal)
    {
        Handlingsplan plan;
        plan.participantId = participantId;
        plan.occasionId = occasionId;
        plan.goalType = GoalType::Arbete;
        plan.goalText = goal;
        plan.delmal = std::move(delmal);
        auto r = PlanRepository(*db).save(plan);
        if (!r)
            qWarning("%s", qPrintable(r.errorMessage()));
        return plan.id;
    }

    /// A deltagare with two completed occasions and a plan of `delmal`; returns the id.
    qint64 addStandardParticipant(const QString& code, const QString& name,
                                  std::vector<Delmal> delmal, const QString& personnummer = {},
                                  bool protectedIdentity = false, const QString& notes = {})
    {
        const qint64 id = addParticipant(code, name, personnummer, protectedIdentity);
        addOccasion(id, QDate(2025, 12, 1), {3, 2, std::nullopt, 4, 5, 3, 2, 2});
        const qint64 latest = addOccasion(id, QDate(2026, 9, 2), {6, 7, 6, 5, 7, 6, 5, 8},
                                          QStringLiteral("misstanke"), QStringLiteral("ja"), notes);
        addPlan(id, latest, QStringLiteral("Arbete inom lager och logistik"), std::move(delmal));
        return id;
    }
};

} // namespace tilltro::test
