#include "cli_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include "core/instrument/instrument.h"
#include "report/blankform.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

/// The languages the form is made in: those the default instrument has texts in.
const QStringList& formLanguages()
{
    static const QStringList languages{u"sv"_s, u"en"_s};
    return languages;
}

int runExportForm(const QCommandLineParser& parser)
{
    const QString path = parser.value(u"output"_s);
    if (path.trimmed().isEmpty()) {
        return fail(QCoreApplication::translate(
                        "CommandLine", "export-form needs --output FILE, the PDF to write."),
                    Usage);
    }
    // --lang chose the UI language (main.cpp refuses one the program lacks); the form is made
    // in it, or in Swedish or English only.
    const QString language =
        parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : QLocale().name().section(u'_', 0, 0);
    if (!formLanguages().contains(language)) {
        return fail(
            QCoreApplication::translate("CommandLine", "--lang %1: the form is made in %2 only.")
                .arg(language, formLanguages().join(u", "_s)),
            Usage);
    }
    const auto instrument = Instrument::loadDefault();
    if (!instrument)
        return fail(instrument.errorMessage());
    const bool easyRead = parser.isSet(u"easy-read"_s);
    const auto form = report::BlankForm::build(instrument.value(), {easyRead, language});
    if (!form)
        return fail(form.errorMessage());
    const auto pdf = report::renderPdf(form.value());
    if (!pdf)
        return fail(pdf.errorMessage());
    // The form holds no personal data, so nothing is recorded in an audit log, and it needs no
    // database; one named with --database is opened only so that the form is never written over
    // its files.
    workspace::Workspace ws;
    if (parser.isSet(u"database"_s)) {
        if (auto opened = ws.open(parser.value(u"database"_s), workspace::Access::ReadOnly,
                                  workspace::Check::InBackground);
            !opened)
            return fail(opened.errorMessage());
    }
    if (auto written = ws.writeAnonymousFile(path, pdf.value()); !written)
        return fail(written.errorMessage()); // as every command that cannot write its file
    return done(QCoreApplication::translate("CommandLine", "Wrote the blank form to %1.")
                    .arg(QDir::toNativeSeparators(path)));
}

} // namespace

std::vector<Subcommand> formCommands()
{
    Subcommand form{
        u"export-form"_s,
        QT_TRANSLATE_NOOP("CommandLine", "the blank deltagare form to print before the meeting"),
        [](QCommandLineParser& parser) {
            parser.addOptions(
                {QCommandLineOption(
                     u"output"_s,
                     QCoreApplication::translate("CommandLine",
                                                 "The PDF file to write (replaced if it exists)."),
                     u"file"_s),
                 QCommandLineOption(
                     u"easy-read"_s,
                     QCoreApplication::translate(
                         "CommandLine",
                         "Easy-read: shorter questions and anchors, larger type, more space."))});
        },
        runExportForm};
    form.needsGui = true; // fonts
    form.needsDatabase = false;
    return {form};
}

} // namespace tilltro::cli
