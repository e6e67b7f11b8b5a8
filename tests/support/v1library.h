// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace QuoteDesk::Test {

/// Writes the library of schema version 1 that is checked in as
/// tests/data/library/library-v1.qdlib: a few speakers, essays, quotes (one in the trash),
/// an asset, categories, tags and their links, inserted with plain SQL in the columns of
/// version 1 (Library::save() would write revisions, which version 1 does not have). The
/// file is checkpointed, so it needs no -wal file. Fails if @p path exists.
bool writeVersion1Library(const QString &path, QString *error);

} // namespace QuoteDesk::Test
