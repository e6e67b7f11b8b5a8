// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetdetailspane.h"

#include "assets/thumbnailcache.h"
#include "store/library.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

constexpr int PreviewSize = 256;
// Typing pauses this long before a description is saved.
constexpr int SaveDelayMs = 600;

} // namespace

AssetDetailsPane::AssetDetailsPane(Library &library, ThumbnailCache &thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_thumbnails(thumbnails)
    , m_preview(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_altText(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_usedBy(new QListWidget(this))
    , m_saveCopy(new QPushButton(tr("Save a Copy…"), this))
    , m_reveal(new QPushButton(tr("Show in Folder"), this))
    , m_replace(new QPushButton(tr("Replace File…"), this))
    , m_saveTimer(new QTimer(this))
{
    m_preview->setObjectName(u"assetPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(PreviewSize, PreviewSize / 2);
    m_facts->setObjectName(u"assetFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"assetTitle"_s);
    m_author->setObjectName(u"assetAuthor"_s);
    m_author->setPlaceholderText(tr("Who wrote or made it"));
    m_description->setObjectName(u"assetDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    m_altText->setObjectName(u"assetAltText"_s);
    m_altText->setPlaceholderText(tr("Describe the picture for readers who cannot see it"));
    m_kind->setObjectName(u"assetKind"_s);
    for (const AssetKind kind :
         { AssetKind::Brochure, AssetKind::Image, AssetKind::Infographic, AssetKind::Portrait })
        m_kind->addItem(displayName(kind), int(kind));
    m_usedBy->setObjectName(u"assetUsedBy"_s);
    m_usedBy->setMaximumHeight(110);
    m_usedBy->setAccessibleName(tr("Used by"));
    m_saveCopy->setObjectName(u"assetSaveCopy"_s);
    m_reveal->setObjectName(u"assetReveal"_s);
    m_replace->setObjectName(u"assetReplace"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Alt text:"), m_altText);
    form->addRow(tr("&Kind:"), m_kind);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveCopy);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_replace);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_facts);
    layout->addLayout(form);
    auto *usedByLabel = new QLabel(tr("&Used by:"), this);
    usedByLabel->setBuddy(m_usedBy);
    layout->addWidget(usedByLabel);
    layout->addWidget(m_usedBy);
    layout->addLayout(buttons);
    layout->addStretch();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &AssetDetailsPane::save);
    const auto editSoon = [this] {
        if (!m_filling)
            m_saveTimer->start();
    };
    connect(m_title, &QLineEdit::textEdited, this, editSoon);
    connect(m_author, &QLineEdit::textEdited, this, editSoon);
    connect(m_altText, &QLineEdit::textEdited, this, editSoon);
    connect(m_description, &QPlainTextEdit::textChanged, this, editSoon);
    connect(m_title, &QLineEdit::editingFinished, this, &AssetDetailsPane::savePendingEdits);
    connect(m_author, &QLineEdit::editingFinished, this, &AssetDetailsPane::savePendingEdits);
    connect(m_altText, &QLineEdit::editingFinished, this, &AssetDetailsPane::savePendingEdits);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            save();
    });
    connect(m_saveCopy, &QPushButton::clicked, this, &AssetDetailsPane::saveCopyRequested);
    connect(m_reveal, &QPushButton::clicked, this, &AssetDetailsPane::revealRequested);
    connect(m_replace, &QPushButton::clicked, this, &AssetDetailsPane::replaceRequested);
    connect(&m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString &sha256, int edge) {
        if (m_asset && m_asset->sha256 == sha256 && edge == PreviewSize)
            showPreview();
    });
    setAsset(std::nullopt);
}

void AssetDetailsPane::setAsset(const std::optional<Asset> &asset)
{
    savePendingEdits();
    m_asset = asset;
    m_filling = true;
    const bool shown = asset.has_value();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_title, m_author, m_description, m_altText,
                                                              m_kind, m_saveCopy, m_reveal, m_replace })
        widget->setEnabled(shown && !m_library.isReadOnly());
    m_saveCopy->setEnabled(shown);
    m_reveal->setEnabled(shown);
    m_title->setText(shown ? asset->title : QString());
    m_title->setPlaceholderText(shown ? asset->originalName : QString());
    m_author->setText(shown ? asset->author : QString());
    m_description->setPlainText(shown ? asset->description : QString());
    m_altText->setText(shown ? asset->altText : QString());
    m_kind->setCurrentIndex(shown ? m_kind->findData(int(asset->kind)) : -1);
    m_filling = false;
    if (!shown) {
        m_preview->setText(tr("Select an asset to see its details."));
        m_facts->clear();
        m_usedBy->clear();
        return;
    }
    const QLocale locale;
    QStringList facts { asset->originalName, asset->mimeType, locale.formattedDataSize(asset->size) };
    if (asset->pageCount > 0)
        facts.append(tr("%n page(s)", nullptr, asset->pageCount));
    else if (asset->width > 0)
        facts.append(tr("%1 × %2 pixels").arg(locale.toString(asset->width), locale.toString(asset->height)));
    m_facts->setText(facts.join(u" · "_s));
    showPreview();
    fillUsedBy();
}

void AssetDetailsPane::showPreview()
{
    const QImage image = m_thumbnails.thumbnail(m_asset->sha256, m_asset->mimeType, PreviewSize);
    if (image.isNull())
        m_preview->setText(tr("Loading preview…"));
    else
        m_preview->setPixmap(QPixmap::fromImage(image));
}

void AssetDetailsPane::fillUsedBy()
{
    m_usedBy->clear();
    const QList<RecordRef> users = m_library.usedBy(RecordType::Asset, m_asset->id);
    for (const RecordRef &user : users)
        m_usedBy->addItem(recordTypeDisplayName(user.type) + u": "_s + user.label);
    if (users.isEmpty())
        m_usedBy->addItem(tr("Not used yet"));
}

void AssetDetailsPane::savePendingEdits()
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        save();
    }
}

void AssetDetailsPane::save()
{
    if (!m_asset)
        return;
    Asset edited = *m_asset;
    edited.title = m_title->text().trimmed();
    edited.author = m_author->text().trimmed();
    edited.description = m_description->toPlainText();
    edited.altText = m_altText->text().trimmed();
    edited.kind = AssetKind(m_kind->currentData().toInt());
    if (edited.title == m_asset->title && edited.author == m_asset->author
        && edited.description == m_asset->description && edited.altText == m_asset->altText
        && edited.kind == m_asset->kind)
        return;
    QString error;
    if (!m_library.save(edited, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    m_asset = edited;
    Q_EMIT assetSaved(edited);
}

} // namespace QuoteDesk
