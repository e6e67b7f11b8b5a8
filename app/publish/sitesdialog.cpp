// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesdialog.h"

#include "messagelook.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"
#include "publish/wpurl.h"
#include "store/library.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

SitesDialog::SitesDialog(Library *library, CredentialStore *credentials, PublishController *controller,
                         QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_credentials(credentials)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Site"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_busy(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("WordPress Sites"));
    m_list->setObjectName(u"siteList"_s);
    m_name->setObjectName(u"nameEdit"_s);
    m_url->setObjectName(u"urlEdit"_s);
    m_user->setObjectName(u"userEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_add->setObjectName(u"addButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_save->setObjectName(u"saveButton"_s);
    m_test->setObjectName(u"testButton"_s);
    m_busy->setObjectName(u"testBusy"_s);
    m_result->setObjectName(u"testResult"_s);

    m_list->setAccessibleName(tr("Sites"));
    m_list->setMinimumWidth(160);
    m_name->setAccessibleName(tr("Site name"));
    m_name->setPlaceholderText(tr("The firm's website"));
    m_url->setAccessibleName(tr("Site address"));
    m_url->setPlaceholderText(tr("https://example.com/"));
    m_user->setAccessibleName(tr("WordPress user name"));
    m_password->setAccessibleName(tr("Application Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Form message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    m_add->setAccessibleName(tr("Add a site"));
    m_remove->setAccessibleName(tr("Remove the selected site"));
    m_test->setToolTip(tr("Saves the form, then asks the site who the user is and what they may do."));

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name);
    addRow(tr("A&ddress:"), m_url);
    addRow(tr("&User name:"), m_user);
    addRow(tr("Application &password:"), m_password);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_save);
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy);
    testRow->addStretch();

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addStretch();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SitesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_save);
    setTabOrder(m_save, m_test);
    setTabOrder(m_test, buttons->button(QDialogButtonBox::Close));

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showSite(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_add, &QPushButton::clicked, this, &SitesDialog::newSite);
    connect(m_remove, &QPushButton::clicked, this, &SitesDialog::removeSite);
    connect(m_save, &QPushButton::clicked, this, &SitesDialog::saveSite);
    connect(m_test, &QPushButton::clicked, this, &SitesDialog::testConnection);
    connect(m_url, &QLineEdit::textEdited, this, &SitesDialog::checkAddress);
    connect(m_controller, &PublishController::connectionTested, this, &SitesDialog::connectionTested);

    resize(640, 360);
    reload(0);
    if (m_list->count() == 0)
        newSite();
}

QString SitesDialog::message() const
{
    return m_message->text();
}

QString SitesDialog::testResult() const
{
    return m_result->text();
}

void SitesDialog::reload(qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<Site> sites = m_library->list<Site>(ListOptions { .orderBy = u"name"_s });
    for (const Site &site : sites) {
        auto *item = new QListWidgetItem(site.name, m_list);
        item->setData(Qt::UserRole, site.id);
        item->setToolTip(site.baseUrl);
        if (site.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (selectId == 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
        showSite(m_list->currentItem()->data(Qt::UserRole).toLongLong());
    }
    updateButtons();
}

void SitesDialog::selectSite(qint64 siteId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == siteId)
            m_list->setCurrentRow(row);
    }
}

void SitesDialog::showSite(qint64 siteId)
{
    const auto site = m_library->get<Site>(siteId);
    if (!site)
        return;
    m_siteId = site->id;
    m_name->setText(site->name);
    m_url->setText(site->baseUrl);
    m_user->setText(site->userName);
    m_password->clear();
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(
        tr("Leave empty to keep the password; it is kept in %1.").arg(m_credentials->location()));
    m_message->clear();
    m_result->clear();
    updateButtons();
}

void SitesDialog::newSite()
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    m_siteId = 0;
    m_name->clear();
    m_url->clear();
    m_user->clear();
    m_password->clear();
    m_password->setPlaceholderText(tr("From the user's WordPress profile"));
    m_password->setToolTip(tr("Create one in WordPress under Users → Profile → Application Passwords."));
    m_message->clear();
    m_result->clear();
    m_name->setFocus();
    updateButtons();
}

void SitesDialog::updateButtons()
{
    m_remove->setEnabled(m_siteId != 0 && m_testingId == 0);
    m_test->setEnabled(m_testingId == 0);
    m_save->setText(m_siteId == 0 ? tr("&Save New Site") : tr("&Save"));
}

void SitesDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    markProblem(m_message, problem);
}

void SitesDialog::checkAddress()
{
    if (m_url->text().trimmed().isEmpty()) {
        m_message->clear();
        return;
    }
    QString error;
    if (WpUrl::siteUrl(m_url->text(), &error))
        m_message->clear();
    else
        showMessage(error, true);
}

bool SitesDialog::saveSite()
{
    QString error;
    Site site;
    if (m_siteId != 0) {
        const auto stored = m_library->get<Site>(m_siteId, &error);
        if (!stored) {
            showMessage(error, true);
            return false;
        }
        site = *stored;
    }
    site.name = m_name->text().trimmed();
    site.baseUrl = m_url->text().trimmed();
    site.userName = m_user->text().trimmed();

    bool saved = false;
    if (site.id == 0) {
        saved = Sites::add(*m_library, site, &error);
    } else if (site.name.isEmpty() || site.userName.isEmpty()) {
        error = tr("Enter the site's name and the WordPress user name the Application Password belongs to.");
    } else if (const auto other = Sites::findByName(*m_library, site.name); other && other->id != site.id) {
        error = tr("There is already a site called “%1”. Choose another name.").arg(site.name);
    } else if (const auto url = WpUrl::siteUrl(site.baseUrl, &error)) {
        site.baseUrl = url->toString();
        saved = m_library->save(site, &error);
    }
    if (!saved) {
        showMessage(error, true);
        return false;
    }
    m_siteId = site.id;
    m_url->setText(site.baseUrl);

    // The password goes to the credential store only; the controller's session for the site
    // is renewed so the next request uses the new address and password.
    const QString password = m_password->text().trimmed();
    m_password->clear();
    const qint64 siteId = site.id;
    if (!password.isEmpty()) {
        m_controller->setPassword(siteId, password, false);
        showMessage(tr("Saving the password…"), false);
        m_credentials->write(site.credentialKey, password, this, [this](bool ok, const QString &why) {
            if (ok)
                showMessage(tr("Saved. The password is kept in %1.").arg(m_credentials->location()), false);
            else
                showMessage(tr("The site was saved, but its password could not be stored: %1").arg(why),
                            true);
        });
    } else {
        showMessage(tr("Saved."), false);
        m_credentials->read(site.credentialKey, this,
                            [this, siteId](const std::optional<QString> &secret, const QString &) {
                                if (secret)
                                    m_controller->setPassword(siteId, *secret, false);
                            });
    }
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(
        tr("Leave empty to keep the password; it is kept in %1.").arg(m_credentials->location()));
    reload(siteId);
    Q_EMIT sitesChanged();
    return true;
}

void SitesDialog::removeSite()
{
    if (m_siteId == 0)
        return;
    QString key, error;
    const auto site = m_library->get<Site>(m_siteId);
    if (!site || !Sites::remove(*m_library, site->name, &key, &error)) {
        showMessage(error.isEmpty() ? tr("The site is not in the library any more.") : error, true);
        return;
    }
    m_credentials->remove(key, this, [](bool, const QString &) {});
    newSite();
    reload(0);
    showMessage(tr("Moved “%1” to the trash; its password was deleted.").arg(site->name), false);
    Q_EMIT sitesChanged();
}

void SitesDialog::testConnection()
{
    if (m_testingId != 0 || !saveSite())
        return;
    m_testingId = m_siteId;
    m_result->setText(tr("Connecting to %1…").arg(m_url->text()));
    markProblem(m_result, false);
    m_busy->show();
    updateButtons();
    m_controller->testConnection(m_testingId);
}

void SitesDialog::connectionTested(qint64 siteId, const WpSite::User &user, const WpError &error)
{
    if (siteId != m_testingId)
        return;
    m_testingId = 0;
    m_busy->hide();
    updateButtons();
    markProblem(m_result, error.isError() || !user.canPublish);
    if (error.isError()) {
        m_result->setText(error.message);
    } else if (user.canPublish) {
        m_result->setText(tr("Connected as %1, who may publish posts.").arg(user.name));
    } else {
        m_result->setText(tr("Connected as %1, who may not publish posts: ask an administrator of the "
                             "site for the Author or Editor role.")
                              .arg(user.name));
    }
}

} // namespace QuoteDesk
