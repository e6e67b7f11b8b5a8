// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbrowser.h"

#include "assetpanel.h"
#include "document/recordlistmodel.h"
#include "store/library.h"
#include "store/search.h"
#include "trashview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

constexpr int ViewRole = Qt::UserRole;

// Fills @p combo with "any" and the records of @p type; false, with @p error, when the library
// could not be read.
bool fillFilter(QComboBox *combo, const QString &anyText, const Library &library, RecordType type,
                QString *error)
{
    combo->clear();
    combo->addItem(anyText);
    error->clear(); // one error string serves several filters
    const QList<RecordRef> refs = library.listLabels(type, error);
    for (const RecordRef &ref : refs)
        combo->addItem(ref.label, ref.id);
    return error->isEmpty();
}

std::optional<qint64> idOf(const QVariant &data)
{
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

} // namespace

// Runs what it was armed with once, the first time the person reaches its combo box (focus,
// a click, a key or the wheel), before the box handles that. A large library has 10,000
// speakers: reading them and adding them to the speaker filter took longer than the rest of
// the window's start, for a filter most starts never open.
class FillOnUse final : public QObject
{
public:
    explicit FillOnUse(QComboBox *combo)
        : QObject(combo)
    {
        combo->installEventFilter(this);
    }
    void arm(std::function<void()> fill) { m_fill = std::move(fill); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            if (const auto fill = std::exchange(m_fill, {}))
                fill();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_fill;
};

// Up, Down, Page Up and Page Down typed in the search field move through the results shown,
// so that one can search, pick a hit and press Enter without leaving the field.
class WalkResults final : public QObject
{
public:
    WalkResults(QLineEdit *field, QListWidget *results)
        : QObject(field)
        , m_results(results)
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && m_results->isVisible() && m_results->count() > 0) {
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                QCoreApplication::sendEvent(m_results, event);
                return true;
            default:
                break;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_results;
};

RecordBrowser::RecordBrowser(Library &library, const Confirm &confirm, QWidget *parent)
    : QStackedWidget(parent)
    , m_library(library)
    , m_navigator(new QTreeWidget(parent))
    , m_listModel(new RecordListModel(library, this))
    , m_trash(new TrashView(library, this))
    , m_searchResults(new QListWidget(this))
    , m_searchField(new QLineEdit(parent))
    , m_searchTimer(new QTimer(this))
    , m_countLabel(new QLabel(parent))
{
    m_trash->setConfirm(confirm);
    m_countLabel->setObjectName(u"recordCount"_s);
    createNavigator();
    addWidget(createListPage());
    addWidget(new QWidget(this)); // the asset panel, made when first shown
    addWidget(m_trash);
    m_searchResults->setObjectName(u"searchResults"_s);
    m_searchResults->setAccessibleName(tr("Search results"));
    m_searchResults->setWordWrap(true);
    addWidget(m_searchResults);

    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search the library"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(360);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RecordBrowser::runSearch);
    new WalkResults(m_searchField, m_searchResults);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        // Results already shown for the text typed keep the hit chosen with the arrow keys.
        if (m_searchTimer->isActive() || currentIndex() != SearchPage) {
            m_searchTimer->stop();
            runSearch();
        }
        openSearchHit(std::max(0, m_searchResults->currentRow()));
    });
    connect(m_searchResults, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openSearchHit(m_searchResults->row(item)); });
    connect(m_trash, &TrashView::errorOccurred, this, &RecordBrowser::errorOccurred);
    connect(this, &QStackedWidget::currentChanged, this, &RecordBrowser::viewChanged);
}

void RecordBrowser::createNavigator()
{
    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setRootIsDecorated(true);
    auto add = [](QTreeWidgetItem *parent, const QString &text, const QString &view) {
        auto *item = new QTreeWidgetItem(parent, { text });
        item->setData(0, ViewRole, view);
        return item;
    };
    auto *library = new QTreeWidgetItem(m_navigator, { tr("Library") });
    library->setFlags(Qt::ItemIsEnabled);
    add(library, tr("Quotes"), u"quotes"_s);
    add(library, tr("Speakers"), u"speakers"_s);
    add(library, tr("Essays"), u"essays"_s);
    add(library, tr("Assets"), u"assets"_s);
    auto *terms = add(library, tr("Categories & tags"), u"categories"_s);
    add(terms, tr("Categories"), u"categories"_s);
    add(terms, tr("Tags"), u"tags"_s);
    auto *views = new QTreeWidgetItem(m_navigator, { tr("Saved views") });
    views->setFlags(Qt::ItemIsEnabled);
    add(views, tr("Drafts"), u"drafts"_s);
    add(views, tr("Ready"), u"ready"_s);
    add(views, tr("Published"), u"published"_s);
    add(views, tr("Needs update"), u"needsUpdate"_s);
    add(views, tr("Trash"), u"trash"_s);
    m_navigator->expandAll();
    m_navigator->setCurrentItem(library->child(0));
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, &RecordBrowser::showCurrentView);
}

