// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtype.h"
#include "textdiff.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace QuoteDesk {

/// How one field differs between two versions of a record.
struct FieldChange
{
    QString key; ///< the field's stable name ("body"), as in records.h and the JSON
    /// True for long text (Markdown bodies, the quotation, lists): show `diff` line by line.
    /// False for short values: show "oldValue → newValue" (`diff` marks the words too).
    bool isText = false;
    QString oldValue; ///< for display: references as labels, lists one item a line
    QString newValue;
    TextDiff diff; ///< oldValue against newValue
};

/// Compares two versions of a record given as JSON (RecordJson::toJson or a revision
/// snapshot), field by field in the record's own order.
class RecordDiff final
{
public:
    /// The title or name of a referenced record; empty when it no longer exists.
    using LabelLookup = std::function<QString(RecordType, qint64)>;

    /// The fields whose values differ. Bookkeeping fields (id, uuid, times) are left out,
    /// and so is a field missing from either side (a snapshot older than the field).
    /// References are shown through @p labels (or as "#id" without it).
    static QList<FieldChange> compare(RecordType type, const QJsonObject &older, const QJsonObject &newer,
                                      const LabelLookup &labels = {});

    /// True for the fields compare() treats as long text whatever their length.
    static bool isLongTextField(QStringView key);
};

} // namespace QuoteDesk
