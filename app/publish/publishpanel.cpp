// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishpanel.h"

#include "conflictdialog.h"
#include "messagelook.h"
#include "publish/publishcontroller.h"
#include "publish/publishinputs.h"
#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

PublishPanel::PublishPanel(PublishController *controller, Library *library, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_library(library)
    , m_sites(new QComboBox(this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_result(new QLabel(this))
    , m_open(new QPushButton(tr("&Open on Site"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setAccessibleName(tr("Publishing"));
    m_sites->setObjectName(u"siteCombo"_s);
    m_step->setObjectName(u"stepLabel"_s);
    m_progress->setObjectName(u"stepProgress"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_result->setObjectName(u"resultLabel"_s);
    m_open->setObjectName(u"openButton"_s);
    m_retry->setObjectName(u"retryButton"_s);
    auto *siteLabel = new QLabel(tr("Publish &to:"), this);
    siteLabel->setBuddy(m_sites);
    m_sites->setAccessibleName(tr("Site to publish to"));
    m_sites->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *publishButton = new QPushButton(tr("&Publish"), this);
    publishButton->setObjectName(u"publishButton"_s);
    publishButton->setToolTip(tr("Publish the post to the chosen site (Ctrl+Shift+P)."));
    m_step->setAccessibleName(tr("Publishing step"));
    m_progress->setAccessibleName(tr("Progress of the step"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_step->sizeHint().height());
    m_cancel->setToolTip(tr("Stop publishing; what the site already has stays there and a retry is safe."));
    m_result->setAccessibleName(tr("Publishing result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setToolTip(tr("Open the post in the web browser."));
    m_retry->setToolTip(tr("Publish again."));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(siteLabel);
    top->addWidget(m_sites, 1);
    top->addWidget(publishButton);
    layout->addLayout(top, 0, 0, 1, 3);
    layout->addWidget(m_step, 1, 0);
    layout->addWidget(m_progress, 1, 1);
    layout->addWidget(m_cancel, 1, 2);
    layout->addWidget(m_result, 2, 0, 1, 3);
    auto *after = new QHBoxLayout;
    after->addStretch();
    after->addWidget(m_open);
    after->addWidget(m_retry);
    layout->addLayout(after, 3, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    setTabOrder(m_sites, publishButton);
    setTabOrder(publishButton, m_cancel);
    setTabOrder(m_cancel, m_open);
    setTabOrder(m_open, m_retry);

    for (QWidget *w : std::initializer_list<QWidget *> { m_step, m_progress, m_cancel, m_open, m_retry })
        w->hide();

    connect(publishButton, &QPushButton::clicked, this, &PublishPanel::publish);
    connect(m_cancel, &QPushButton::clicked, m_controller, &PublishController::cancel);
    connect(m_retry, &QPushButton::clicked, this, &PublishPanel::retry);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_link); });
    connect(m_sites, &QComboBox::currentIndexChanged, this, &PublishPanel::updateActions);
    connect(m_controller, &PublishController::busyChanged, this, &PublishPanel::updateActions);
    connect(m_controller, &PublishController::stepStarted, this, &PublishPanel::stepStarted);
    connect(m_controller, &PublishController::progress, this, &PublishPanel::progress);
    connect(m_controller, &PublishController::finished, this, &PublishPanel::finished);

    reloadSites();
}

QAction *PublishPanel::createPublishAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setText(tr("&Publish"));
    action->setIconText(tr("Publish"));
    action->setToolTip(tr("Publish the post to the site (Ctrl+Shift+P)"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action->setIcon(QIcon::fromTheme(
        u"document-send"_s, QIcon::fromTheme(u"go-up"_s, style()->standardIcon(QStyle::SP_ArrowUp))));
    connect(action, &QAction::triggered, this, &PublishPanel::publish);
    m_actions.removeAll(nullptr);
    m_actions << action;
    updateActions();
    return action;
}

void PublishPanel::setRecord(RecordType type, qint64 recordId)
{
    const bool publishable = type == RecordType::Quote || type == RecordType::Essay;
    m_type = type;
    m_recordId = publishable ? recordId : 0;
    updateActions();
}

void PublishPanel::setSite(qint64 siteId)
{
    const int index = m_sites->findData(siteId);
    if (index >= 0)
        m_sites->setCurrentIndex(index);
}

qint64 PublishPanel::siteId() const
{
    return m_sites->currentData().toLongLong();
}

ConflictDialog *PublishPanel::conflictDialog() const
{
    return m_conflictDialog;
}

QString PublishPanel::resultText() const
{
    return m_result->text();
}

void PublishPanel::reloadSites()
{
    const qint64 current = siteId();
    const QSignalBlocker blocker(m_sites);
    m_sites->clear();
    const QList<Site> sites = m_library->list<Site>(ListOptions { .orderBy = u"name"_s });
    for (const Site &site : sites)
        m_sites->addItem(site.name, site.id);
    if (m_sites->count() == 0)
        m_sites->setPlaceholderText(tr("No site yet: add one under Sites"));
    const int index = m_sites->findData(current);
    m_sites->setCurrentIndex(index >= 0 ? index : 0);
    updateActions();
}

void PublishPanel::updateActions()
{
    const bool can = m_recordId != 0 && siteId() != 0 && !m_controller->isBusy() && !m_running;
    for (QAction *action : std::as_const(m_actions)) {
        if (action)
            action->setEnabled(can);
    }
    if (auto *button = findChild<QPushButton *>(u"publishButton"_s))
        button->setEnabled(can);
    m_retry->setEnabled(!m_controller->isBusy() && !m_running);
}

void PublishPanel::publish()
{
    if (m_running || m_controller->isBusy())
        return;
    if (m_recordId == 0 || siteId() == 0) {
        showResult(m_recordId == 0 ? tr("Open a quote or essay to publish it.")
                                   : tr("Add a WordPress site under Sites first."),
                   true, false);
        return;
    }
    QString error;
    m_input = PublishInputs::load(*m_library, m_type, m_recordId, &error);
    if (!m_input) {
        showResult(tr("Could not prepare the post: %1").arg(error), true, false);
        return;
    }
    m_runningSiteId = siteId();
    start(false);
}

void PublishPanel::retry()
{
    if (!m_input)
        return;
    // Read the record again: it may have been fixed since the failure.
    QString error;
    if (auto fresh = PublishInputs::load(*m_library, m_type, m_input->recordId, &error))
        m_input = fresh;
    start(false);
}

void PublishPanel::start(bool overwrite)
{
    PublishOptions options = m_options;
    options.overwrite = overwrite;
    m_running = true;
    m_wasPublished =
        !m_controller->linkOnSite(m_input->recordType, m_input->recordId, m_runningSiteId).isEmpty();
    m_link.clear();
    m_result->clear();
    m_open->hide();
    m_retry->hide();
    m_step->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> { m_step, m_progress, m_cancel })
        w->show();
    m_cancel->setFocus();
    updateActions();
    m_controller->publish(*m_input, m_runningSiteId, options);
}

void PublishPanel::stepStarted(int step, int stepCount, const QString &label)
{
    if (!m_running)
        return;
    m_step->setText(tr("Step %1 of %2: %3").arg(step + 1).arg(stepCount).arg(label));
    m_progress->setRange(0, 0);
}

void PublishPanel::progress(int done, int total)
{
    if (!m_running || total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PublishPanel::finished(const PublishResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    for (QWidget *w : std::initializer_list<QWidget *> { m_step, m_progress, m_cancel })
        w->hide();
    updateActions();
    const QString siteName = m_library->labelOf(RecordType::Site, m_runningSiteId);
    if (result.conflict) {
        showConflict(result);
        return;
    }
    if (result.error.kind == WpError::Kind::Cancelled) {
        showResult(tr("Publishing cancelled. Whatever the site already received stays there; Retry is "
                      "safe and creates nothing twice."),
                   false, true);
        return;
    }
    if (!result.ok()) {
        showResult(tr("Publishing to %1 failed: %2").arg(siteName, result.error.message), true, true);
        return;
    }
    m_link = QUrl(result.link);
    const QString status = result.status == u"publish"_s ? tr("published")
        : result.status == u"future"_s                   ? tr("scheduled")
                                                         : tr("a draft");
    const QString post = m_wasPublished
        ? tr("Updated post %1 on %2 (%3).").arg(result.remoteId).arg(siteName, status)
        : tr("Created post %1 on %2 (%3).").arg(result.remoteId).arg(siteName, status);
    QString text = post;
    if (result.mediaUploaded + result.mediaReused > 0)
        text += u' '
            + tr("Files: %1 uploaded, %2 already on the site.")
                  .arg(result.mediaUploaded)
                  .arg(result.mediaReused);
    if (!result.warnings.isEmpty())
        text += u' ' + tr("The site did not keep everything: %1").arg(result.warnings.join(u"; "_s));
    showResult(text, false, false);
    m_open->setVisible(!m_link.isEmpty());
    Q_EMIT published(result);
}

void PublishPanel::showConflict(const PublishResult &result)
{
    showResult(tr("The post changed on the site since the last publish; nothing was sent."), true, false);
    auto *dialog = new ConflictDialog(*result.conflict, this);
    dialog->setSiteVersion(SiteVersion::read(*m_library, m_type, m_input->recordId, *result.conflict));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_conflictDialog = dialog;
    const PublishInput input = *m_input;
    const qint64 site = m_runningSiteId;
    const RecordType type = m_type;
    connect(dialog, &ConflictDialog::chosen, this,
            [this, dialog, input, site, type](ConflictDialog::Choice choice) {
                m_conflictDialog = nullptr;
                switch (choice) {
                case ConflictDialog::Choice::Overwrite:
                    m_runningSiteId = site;
                    start(true);
                    return;
                case ConflictDialog::Choice::TakeSiteVersion: {
                    QString error;
                    if (!m_controller->takeSiteVersion(dialog->conflict(), input.recordType, input.recordId,
                                                       site, &error)) {
                        showResult(tr("Could not take the site's version: %1").arg(error), true, true);
                        return;
                    }
                    showResult(tr("Took the site's version into this record; the site was not changed."),
                               false, false);
                    Q_EMIT siteVersionTaken(type, input.recordId, dialog->siteVersion());
                    return;
                }
                case ConflictDialog::Choice::Cancel:
                    showResult(
                        tr("Nothing was published: the site keeps its edits and this record keeps yours."),
                        false, true);
                    return;
                }
            });
    dialog->open();
}

void PublishPanel::showResult(const QString &text, bool problem, bool canRetry)
{
    m_result->setText(text);
    markProblem(m_result, problem);
    m_retry->setVisible(canRetry && m_input.has_value());
    if (canRetry)
        m_retry->setFocus();
}

} // namespace QuoteDesk
