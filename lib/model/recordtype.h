// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace QuoteDesk {

/// The kinds of record a library holds. The order is part of the file format: it gives
/// each type's code in the search index (see Search::rowId()).
enum class RecordType {
    Speaker = 1,
    Essay = 2,
    Quote = 3,
    Asset = 4,
    Category = 5,
    Tag = 6,
    Site = 7,
    Publication = 8,
};

/// The stable lower-case name of a type ("speaker"), used in the CLI, JSON and the database.
QString recordTypeName(RecordType type);
/// The plural name ("speakers"), used for tables, CLI arguments and JSON sections.
QString recordTypePluralName(RecordType type);
/// Parses a singular or plural name; nothing for an unknown one.
std::optional<RecordType> recordTypeFromName(QStringView name);
/// A person-readable, translated name of the type ("speaker").
QString recordTypeDisplayName(RecordType type);

/// A reference to one record of any type.
struct RecordRef
{
    RecordType type = RecordType::Quote;
    qint64 id = 0;
    QString label; ///< title or name, for messages and "used by" lists

    friend bool operator==(const RecordRef &a, const RecordRef &b)
    {
        return a.type == b.type && a.id == b.id;
    }
};

} // namespace QuoteDesk
