// SPDX-License-Identifier: GPL-3.0-or-later
#include "lossyproxy.h"

#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

LossyProxy::LossyProxy(const QUrl &upstream, QObject *parent)
    : QTcpServer(parent)
    , m_upstream(upstream)
{
    connect(this, &QTcpServer::newConnection, this, &LossyProxy::accept);
}

bool LossyProxy::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl LossyProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(serverPort()));
}

void LossyProxy::dropNextReply(const QByteArray &method, const QByteArray &pathPart)
{
    m_dropMethod = method;
    m_dropPath = pathPart;
}

void LossyProxy::accept()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QByteArray request = *buffer;
            buffer->clear();
            const QByteArray requestLine = request.left(request.indexOf("\r\n"));
            const bool drop = !m_dropMethod.isEmpty()
                && requestLine.startsWith(QByteArray(m_dropMethod + ' ')) && requestLine.contains(m_dropPath);
            if (drop) {
                m_dropMethod.clear();
                ++m_dropped;
            }
            auto *upstream = new QTcpSocket(this);
            auto *answer = new QByteArray;
            connect(upstream, &QObject::destroyed, this, [answer] { delete answer; });
            connect(upstream, &QTcpSocket::readyRead, upstream,
                    [upstream, answer] { *answer += upstream->readAll(); });
            QPointer<QTcpSocket> guard(client);
            connect(upstream, &QTcpSocket::disconnected, this, [upstream, answer, guard, drop] {
                *answer += upstream->readAll();
                upstream->deleteLater();
                if (!guard)
                    return;
                if (drop) {
                    guard->abort(); // the server acted; the client never hears of it
                    return;
                }
                guard->write(*answer);
                guard->disconnectFromHost();
            });
            upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
            upstream->write(request);
        });
    }
}

} // namespace QuoteDesk::Test
