// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lossless JSON export and import of a library, whole or in part.
//
// The file is one JSON object:
//   {"format": "quotedesk-library", "version": 1, "exported_at": "…Z",
//    "assets": […], "categories": […], "tags": […], "speakers": […], "essays": […],
//    "quotes": […], "sites": […], "publications": […], "revisions": […]}
// Each record is its fields by their keys (see records.h) without the local "id"; a
// reference or link names its target by uuid. A publication names its record by
// "record_type" and "record_uuid"; a revision is {"record_type", "record_uuid",
// "created_at", "snapshot": {the record's fields, as above}}.
//
// Importing matches records by uuid: a uuid the library has updates that record, keeping
// its local id; any other is inserted. So importing a file twice changes nothing the
// second time.

#include "store/library.h"

#include <QMap>

#include <optional>

namespace QuoteDesk {

/// What an import did (or, for a dry run, would do) to the records of one type.
struct ImportCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0; ///< in the file and already equal in the library

    int total() const { return created + updated + unchanged; }
    friend bool operator==(const ImportCounts &, const ImportCounts &) = default;
};

/// The outcome of LibraryExchange::importJson().
struct LibraryImportSummary
{
    bool dryRun = false; ///< nothing was written: the counts say what an import would do
    QMap<RecordType, ImportCounts> records; ///< only the types the file holds
    int revisionsAdded = 0;
    int revisionsPresent = 0; ///< revisions of the file the library already had

    ImportCounts counts(RecordType type) const { return records.value(type); }
    /// One translated line per record type, then one for revisions, for the CLI and dialogs.
    QString describe() const;
};

struct LibraryImportOptions
{
    bool dryRun = false; ///< check the file and count, but write nothing
};

namespace LibraryExchange {

/// Every record of @p library, those in the trash included, with their revisions, as an
/// export document (UTF-8 JSON). Nothing when the library cannot be read; @p error says why.
std::optional<QByteArray> exportLibrary(const Library &library, QString *error);

/// The records in @p records and everything they refer to (a quote brings its speaker,
/// essay, assets, categories and tags; a category its parent; a publication its record and
/// site), so that the file imports on its own. Revisions are not included.
std::optional<QByteArray> exportRecords(const Library &library, const QList<RecordRef> &records,
                                        QString *error);

/// Writes @p document to @p path, replacing the file only once all was written.
bool writeFile(const QString &path, const QByteArray &document, QString *error);

/// Checks the export document @p json completely, then writes all of it to @p library in
/// one transaction. On any problem nothing is written and @p error names the section, the
/// record's position, label and uuid, and the field, and says what to do.
std::optional<LibraryImportSummary> importJson(Library &library, const QByteArray &json, QString *error,
                                               const LibraryImportOptions &options = {});

/// importJson() on the contents of the file at @p path.
std::optional<LibraryImportSummary> importFile(Library &library, const QString &path, QString *error,
                                               const LibraryImportOptions &options = {});

} // namespace LibraryExchange

} // namespace QuoteDesk
