// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

CliRunner::CliRunner()
    : m_library(m_dir.filePath(u"demo.qdlib"_s))
{
}

CliResult CliRunner::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.remove(u"QUOTEDESK_WP_APP_PASSWORD"_s);
    // The tool speaks the system language: English unless a test asks for another.
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it) {
        if (it.value().isEmpty())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUOTEDESK_CLI_PATH), arguments);
    CliResult result;
    // A generous limit only so that a hang fails the test instead of blocking it.
    const bool finished = process.waitForFinished(120000);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished || process.exitStatus() != QProcess::NormalExit) {
        // A crash or a sanitizer's report: show what the tool printed, for the log.
        qWarning("quotedesk-cli %s %s:\n%s", qPrintable(arguments.join(u' ')),
                 finished ? "crashed" : "did not finish in 120 s", qPrintable(result.err.right(8000)));
        return result;
    }
    result.exitCode = process.exitCode();
    return result;
}

CliResult CliRunner::runOnLibrary(const QStringList &arguments) const
{
    return run(QStringList(arguments) << u"--library"_s << m_library);
}

QJsonValue CliRunner::json(const QStringList &arguments) const
{
    const CliResult result = runOnLibrary(QStringList(arguments) << u"--json"_s);
    if (result.exitCode != 0) {
        qWarning("quotedesk-cli failed: %s", qPrintable(result.err));
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("quotedesk-cli printed no JSON: %s", qPrintable(error.errorString()));
        return QJsonValue(QJsonValue::Undefined);
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace QuoteDesk::Test
