// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace QuoteDesk {

class Library;

/// Jump to any quote, speaker or essay by typing part of its title or name.
class QuickOpenDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit QuickOpenDialog(Library &library, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }

Q_SIGNALS:
    void recordChosen(QuoteDesk::RecordType type, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateResults();
    void choose();

    Library &m_library;
    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_problem; ///< why the search failed, when it did
};

} // namespace QuoteDesk
