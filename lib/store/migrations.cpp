// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Migrations {
namespace {

// Columns every record table starts with.
#define QD_RECORD_COLUMNS                                                                                    \
    "id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "                          \
    "updated_at TEXT NOT NULL, deleted_at TEXT"

// Version 1: the records and their links.
constexpr const char *s_version1[] = {
    "CREATE TABLE assets (" QD_RECORD_COLUMNS
    ", sha256 TEXT NOT NULL, original_name TEXT NOT NULL DEFAULT '', "
    "mime_type TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '', "
    "description TEXT NOT NULL DEFAULT '', alt_text TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT "
    "'image', "
    "width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0, page_count INTEGER NOT NULL "
    "DEFAULT 0)",
    "CREATE INDEX assets_sha256 ON assets(sha256)",

    "CREATE TABLE speakers (" QD_RECORD_COLUMNS ", name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', "
    "organisation TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '', biography TEXT NOT NULL "
    "DEFAULT '', "
    "portrait_asset_id INTEGER REFERENCES assets(id), links TEXT NOT NULL DEFAULT '[]')",
    "CREATE INDEX speakers_name ON speakers(name COLLATE NOCASE)",
    "CREATE INDEX speakers_portrait ON speakers(portrait_asset_id)",

    "CREATE TABLE essays (" QD_RECORD_COLUMNS ", title TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'context', "
    "status TEXT NOT NULL DEFAULT 'draft', body TEXT NOT NULL DEFAULT '', sources TEXT NOT NULL DEFAULT '', "
    "slug TEXT NOT NULL DEFAULT '', excerpt TEXT NOT NULL DEFAULT '', "
    "featured_asset_id INTEGER REFERENCES assets(id))",
    "CREATE INDEX essays_title ON essays(title COLLATE NOCASE)",
    "CREATE INDEX essays_featured ON essays(featured_asset_id)",

    "CREATE TABLE quotes (" QD_RECORD_COLUMNS
    ", text TEXT NOT NULL, speaker_id INTEGER REFERENCES speakers(id), "
    "speaker_role TEXT NOT NULL DEFAULT '', said_on TEXT, where_label TEXT NOT NULL DEFAULT '', "
    "where_url TEXT NOT NULL DEFAULT '', essay_id INTEGER REFERENCES essays(id), "
    "commentary TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', title_edited INTEGER NOT NULL "
    "DEFAULT 0, "
    "slug TEXT NOT NULL DEFAULT '', slug_edited INTEGER NOT NULL DEFAULT 0, excerpt TEXT NOT NULL DEFAULT "
    "'', "
    "featured_asset_id INTEGER REFERENCES assets(id), brochure_asset_id INTEGER REFERENCES assets(id), "
    "status TEXT NOT NULL DEFAULT 'draft')",
    "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
    "CREATE INDEX quotes_essay ON quotes(essay_id)",
    "CREATE INDEX quotes_featured ON quotes(featured_asset_id)",
    "CREATE INDEX quotes_brochure ON quotes(brochure_asset_id)",
    "CREATE INDEX quotes_status ON quotes(status)",
    "CREATE INDEX quotes_title ON quotes(title COLLATE NOCASE)",

    "CREATE TABLE categories (" QD_RECORD_COLUMNS ", name TEXT NOT NULL, slug TEXT NOT NULL DEFAULT '', "
    "parent_id INTEGER REFERENCES categories(id))",
    "CREATE TABLE tags (" QD_RECORD_COLUMNS ", name TEXT NOT NULL, slug TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE quotes_categories (owner_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE, "
    "target_id INTEGER NOT NULL REFERENCES categories(id), position INTEGER NOT NULL, "
    "PRIMARY KEY (owner_id, target_id)) WITHOUT ROWID",
    "CREATE INDEX quotes_categories_target ON quotes_categories(target_id)",
    "CREATE TABLE quotes_tags (owner_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE, "
    "target_id INTEGER NOT NULL REFERENCES tags(id), position INTEGER NOT NULL, "
    "PRIMARY KEY (owner_id, target_id)) WITHOUT ROWID",
    "CREATE INDEX quotes_tags_target ON quotes_tags(target_id)",
    "CREATE TABLE essays_categories (owner_id INTEGER NOT NULL REFERENCES essays(id) ON DELETE CASCADE, "
    "target_id INTEGER NOT NULL REFERENCES categories(id), position INTEGER NOT NULL, "
    "PRIMARY KEY (owner_id, target_id)) WITHOUT ROWID",
    "CREATE INDEX essays_categories_target ON essays_categories(target_id)",
    "CREATE TABLE essays_tags (owner_id INTEGER NOT NULL REFERENCES essays(id) ON DELETE CASCADE, "
    "target_id INTEGER NOT NULL REFERENCES tags(id), position INTEGER NOT NULL, "
    "PRIMARY KEY (owner_id, target_id)) WITHOUT ROWID",
    "CREATE INDEX essays_tags_target ON essays_tags(target_id)",

    "CREATE TABLE sites (" QD_RECORD_COLUMNS ", name TEXT NOT NULL, base_url TEXT NOT NULL, "
    "user_name TEXT NOT NULL DEFAULT '', credential_key TEXT NOT NULL DEFAULT '', "
    "default_status TEXT NOT NULL DEFAULT 'draft')",
    "CREATE TABLE publications (" QD_RECORD_COLUMNS
    ", record_type TEXT NOT NULL, record_id INTEGER NOT NULL, "
    "site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE, remote_id INTEGER NOT NULL DEFAULT 0, "
    "link TEXT NOT NULL DEFAULT '', remote_modified_gmt TEXT NOT NULL DEFAULT '', "
    "content_hash TEXT NOT NULL DEFAULT '', synced_at TEXT, last_error TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX publications_record_site ON publications(record_type, record_id, site_id)",
};

// Version 2: a snapshot of a record at each save.
constexpr const char *s_version2[] = {
    "CREATE TABLE revisions (id INTEGER PRIMARY KEY, record_type TEXT NOT NULL, record_id INTEGER NOT NULL, "
    "created_at TEXT NOT NULL, snapshot TEXT NOT NULL)",
    "CREATE INDEX revisions_record ON revisions(record_type, record_id, id)",
};

// Version 3: full-text search over quotes, speakers, essays and asset metadata, kept in step
// by triggers. A row's rowid is `record id * 8 + type code`, so a trigger deletes by rowid
// instead of scanning. Trashed records leave the index and come back on restore.
#define QD_FTS_TRIGGERS(table, code, title, body)                                                            \
    "CREATE TRIGGER " table "_fts_insert AFTER INSERT ON " table " WHEN new.deleted_at IS NULL BEGIN "       \
    "INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + " code ", " title ", " body "); END", \
        "CREATE TRIGGER " table "_fts_delete AFTER DELETE ON " table " BEGIN "                               \
        "DELETE FROM search_index WHERE rowid = old.id * 8 + " code "; END",                                 \
        "CREATE TRIGGER " table "_fts_update AFTER UPDATE ON " table " BEGIN "                               \
        "DELETE FROM search_index WHERE rowid = old.id * 8 + " code "; "                                     \
        "INSERT INTO search_index(rowid, title, body) SELECT new.id * 8 + " code ", " title ", " body        \
        " WHERE new.deleted_at IS NULL; END",                                                                \
        "INSERT INTO search_index(rowid, title, body) SELECT id * 8 + " code ", " title ", " body            \
        " FROM " table " AS new WHERE deleted_at IS NULL"

constexpr const char *s_version3[] = {
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    QD_FTS_TRIGGERS(
        "speakers", "1", "new.name",
        "new.role || ' ' || new.organisation || ' ' || new.headline || char(10) || new.biography"),
    QD_FTS_TRIGGERS("essays", "2", "new.title", "new.body || char(10) || new.sources"),
    QD_FTS_TRIGGERS("quotes", "3", "new.title", "new.text || char(10) || new.commentary"),
    QD_FTS_TRIGGERS("assets", "4", "new.title || ' ' || new.original_name",
                    "new.description || ' ' || new.alt_text"),
};

// Version 4: which file (by content hash) each site already has, as its media id, so a
// publish uploads only what the site lacks.
constexpr const char *s_version4[] = {
    "CREATE TABLE remote_media (site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE, "
    "sha256 TEXT NOT NULL, remote_id INTEGER NOT NULL, source_url TEXT NOT NULL DEFAULT '', "
    "created_at TEXT NOT NULL, PRIMARY KEY (site_id, sha256)) WITHOUT ROWID",
};

// Version 5: the author a PDF names in its document information, which asset search finds
// too. The asset triggers of version 3 are made again with the author in the body.
constexpr const char *s_version5[] = {
    "ALTER TABLE assets ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "DROP TRIGGER assets_fts_insert",
    "DROP TRIGGER assets_fts_delete",
    "DROP TRIGGER assets_fts_update",
    "DELETE FROM search_index WHERE rowid % 8 = 4",
    QD_FTS_TRIGGERS("assets", "4", "new.title || ' ' || new.original_name",
                    "new.description || ' ' || new.alt_text || ' ' || new.author"),
};

// Version 6: how many records of each table are live and how many are in the trash, kept by
// triggers in one row per table, so that counting 100,000 quotes reads a row instead of the
// table (Library::count()). The rows start from the counts of the records already there.
#define QD_COUNT_TRIGGERS(table)                                                                             \
    "INSERT INTO record_counts (record_table, live, trashed) SELECT '" table "', "                           \
    "count(*) - count(deleted_at), count(deleted_at) FROM " table,                                           \
        "CREATE TRIGGER " table "_count_insert AFTER INSERT ON " table " BEGIN "                             \
        "UPDATE record_counts SET live = live + (new.deleted_at IS NULL), "                                  \
        "trashed = trashed + (new.deleted_at IS NOT NULL) WHERE record_table = '" table "'; END",            \
        "CREATE TRIGGER " table "_count_delete AFTER DELETE ON " table " BEGIN "                             \
        "UPDATE record_counts SET live = live - (old.deleted_at IS NULL), "                                  \
        "trashed = trashed - (old.deleted_at IS NOT NULL) WHERE record_table = '" table "'; END",            \
        "CREATE TRIGGER " table "_count_trash AFTER UPDATE OF deleted_at ON " table                          \
        " WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN "                                  \
        "UPDATE record_counts SET live = live + (new.deleted_at IS NULL) - (old.deleted_at IS NULL), "       \
        "trashed = trashed + (new.deleted_at IS NOT NULL) - (old.deleted_at IS NOT NULL) "                   \
        "WHERE record_table = '" table "'; END"

constexpr const char *s_version6[] = {
    "CREATE TABLE record_counts (record_table TEXT PRIMARY KEY, live INTEGER NOT NULL, "
    "trashed INTEGER NOT NULL) WITHOUT ROWID",
    QD_COUNT_TRIGGERS("speakers"),
    QD_COUNT_TRIGGERS("essays"),
    QD_COUNT_TRIGGERS("quotes"),
    QD_COUNT_TRIGGERS("assets"),
    QD_COUNT_TRIGGERS("categories"),
    QD_COUNT_TRIGGERS("tags"),
    QD_COUNT_TRIGGERS("sites"),
    QD_COUNT_TRIGGERS("publications"),
};

// Version 7: an index of the records in the trash of each table, so that listing the trash
// (Library::trashed(), at every start of the app) reads those few rows instead of every table.
#define QD_TRASH_INDEX(table)                                                                                \
    "CREATE INDEX " table "_trashed ON " table "(deleted_at) WHERE deleted_at IS NOT NULL"

constexpr const char *s_version7[] = {
    QD_TRASH_INDEX("speakers"), QD_TRASH_INDEX("essays"),       QD_TRASH_INDEX("quotes"),
    QD_TRASH_INDEX("assets"),   QD_TRASH_INDEX("categories"),   QD_TRASH_INDEX("tags"),
    QD_TRASH_INDEX("sites"),    QD_TRASH_INDEX("publications"),
};

// Version 8: the search index also keeps the prefixes of four and five letters, so that a
// search typed as far as "comp" or "infer" reads one list instead of merging the lists of
// every word it starts (tens of milliseconds in a library of 100,000 quotes). FTS5 cannot
// change the prefixes of an index, so the index is made again from the records; the triggers
// of versions 3 and 5 name it and write into the new one.
#define QD_FTS_FILL(table, code, title, body)                                                                \
    "INSERT INTO search_index(rowid, title, body) SELECT id * 8 + " code ", " title ", " body " FROM " table \
    " AS new WHERE deleted_at IS NULL"

constexpr const char *s_version8[] = {
    "DROP TABLE search_index",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5')",
    QD_FTS_FILL("speakers", "1", "new.name",
                "new.role || ' ' || new.organisation || ' ' || new.headline || char(10) || new.biography"),
    QD_FTS_FILL("essays", "2", "new.title", "new.body || char(10) || new.sources"),
    QD_FTS_FILL("quotes", "3", "new.title", "new.text || char(10) || new.commentary"),
    QD_FTS_FILL("assets", "4", "new.title || ' ' || new.original_name",
                "new.description || ' ' || new.alt_text || ' ' || new.author"),
};

#undef QD_FTS_FILL
#undef QD_TRASH_INDEX
#undef QD_COUNT_TRIGGERS
#undef QD_FTS_TRIGGERS
#undef QD_RECORD_COLUMNS

struct Step
{
    const char *const *statements;
    std::size_t count;
};

template<std::size_t N>
constexpr Step step(const char *const (&statements)[N])
{
    return Step { statements, N };
}

constexpr std::array<Step, 8> s_steps { step(s_version1), step(s_version2), step(s_version3),
                                        step(s_version4), step(s_version5), step(s_version6),
                                        step(s_version7), step(s_version8) };

} // namespace

