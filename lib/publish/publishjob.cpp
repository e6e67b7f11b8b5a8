// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishjob.h"

#include "publicationstore.h"
#include "sitesession.h"
#include "store/library.h"
#include "wppayload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

const QString s_postFields = u"id,link,modified_gmt,status,slug,categories,tags,featured_media"_s;

QUrlQuery queryOf(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, item.second);
    return query;
}

QString raw(const QJsonObject &post, QLatin1StringView key)
{
    return post.value(key).toObject().value("raw"_L1).toString();
}

} // namespace

PublishJob::PublishJob(Library *library, SiteSession *session, const PublishInput &input,
                       const PublishOptions &options, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_session(session)
    , m_input(input)
    , m_options(options)
{
}

QString PublishJob::stepLabel(Step step)
{
    switch (step) {
    case Step::Check:
        return tr("Checking the post");
    case Step::Connect:
        return tr("Connecting to the site");
    case Step::Compare:
        return tr("Comparing with the site");
    case Step::Media:
        return tr("Uploading files");
    case Step::Terms:
        return tr("Matching categories and tags");
    case Step::Post:
        return tr("Writing the post");
    case Step::Record:
        return tr("Recording the publication");
    }
    return {};
}

void PublishJob::enter(Step step)
{
    Q_EMIT stepStarted(step, stepLabel(step));
}

void PublishJob::start()
{
    m_running = true;
    m_result.contentHash = WpPayload::contentHash(m_input);
    enter(Step::Check);
    QString error;
    if (!WpPayload::validate(m_input, m_options, QDateTime::currentDateTimeUtc(), &error)) {
        fail(makeError(WpError::Kind::Invalid, error));
        return;
    }
    enter(Step::Connect);
    m_session->connectToSite(this, [this](const WpError &e) {
        if (e.isError()) {
            fail(e);
            return;
        }
        const WpSite::User &user = *m_session->user();
        if (m_options.status != PostStatus::Draft && !user.canPublish) {
            fail(
                makeError(WpError::Kind::NoPermission,
                          tr("%1 may not publish on this site, only write drafts. Publish as a draft, or ask "
                             "the site's administrator for the Author role or above.")
                              .arg(user.name)));
            return;
        }
        compare();
    });
}

void PublishJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void PublishJob::sendRaw(const WpRequest &request, Handler onAnyResult)
{
    if (m_cancelled) {
        fail(makeError(WpError::Kind::Cancelled, tr("Cancelled; nothing more was sent.")));
        return;
    }
    m_call = m_session->client()->send(request, this, std::move(onAnyResult));
}

void PublishJob::send(const WpRequest &request, Handler onSuccess)
{
    sendRaw(request, [this, onSuccess = std::move(onSuccess)](const WpResult &result) {
        if (!result.ok())
            fail(result.error);
        else
            onSuccess(result);
    });
}

void PublishJob::compare()
{
    enter(Step::Compare);
    const auto publication =
        PublicationStore::find(*m_library, m_input.recordType, m_input.recordId, m_session->site().id);
    if (!publication || publication->remoteId == 0) {
        lookUpBySlug();
        return;
    }
    const qint64 id = publication->remoteId;
    const QString recorded = publication->remoteModifiedGmt;
    const auto query = queryOf(
        { { u"context"_s, u"edit"_s }, { u"_fields"_s, u"id,modified_gmt,title,content,excerpt,status"_s } });
    sendRaw(WpRequest::get(u"wp/v2/posts/%1"_s.arg(id), query), [this, id, recorded](const WpResult &result) {
        if (!result.ok()) {
            m_postGone = result.error.kind == WpError::Kind::NotFound;
            fail(result.error);
            return;
        }
        const QJsonObject post = result.object();
        const QString siteModified = post.value("modified_gmt"_L1).toString();
        m_remoteId = id;
        if (siteModified == recorded || m_options.overwrite) {
            checkKnownMedia();
            return;
        }
        // The site changed since our last write, unless the change is our own write whose
        // reply was lost: then the site holds exactly what we would send.
        QStringList shas;
        for (const PublishMedia &m : std::as_const(m_input.media))
            shas << m.sha256;
        const auto known = PublicationStore::remoteMedia(*m_library, m_session->site().id, shas);
        RemoteMediaMap map;
        for (const PublishMedia &m : std::as_const(m_input.media)) {
            if (known.contains(m.sha256))
                map.insert(m.assetId, known.value(m.sha256));
        }
        PublishConflict conflict;
        conflict.remoteId = id;
        conflict.recordedModifiedGmt = recorded;
        conflict.siteModifiedGmt = siteModified;
        conflict.siteTitle = raw(post, "title"_L1);
        conflict.siteContent = raw(post, "content"_L1);
        conflict.siteExcerpt = raw(post, "excerpt"_L1);
        conflict.localTitle = m_input.title;
        conflict.localContent = m_input.content(map);
        conflict.localExcerpt = m_input.excerpt;
        conflict.media = map;
        if (conflict.siteTitle == conflict.localTitle && conflict.siteContent == conflict.localContent
            && conflict.siteExcerpt.trimmed() == conflict.localExcerpt.trimmed()) {
            checkKnownMedia();
            return;
        }
        m_result.conflict = conflict;
        fail(makeError(WpError::Kind::Conflict,
                       tr("“%1” was changed on the site since it was last published from here. Nothing was "
                          "written. Compare the two versions, then overwrite the site, take the site's "
                          "version, or cancel.")
                           .arg(m_input.title)));
    });
}

void PublishJob::lookUpBySlug()
{
    // A post created by an earlier attempt whose reply was lost has our slug: adopt it.
    const auto query = queryOf({ { u"slug"_s, m_input.slug },
                                 { u"status"_s, u"any"_s },
                                 { u"context"_s, u"edit"_s },
                                 { u"_fields"_s, u"id,modified_gmt,title,status"_s } });
    send(WpRequest::get(u"wp/v2/posts"_s, query), [this](const WpResult &result) {
        const QJsonArray posts = result.json.toArray();
        if (posts.isEmpty()) {
            checkKnownMedia();
            return;
        }
        const QJsonObject post = posts.first().toObject();
        if (raw(post, "title"_L1).trimmed() != m_input.title.trimmed()) {
            fail(makeError(WpError::Kind::Invalid,
                           tr("The site already has another post with the slug “%1” (post %2, “%3”). "
                              "Change the slug of this post, or delete that one on the site.")
                               .arg(m_input.slug)
                               .arg(post.value("id"_L1).toInteger())
                               .arg(raw(post, "title"_L1))));
            return;
        }
        m_remoteId = post.value("id"_L1).toInteger();
        m_result.warnings << tr("Found the post on the site from an earlier attempt (post %1); updated it "
                                "instead of creating another.")
                                 .arg(m_remoteId);
        checkKnownMedia();
    });
}

void PublishJob::checkKnownMedia()
{
    enter(Step::Media);
    QStringList shas;
    for (const PublishMedia &m : std::as_const(m_input.media))
        shas << m.sha256;
    const auto known = PublicationStore::remoteMedia(*m_library, m_session->site().id, shas);
    if (known.isEmpty()) {
        nextMedia(0);
        return;
    }
    // One request confirms the remembered files are still on the site.
    QStringList ids;
    for (const RemoteMedia &r : known)
        ids << QString::number(r.id);
    const auto query = queryOf({ { u"include"_s, ids.join(u',') },
                                 { u"per_page"_s, u"100"_s },
                                 { u"_fields"_s, u"id,source_url"_s } });
    send(WpRequest::get(u"wp/v2/media"_s, query), [this, known](const WpResult &result) {
        QHash<qint64, QString> present;
        const QJsonArray items = result.json.toArray();
        for (const QJsonValue &item : items)
            present.insert(item[u"id"_s].toInteger(), item[u"source_url"_s].toString());
        for (const PublishMedia &m : std::as_const(m_input.media)) {
            const auto it = known.constFind(m.sha256);
            if (it == known.cend())
                continue;
            if (present.contains(it->id)) {
                m_media.insert(m.assetId, RemoteMedia { it->id, present.value(it->id) });
            } else {
                PublicationStore::forgetMedia(*m_library, m_session->site().id, m.sha256, nullptr);
            }
        }
        nextMedia(0);
    });
}

void PublishJob::nextMedia(int index)
{
    const int total = int(m_input.media.size());
    while (index < total && m_media.contains(m_input.media.at(index).assetId)) {
        ++m_result.mediaReused;
        ++index;
    }
    Q_EMIT progress(index, total);
    if (index >= total) {
        enter(Step::Terms);
        resolveTerms(0);
        return;
    }
    const PublishMedia &m = m_input.media.at(index);
    const auto query =
        queryOf({ { u"slug"_s, WpPayload::mediaSlug(m) }, { u"_fields"_s, u"id,source_url"_s } });
    send(WpRequest::get(u"wp/v2/media"_s, query), [this, index](const WpResult &result) {
        const QJsonArray found = result.json.toArray();
        if (found.isEmpty()) {
            uploadMedia(index);
            return;
        }
        const QJsonObject item = found.first().toObject();
        mediaDone(index,
                  RemoteMedia { item.value("id"_L1).toInteger(), item.value("source_url"_L1).toString() },
                  false);
    });
}

void PublishJob::uploadMedia(int index)
{
    const PublishMedia &m = m_input.media.at(index);
    QUrlQuery query =
        queryOf({ { u"slug"_s, WpPayload::mediaSlug(m) }, { u"_fields"_s, u"id,source_url"_s } });
    if (!m.title.isEmpty())
        query.addQueryItem(u"title"_s, m.title);
    if (!m.altText.isEmpty())
        query.addQueryItem(u"alt_text"_s, m.altText);
    const auto request =
        WpRequest::upload(u"wp/v2/media"_s, m.filePath, m.fileName, m.mimeType.toUtf8(), query);
    send(request, [this, index](const WpResult &result) {
        const QJsonObject item = result.object();
        if (item.value("id"_L1).toInteger() <= 0) {
            fail(makeError(WpError::Kind::BadResponse,
                           tr("The site accepted the file but sent no media id back.")));
            return;
        }
        mediaDone(index,
                  RemoteMedia { item.value("id"_L1).toInteger(), item.value("source_url"_L1).toString() },
                  true);
    });
}

void PublishJob::mediaDone(int index, const RemoteMedia &remote, bool uploaded)
{
    const PublishMedia &m = m_input.media.at(index);
    m_media.insert(m.assetId, remote);
    uploaded ? ++m_result.mediaUploaded : ++m_result.mediaReused;
    // Remembered at once: a later failure must not make the next attempt upload it again.
    QString error;
    if (!PublicationStore::rememberMedia(*m_library, m_session->site().id, m.sha256, remote, &error)) {
        fail(makeError(WpError::Kind::Invalid,
                       tr("Could not note the uploaded file in the library: %1").arg(error)));
        return;
    }
    nextMedia(index + 1);
}

void PublishJob::resolveTerms(int index)
{
    const int categories = int(m_input.categories.size());
    const int total = categories + int(m_input.tags.size());
    if (index >= total) {
        writePost();
        return;
    }
    const bool isCategory = index < categories;
    const QString taxonomy = isCategory ? u"categories"_s : u"tags"_s;
    const QString name = isCategory ? m_input.categories.at(index) : m_input.tags.at(index - categories);
    auto take = [this, index, isCategory, taxonomy, name](qint64 id) {
        m_session->setTermId(taxonomy, name, id);
        (isCategory ? m_categoryIds : m_tagIds) << id;
        resolveTerms(index + 1);
    };
    if (const auto cached = m_session->termId(taxonomy, name)) {
        take(*cached);
        return;
    }
    const auto query = queryOf({ { u"search"_s, WpPayload::termSearchText(name) },
                                 { u"per_page"_s, u"100"_s },
                                 { u"_fields"_s, u"id,name"_s } });
    send(WpRequest::get(u"wp/v2/"_s + taxonomy, query), [this, taxonomy, name, take](const WpResult &result) {
        if (const auto id = WpPayload::findTerm(result.json.toArray(), name)) {
            take(*id);
            return;
        }
        sendRaw(WpRequest::post(u"wp/v2/"_s + taxonomy, { { u"name"_s, name } }),
                [this, take](const WpResult &created) {
                    if (created.ok())
                        take(created.object().value("id"_L1).toInteger());
                    else if (created.error.code == "term_exists"_L1
                             && created.error.data.contains("term_id"_L1))
                        take(created.error.data.value("term_id"_L1).toInteger());
                    else
                        fail(created.error);
                });
    });
}

void PublishJob::writePost()
{
    enter(Step::Post);
    const qint64 featured = m_input.featuredAssetId ? m_media.value(*m_input.featuredAssetId).id : 0;
    m_sent = WpPayload::post(m_input, m_input.content(m_media), m_options, m_categoryIds, m_tagIds, featured);
    const QString route = m_remoteId ? u"wp/v2/posts/%1"_s.arg(m_remoteId) : u"wp/v2/posts"_s;
    send(WpRequest::post(route, m_sent, queryOf({ { u"_fields"_s, s_postFields } })),
         [this](const WpResult &result) { record(result.object()); });
}

void PublishJob::record(const QJsonObject &post)
{
    enter(Step::Record);
    const qint64 id = post.value("id"_L1).toInteger();
    if (id <= 0) {
        fail(makeError(WpError::Kind::BadResponse, tr("The site answered without the post's id.")));
        return;
    }
    const QStringList problems = WpPayload::checkReturnedPost(m_sent, post);
    if (!problems.isEmpty())
        m_session->clearTermIds(); // a dropped term id may be a stale cache entry
    m_result.warnings << problems;
    m_result.remoteId = id;
    m_result.link = post.value("link"_L1).toString();
    m_result.status = post.value("status"_L1).toString();
    m_result.modifiedGmt = post.value("modified_gmt"_L1).toString();

    Publication publication =
        PublicationStore::find(*m_library, m_input.recordType, m_input.recordId, m_session->site().id)
            .value_or(Publication {});
    publication.recordType = m_input.recordType;
    publication.recordId = m_input.recordId;
    publication.siteId = m_session->site().id;
    publication.remoteId = id;
    publication.link = m_result.link;
    publication.remoteModifiedGmt = m_result.modifiedGmt;
    publication.contentHash = m_result.contentHash;
    publication.syncedAt = QDateTime::currentDateTimeUtc();
    publication.lastError.clear();
    QString error;
    if (!m_library->save(publication, &error)) {
        // The post is on the site; the next attempt finds it by its slug.
        fail(makeError(WpError::Kind::Invalid,
                       tr("The post was published, but the library could not record it: %1").arg(error)));
        return;
    }
    finish();
}

void PublishJob::fail(const WpError &error)
{
    if (!m_running)
        return;
    m_result.error = error;
    if (m_cancelled && error.kind != WpError::Kind::Conflict)
        m_result.error = makeError(WpError::Kind::Cancelled, tr("Cancelled; nothing more was sent."));
    const auto kind = m_result.error.kind;
    if (kind != WpError::Kind::Cancelled && kind != WpError::Kind::Conflict && m_session) {
        // Note the failure on the publication (the record itself stays untouched), so the
        // sync state says "failed" until a retry succeeds.
        Publication publication =
            PublicationStore::find(*m_library, m_input.recordType, m_input.recordId, m_session->site().id)
                .value_or(Publication {});
        publication.recordType = m_input.recordType;
        publication.recordId = m_input.recordId;
        publication.siteId = m_session->site().id;
        if (m_postGone)
            publication.remoteId = 0;
        publication.lastError = m_result.error.message;
        m_library->save(publication, nullptr);
    }
    finish();
}

void PublishJob::finish()
{
    m_running = false;
    Q_EMIT finished(m_result);
}

} // namespace QuoteDesk
