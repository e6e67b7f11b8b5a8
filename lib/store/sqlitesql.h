// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SQL fragments shared by the parts of SqliteStore; internal to lib/store.

#include "model/recordtype.h"
#include "store/store.h"

#include <array>

namespace QuoteDesk::LibrarySql {

/// Every record type, in the order tables are searched for users.
constexpr std::array<RecordType, 8> allTypes { RecordType::Speaker, RecordType::Essay,      RecordType::Quote,
                                               RecordType::Asset,   RecordType::Category,   RecordType::Tag,
                                               RecordType::Site,    RecordType::Publication };

/// An SQL expression giving a record's title or name.
QString labelExpression(RecordType type);
/// The WHERE condition selecting live, trashed or all rows.
QString trashCondition(TrashFilter trash);

} // namespace QuoteDesk::LibrarySql
