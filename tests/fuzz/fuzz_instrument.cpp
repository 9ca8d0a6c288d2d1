// Fuzz target: Instrument::fromJson(), the loader of instrument definitions (docs/fuzzing.md).
// The input is the JSON document.
//
// Invariants: a refusal has a message; an accepted instrument keeps the exact bytes it was read
// from, reads again to the same content, and its lookups and accepts() agree with its
// definition (every numeric answer inside the scale and no answer outside it, every option,
// every listed non-answer).

#include <QString>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <set>

#include "core/instrument/instrument.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using tilltro::Answer;
using tilltro::Instrument;
using tilltro::Question;
using tilltro::Respondent;
using tilltro::Scale;

namespace {

tilltro::fuzz::Outcomes outcomes("fuzz_instrument");

void checkQuestion(const Instrument& instrument, const Question& q)
{
    FUZZ_CHECK(instrument.question(q.key) == &q);
    FUZZ_CHECK(!instrument.accepts(q.key, Answer{}));
    if (!q.indicator.isEmpty())
        FUZZ_CHECK(instrument.indicator(q.indicator) != nullptr);
    for (const QString& code : q.nonAnswers)
        FUZZ_CHECK(instrument.accepts(q.key, Answer::choice(code)));
    if (q.scale.type == Scale::Type::Numeric) {
        FUZZ_CHECK(q.scale.min < q.scale.max);
        FUZZ_CHECK(instrument.accepts(q.key, Answer::number(q.scale.min)));
        FUZZ_CHECK(instrument.accepts(q.key, Answer::number(q.scale.max)));
        if (q.scale.min > INT_MIN)
            FUZZ_CHECK(!instrument.accepts(q.key, Answer::number(q.scale.min - 1)));
        if (q.scale.max < INT_MAX)
            FUZZ_CHECK(!instrument.accepts(q.key, Answer::number(q.scale.max + 1)));
        // A number and a code at once is never an answer.
        FUZZ_CHECK(!instrument.accepts(q.key, Answer{q.scale.min, u"x"_s}));
    } else {
        FUZZ_CHECK(!q.scale.options.empty());
        for (const tilltro::ScaleOption& option : q.scale.options)
            FUZZ_CHECK(instrument.accepts(q.key, Answer::choice(option.key)));
        FUZZ_CHECK(!instrument.accepts(q.key, Answer::number(q.scale.min)));
    }
}

void checkAccepted(const Instrument& instrument, const QByteArray& input)
{
    FUZZ_CHECK(instrument.json() == input);
    FUZZ_CHECK(!instrument.id().isEmpty() && instrument.version() >= 1);

    auto again = Instrument::fromJson(instrument.json());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->id() == instrument.id() && again->version() == instrument.version());
    FUZZ_CHECK(again->questions().size() == instrument.questions().size());
    FUZZ_CHECK(again->indicators().size() == instrument.indicators().size());
    FUZZ_CHECK(again->nonAnswers().size() == instrument.nonAnswers().size());

    std::set<QString> keys;
    for (const Question& q : instrument.questions()) {
        FUZZ_CHECK(keys.insert(q.key).second); // question keys are unique
        checkQuestion(instrument, q);
    }
    FUZZ_CHECK(instrument.questionsFor(Respondent::Deltagare).size() +
                   instrument.questionsFor(Respondent::Handledare).size() ==
               instrument.questions().size());
    for (const tilltro::Indicator& indicator : instrument.indicators())
        FUZZ_CHECK(instrument.indicator(indicator.key) == &indicator);
    for (const tilltro::NonAnswerDef& nonAnswer : instrument.nonAnswers())
        FUZZ_CHECK(instrument.nonAnswer(nonAnswer.key) == &nonAnswer);
    FUZZ_CHECK(!instrument.accepts(u"no such question \u00e5"_s, Answer::number(1)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tilltro::fuzz::fixClock();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto instrument = Instrument::fromJson(input);
    if (!instrument) {
        FUZZ_CHECK(!instrument.errorMessage().isEmpty());
        outcomes.count("refused");
        return 0;
    }
    checkAccepted(instrument.value(), input);
    outcomes.count("accepted");
    return 0;
}
