#include "cli_common.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <future>
#include <optional>
#include <thread>

#include "report/handlingsplanreport.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

/// The database half of export-pdf, on a thread of its own: the connection lives and dies on
/// the thread that opened it, while the GUI thread loads fonts and charts and then draws.
class DatabaseSide {
public:
    DatabaseSide(QString database, QString code, report::ReportOptions options, QString output)
        : m_database(std::move(database))
        , m_code(std::move(code))
        , m_options(std::move(options))
        , m_output(std::move(output))
        , m_thread([this] { run(); })
    {
    }
    /// Without a PDF handed over, the thread gives up (and closes the database) by itself.
    ~DatabaseSide()
    {
        if (!m_handedOver)
            m_pdf.set_value(std::nullopt);
        m_thread.join();
    }
    DatabaseSide(const DatabaseSide&) = delete;
    DatabaseSide& operator=(const DatabaseSide&) = delete;

    /// The document, or why there is none (then the thread is done). Call once.
    Result<report::HandlingsplanDocument> document() { return m_document.get_future().get(); }
    /// Hands over the PDF drawn from document() and returns what saving it gave. Call once,
    /// only after document() succeeded.
    Result<void> save(QByteArray pdf)
    {
        m_handedOver = true;
        m_pdf.set_value(std::move(pdf));
        return m_saved.get_future().get();
    }

private:
    void run()
    {
        // Shared, like export-json: reads beside the window and records the export. The
        // workspace, and with it the connection, belongs to this thread.
        workspace::Workspace ws;
        const auto participantId = openShared(ws, m_database, m_code);
        if (!participantId) {
            m_document.set_value(participantId.error());
            return;
        }
        auto document =
            report::HandlingsplanDocument::build(*ws.database(), participantId.value(), m_options);
        if (!document) {
            m_document.set_value(document.error());
            return;
        }
        const report::HandlingsplanDocument doc = document.value();
        m_document.set_value(std::move(document));
        auto pdf = m_pdfFuture.get();
        if (!pdf)
            return;
        m_saved.set_value(report::savePdf(*ws.database(), doc, *pdf, m_output));
    }

    QString m_database;
    QString m_code;
    report::ReportOptions m_options;
    QString m_output;
    std::promise<Result<report::HandlingsplanDocument>> m_document;
    std::promise<std::optional<QByteArray>> m_pdf;
    std::future<std::optional<QByteArray>> m_pdfFuture = m_pdf.get_future();
    std::promise<Result<void>> m_saved;
    bool m_handedOver = false;
    std::thread m_thread; ///< last: starts when everything above exists
};

int runExportPdf(const QCommandLineParser& parser)
{
    const QString code = parser.value(u"participant"_s).trimmed();
    const QString output = parser.value(u"output"_s);
    if (code.isEmpty()) {
        return fail(
            QCoreApplication::translate("CommandLine", "export-pdf needs --participant CODE."),
            Usage);
    }
    if (output.trimmed().isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "export-pdf needs --output FILE."),
                    Usage);
    }
    report::ReportOptions options;
    options.includeSensitive = parser.isSet(u"include-sensitive"_s);
    options.easyRead = parser.isSet(u"easy-read"_s);
    // The language of instrument texts follows the UI; read here, where --lang was applied.
    options.language = QLocale().name().left(2);

    // Opening the database (its integrity check) and loading fonts and charts take about as
    // long as each other, so they run side by side (docs/performance.md).
    DatabaseSide database(parser.value(u"database"_s), code, options, output);
    report::warmUp();
    auto document = database.document();
    if (!document)
        return fail(document.errorMessage());
    auto pdf = report::renderPdf(document.value());
    if (!pdf)
        return fail(pdf.errorMessage());
    // An existing file is replaced, atomically: the path was named explicitly (a script that
    // exports every quarter overwrites last quarter's file), and a failure leaves it as it was.
    if (auto saved = database.save(std::move(pdf).value()); !saved)
        return fail(saved.errorMessage());

    return doneExporting(
        QCoreApplication::translate("CommandLine", "Wrote the action plan of %1 to %2.")
            .arg(code, QDir::toNativeSeparators(output)),
        options.includeSensitive);
}

} // namespace

std::vector<Subcommand> reportCommands()
{
    return {{u"export-pdf"_s, QT_TRANSLATE_NOOP("CommandLine", "a deltagare's action plan as PDF"),
             [](QCommandLineParser& parser) {
                 addParticipantAndOutput(
                     parser, QT_TRANSLATE_NOOP("CommandLine", "The code of the deltagare."),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "The PDF file to write (replaced if it exists)."));
                 parser.addOptions(
                     {QCommandLineOption(
                          u"include-sensitive"_s,
                          QCoreApplication::translate(
                              "CommandLine",
                              "Include sensitive information (Våld, Riskbruk, the notes).")),
                      QCommandLineOption(
                          u"easy-read"_s,
                          QCoreApplication::translate(
                              "CommandLine", "Easy-read: larger type and plain wording."))});
             },
             runExportPdf, true},
            extractCommand()};
}

} // namespace tilltro::cli
