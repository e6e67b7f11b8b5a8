// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

// Saves a picture of a widget under QUOTEDESK_SCREENSHOT_DIR when that is set.
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUOTEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // pending layout requests, as a person would see them
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
