// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerenderer.h"

#include "blockemitter.h"
#include "htmlemitter.h"
#include "rendertemplate.h"
#include "sitewording.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

enum class Format { Preview, Page, Blocks };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::ArticleRenderer)
};

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

int minHeadingLevel(const MarkdownDocument &document)
{
    int level = 7;
    for (const MarkdownNode &node : document.nodes()) {
        if (node.type == MarkdownNode::Type::Heading)
            level = qMin(level, node.number);
    }
    return level;
}

QString altOf(const Asset &asset)
{
    return asset.altText.isEmpty() ? asset.label() : asset.altText;
}

// Turns the parts of an article into markup for one output format.
class Parts final
{
public:
    Parts(const Article &article, Format format, const RenderContext &context)
        : m_article(article)
        , m_format(format)
        , m_context(context)
    {
    }

    // A Markdown part whose headings start at @p headingFloor.
    QString markdown(const MarkdownDocument &document, int headingFloor) const
    {
        MarkupPolicy policy;
        policy.headingOffset = qMax(0, headingFloor - minHeadingLevel(document));
        policy.linkTarget = [this](const QString &url) {
            return linkTarget(url);
        };
        policy.image = [this](const QString &url, const QString &alt, const QString &title) {
            return image(url, alt, title);
        };
        if (m_format == Format::Blocks) {
            return BlockEmitter(policy,
                                [this](const QString &url, const QString &alt, const QString &title) {
                                    return imageBlock(url, alt, title);
                                })
                .render(document);
        }
        return HtmlEmitter(policy).render(document);
    }

    // An asset shown as an image on its own (portrait, featured image).
    QString assetImage(const std::optional<Asset> &asset) const
    {
        if (!asset)
            return {};
        const QString url = UrlPolicy::assetUrl(asset->id);
        return m_format == Format::Blocks ? imageBlock(url, altOf(*asset), {})
                                          : image(url, altOf(*asset), {});
    }

    const Asset *asset(const QString &url) const
    {
        const auto id = UrlPolicy::assetId(url);
        const auto found = id ? m_article.assets.constFind(*id) : m_article.assets.constEnd();
        return found == m_article.assets.constEnd() ? nullptr : &*found;
    }

    // Where a link to an asset's file points in this format; empty when it has no file here.
    QString assetHref(const Asset &asset) const
    {
        if (m_format == Format::Blocks) {
            const auto media = m_context.remoteMedia ? m_context.remoteMedia(asset) : std::nullopt;
            return media ? media->url : QString();
        }
        return m_context.localUrl ? m_context.localUrl(asset).toString() : QString();
    }

    std::optional<RemoteMedia> media(const Asset &asset) const
    {
        return m_context.remoteMedia ? m_context.remoteMedia(asset) : std::nullopt;
    }

    QString linkTarget(const QString &url) const
    {
        const UrlPolicy::Target kind = UrlPolicy::classify(url);
        if (kind == UrlPolicy::Target::Relative && m_format == Format::Page && !m_context.keepRelativeTargets)
            return {};
        if (kind != UrlPolicy::Target::Asset)
            return HtmlEmitter::defaultLinkTarget(url);
        const Asset *target = asset(url);
        return target ? assetHref(*target) : QString();
    }

    QString image(const QString &url, const QString &alt, const QString &title) const
    {
        const QString titleAttribute = title.isEmpty() ? QString() : u" title=\""_s + escape(title) + u'"';
        const auto img = [&](const QString &src, const QString &extra = {}) -> QString {
            return u"<img src=\""_s + escape(src) + u"\" alt=\""_s + escape(alt) + u'"' + titleAttribute
                + extra + u">"_s;
        };
        const auto placeholder = [](const QString &text) -> QString {
            return u"<span class=\"placeholder\">["_s + escape(text) + u"]</span>"_s;
        };
        switch (UrlPolicy::classify(url)) {
        case UrlPolicy::Target::Asset: {
            const Asset *target = asset(url);
            if (target && m_format == Format::Blocks) {
                if (const auto remote = media(*target))
                    return img(remote->url, u" class=\"wp-image-"_s + QString::number(remote->id) + u'"');
            } else if (target) {
                if (const QString href = assetHref(*target); !href.isEmpty())
                    return img(href);
            }
            return placeholder(Tr::tr("Missing image: %1").arg(alt));
        }
        case UrlPolicy::Target::Web:
            if (m_format == Format::Preview) {
                return placeholder(Tr::tr("Remote image not loaded in the preview: %1 (%2)")
                                       .arg(alt, UrlPolicy::hostOf(url)));
            }
            return img(url);
        case UrlPolicy::Target::Relative:
            if (keepsRelativeTargets())
                return img(url);
            return placeholder(Tr::tr("Image outside the library not shown: %1").arg(alt));
        case UrlPolicy::Target::Contact:
        case UrlPolicy::Target::Unsafe:
            break;
        }
        return escape(alt);
    }

