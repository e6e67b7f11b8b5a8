// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QSettings>

namespace QuoteDesk {

/// The application's settings, typed: every key and default is here and nowhere else.
/// Writes go to QSettings at once; changed() tells observers.
class Settings final : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit Settings(QObject *parent = nullptr);

    /// Seconds of idle time after which an edited record is saved (1…600; default 3).
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);
    /// Whether the main window shows the preview beside the editor (default: yes).
    bool previewVisible() const;
    void setPreviewVisible(bool visible);
    /// Font of the text editors; the system fixed font by default.
    QFont editorFont() const;
    void setEditorFont(const QFont &font);
    Theme theme() const;
    void setTheme(Theme theme);
    /// Template of a quote's title: {speaker}, {role}. Empty: the default.
    QString titleTemplate() const;
    void setTitleTemplate(const QString &titleTemplate);
    /// The library opened when none is named; empty: Library::defaultPath().
    QString libraryPath() const;
    void setLibraryPath(const QString &path);
    /// The site (a Site id of the library) last published to; 0: none yet.
    qint64 lastPublishSiteId() const;
    void setLastPublishSiteId(qint64 siteId);

    /// A part of the main window's layout as Qt saves it ("geometry", "state" for docks,
    /// "mainSplitter", "editorSplitter"); empty until first saved. Not a change of settings:
    /// changed() is not emitted.
    QByteArray windowLayout(const QString &part) const;
    void setWindowLayout(const QString &part, const QByteArray &state);
    /// The records open in tabs ("quote:12") when the window last closed on the library at
    /// @p libraryPath, and in @p current the index of the tab that was current. Empty for any
    /// other library.
    QStringList openTabs(const QString &libraryPath, int *current = nullptr) const;
    void setOpenTabs(const QString &libraryPath, const QStringList &tabs, int current);

Q_SIGNALS:
    void changed();

private:
    QSettings m_settings;
};

} // namespace QuoteDesk
