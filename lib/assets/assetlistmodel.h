// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace QuoteDesk {

class Library;
class ThumbnailCache;

/// The assets of a library (not in the trash), newest first, for a grid or list view.
/// Thumbnails load lazily: the decoration of a row is asked of the ThumbnailCache only when
/// a view paints that row, and the row changes when the thumbnail arrives. A search text
/// keeps the assets the full-text index finds for it (Search) and those whose title, file
/// name, description, alt text, type or kind contain every word of it.
class AssetListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        Sha256Role,
        MimeTypeRole,
        KindRole,
        SizeRole,
    };

    /// @p thumbnails may be null: rows then have no decoration.
    AssetListModel(Library &library, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    /// Reads the assets from the library again.
    bool reload(QString *error = nullptr);
    /// Adds @p asset, or updates the row that shows it, without reading the library again.
    void upsert(const Asset &asset);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    /// Edge of the thumbnails shown as decoration (default 128).
    int thumbnailSize() const { return m_thumbnailSize; }
    void setThumbnailSize(int edge);

    std::optional<Asset> assetAt(const QModelIndex &index) const;
    QModelIndex indexOfId(qint64 id) const;
    /// Assets in the library, whatever the search text.
    int totalCount() const { return int(m_assets.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// What a drag of assets carries: their ids, one per line (the Markdown editor turns a
    /// drop of it into image markup).
    static constexpr auto AssetIdMimeType = "application/x-quotedesk-asset-id";
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    void onThumbnailReady(const QString &sha256, int edge);
    bool matches(int assetIndex) const;
    void refilter();
    void indexRows();
    static QString haystackOf(const Asset &asset);

    Library &m_library;
    ThumbnailCache *m_thumbnails;
    QList<Asset> m_assets;
    QStringList m_haystacks; ///< lower-case searchable text per asset
    QList<int> m_rows; ///< row → index into m_assets
    QList<int> m_rowOf; ///< index into m_assets → row, -1 when filtered out
    QHash<qint64, int> m_indexOfId; ///< id → index into m_assets
    QHash<QString, QList<int>> m_indexesOfSha; ///< content hash → indexes into m_assets
    QString m_searchText;
    QStringList m_searchWords;
    QSet<qint64> m_searchHits; ///< ids the full-text index found for the search text
    int m_thumbnailSize = 128;
};

} // namespace QuoteDesk
