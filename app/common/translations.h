// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QString;

namespace QuoteDesk {

/// Where an installed QuoteDesk keeps its catalogues: share/quotedesk/translations of the
/// prefix whose bin folder holds the running executable.
QString installedTranslationsPath();

/// Installs the translations for the system language on @p app: Qt's own messages (qtbase,
/// from Qt's translations folder) and QuoteDesk's catalogue, which the executable carries as
/// ":/i18n/quotedesk_<language>.qm", and an installed copy is preferred (see
/// installedTranslationsPath()). A language without a catalogue stays English.
/// The desktop app and quotedesk-cli both call it once at start.
void installTranslations(QCoreApplication &app);

} // namespace QuoteDesk
