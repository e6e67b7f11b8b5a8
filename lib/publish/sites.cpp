// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites.h"

#include "store/library.h"
#include "wpurl.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Sites {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Sites)
};

} // namespace

std::optional<Site> findByName(const Library &library, const QString &name)
{
    const QList<Site> sites = library.list<Site>();
    for (const Site &site : sites) {
        if (site.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return site;
    }
    return std::nullopt;
}

bool add(Library &library, Site &site, QString *error)
{
    site.name = site.name.trimmed();
    site.userName = site.userName.trimmed();
    if (site.name.isEmpty()) {
        *error = Tr::tr("Give the site a name, for example the firm's name.");
        return false;
    }
    if (findByName(library, site.name)) {
        *error =
            Tr::tr("There is already a site called “%1”. Choose another name, or remove that site first.")
                .arg(site.name);
        return false;
    }
    if (site.userName.isEmpty()) {
        *error = Tr::tr("Enter the WordPress user name the Application Password belongs to.");
        return false;
    }
    const auto url = WpUrl::siteUrl(site.baseUrl, error);
    if (!url)
        return false;
    site.baseUrl = url->toString();
    if (site.credentialKey.isEmpty())
        site.credentialKey = u"wordpress-site-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return library.save(site, error);
}

bool remove(Library &library, const QString &name, QString *credentialKey, QString *error)
{
    const auto site = findByName(library, name);
    if (!site) {
        *error = Tr::tr("There is no site called “%1”.").arg(name);
        return false;
    }
    if (!library.trash(RecordType::Site, site->id, error))
        return false;
    if (credentialKey)
        *credentialKey = site->credentialKey;
    return true;
}

} // namespace QuoteDesk::Sites
