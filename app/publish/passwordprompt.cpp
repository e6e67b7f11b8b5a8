// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include "publish/keychaincredentialstore.h"
#include "publish/publishcontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace QuoteDesk {

PasswordPrompt::PasswordPrompt(PublishController *controller, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_credentials(credentials)
    , m_intro(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_where(new QLabel(this))
{
    setWindowTitle(tr("Application Password"));
    setWindowModality(Qt::WindowModal);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_intro->setWordWrap(true);
    m_where->setWordWrap(true);
    m_where->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Application Password"));
    m_password->setPlaceholderText(tr("xxxx xxxx xxxx xxxx xxxx xxxx"));
    m_remember->setChecked(true);
    m_where->setText(tr("No keychain is running, so the password is kept in memory until QuoteDesk "
                        "closes and asked for again after that."));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordPrompt::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_where);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(controller, &PublishController::passwordNeeded, this, &PasswordPrompt::ask);
}

bool PasswordPrompt::keychainAvailable(const CredentialStore *credentials)
{
    const auto *keychain = qobject_cast<const KeychainCredentialStore *>(credentials);
    return keychain && !keychain->isUsingFallback();
}

void PasswordPrompt::ask(qint64 siteId, const QString &siteName, const QString &userName)
{
    m_siteId = siteId;
    m_intro->setText(tr("Enter the Application Password of the user “%1” on the site “%2”. Create one in "
                        "WordPress under Users → Profile → Application Passwords.")
                         .arg(userName, siteName));
    m_password->clear();
    m_keychain = keychainAvailable(m_credentials);
    m_remember->setVisible(m_keychain);
    m_where->setVisible(!m_keychain);
    m_password->setFocus();
    adjustSize();
    open();
}

void PasswordPrompt::accept()
{
    const QString password = m_password->text().trimmed();
    if (password.isEmpty())
        return;
    const bool remember = m_keychain && m_remember->isChecked();
    m_password->clear();
    QDialog::accept();
    m_controller->setPassword(m_siteId, password, remember);
}

void PasswordPrompt::reject()
{
    m_password->clear();
    QDialog::reject();
    m_controller->cancel();
}

} // namespace QuoteDesk
