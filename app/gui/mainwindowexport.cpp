// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Site…: the static site of the library written into a folder, with progress.
#include "mainwindow.h"

#include "render/siteexport.h"
#include "store/library.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

void MainWindow::setupExport(QMenu *fileMenu)
{
    QAction *action = fileMenu->addAction(tr("E&xport Site…"), this, &MainWindow::exportSite);
    action->setObjectName(u"exportSiteAction"_s);
    action->setToolTip(tr("Write the published posts as a static web site into a folder."));
}

void MainWindow::exportSite()
{
    const QString title = tr("Export Site To Folder");
    const QString folder = m_chooseFolder ? m_chooseFolder(this, title)
                                          : QFileDialog::getExistingDirectory(this, title, QDir::homePath());
    if (folder.isEmpty())
        return;

    QProgressDialog progress(tr("Exporting the site…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowTitle(tr("Export Site"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const std::optional<SiteExportReport> report = QuoteDesk::exportSite(
        m_library, folder, SiteExportOptions {},
        [&progress](int done, int total, const QString &step) {
            progress.setMaximum(total);
            progress.setLabelText(step);
            progress.setValue(done); // a modal progress dialog handles events here, Cancel too
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (!report) {
        showError(tr("Could not export the site to “%1”: %2").arg(QDir::toNativeSeparators(folder), error));
        return;
    }

    const QString message = tr("Exported %n post(s) to “%1”.", nullptr, report->postCount)
                                .arg(QDir::toNativeSeparators(report->folder));
    auto *open = new QPushButton(tr("Open Folder"), statusBar());
    open->setObjectName(u"openExportFolderButton"_s);
    open->setFlat(true);
    const QUrl url = QUrl::fromLocalFile(report->folder);
    connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
    // The button belongs to the message: it goes when the message does.
    connect(statusBar(), &QStatusBar::messageChanged, open, [open, message](const QString &shown) {
        if (shown != message)
            open->deleteLater();
    });
    statusBar()->addPermanentWidget(open);
    statusBar()->showMessage(message, 20000);
}

} // namespace QuoteDesk
