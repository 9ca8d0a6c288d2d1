#include "blankform.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTranslator>

#include <algorithm>
#include <memory>

#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"
#include "flowlayout.h"
#include "pagedocument.h"

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

/// More numbers than this do not fit as boxes in a row: the deltagare writes the number.
constexpr int MaxBoxes = 11;

/// The form's own words, in the form's language, which may differ from the UI's (a Swedish
/// handledare prints an English form). English is the source; another language comes from
/// Tilltro's own catalogue for it when the program carries one, else from the installed
/// translators. Context "BlankForm".
class Words {
public:
    explicit Words(const QString& language)
        : m_english(language == "en"_L1)
    {
        if (!m_english)
            m_loaded = m_catalogue.load(u":/i18n/tilltro_%1.qm"_s.arg(language));
    }

    QString operator()(const char* source) const
    {
        if (m_english)
            return QString::fromUtf8(source);
        if (m_loaded) {
            const QString text = m_catalogue.translate("BlankForm", source);
            if (!text.isEmpty())
                return text;
        }
        return QCoreApplication::translate("BlankForm", source);
    }

private:
    bool m_english = false;
    bool m_loaded = false;
    QTranslator m_catalogue;
};

// The words, for lupdate; translated through Words.
const char* const FormTitleWord = QT_TRANSLATE_NOOP("BlankForm", "The participant's part");
const char* const EasyTitleWord = QT_TRANSLATE_NOOP("BlankForm", "Your answers");
const char* const NameWord = QT_TRANSLATE_NOOP("BlankForm", "Name");
const char* const DateWord = QT_TRANSLATE_NOOP("BlankForm", "Date");
const char* const IntroWord = QT_TRANSLATE_NOOP(
    "BlankForm",
    "You can think about the questions before the meeting. Tick one box for each question: the "
    "number that fits you best, or one of the boxes below it. At the meeting you and your case "
    "worker go through your answers together.");
const char* const EasyIntroWord =
    QT_TRANSLATE_NOOP("BlankForm", "Read the questions before the meeting.\nPut a cross in one "
                                   "box for each question.\nWe talk about your answers at the "
                                   "meeting.");
const char* const WriteNumberWord = QT_TRANSLATE_NOOP("BlankForm", "Write a number from %1 to %2:");
const char* const FileWord = QT_TRANSLATE_NOOP("BlankForm", "Blank form %1");
const char* const EasyFileWord = QT_TRANSLATE_NOOP("BlankForm", "Blank form %1 (easy-read)");
const char* const FailureWord = QT_TRANSLATE_NOOP("BlankForm", "The form could not be drawn.");
const char* const PageWord = QT_TRANSLATE_NOOP("BlankForm", "Page %1 of %2");

/// Sizes and spacing: the plain form, or lättläst (larger type, larger boxes, more air).
struct Styles {
    TextStyle title;
    TextStyle subtitle;
    TextStyle body;
    TextStyle question;
    TextStyle number;
    TextStyle anchor;
    TextStyle footer;
    double box = mm(8);            ///< side of a box to tick
    double questionSpace = pt(18); ///< before each question
    double gap = pt(6);            ///< between the parts of a question
    double nonAnswerGap = mm(10);  ///< between two non-answer boxes in a row
    double writingLine = mm(60);   ///< the line for Name
};

Styles stylesFor(bool easyRead)
{
    Styles s;
    const double spacing = easyRead ? 1.45 : 1.3;
    s.title = {easyRead ? 24.0 : 20.0, true, false, HeadingColour, 1.1};
    s.subtitle = {easyRead ? 18.0 : 14.0, true, false, HeadingColour, 1.15};
    s.body = {easyRead ? 15.0 : 11.5, false, false, TextColour, spacing};
    s.question = {easyRead ? 16.0 : 12.0, true, false, TextColour, spacing};
    s.number = {easyRead ? 15.0 : 11.0, false, false, TextColour, 1.1};
    s.anchor = {easyRead ? 14.0 : 10.5, false, false, TextColour, 1.2};
    s.footer = {easyRead ? 11.0 : 8.5, false, false, MutedColour, 1.1};
    s.box = easyRead ? mm(11) : mm(8);
    s.questionSpace = pt(easyRead ? 30 : 18);
    s.gap = pt(easyRead ? 9 : 5);
    s.nonAnswerGap = easyRead ? mm(14) : mm(10);
    return s;
}

