// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "document/recorddocument.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {
const QString AutosaveKey = u"editor/autosaveSeconds"_s;
const QString FontKey = u"editor/font"_s;
const QString ThemeKey = u"appearance/theme"_s;
const QString TemplateKey = u"posts/titleTemplate"_s;
const QString LibraryKey = u"library/path"_s;
const QString PublishSiteKey = u"publish/lastSiteId"_s;
const QString PreviewKey = u"window/previewVisible"_s;
const QString LayoutGroup = u"window/layout/"_s;
const QString TabsLibraryKey = u"session/library"_s;
const QString TabsKey = u"session/openTabs"_s;
const QString CurrentTabKey = u"session/currentTab"_s;
constexpr int DefaultAutosaveSeconds = 3;
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
}

int Settings::autosaveSeconds() const
{
    return std::clamp(m_settings.value(AutosaveKey, DefaultAutosaveSeconds).toInt(), 1, 600);
}

void Settings::setAutosaveSeconds(int seconds)
{
    m_settings.setValue(AutosaveKey, std::clamp(seconds, 1, 600));
    Q_EMIT changed();
}

bool Settings::previewVisible() const
{
    return m_settings.value(PreviewKey, true).toBool();
}

void Settings::setPreviewVisible(bool visible)
{
    m_settings.setValue(PreviewKey, visible);
    Q_EMIT changed();
}

QFont Settings::editorFont() const
{
    QFont font;
    const QString description = m_settings.value(FontKey).toString();
    if (!description.isEmpty() && font.fromString(description))
        return font;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont);
}

void Settings::setEditorFont(const QFont &font)
{
    m_settings.setValue(FontKey, font.toString());
    Q_EMIT changed();
}

Settings::Theme Settings::theme() const
{
    const QString name = m_settings.value(ThemeKey).toString();
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    m_settings.setValue(ThemeKey,
                        theme == Theme::Light      ? u"light"_s
                            : theme == Theme::Dark ? u"dark"_s
                                                   : u"system"_s);
    Q_EMIT changed();
}

QString Settings::titleTemplate() const
{
    const QString value = m_settings.value(TemplateKey).toString();
    return value.isEmpty() ? RecordDocument::defaultTitleTemplate() : value;
}

void Settings::setTitleTemplate(const QString &titleTemplate)
{
    m_settings.setValue(TemplateKey, titleTemplate);
    Q_EMIT changed();
}

QString Settings::libraryPath() const
{
    return m_settings.value(LibraryKey).toString();
}

void Settings::setLibraryPath(const QString &path)
{
    m_settings.setValue(LibraryKey, path);
    Q_EMIT changed();
}

qint64 Settings::lastPublishSiteId() const
{
    return m_settings.value(PublishSiteKey, 0).toLongLong();
}

void Settings::setLastPublishSiteId(qint64 siteId)
{
    if (siteId == lastPublishSiteId())
        return;
    m_settings.setValue(PublishSiteKey, siteId);
    Q_EMIT changed();
}

QByteArray Settings::windowLayout(const QString &part) const
{
    return m_settings.value(LayoutGroup + part).toByteArray();
}

void Settings::setWindowLayout(const QString &part, const QByteArray &state)
{
    m_settings.setValue(LayoutGroup + part, state);
}

QStringList Settings::openTabs(const QString &libraryPath, int *current) const
{
    const bool same = !libraryPath.isEmpty() && m_settings.value(TabsLibraryKey).toString() == libraryPath;
    if (current)
        *current = same ? m_settings.value(CurrentTabKey, 0).toInt() : 0;
    return same ? m_settings.value(TabsKey).toStringList() : QStringList();
}

void Settings::setOpenTabs(const QString &libraryPath, const QStringList &tabs, int current)
{
    m_settings.setValue(TabsLibraryKey, libraryPath);
    m_settings.setValue(TabsKey, tabs);
    m_settings.setValue(CurrentTabKey, current);
}

} // namespace QuoteDesk
