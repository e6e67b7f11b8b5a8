// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteclock.h"

#include "publish/wpclient.h"
#include "publish/wppayload.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

QDateTime siteTimeOf(const WpResult &result)
{
    // An HTTP date: "Tue, 05 Mar 2024 12:00:00 GMT".
    const QString date = QString::fromLatin1(result.header("Date")).trimmed();
    const QDateTime parsed = QLocale::c().toDateTime(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
}

bool waitForSiteTimePast(WpClient &client, const QDateTime &time, QString *error, int timeoutMs)
{
    if (!time.isValid()) {
        *error = u"no time to wait past"_s;
        return false;
    }
    const qint64 next = time.toSecsSinceEpoch() + 1;
    QObject context; // drops an answer that comes after the wait
    bool asking = false;
    qint64 siteNow = 0;
    QString failure;
    const bool answered = QTest::qWaitFor(
        [&] {
            if (siteNow >= next || !failure.isEmpty())
                return true;
            // A site on this machine shares its clock, so its first answer after this one
            // moves on is normally past too; one on a clock behind is asked until it is.
            if (asking || QDateTime::currentSecsSinceEpoch() < next)
                return false;
            asking = true;
            client.send(WpRequest::get(u"wp/v2/users/me"_s, QUrlQuery(u"_fields=id"_s)), &context,
                        [&](const WpResult &result) {
                            asking = false;
                            const QDateTime at = siteTimeOf(result);
                            if (!result.ok())
                                failure = u"the site's time: "_s + result.error.message;
                            else if (!at.isValid())
                                failure = u"the site's answer has no Date: "_s
                                    + QString::fromLatin1(result.header("Date"));
                            else
                                siteNow = at.toSecsSinceEpoch();
                        });
            return false;
        },
        timeoutMs);
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    if (!answered) {
        *error = u"the site's clock did not pass %1 within %2 ms (it said %3)"_s.arg(
            time.toUTC().toString(Qt::ISODate), QString::number(timeoutMs),
            siteNow ? QDateTime::fromSecsSinceEpoch(siteNow, QTimeZone::utc()).toString(Qt::ISODate)
                    : u"nothing"_s);
        return false;
    }
    return true;
}

bool waitForSiteTimePast(WpClient &client, const QString &modifiedGmt, QString *error, int timeoutMs)
{
    const QDateTime time = WpPayload::parseDateGmt(modifiedGmt);
    if (!time.isValid()) {
        *error = u"not a modified_gmt: "_s + modifiedGmt;
        return false;
    }
    return waitForSiteTimePast(client, time, error, timeoutMs);
}

} // namespace QuoteDesk::Test
