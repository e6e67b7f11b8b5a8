// SPDX-License-Identifier: GPL-3.0-or-later
#include "wpclient.h"

#include "oneshotbody.h"
#include "quotedesk_version.h"
#include "wpurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

// Logs method, address and status only: never headers or bodies, which carry the password
// and the post.
Q_LOGGING_CATEGORY(lcPublish, "quotedesk.publish", QtWarningMsg)

namespace {

const char *methodName(WpRequest::Method method)
{
    switch (method) {
    case WpRequest::Method::Get:
        return "GET";
    case WpRequest::Method::Post:
        return "POST";
    case WpRequest::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

} // namespace

WpRequest WpRequest::get(const QString &route, const QUrlQuery &query)
{
    WpRequest r;
    r.route = route;
    r.query = query;
    return r;
}

WpRequest WpRequest::post(const QString &route, const QJsonObject &json, const QUrlQuery &query)
{
    WpRequest r;
    r.method = Method::Post;
    r.route = route;
    r.query = query;
    r.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return r;
}

WpRequest WpRequest::remove(const QString &route, const QUrlQuery &query)
{
    WpRequest r;
    r.method = Method::Delete;
    r.route = route;
    r.query = query;
    return r;
}

WpRequest WpRequest::upload(const QString &route, const QString &path, const QString &fileName,
                            const QByteArray &mimeType, const QUrlQuery &query)
{
    WpRequest r;
    r.method = Method::Post;
    r.route = route;
    r.query = query;
    r.uploadPath = path;
    r.uploadName = fileName;
    r.contentType = mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType;
    return r;
}

WpRequest WpRequest::page(const QUrl &url)
{
    WpRequest r;
    r.url = url;
    r.expectJson = false;
    return r;
}

QByteArray WpResult::header(const QByteArray &name) const
{
    QByteArray value;
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            value += (value.isEmpty() ? QByteArray() : QByteArray(", ")) + pair.second;
    }
    return value;
}

WpCall::WpCall(QNetworkReply *reply, bool expectJson, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_expectJson(expectJson)
{
    if (reply)
        connect(reply, &QNetworkReply::finished, this, &WpCall::handleFinished);
}

void WpCall::abort()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void WpCall::handleFinished()
{
    // Own the reply: it goes with this call, whatever happens in the slots below.
    QNetworkReply *reply = m_reply;
    reply->setParent(this);
    WpResult result;
    result.url = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();

    ReplyFacts facts;
    facts.networkError = reply->error();
    facts.httpStatus = result.httpStatus;
    facts.body = result.body;
    facts.errorString = reply->errorString();
    facts.cancelled = m_cancelled;
    facts.timedOut = !m_cancelled && reply->error() == QNetworkReply::OperationCanceledError;
    facts.host = reply->url().host();
    result.error = classifyReply(facts);
    if (result.ok() && m_expectJson)
        parseJsonBody(result.body, facts.host, &result.json, &result.error);

    qCInfo(lcPublish) << reply->operation() << reply->url().toString(QUrl::RemoveUserInfo)
                      << result.httpStatus << WpError::kindName(result.error.kind);
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

WpClient::WpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Same-origin only: a redirect to another host or scheme would carry the password there.
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

WpClient::~WpClient()
{
    abortAll();
}

QByteArray WpClient::userAgent()
{
    return QByteArray("QuoteDesk/") + QUOTEDESK_VERSION;
}

QUrl WpClient::urlOf(const WpRequest &request) const
{
    if (request.url.isValid()) {
        QUrl url = request.url;
        if (!request.query.isEmpty())
            url.setQuery(request.query);
        return url;
    }
    return WpUrl::endpoint(m_connection.restBase, request.route, request.query);
}

QNetworkRequest WpClient::buildRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    // WordPress sends no WWW-Authenticate with its 401, so send the credentials up front.
    request.setRawHeader("Authorization",
                         WpUrl::basicAuthorization(m_connection.user, m_connection.password));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

WpCall *WpClient::send(const WpRequest &request)
{
    const QUrl url = urlOf(request);
    if (!WpUrl::isSecureEnough(url) || !url.isValid())
        return failedCall(makeError(WpError::Kind::Invalid,
                                    QCoreApplication::translate("QuoteDesk::WpClient",
                                                                "Refused to send the password to %1 over "
                                                                "plain http. Use the site's https address.")
                                        .arg(url.host())));

    QNetworkRequest networkRequest = buildRequest(url);
    QNetworkReply *reply = nullptr;
    if (request.method == WpRequest::Method::Post) {
        std::unique_ptr<OneShotBody> body;
        if (!request.uploadPath.isEmpty()) {
            auto file = std::make_unique<QFile>(request.uploadPath);
            if (!file->open(QIODevice::ReadOnly))
                return failedCall(
                    makeError(WpError::Kind::Invalid,
                              QCoreApplication::translate("QuoteDesk::WpClient",
                                                          "Cannot read %1 to upload it: %2. Check "
                                                          "that the media library is complete.")
                                  .arg(request.uploadName, file->errorString())));
            body = std::make_unique<OneShotBody>(std::move(file));
            networkRequest.setRawHeader("Content-Disposition", WpUrl::contentDisposition(request.uploadName));
        } else {
            body = std::make_unique<OneShotBody>(request.body);
        }
        // Never sent twice by the network layer: see OneShotBody.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body->length());
        reply = m_manager->post(networkRequest, body.get());
        body.release()->setParent(reply);
    } else if (request.method == WpRequest::Method::Delete) {
        reply = m_manager->deleteResource(networkRequest);
    } else {
        reply = m_manager->get(networkRequest);
    }
    qCDebug(lcPublish) << methodName(request.method) << url.toString(QUrl::RemoveUserInfo);
    return new WpCall(reply, request.expectJson, this);
}

WpCall *WpClient::failedCall(const WpError &error)
{
    // Reported like any other failure: queued, so callers see one shape of answer.
    auto *call = new WpCall(nullptr, true, this);
    WpResult result;
    result.error = error;
    QTimer::singleShot(0, call, [call, result] {
        call->m_finished = true;
        Q_EMIT call->finished(result);
        call->deleteLater();
    });
    return call;
}

WpCall *WpClient::send(const WpRequest &request, QObject *context, std::function<void(const WpResult &)> done)
{
    WpCall *call = send(request);
    connect(call, &WpCall::finished, context,
            [done = std::move(done)](const WpResult &result) { done(result); });
    return call;
}

void WpClient::abortAll()
{
    const auto calls = findChildren<WpCall *>(Qt::FindDirectChildrenOnly);
    for (WpCall *call : calls)
        call->abort();
}

} // namespace QuoteDesk
