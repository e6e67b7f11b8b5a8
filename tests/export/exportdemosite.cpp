// SPDX-License-Identifier: GPL-3.0-or-later
// export-demo-site DIR: exports the demo-like library of the tests to DIR (for looking at the
// export in a browser, e.g. from screenshot-export.sh). Prints the pages written.
#include "demosite.h"
#include "render/siteexport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        err << "usage: export-demo-site DIR\n";
        return 2;
    }
    QTemporaryDir work;
    Library library;
    QString error;
    if (!work.isValid() || !library.open(work.filePath(u"demo.qdlib"_s), &error)
        || !Test::DemoSite::populate(library, &error)) {
        err << "export-demo-site: " << error << '\n';
        return 1;
    }
    SiteExportOptions options;
    options.siteTitle = u"Global Advisors | Quantified Strategy Consulting"_s;
    const auto report = exportSite(library, arguments.at(1), options, {}, &error);
    if (!report) {
        err << "export-demo-site: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (const QString &file : report->files)
        out << file << '\n';
    return 0;
}
