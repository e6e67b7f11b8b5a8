// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <source_location>

namespace QuoteDesk::Test {

/// A plain SQLite connection of its own to the file @p path (no Library, no pragmas, a busy
/// timeout of five seconds), for preparing broken files and looking inside libraries while a
/// Library may have the same file open. The library keeps its file in WAL mode, so this
/// connection sees everything the library has committed. The connection is closed and
/// removed with the object; keep it no longer than needed, since the last connection to
/// close is the one that checkpoints the library.
class RawSqlite final
{
public:
    /// Opens (or creates) @p path. A file that cannot be opened fails every statement.
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    /// Runs @p sql with @p values bound in order and returns the rows it gave, each the
    /// values of its columns. Nothing when the file could not be opened or the statement
    /// failed, with the driver's message in @p error.
    std::optional<QList<QVariantList>> query(const QString &sql, const QVariantList &values, QString *error);

    // For tests: like query(), but a failure fails the running test at the caller's line.

    /// Runs @p sql; false when it failed.
    bool exec(const QString &sql, const QVariantList &values = {},
              std::source_location where = std::source_location::current());
    /// The rows @p sql gave; empty when it failed.
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {},
                             std::source_location where = std::source_location::current());
    /// The first column of every row @p sql gave.
    QVariantList column(const QString &sql, const QVariantList &values = {},
                        std::source_location where = std::source_location::current());
    /// The first column of the first row @p sql gave; an invalid QVariant when it gave no
    /// row or failed.
    QVariant scalar(const QString &sql, const QVariantList &values = {},
                    std::source_location where = std::source_location::current());

private:
    QString m_name;
    QString m_openError;
};

} // namespace QuoteDesk::Test
