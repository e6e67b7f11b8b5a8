// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace QuoteDesk {

/// What the content of a file says about it.
struct AssetMetadata
{
    QString mimeType;
    int width = 0; ///< pixels; for SVG the size it declares, 0 when it declares none
    int height = 0;
    int pageCount = 0; ///< PDFs
    QString title; ///< PDFs: from the document information
    QString author;
};

/// Reads the type and metadata of a file from its content, never from its name.
///
/// Every message names the file as @p name (the name the user knows, not the path of a
/// temporary copy) and says what to do.
namespace AssetProbe {

/// The MIME types the media library takes: PDF, PNG, JPEG, WebP, GIF and SVG.
QStringList supportedMimeTypes();

/// The type of the file at @p path judged by its content (an SVG without the usual
/// preamble included).
QString mimeTypeOf(const QString &path);

/// A quick look that reads only the start of the file: its type, and for images the pixel
/// size from the header. Refuses types the library does not take and images over
/// ImportOptions::maxPixels, without decoding them.
std::optional<AssetMetadata> inspect(const QString &path, const QString &name, const ImportOptions &options,
                                     QString *error);

/// Checks the structure of a file that inspect() let through, without decoding any pixels:
/// every chunk checksum of a PNG, the end marker of JPEG, GIF and WebP files; loads PDFs
/// (page count, title, author; refusing cut-off and password-protected ones, no page is
/// rendered) and parses SVGs. Refuses damaged files. Fills in @p metadata.
bool verify(const QString &path, const QString &name, AssetMetadata *metadata, QString *error);

/// The checks of verify() that can be made on the bytes of a file as they go by (every chunk
/// checksum of a PNG), so that a copy just written need not be read back for them.
class StreamCheck final
{
public:
    explicit StreamCheck(const QString &mimeType);
    /// Feeds the next @p size bytes of the file.
    void add(const char *data, qint64 size);
    /// True when verify() may take problem() instead of reading the file.
    bool covers() const { return m_png; }
    /// What is wrong with the bytes fed so far taken as the whole file; empty when nothing.
    QString problem() const;

private:
    bool m_png = false;
    bool m_done = false; // IEND seen with its checksum right
    bool m_bad = false; // a checksum does not match
    qint64 m_skip = 8; // signature bytes still to pass
    QByteArray m_header; // length and type of the chunk under way, or its checksum
    qint64 m_left = -1; // bytes of the chunk's data still to come; -1 while reading its header
    bool m_last = false; // the chunk under way is IEND
    unsigned long m_crc = 0;
};

/// verify() for a file whose bytes went through @p checked: its checks are not repeated.
bool verify(const QString &path, const QString &name, AssetMetadata *metadata, const StreamCheck &checked,
            QString *error);

} // namespace AssetProbe
} // namespace QuoteDesk
