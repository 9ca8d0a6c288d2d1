#pragma once

#include <QDate>
#include <QString>

namespace tilltro {

/// A consent given by a participant. Scope "registrering" covers being registered in
/// Tilltro; scope "informationsutbyte" covers exchange of information with `party`.
struct Consent {
    qint64 id = 0;
    qint64 participantId = 0;
    QString scope;
    QString party;
    QDate given;
    QString recordedBy;
    QDate withdrawn; ///< invalid while the consent holds

    bool isCurrentOn(const QDate& day) const
    {
        return given.isValid() && given <= day && (!withdrawn.isValid() || day < withdrawn);
    }

    friend bool operator==(const Consent&, const Consent&) = default;
};

} // namespace tilltro
