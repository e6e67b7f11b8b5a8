// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetprobe.h"

#include "svgsanitizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QtEndian>

#include <cstring>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace QuoteDesk::AssetProbe {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::AssetProbe)
};

const QString s_pdf = u"application/pdf"_s;
const QString s_svg = u"image/svg+xml"_s;

// Bytes read to recognise an SVG whose root element comes after a long preamble.
constexpr qint64 SvgHeadBytes = 64 * 1024;
// Largest SVG parsed in full: real drawings are far smaller.
constexpr qint64 MaxSvgBytes = 32 * 1024 * 1024;
// PDF readers accept the end-of-file marker anywhere in the last kilobyte.
constexpr qint64 PdfTailBytes = 1024;

QByteArray readHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QString typeName(const QString &mimeType)
{
    if (mimeType == s_pdf)
        return u"PDF"_s;
    if (mimeType == s_svg)
        return u"SVG"_s;
    return mimeType.section(u'/', 1).toUpper();
}

QSize orientedSize(const QImageReader &reader)
{
    const QSize size = reader.size();
    return reader.transformation().testFlag(QImageIOHandler::TransformationRotate90) ? size.transposed()
                                                                                     : size;
}

bool hasEndOfFileMarker(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    file.seek(qMax<qint64>(0, file.size() - PdfTailBytes));
    return file.read(PdfTailBytes).contains("%%EOF");
}

bool verifyPdf(const QString &path, const QString &name, AssetMetadata *metadata, QString *error)
{
    if (!hasEndOfFileMarker(path)) {
        *error =
            Tr::tr("“%1” is an incomplete PDF: its end is missing, so it was probably cut off while being "
                   "downloaded or copied. Get the complete file and import it again.")
                .arg(name);
        return false;
    }
    QPdfDocument document;
    switch (document.load(path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        *error =
            Tr::tr("“%1” is protected by a password, so its pages cannot be read. Save a copy without the "
                   "password (in the program that made it) and import that.")
                .arg(name);
        return false;
    default:
        *error =
            Tr::tr("“%1” is a damaged PDF that cannot be opened. Export it again from the program that made "
                   "it.")
                .arg(name);
        return false;
    }
    if (document.pageCount() < 1) {
        *error = Tr::tr("“%1” is a PDF without any pages. Export it again from the program that made it.")
                     .arg(name);
        return false;
    }
    metadata->pageCount = document.pageCount();
    metadata->title = document.metaData(QPdfDocument::MetaDataField::Title).toString().trimmed();
    metadata->author = document.metaData(QPdfDocument::MetaDataField::Author).toString().trimmed();
    return true;
}

// The end of the stream each format has, looked for in the last kilobyte: finds cut-off
// JPEG, GIF and WebP files without decoding them (damage inside the pixel data shows when the
// thumbnail is made).
QString imageProblem(const QString &path, const QString &mimeType)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const qint64 size = file.size();
    if (mimeType == u"image/png") {
        const uchar *data = size > 0 ? file.map(0, size) : nullptr;
        if (!data)
            return file.errorString();
        StreamCheck check(mimeType);
        check.add(reinterpret_cast<const char *>(data), size);
        const QString problem = check.problem();
        file.unmap(const_cast<uchar *>(data));
        return problem;
    }
    constexpr qint64 TailBytes = 1024;
    const QByteArray head = file.read(12);
    file.seek(qMax<qint64>(0, size - TailBytes));
    QByteArray tail = file.read(TailBytes);
    bool whole = true;
    if (mimeType == u"image/jpeg") {
        whole = tail.contains("\xff\xd9");
    } else if (mimeType == u"image/gif") {
        while (tail.endsWith('\0'))
            tail.chop(1);
        whole = tail.endsWith(';');
    } else if (mimeType == u"image/webp") {
        whole = head.size() == 12 && qint64(qFromLittleEndian<quint32>(head.constData() + 4)) + 8 <= size;
    }
    return whole ? QString() : Tr::tr("it is cut off");
}

bool verifySvg(const QString &path, const QString &name, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSvgBytes) {
        *error = file.isOpen()
            ? Tr::tr("“%1” is an SVG of more than 32 MB, too large for a drawing. Simplify it "
                     "or export it as PNG.")
                  .arg(name)
            : Tr::tr("“%1” cannot be read: %2.").arg(name, file.errorString());
        return false;
    }
    QString problem;
    if (!SvgSanitizer::sanitize(file.readAll(), &problem)) {
        *error = Tr::tr("“%1” is a damaged SVG: %2. Export it again from the program that made it.")
                     .arg(name, problem);
        return false;
    }
    return true;
}

} // namespace

QStringList supportedMimeTypes()
{
    return { s_pdf, u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s, u"image/gif"_s, s_svg };
}

