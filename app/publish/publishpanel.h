// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"
#include "publish/publishinput.h"
#include "publish/siteversion.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace QuoteDesk {

class ConflictDialog;
class Library;
class PublishController;
struct PublishResult;

/// The publishing strip of the main window, bound to a PublishController: the site to
/// publish to, the running step ("Step 4 of 7: Uploading files") with a progress bar and
/// Cancel, then the result (created or updated, with "Open on site") or the failure with the
/// site's message and Retry. A conflict opens a ConflictDialog; "Overwrite" publishes again
/// with force, "Take the site's version" records it through the controller and hands the
/// parts of the site's post that belong to the record (SiteVersion) to siteVersionTaken() for
/// the editor to put in the record.
///
/// The main window tells it which record the editor shows (setRecord()) and puts
/// createPublishAction() on its toolbar and menu.
class PublishPanel final : public QWidget
{
    Q_OBJECT
public:
    PublishPanel(PublishController *controller, Library *library, QWidget *parent = nullptr);

    /// "Publish" with Ctrl+Shift+P and a toolbar icon: publishes the current record to the
    /// chosen site. Disabled while there is no record or site, or a publish runs.
    QAction *createPublishAction(QObject *parent);

    /// The quote or essay to publish; a type other than Quote/Essay, or id 0, clears it.
    void setRecord(RecordType type, qint64 recordId);
    /// Chooses the site (a Site id of the library); by default the first one.
    void setSite(qint64 siteId);
    qint64 siteId() const;
    /// Status and date for the next publishes (draft by default).
    void setOptions(const PublishOptions &options) { m_options = options; }

    /// The result line as shown, for tests.
    QString resultText() const;
    /// The address "Open on site" opens; empty before a successful publish.
    QUrl resultLink() const { return m_link; }
    /// The conflict dialog while it is open.
    ConflictDialog *conflictDialog() const;

public Q_SLOTS:
    /// Re-reads the sites (after SitesDialog::sitesChanged()).
    void reloadSites();
    /// Publishes the current record to the chosen site.
    void publish();
    /// Runs the last publish again.
    void retry();

Q_SIGNALS:
    /// A publish ended successfully (created or updated).
    void published(const QuoteDesk::PublishResult &result);
    /// The user kept the site's version: put these into the record (the publication already
    /// records the site's modification time).
    void siteVersionTaken(QuoteDesk::RecordType type, qint64 recordId, const QuoteDesk::SiteVersion &version);

private:
    void start(bool overwrite);
    void stepStarted(int step, int stepCount, const QString &label);
    void progress(int done, int total);
    void finished(const QuoteDesk::PublishResult &result);
    void showConflict(const QuoteDesk::PublishResult &result);
    void showResult(const QString &text, bool problem, bool canRetry);
    void updateActions();

    PublishController *m_controller;
    Library *m_library;
    RecordType m_type = RecordType::Quote;
    qint64 m_recordId = 0;
    PublishOptions m_options;
    std::optional<PublishInput> m_input; ///< of the running or last publish
    qint64 m_runningSiteId = 0;
    bool m_running = false;
    bool m_wasPublished = false; ///< the running publish updates a post rather than creating one
    QUrl m_link;
    QList<QPointer<QAction>> m_actions; ///< may be deleted by their owners
    QPointer<ConflictDialog> m_conflictDialog;

    QComboBox *m_sites;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
    QPushButton *m_open;
    QPushButton *m_retry;
};

} // namespace QuoteDesk
