#include "demodata.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

#include "../clock.h"
#include "../instrument/instrument.h"
#include "database.h"
#include "handledarerepository.h"
#include "insatsrepository.h"
#include "instrumentrepository.h"
#include "occasionrepository.h"
#include "participantrepository.h"
#include "planrepository.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

const std::array firstNames{u"Amina"_s, u"Erik"_s,   u"Sara"_s,   u"Mohammed"_s, u"Lena"_s,
                            u"Johan"_s, u"Fatima"_s, u"Anders"_s, u"Maria"_s,    u"Ali"_s,
                            u"Karin"_s, u"Nils"_s,   u"Elin"_s,   u"Omar"_s,     u"Ingrid"_s,
                            u"Per"_s,   u"Hanna"_s,  u"Ahmed"_s,  u"Sofia"_s,    u"Lars"_s};
const std::array lastNames{u"Andersson"_s, u"Yusuf"_s,    u"Lindqvist"_s, u"Berg"_s,
                           u"Hassan"_s,    u"Nilsson"_s,  u"Ekström"_s,   u"Karlsson"_s,
                           u"Öberg"_s,     u"Svensson"_s, u"Holm"_s,      u"Åberg"_s,
                           u"Persson"_s,   u"Mahmoud"_s,  u"Sjöberg"_s,   u"Larsson"_s};
const std::array handledareNames{u"Lars Bergström"_s, u"Anna Lindgren"_s, u"Mikael Ahmadi"_s,
                                 u"Eva Sundberg"_s, u"Jonas Wik"_s};
// Published test numbers (from the public personnummer test list), not real people.
const std::array testPersonnummer{u"19821105-9954"_s, u"19901211-9948"_s};

struct InsatsTemplate {
    QString category;
    QString title;
    QString provider;
};
const std::array insatser{
    // The keys of the built-in categories (InsatsLists::defaults()).
    InsatsTemplate{u"jobbinriktad"_s, u"Arbetsträning"_s, u"Kommunens arbetsmarknadsenhet"_s},
    InsatsTemplate{u"jobbinriktad"_s, u"Praktik i butik"_s, u"ICA Nära"_s},
    InsatsTemplate{u"kompetenshojande"_s, u"SFI"_s, u"Vuxenutbildningen"_s},
    InsatsTemplate{u"kompetenshojande"_s, u"Truckkort"_s, u"Lernia"_s},
    InsatsTemplate{u"halsoinriktad"_s, u"Fysioterapi"_s, u"Vårdcentralen"_s},
    InsatsTemplate{u"social"_s, u"Budget- och skuldrådgivning"_s, u"Socialtjänsten"_s},
};
const std::array delmalTexts{
    u"Praktik minst 20 timmar i veckan"_s, u"Ta truckkort"_s,
    u"Skriva ett CV och söka fem jobb"_s,  u"Regelbunden sömn och morgonrutin"_s,
    u"Besöka tre arbetsplatser"_s,         u"Klara SFI kurs C"_s};
const std::array goalTexts{u"Arbete inom lager och logistik"_s, u"Arbete inom handel"_s,
                           u"Studier på komvux för att bli undersköterska"_s,
                           u"Arbete inom restaurang"_s};

int clampScale(int v)
{
    return std::clamp(v, 1, 10);
}

} // namespace

