// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdowndocument.h"

#include <QString>

#include <functional>

namespace QuoteDesk {

/// How links and images of a Markdown document become markup; each output of an article
/// (preview, page, WordPress) sets its own.
struct MarkupPolicy
{
    /// Added to every heading level (capped at 6), so a body's headings sit under its
    /// section's heading.
    int headingOffset = 0;
    /// The href for a link target, or an empty string to drop the link and keep its text.
    /// Unset: only Web, Contact and Relative targets are kept (see UrlPolicy).
    std::function<QString(const QString &url)> linkTarget;
    /// The complete markup of an image (already escaped). Unset: an <img> for a Web or
    /// Relative target, the escaped alternative text otherwise.
    std::function<QString(const QString &url, const QString &alt, const QString &title)> image;
};

/// Writes a MarkdownDocument as HTML. Text is always escaped; the only markup in the output
/// is the emitter's own and what the policy's callbacks return.
class HtmlEmitter final
{
public:
    explicit HtmlEmitter(MarkupPolicy policy = {});

    /// The HTML of the whole document, one block per line.
    QString render(const MarkdownDocument &document) const;
    /// The inline HTML of the children of @p index (a paragraph, heading, cell, …).
    QString renderInlines(const MarkdownDocument &document, int index) const;
    /// The inline HTML of the inline node @p index itself (text, link, emphasis, …).
    QString renderInline(const MarkdownDocument &document, int index) const;

    /// The href of a link when the policy sets none: Web, Contact and Relative targets as
    /// they are, nothing for others.
    static QString defaultLinkTarget(const QString &url);
    /// The href the policy gives @p url (empty: no link).
    QString linkTarget(const QString &url) const;
    /// The markup the policy gives an image.
    QString image(const QString &url, const QString &alt, const QString &title) const;
    /// The heading level after the policy's offset.
    int headingLevel(int level) const { return qBound(1, level + m_policy.headingOffset, 6); }

    /// @p text escaped for HTML text and attribute values.
    static QString escape(const QString &text) { return text.toHtmlEscaped(); }

private:
    // Appends the opening (enter) or closing markup of an inline node; returns whether to
    // visit its children.
    bool enterInline(const MarkdownDocument &document, int index, QString &out, QList<bool> &links) const;
    static void leaveInline(const MarkdownNode &node, QString &out, QList<bool> &links);

    MarkupPolicy m_policy;
};

} // namespace QuoteDesk
