// SPDX-License-Identifier: GPL-3.0-or-later
// The questions the main window asks, as message boxes.
#include "mainwindow.h"

#include <QInputDialog>
#include <QPushButton>

namespace QuoteDesk {

MainWindow::Dialogs MainWindow::Dialogs::standard()
{
    Dialogs dialogs;
    dialogs.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    };
    dialogs.showError = [](QWidget *parent, const QString &text) {
        QMessageBox::warning(parent, MainWindow::tr("QuoteDesk"), text);
    };
    dialogs.askUnsaved = [](QWidget *parent, const QStringList &names) {
        return QMessageBox::question(
            parent, MainWindow::tr("Unsaved Changes"),
            MainWindow::tr("These records have unsaved changes:\n%1\n\nSave them before closing?")
                .arg(names.join(u'\n')),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    dialogs.offerDrafts = [](QWidget *parent, const QStringList &drafts) {
        QMessageBox box(
            QMessageBox::Question, MainWindow::tr("Recover Unsaved Changes"),
            MainWindow::tr("QuoteDesk ended without saving these records:\n%1\n\nRestore the unsaved "
                           "changes? Restored records open with the changes unsaved; save them to keep them.")
                .arg(drafts.join(u'\n')),
            QMessageBox::Discard | QMessageBox::Cancel, parent);
        QPushButton *restore = box.addButton(MainWindow::tr("&Restore"), QMessageBox::AcceptRole);
        box.setDefaultButton(restore);
        box.button(QMessageBox::Cancel)->setText(MainWindow::tr("&Later"));
        box.exec();
        if (box.clickedButton() == restore)
            return QMessageBox::Open;
        return box.standardButton(box.clickedButton());
    };
    dialogs.askText = [](QWidget *parent, const QString &title, const QString &label) {
        return QInputDialog::getText(parent, title, label);
    };
    return dialogs;
}

} // namespace QuoteDesk
