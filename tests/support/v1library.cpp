// SPDX-License-Identifier: GPL-3.0-or-later
#include "v1library.h"

#include "rawsqlite.h"
#include "store/library.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {
namespace {

// Fixed ids, uuids and times, so that the file is the same each time it is generated.
#define QD_TIMES "'2025-05-28T09:00:00.000Z', '2025-05-29T10:30:00.000Z'"

constexpr const char *s_rows[] = {
    "INSERT INTO assets (id, uuid, created_at, updated_at, sha256, original_name, mime_type, size, title, "
    "alt_text, kind, width, height) VALUES (1, '6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0001', " QD_TIMES ", '"
    "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
    "', 'huang-portrait.jpg', "
    "'image/jpeg', 48213, 'Jensen Huang', 'Jensen Huang on stage in a leather jacket', 'portrait', 600, 800)",

    "INSERT INTO speakers (id, uuid, created_at, updated_at, name, role, organisation, headline, biography, "
    "portrait_asset_id, links) VALUES (1, '6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0101', " QD_TIMES
    ", 'Jensen Huang', 'CEO', 'Nvidia', 'Visionary Leader Behind Nvidia', "
    "'## Early years\n\nBorn in Tainan in 1963; electrical engineer from Oregon State and Stanford.\n\n"
    "## Nvidia\n\nCo-founded the company in 1993 and still runs it.', 1, '[\"https://www.nvidia.com\"]')",
    "INSERT INTO speakers (id, uuid, created_at, updated_at, name, role, organisation, headline, biography) "
    "VALUES (2, '6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0102', " QD_TIMES
    ", 'Sholto Douglas', 'Researcher', 'Anthropic', 'Scaling reinforcement learning in language models', "
    "'Studied mechatronics engineering at the University of Sydney before moving into AI research.')",
    "INSERT INTO speakers (id, uuid, created_at, updated_at, name, role, organisation) VALUES (3, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0103', " QD_TIMES ", 'Yann LeCun', 'Chief AI Scientist', 'Meta')",

    "INSERT INTO categories (id, uuid, created_at, updated_at, name, slug) VALUES (1, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0201', " QD_TIMES ", 'Artificial intelligence', 'ai')",
    "INSERT INTO categories (id, uuid, created_at, updated_at, name, slug, parent_id) VALUES (2, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0202', " QD_TIMES ", 'China', 'china', 1)",
    "INSERT INTO tags (id, uuid, created_at, updated_at, name, slug) VALUES (1, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0301', " QD_TIMES ", 'Nvidia', 'nvidia')",
    "INSERT INTO tags (id, uuid, created_at, updated_at, name, slug) VALUES (2, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0302', " QD_TIMES ", 'Export controls', 'export-controls')",
    "INSERT INTO tags (id, uuid, created_at, updated_at, name, slug) VALUES (3, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0303', " QD_TIMES
    ", 'Reinforcement learning', 'reinforcement-learning')",

    "INSERT INTO essays (id, uuid, created_at, updated_at, title, kind, status, body, sources, slug) VALUES "
    "(1, '6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0401', " QD_TIMES
    ", 'Context: the Nvidia Q1 results of fiscal 2026', 'context', 'ready', "
    "'Nvidia reported its first quarter of fiscal 2026 on 28 May 2025. Data-centre sales carried a record "
    "quarter, while the export rules on H20 chips for China cost a large inventory charge.', "
    "'- Nvidia press release, 28 May 2025', 'context-nvidia-q1-fy2026')",
    "INSERT INTO essays (id, uuid, created_at, updated_at, title, kind, status, body) VALUES (2, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0402', " QD_TIMES
    ", 'Context: coding as a leading indicator', 'context', 'draft', "
    "'Anthropic treats coding skill as the earliest sign that a model can speed up research itself.')",
    "INSERT INTO essays_categories (owner_id, target_id, position) VALUES (1, 2, 0), (1, 1, 1)",
    "INSERT INTO essays_tags (owner_id, target_id, position) VALUES (1, 1, 0), (1, 2, 1)",

    "INSERT INTO quotes (id, uuid, created_at, updated_at, text, speaker_id, speaker_role, said_on, "
    "where_label, essay_id, commentary, title, slug, featured_asset_id, status) VALUES (1, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0501', " QD_TIMES
    ", 'AI inference token generation has surged tenfold in just one year.', 1, 'CEO', '2025-05-28', "
    "'Earnings call', 1, '## Takeaways\n\n- Demand for inference keeps climbing', "
    "'Quote: Jensen Huang, Nvidia CEO', 'quote-jensen-huang-nvidia-ceo', 1, 'published')",
    "INSERT INTO quotes (id, uuid, created_at, updated_at, text, speaker_id, speaker_role, said_on, "
    "where_label, essay_id, title, slug, status) VALUES (2, '6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0502', " QD_TIMES
    ", 'The question is not whether China will have AI, it already does.', 1, 'CEO', '2025-05-28', "
    "'Earnings call', 1, 'Quote: Jensen Huang on China', 'quote-jensen-huang-china', 'ready')",
    "INSERT INTO quotes (id, uuid, created_at, updated_at, text, speaker_id, speaker_role, where_label, "
    "where_url, essay_id, title, status) VALUES (3, '6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0503', " QD_TIMES
    ", 'Coding is the most important leading indicator of model capabilities.', 2, 'Anthropic researcher', "
    "'Interview with Redpoint', 'https://www.redpoint.com', 2, 'Quote: Sholto Douglas, Anthropic "
    "researcher', "
    "'draft')",
    "INSERT INTO quotes (id, uuid, created_at, updated_at, deleted_at, text, speaker_id, status) VALUES (4, "
    "'6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0504', " QD_TIMES ", '2025-06-01T08:00:00.000Z', "
    "'Most of the infrastructure cost for AI is for inference: serving assistants to billions.', 3, 'idea')",
    "INSERT INTO quotes_categories (owner_id, target_id, position) VALUES (1, 2, 0), (2, 2, 0), (3, 1, 0)",
    "INSERT INTO quotes_tags (owner_id, target_id, position) VALUES (1, 2, 0), (1, 1, 1), (2, 2, 0), "
    "(3, 3, 0)",
};

#undef QD_TIMES

} // namespace

bool writeVersion1Library(const QString &path, QString *error)
{
    if (QFile::exists(path)) {
        *error = u"“%1” exists already; the generator only writes new files."_s.arg(path);
        return false;
    }
    {
        // The library makes the tables of version 1; the rows go in with plain SQL.
        Library library;
        Library::OpenOptions options;
        options.schemaVersion = 1;
        if (!library.open(path, error, options))
            return false;
    }
    {
        RawSqlite db(path);
        // Checked against the foreign keys as the library checks its own writes.
        if (!db.query(u"PRAGMA foreign_keys = ON"_s, {}, error) || !db.query(u"BEGIN IMMEDIATE"_s, {}, error))
            return false;
        for (const char *row : s_rows) {
            if (!db.query(QString::fromUtf8(row), {}, error))
                return false;
        }
        if (!db.query(u"COMMIT"_s, {}, error) || !db.query(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {}, error))
            return false;
    }
    if (QFile::exists(path + u"-wal"_s)) {
        *error = u"The library was not fully checkpointed: “%1-wal” remains."_s.arg(path);
        return false;
    }
    return true;
}

} // namespace QuoteDesk::Test
