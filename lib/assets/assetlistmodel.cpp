// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetlistmodel.h"

#include "store/library.h"
#include "store/search.h"
#include "thumbnailcache.h"

#include <QMimeData>

#include <numeric>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

AssetListModel::AssetListModel(Library &library, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &AssetListModel::onThumbnailReady);
}

bool AssetListModel::reload(QString *error)
{
    ListOptions options;
    options.descending = true;
    QString problem;
    QList<Asset> assets = m_library.list<Asset>(options, &problem);
    beginResetModel();
    m_assets = problem.isEmpty() ? std::move(assets) : QList<Asset>();
    m_haystacks.clear();
    m_indexOfId.clear();
    m_indexesOfSha.clear();
    for (int i = 0; i < m_assets.size(); ++i) {
        m_haystacks.append(haystackOf(m_assets[i]));
        m_indexOfId.insert(m_assets[i].id, i);
        m_indexesOfSha[m_assets[i].sha256].append(i);
    }
    refilter();
    endResetModel();
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void AssetListModel::upsert(const Asset &asset)
{
    if (const auto found = m_indexOfId.constFind(asset.id); found != m_indexOfId.constEnd()) {
        m_indexesOfSha[m_assets[*found].sha256].removeOne(*found);
        m_indexesOfSha[asset.sha256].append(*found);
        m_assets[*found] = asset;
        m_haystacks[*found] = haystackOf(asset);
        const int row = m_rowOf.value(*found, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // Newest first: a new asset goes on top.
    m_assets.append(asset);
    m_haystacks.append(haystackOf(asset));
    const int assetIndex = int(m_assets.size()) - 1;
    m_indexOfId.insert(asset.id, assetIndex);
    m_indexesOfSha[asset.sha256].append(assetIndex);
    m_rowOf.append(-1);
    if (!matches(assetIndex))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(assetIndex);
    indexRows();
    endInsertRows();
}

void AssetListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = text.toLower().split(u' ', Qt::SkipEmptyParts);
    // The full-text index also finds words by their stem and without accents; the plain
    // substring test finds the type, kind and parts of words.
    m_searchHits.clear();
    SearchQuery query;
    query.text = text;
    query.types = { RecordType::Asset };
    query.limit = int(m_assets.size());
    query.prefixAllWords = true;
    for (const SearchHit &hit : search(m_library, query))
        m_searchHits.insert(hit.id);
    beginResetModel();
    refilter();
    endResetModel();
}

void AssetListModel::setThumbnailSize(int edge)
{
    if (edge == m_thumbnailSize)
        return;
    m_thumbnailSize = edge;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DecorationRole });
}

std::optional<Asset> AssetListModel::assetAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    return m_assets.at(m_rows.at(index.row()));
}

QModelIndex AssetListModel::indexOfId(qint64 id) const
{
    const int assetIndex = m_indexOfId.value(id, -1);
    const int row = m_rowOf.value(assetIndex, -1);
    return row < 0 ? QModelIndex() : index(row);
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags AssetListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList AssetListModel::mimeTypes() const
{
    return { QString::fromLatin1(AssetIdMimeType) };
}

QMimeData *AssetListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QVariant id = data(index, IdRole);
        if (id.isValid())
            ids << QString::number(id.toLongLong());
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(AssetIdMimeType), ids.join(u'\n').toUtf8());
    return mime;
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset &asset = m_assets.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return asset.label();
    case Qt::ToolTipRole:
        return asset.altText.isEmpty() ? asset.originalName : asset.altText;
    case Qt::DecorationRole:
        if (!m_thumbnails)
            return {};
        if (const QImage image = m_thumbnails->thumbnail(asset.sha256, asset.mimeType, m_thumbnailSize);
            !image.isNull())
            return image;
        return {};
    case IdRole:
        return asset.id;
    case Sha256Role:
        return asset.sha256;
    case MimeTypeRole:
        return asset.mimeType;
    case KindRole:
        return nameOf(asset.kind);
    case SizeRole:
        return asset.size;
    default:
        return {};
    }
}

QHash<int, QByteArray> AssetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "assetId");
    names.insert(Sha256Role, "sha256");
    names.insert(MimeTypeRole, "mimeType");
    names.insert(KindRole, "kind");
    names.insert(SizeRole, "size");
    return names;
}

void AssetListModel::onThumbnailReady(const QString &sha256, int edge)
{
    if (edge != m_thumbnailSize)
        return;
    for (const int assetIndex : m_indexesOfSha.value(sha256)) {
        const int row = m_rowOf.value(assetIndex, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { Qt::DecorationRole });
    }
}

bool AssetListModel::matches(int assetIndex) const
{
    if (m_searchHits.contains(m_assets.at(assetIndex).id))
        return true;
    const QString &haystack = m_haystacks.at(assetIndex);
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

void AssetListModel::refilter()
{
    m_rows.clear();
    QList<int> order(m_assets.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_assets.at(a).id > m_assets.at(b).id; });
    for (int i : order) {
        if (matches(i))
            m_rows.append(i);
    }
    indexRows();
}

void AssetListModel::indexRows()
{
    m_rowOf.fill(-1, m_assets.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows[row]] = row;
}

QString AssetListModel::haystackOf(const Asset &asset)
{
    return QStringList { asset.title,  asset.originalName, asset.description,       asset.altText,
                         asset.author, asset.mimeType,     displayName(asset.kind), nameOf(asset.kind) }
        .join(u'\n')
        .toLower();
}

} // namespace QuoteDesk
