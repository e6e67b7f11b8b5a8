// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as Markdown through parsing, composition and all three
// outputs. Besides crashes, leaks and undefined behaviour it stops on a script or iframe
// tag or a javascript:, vbscript: or data: target in any output, and on an image the
// preview would load from anywhere but the library.
//
// Build and run for 60 s (new inputs go to a scratch folder; the kept corpus is only read):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
//       -DQUOTEDESK_SANITIZE=ON -DQUOTEDESK_BUILD_FUZZERS=ON -DQUOTEDESK_BUILD_BENCH=OFF
//   cmake --build build/fuzz --target fuzz_render
//   mkdir -p build/fuzz/corpus
//   build/fuzz/tests/fuzz/fuzz_render -max_total_time=60 -max_len=65536 -timeout=10 \
//       build/fuzz/corpus tests/data/fuzz/render
#include "render/articlerenderer.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// A target a browser would run or load from elsewhere, read as a browser reads it: ASCII
// whitespace and control characters ignored, case ignored.
bool isUnsafeTarget(const QString &value)
{
    QString unescaped = value;
    unescaped.replace(u"&amp;"_s, u"&"_s);
    QString target;
    for (const QChar c : std::as_const(unescaped)) {
        if (c.unicode() > 0x20)
            target += c.toLower();
    }
    return target.startsWith(u"javascript:"_s) || target.startsWith(u"vbscript:"_s)
        || target.startsWith(u"data:"_s);
}

bool hasUnsafeMarkup(const QString &html, bool preview)
{
    const QString lower = html.toLower();
    if (lower.contains(u"<script"_s) || lower.contains(u"<iframe"_s))
        return true;
    static const QRegularExpression attribute(u"\\s(href|src)=\"([^\"]*)\""_s);
    for (auto it = attribute.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value = match.captured(2);
        if (isUnsafeTarget(value))
            return true;
        // The preview loads nothing from elsewhere.
        if (preview && match.captured(1) == u"src"_s && !value.startsWith(u"file:///library/"_s))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const MarkdownDocument document = MarkdownDocument::parseUtf8(bytes);
    require(document.node(MarkdownDocument::root()).parent == -1);
    (void)document.plainText();

    const QString markdown = QString::fromUtf8(bytes);
    ArticleInput input;
    input.quote = Quote {};
    input.quote->text = markdown.left(300);
    input.quote->speakerId = 1;
    input.quote->commentary = markdown;
    input.quote->whereLabel = markdown.left(40);
    input.quote->whereUrl = markdown.left(40);
    input.speaker = Speaker {};
    input.speaker->name = u"Speaker"_s;
    input.speaker->biography = markdown;
    Asset asset;
    asset.id = 1;
    asset.sha256 = u"00"_s;
    asset.title = u"an image"_s;
    input.assets.insert(1, asset);

    const Article article = composeArticle(input);
    RenderContext context;
    context.localUrl = [](const Asset &a) {
        return QUrl::fromLocalFile(u"/library/"_s + a.sha256);
    };
    context.remoteMedia = [](const Asset &a) -> std::optional<RemoteMedia> {
        return RemoteMedia { a.id + 100, u"https://example.org/media/"_s + a.sha256 };
    };
    require(!hasUnsafeMarkup(ArticleRenderer::preview(article, context), true));
    require(!hasUnsafeMarkup(ArticleRenderer::page(article, context), false));
    require(!hasUnsafeMarkup(ArticleRenderer::blocks(article, context), false));
    return 0;
}
