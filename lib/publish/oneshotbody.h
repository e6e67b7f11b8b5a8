// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace QuoteDesk {

/// A request body that can be read only once. QNetworkAccessManager quietly sends a request
/// again when a kept-alive connection closes before the answer; for a POST that the server
/// may already have acted on, that would create a second post or media item. With this body
/// (and QNetworkRequest::DoNotBufferUploadDataAttribute) the resend fails instead, and the
/// publisher's own retry looks the item up first.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    /// Reads from @p data.
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);
    /// Reads from @p source (opened for reading), which it takes over.
    explicit OneShotBody(std::unique_ptr<QIODevice> source, QObject *parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    /// Bytes in the whole body, for Content-Length.
    qint64 length() const { return m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    std::unique_ptr<QIODevice> m_source;
    qint64 m_length = 0;
};

} // namespace QuoteDesk
