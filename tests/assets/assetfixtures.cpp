// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"

#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test::AssetFixtures {
namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

} // namespace

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray image(int width, int height, const char *format, QColor color)
{
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format);
    return bytes;
}

QByteArray pngHeader(quint32 width, quint32 height)
{
    // bit depth 8, colour type 2 (RGB), compression, filter and interlace 0
    const QByteArray ihdr = bigEndian(width) + bigEndian(height) + QByteArray("\x08\x02\x00\x00\x00", 5);
    // Readers want an IDAT chunk after the header; its data is far too short to decode.
    const QByteArray idat = qCompress(QByteArray(16, '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", {});
}

QByteArray corruptPng()
{
    QImage img(64, 64, QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x)
            img.setPixel(x, y, qRgb(x * 4, y * 4, (x * y) % 256));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    const qsizetype idat = bytes.indexOf("IDAT");
    for (qsizetype i = idat + 6; i < qMin(bytes.size() - 16, idat + 200); ++i)
        bytes[i] = char(0xA5 ^ (i * 7));
    return bytes;
}

QByteArray gif()
{
    return QByteArray::fromHex(
        "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b");
}

QByteArray svg(int width, int height, const QString &fill)
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\"><rect width=\"%1\" "
           u"height=\"%2\" fill=\"%3\"/></svg>\n"_s.arg(width)
               .arg(height)
               .arg(fill)
               .toUtf8();
}

QByteArray brochurePdf()
{
    return readAll(dataPath(u"assets/brochure.pdf"_s));
}

} // namespace QuoteDesk::Test::AssetFixtures
