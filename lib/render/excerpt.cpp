// SPDX-License-Identifier: GPL-3.0-or-later
#include "excerpt.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk {

QString makeExcerpt(QStringView text, int words)
{
    constexpr qsizetype maxLength = 400;
    QString excerpt;
    int count = 0;
    bool inWord = false;
    // Scans only as far as the excerpt needs, so a 5 MB body costs no more than a short one.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            if (count == words)
                return excerpt + u"\u2026"_s;
            if (count > 0)
                excerpt += u' ';
            ++count;
            inWord = true;
        }
        if (excerpt.size() >= maxLength) {
            // Keep a surrogate pair whole.
            if (excerpt.back().isHighSurrogate())
                excerpt.chop(1);
            return excerpt + u"\u2026"_s;
        }
        excerpt += c;
    }
    return excerpt;
}

} // namespace QuoteDesk
