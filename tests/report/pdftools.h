#pragma once

// Reading PDFs back in the report tests with poppler-utils (pdftotext, pdfinfo, pdffonts) and
// qpdf, as a person checking the file would. The tests skip, saying so, when a tool is missing.

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace tilltro::test {

struct ToolRun {
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString toolPath(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

inline ToolRun runTool(const QString& name, const QStringList& args)
{
    ToolRun run;
    const QString path = toolPath(name);
    if (path.isEmpty())
        return run;
    QProcess process;
    process.start(path, args);
    if (!process.waitForFinished(60000))
        return run;
    run.started = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The text of `pdf` (pages first..last, 1-based; 0 = all), whitespace runs folded into one
/// space so a phrase wrapped over two lines still matches.
inline QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    const ToolRun run = runTool(QStringLiteral("pdftotext"), args);
    QString text = run.out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

/// The raw pdftotext output (lines kept).
inline QString pdfRawText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .out;
}

/// A field of `pdfinfo` ("Pages", "Title", "Author", "Creator"...), or an empty string.
inline QString pdfInfo(const QString& pdf, const QString& field)
{
    const ToolRun run =
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
    for (const QString& line : run.out.split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

inline int pdfPages(const QString& pdf)
{
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

/// How often `needle` occurs in `haystack`.
inline int occurrences(const QString& haystack, const QString& needle)
{
    return int(haystack.count(needle));
}

} // namespace tilltro::test
