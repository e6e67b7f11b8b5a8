// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/blockemitter.h"

#include <QString>

namespace QuoteDesk::Test {

/// Block markup of @p markdown, with images as plain wp:image blocks of their URL and alt text.
inline QString blocksOf(const QString &markdown)
{
    const BlockEmitter emitter(MarkupPolicy {}, [](const QString &url, const QString &alt, const QString &) {
        return BlockEmitter::block(QStringLiteral("image"),
                                   QStringLiteral("<figure class=\"wp-block-image\"><img src=\"") + url
                                       + QStringLiteral("\" alt=\"") + alt + QStringLiteral("\"/></figure>"));
    });
    return emitter.render(MarkdownDocument::parse(markdown));
}

} // namespace QuoteDesk::Test