struct Layout : PagedLayout {
    Styles styles;
    QStringList footer;
    QString pageWord; ///< "Page %1 of %2" in the form's language
};

void drawBox(QPainter* p, const QRectF& box)
{
    p->setPen(QPen(TextColour, pt(0.9)));
    p->setBrush(Qt::NoBrush);
    p->drawRect(box);
}

/// Boxes each with a label to its right, in rows that wrap when full; placed at layout time
/// (painting must not need the FlowBuilder, which is gone by then).
struct LabelledBoxes {
    struct Item {
        QRectF box; ///< relative to the top-left of the group
        TextBlock label;
        QPointF labelAt;
    };
    std::vector<Item> items;
    double height = 0;

    LabelledBoxes() = default;
    LabelledBoxes(const FlowBuilder& flow, const QStringList& labels, const Styles& s)
    {
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (const QString& text : labels) {
            TextBlock label = flow.text(text, s.anchor, flow.width() - s.box - pt(6));
            const double width = s.box + pt(6) + label.naturalWidth();
            if (x > 0 && x + width > flow.width()) {
                x = 0;
                y += rowHeight + s.gap;
                rowHeight = 0;
            }
            const double itemHeight = std::max(s.box, label.height());
            const QRectF box(x, y + (itemHeight - s.box) / 2, s.box, s.box);
            const QPointF labelAt(x + s.box + pt(6), y + (itemHeight - label.height()) / 2);
            items.push_back({box, std::move(label), labelAt});
            rowHeight = std::max(rowHeight, itemHeight);
            x += width + s.nonAnswerGap;
        }
        height = y + rowHeight;
    }

    void paint(QPainter* p, const QPointF& at) const
    {
        for (const Item& item : items) {
            drawBox(p, item.box.translated(at));
            item.label.draw(p, at + item.labelAt);
        }
    }
};

