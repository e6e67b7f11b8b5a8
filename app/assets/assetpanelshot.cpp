// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the asset panel on a library, waits for its thumbnails and saves a picture of it,
// for looking at the panel without a display: `xvfb-run assetpanel-shot LIBRARY PNG [ID]`.
#include "assetpanel.h"
#include "assets/assetlistmodel.h"
#include "assets/thumbnailcache.h"
#include "store/library.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace QuoteDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: assetpanel-shot LIBRARY PNG [ASSET-ID]\n");
        return 2;
    }
    Library library;
    QString error;
    if (!library.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AssetPanel panel(library);
    panel.resize(1100, 720);
    panel.show();
    if (argc > 3)
        panel.selectAsset(QByteArray(argv[3]).toLongLong());
    const QString target = QString::fromLocal8Bit(argv[2]);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &panel, [&] {
        if (panel.thumbnails()->pendingCount() > 0)
            return;
        panel.grab().save(target);
        app.quit();
    });
    poll.start(300);
    return app.exec();
}
