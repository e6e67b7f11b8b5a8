// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QVariant>

#include <variant>

namespace QuoteDesk {

/// A record an editor can open: a quote, a speaker, an essay, a category or a tag.
using EditableRecord = std::variant<Quote, Speaker, Essay, Category, Tag>;

namespace FieldAccess {

/// The type of the record held.
RecordType typeOf(const EditableRecord &record);
/// The record's id (0 while unsaved) and label.
qint64 idOf(const EditableRecord &record);
QString labelOf(const EditableRecord &record);

/// The value of the field with the stable key @p key (see records.h): QString, qint64, int,
/// bool, QDate, QDateTime or QStringList as the field is; a choice as its stable name; a
/// reference as qint64 or a null QVariant; links as QList<qint64>. Invalid for an unknown key.
QVariant get(const EditableRecord &record, const QString &key);
/// Sets the field with key @p key from @p value (same types as get()). False for an
/// unknown key or a value of the wrong type.
bool set(EditableRecord &record, const QString &key, const QVariant &value);

} // namespace FieldAccess
} // namespace QuoteDesk
