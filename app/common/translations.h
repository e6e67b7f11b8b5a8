// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace QuoteDesk {

/// Installs the translations for the system language on @p app: Qt's own messages (qtbase,
/// from Qt's translations folder) and QuoteDesk's catalogue, which the executable carries as
/// ":/i18n/quotedesk_<language>.qm". A language without a catalogue stays English.
/// The desktop app and quotedesk-cli both call it once at start.
void installTranslations(QCoreApplication &app);

} // namespace QuoteDesk
