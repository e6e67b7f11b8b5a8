// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "markdownsyntax.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

AboutDialog::AboutDialog(const QString &libraryPath, const QString &engineVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About QuoteDesk"));

    auto *heading = new QLabel(
        tr("<h2>QuoteDesk %1</h2><p>An editorial desk for quote posts: speakers, context essays and "
           "media kept once, previewed as the site shows them and published to WordPress.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
        this);
    heading->setWordWrap(true);

    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    const QString qt = running == built ? running : tr("%1 (built with %2)").arg(running, built);
    const QString highlighter = MarkdownSyntax::usesKSyntaxHighlighting()
        ? MarkdownSyntax::highlighterVersion()
        : tr("not in this build (the built-in Markdown highlighter is used)");
    const QString engine = engineVersion.isEmpty() ? tr("unknown") : engineVersion;
    const QString licence = tr("GNU General Public License, version 3 or later (GPL-3.0-or-later)");

    const QList<std::pair<QString, QString>> rows {
        { tr("Version:"), QCoreApplication::applicationVersion() },
        { tr("Licence:"), licence },
        { tr("Qt:"), qt },
        { tr("Database:"), engine },
        { tr("KF6 SyntaxHighlighting:"), highlighter },
        { tr("Library file:"), libraryPath },
    };
    auto *form = new QFormLayout;
    for (const auto &[name, value] : rows) {
        auto *label = new QLabel(value, this);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        label->setAccessibleName(name);
        form->addRow(name, label);
        m_facts += name + u' ' + value + u'\n';
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyButton"_s);
    copy->setToolTip(tr("Copy these facts, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_facts); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void addHelpMenu(QMainWindow *window, const QString &libraryPath, const QString &engineVersion)
{
    QMenu *help = window->menuBar()->addMenu(AboutDialog::tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(AboutDialog::tr("&About QuoteDesk"), window, [=] {
        AboutDialog dialog(libraryPath, engineVersion, window);
        dialog.exec();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(AboutDialog::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace QuoteDesk
