// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace QuoteDesk {

/// A markup template from resources/templates/: text with `{{name}}` placeholders and
/// sections shown only when a value is set (`{{#name}}…{{/name}}`) or not set
/// (`{{^name}}…{{/name}}`), and comments (`{{! text }}`). A section or comment tag alone on
/// its line leaves no empty line behind. Values are inserted as given (they are markup already escaped
/// by the renderer) and never scanned for placeholders themselves.
class RenderTemplate final
{
public:
    explicit RenderTemplate(const QString &text);

    /// The template named @p name ("quote.html") from the resources compiled into the library;
    /// an empty template when there is none.
    static RenderTemplate fromResource(const QString &name);
    /// The site's style sheet (resources/site/site.css).
    static QString siteStyleSheet();

    /// The text with every placeholder replaced by its value (empty for a missing name).
    QString render(const QHash<QString, QString> &values) const;

    bool isEmpty() const { return m_tokens.isEmpty(); }

private:
    struct Token
    {
        enum class Kind { Text, Value, IfSet, IfNotSet, End };
        Kind kind;
        QString text; // the text, or the value's name
    };
    QList<Token> m_tokens;
};

} // namespace QuoteDesk
