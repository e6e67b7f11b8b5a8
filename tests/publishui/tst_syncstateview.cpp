// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstateview.h"

#include <QApplication>
#include <QSet>
#include <QTest>

using namespace QuoteDesk;

class TestSyncStateView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateHasIconTextAndTip()
    {
        const QList<SyncState> states = { SyncState::NotPublished, SyncState::UpToDate,
                                          SyncState::ChangedHere,  SyncState::ChangedOnSite,
                                          SyncState::Both,         SyncState::Failed };
        QSet<QString> texts;
        QSet<size_t> pictures;
        for (const SyncState state : states) {
            QVERIFY(!syncStateIcon(state).isNull());
            QVERIFY(!syncStateToolTip(state).isEmpty());
            texts.insert(syncStateText(state));
            const QImage image =
                syncStateIcon(state).pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
            pictures.insert(qHash(QByteArrayView(image.constBits(), image.sizeInBytes())));
        }
        QCOMPARE(texts.size(), states.size());
        QCOMPARE(pictures.size(), states.size()); // each state looks different
        QCOMPARE(syncStateText(SyncState::ChangedOnSite), QStringLiteral("changed on the site"));
    }
};

QTEST_MAIN(TestSyncStateView)
#include "tst_syncstateview.moc"
