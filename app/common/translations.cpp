// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

QString installedTranslationsPath()
{
    return QDir(QCoreApplication::applicationDirPath() + u"/../share/quotedesk/translations"_s)
        .absolutePath();
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // An installed catalogue (PREFIX/share/quotedesk/translations beside PREFIX/bin) first, so a
    // catalogue updated on its own is used; else the one built into the executable.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"quotedesk"_s, u"_"_s, installedTranslationsPath())
        || own->load(QLocale(), u"quotedesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace QuoteDesk
