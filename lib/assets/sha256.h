// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace QuoteDesk {

/// Streaming SHA-256 through OpenSSL's libcrypto (EVP), which uses the CPU's SHA
/// extensions where there are any: several times faster than QCryptographicHash.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    /// Adds @p size bytes at @p data to the hash.
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    /// The digest as 64 lower-case hex digits. Ends the hash: call reset() to start again.
    QString hexResult();
    /// Starts a new hash.
    void reset();

    /// The digest of the whole file at @p path, read in large blocks; nothing when the file
    /// cannot be read (@p error says why).
    static std::optional<QString> ofFile(const QString &path, QString *error);
    /// The digest of @p data.
    static QString ofData(const QByteArray &data);

    /// How many bytes file hashing and copying read at a time.
    static constexpr qint64 BlockSize = 1024 * 1024;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace QuoteDesk
