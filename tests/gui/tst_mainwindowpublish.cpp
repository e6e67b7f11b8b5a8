// SPDX-License-Identifier: GPL-3.0-or-later
// The publishing and export parts of the real main window, offscreen, without a site.
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "publishpanel.h"
#include "recordeditor.h"
#include "settings.h"
#include "sitesdialog.h"
#include "syncstatedelegate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestMainWindowPublish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void publishActionOnToolbarAndMenu();
    void sitesDialogOpens();
    void newQuoteIsNotPublished();
    void siteVersionIsOneUndoableChange();
    void exportSiteWritesTheFolder();
    void exportSiteIntoAnotherFolderFails();

private:
    /// Adds a site through Publish ▸ Sites…; its id, or 0.
    qint64 addSite();

    Test::MainWindowFixture m_app;
    QString m_folder;
};

void TestMainWindowPublish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowPublish::init()
{
    QString error;
    QVERIFY2(m_app.open(&error), qPrintable(error));
    m_app.window()->setFolderChooser([this](QWidget *, const QString &) { return m_folder; });
}

void TestMainWindowPublish::cleanup()
{
    m_app.close();
}

qint64 TestMainWindowPublish::addSite()
{
    m_app.action(u"sitesAction"_s)->trigger();
    auto *dialog = m_app.window()->findChild<SitesDialog *>(u"sitesDialog"_s);
    if (!dialog)
        return 0;
    dialog->newSite();
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Firm site"_s);
    dialog->findChild<QLineEdit *>(u"urlEdit"_s)->setText(u"https://example.org/"_s);
    dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"editor"_s);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"abcd efgh ijkl mnop qrst uvwx"_s);
    if (!dialog->saveSite())
        qWarning("site not saved: %s", qPrintable(dialog->message()));
    const qint64 id = dialog->currentSiteId();
    dialog->close();
    return id;
}

void TestMainWindowPublish::publishActionOnToolbarAndMenu()
{
    QAction *publish = m_app.action(u"publishAction"_s);
    QVERIFY(publish);
    QCOMPARE(publish->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
    auto *toolBar = m_app.window()->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar->actions().contains(publish));
    auto *menu = m_app.window()->findChild<QMenu *>(u"publishMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(publish));
    QVERIFY(menu->actions().contains(m_app.action(u"sitesAction"_s)));
    QVERIFY(!publish->isEnabled()); // no record, no site

    // A record but no site: still disabled, and nothing to open or unpublish.
    QVERIFY(m_app.window()->openRecord(RecordType::Quote, m_app.library().list<Quote>().constFirst().id));
    QVERIFY(!publish->isEnabled());
    QVERIFY(!m_app.action(u"openOnSiteAction"_s)->isEnabled());
    QVERIFY(!m_app.action(u"unpublishAction"_s)->isEnabled());

    // A site but no record: disabled.
    const qint64 siteId = addSite();
    QVERIFY(siteId > 0);
    QVERIFY(publish->isEnabled());
    QCOMPARE(m_app.settings().lastPublishSiteId(), siteId);
    QVERIFY(m_app.window()->closeCurrent());
    QVERIFY(!publish->isEnabled());
    QVERIFY(!m_app.action(u"openOnSiteAction"_s)->isEnabled());
}

void TestMainWindowPublish::sitesDialogOpens()
{
    m_app.action(u"sitesAction"_s)->trigger();
    SitesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app.window()->findChild<SitesDialog *>(u"sitesDialog"_s)) && dialog->isVisible());
    dialog->close();
}

