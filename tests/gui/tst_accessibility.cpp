// SPDX-License-Identifier: GPL-3.0-or-later
// An audit of every window the app shows, found generically rather than from a list of
// controls: each control a person can reach with Tab, or click, or type into, has an
// accessible name, and Tab visits each of them once per round, form rows top to bottom.
#include "assetpanel.h"
#include "conflictdialog.h"
#include "mainwindow.h"
#include "passwordprompt.h"
#include "publishpanel.h"
#include "quickopendialog.h"
#include "rawsqlite.h"
#include "recordeditor.h"
#include "revisionspanel.h"
#include "settings.h"
#include "settingsdialog.h"
#include "sitesdialog.h"
#include "store/demolibrary.h"
#include "testsupport.h"
#include "trashview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

// "QLineEdit#name in QWidget#qt_scrollarea_viewport < QScrollArea < RecordEditor …"
QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(none)"_s;
    const auto one = [](const QObject *o) {
        QString text = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            text += u'#' + o->objectName();
        return text;
    };
    QStringList parents;
    for (const QObject *p = widget->parent(); p; p = p->parent())
        parents << one(p);
    return one(widget) + u" in "_s + parents.join(u" < "_s);
}

// Widgets Qt makes inside its own controls that Tab never reaches (a line edit's clear button,
// a combo box's popup list): the control around them is the one a screen reader announces.
bool isQtInternal(const QWidget *widget)
{
    const QByteArray name = widget->metaObject()->className();
    return widget->objectName().startsWith(u"qt_"_s) || name == "QLineEditIconButton"
        || name == "QComboBoxListView" || name == "QCalendarView";
}

// What focusNextPrevChild() takes into the Tab chain.
bool takesTab(const QWidget *widget, const QWidget *root)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy()
        && widget->isVisibleTo(root->window()) && widget->isEnabled();
}

bool isControl(const QWidget *widget)
{
    // A table's or tree's header takes no focus; the view gives its cells their headers.
    if (qobject_cast<const QHeaderView *>(widget) && widget->focusPolicy() == Qt::NoFocus)
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() == root->window() && takesTab(widget, root))
            stops << widget;
    }
    if (takesTab(root, root))
        stops.prepend(root);
    return stops;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// The field control of every row of the form layouts in @p root, by row.
QList<QList<QWidget *>> formRows(QWidget *root)
{
    QList<QList<QWidget *>> forms;
    const QList<QFormLayout *> layouts = root->findChildren<QFormLayout *>();
    for (QFormLayout *form : layouts) {
        QList<QWidget *> rows;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            if (!item)
                item = form->itemAt(row, QFormLayout::SpanningRole);
            if (item && item->widget() && item->widget()->isVisibleTo(root->window()))
                rows << item->widget();
        }
        forms << rows;
    }
    return forms;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();

