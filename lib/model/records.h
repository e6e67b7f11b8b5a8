// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of a QuoteDesk library as plain value types.
//
// Every record lists its fields once, in visit(): the store, the JSON export/import, the
// revision snapshots and the validators all walk that one list with a visitor. A visitor
// has these members (each takes the field's stable snake_case name, which is also the
// database column and the JSON key):
//   field(key, QString& | qint64& | int& | bool& | QDate& | QDateTime& | QStringList&)
//   choice(key, QString& value, const QStringList& allowed)   - an enumeration, as its name
//   reference(key, std::optional<qint64>& id, RecordType target) - a link to one record
//   links(key, QList<qint64>& ids, RecordType target)           - an ordered list of links

#include "recordtype.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace QuoteDesk {

/// Workflow of a quote or essay: idea → draft → ready → published (→ archived).
enum class WorkflowStatus { Idea, Draft, Ready, Published, Archived };
enum class EssayKind { Context, Profile, Infographic, General };
enum class AssetKind { Brochure, Image, Infographic, Portrait };

QStringList workflowStatusNames();
QStringList essayKindNames();
QStringList assetKindNames();
QString nameOf(WorkflowStatus status);
QString nameOf(EssayKind kind);
QString nameOf(AssetKind kind);
/// Translated, person-readable names for lists and editors.
QString displayName(WorkflowStatus status);
QString displayName(EssayKind kind);
QString displayName(AssetKind kind);
std::optional<WorkflowStatus> workflowStatusFromString(QStringView name);
std::optional<EssayKind> essayKindFromString(QStringView name);
std::optional<AssetKind> assetKindFromString(QStringView name);

namespace detail {
// Lets an enum field take part in a visit as its stable name.
template<class Visitor, class Enum, class Parse>
void visitChoice(Visitor &v, QLatin1StringView key, Enum &value, const QStringList &allowed, Parse parse)
{
    QString name = nameOf(value);
    v.choice(key, name, allowed);
    if (const auto parsed = parse(name))
        value = *parsed;
}
} // namespace detail

/// The fields every record has.
struct RecordBase
{
    qint64 id = 0; ///< row id in this library; 0 for a record not saved yet
    QString uuid; ///< stable across export and import
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< set while the record is in the trash

    bool isNew() const { return id == 0; }
    bool isTrashed() const { return deletedAt.isValid(); }

    template<class Visitor>
    void visitBase(Visitor &v)
    {
        v.field(QLatin1StringView("id"), id);
        v.field(QLatin1StringView("uuid"), uuid);
        v.field(QLatin1StringView("created_at"), createdAt);
        v.field(QLatin1StringView("updated_at"), updatedAt);
        v.field(QLatin1StringView("deleted_at"), deletedAt);
    }
};

struct Speaker : RecordBase
{
    static constexpr RecordType Type = RecordType::Speaker;
    QString name;
    QString role; ///< current role or title ("CEO")
    QString organisation;
    QString headline; ///< "Visionary Leader Behind Nvidia"
    QString biography; ///< Markdown, sectioned with headings
    std::optional<qint64> portraitAssetId;
    QStringList links;

    QString label() const { return name; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("name"), name);
        v.field(QLatin1StringView("role"), role);
        v.field(QLatin1StringView("organisation"), organisation);
        v.field(QLatin1StringView("headline"), headline);
        v.field(QLatin1StringView("biography"), biography);
        v.reference(QLatin1StringView("portrait_asset_id"), portraitAssetId, RecordType::Asset);
        v.field(QLatin1StringView("links"), links);
    }
};

struct Essay : RecordBase
{
    static constexpr RecordType Type = RecordType::Essay;
    QString title;
    EssayKind kind = EssayKind::Context;
    WorkflowStatus status = WorkflowStatus::Draft;
    QString body; ///< Markdown
    QString sources; ///< Markdown list of sources
    QString slug;
    QString excerpt;
    std::optional<qint64> featuredAssetId;
    QList<qint64> categoryIds;
    QList<qint64> tagIds;

    QString label() const { return title; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("title"), title);
        detail::visitChoice(v, QLatin1StringView("kind"), kind, essayKindNames(), essayKindFromString);
        detail::visitChoice(v, QLatin1StringView("status"), status, workflowStatusNames(),
                            workflowStatusFromString);
        v.field(QLatin1StringView("body"), body);
        v.field(QLatin1StringView("sources"), sources);
        v.field(QLatin1StringView("slug"), slug);
        v.field(QLatin1StringView("excerpt"), excerpt);
        v.reference(QLatin1StringView("featured_asset_id"), featuredAssetId, RecordType::Asset);
        v.links(QLatin1StringView("categories"), categoryIds, RecordType::Category);
        v.links(QLatin1StringView("tags"), tagIds, RecordType::Tag);
    }
};

struct Quote : RecordBase
{
    static constexpr RecordType Type = RecordType::Quote;
    QString text; ///< the quotation itself, without quotation marks
    std::optional<qint64> speakerId;
    QString speakerRole; ///< role at the time the words were said
    QDate saidOn;
    QString whereLabel; ///< "interview with Redpoint"
    QString whereUrl;
    std::optional<qint64> essayId; ///< the context essay
    QString commentary; ///< Markdown: takeaways, conclusion
    QString title; ///< the post title as it will be published
    bool titleEdited = false; ///< false while the title follows the title template
    QString slug;
    bool slugEdited = false; ///< false while the slug follows the title
    QString excerpt;
    std::optional<qint64> featuredAssetId;
    std::optional<qint64> brochureAssetId; ///< shown as a "Download brochure" block
    WorkflowStatus status = WorkflowStatus::Draft;
    QList<qint64> categoryIds;
    QList<qint64> tagIds;

