// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsyntax.h"

#include "markdownhighlighter.h"

#include <QTextDocument>

#ifdef QUOTEDESK_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

using namespace Qt::StringLiterals;

namespace QuoteDesk::MarkdownSyntax {

#ifdef QUOTEDESK_HAVE_KF6_SYNTAX
namespace {

// Loading the definitions reads many files: one repository serves every editor.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace
#endif

bool usesKSyntaxHighlighting()
{
#ifdef QUOTEDESK_HAVE_KF6_SYNTAX
    return true;
#else
    return false;
#endif
}

QString highlighterName()
{
    return usesKSyntaxHighlighting() ? u"KSyntaxHighlighting"_s : u"built-in"_s;
}

QString highlighterVersion()
{
#ifdef QUOTEDESK_HAVE_KF6_SYNTAX
    return u"KSyntaxHighlighting "_s + QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
#else
    return highlighterName();
#endif
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QPalette &palette)
{
#ifdef QUOTEDESK_HAVE_KF6_SYNTAX
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(u"Markdown"_s));
    highlighter->setTheme(themeFor(palette));
    highlighter->rehighlight();
    return highlighter;
#else
    return new MarkdownHighlighter(document, palette);
#endif
}

void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
#ifdef QUOTEDESK_HAVE_KF6_SYNTAX
    if (auto *kde = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        kde->setTheme(themeFor(palette));
        kde->rehighlight();
        return;
    }
#endif
    if (auto *builtIn = qobject_cast<MarkdownHighlighter *>(highlighter))
        builtIn->setPalette(palette);
}

} // namespace QuoteDesk::MarkdownSyntax