private:
    /// Names every control of @p root; a failure names the widget.
    void checkNames(QWidget *root);
    /// Tabs from @p start round @p root's window and checks the round against @p root.
    void checkTabOrder(QWidget *root, QWidget *start);

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    QString error;
    QVERIFY2(DemoLibrary::populate(m_lib->library(), &error), qPrintable(error));
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600);
    m_settings->setPreviewVisible(true);
    m_window = std::make_unique<MainWindow>(m_lib->library(), *m_settings);
    m_window->setDialogs({
        [](QWidget *, const QString &, const QString &) { return false; },
        [](QWidget *, const QString &text) { qWarning("%s", qPrintable(text)); },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
        [](QWidget *, const QStringList &) { return QMessageBox::Cancel; },
        [](QWidget *, const QString &, const QString &) { return QString(); },
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanupTestCase()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestAccessibility::checkNames(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() != root->window() || !widget->isVisibleTo(root->window()))
            continue;
        // What Tab reaches needs a name, even when Qt made it (a tab widget's tab bar).
        if (!takesTab(widget, root) && (!isControl(widget) || isQtInternal(widget)))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(u"Controls without an accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
}

void TestAccessibility::checkTabOrder(QWidget *root, QWidget *start)
{
    const QList<QWidget *> stops = tabStops(root);
    QVERIFY2(stops.contains(start), qPrintable(u"The first control is no tab stop: "_s + describe(start)));
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);

    // Round the whole window: leaving root and coming back is fine, visiting twice is not.
    QList<QWidget *> visited { start };
    const int limit = int(root->window()->findChildren<QWidget *>().size()) + 2;
    for (int step = 0; step < limit; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == start)
            break;
        QVERIFY2(now && now != before, qPrintable(u"Tab does not leave "_s + describe(before)));
        if (root != root->window() && !root->isAncestorOf(now))
            continue;
        QVERIFY2(!visited.contains(now),
                 qPrintable(u"Tab reaches this control twice in one round: "_s + describe(now)));
        visited << now;
    }
    QVERIFY2(QApplication::focusWidget() == start,
             qPrintable(u"Tab never comes back to "_s + describe(start)));
    QStringList missed;
    for (QWidget *stop : stops) {
        if (!visited.contains(stop))
            missed << describe(stop);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reaches:\n  "_s + missed.join(u"\n  "_s)));

    // Form rows in reading order: the first control of each row comes after those above it.
    const auto position = [&](QWidget *field) {
        for (int i = 0; i < visited.size(); ++i) {
            if (visited.at(i) == field || field->isAncestorOf(visited.at(i)))
                return i;
        }
        return -1;
    };
    for (const QList<QWidget *> &rows : formRows(root)) {
        int last = -1;
        const QWidget *lastField = nullptr;
        for (QWidget *field : rows) {
            const int at = position(field);
            if (at < 0)
                continue; // nothing in this row takes the focus
            QVERIFY2(at > last,
                     qPrintable(u"Tab reaches "_s + describe(field) + u"\n  before the row above it: "_s
                                + describe(lastField)));
            last = at;
            lastField = field;
        }
    }
}

void TestAccessibility::mainWindow_data()
{
    QTest::addColumn<RecordType>("type");
    QTest::newRow("quote") << RecordType::Quote;
    QTest::newRow("speaker") << RecordType::Speaker;
    QTest::newRow("essay") << RecordType::Essay;
    QTest::newRow("category") << RecordType::Category;
    QTest::newRow("tag") << RecordType::Tag;
}

void TestAccessibility::mainWindow()
{
    QFETCH(RecordType, type);
    // The first record of the type in the demo library.
    const QVariant id =
        Test::RawSqlite(m_lib->path())
            .scalar(u"SELECT id FROM %1 ORDER BY id LIMIT 1"_s.arg(recordTypePluralName(type)));
    QVERIFY(id.isValid());
    QVERIFY(m_window->openRecord(type, id.toLongLong()));
    RecordEditor *editor = m_window->currentEditor();
    QVERIFY(editor);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    checkNames(m_window.get());
    editor->focusFirstField();
    QWidget *first = QApplication::focusWidget();
    QVERIFY(first && editor->isAncestorOf(first));
    checkTabOrder(editor, first);
    checkTabOrder(m_window.get(), first);
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<QString>("surface");
    for (const char *name : { "settings", "quickOpen", "sites", "conflict", "password", "trash", "assets",
                              "revisions", "publish" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, surface);
    Library &library = m_lib->library();
    std::unique_ptr<QWidget> widget;
    if (surface == u"settings") {
        widget = std::make_unique<SettingsDialog>(*m_settings);
    } else if (surface == u"quickOpen") {
        widget = std::make_unique<QuickOpenDialog>(library);
    } else if (surface == u"sites") {
        widget = std::make_unique<SitesDialog>(&library, m_window->credentialStore(),
                                               m_window->publishController());
    } else if (surface == u"conflict") {
        PublishConflict conflict;
        conflict.remoteId = 7;
        conflict.recordedModifiedGmt = u"2026-01-01T10:00:00"_s;
        conflict.siteModifiedGmt = u"2026-01-02T09:30:00"_s;
        conflict.siteTitle = u"Quote: on infrastructure (edited on the site)"_s;
        conflict.localTitle = u"Quote: on infrastructure"_s;
        conflict.siteContent = u"<!-- wp:paragraph --><p>Site text</p><!-- /wp:paragraph -->"_s;
        conflict.localContent = u"<!-- wp:paragraph --><p>Local text</p><!-- /wp:paragraph -->"_s;
        widget = std::make_unique<ConflictDialog>(conflict);
    } else if (surface == u"password") {
        auto prompt =
            std::make_unique<PasswordPrompt>(m_window->publishController(), m_window->credentialStore());
        prompt->ask(1, u"Firm site"_s, u"editor"_s);
        widget = std::move(prompt);
    } else if (surface == u"trash") {
        QString error;
        Quote quote = Test::makeQuote(u"A quotation to throw away"_s);
        QVERIFY2(library.save(quote, &error), qPrintable(error));
        QVERIFY2(library.trash(RecordType::Quote, quote.id, &error), qPrintable(error));
        auto trash = std::make_unique<TrashView>(library);
        trash->reload();
        widget = std::move(trash);
    } else if (surface == u"assets") {
        widget = std::make_unique<AssetPanel>(library);
    } else if (surface == u"revisions") {
        auto revisions = std::make_unique<RevisionsPanel>(&library);
        revisions->setRecord(RecordType::Quote, 1);
        widget = std::move(revisions);
    } else if (surface == u"publish") {
        widget = std::make_unique<PublishPanel>(m_window->publishController(), &library);
    }
    QVERIFY(widget);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget.get()));

    checkNames(widget.get());
    const QList<QWidget *> stops = tabStops(widget.get());
    if (stops.isEmpty())
        return;
    QWidget *first = widget->focusWidget() ? widget->focusWidget() : stops.first();
    checkTabOrder(widget.get(), first);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
