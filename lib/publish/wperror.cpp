// SPDX-License-Identifier: GPL-3.0-or-later
#include "wperror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::WpError)
};

bool isNetworkLevel(QNetworkReply::NetworkError error)
{
    // Codes below 200 are connection and transport problems; 200 and above mirror the HTTP
    // status that came back, which the status itself describes better.
    return error != QNetworkReply::NoError && int(error) < 200;
}

WpError networkError(const ReplyFacts &facts)
{
    WpError e;
    const QString host = facts.host;
    switch (facts.networkError) {
    case QNetworkReply::OperationCanceledError:
        if (!facts.timedOut && facts.cancelled) {
            e.kind = WpError::Kind::Cancelled;
            e.message = Tr::tr("Cancelled; nothing more was sent to %1.").arg(host);
            return e;
        }
        [[fallthrough]];
    case QNetworkReply::TimeoutError:
        e.kind = WpError::Kind::Timeout;
        e.message =
            Tr::tr("%1 did not answer in time. The site may be busy or down; try again later.").arg(host);
        return e;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        e.kind = WpError::Kind::ConnectionReset;
        e.message = Tr::tr("%1 closed the connection before the transfer finished. Try again; if it keeps "
                           "happening with large files, the server may limit the upload size.")
                        .arg(host);
        return e;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = WpError::Kind::Tls;
        e.message = Tr::tr("The secure connection to %1 failed: %2. QuoteDesk does not accept untrusted "
                           "certificates (self-signed, expired or for another name); give the site a valid "
                           "certificate.")
                        .arg(host, facts.errorString);
        return e;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = WpError::Kind::BadResponse;
        e.message = Tr::tr("%1 redirected the request elsewhere (%2). Check the site address: use the "
                           "address the site itself uses, with https.")
                        .arg(host, facts.errorString);
        return e;
    default:
        e.kind = WpError::Kind::Unreachable;
        e.message = Tr::tr("Cannot reach %1: %2. Check the site address and the network connection.")
                        .arg(host, facts.errorString);
        return e;
    }
}

WpError httpError(const ReplyFacts &facts)
{
    WpError e;
    e.httpStatus = facts.httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(facts.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject object = doc.object();
        e.code = object.value("code"_L1).toString();
        e.siteMessage = object.value("message"_L1).toString();
        e.data = object.value("data"_L1).toObject();
    }
    const QString host = facts.host;
    QString detail = e.siteMessage.isEmpty() ? Tr::tr("no details given") : e.siteMessage;
    while (detail.endsWith(u'.'))
        detail.chop(1);
    const int status = facts.httpStatus;

    if (status == 401) {
        e.kind = WpError::Kind::BadCredentials;
        e.message = Tr::tr("%1 refused the user name or Application Password. Check the user name, and "
                           "create a new Application Password in wp-admin under Users → Profile (the "
                           "login password does not work here).")
                        .arg(host);
    } else if (status == 403 || e.code.startsWith("rest_cannot_"_L1) || e.code == "rest_forbidden"_L1) {
        e.kind = WpError::Kind::NoPermission;
        e.message = Tr::tr("The user may not do this on %1: %2. Ask the site's administrator for a role "
                           "that allows it: publishing and uploading files needs Author or above, creating "
                           "categories and tags needs Editor or above.")
                        .arg(host, detail);
    } else if (status == 404 || status == 410) {
        e.kind = WpError::Kind::NotFound;
        if (e.code == "rest_post_invalid_id"_L1)
            e.message = Tr::tr("The post no longer exists on %1 (it was deleted there). Publish again to "
                               "create it anew.")
                            .arg(host);
        else if (e.code == "rest_no_route"_L1 || e.code.isEmpty())
            e.message = Tr::tr("%1 does not offer this part of the WordPress REST API. Check the site "
                               "address, and that the REST API is not switched off by a plugin.")
                            .arg(host);
        else
            e.message = Tr::tr("%1 could not find the item: %2.").arg(host, detail);
    } else if (status >= 500) {
        e.kind = WpError::Kind::ServerError;
        e.message = Tr::tr("%1 had a server error (HTTP %2): %3. Try again later, or ask the site's "
                           "administrator to look at the server log.")
                        .arg(host)
                        .arg(status)
                        .arg(detail);
    } else {
        e.kind = WpError::Kind::Rejected;
        e.message = Tr::tr("%1 refused the request (HTTP %2): %3.").arg(host).arg(status).arg(detail);
    }
    return e;
}

} // namespace

QString WpError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::BadCredentials:
        return u"bad-credentials"_s;
    case Kind::NoPermission:
        return u"no-permission"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::ConnectionReset:
        return u"connection-reset"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::Rejected:
        return u"rejected"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Invalid:
        return u"invalid"_s;
    }
    return {};
}

WpError classifyReply(const ReplyFacts &facts)
{
    if (isNetworkLevel(facts.networkError) || facts.networkError == QNetworkReply::OperationCanceledError
        || facts.networkError == QNetworkReply::ContentReSendError)
        return networkError(facts);
    if (facts.httpStatus >= 400)
        return httpError(facts);
    if (facts.networkError != QNetworkReply::NoError)
        return networkError(facts);
    if (facts.httpStatus == 0) {
        WpError e;
        e.kind = WpError::Kind::Unreachable;
        e.message = Tr::tr("No answer came from %1. Check the site address and the network connection.")
                        .arg(facts.host);
        return e;
    }
    return {};
}

WpError makeError(WpError::Kind kind, const QString &message)
{
    WpError e;
    e.kind = kind;
    e.message = message;
    return e;
}

bool parseJsonBody(const QByteArray &body, const QString &host, QJsonValue *value, WpError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        const QString why = body.trimmed().isEmpty()
            ? Tr::tr("the answer was empty")
            : Tr::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        *error = makeError(WpError::Kind::BadResponse,
                           Tr::tr("%1 sent an answer that is not valid JSON (%2). It may have been cut off, "
                                  "or a plugin or the server prints errors into it; try again, and check "
                                  "the site if it keeps happening.")
                               .arg(host, why));
        return false;
    }
    *value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return true;
}

} // namespace QuoteDesk
