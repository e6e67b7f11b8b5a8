// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace QuoteDesk {

class CredentialStore;
class Library;
class PublishController;
struct WpError;
namespace WpSite {
struct User;
}

/// The WordPress sites of the library: add, edit and remove them, and test the connection.
///
/// The site's name, address and user name are saved in the library; the Application
/// Password goes to the CredentialStore only (and to the controller's session), never to the
/// library or the settings. Addresses must be https, or http to this computer; the reason
/// for a refusal is shown under the form. "Test connection" runs asynchronously through
/// PublishController::testConnection() and shows the user's display name and whether they
/// may publish, or the site's error.
///
/// Non-blocking: open it with show() or open().
class SitesDialog final : public QDialog
{
    Q_OBJECT
public:
    SitesDialog(Library *library, CredentialStore *credentials, PublishController *controller,
                QWidget *parent = nullptr);

    /// The site the form shows; 0 for a new one.
    qint64 currentSiteId() const { return m_siteId; }
    void selectSite(qint64 siteId);
    /// The message under the form (validation, save, removal), for tests.
    QString message() const;
    /// The result line of the connection test.
    QString testResult() const;

public Q_SLOTS:
    /// Clears the form for a new site.
    void newSite();
    /// Saves the form (adds or updates); false with the reason shown when refused.
    bool saveSite();
    void removeSite();
    void testConnection();

Q_SIGNALS:
    /// A site was added, changed or removed: lists of sites elsewhere reload.
    void sitesChanged();

private:
    void reload(qint64 selectId);
    void showSite(qint64 siteId);
    void showMessage(const QString &text, bool problem);
    void checkAddress();
    void updateButtons();
    void connectionTested(qint64 siteId, const WpSite::User &user, const WpError &error);

    Library *m_library;
    CredentialStore *m_credentials;
    PublishController *m_controller;
    qint64 m_siteId = 0;
    qint64 m_testingId = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_result;
};

} // namespace QuoteDesk
