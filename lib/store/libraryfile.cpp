// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfile.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace QuoteDesk::LibraryFile {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Library)
};

} // namespace

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString truncatedMessage(const QString &path)
{
    return Tr::tr("The library “%1” is damaged: the file is shorter than its own header says, so it was "
                  "probably cut off while being copied. Restore it from a backup.")
        .arg(nativePath(path));
}

QString foreignDatabaseMessage(const QString &path)
{
    return Tr::tr("The file “%1” is an SQLite database of another program, not a QuoteDesk library. Choose a "
                  "library file (.qdlib).")
        .arg(nativePath(path));
}

QString newerVersionMessage(const QString &path, int version)
{
    return Tr::tr(
               "The library “%1” was written by a newer QuoteDesk (library version %2; this QuoteDesk reads "
               "up to version %3). Update QuoteDesk to open it.")
        .arg(nativePath(path))
        .arg(version)
        .arg(Migrations::latestVersion());
}

HeaderCheck checkHeader(const QString &path)
{
    HeaderCheck result;
    QFile file(path);
    if (!file.exists())
        return result;
    result.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = Tr::tr("The library “%1” cannot be read: %2. Check that you may read the file.")
                             .arg(nativePath(path), file.errorString());
        return result;
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (size == 0) {
        result.problem =
            Tr::tr("The file “%1” is empty, so it is not a QuoteDesk library. Choose another file, "
                   "or delete it to start a new library there.")
                .arg(nativePath(path));
        return result;
    }
    if (!header.startsWith(magic)) {
        result.problem = Tr::tr("The file “%1” is not a QuoteDesk library (it is not an SQLite database). "
                                "Choose a library file (.qdlib).")
                             .arg(nativePath(path));
        return result;
    }
    if (header.size() < 100) {
        result.problem = truncatedMessage(path);
        return result;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    result.userVersion = int(qFromBigEndian<quint32>(bytes + 60));
    // While the -wal file holds commits, a checkpoint cut short by a crash may have written
    // the header before the pages that grow the file; SQLite completes it from the -wal.
    const bool walPending = QFileInfo(path + u"-wal"_s).size() > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0
        || (!walPending && validFor == changeCounter && qint64(pageCount) * pageSize > size)) {
        result.problem = truncatedMessage(path);
        return result;
    }
    if (applicationId != 0 && applicationId != quint32(Migrations::ApplicationId)) {
        result.problem = foreignDatabaseMessage(path);
        return result;
    }
    if (result.userVersion > Migrations::latestVersion()) {
        result.problem = newerVersionMessage(path, result.userVersion);
    }
    return result;
}

bool isWritable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace QuoteDesk::LibraryFile
