// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"

#include <optional>

namespace QuoteDesk::Cli {

/// --password-file FILE, of the commands that talk to a site.
QCommandLineOption passwordFileOption();

/// The site called @p name; nothing, after printing why, when the library has none.
std::optional<Site> siteArgument(CommandContext &context, const QString &name);

/// What a command needs to talk to a site: the password from the environment or the
/// password file (never the command line), and the publish controller the app uses too.
class SiteConnection final
{
public:
    explicit SiteConnection(CommandContext &context);

    /// Whether a password was given; prints how to give one when not.
    bool checkPassword();
    PublishController *controller() { return &m_controller; }

private:
    CommandContext &m_context;
    EnvironmentCredentialStore m_credentials;
    PublishController m_controller;
};

} // namespace QuoteDesk::Cli
