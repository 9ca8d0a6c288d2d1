#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tilltro::app {

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"tilltro_*.qm"_s}, QDir::Files);
    for (const QString& file : files) {
        const QString lang = file.mid(8, file.size() - 8 - 3);
        if (!languages.contains(lang))
            languages << lang;
    }
    return languages;
}

QString chooseLanguage(const QString& requested)
{
    const QStringList available = availableLanguages();
    if (!requested.isEmpty())
        return available.contains(requested) ? requested : QString();
    const QString system = QLocale::system().name().left(2);
    if (system == "en"_L1)
        return u"en"_s;
    if (system != "sv"_L1 && available.contains(system))
        return system;
    return u"sv"_s;
}

bool installTranslators(QCoreApplication& app, const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    QLocale::setDefault(QLocale(language == "en"_L1 ? u"en_GB"_s : language));
    if (language == "en"_L1)
        return true; // the source language
    // Qt's own strings (dialog buttons, file and print dialogs) from the system's Qt
    // translations: qt_<lang> (on Debian 12 for Swedish the Qt 4 era catalogue; for most other
    // languages one that loads qtbase_<lang> and the other modules' with it) and qtbase_<lang>
    // where it exists on its own. Both are installed where they load (on Debian 12 qt_sv has
    // no qtbase_sv beside it; a newer system may have both, and the newer one wins).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const auto& catalogue : {u"qt_"_s, u"qtbase_"_s}) {
        auto* qt = new QTranslator(&app);
        if (qt->load(catalogue + language, qtDir))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // Tilltro's own last: the translator installed last is asked first, so the Swedish for Qt's
    // texts that src/app/qtstrings.cpp carries fills what Qt's catalogues lack and corrects
    // what they have wrong.
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/tilltro_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return true;
}

bool switchTranslators(QCoreApplication& app, const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    for (QTranslator* translator : app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    return installTranslators(app, language);
}

QString savedLanguage()
{
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    return availableLanguages().contains(saved) ? saved : QString();
}

} // namespace tilltro::app
