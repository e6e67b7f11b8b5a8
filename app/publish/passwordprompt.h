// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace QuoteDesk {

class CredentialStore;
class PublishController;

/// Answers PublishController::passwordNeeded(): asks for the site's Application Password
/// (window-modal, never blocking the event loop) and hands it to setPassword(). The
/// controller keeps it for the session, so each site is asked once; "Remember in the
/// keychain" is offered only while a keychain works. Cancelling cancels the waiting operation.
///
/// Create one per main window: `new PasswordPrompt(controller, credentials, mainWindow)`.
class PasswordPrompt final : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(PublishController *controller, CredentialStore *credentials, QWidget *parent = nullptr);

    /// Shows the prompt for a site (what passwordNeeded() calls).
    void ask(qint64 siteId, const QString &siteName, const QString &userName);
    qint64 siteId() const { return m_siteId; }
    /// True when the store is a working keychain (not the in-memory fallback).
    static bool keychainAvailable(const CredentialStore *credentials);

    void accept() override;
    void reject() override;

private:
    PublishController *m_controller;
    CredentialStore *m_credentials;
    qint64 m_siteId = 0;
    bool m_keychain = false;
    QLabel *m_intro;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_where;
};

} // namespace QuoteDesk
