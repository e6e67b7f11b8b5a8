// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/syncstate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestSyncState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data();
    void derive();
    void everyStateHasNames();
};

void TestSyncState::derive_data()
{
    QTest::addColumn<bool>("published"); // a publication exists
    QTest::addColumn<qint64>("remoteId");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<QString>("localHash"); // the recorded hash is "h1"
    QTest::addColumn<QString>("siteModified"); // "?" = not asked; recorded is "2025-01-01T10:00:00"
    QTest::addColumn<QString>("expected");

    const QString same = u"2025-01-01T10:00:00"_s;
    const QString later = u"2025-01-02T08:00:00"_s;
    QTest::newRow("never published") << false << qint64(0) << QString() << u"h1"_s << u"?"_s
                                     << u"not-published"_s;
    QTest::newRow("up to date, site not asked")
        << true << qint64(5) << QString() << u"h1"_s << u"?"_s << u"up-to-date"_s;
    QTest::newRow("up to date, site same")
        << true << qint64(5) << QString() << u"h1"_s << same << u"up-to-date"_s;
    QTest::newRow("changed here") << true << qint64(5) << QString() << u"h2"_s << same << u"changed-here"_s;
    QTest::newRow("changed on the site")
        << true << qint64(5) << QString() << u"h1"_s << later << u"changed-on-site"_s;
    QTest::newRow("both: a conflict") << true << qint64(5) << QString() << u"h2"_s << later << u"both"_s;
    QTest::newRow("last publish failed")
        << true << qint64(5) << u"timeout"_s << u"h1"_s << same << u"failed"_s;
    QTest::newRow("first publish failed")
        << true << qint64(0) << u"wrong password"_s << u"h1"_s << u"?"_s << u"failed"_s;
    QTest::newRow("deleted on the site")
        << true << qint64(5) << QString() << u"h1"_s << QString() << u"not-published"_s;
    QTest::newRow("unpublished record kept without id")
        << true << qint64(0) << QString() << u"h1"_s << u"?"_s << u"not-published"_s;
}

void TestSyncState::derive()
{
    QFETCH(bool, published);
    QFETCH(qint64, remoteId);
    QFETCH(QString, lastError);
    QFETCH(QString, localHash);
    QFETCH(QString, siteModified);
    QFETCH(QString, expected);
    std::optional<Publication> publication;
    if (published) {
        Publication p;
        p.remoteId = remoteId;
        p.lastError = lastError;
        p.contentHash = u"h1"_s;
        p.remoteModifiedGmt = u"2025-01-01T10:00:00"_s;
        publication = p;
    }
    const std::optional<QString> site =
        siteModified == "?"_L1 ? std::nullopt : std::optional<QString>(siteModified);
    QCOMPARE(nameOf(deriveSyncState(publication, localHash, site)), expected);
}

void TestSyncState::everyStateHasNames()
{
    QSet<QString> names;
    for (SyncState s : { SyncState::NotPublished, SyncState::UpToDate, SyncState::ChangedHere,
                         SyncState::ChangedOnSite, SyncState::Both, SyncState::Failed }) {
        QVERIFY(!displayName(s).isEmpty());
        names.insert(nameOf(s));
    }
    QCOMPARE(names.size(), 6);
}

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
