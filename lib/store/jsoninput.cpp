// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace QuoteDesk::JsonInput {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::JsonInput)
};

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((lead & 0xe0) == 0xc0) {
            length = 2;
            code = lead & 0x1f;
            least = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3;
            code = lead & 0x0f;
            least = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4;
            code = lead & 0x07;
            least = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3f);
        }
        if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

TextPosition positionOf(QByteArrayView bytes, qsizetype offset)
{
    TextPosition position;
    offset = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = uchar(bytes.at(i));
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xc0) != 0x80) { // continuation bytes do not start a character
            ++position.column;
        }
    }
    return position;
}

std::optional<QJsonObject> parseObject(const QByteArray &input, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QByteArray bytes = input.startsWith("\xef\xbb\xbf") ? input.sliced(3) : input;
    if (bytes.trimmed().isEmpty())
        return fail(Tr::tr("The file is empty. Choose a file made by Export."));

    // QJsonDocument would replace such bytes silently, changing the text on import.
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const TextPosition at = positionOf(bytes, bad);
        return fail(
            Tr::tr("The file is not valid UTF-8 text: the byte 0x%1 at line %2, column %3 cannot be read. "
                   "Save the file as UTF-8 (or export it again) and retry.")
                .arg(QString::number(uchar(bytes.at(bad)), 16).toUpper(), QString::number(at.line),
                     QString::number(at.column)));
    }
    // JSON allows no raw control characters; Qt's parser would take them into strings.
    const auto control = std::find_if(bytes.cbegin(), bytes.cend(), [](char c) {
        return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (control != bytes.cend()) {
        const TextPosition at = positionOf(bytes, control - bytes.cbegin());
        return fail(
            Tr::tr("The file is not valid JSON: it holds the control character 0x%1 at line %2, column %3, "
                   "which JSON text must write as an escape. Correct the file or export it again.")
                .arg(QString::number(uchar(*control), 16).toUpper().rightJustified(2, u'0'),
                     QString::number(at.line), QString::number(at.column)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = positionOf(bytes, parseError.offset);
        return fail(
            Tr::tr("The file is not valid JSON: %1 at line %2, column %3. If it was cut off, export it "
                   "again; if it was edited by hand, correct it there.")
                .arg(parseError.errorString(), QString::number(at.line), QString::number(at.column)));
    }
    if (!document.isObject())
        return fail(
            Tr::tr("The file holds JSON, but not a JSON object at its top level. Choose a file made by "
                   "Export."));
    return document.object();
}

} // namespace QuoteDesk::JsonInput
