// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendertemplate.h"

#include <QFile>

#include <mutex>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be called outside any namespace. The library is static, so nothing
// registers its resources unless it asks for them itself.
static void initRenderResources()
{
    Q_INIT_RESOURCE(quotedesk_render);
}

namespace QuoteDesk {

namespace {

QString readResource(const QString &path)
{
    static std::once_flag once;
    std::call_once(once, initRenderResources);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

RenderTemplate::RenderTemplate(const QString &text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u"{{"_s, pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u"}}"_s, open + 2);
        if (open < 0 || close < 0) {
            m_tokens.append({ Token::Kind::Text, text.mid(pos) });
            break;
        }
        if (open > pos)
            m_tokens.append({ Token::Kind::Text, text.mid(pos, open - pos) });
        const QString tag = text.mid(open + 2, close - open - 2).trimmed();
        pos = close + 2;
        // A section or comment tag alone on its line takes the line with it.
        const bool standalone = tag.size() > 0 && !tag.front().isLetterOrNumber()
            && (open == 0 || text[open - 1] == u'\n') && pos < text.size() && text[pos] == u'\n';
        if (standalone)
            ++pos;
        if (tag.startsWith(u'!'))
            continue;
        Token::Kind kind = Token::Kind::Value;
        if (tag.startsWith(u'#'))
            kind = Token::Kind::IfSet;
        else if (tag.startsWith(u'^'))
            kind = Token::Kind::IfNotSet;
        else if (tag.startsWith(u'/'))
            kind = Token::Kind::End;
        m_tokens.append({ kind, kind == Token::Kind::Value ? tag : tag.mid(1).trimmed() });
    }
}

RenderTemplate RenderTemplate::fromResource(const QString &name)
{
    return RenderTemplate(readResource(u":/quotedesk/render/templates/"_s + name));
}

QString RenderTemplate::siteStyleSheet()
{
    return readResource(u":/quotedesk/render/site/site.css"_s);
}

QString RenderTemplate::render(const QHash<QString, QString> &values) const
{
    QString out;
    // Sections nest; while one is hidden, everything up to its end is skipped.
    int hiddenDepth = 0;
    for (const Token &token : m_tokens) {
        switch (token.kind) {
        case Token::Kind::Text:
            if (hiddenDepth == 0)
                out += token.text;
            break;
        case Token::Kind::Value:
            if (hiddenDepth == 0)
                out += values.value(token.text);
            break;
        case Token::Kind::IfSet:
        case Token::Kind::IfNotSet: {
            const bool set = !values.value(token.text).isEmpty();
            const bool show = token.kind == Token::Kind::IfSet ? set : !set;
            if (hiddenDepth > 0 || !show)
                ++hiddenDepth;
            break;
        }
        case Token::Kind::End:
            if (hiddenDepth > 0)
                --hiddenDepth;
            break;
        }
    }
    return out;
}

} // namespace QuoteDesk
