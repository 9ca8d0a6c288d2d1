#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"
#include "pdftools.h"
#include "report/blankform.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::test;

// The blank deltagare form printed before the meeting, read back as a person would: every
// deltagare question with its anchors and its non-answers as boxes, lines for a name and a date
// left empty, easy-read wording when asked for, the whole form in the language chosen, and never
// a handledare question.
class TestBlankForm : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Instrument m_instrument;

    /// The form as a PDF file; its path.
    QString written(const report::BlankForm& form, const QString& name)
    {
        const auto pdf = report::renderPdf(form);
        if (!pdf)
            qFatal("%s", qPrintable(pdf.errorMessage()));
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, pdf.value()))
            qFatal("could not write %s", qPrintable(path));
        return path;
    }

    /// What the handledare alone answers, in every language the instrument has: none of it may
    /// ever be on the deltagare's form.
    void verifyNoHandledareQuestion(const QString& text)
    {
        for (const QString& word :
             {u"Tilltro"_s, u"Våld"_s, u"Riskbruk"_s, u"Målmedvetenhet"_s, u"Belief"_s,
              u"violence"_s, u"addiction"_s, u"Goal-directedness"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        for (const Question* q : m_instrument.questionsFor(Respondent::Handledare)) {
            QVERIFY2(!text.contains(q->key), qPrintable(q->key));
            for (const QString& question : q->text.byLanguage)
                QVERIFY2(!text.contains(question), qPrintable(question));
            for (const ScaleOption& option : q->scale.options) {
                for (const QString& label : option.label.byLanguage) {
                    // "Nej" and "No" are words of any text; the longer labels are not.
                    if (label.size() >= 8)
                        QVERIFY2(!text.contains(label), qPrintable(label));
                }
            }
        }
    }

    /// The text as laid out on the page (a row of numbers stays one line), whitespace folded.
    static QString layoutText(const QString& pdf)
    {
        QString text =
            runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).out;
        static const QRegularExpression space(u"\\s+"_s);
        return text.replace(space, u" "_s);
    }

    static void skipWithoutTools()
    {
        if (toolPath(u"pdftotext"_s).isEmpty() || toolPath(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext and pdfinfo are needed (apt-get install poppler-utils)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        m_instrument = instrument.value();
    }

    void build_takesTheDeltagareQuestionsOnly_inTheirOrder()
    {
        const auto form = report::BlankForm::build(m_instrument, {false, u"sv"_s});
        QVERIFY(form.ok());
        const auto deltagare = m_instrument.questionsFor(Respondent::Deltagare);
        QCOMPARE(form->questions.size(), deltagare.size());
        for (std::size_t i = 0; i < deltagare.size(); ++i) {
            QCOMPARE(form->questions[i].key, deltagare[i]->key);
            QCOMPARE(form->questions[i].text, deltagare[i]->text.text(u"sv"_s));
            QCOMPARE(form->questions[i].nonAnswers, (QStringList{u"Vet ej"_s, u"Vill ej svara"_s}));
        }
    }

    void plainSwedish_holdsEveryQuestionAsBoxes_andNoHandledareQuestion()
    {
        skipWithoutTools();
        const auto form = report::BlankForm::build(m_instrument, {false, u"sv"_s});
        QVERIFY(form.ok());
        const QString path = written(form.value(), u"plain-sv.pdf"_s);
        const int pages = pdfPages(path);
        QCOMPARE(pages, report::pageCount(form.value()));
        QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
        QCOMPARE(pdfInfo(path, u"Pages"_s).toInt(), pages);

        const QString text = pdfText(path);
        QVERIFY(text.contains(m_instrument.name(u"sv"_s)));
        // The form's own words in Swedish, from the catalogue, whatever the UI language.
        QVERIFY2(text.contains(u"Namn"_s) && text.contains(u"Datum"_s), qPrintable(text));
        QVERIFY(text.contains(u"Deltagarens skattning"_s));
        for (const Question* q : m_instrument.questionsFor(Respondent::Deltagare)) {
            QVERIFY2(text.contains(q->text.text(u"sv"_s)), qPrintable(q->key));
            QVERIFY2(text.contains(q->scale.minLabel.text(u"sv"_s)), qPrintable(q->key));
            QVERIFY2(text.contains(q->scale.maxLabel.text(u"sv"_s)), qPrintable(q->key));
        }
        // Each question numbered 1 to 10 over its boxes, with Vet ej and Vill ej svara.
        const int questions = int(m_instrument.questionsFor(Respondent::Deltagare).size());
        QCOMPARE(occurrences(layoutText(path), u"1 2 3 4 5 6 7 8 9 10"_s), questions);
        QCOMPARE(occurrences(text, u"Vet ej"_s), questions);
        QCOMPARE(occurrences(text, u"Vill ej svara"_s), questions);
        QVERIFY(text.contains(u"Sida 1 av %1"_s.arg(pages)));
        verifyNoHandledareQuestion(text);
    }

    void easyRead_usesTheEasyWording_largerOverMorePages()
    {
        skipWithoutTools();
        const auto plain = report::BlankForm::build(m_instrument, {false, u"sv"_s});
        const auto form = report::BlankForm::build(m_instrument, {true, u"sv"_s});
        QVERIFY(plain.ok() && form.ok());
        const QString path = written(form.value(), u"easy-sv.pdf"_s);
        const int pages = pdfPages(path);
        QCOMPARE(pages, report::pageCount(form.value()));
        QVERIFY2(pages > report::pageCount(plain.value()), qPrintable(QString::number(pages)));

        const QString text = pdfText(path);
        const auto easy = easyReadTexts(m_instrument);
        QVERIFY(easy.ok() && !easy->empty());
        for (const Question* q : m_instrument.questionsFor(Respondent::Deltagare)) {
            const EasyReadText& e = easy->at(q->key);
            QVERIFY2(text.contains(e.text.text(u"sv"_s)), qPrintable(q->key));
            QVERIFY2(text.contains(e.minLabel.text(u"sv"_s)), qPrintable(q->key));
            QVERIFY2(text.contains(e.maxLabel.text(u"sv"_s)), qPrintable(q->key));
            QVERIFY2(!text.contains(q->text.text(u"sv"_s)), qPrintable(q->key));
        }
        QVERIFY(text.contains(u"Dina svar"_s));
        QVERIFY(text.contains(u"Vet ej"_s));
        verifyNoHandledareQuestion(text);
    }

    void english_isEnglishThroughout()
    {
        skipWithoutTools();
        for (const bool easyRead : {false, true}) {
            const auto form = report::BlankForm::build(m_instrument, {easyRead, u"en"_s});
            QVERIFY(form.ok());
            const QString text = pdfText(written(form.value(), u"en-%1.pdf"_s.arg(easyRead)));
            QVERIFY(text.contains(m_instrument.name(u"en"_s)));
            QVERIFY2(text.contains(u"Name"_s) && text.contains(u"Date"_s), qPrintable(text));
            QVERIFY(!text.contains(u"Namn"_s));
            QVERIFY(text.contains(u"Don't know"_s) || text.contains(u"Don’t know"_s));
            QVERIFY(text.contains(u"Page 1 of"_s));
            const auto easy = easyReadTexts(m_instrument);
            for (const Question* q : m_instrument.questionsFor(Respondent::Deltagare)) {
                const QString expected =
                    easyRead ? easy->at(q->key).text.text(u"en"_s) : q->text.text(u"en"_s);
                QVERIFY2(text.contains(expected), qPrintable(q->key));
                QVERIFY2(!text.contains(q->text.text(u"sv"_s)), qPrintable(q->key));
            }
            verifyNoHandledareQuestion(text);
        }
    }

    void otherScales_aLongScaleIsWritten_choicesAreBoxes()
    {
        skipWithoutTools();
        // The minimal instrument with a deltagare question on 0..30 and one with choices.
        const QByteArray bytes = readAll(dataPath(u"instruments/minimal.json"_s));
        auto document = nlohmann::json::parse(bytes.cbegin(), bytes.cend());
        document["questions"].push_back(
            {{"key", "d_timmar"},
             {"respondent", "deltagare"},
             {"label", {{"sv", "Timmar"}}},
             {"text", {{"sv", "Hur många timmar kan du arbeta per vecka?"}}},
             {"scale",
              {{"type", "numeric"},
               {"min", 0},
               {"max", 30},
               {"minLabel", {{"sv", "Inga"}}},
               {"maxLabel", {{"sv", "Trettio"}}}}},
             {"nonAnswers", {"vet_ej"}}});
        document["questions"].push_back({{"key", "d_resa"},
                                         {"respondent", "deltagare"},
                                         {"label", {{"sv", "Resa"}}},
                                         {"text", {{"sv", "Hur tar du dig till jobbet?"}}},
                                         {"scale",
                                          {{"type", "choice"},
                                           {"options",
                                            {{{"key", "buss"}, {"label", {{"sv", "Buss"}}}},
                                             {{"key", "cykel"}, {"label", {{"sv", "Cykel"}}}}}}}},
                                         {"nonAnswers", nlohmann::json::array()}});
        const auto instrument = Instrument::fromJson(QByteArray::fromStdString(document.dump()));
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        // Easy-read without a sidecar: the plain wording, not an error.
        const auto form = report::BlankForm::build(instrument.value(), {true, u"sv"_s});
        QVERIFY2(form.ok(), qPrintable(form.errorMessage()));
        const QString text = pdfText(written(form.value(), u"scales.pdf"_s));
        QVERIFY2(text.contains(u"Skriv ett tal från 0 till 30:"_s), qPrintable(text));
        QVERIFY(text.contains(u"0 = Inga, 30 = Trettio"_s));
        QVERIFY(text.contains(u"Buss"_s) && text.contains(u"Cykel"_s));
        QVERIFY(text.contains(u"Hur tar du dig till jobbet?"_s));
    }

    void suggestedFileName_andTitle_nameTheFormNotAPerson()
    {
        const auto form = report::BlankForm::build(m_instrument, {true, u"sv"_s});
        QVERIFY(form.ok());
        QVERIFY2(form->suggestedFileName().endsWith(u"(lättläst).pdf"_s),
                 qPrintable(form->suggestedFileName()));
        QVERIFY(!form->suggestedFileName().contains(u'/'));
        QVERIFY(form->title().startsWith(m_instrument.name(u"sv"_s)));
    }
};

QTEST_MAIN(TestBlankForm)
#include "tst_blankform.moc"
