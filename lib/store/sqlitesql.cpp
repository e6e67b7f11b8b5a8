// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesql.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk::LibrarySql {

QString labelExpression(RecordType type)
{
    switch (type) {
    case RecordType::Quote:
        return u"CASE WHEN title <> '' THEN title ELSE substr(text, 1, 80) END"_s;
    case RecordType::Essay:
        return u"title"_s;
    case RecordType::Asset:
        return u"CASE WHEN title <> '' THEN title ELSE original_name END"_s;
    case RecordType::Publication:
        return u"link"_s;
    case RecordType::Speaker:
    case RecordType::Category:
    case RecordType::Tag:
    case RecordType::Site:
        break;
    }
    return u"name"_s;
}

QString trashCondition(TrashFilter trash)
{
    switch (trash) {
    case TrashFilter::Live:
        return u"deleted_at IS NULL"_s;
    case TrashFilter::Trashed:
        return u"deleted_at IS NOT NULL"_s;
    case TrashFilter::All:
        break;
    }
    return u"1"_s;
}

} // namespace QuoteDesk::LibrarySql
