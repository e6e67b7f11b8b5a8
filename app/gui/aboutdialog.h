// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QMainWindow;

namespace QuoteDesk {

/// Help ▸ About QuoteDesk: the version and licence, the versions of the libraries in use
/// (Qt, the library's database engine, KDE Syntax Highlighting where built) and the path of
/// the open library, which can be copied with the rest for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &libraryPath, const QString &engineVersion, QWidget *parent = nullptr);

    /// The facts the dialog shows, one per line, as "Copy" puts them on the clipboard.
    QString facts() const { return m_facts; }

private:
    QString m_facts;
};

/// Adds the Help menu with "About QuoteDesk" and "About Qt" to @p window.
void addHelpMenu(QMainWindow *window, const QString &libraryPath, const QString &engineVersion);

} // namespace QuoteDesk
