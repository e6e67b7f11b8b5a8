// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordsplitter.h"

#include <QChar>

namespace QuoteDesk::WordSplitter {
namespace {

enum class TokenClass { Word, Space, Single };

bool attachesToPrevious(char32_t c)
{
    if (c < 0x300)
        return false;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return c == 0x200D; // zero-width joiner inside emoji sequences
    }
}

TokenClass classOf(char32_t c)
{
    if (c < 0x80) { // most text, without the Unicode tables
        if (c == u' ' || (c >= u'\t' && c <= u'\r'))
            return TokenClass::Space;
        const bool word =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        return word ? TokenClass::Word : TokenClass::Single;
    }
    if (QChar::isSpace(c))
        return TokenClass::Space;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return TokenClass::Single; // no spaces between words: compare character by character
    default:
        break;
    }
    return QChar::isLetterOrNumber(c) || c == u'_' ? TokenClass::Word : TokenClass::Single;
}

} // namespace

QList<QStringView> split(QStringView line)
{
    QList<QStringView> tokens;
    const qsizetype size = line.size();
    const auto codePointAt = [line, size](qsizetype i, qsizetype *length) -> char32_t {
        const QChar c = line.at(i);
        if (c.isHighSurrogate() && i + 1 < size && line.at(i + 1).isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(c, line.at(i + 1));
        }
        *length = 1;
        return c.unicode();
    };
    qsizetype i = 0;
    while (i < size) {
        const qsizetype start = i;
        qsizetype length = 0;
        const TokenClass cls = classOf(codePointAt(i, &length));
        i += length;
        while (i < size) {
            const char32_t next = codePointAt(i, &length);
            if (!attachesToPrevious(next) && (cls == TokenClass::Single || classOf(next) != cls))
                break;
            i += length;
        }
        tokens.append(line.mid(start, i - start));
    }
    return tokens;
}

} // namespace QuoteDesk::WordSplitter
