// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

#include <QHttpServerRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

FaultServer::FaultServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

FaultServer::~FaultServer() = default;

bool FaultServer::start(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const bool tls = !certificatePem.isEmpty();
    if (tls)
        sslSetup(QSslCertificate(certificatePem, QSsl::Pem), QSslKey(keyPem, QSsl::Rsa, QSsl::Pem));
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return false;
    m_url = QUrl(u"%1://127.0.0.1:%2/"_s.arg(tls ? u"https"_s : u"http"_s).arg(port));
    return true;
}

void FaultServer::onJson(const QString &route, int status, const QByteArray &json)
{
    Answer answer;
    answer.status = status;
    answer.body = json;
    answer.headers = { { "Content-Type", "application/json; charset=UTF-8" } };
    on(route, answer);
}

bool FaultServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Seen seen;
    const QUrlQuery query(request.url());
    seen.route =
        query.hasQueryItem(u"rest_route"_s) ? query.queryItemValue(u"rest_route"_s) : request.url().path();
    seen.url = request.url();
    seen.authorization = request.value("authorization");
    seen.userAgent = request.value("user-agent");
    seen.body = request.body();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        seen.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        seen.method = "POST";
        break;
    case QHttpServerRequest::Method::Delete:
        seen.method = "DELETE";
        break;
    default:
        seen.method = "OTHER";
        break;
    }
    m_seen << seen;

    // The longest configured route that ends the request's route answers it.
    const Answer *answer = nullptr;
    qsizetype matched = -1;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const bool fits = seen.route == it.key() || seen.route.endsWith(u'/' + it.key());
        if (fits && it.key().size() > matched) {
            answer = &it.value();
            matched = it.key().size();
        }
    }
    if (!answer)
        return false;

    auto responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    switch (answer->fault) {
    case Fault::Hang:
        m_hanging.push_back(std::move(responder));
        return true;
    case Fault::Close:
        socket->disconnectFromHost();
        return true;
    case Fault::Truncate:
        responder->writeStatusLine(QHttpServerResponder::StatusCode(answer->status));
        for (const auto &header : answer->headers)
            responder->writeHeader(header.first, header.second);
        responder->writeHeader("Content-Length", QByteArray::number(answer->body.size()));
        responder->writeBody(answer->body.left(answer->body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    case Fault::None:
        break;
    }
    responder->writeStatusLine(QHttpServerResponder::StatusCode(answer->status));
    for (const auto &header : answer->headers)
        responder->writeHeader(header.first, header.second);
    responder->writeHeader("Content-Length", QByteArray::number(answer->body.size()));
    responder->writeBody(answer->body);
    return true;
}

void FaultServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(R"({"code":"rest_no_route","message":"No route was found.","data":{"status":404}})",
               "application/json", QHttpServerResponder::StatusCode::NotFound);
}

ResetListener::ResetListener(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ResetListener::accept);
}

bool ResetListener::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl ResetListener::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(serverPort()));
}

void ResetListener::accept()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // Leave data unread so that closing sends a reset, not an orderly end.
            const QByteArray chunk = socket->read(4096);
            m_bytesRead += chunk.size();
            if (m_bytesRead >= 8192) {
                socket->abort();
                socket->deleteLater();
            }
        });
    }
}

bool makeSelfSignedCertificate(QByteArray *certificatePem, QByteArray *keyPem, QString *error)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                    u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                    u"subjectAltName=IP:127.0.0.1"_s });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAllStandardError()) + openssl.errorString();
        return false;
    }
    QFile c(cert), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the generated certificate"_s;
        return false;
    }
    *certificatePem = c.readAll();
    *keyPem = k.readAll();
    return true;
}

} // namespace QuoteDesk::Test