    QString imageBlock(const QString &url, const QString &alt, const QString &title) const
    {
        const Asset *target = asset(url);
        const auto remote = target ? media(*target) : std::nullopt;
        if (remote) {
            QJsonObject attributes { { u"id"_s, remote->id },
                                     { u"sizeSlug"_s, u"large"_s },
                                     { u"linkDestination"_s, u"none"_s } };
            return BlockEmitter::block(u"image"_s,
                                       u"<figure class=\"wp-block-image size-large\">"_s
                                           + image(url, alt, title) + u"</figure>"_s,
                                       attributes);
        }
        if (UrlPolicy::classify(url) == UrlPolicy::Target::Web) {
            return BlockEmitter::block(
                u"image"_s, u"<figure class=\"wp-block-image\">"_s + image(url, alt, title) + u"</figure>"_s);
        }
        return BlockEmitter::block(u"paragraph"_s, u"<p>"_s + image(url, alt, title) + u"</p>"_s);
    }

    QHash<QString, QString> values() const;

private:
    bool keepsRelativeTargets() const { return m_format == Format::Page && m_context.keepRelativeTargets; }

    void addBrochure(QHash<QString, QString> &values) const;

    const Article &m_article;
    Format m_format;
    const RenderContext &m_context;
};

void Parts::addBrochure(QHash<QString, QString> &values) const
{
    if (!m_article.brochure)
        return;
    const Asset &brochure = *m_article.brochure;
    const QString href = assetHref(brochure);
    values.insert(u"brochure"_s, u"1"_s);
    values.insert(u"brochure_title"_s, escape(brochure.label()));
    values.insert(u"brochure_description"_s, escape(brochure.description));
    values.insert(u"brochure_url"_s, escape(href));
    values.insert(u"brochure_anchor"_s,
                  u"wp-block-file--media-"_s
                      + escape(brochure.uuid.isEmpty() ? QString::number(brochure.id) : brochure.uuid));
    if (const auto remote = media(brochure)) {
        values.insert(u"brochure_attributes"_s,
                      BlockEmitter::attributesJson({ { u"id"_s, remote->id }, { u"href"_s, remote->url } }));
    }
}

QHash<QString, QString> Parts::values() const
{
    const Article &a = m_article;
    QHash<QString, QString> values {
        { u"title"_s, escape(a.title) },
        { u"excerpt"_s, escape(a.excerpt) },
        { u"label_sources"_s, escape(SiteWording::Sources.toString()) },
        { u"label_download_brochure"_s, escape(SiteWording::DownloadBrochure.toString()) },
        { u"label_download"_s, escape(SiteWording::Download.toString()) },
        { u"sources"_s, markdown(a.sources, 3) },
    };
    if (a.kind == Article::Kind::Essay) {
        values.insert(u"featured"_s, assetImage(a.featured));
        values.insert(u"body"_s, markdown(a.body, 2));
        return values;
    }
    values.insert(u"quotation"_s, escape(a.quotation));
    values.insert(u"attribution"_s, escape(a.attribution));
    QStringList occasion;
    if (!a.occasion.isEmpty()) {
        const QString href = linkTarget(a.occasionUrl);
        occasion << (href.isEmpty()
                         ? escape(a.occasion)
                         : u"<a href=\""_s + escape(href) + u"\">"_s + escape(a.occasion) + u"</a>"_s);
    }
    if (a.saidOn.isValid())
        occasion << escape(QLocale::c().toString(a.saidOn, u"d MMMM yyyy"_s));
    values.insert(u"occasion"_s, occasion.join(u", "_s));
    values.insert(u"context_title"_s, escape(a.contextTitle));
    values.insert(u"context"_s, markdown(a.context, 3));
    values.insert(u"commentary"_s, markdown(a.commentary, 2));
    values.insert(u"profile_heading"_s, escape(a.profileHeading));
    values.insert(u"portrait"_s, assetImage(a.portrait));
    values.insert(u"biography"_s, markdown(a.biography, 3));
    addBrochure(values);
    return values;
}

QString articleBody(const Article &article, Format format, const RenderContext &context,
                    const QString &suffix)
{
    const Parts parts(article, format, context);
    const QString name = article.kind == Article::Kind::Quote ? u"quote"_s : u"essay"_s;
    return RenderTemplate::fromResource(name + suffix).render(parts.values());
}

} // namespace

namespace ArticleRenderer {

QString preview(const Article &article, const RenderContext &context)
{
    return RenderTemplate::fromResource(u"preview.html"_s)
        .render({ { u"title"_s, escape(article.title) },
                  { u"css"_s, RenderTemplate::siteStyleSheet() },
                  { u"article"_s, articleBody(article, Format::Preview, context, u".html"_s) } });
}

QString page(const Article &article, const RenderContext &context)
{
    return RenderTemplate::fromResource(u"page.html"_s)
        .render(
            { { u"title"_s, escape(article.title) },
              { u"excerpt"_s, escape(article.excerpt) },
              { u"stylesheet"_s, escape(context.styleSheetHref) },
              { u"css"_s, context.styleSheetHref.isEmpty() ? RenderTemplate::siteStyleSheet() : QString() },
              { u"header"_s, context.pageHeader },
              { u"footer"_s, context.pageFooter },
              { u"article"_s, articleBody(article, Format::Page, context, u".html"_s) } });
}

QString blocks(const Article &article, const RenderContext &context)
{
    return articleBody(article, Format::Blocks, context, u".blocks.html"_s);
}

} // namespace ArticleRenderer

} // namespace QuoteDesk