/// One question: its text, the boxes of its scale with the anchors under the ends, and the
/// non-answers. Kept whole on one page.
void addQuestion(FlowBuilder& flow, const BlankFormQuestion& q, int number, const Styles& s,
                 const Words& words)
{
    const double width = flow.width();
    const TextBlock text = flow.text(u"%1. "_s.arg(number) + q.text, s.question, width);
    const int count = q.max - q.min + 1;
    const bool boxes = q.numeric && count <= MaxBoxes;

    std::vector<TextBlock> numbers; // above the boxes
    TextBlock minLabel;             // under the first box
    TextBlock maxLabel;             // under the last
    TextBlock writeNumber;          // a long scale: "Write a number from 1 to 30:"
    TextBlock anchorsLine;          // and what its ends mean
    LabelledBoxes options;          // a choice scale
    double scaleHeight = 0;
    if (boxes) {
        const double slot = width / count;
        for (int v = q.min; v <= q.max; ++v)
            numbers.push_back(flow.text(QString::number(v), s.number, slot, Qt::AlignHCenter));
        minLabel = flow.text(q.minLabel, s.anchor, width * 0.45, Qt::AlignLeft);
        maxLabel = flow.text(q.maxLabel, s.anchor, width * 0.45, Qt::AlignRight);
        scaleHeight = numbers.front().height() + pt(2) + s.box + pt(3) +
                      std::max(minLabel.height(), maxLabel.height());
    } else if (q.numeric) {
        writeNumber = flow.text(words(WriteNumberWord).arg(q.min).arg(q.max), s.body, width * 0.6);
        anchorsLine =
            flow.text(u"%1 = %2, %3 = %4"_s.arg(q.min).arg(q.minLabel).arg(q.max).arg(q.maxLabel),
                      s.anchor, width);
        scaleHeight = std::max(writeNumber.height(), s.box) + pt(3) + anchorsLine.height();
    } else {
        options = LabelledBoxes(flow, q.options, s);
        scaleHeight = options.height;
    }
    const LabelledBoxes nonAnswers(flow, q.nonAnswers, s);
    const double nonAnswerHeight = q.nonAnswers.isEmpty() ? 0.0 : s.gap + nonAnswers.height;
    const double height = text.height() + s.gap + scaleHeight + nonAnswerHeight + pt(2);

    const double box = s.box;
    const double gap = s.gap;
    flow.block(
        height,
        [=](QPainter* p, const QPointF& at) {
            text.draw(p, at);
            double y = at.y() + text.height() + gap;
            if (!numbers.empty()) {
                const double slot = width / count;
                const double numberHeight = numbers.front().height();
                for (int i = 0; i < count; ++i) {
                    const double left = at.x() + slot * i;
                    numbers[size_t(i)].draw(p, QPointF(left, y));
                    drawBox(p, QRectF(left + (slot - box) / 2, y + numberHeight + pt(2), box, box));
                }
                y += numberHeight + pt(2) + box + pt(3);
                const double inset = (slot - box) / 2;
                minLabel.draw(p, QPointF(at.x() + inset, y));
                maxLabel.draw(p, QPointF(at.x() + width - inset - maxLabel.width(), y));
                y += std::max(minLabel.height(), maxLabel.height());
            } else if (writeNumber.lineCount() > 0) {
                writeNumber.draw(p, QPointF(at.x(), y));
                const double lineY = y + std::max(writeNumber.height(), box);
                p->setPen(QPen(TextColour, pt(0.6)));
                p->drawLine(QPointF(at.x() + writeNumber.naturalWidth() + pt(8), lineY),
                            QPointF(at.x() + width * 0.8, lineY));
                y = lineY + pt(3);
                anchorsLine.draw(p, QPointF(at.x(), y));
                y += anchorsLine.height();
            } else {
                options.paint(p, QPointF(at.x(), y));
                y += options.height;
            }
            nonAnswers.paint(p, QPointF(at.x(), y + gap));
        },
        s.questionSpace);
}

/// The title, the lines for a name and a date, and what the form is for.
void addHeader(FlowBuilder& flow, const BlankForm& form, const Styles& s, const Words& words)
{
    const bool easyRead = form.options.easyRead;
    flow.heading(form.instrumentName, s.title, 0);
    flow.heading(words(easyRead ? EasyTitleWord : FormTitleWord), s.subtitle, pt(6));

    // Name and date, left empty to be written by hand.
    const TextBlock name = flow.text(words(NameWord), s.body, flow.width() / 2);
    const TextBlock date = flow.text(words(DateWord), s.body, flow.width() / 2);
    const double writing = pt(easyRead ? 30 : 24); // room to write above the line
    const double width = flow.width();
    const double height = std::max(name.height(), date.height()) + writing;
    flow.block(
        height,
        [=](QPainter* p, const QPointF& at) {
            const double lineY = at.y() + writing;
            const double dateX = width * 0.62;
            p->setPen(QPen(TextColour, pt(0.6)));
            p->drawLine(QPointF(at.x(), lineY), QPointF(at.x() + width * 0.55, lineY));
            p->drawLine(QPointF(at.x() + dateX, lineY), QPointF(at.x() + width, lineY));
            name.draw(p, QPointF(at.x(), lineY + pt(2)));
            date.draw(p, QPointF(at.x() + dateX, lineY + pt(2)));
        },
        pt(easyRead ? 16 : 12));
    flow.paragraph(words(easyRead ? EasyIntroWord : IntroWord), s.body, pt(easyRead ? 18 : 12));
}

