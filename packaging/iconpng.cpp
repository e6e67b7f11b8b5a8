// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the app's SVG icon to the PNG sizes of the hicolor theme, at build time:
//   icon-png SVG OUTPUT-FOLDER SIZE…   writes OUTPUT-FOLDER/SIZExSIZE/io.quotedesk.QuoteDesk.png
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: icon-png SVG OUTPUT-FOLDER SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "icon-png: %s is not an SVG image this renderer can read\n",
                     qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "icon-png: '%s' is not a size in pixels\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString folder = args.at(2) + QStringLiteral("/%1x%1").arg(size);
        const QString target = folder + QStringLiteral("/io.quotedesk.QuoteDesk.png");
        if (!QDir().mkpath(folder) || !image.save(target, "PNG")) {
            std::fprintf(stderr, "icon-png: could not write %s\n", qPrintable(target));
            return 1;
        }
    }
    return 0;
}