QString mimeTypeOf(const QString &path)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    // The content rules only find "<svg" near the start; an SVG after a long comment or
    // document type reads as plain XML.
    if (type.name() != s_svg && (type.inherits(u"application/xml"_s) || type.inherits(u"text/plain"_s))
        && SvgSanitizer::looksLikeSvg(readHead(path, SvgHeadBytes)))
        return s_svg;
    return type.name();
}

std::optional<AssetMetadata> inspect(const QString &path, const QString &name, const ImportOptions &options,
                                     QString *error)
{
    AssetMetadata metadata;
    metadata.mimeType = mimeTypeOf(path);
    if (!supportedMimeTypes().contains(metadata.mimeType)) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(metadata.mimeType);
        if (error)
            *error = Tr::tr("“%1” is not a file the media library takes: its content is %2 (%3). Import PDF, "
                            "PNG, JPEG, WebP, GIF or SVG files.")
                         .arg(name, type.comment(), metadata.mimeType);
        return std::nullopt;
    }
    if (metadata.mimeType == s_pdf)
        return metadata;
    if (metadata.mimeType == s_svg) {
        const QSize size = SvgSanitizer::declaredSize(readHead(path, SvgHeadBytes));
        metadata.width = size.width() > 0 ? size.width() : 0;
        metadata.height = size.height() > 0 ? size.height() : 0;
        return metadata;
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QSize size = orientedSize(reader);
    if (!size.isValid() || size.isEmpty()) {
        if (error)
            *error =
                Tr::tr("“%1” is a damaged %2 image: its header cannot be read (%3). Export it again from the "
                       "program that made it.")
                    .arg(name, typeName(metadata.mimeType), reader.errorString());
        return std::nullopt;
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > options.maxPixels) {
        const QLocale locale;
        if (error)
            *error =
                Tr::tr("“%1” is %2 × %3 pixels (%4 megapixels), more than the limit of %5 megapixels. Scale "
                       "it down and import it again.")
                    .arg(name, locale.toString(size.width()), locale.toString(size.height()),
                         locale.toString(double(pixels) / 1e6, 'f', 1),
                         locale.toString(double(options.maxPixels) / 1e6, 'g',
                                         QLocale::FloatingPointShortest));
        return std::nullopt;
    }
    metadata.width = size.width();
    metadata.height = size.height();
    return metadata;
}

StreamCheck::StreamCheck(const QString &mimeType)
    : m_png(mimeType == u"image/png")
    , m_crc(crc32(0L, Z_NULL, 0))
{
}

void StreamCheck::add(const char *data, qint64 size)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    while (m_png && size > 0 && !m_done && !m_bad) {
        if (m_skip > 0) {
            const qint64 n = qMin(m_skip, size);
            m_skip -= n;
            bytes += n;
            size -= n;
            continue;
        }
        if (m_left < 0) { // length and type: 8 bytes
            const qint64 n = qMin<qint64>(8 - m_header.size(), size);
            m_header.append(reinterpret_cast<const char *>(bytes), n);
            bytes += n;
            size -= n;
            if (m_header.size() < 8)
                continue;
            m_left = qFromBigEndian<quint32>(m_header.constData());
            m_last = std::memcmp(m_header.constData() + 4, "IEND", 4) == 0;
            m_crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const uchar *>(m_header.constData() + 4), 4);
            m_header.clear();
            continue;
        }
        if (m_left > 0) { // the data
            const qint64 n = qMin(m_left, size);
            m_crc = crc32(m_crc, bytes, uInt(n));
            m_left -= n;
            bytes += n;
            size -= n;
            continue;
        }
        // The checksum: 4 bytes.
        const qint64 n = qMin<qint64>(4 - m_header.size(), size);
        m_header.append(reinterpret_cast<const char *>(bytes), n);
        bytes += n;
        size -= n;
        if (m_header.size() < 4)
            continue;
        m_bad = m_crc != qFromBigEndian<quint32>(m_header.constData());
        m_done = !m_bad && m_last;
        m_header.clear();
        m_left = -1;
    }
}

QString StreamCheck::problem() const
{
    if (m_bad)
        return Tr::tr("its data does not match its checksums");
    return m_done ? QString() : Tr::tr("it is cut off");
}

bool verify(const QString &path, const QString &name, AssetMetadata *metadata, QString *error)
{
    return verify(path, name, metadata, StreamCheck(QString()), error);
}

bool verify(const QString &path, const QString &name, AssetMetadata *metadata, const StreamCheck &checked,
            QString *error)
{
    QString problem;
    if (metadata->mimeType == s_pdf)
        return verifyPdf(path, name, metadata, error ? error : &problem);
    if (metadata->mimeType == s_svg)
        return verifySvg(path, name, error ? error : &problem);

    problem = checked.covers() ? checked.problem() : imageProblem(path, metadata->mimeType);
    if (!problem.isEmpty()) {
        if (error)
            *error = Tr::tr("“%1” is a damaged %2 image: %3. Export it again from the program that made it.")
                         .arg(name, typeName(metadata->mimeType), problem);
        return false;
    }
    return true;
}

} // namespace QuoteDesk::AssetProbe
