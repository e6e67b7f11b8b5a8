// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace QuoteDesk {

class Library;

/// Which records of a library are posts of the static site.
struct PostSelection
{
    /// Quotes and essays in these workflow states become posts: by default the published
    /// ones and those ready to publish, the state a reviewer wants to see them in.
    QList<WorkflowStatus> statuses { WorkflowStatus::Published, WorkflowStatus::Ready };
    /// A context essay is part of every quote post that uses it and by default has no page of
    /// its own; every other essay (an infographic, a profile, a general essay) is a post.
    bool contextEssaysAsPosts = false;
};

/// What the static export writes, decided before anything is written: every post with its
/// page and date, newest first, and every category that has posts with its archive page.
///
/// A post's date is the day the quote was said, or, for a quote without that date and for
/// an essay, the day its record was created; posts of the same day are ordered by creation,
/// newest first. A category's archive lists its own posts and those of its subcategories.
struct SitePlan
{
    struct Post
    {
        RecordType type = RecordType::Quote;
        qint64 id = 0;
        QString title;
        QString excerpt;
        QString slug;
        QDate date;
        QDateTime createdAt;
        QString path; ///< "posts/<slug>.html", unique
        QList<qint64> categoryIds; ///< the post's categories that have an archive page
    };
    struct CategoryPage
    {
        qint64 id = 0;
        QString name;
        QString path; ///< "category/<slug>.html", unique
        QList<int> posts; ///< indexes into SitePlan::posts, newest first
    };

    QList<Post> posts; ///< newest first
    QList<CategoryPage> categories; ///< by name

    static QString archivePath() { return QStringLiteral("index.html"); }
    /// The archive page of the category @p id, or nullptr when it has none.
    const CategoryPage *category(qint64 id) const;

    /// Reads the posts @p selection picks from @p library. @p step is called after each
    /// post with how many were read and how many there are; returning false from it cancels
    /// (nothing is returned, @p error stays empty). Returns nothing with a message naming the
    /// post when one cannot be read.
    static std::optional<SitePlan> make(const Library &library, const PostSelection &selection,
                                        const std::function<bool(int read, int total)> &step, QString *error);
};

} // namespace QuoteDesk
