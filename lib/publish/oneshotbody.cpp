// SPDX-License-Identifier: GPL-3.0-or-later
#include "oneshotbody.h"

#include <cstring>

namespace QuoteDesk {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
    , m_length(data.size())
{
    open(QIODevice::ReadOnly);
}

OneShotBody::OneShotBody(std::unique_ptr<QIODevice> source, QObject *parent)
    : QIODevice(parent)
    , m_source(std::move(source))
    , m_length(m_source->size())
{
    open(QIODevice::ReadOnly);
}

OneShotBody::~OneShotBody() = default;

qint64 OneShotBody::bytesAvailable() const
{
    const qint64 left = m_source ? m_source->bytesAvailable() : m_data.size() - m_position;
    return left + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    if (m_source) {
        const qint64 n = m_source->read(data, maxSize);
        return n == 0 && m_source->atEnd() ? -1 : n;
    }
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_position);
    if (n <= 0)
        return -1;
    std::memcpy(data, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

} // namespace QuoteDesk
