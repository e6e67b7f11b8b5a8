// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtype.h"

#include <QCoreApplication>

#include <array>

namespace QuoteDesk {
namespace {

struct TypeNames
{
    RecordType type;
    const char *singular;
    const char *plural;
};

constexpr std::array<TypeNames, 8> s_names { {
    { RecordType::Speaker, "speaker", "speakers" },
    { RecordType::Essay, "essay", "essays" },
    { RecordType::Quote, "quote", "quotes" },
    { RecordType::Asset, "asset", "assets" },
    { RecordType::Category, "category", "categories" },
    { RecordType::Tag, "tag", "tags" },
    { RecordType::Site, "site", "sites" },
    { RecordType::Publication, "publication", "publications" },
} };

const TypeNames &namesOf(RecordType type)
{
    return s_names[static_cast<std::size_t>(type) - 1];
}

} // namespace

QString recordTypeName(RecordType type)
{
    return QString::fromLatin1(namesOf(type).singular);
}

QString recordTypePluralName(RecordType type)
{
    return QString::fromLatin1(namesOf(type).plural);
}

std::optional<RecordType> recordTypeFromName(QStringView name)
{
    for (const auto &names : s_names) {
        if (name.compare(QLatin1String(names.singular), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String(names.plural), Qt::CaseInsensitive) == 0) {
            return names.type;
        }
    }
    return std::nullopt;
}

QString recordTypeDisplayName(RecordType type)
{
    switch (type) {
    case RecordType::Speaker:
        return QCoreApplication::translate("QuoteDesk::RecordType", "speaker");
    case RecordType::Essay:
        return QCoreApplication::translate("QuoteDesk::RecordType", "essay");
    case RecordType::Quote:
        return QCoreApplication::translate("QuoteDesk::RecordType", "quote");
    case RecordType::Asset:
        return QCoreApplication::translate("QuoteDesk::RecordType", "asset");
    case RecordType::Category:
        return QCoreApplication::translate("QuoteDesk::RecordType", "category");
    case RecordType::Tag:
        return QCoreApplication::translate("QuoteDesk::RecordType", "tag");
    case RecordType::Site:
        return QCoreApplication::translate("QuoteDesk::RecordType", "site");
    case RecordType::Publication:
        return QCoreApplication::translate("QuoteDesk::RecordType", "publication");
    }
    return {};
}

} // namespace QuoteDesk
