// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void defaults();
    void valuesPersistAndSignal();
    void autosaveIsClamped();
};

void TestSettings::defaults()
{
    Settings settings;
    QCOMPARE(settings.autosaveSeconds(), 3);
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QCOMPARE(settings.titleTemplate(), u"Quote: {speaker}, {role}"_s);
    QCOMPARE(settings.libraryPath(), QString());
}

void TestSettings::valuesPersistAndSignal()
{
    {
        Settings settings;
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setAutosaveSeconds(7);
        settings.setTheme(Settings::Theme::Dark);
        settings.setTitleTemplate(u"{speaker} ({role})"_s);
        settings.setLibraryPath(u"quotes.qdlib"_s);
        QFont font(u"Monospace"_s, 13);
        settings.setEditorFont(font);
        QCOMPARE(changed.count(), 5);
    }
    Settings again;
    QCOMPARE(again.autosaveSeconds(), 7);
    QCOMPARE(again.theme(), Settings::Theme::Dark);
    QCOMPARE(again.titleTemplate(), u"{speaker} ({role})"_s);
    QCOMPARE(again.libraryPath(), u"quotes.qdlib"_s);
    QCOMPARE(again.editorFont().pointSize(), 13);
}

void TestSettings::autosaveIsClamped()
{
    Settings settings;
    settings.setAutosaveSeconds(0);
    QCOMPARE(settings.autosaveSeconds(), 1);
    settings.setAutosaveSeconds(100000);
    QCOMPARE(settings.autosaveSeconds(), 600);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
