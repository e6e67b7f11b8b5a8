// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace QuoteDesk {

class Library;
class ThumbnailCache;

/// The details of one asset: its preview and file facts, the editable title, author (read
/// from a PDF on import), description, alt text and kind (saved as they are edited), and the records that use
/// it.
class AssetDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    AssetDetailsPane(Library &library, ThumbnailCache &thumbnails, QWidget *parent = nullptr);

    /// Shows @p asset, or nothing; pending edits of the previous asset are saved first.
    void setAsset(const std::optional<Asset> &asset);
    std::optional<Asset> asset() const { return m_asset; }
    /// Saves edits still waiting for their pause in typing.
    void savePendingEdits();

Q_SIGNALS:
    /// The asset was saved with new metadata.
    void assetSaved(const QuoteDesk::Asset &asset);
    void saveCopyRequested();
    void revealRequested();
    void replaceRequested();
    /// A save failed; @p message says why.
    void errorOccurred(const QString &message);

private:
    void save();
    void showPreview();
    void fillUsedBy();

    Library &m_library;
    ThumbnailCache &m_thumbnails;
    std::optional<Asset> m_asset;
    bool m_filling = false;
    QLabel *m_preview;
    QLabel *m_facts;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QPlainTextEdit *m_description;
    QLineEdit *m_altText;
    QComboBox *m_kind;
    QListWidget *m_usedBy;
    QPushButton *m_saveCopy;
    QPushButton *m_reveal;
    QPushButton *m_replace;
    QTimer *m_saveTimer;
};

} // namespace QuoteDesk
