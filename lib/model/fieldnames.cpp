// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

QString fieldDisplayName(QStringView key)
{
    struct Name
    {
        QStringView key;
        const char *text;
    };
    // The fields of the records as the editor names them (records.h): in diffs and messages.
    static constexpr Name names[] = {
        { u"text", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Quotation") },
        { u"speaker_id", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Speaker") },
        { u"speaker_role", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Role at the time") },
        { u"said_on", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Said on") },
        { u"where_label", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Where") },
        { u"where_url", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Where (link)") },
        { u"essay_id", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Context essay") },
        { u"commentary", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Commentary") },
        { u"title", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Title") },
        { u"title_edited", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Title typed in") },
        { u"slug", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Slug") },
        { u"slug_edited", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Slug typed in") },
        { u"excerpt", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Excerpt") },
        { u"featured_asset_id", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Featured asset") },
        { u"brochure_asset_id", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Brochure") },
        { u"status", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Status") },
        { u"categories", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Categories") },
        { u"tags", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Tags") },
        { u"name", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Name") },
        { u"role", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Role") },
        { u"organisation", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Organisation") },
        { u"headline", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Headline") },
        { u"biography", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Biography") },
        { u"portrait_asset_id", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Portrait") },
        { u"links", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Links") },
        { u"kind", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Kind") },
        { u"body", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Body") },
        { u"sources", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Sources") },
        { u"parent_id", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Parent category") },
        { u"original_name", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "File name") },
        { u"description", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Description") },
        { u"alt_text", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Alt text") },
        { u"author", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Author") },
        { u"base_url", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "Site address") },
        { u"user_name", QT_TRANSLATE_NOOP("QuoteDesk::FieldNames", "User name") },
    };
    for (const Name &name : names) {
        if (name.key == key)
            return QCoreApplication::translate("QuoteDesk::FieldNames", name.text);
    }
    return key.toString();
}

} // namespace QuoteDesk
