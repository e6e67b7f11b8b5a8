// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteplan.h"

#include "article.h"
#include "exportfolder.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

struct Candidate
{
    RecordType type;
    qint64 id;
    QString label;
    QDate saidOn;
    QDateTime createdAt;
    QList<qint64> categoryIds;
};

// Gives each page a path of its own: a second "a" becomes "a-2".
class PathNames final
{
public:
    QString take(const QString &folder, const QString &slug, const QString &fallback)
    {
        const QString base = ExportFolder::safeFileName(slug, fallback).toLower();
        QString name = base;
        for (int n = 2; m_taken.contains(name); ++n)
            name = base + u'-' + QString::number(n);
        m_taken.insert(name);
        return folder + u'/' + name + u".html"_s;
    }

private:
    QSet<QString> m_taken;
};

// Categories whose archive includes @p id's posts: the category and its ancestors.
QList<qint64> withAncestors(qint64 id, const QHash<qint64, Category> &categories)
{
    QList<qint64> chain;
    for (auto it = categories.constFind(id); it != categories.constEnd() && !chain.contains(it->id);) {
        chain.append(it->id);
        it = it->parentId ? categories.constFind(*it->parentId) : categories.constEnd();
    }
    return chain;
}

template<class T>
void addCandidates(const Library &library, const PostSelection &selection, QList<Candidate> &out,
                   QString *error)
{
    for (const T &record : library.list<T>({}, error)) {
        if (!selection.statuses.contains(record.status))
            continue;
        Candidate candidate { T::Type, record.id, record.label(), {}, record.createdAt, record.categoryIds };
        if constexpr (std::is_same_v<T, Quote>) {
            candidate.saidOn = record.saidOn;
        } else {
            if (record.kind == EssayKind::Context && !selection.contextEssaysAsPosts)
                continue;
        }
        out.append(candidate);
    }
}

bool newerFirst(const SitePlan::Post &a, const SitePlan::Post &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    if (a.type != b.type)
        return a.type > b.type;
    return a.id > b.id;
}

} // namespace

const SitePlan::CategoryPage *SitePlan::category(qint64 id) const
{
    const auto found = std::find_if(categories.cbegin(), categories.cend(),
                                    [id](const CategoryPage &page) { return page.id == id; });
    return found == categories.cend() ? nullptr : &*found;
}

std::optional<SitePlan> SitePlan::make(const Library &library, const PostSelection &selection,
                                       const std::function<bool(int, int)> &step, QString *error)
{
    QString listError;
    QList<Candidate> candidates;
    addCandidates<Quote>(library, selection, candidates, &listError);
    addCandidates<Essay>(library, selection, candidates, &listError);
    QHash<qint64, Category> categories;
    for (const Category &category : library.list<Category>({}, &listError))
        categories.insert(category.id, category);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return std::nullopt;
    }

    SitePlan plan;
    for (const Candidate &candidate : std::as_const(candidates)) {
        QString loadError;
        const auto input = loadArticleInput(library, candidate.type, candidate.id, &loadError);
        if (!input) {
            if (error) {
                *error = QCoreApplication::translate("QuoteDesk::SitePlan", "Could not read the %1 “%2”: %3")
                             .arg(recordTypeDisplayName(candidate.type), candidate.label, loadError);
            }
            return std::nullopt;
        }
        const Article article = composeArticle(*input);
        Post post;
        post.type = candidate.type;
        post.id = candidate.id;
        post.title = article.title;
        post.excerpt = article.excerpt;
        post.slug = article.slug;
        post.createdAt = candidate.createdAt;
        post.date = candidate.saidOn.isValid() ? candidate.saidOn : candidate.createdAt.toUTC().date();
        post.categoryIds = candidate.categoryIds;
        plan.posts.append(post);
        if (step && !step(int(plan.posts.size()), int(candidates.size())))
            return std::nullopt;
    }
    std::stable_sort(plan.posts.begin(), plan.posts.end(), newerFirst);

    // Paths are given newest first, so an older post is the one that gets "-2".
    PathNames postNames;
    QHash<qint64, QList<int>> postsOfCategory;
    for (int i = 0; i < plan.posts.size(); ++i) {
        Post &post = plan.posts[i];
        post.path = postNames.take(u"posts"_s, post.slug,
                                   recordTypeName(post.type) + u'-' + QString::number(post.id));
        QList<qint64> own;
        for (const qint64 categoryId : std::as_const(post.categoryIds)) {
            if (!categories.contains(categoryId))
                continue;
            own.append(categoryId);
            for (const qint64 archive : withAncestors(categoryId, categories)) {
                QList<int> &list = postsOfCategory[archive];
                if (!list.contains(i))
                    list.append(i);
            }
        }
        post.categoryIds = own;
    }

    for (auto it = postsOfCategory.cbegin(); it != postsOfCategory.cend(); ++it) {
        const Category &category = categories.value(it.key());
        plan.categories.append({ category.id, category.name, QString(), it.value() });
    }
    std::sort(plan.categories.begin(), plan.categories.end(),
              [](const CategoryPage &a, const CategoryPage &b) {
                  const int order = QString::localeAwareCompare(a.name, b.name);
                  return order != 0 ? order < 0 : a.id < b.id;
              });
    PathNames categoryNames;
    for (CategoryPage &page : plan.categories) {
        page.path = categoryNames.take(
            u"category"_s,
            categories.value(page.id).slug.isEmpty() ? page.name : categories.value(page.id).slug,
            u"category-"_s + QString::number(page.id));
        std::sort(page.posts.begin(), page.posts.end());
    }
    return plan;
}

} // namespace QuoteDesk