QWidget *RecordBrowser::createListPage()
{
    auto *page = new QWidget(this);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("Any status"));
    for (const QString &name : workflowStatusNames())
        m_statusFilter->addItem(displayName(*workflowStatusFromString(name)), name);
    m_speakerFilter = new QComboBox(page);
    m_speakerFilter->setObjectName(u"speakerFilter"_s);
    m_speakerFilter->setAccessibleName(tr("Filter by speaker"));
    m_speakerFilling = new FillOnUse(m_speakerFilter);
    m_categoryFilter = new QComboBox(page);
    m_categoryFilter->setObjectName(u"categoryFilter"_s);
    m_categoryFilter->setAccessibleName(tr("Filter by category"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_speakerFilter);
    filters->addWidget(m_categoryFilter);

    m_list = new QTableView(page);
    m_list->setObjectName(u"recordList"_s);
    m_list->setAccessibleName(tr("Records"));
    m_list->setModel(m_listModel);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false); // rows are chosen, not cells: Tab leaves the list
    m_list->horizontalHeader()->setDefaultSectionSize(110);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto type = m_listModel->recordType();
        if (type != RecordType::Asset)
            Q_EMIT openRequested(type, m_listModel->idAt(index.row()));
    });
    connect(m_statusFilter, &QComboBox::activated, this, &RecordBrowser::applyFilters);
    connect(m_speakerFilter, &QComboBox::activated, this, &RecordBrowser::applyFilters);
    connect(m_categoryFilter, &QComboBox::activated, this, &RecordBrowser::applyFilters);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &RecordBrowser::updateCount);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_fittedType != m_listModel->recordType())
            fitColumns(); // a reload of the same list keeps the widths the user gave it
    });
    m_list->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &RecordBrowser::showColumnMenu);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    return page;
}

void RecordBrowser::applyFilters()
{
    const QVariant status = m_statusFilter->currentData();
    m_listModel->setStatusFilter(status.isValid() ? workflowStatusFromString(status.toString())
                                                  : std::nullopt);
    m_listModel->setSpeakerFilter(idOf(m_speakerFilter->currentData()));
    m_listModel->setCategoryFilter(idOf(m_categoryFilter->currentData()));
}

void RecordBrowser::showView(const QString &viewName)
{
    QTreeWidgetItemIterator it(m_navigator);
    for (; *it; ++it) {
        if ((*it)->data(0, ViewRole).toString() == viewName && (*it)->childCount() == 0) {
            m_navigator->setCurrentItem(*it);
            return;
        }
    }
}

void RecordBrowser::showCurrentView()
{
    QTreeWidgetItem *item = m_navigator->currentItem();
    const QString view = item ? item->data(0, ViewRole).toString() : QString();
    if (view.isEmpty())
        return;
    m_searchField->blockSignals(true);
    m_searchField->clear();
    m_searchField->blockSignals(false);
    if (view == u"assets") {
        if (!m_assets) {
            m_assets = new AssetPanel(m_library, this);
            m_assets->setObjectName(u"assetPanel"_s);
            QWidget *old = widget(AssetsPage);
            insertWidget(AssetsPage, m_assets);
            removeWidget(old);
            old->deleteLater();
            connect(m_assets, &AssetPanel::statusMessage, this,
                    [this](const QString &message) { Q_EMIT statusMessage(message, 5000); });
        }
        setCurrentIndex(AssetsPage);
        return;
    }
    if (view == u"trash") {
        setCurrentIndex(TrashPage);
        return;
    }
    setCurrentIndex(ListPage);
    static const QHash<QString, RecordType> types {
        { u"quotes"_s, RecordType::Quote }, { u"speakers"_s, RecordType::Speaker },
        { u"essays"_s, RecordType::Essay }, { u"categories"_s, RecordType::Category },
        { u"tags"_s, RecordType::Tag },
    };
    m_listModel->setRecordType(types.value(view, RecordType::Quote));
    if (view == u"drafts")
        m_listModel->setStatusFilter(WorkflowStatus::Draft);
    else if (view == u"ready")
        m_listModel->setStatusFilter(WorkflowStatus::Ready);
    else if (view == u"published")
        m_listModel->setStatusFilter(WorkflowStatus::Published);
    else if (view == u"needsUpdate")
        m_listModel->setNeedsUpdateFilter(true);
    m_list->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    if (m_fittedType != m_listModel->recordType())
        fitColumns();
    updateCount(); // the list may not have been read again: the same type, no filter changed
    updateFilters();
    Q_EMIT viewChanged();
}

RecordType RecordBrowser::newRecordType() const
{
    const RecordType listed = m_listModel->recordType();
    const bool terms =
        currentIndex() == ListPage && (listed == RecordType::Category || listed == RecordType::Tag);
    return terms ? listed : RecordType::Quote;
}

