// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstateview.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

// A drawn badge: a filled circle with a mark, so states differ by shape as well as colour.
QIcon drawnIcon(SyncState state)
{
    QIcon icon;
    for (const int size : { 16, 22, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box(1, 1, size - 2, size - 2);
        const qreal w = size / 8.0;
        QColor fill;
        switch (state) {
        case SyncState::NotPublished:
            p.setPen(QPen(QColor(0x8a, 0x8a, 0x8a), w));
            p.drawEllipse(box.adjusted(w / 2, w / 2, -w / 2, -w / 2));
            p.end();
            icon.addPixmap(pixmap);
            continue;
        case SyncState::UpToDate:
            fill = QColor(0x2e, 0x8b, 0x57);
            break;
        case SyncState::ChangedHere:
        case SyncState::ChangedOnSite:
            fill = QColor(0x2a, 0x6f, 0xc9);
            break;
        case SyncState::Both:
            fill = QColor(0xd9, 0x7a, 0x00);
            break;
        case SyncState::Failed:
            fill = QColor(0xc6, 0x28, 0x28);
            break;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        const qreal s = size;
        switch (state) {
        case SyncState::UpToDate: // a tick
            p.drawPolyline(QPolygonF(
                { QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34) }));
            break;
        case SyncState::ChangedHere: // an arrow up: to be sent
            p.drawLine(QPointF(s / 2, s * 0.72), QPointF(s / 2, s * 0.28));
            p.drawPolyline(QPolygonF(
                { QPointF(s * 0.32, s * 0.44), QPointF(s / 2, s * 0.28), QPointF(s * 0.68, s * 0.44) }));
            break;
        case SyncState::ChangedOnSite: // an arrow down: to be fetched
            p.drawLine(QPointF(s / 2, s * 0.28), QPointF(s / 2, s * 0.72));
            p.drawPolyline(QPolygonF(
                { QPointF(s * 0.32, s * 0.56), QPointF(s / 2, s * 0.72), QPointF(s * 0.68, s * 0.56) }));
            break;
        case SyncState::Both: // two arrows
            p.drawLine(QPointF(s * 0.36, s * 0.28), QPointF(s * 0.36, s * 0.72));
            p.drawLine(QPointF(s * 0.64, s * 0.28), QPointF(s * 0.64, s * 0.72));
            break;
        case SyncState::Failed: // an exclamation mark
            p.drawLine(QPointF(s / 2, s * 0.26), QPointF(s / 2, s * 0.56));
            p.drawPoint(QPointF(s / 2, s * 0.74));
            break;
        case SyncState::NotPublished:
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString toolTipOf(SyncState state)
{
    switch (state) {
    case SyncState::NotPublished:
        return QCoreApplication::translate("QuoteDesk::SyncStateView",
                                           "Not published on this site yet. Publish it with Ctrl+Shift+P.");
    case SyncState::UpToDate:
        return QCoreApplication::translate("QuoteDesk::SyncStateView",
                                           "The site shows what the library holds.");
    case SyncState::ChangedHere:
        return QCoreApplication::translate(
            "QuoteDesk::SyncStateView",
            "Changed here since the last publish (the post, or a speaker, essay or file it "
            "shows). Publish again to update the site.");
    case SyncState::ChangedOnSite:
        return QCoreApplication::translate(
            "QuoteDesk::SyncStateView",
            "Someone edited the post on the site since the last publish. Publishing shows "
            "both versions and lets you choose.");
    case SyncState::Both:
        return QCoreApplication::translate(
            "QuoteDesk::SyncStateView",
            "Changed here and on the site. Publishing shows both versions and lets you "
            "choose which to keep.");
    case SyncState::Failed:
        return QCoreApplication::translate(
            "QuoteDesk::SyncStateView",
            "The last publish failed; the site was left as it was. Publish again to retry.");
    }
    return {};
}

} // namespace

QIcon syncStateIcon(SyncState state)
{
    QString themeName;
    switch (state) {
    case SyncState::NotPublished:
        break;
    case SyncState::UpToDate:
        themeName = u"state-ok"_s;
        break;
    case SyncState::ChangedHere:
        themeName = u"state-sync"_s;
        break;
    case SyncState::ChangedOnSite:
        themeName = u"state-information"_s;
        break;
    case SyncState::Both:
        themeName = u"state-warning"_s;
        break;
    case SyncState::Failed:
        themeName = u"state-error"_s;
        break;
    }
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return drawnIcon(state);
}

QString syncStateText(SyncState state)
{
    return displayName(state);
}

QString syncStateToolTip(SyncState state)
{
    return toolTipOf(state);
}

} // namespace QuoteDesk
