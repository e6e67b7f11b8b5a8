// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecontext.h"

namespace QuoteDesk::Cli {

SiteConnection::SiteConnection(CommandContext &context)
    : m_context(context)
    , m_credentials(context.parser.value(passwordFileOption().names().constFirst()))
    , m_controller(&context.library, &m_credentials)
{
}

bool SiteConnection::checkPassword()
{
    QString error;
    if (m_credentials.password(&error))
        return true;
    m_context.out.error(error);
    return false;
}

} // namespace QuoteDesk::Cli