int latestVersion()
{
    return static_cast<int>(s_steps.size());
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    QSqlQuery query(db);
    if (!Sql::exec(query, u"PRAGMA user_version"_s, error) || !query.next())
        return false;
    const int current = query.value(0).toInt();

    for (int version = current + 1; version <= targetVersion; ++version) {
        const Step &s = s_steps[static_cast<std::size_t>(version - 1)];
        if (!Sql::exec(query, u"BEGIN IMMEDIATE"_s, error))
            return false;
        // Another process opening the same library may have run this step while this one
        // waited for the write lock.
        bool ok = Sql::exec(query, u"PRAGMA user_version"_s, error) && query.next();
        const bool done = ok && query.value(0).toInt() >= version;
        for (std::size_t i = 0; ok && !done && i < s.count; ++i)
            ok = Sql::exec(query, QString::fromLatin1(s.statements[i]), error);
        ok = ok && (done || Sql::exec(query, u"PRAGMA user_version = %1"_s.arg(version), error));
        if (ok && !done && version == 1)
            ok = Sql::exec(query, u"PRAGMA application_id = %1"_s.arg(ApplicationId), error);
        if (!ok || !Sql::exec(query, u"COMMIT"_s, error)) {
            QSqlQuery rollback(db);
            rollback.exec(u"ROLLBACK"_s);
            if (error)
                *error = QCoreApplication::translate("QuoteDesk::Migrations",
                                                     "Could not upgrade the library to version %1: %2")
                             .arg(version)
                             .arg(*error);
            return false;
        }
    }
    return true;
}

} // namespace QuoteDesk::Migrations
