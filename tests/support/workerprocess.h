// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace QuoteDesk::Test {

/// The user id of the unprivileged user ("nobody") that read-only checks run as under root.
constexpr unsigned UnprivilegedId = 65534;

/// True when the tests run as root, for whom file modes do not apply: checks of read-only
/// files must then run in a process of an unprivileged user.
bool runningAsRoot();

/// Starts quotedesk_libraryworker (tests/support/libraryworker.cpp) with @p arguments. With
/// @p unprivileged and running as root, it runs as UnprivilegedId through setpriv.
void startWorker(QProcess &process, const QStringList &arguments, bool unprivileged = false);

/// Gives @p path to the user startWorker(…, true) runs as (chown under root; nothing
/// otherwise). False with errno set when that fails.
bool handToWorkerUser(const QString &path);

/// The complete lines of a worker's output; a line cut off by a kill is left out.
QStringList outputLines(const QByteArray &output);

/// The uuids a `write` worker printed as committed.
QStringList committedUuids(const QByteArray &output);

/// The value of the `key: value` line of an `inspect` worker, or a null string.
QString inspectValue(const QByteArray &output, const QString &key);

} // namespace QuoteDesk::Test
