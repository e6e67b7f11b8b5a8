// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerprocess.h"

#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

namespace {

// The build folder may sit where the unprivileged user cannot reach (a home folder of
// root), so that user runs a copy in a temporary folder anyone may enter.
QString reachableWorker()
{
    static QTemporaryDir dir;
    static const QString copy = [] {
        const QString path = dir.filePath(u"quotedesk_libraryworker"_s);
        const QFile::Permissions anyone = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        if (!QFile::copy(QStringLiteral(QUOTEDESK_LIBRARY_WORKER), path)
            || !QFile::setPermissions(dir.path(), anyone | QFile::ReadOwner | QFile::WriteOwner)
            || !QFile::setPermissions(path, anyone | QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther))
            qWarning("cannot copy the library worker to %s", qPrintable(path));
        return path;
    }();
    return copy;
}

} // namespace

void startWorker(QProcess &process, const QStringList &arguments, bool unprivileged)
{
    const QString worker = QStringLiteral(QUOTEDESK_LIBRARY_WORKER);
    if (unprivileged && runningAsRoot()) {
        const QString id = QString::number(UnprivilegedId);
        process.start(
            u"setpriv"_s,
            QStringList { u"--reuid="_s + id, u"--regid="_s + id, u"--clear-groups"_s, reachableWorker() }
                + arguments);
    } else {
        process.start(worker, arguments);
    }
}

bool handToWorkerUser(const QString &path)
{
    if (!runningAsRoot())
        return true;
    return ::chown(QFile::encodeName(path).constData(), UnprivilegedId, UnprivilegedId) == 0;
}

QStringList outputLines(const QByteArray &output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    lines.removeLast(); // empty after the last newline, or a line that was cut off
    return lines;
}

QStringList committedUuids(const QByteArray &output)
{
    QStringList uuids;
    for (const QString &line : outputLines(output)) {
        if (line.startsWith(u"committed "_s))
            uuids.append(line.mid(10));
    }
    return uuids;
}

QString inspectValue(const QByteArray &output, const QString &key)
{
    const QString prefix = key + u": "_s;
    for (const QString &line : outputLines(output)) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

} // namespace QuoteDesk::Test
