// SPDX-License-Identifier: GPL-3.0-or-later
#include "copywriter.h"

#include "sha256.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace QuoteDesk {

CopyWriter::CopyWriter(QFile &target)
    : m_target(target)
    , m_block(static_cast<char *>(std::aligned_alloc(DirectAlignment, Sha256::BlockSize)))
{
    if (!m_block)
        qFatal("Out of memory for a copy's block");
#ifdef Q_OS_LINUX
    const int flags = ::fcntl(target.handle(), F_GETFL);
    m_direct = flags != -1 && ::fcntl(target.handle(), F_SETFL, flags | O_DIRECT) == 0;
#endif
}

bool CopyWriter::write(qint64 size, QString *error)
{
#ifdef Q_OS_LINUX
    if (m_direct && size % DirectAlignment != 0)
        stopDirect();
    for (qint64 done = 0; done < size;) {
        const ssize_t n = ::write(m_target.handle(), m_block.get() + done, std::size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && m_direct) {
            stopDirect(); // the file system takes no direct writes after all
            continue;
        }
        if (n <= 0) {
            *error = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
            return false;
        }
        done += n;
        if (m_direct && done % DirectAlignment != 0)
            stopDirect();
    }
    return true;
#else
    if (m_target.write(m_block.get(), size) != size) {
        *error = m_target.errorString();
        return false;
    }
    return true;
#endif
}

void CopyWriter::stopDirect()
{
#ifdef Q_OS_LINUX
    const int flags = ::fcntl(m_target.handle(), F_GETFL);
    if (flags != -1)
        ::fcntl(m_target.handle(), F_SETFL, flags & ~O_DIRECT);
#endif
    m_direct = false;
}

void CopyWriter::Free::operator()(char *block) const
{
    std::free(block);
}

bool syncFileSystemOf(const QString &folder, QString *error)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::syncfs(fd) == 0;
    if (!ok)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    return ok;
#else
    Q_UNUSED(folder);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace QuoteDesk