Result<void> fillWithDemoData(Database& db, const DemoOptions& options)
{
    auto instrument = Instrument::loadDefault();
    if (!instrument)
        return instrument.error();
    const QDate today = options.today.isValid() ? options.today : Clock::today();
    QRandomGenerator rng(options.seed);

    return db.write([&]() -> Result<void> {
        auto instrumentId = InstrumentRepository(db).ensureStored(instrument.value());
        if (!instrumentId)
            return instrumentId.error();

        HandledareRepository handledareRepo(db);
        std::vector<qint64> handledareIds;
        for (int i = 0; i < options.handledare; ++i) {
            Handledare h;
            h.name = i < int(handledareNames.size())
                         ? handledareNames[size_t(i)]
                         : u"%1 %2"_s.arg(firstNames[size_t(i) % firstNames.size()],
                                          lastNames[size_t(i / 7) % lastNames.size()]);
            if (i >= int(handledareNames.size()))
                h.name += u" %1"_s.arg(i);
            h.organisation = u"Samordningsförbundet Exempel"_s;
            if (auto r = handledareRepo.insert(h); !r)
                return r;
            handledareIds.push_back(h.id);
        }
        if (!handledareIds.empty()) {
            if (auto r = handledareRepo.setCurrentUser(handledareIds.front()); !r)
                return r;
        }

        ParticipantRepository participants(db);
        OccasionRepository occasions(db);
        InsatsRepository insatsRepo(db);
        PlanRepository plans(db);
        const auto deltagareQuestions = instrument->questionsFor(Respondent::Deltagare);

        for (int i = 0; i < options.participants; ++i) {
            const int occasionCount =
                options.minOccasions +
                int(rng.bounded(quint32(options.maxOccasions - options.minOccasions + 1)));
            Participant p;
            p.code = u"D-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
            p.name = firstNames[rng.bounded(quint32(firstNames.size()))] + u' ' +
                     lastNames[rng.bounded(quint32(lastNames.size()))];
            if (i == 3)
                p.name.clear(); // registered by code only
            p.protectedIdentity = (i == 1);
            if (i < int(testPersonnummer.size()) && options.participants <= 100)
                p.personnummer = testPersonnummer[size_t(i)];
            p.goalType = rng.bounded(4) == 0 ? GoalType::Studier : GoalType::Arbete;
            // Most are on schedule; every sixth is overdue by a few weeks.
            const bool overdue = i % 6 == 4;
            const QDate lastDate = overdue ? today.addDays(-100 - int(rng.bounded(40)))
                                           : today.addDays(-int(rng.bounded(85)));
            p.startDate = lastDate.addMonths(-3 * (occasionCount - 1)).addDays(-7);
            p.handledareId = handledareIds.empty()
                                 ? 0
                                 : handledareIds[rng.bounded(quint32(handledareIds.size()))];
            if (options.participants > 4 && i == options.participants - 1) {
                // Ended after its latest occasion, as the rules require.
                const QDate lastOccasion =
                    p.startDate.addDays(7).addMonths(3 * (occasionCount - 1));
                p.endDate = std::max(today.addDays(-10), lastOccasion);
                p.endReason = u"arbete"_s;
            }
            if (auto r = participants.insert(p); !r)
                return r;

            if (i != 5) { // one without consent, to show the marker
                Consent consent;
                consent.participantId = p.id;
                consent.scope = u"registrering"_s;
                consent.given = p.startDate;
                consent.recordedBy = u"Lars Bergström"_s;
                if (auto r = participants.addConsent(consent); !r)
                    return r;
            }

            // Insatser: a job-oriented one for most, sometimes in parallel with another.
            const int insatsCount = 1 + int(rng.bounded(3));
            for (int k = 0; k < insatsCount; ++k) {
                const InsatsTemplate& t = insatser[rng.bounded(quint32(insatser.size()))];
                InsatsPeriod period;
                period.participantId = p.id;
                period.category = t.category;
                period.title = t.title;
                period.provider = t.provider;
                period.start = p.startDate.addDays(14 + 30 * k);
                if (rng.bounded(2) == 0 && period.start.addMonths(4) < today)
                    period.end = period.start.addMonths(4);
                if (period.start > today)
                    continue;
                if (auto r = insatsRepo.save(period); !r)
                    return r;
            }

            // Occasions, quarterly, with a gentle upward trend and some non-answers.
            const int base = 2 + int(rng.bounded(4));
            qint64 lastOccasionId = 0;
            for (int k = 0; k < occasionCount; ++k) {
                Occasion o;
                o.participantId = p.id;
                o.instrumentId = instrumentId.value();
                o.date = p.startDate.addDays(7).addMonths(3 * k);
                o.handledareId = p.handledareId;
                const bool draft = (i == 2 && k == occasionCount - 1 && occasionCount > 1);
                o.state = draft ? OccasionState::Draft : OccasionState::Completed;
                for (const Question* q : deltagareQuestions) {
                    if (rng.bounded(25) == 0) {
                        o.answers[q->key] = Answer::choice(u"vet_ej"_s);
                        continue;
                    }
                    const int v = clampScale(base + k + int(rng.bounded(5)) - 2);
                    o.answers[q->key] = Answer::number(v);
                    const Question* own =
                        instrument->questionForIndicator(q->indicator, Respondent::Handledare);
                    if (own)
                        o.answers[own->key] =
                            Answer::number(clampScale(v + int(rng.bounded(3)) - 1));
                }
                static const std::array tilltroOptions{u"nej"_s, u"tveksamt"_s,
                                                       u"goda_mojligheter"_s, u"ja_absolut"_s};
                o.answers[u"tilltro"_s] =
                    Answer::choice(tilltroOptions[size_t(std::clamp((base + k) / 2 - 1, 0, 3))]);
                o.answers[u"malmedvetenhet"_s] = Answer::number(clampScale(base + k));
                o.answers[u"vald"_s] =
                    Answer::choice(rng.bounded(10) == 0 ? u"misstanke"_s : u"ej_aktuellt"_s);
                o.answers[u"riskbruk"_s] = Answer::choice(rng.bounded(8) == 0 ? u"ja"_s : u"nej"_s);
                if (options.participants <= 100)
                    o.notes = u"Samtal om hur praktiken går. Nästa steg bestämt tillsammans."_s;
                if (auto r = occasions.save(o); !r)
                    return r;
                if (!draft)
                    lastOccasionId = o.id;
            }

            // A handover halfway (BIP: 40 % had a change of handledare), and an end after the
            // latest occasion, as the benchmark's options ask.
            const QDate lastPlanned = p.startDate.addDays(7).addMonths(3 * (occasionCount - 1));
            if (options.handoverPercent > 0 && handledareIds.size() > 1 &&
                int(rng.bounded(100)) < options.handoverPercent) {
                const QDate handover =
                    std::min(today, p.startDate.addMonths(3 * (occasionCount / 2)).addDays(20));
                const auto current =
                    std::find(handledareIds.begin(), handledareIds.end(), p.handledareId);
                const std::size_t next =
                    (std::size_t(current - handledareIds.begin()) + 1) % handledareIds.size();
                p.handledareId = handledareIds[next];
                if (handover > p.startDate) {
                    if (auto r = participants.update(p, handover); !r)
                        return r;
                }
            }
            if (options.endedPercent > 0 && !p.endDate.isValid() &&
                int(rng.bounded(100)) < options.endedPercent && lastPlanned < today) {
                // Keys of the built-in end reasons (InsatsLists::defaults()).
                static const std::array reasons{u"arbete"_s, u"studier"_s, u"avbrott"_s,
                                                u"annan_insats"_s, u"annat"_s};
                p.endDate = std::min(today, lastPlanned.addDays(1 + int(rng.bounded(30))));
                p.endReason = reasons[rng.bounded(quint32(reasons.size()))];
                if (auto r = participants.update(p, p.endDate); !r)
                    return r;
            }

            if (options.withPlans) {
                Handlingsplan plan;
                plan.participantId = p.id;
                plan.occasionId = lastOccasionId;
                plan.goalType = p.goalType;
                plan.goalText = goalTexts[rng.bounded(quint32(goalTexts.size()))];
                const int delmalCount = 2 + int(rng.bounded(3));
                for (int k = 0; k < delmalCount; ++k) {
                    Delmal d;
                    d.what = delmalTexts[size_t(k + i) % delmalTexts.size()];
                    d.why = u"Ska ge erfarenhet och självförtroende inför arbete."_s;
                    d.indicators = {
                        instrument->indicators()[size_t(k + i) % instrument->indicators().size()]
                            .key};
                    d.targetLevel = std::min(10, base + occasionCount + 1);
                    d.responsible = k % 2 == 0 ? Responsible::Deltagare : Responsible::Handledare;
                    d.start = today.addDays(-20);
                    d.target = today.addMonths(3);
                    d.status = k == 0 ? DelmalStatus::Pagar : DelmalStatus::EjPaborjat;
                    d.activities.push_back({0, u"Boka möte med arbetsgivaren"_s, u"Handledaren"_s,
                                            today.addDays(14), false});
                    plan.delmal.push_back(std::move(d));
                }
                if (auto r = plans.save(plan); !r)
                    return r;
            }
        }
        return {};
    });
}

} // namespace tilltro::storage