std::unique_ptr<Layout> layOut(const BlankForm& form, const QSizeF& pagePoints,
                               const QMarginsF& unprintablePoints)
{
    auto layout = std::make_unique<Layout>();
    layout->geometry = geometryFor(pagePoints, unprintablePoints);
    layout->styles = stylesFor(form.options.easyRead);
    const Words words(form.options.language);
    layout->footer = {form.instrumentName,
                      words(form.options.easyRead ? EasyTitleWord : FormTitleWord)};
    layout->pageWord = words(PageWord);
    FlowBuilder flow(documentFamily(), layout->geometry.body.width());
    addHeader(flow, form, layout->styles, words);
    int number = 0;
    for (const BlankFormQuestion& q : form.questions)
        addQuestion(flow, q, ++number, layout->styles, words);
    layout->pages = paginate(flow.slices(), layout->geometry.body.height());
    return layout;
}

} // namespace

Result<BlankForm> BlankForm::build(const Instrument& instrument, const BlankFormOptions& options)
{
    BlankForm form;
    form.options = options;
    if (form.options.language.isEmpty())
        form.options.language = QLocale().name().section(u'_', 0, 0);
    const QString& language = form.options.language;
    EasyReadTexts easy;
    if (options.easyRead) {
        auto texts = easyReadTexts(instrument);
        if (!texts)
            return texts.error();
        easy = std::move(texts).value();
    }
    form.instrumentName = instrument.name(language);
    for (const Question* q : instrument.questionsFor(Respondent::Deltagare)) {
        BlankFormQuestion question;
        question.key = q->key;
        const auto it = easy.find(q->key);
        const EasyReadText* e = it == easy.end() ? nullptr : &it->second;
        question.text = (e ? e->text : q->text).text(language);
        question.numeric = q->scale.type == Scale::Type::Numeric;
        question.min = q->scale.min;
        question.max = q->scale.max;
        if (question.numeric) {
            question.minLabel = (e ? e->minLabel : q->scale.minLabel).text(language);
            question.maxLabel = (e ? e->maxLabel : q->scale.maxLabel).text(language);
        }
        for (const ScaleOption& option : q->scale.options)
            question.options << option.label.text(language);
        for (const QString& key : q->nonAnswers) {
            if (const NonAnswerDef* nonAnswer = instrument.nonAnswer(key))
                question.nonAnswers << nonAnswer->label.text(language);
        }
        form.questions.push_back(std::move(question));
    }
    return form;
}

QString BlankForm::title() const
{
    const Words words(options.language);
    return u"%1 – %2"_s.arg(instrumentName,
                            words(options.easyRead ? EasyTitleWord : FormTitleWord));
}

QString BlankForm::suggestedFileName() const
{
    const Words words(options.language);
    return fileNamePart(words(options.easyRead ? EasyFileWord : FileWord).arg(instrumentName)) +
           u".pdf"_s;
}

int paint(const BlankForm& form, QPagedPaintDevice* device)
{
    return paintPages(
        device,
        [&form](const QSizeF& pagePoints, const QMarginsF& unprintablePoints) {
            return std::unique_ptr<PagedLayout>(layOut(form, pagePoints, unprintablePoints));
        },
        [](QPainter* painter, const PagedLayout& paged, int page) {
            const auto& layout = static_cast<const Layout&>(paged);
            // "Page 2 of 3" in the form's language, which may not be the window's.
            paintFooter(painter, layout.geometry, layout.styles.footer, layout.footer, page,
                        int(layout.pages.size()), layout.pageWord);
        });
}

int pageCount(const BlankForm& form)
{
    const QPageSize a4(QPageSize::A4);
    return int(layOut(form, a4.size(QPageSize::Point), QMarginsF())->pages.size());
}

Result<QByteArray> renderPdf(const BlankForm& form)
{
    const Words words(form.options.language);
    return renderPdfA(
        {form.title(), {}}, [&form](QPagedPaintDevice* device) { return paint(form, device); },
        words(FailureWord));
}

void configurePrinter(QPrinter* printer, const BlankForm& form)
{
    if (!printer)
        return;
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true); // the form keeps its own margins
    printer->setDocName(form.title());
    printer->setCreator(u"Tilltro"_s);
}

void print(const BlankForm& form, QPrinter* printer)
{
    paint(form, printer);
}

} // namespace tilltro::report
