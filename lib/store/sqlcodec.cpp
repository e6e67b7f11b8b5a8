// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcodec.h"

namespace QuoteDesk::SqlCodec {

QString timestampToText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace QuoteDesk::SqlCodec
