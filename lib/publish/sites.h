// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace QuoteDesk {
class Library;
}

// The WordPress sites of a library: add, find, remove. A Site record holds the address, the
// user name and the key of its password in a CredentialStore, never the password.
namespace QuoteDesk::Sites {

/// The live site called @p name (case-insensitive); nothing when there is none.
std::optional<Site> findByName(const Library &library, const QString &name);

/// Saves a new site after checking its name (not empty, not taken) and address (see
/// WpUrl::siteUrl: https, or http to this computer). Gives it a fresh credential key.
bool add(Library &library, Site &site, QString *error);

/// Moves the site called @p name to the trash. Refused while publications refer to it.
/// @p credentialKey receives the key of its password, for the caller to delete from the store.
bool remove(Library &library, const QString &name, QString *credentialKey, QString *error);

} // namespace QuoteDesk::Sites
