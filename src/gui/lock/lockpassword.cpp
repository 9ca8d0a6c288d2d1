#include "lockpassword.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <optional>

namespace tilltro::gui::lockpassword {

namespace {

constexpr auto Scheme = "pbkdf2-sha256";

struct Parsed {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    // NFC, so the same password typed on another keyboard layout or platform gives the same key.
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.normalized(QString::NormalizationForm_C).toUtf8(),
        salt, iterations, KeyBytes);
}

bool decode(const QString& text, QByteArray& out)
{
    auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    out = *result;
    return true;
}

std::optional<Parsed> parse(const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != QLatin1String(Scheme))
        return std::nullopt;
    // Digits only: toInt() alone would take "+5" or " 5".
    for (QChar c : parts[1])
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts[1].toInt(&ok);
    if (!ok || p.iterations < MinIterations || p.iterations > MaxIterations)
        return std::nullopt;
    if (!decode(parts[2], p.salt) || p.salt.size() != SaltBytes)
        return std::nullopt;
    if (!decode(parts[3], p.key) || p.key.size() != KeyBytes)
        return std::nullopt;
    return p;
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QString hash(const QString& password, int iterations)
{
    std::array<quint32, SaltBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray salt(reinterpret_cast<const char*>(words.data()), SaltBytes);
    const QByteArray key = derive(password, salt, iterations);
    return QLatin1String(Scheme) + u'$' + QString::number(iterations) + u'$' +
           QString::fromLatin1(salt.toBase64()) + u'$' + QString::fromLatin1(key.toBase64());
}

Check verify(const QString& password, const QString& stored)
{
    const std::optional<Parsed> p = parse(stored);
    if (!p)
        return Check::Damaged;
    return equalInConstantTime(derive(password, p->salt, p->iterations), p->key) ? Check::Match
                                                                                 : Check::Mismatch;
}

bool isWellFormed(const QString& stored)
{
    return parse(stored).has_value();
}

} // namespace tilltro::gui::lockpassword
