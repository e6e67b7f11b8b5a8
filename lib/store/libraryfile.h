// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace QuoteDesk::LibraryFile {

/// What a library file's first 100 bytes (the SQLite header) say about it, read before
/// SQLite opens the file so a file that is not ours is never written to.
struct HeaderCheck
{
    bool exists = false;
    int userVersion = 0;
    QString problem; ///< translated, names the file; empty when the file may be opened
};

/// Checks that @p path is absent or looks like a complete QuoteDesk library of a version
/// this build reads.
HeaderCheck checkHeader(const QString &path);

/// Whether this process may write @p path (a file or a folder).
bool isWritable(const QString &path);

QString nativePath(const QString &path);
QString truncatedMessage(const QString &path);
QString foreignDatabaseMessage(const QString &path);
QString newerVersionMessage(const QString &path, int version);

} // namespace QuoteDesk::LibraryFile
