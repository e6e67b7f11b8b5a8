// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffhtml.h"

#include <QColor>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk::DiffHtml {
namespace {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

struct Colours
{
    QString insertedLine, deletedLine, changedLine, insertedWord, deletedWord, muted;
};

Colours coloursFor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor green(0x2e, 0xa0, 0x43);
    const QColor red(0xd7, 0x3a, 0x49);
    const QColor amber(0xd9, 0xa4, 0x06);
    return { mix(base, green, 0.14).name(), mix(base, red, 0.14).name(),
             mix(base, amber, 0.12).name(), mix(base, green, 0.40).name(),
             mix(base, red, 0.40).name(),   mix(palette.color(QPalette::Text), base, 0.45).name() };
}

QString deleted(const QString &text, const Colours &c)
{
    return u"<span style=\"background-color: %1; text-decoration: line-through\">%2</span>"_s.arg(
        c.deletedWord, text.toHtmlEscaped());
}

QString inserted(const QString &text, const Colours &c)
{
    return u"<span style=\"background-color: %1; text-decoration: underline\">%2</span>"_s.arg(
        c.insertedWord, text.toHtmlEscaped());
}

QString row(const QString &background, const QString &marker, const QString &text)
{
    const QString bg = background.isEmpty() ? QString() : u" bgcolor=\"%1\""_s.arg(background);
    return u"<tr%1><td width=\"16\" align=\"center\"><b>%2</b></td><td>%3</td></tr>"_s.arg(bg, marker, text);
}

QString lineHtml(const DiffLine &line, const Colours &c)
{
    switch (line.kind) {
    case DiffLine::Kind::Unchanged:
        return row({}, {}, line.newText.toHtmlEscaped());
    case DiffLine::Kind::Removed:
        return row(c.deletedLine, u"−"_s,
                   u"<span style=\"text-decoration: line-through\">"_s + line.oldText.toHtmlEscaped()
                       + u"</span>"_s);
    case DiffLine::Kind::Added:
        return row(c.insertedLine, u"+"_s,
                   u"<span style=\"text-decoration: underline\">"_s + line.newText.toHtmlEscaped()
                       + u"</span>"_s);
    case DiffLine::Kind::Changed:
        break;
    }
    QString text;
    for (const DiffSegment &segment : line.segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Deleted:
            text += deleted(segment.text, c);
            break;
        case DiffSegment::Kind::Inserted:
            text += inserted(segment.text, c);
            break;
        case DiffSegment::Kind::Same:
            text += segment.text.toHtmlEscaped();
            break;
        }
    }
    return row(c.changedLine, u"~"_s, text);
}

// Which lines to show: all of them, or the changes with @p context unchanged lines around.
QList<bool> visibleLines(const QList<DiffLine> &lines, int context)
{
    QList<bool> visible(lines.size(), context < 0);
    if (context < 0)
        return visible;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == DiffLine::Kind::Unchanged)
            continue;
        for (qsizetype j = qMax<qsizetype>(0, i - context); j <= qMin(lines.size() - 1, i + context); ++j)
            visible[j] = true;
    }
    return visible;
}

QString tableOf(const TextDiff &diff, const Colours &c, int context)
{
    const QList<DiffLine> &lines = diff.lines();
    const QList<bool> visible = visibleLines(lines, context);
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    bool skipping = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!visible.at(i)) {
            if (!skipping)
                out += row({}, {}, u"<span style=\"color: %1\">⋯</span>"_s.arg(c.muted));
            skipping = true;
            continue;
        }
        skipping = false;
        out += lineHtml(lines.at(i), c);
    }
    return out + u"</table>"_s;
}

QString shortValueHtml(const FieldChange &change, const Colours &c)
{
    const QString empty = QCoreApplication::translate("QuoteDesk::DiffHtml", "(empty)");
    const auto side = [&](const QString &value, bool old) {
        if (value.isEmpty())
            return u"<span style=\"color: %1\">%2</span>"_s.arg(c.muted, empty.toHtmlEscaped());
        return old ? deleted(value, c) : inserted(value, c);
    };
    return u"<p>"_s + side(change.oldValue, true) + u" → "_s + side(change.newValue, false) + u"</p>"_s;
}

} // namespace

QString fromTextDiff(const TextDiff &diff, const QPalette &palette, int context)
{
    return tableOf(diff, coloursFor(palette), context);
}

QString fromFieldChanges(const QList<FieldChange> &changes, const QPalette &palette,
                         const std::function<QString(const QString &key)> &heading, int context)
{
    const Colours c = coloursFor(palette);
    QString out;
    for (const FieldChange &change : changes) {
        out += u"<h4>"_s + heading(change.key).toHtmlEscaped() + u"</h4>"_s;
        out += change.isText ? tableOf(change.diff, c, context) : shortValueHtml(change, c);
    }
    return out;
}

QString mutedParagraph(const QString &text, const QPalette &palette)
{
    return u"<p style=\"color: %1\">"_s.arg(coloursFor(palette).muted) + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace QuoteDesk::DiffHtml
