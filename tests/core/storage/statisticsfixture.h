#pragma once

// A small database for the BIP signals and the unit's statistics (issue 15), shared by
// tst_statisticsrepository (the loader) and tst_workspacestatistics (the workspace's caseload
// and statistics). Five deltagare, all with handledare "Hanna" at first; "today" is 15 June 2026.
//
// S-1 from 1 January 2026: jobbinriktad 10 January – 31 March, social from 1 February; consent.
//     Completed occasions (Tilltro, Målmedvetenhet, some ratings):
//       15 Jan  ja_absolut (4)       8  d_klara_jobb 4, d_halsa vet_ej, h_klara_jobb 5
//       15 Apr  goda_mojligheter (3) 6  d_klara_jobb 6, d_halsa 5, d_soker vet_ej
//       20 May  tveksamt (2)         7  d_klara_jobb 7, d_halsa 3, d_soker 5, h_klara_jobb 6
//       10 Jun  nej (1)              5  d_klara_jobb 8
//     A draft on 1 June (nej). Handledare changed to "Olle" on 12 June.
// S-2 from 20 May 2026: nothing else but a draft dated 25 May; no consent.
// S-3 1 October 2025 – 31 March 2026, ended to work: kompetenshöjande in October 2025; consent.
// S-4 from 2 January 2026: jobbinriktad and social from 2 January; consent. Completed on 1 March
//     (goda_mojligheter), handledare changed to "Olle" on 1 April, completed on 1 May with
//     d_klara_jobb 5 and neither Tilltro nor Målmedvetenhet.
// S-5 from 1 February 2026: jobbinriktad from 1 February; consent; no occasion.

#include <QDate>
#include <QString>

#include <map>

#include "core/domain/consent.h"
#include "core/domain/handledare.h"
#include "core/domain/insats.h"
#include "core/domain/occasion.h"
#include "core/domain/participant.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"