std::optional<RecordRef> RecordBrowser::focusedRecord() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!m_list->hasFocus() || !index.isValid())
        return std::nullopt;
    return RecordRef { m_listModel->recordType(), m_listModel->idAt(index.row()), {} };
}

void RecordBrowser::updateFilters()
{
    const RecordType type = m_listModel->recordType();
    const bool post = type == RecordType::Quote || type == RecordType::Essay;
    const auto status = m_listModel->statusFilter();
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(nameOf(*status)) : 0);
    m_statusFilter->setVisible(post);
    m_speakerFilter->setVisible(type == RecordType::Quote);
    m_categoryFilter->setVisible(post);
    QString error;
    if (type == RecordType::Quote) {
        // Only "any" until the person reaches the filter (see FillOnUse).
        m_speakerFilter->clear();
        m_speakerFilter->addItem(tr("Any speaker"));
        m_speakerFilling->arm([this] {
            QString error;
            if (!fillFilter(m_speakerFilter, tr("Any speaker"), m_library, RecordType::Speaker, &error))
                Q_EMIT errorOccurred(tr("Could not list the speakers to filter by: %1").arg(error));
        });
    }
    if (post && !fillFilter(m_categoryFilter, tr("Any category"), m_library, RecordType::Category, &error))
        Q_EMIT errorOccurred(tr("Could not list the categories to filter by: %1").arg(error));
}

void RecordBrowser::updateCount()
{
    m_countLabel->setText(tr("%n record(s)", nullptr, m_listModel->totalCount()));
}

void RecordBrowser::reload()
{
    m_listModel->reload();
}

void RecordBrowser::fitColumns()
{
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    const int columns = m_listModel->columnCount();
    // Fitted to no rows, the columns are fitted again once rows are read.
    m_fittedType = m_listModel->rowCount() > 0 ? std::optional(m_listModel->recordType()) : std::nullopt;
    // The view asks the delegates (the sync column draws an icon as well) of the rows read.
    const QAbstractItemView *view = m_list;
    for (int column = 0; column < columns; ++column) {
        m_list->setColumnHidden(column, false);
        if (column == 0) {
            header->setSectionResizeMode(0, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const int width = std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        m_list->setColumnWidth(column, std::min(width, 150));
    }
    // When a quote or essay was last changed, and when a quote was said, say least of their
    // columns: shown on request (right-click on the header), they leave the room to the title.
    const RecordType type = m_listModel->recordType();
    if ((type == RecordType::Quote || type == RecordType::Essay) && columns > 2)
        m_list->setColumnHidden(columns - 1, true);
    if (type == RecordType::Quote && columns > 3)
        m_list->setColumnHidden(columns - 2, true);
}

void RecordBrowser::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_list->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 1; column < m_listModel->columnCount(); ++column) {
        QAction *action = menu.addAction(m_listModel->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_list->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_list->setColumnHidden(column, !shown);
            if (shown && m_list->columnWidth(column) < 40)
                m_list->setColumnWidth(column, 110);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void RecordBrowser::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void RecordBrowser::runSearch()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        showCurrentView();
        return;
    }
    m_searchResults->clear();
    QString error;
    SearchQuery query;
    query.text = text;
    query.types = { RecordType::Quote, RecordType::Speaker, RecordType::Essay };
    const QList<SearchHit> hits = search(m_library, query, &error);
    if (!error.isEmpty())
        Q_EMIT statusMessage(error, 5000);
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_searchResults);
        item->setData(Qt::UserRole, hit.id);
        item->setData(Qt::UserRole + 1, int(hit.type));
        item->setData(Qt::AccessibleTextRole, hit.title);
        auto *label =
            new QLabel(u"<b>%1</b> <small>(%2)</small><br/>%3"_s.arg(
                           hit.title.toHtmlEscaped(), recordTypeDisplayName(hit.type), hit.snippetHtml),
                       m_searchResults);
        label->setWordWrap(true);
        label->setMargin(4);
        label->setTextFormat(Qt::RichText);
        // A wrapped label's own size hint assumes some width; ask for the height at the list's.
        // (The list may not be laid out yet: take the width of the stack it fills, less a scroll bar.)
        const int width = std::max(200, this->width() - 24);
        item->setSizeHint(QSize(width, label->heightForWidth(width)));
        m_searchResults->setItemWidget(item, label);
    }
    if (hits.isEmpty())
        Q_EMIT statusMessage(tr("Nothing found for “%1”.").arg(text), 3000);
    m_searchResults->setCurrentRow(0);
    setCurrentIndex(SearchPage);
}

void RecordBrowser::openSearchHit(int row)
{
    if (QListWidgetItem *item = m_searchResults->item(row))
        Q_EMIT openRequested(RecordType(item->data(Qt::UserRole + 1).toInt()),
                             item->data(Qt::UserRole).toLongLong());
}

} // namespace QuoteDesk
