// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output.h"

#include "store/library.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace QuoteDesk::Cli {

/// The record types `list` and `show` accept, by their plural names.
QStringList browsableTypeNames();
/// Parses a type name (singular or plural); nothing, with a message in @p error, for a
/// name that is not a browsable type.
std::optional<RecordType> browsableType(const QString &name, QString *error);

/// The records of one type as a compact table and as JSON.
struct Listing
{
    QStringList headers;
    QList<QStringList> rows;
    QJsonArray json;
};
bool listRecords(const Library &library, RecordType type, Listing *listing, QString *error);

/// One record as named fields (references with the label of what they point to) and as JSON.
struct RecordView
{
    QList<Field> fields;
    QJsonObject json;
};
bool viewRecord(const Library &library, RecordType type, qint64 id, RecordView *view, QString *error);

} // namespace QuoteDesk::Cli
