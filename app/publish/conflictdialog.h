// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publishjob.h"
#include "publish/siteversion.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace QuoteDesk {

/// Shown when a publish stopped because the post changed on the site since the last sync:
/// the site's title, excerpt and text against the local ones, changed words marked, and the
/// choice of overwriting the site, taking the site's version, or cancelling.
///
/// Does nothing itself: the caller reads choice() after finished() (PublishPanel publishes
/// again with overwrite, or calls PublishController::takeSiteVersion and hands the site's
/// title/excerpt/text to the record's editor).
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, Overwrite, TakeSiteVersion };
    Q_ENUM(Choice)

    explicit ConflictDialog(const PublishConflict &conflict, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    const PublishConflict &conflict() const { return m_conflict; }

    /// The comparison as shown (HTML), for tests and screenshots.
    QString diffHtml() const;

    /// What "Take the site's version" puts into the record (SiteVersion::read()): the dialog
    /// says which parts come back and what is not taken, before the choice.
    void setSiteVersion(const SiteVersion &version);
    const SiteVersion &siteVersion() const { return m_version; }
    /// The text shown about taking the site's version, for tests.
    QString takeNote() const;

Q_SIGNALS:
    /// Once, when the dialog closes (Escape or closing the window: Cancel).
    void chosen(QuoteDesk::ConflictDialog::Choice choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(Choice choice);
    void render();

    PublishConflict m_conflict;
    SiteVersion m_version;
    Choice m_choice = Choice::Cancel;
    QTextBrowser *m_view;
    QLabel *m_takeNote;
    QPushButton *m_overwrite;
    QPushButton *m_take;
    QPushButton *m_cancel;
};

} // namespace QuoteDesk
