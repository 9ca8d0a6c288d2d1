#pragma once

// Helpers shared by the tests. Tests work in temporary folders and never touch user data.

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

namespace tilltro::test {

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(TILLTRO_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

/// A translator for one context, installed while it lives: `answer` gets each source text of
/// that context and returns its "translation" (empty: left untranslated). Shows that a text goes
/// through a translation, and under which context.
class ContextTranslator : public QTranslator {
public:
    ContextTranslator(const char* context, std::function<QString(const char* source)> answer)
        : m_context(context)
        , m_answer(std::move(answer))
    {
        QCoreApplication::installTranslator(this);
    }
    ~ContextTranslator() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        return qstrcmp(context, m_context) == 0 ? m_answer(sourceText) : QString();
    }

private:
    const char* m_context;
    std::function<QString(const char*)> m_answer;
};

/// An ISO 8601 time (UTC) as the documents print it: local time to the minute.
inline QString printedTime(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace tilltro::test
