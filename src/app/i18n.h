#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tilltro::app {

/// The UI languages compiled in (one per translations/tilltro_<lang>.ts, plus "en", the source).
QStringList availableLanguages();

/// The language to use: `requested` when given and available, otherwise English when the
/// system locale is English, otherwise Swedish (the default UI).
QString chooseLanguage(const QString& requested);

/// Installs Tilltro's and Qt's own translators for `language` on `app`.
/// Returns false when `language` is not available.
bool installTranslators(QCoreApplication& app, const QString& language);
/// Takes out the translators installTranslators() put in and installs those of `language`
/// instead (Settings › Språk, at run time). False, with the old ones kept, when `language` is
/// not available.
bool switchTranslators(QCoreApplication& app, const QString& language);
/// The language chosen in Settings (QSettings "ui/language"), or empty.
QString savedLanguage();

} // namespace tilltro::app