    QString label() const { return title.isEmpty() ? text.left(80) : title; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("text"), text);
        v.reference(QLatin1StringView("speaker_id"), speakerId, RecordType::Speaker);
        v.field(QLatin1StringView("speaker_role"), speakerRole);
        v.field(QLatin1StringView("said_on"), saidOn);
        v.field(QLatin1StringView("where_label"), whereLabel);
        v.field(QLatin1StringView("where_url"), whereUrl);
        v.reference(QLatin1StringView("essay_id"), essayId, RecordType::Essay);
        v.field(QLatin1StringView("commentary"), commentary);
        v.field(QLatin1StringView("title"), title);
        v.field(QLatin1StringView("title_edited"), titleEdited);
        v.field(QLatin1StringView("slug"), slug);
        v.field(QLatin1StringView("slug_edited"), slugEdited);
        v.field(QLatin1StringView("excerpt"), excerpt);
        v.reference(QLatin1StringView("featured_asset_id"), featuredAssetId, RecordType::Asset);
        v.reference(QLatin1StringView("brochure_asset_id"), brochureAssetId, RecordType::Asset);
        detail::visitChoice(v, QLatin1StringView("status"), status, workflowStatusNames(),
                            workflowStatusFromString);
        v.links(QLatin1StringView("categories"), categoryIds, RecordType::Category);
        v.links(QLatin1StringView("tags"), tagIds, RecordType::Tag);
    }
};

struct Asset : RecordBase
{
    static constexpr RecordType Type = RecordType::Asset;
    QString sha256; ///< lower-case hex of the content's SHA-256
    QString originalName;
    QString mimeType;
    qint64 size = 0;
    QString title;
    QString description;
    QString altText;
    AssetKind kind = AssetKind::Image;
    int width = 0; ///< pixels, for images
    int height = 0;
    int pageCount = 0; ///< for PDFs
    QString author; ///< for PDFs: from the document information, as imported

    QString label() const { return title.isEmpty() ? originalName : title; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("sha256"), sha256);
        v.field(QLatin1StringView("original_name"), originalName);
        v.field(QLatin1StringView("mime_type"), mimeType);
        v.field(QLatin1StringView("size"), size);
        v.field(QLatin1StringView("title"), title);
        v.field(QLatin1StringView("description"), description);
        v.field(QLatin1StringView("alt_text"), altText);
        detail::visitChoice(v, QLatin1StringView("kind"), kind, assetKindNames(), assetKindFromString);
        v.field(QLatin1StringView("width"), width);
        v.field(QLatin1StringView("height"), height);
        v.field(QLatin1StringView("page_count"), pageCount);
        v.field(QLatin1StringView("author"), author);
    }
};

struct Category : RecordBase
{
    static constexpr RecordType Type = RecordType::Category;
    QString name;
    QString slug;
    std::optional<qint64> parentId;

    QString label() const { return name; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("name"), name);
        v.field(QLatin1StringView("slug"), slug);
        v.reference(QLatin1StringView("parent_id"), parentId, RecordType::Category);
    }
};

struct Tag : RecordBase
{
    static constexpr RecordType Type = RecordType::Tag;
    QString name;
    QString slug;

    QString label() const { return name; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("name"), name);
        v.field(QLatin1StringView("slug"), slug);
    }
};

/// A WordPress site to publish to. The password is never part of the record: only the key
/// under which the credential store keeps it.
struct Site : RecordBase
{
    static constexpr RecordType Type = RecordType::Site;
    QString name;
    QString baseUrl;
    QString userName;
    QString credentialKey;
    WorkflowStatus defaultStatus = WorkflowStatus::Draft;

    QString label() const { return name; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("name"), name);
        v.field(QLatin1StringView("base_url"), baseUrl);
        v.field(QLatin1StringView("user_name"), userName);
        v.field(QLatin1StringView("credential_key"), credentialKey);
        detail::visitChoice(v, QLatin1StringView("default_status"), defaultStatus, workflowStatusNames(),
                            workflowStatusFromString);
    }
};

/// What was last sent of one record to one site. The sync state shown to the user is
/// derived from it, never stored.
struct Publication : RecordBase
{
    static constexpr RecordType Type = RecordType::Publication;
    QString recordType; ///< "quote" or "essay"
    qint64 recordId = 0;
    std::optional<qint64> siteId;
    qint64 remoteId = 0;
    QString link;
    QString remoteModifiedGmt; ///< as the site sent it: UTC without offset
    QString contentHash; ///< hash of everything that was sent
    QDateTime syncedAt;
    QString lastError; ///< non-empty after a failed publish

    QString label() const { return link; }

    template<class Visitor>
    void visit(Visitor &v)
    {
        visitBase(v);
        v.field(QLatin1StringView("record_type"), recordType);
        v.field(QLatin1StringView("record_id"), recordId);
        v.reference(QLatin1StringView("site_id"), siteId, RecordType::Site);
        v.field(QLatin1StringView("remote_id"), remoteId);
        v.field(QLatin1StringView("link"), link);
        v.field(QLatin1StringView("remote_modified_gmt"), remoteModifiedGmt);
        v.field(QLatin1StringView("content_hash"), contentHash);
        v.field(QLatin1StringView("synced_at"), syncedAt);
        v.field(QLatin1StringView("last_error"), lastError);
    }
};

/// An asset as the WordPress site has it after upload.
struct RemoteMedia
{
    qint64 id = 0; ///< the site's media id
    QString url; ///< the file's URL on the site
};

} // namespace QuoteDesk
