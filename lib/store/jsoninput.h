// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Strict reading of JSON text that comes from outside: a file to import, a server reply.

#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace QuoteDesk::JsonInput {

/// The offset of the first byte of @p bytes that is not part of well-formed UTF-8 (overlong
/// forms, surrogates and code points past U+10FFFF included), or -1 when all of it is.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

/// Line and column (both from 1; the column counts characters) of byte @p offset.
struct TextPosition
{
    qsizetype line = 1;
    qsizetype column = 1;
};
TextPosition positionOf(QByteArrayView bytes, qsizetype offset);

/// Parses @p bytes as UTF-8 JSON whose top level is an object. A UTF-8 byte order mark is
/// skipped. Bytes that are not UTF-8 are refused rather than replaced, and a syntax error is
/// reported with its line and column. Nothing on failure; @p error then says what to do.
std::optional<QJsonObject> parseObject(const QByteArray &bytes, QString *error);

} // namespace QuoteDesk::JsonInput
