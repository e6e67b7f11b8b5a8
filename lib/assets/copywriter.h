// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <memory>

class QFile;

namespace QuoteDesk {

/// Writes the copy of a file from a block of memory of its own. On Linux the blocks bypass the
/// page cache (O_DIRECT): a copy is not read again soon (its thumbnail is made later, its
/// checks read a few kilobytes), and filling the cache with a gigabyte of copies cost far more
/// processor time than the disk took to write them, and pushed out what the user works with.
/// Where the file system refuses that, and for the end of a file that does not fill a whole
/// disk block, the copy is written through the page cache.
class CopyWriter final
{
public:
    /// Writes to @p target, which must be open for writing and stay open while this lives.
    explicit CopyWriter(QFile &target);
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    /// The block to fill before write(): Sha256::BlockSize bytes, aligned for direct writes.
    char *block() { return m_block.get(); }

    /// Writes the first @p size bytes of block() after what was written before.
    bool write(qint64 size, QString *error);

    /// Alignment of memory, offsets and lengths that direct writes need on any disk.
    static constexpr std::size_t DirectAlignment = 4096;

private:
    void stopDirect();

    struct Free
    {
        void operator()(char *block) const;
    };
    QFile &m_target;
    std::unique_ptr<char, Free> m_block;
    bool m_direct = false;
};

/// Flushes everything written to the file system that holds @p folder to the disk, with one
/// call instead of one per file. Elsewhere than on Linux it does nothing: there each copy is
/// flushed on its own.
bool syncFileSystemOf(const QString &folder, QString *error);

} // namespace QuoteDesk