void TestMainWindowPublish::newQuoteIsNotPublished()
{
    const qint64 siteId = addSite();
    QVERIFY(siteId > 0);

    m_app.window()->newRecord(RecordType::Quote);
    auto *text = qobject_cast<QPlainTextEdit *>(m_app.window()->currentEditor()->fieldWidget(u"text"_s));
    QVERIFY(text);
    text->setFocus();
    QTest::keyClicks(text, u"A brand new quote"_s);
    QVERIFY(m_app.window()->saveCurrent());
    const qint64 id = m_app.window()->currentEditor()->document()->id();
    QVERIFY(id > 0);

    m_app.window()->showNavigatorView(u"quotes"_s);
    RecordListModel *model = m_app.window()->listModel();
    QCOMPARE(model->syncSite(), siteId);
    // The list follows the library's events, after the save.
    QTRY_VERIFY(([model, id] {
        while (model->rowOfId(id) < 0 && model->canFetchMore({}))
            model->fetchMore({});
        return model->rowOfId(id) >= 0;
    }()));
    const int row = model->rowOfId(id);
    const int column = model->syncColumn();
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), u"Sync"_s);
    const auto state = SyncState(model->index(row, column).data(RecordListModel::SyncStateRole).toInt());
    QCOMPARE(state, SyncState::NotPublished);
    QCOMPARE(SyncStateDelegate::stateAt(model->index(row, column)), std::optional(SyncState::NotPublished));
    QCOMPARE(SyncStateDelegate::cellText(state), u"Not published"_s);
    auto *list = m_app.window()->findChild<QAbstractItemView *>(u"recordList"_s);
    QVERIFY(qobject_cast<SyncStateDelegate *>(list->itemDelegate()));

    auto *label = m_app.window()->findChild<QToolButton *>(u"syncStateLabel"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Firm site: not published"_s);
}

void TestMainWindowPublish::siteVersionIsOneUndoableChange()
{
    const Essay essay = m_app.library().list<Essay>().constFirst();
    SiteVersion version;
    version.title = u"Site title"_s;
    version.excerpt = u"Site excerpt"_s;
    version.body = u"Site text"_s; // sources stays unset: the record keeps its own
    Q_EMIT m_app.window()->publishPanel()->siteVersionTaken(RecordType::Essay, essay.id, version);
    RecordEditor *editor = m_app.window()->currentEditor();
    QVERIFY(editor);
    RecordDocument *document = editor->document();
    QCOMPARE(document->id(), essay.id);
    QCOMPARE(document->field(u"title"_s).toString(), u"Site title"_s);
    QCOMPARE(document->field(u"excerpt"_s).toString(), u"Site excerpt"_s);
    QCOMPARE(document->field(u"body"_s).toString(), u"Site text"_s);
    QCOMPARE(document->field(u"sources"_s).toString(), essay.sources);
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QCOMPARE(document->field(u"title"_s).toString(), essay.title);
    QCOMPARE(document->field(u"body"_s).toString(), essay.body);
    QVERIFY(!document->isModified());
}

void TestMainWindowPublish::exportSiteWritesTheFolder()
{
    QTemporaryDir dir;
    m_folder = dir.filePath(u"site"_s);
    m_app.action(u"exportSiteAction"_s)->trigger();
    QVERIFY2(m_app.errors().isEmpty(), qPrintable(m_app.errors().join(u'\n')));
    QVERIFY(QFile::exists(QDir(m_folder).filePath(u"index.html"_s)));
    QVERIFY2(m_app.window()->statusBar()->currentMessage().contains(QDir::toNativeSeparators(m_folder)),
             qPrintable(m_app.window()->statusBar()->currentMessage()));
    auto *open = m_app.window()->findChild<QPushButton *>(u"openExportFolderButton"_s);
    QVERIFY(open);
    QVERIFY(open->isVisible());
}

void TestMainWindowPublish::exportSiteIntoAnotherFolderFails()
{
    QTemporaryDir dir;
    QFile other(dir.filePath(u"notes.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("mine");
    other.close();
    m_folder = dir.path();
    m_app.action(u"exportSiteAction"_s)->trigger();
    QCOMPARE(m_app.errors().size(), 1);
    QVERIFY2(m_app.errors().constFirst().startsWith(u"Could not export the site"_s),
             qPrintable(m_app.errors().constFirst()));
    QVERIFY(other.exists());
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(u"index.html"_s)));
}

QTEST_MAIN(TestMainWindowPublish)
#include "tst_mainwindowpublish.moc"
