// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    // Only fails when out of memory, where nothing sensible is left to do.
    if (!m_context->ctx || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
}

void Sha256::addData(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_context->ctx, data, std::size_t(size));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex());
}

std::optional<QString> Sha256::ofFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("QuoteDesk::Sha256",
                                                 "Cannot read “%1”: %2. Check that you may read the file.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    Sha256 hash;
    QByteArray block(BlockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), BlockSize);
        if (n < 0) {
            if (error)
                *error = QCoreApplication::translate("QuoteDesk::Sha256", "Reading “%1” failed: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            return std::nullopt;
        }
        if (n == 0)
            break;
        hash.addData(block.constData(), n);
    }
    return hash.hexResult();
}

QString Sha256::ofData(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace QuoteDesk
