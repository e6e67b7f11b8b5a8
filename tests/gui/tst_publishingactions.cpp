// SPDX-License-Identifier: GPL-3.0-or-later
// The publishing actions on a bare main window: what install() adds, saving before a publish,
// and what is offered without a site.
#include "document/recorddocument.h"
#include "publishingactions.h"
#include "publishpanel.h"
#include "recordbrowser.h"
#include "recordeditor.h"
#include "settings.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestPublishingActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void installAddsMenuDockAndToolbarButton();
    void publishSavesPendingEditsFirst();
    void withoutASiteNothingIsOfferedOnTheSite();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QMainWindow> m_window;
    PublishingActions *m_actions = nullptr;
    QAction *m_save = nullptr;
    RecordEditor *m_editor = nullptr;
    int m_saves = 0;
    QStringList m_asked;
};

void TestPublishingActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPublishingActions::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600);
    m_window = std::make_unique<QMainWindow>();
    m_window->menuBar()->addMenu(u"&File"_s);
    m_window->menuBar()->addMenu(u"&Edit"_s);
    auto *toolBar = m_window->addToolBar(u"Main"_s);
    toolBar->setObjectName(u"mainToolBar"_s);
    m_save = toolBar->addAction(u"Save"_s);
    toolBar->addAction(u"After save"_s);
    auto *browser = new RecordBrowser(m_lib->library(), {}, m_window.get());
    m_window->setCentralWidget(browser);
    m_saves = 0;
    m_asked.clear();
    m_editor = nullptr;

    PublishingActions::Host host;
    host.currentEditor = [this] {
        return m_editor;
    };
    host.saveCurrent = [this] {
        ++m_saves;
        QString error;
        return m_editor->document()->save(&error);
    };
    host.openRecord = [](RecordType, qint64) {
        return false;
    };
    host.confirm = [this](QWidget *, const QString &title, const QString &) {
        m_asked << title;
        return false;
    };
    host.showTabIcon = [](const QIcon &) {
    };
    m_actions = new PublishingActions(m_lib->library(), *m_settings, m_window.get(), browser, host);
    m_actions->install(m_save);
}

void TestPublishingActions::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestPublishingActions::installAddsMenuDockAndToolbarButton()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 3);
    QCOMPARE(menus.at(2)->menu()->objectName(), u"publishMenu"_s); // after File and Edit
    for (const QString &name : { u"publishAction"_s, u"openOnSiteAction"_s, u"unpublishAction"_s,
                                 u"checkSiteAction"_s, u"sitesAction"_s })
        QVERIFY2(action(name), qPrintable(name));
    QCOMPARE(action(u"checkSiteAction"_s)->shortcut(), QKeySequence(Qt::Key_F5));

    auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    const QList<QAction *> tools = toolBar->actions();
    QCOMPARE(tools.indexOf(action(u"publishAction"_s)), tools.indexOf(m_save) + 1);

    auto *dock = m_window->findChild<QDockWidget *>(u"publishDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isHidden()); // until the first publish
    QCOMPARE(m_actions->panel()->parentWidget()->parentWidget(), dock);
}

void TestPublishingActions::publishSavesPendingEditsFirst()
{
    Quote quote = Test::makeQuote();
    QString error;
    QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
    RecordDocument *document = RecordDocument::open(m_lib->library(), RecordType::Quote, quote.id, &error);
    QVERIFY2(document, qPrintable(error));
    m_editor = new RecordEditor(document, *m_settings);
    document->setParent(m_editor);
    QVERIFY(document->setField(u"commentary"_s, u"Edited before publishing."_s));
    QVERIFY(document->isModified());

    m_window->show();
    m_actions->publishCurrent();
    QCOMPARE(m_saves, 1);
    QVERIFY(!document->isModified());
    QCOMPARE(m_lib->library().get<Quote>(quote.id)->commentary, u"Edited before publishing."_s);
    QVERIFY(m_window->findChild<QDockWidget *>(u"publishDock"_s)->isVisible());

    m_actions->publishCurrent(); // nothing left to save
    QCOMPARE(m_saves, 1);
}

void TestPublishingActions::withoutASiteNothingIsOfferedOnTheSite()
{
    m_actions->update();
    QVERIFY(!action(u"openOnSiteAction"_s)->isEnabled());
    QVERIFY(!action(u"unpublishAction"_s)->isEnabled());
    auto *syncState = m_window->findChild<QToolButton *>(u"syncStateLabel"_s);
    QVERIFY(syncState);
    QVERIFY(syncState->isHidden());

    m_actions->checkSiteForChanges(false);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Choose a site in the publishing panel first."_s);
    m_actions->unpublishCurrent(); // no record, no site: nothing is asked
    QVERIFY(m_asked.isEmpty());
}

QTEST_MAIN(TestPublishingActions)
#include "tst_publishingactions.moc"
