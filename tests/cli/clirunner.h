// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace QuoteDesk::Test {

/// What one run of quotedesk-cli gave.
struct CliResult
{
    int exitCode = -1; ///< -1 when the tool crashed or did not finish
    QString out;
    QString err;

    int errorLines() const { return int(err.count(u'\n')); }
};

/// Runs the built quotedesk-cli in a temporary folder that also holds its data folder, so
/// the default library never touches the user's.
class CliRunner
{
public:
    CliRunner();

    bool isValid() const { return m_dir.isValid(); }
    QString folder() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// The library runOnLibrary() names: demo.qdlib in the folder.
    QString library() const { return m_library; }
    void setLibrary(const QString &path) { m_library = path; }
    /// Sets an environment variable for the following runs (an empty value removes it).
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }

    CliResult run(const QStringList &arguments) const;
    /// run() with `--library library()` added.
    CliResult runOnLibrary(const QStringList &arguments) const;
    /// runOnLibrary() with `--json`, parsed; undefined (with a warning) on failure.
    QJsonValue json(const QStringList &arguments) const;

private:
    QTemporaryDir m_dir;
    QString m_library;
    QHash<QString, QString> m_environment;
};

} // namespace QuoteDesk::Test
