// SPDX-License-Identifier: GPL-3.0-or-later
// Shows a Markdown editor beside the preview of a demo quote and saves a picture of both:
// `xvfb-run editor-shot PNG [--dark]`.
#include "markdownedit.h"
#include "previewpane.h"

#include "store/demolibrary.h"
#include "store/library.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QSplitter>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    return palette;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: editor-shot PNG [--dark]\n");
        return 2;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (args.contains(u"--dark"_s))
        QApplication::setPalette(darkPalette());

    QTemporaryDir folder;
    Library library;
    QString error;
    if (!folder.isValid() || !library.open(folder.filePath(u"demo.qdlib"_s), &error)
        || !DemoLibrary::populate(library, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Quote quote = library.list<Quote>().value(0);
    quote.commentary = u"# Draft notes\n\n- Sovereign AI is **infrastructure**, not a product.\n"
                       "- Export rules push *local* supply chains.\n\n"
                       "> Countries want their own data centres.\n\n"
                       "See [the call](https://example.com/call) and `ticker: NVDA`.\n\n"
                       "```\nrevenue = units * price\n```\n\n1. Watch capex\n2. Watch margins\n\n"_s
        + quote.commentary;

    QSplitter window;
    auto *edit = new MarkdownEdit(&window);
    edit->setPlainText(quote.commentary);
    auto *preview = new PreviewPane(&library, &window);
    window.addWidget(edit);
    window.addWidget(preview);
    window.resize(1000, 640);
    window.setSizes({ 450, 550 });
    window.show();
    // Follow the section the cursor is in, as a record editor would.
    QObject::connect(edit, &QPlainTextEdit::cursorPositionChanged, preview,
                     [edit, preview] { preview->setFollowedHeading(edit->headingAtCursor()); });
    edit->setTextCursor(QTextCursor(edit->document()->findBlockByNumber(2)));
    preview->showQuote(quote);

    const QString target = args.at(1);
    QObject::connect(preview, &PreviewPane::refreshed, &window, [&] {
        QTimer::singleShot(100, &window, [&] {
            window.grab().save(target);
            app.quit();
        });
    });
    return app.exec();
}
