// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace QuoteDesk {

/// The translated, person-readable name of a record field from its stable key
/// ("speaker_role" → "Role at the time"), for diff headings and messages. An unknown key is
/// returned as it is.
QString fieldDisplayName(QStringView key);
inline QString fieldDisplayName(QLatin1StringView key)
{
    return fieldDisplayName(QString(key));
}

} // namespace QuoteDesk
