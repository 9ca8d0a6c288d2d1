#pragma once

// Runs the real `tilltro` executable as a script would: no display, UTF-8 locale. For tests
// whose target defines TILLTRO_EXECUTABLE (the path of the built program).

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tilltro::test {

struct CliRun {
    int exitCode = -1; ///< -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

inline CliRun runTilltro(const QStringList& args, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TILLTRO_EXECUTABLE), args);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace tilltro::test
