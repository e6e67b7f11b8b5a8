// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QStackedWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace QuoteDesk {

class AssetPanel;
class FillOnUse;
class Library;
class RecordListModel;
class TrashView;

/// Finding records: the navigator (library types and saved views), and the pages it shows
/// beside it — the record list with its filters, the asset panel, the trash, and the results
/// of the search field. The window places the navigator, the search field and the count
/// label; the browser keeps them in step and asks for records to be opened.
class RecordBrowser final : public QStackedWidget
{
    Q_OBJECT
public:
    enum Page { ListPage, AssetsPage, TrashPage, SearchPage };
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    RecordBrowser(Library &library, const Confirm &confirm, QWidget *parent = nullptr);

    QTreeWidget *navigator() const { return m_navigator; }
    QLineEdit *searchField() const { return m_searchField; }
    /// "N records" of the list, for the status bar.
    QLabel *countLabel() const { return m_countLabel; }
    RecordListModel *listModel() const { return m_listModel; }
    QTableView *list() const { return m_list; }
    TrashView *trashView() const { return m_trash; }

    /// Shows the view of the navigator named @p viewName ("quotes", "drafts", "trash", …).
    void showView(const QString &viewName);
    /// Shows the view chosen in the navigator, reading its list again.
    void showCurrentView();
    void focusSearch();
    /// The record chosen in the list while the list has the focus, if any.
    std::optional<RecordRef> focusedRecord() const;
    /// What File ▸ New makes: a category or tag while that list is shown, else a quote.
    RecordType newRecordType() const;
    /// Reads the list again after a change of the library (the trash view follows the
    /// library by itself).
    void reload();

Q_SIGNALS:
    void openRequested(QuoteDesk::RecordType type, qint64 id);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message, int timeoutMs);
    /// The view shown changed, and with it what File ▸ New makes.
    void viewChanged();

private:
    void createNavigator();
    QWidget *createListPage();
    void applyFilters();
    void updateFilters();
    void updateCount();
    void runSearch();
    void openSearchHit(int row);
    /// Widths that let the list fit beside the editor: the title takes what the other columns
    /// leave them, each as wide as its header or the rows read.
    void fitColumns();
    void showColumnMenu(const QPoint &position);

    Library &m_library;
    QTreeWidget *m_navigator;
    RecordListModel *m_listModel;
    QTableView *m_list = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_speakerFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    FillOnUse *m_speakerFilling = nullptr; ///< reads the speakers when the filter is first used
    AssetPanel *m_assets = nullptr; ///< made when first shown
    TrashView *m_trash;
    QListWidget *m_searchResults;
    QLineEdit *m_searchField;
    QTimer *m_searchTimer;
    QLabel *m_countLabel;
    std::optional<RecordType> m_fittedType; ///< the type the columns were last fitted to
};

} // namespace QuoteDesk