namespace tilltro::test {

struct StatisticsFixture {
    qint64 hanna = 0;
    qint64 olle = 0;
    std::map<QString, qint64> ids; ///< participant id by code
};

/// Fills `db` as described above; an error message, or empty on success.
inline QString buildStatisticsFixture(storage::Database& db, StatisticsFixture& f)
{
    using namespace Qt::StringLiterals;
    using namespace tilltro::storage;
    QString error;
    const auto check = [&](const auto& result, const QString& step) {
        if (!result && error.isEmpty())
            error = step + u": "_s + result.errorMessage();
        return bool(result);
    };

    HandledareRepository handledare(db);
    Handledare hanna{0, u"Hanna"_s, {}, true};
    Handledare olle{0, u"Olle"_s, {}, true};
    check(handledare.insert(hanna), u"Hanna"_s);
    check(handledare.insert(olle), u"Olle"_s);
    f.hanna = hanna.id;
    f.olle = olle.id;

    const auto instrument = Instrument::loadDefault();
    if (!check(instrument, u"instrument"_s))
        return error;
    const auto instrumentId = InstrumentRepository(db).ensureStored(instrument.value());
    if (!check(instrumentId, u"stored instrument"_s))
        return error;

    ParticipantRepository participants(db);
    InsatsRepository insatser(db);
    OccasionRepository occasions(db);
    const auto add = [&](const QString& code, const QDate& start, const QDate& end = {},
                         const QString& reason = QString()) {
        Participant p;
        p.code = code;
        p.name = u"Namn "_s + code;
        p.startDate = start;
        p.handledareId = f.hanna;
        p.endDate = end;
        p.endReason = reason;
        check(participants.insert(p), code);
        f.ids[code] = p.id;
        return p;
    };
    const auto consent = [&](qint64 id, const QDate& given) {
        Consent c{0, id, u"registrering"_s, {}, given, {}, {}};
        check(participants.addConsent(c), u"consent"_s);
    };
    const auto insats = [&](qint64 id, const QString& category, const QDate& start,
                            const QDate& end = {}) {
        InsatsPeriod p{0, id, category, u"Titel"_s, u"Anordnare"_s, start, end};
        check(insatser.save(p), u"insats"_s);
    };
    const auto occasion = [&](qint64 id, const QDate& date, OccasionState state,
                              std::map<QString, Answer> answers) {
        Occasion o;
        o.participantId = id;
        o.instrumentId = instrumentId.value();
        o.date = date;
        o.handledareId = f.hanna;
        o.state = state;
        o.notes = u"Fritext som aldrig läses"_s;
        o.answers = std::move(answers);
        check(occasions.save(o), u"occasion "_s + date.toString(Qt::ISODate));
    };
    const auto changeHandledare = [&](Participant& p, const QDate& day) {
        p.handledareId = f.olle;
        check(participants.update(p, day), u"change of handledare"_s);
    };
    const auto choice = [](const char* key) { return Answer::choice(QString::fromLatin1(key)); };
    const Answer vetEj = Answer::choice(u"vet_ej"_s);
    using State = OccasionState;

    Participant s1 = add(u"S-1"_s, QDate(2026, 1, 1));
    consent(s1.id, QDate(2026, 1, 1));
    insats(s1.id, u"jobbinriktad"_s, QDate(2026, 1, 10), QDate(2026, 3, 31));
    insats(s1.id, u"social"_s, QDate(2026, 2, 1));
    occasion(s1.id, QDate(2026, 1, 15), State::Completed,
             {{u"tilltro"_s, choice("ja_absolut")},
              {u"malmedvetenhet"_s, Answer::number(8)},
              {u"d_klara_jobb"_s, Answer::number(4)},
              {u"d_halsa"_s, vetEj},
              {u"h_klara_jobb"_s, Answer::number(5)},
              {u"vald"_s, choice("nej")}});
    occasion(s1.id, QDate(2026, 4, 15), State::Completed,
             {{u"tilltro"_s, choice("goda_mojligheter")},
              {u"malmedvetenhet"_s, Answer::number(6)},
              {u"d_klara_jobb"_s, Answer::number(6)},
              {u"d_halsa"_s, Answer::number(5)},
              {u"d_soker"_s, vetEj}});
    occasion(s1.id, QDate(2026, 5, 20), State::Completed,
             {{u"tilltro"_s, choice("tveksamt")},
              {u"malmedvetenhet"_s, Answer::number(7)},
              {u"d_klara_jobb"_s, Answer::number(7)},
              {u"d_halsa"_s, Answer::number(3)},
              {u"d_soker"_s, Answer::number(5)},
              {u"h_klara_jobb"_s, Answer::number(6)}});
    occasion(s1.id, QDate(2026, 6, 10), State::Completed,
             {{u"tilltro"_s, choice("nej")},
              {u"malmedvetenhet"_s, Answer::number(5)},
              {u"d_klara_jobb"_s, Answer::number(8)}});
    occasion(s1.id, QDate(2026, 6, 1), State::Draft,
             {{u"tilltro"_s, choice("nej")}, {u"d_klara_jobb"_s, Answer::number(1)}});
    changeHandledare(s1, QDate(2026, 6, 12));

    Participant s2 = add(u"S-2"_s, QDate(2026, 5, 20));
    occasion(s2.id, QDate(2026, 5, 25), State::Draft,
             {{u"tilltro"_s, choice("ja_absolut")}, {u"d_klara_jobb"_s, Answer::number(9)}});

    Participant s3 = add(u"S-3"_s, QDate(2025, 10, 1), QDate(2026, 3, 31), u"arbete"_s);
    consent(s3.id, QDate(2025, 10, 1));
    insats(s3.id, u"kompetenshojande"_s, QDate(2025, 10, 1), QDate(2025, 10, 31));

    Participant s4 = add(u"S-4"_s, QDate(2026, 1, 2));
    consent(s4.id, QDate(2026, 1, 2));
    insats(s4.id, u"jobbinriktad"_s, QDate(2026, 1, 2));
    insats(s4.id, u"social"_s, QDate(2026, 1, 2));
    occasion(s4.id, QDate(2026, 3, 1), State::Completed,
             {{u"tilltro"_s, choice("goda_mojligheter")}});
    changeHandledare(s4, QDate(2026, 4, 1));
    occasion(s4.id, QDate(2026, 5, 1), State::Completed, {{u"d_klara_jobb"_s, Answer::number(5)}});

    Participant s5 = add(u"S-5"_s, QDate(2026, 2, 1));
    consent(s5.id, QDate(2026, 2, 1));
    insats(s5.id, u"jobbinriktad"_s, QDate(2026, 2, 1));
    return error;
}

} // namespace tilltro::test
