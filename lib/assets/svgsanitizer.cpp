// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgsanitizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace QuoteDesk::SvgSanitizer {
namespace {

bool isUnsafeElement(QStringView name)
{
    return name == u"script" || name == u"foreignObject" || name == u"handler" || name == u"iframe"
        || name == u"audio" || name == u"video";
}

// Only same-document references (#id) and inline data may stay: anything else would make
// the renderer read a file or, in other renderers, fetch a URL.
bool isExternalReference(const QXmlStreamAttribute &attribute)
{
    if (attribute.name() != u"href" && attribute.name() != u"src")
        return false;
    const QStringView value = attribute.value().trimmed();
    return !value.startsWith(u'#') && !value.startsWith(u"data:", Qt::CaseInsensitive);
}

bool readRoot(QXmlStreamReader &reader)
{
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            return reader.name() == u"svg";
    }
    return false;
}

// A length in CSS pixels; 0 for a percentage or something unreadable.
double toPixels(QStringView length)
{
    static const QRegularExpression pattern(
        u"^\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z%]*)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(length.toString());
    if (!match.hasMatch())
        return 0;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit.isEmpty() || unit == u"px")
        return value;
    if (unit == u"pt")
        return value * 96.0 / 72.0;
    if (unit == u"pc")
        return value * 16.0;
    if (unit == u"in")
        return value * 96.0;
    if (unit == u"cm")
        return value * 96.0 / 2.54;
    if (unit == u"mm")
        return value * 96.0 / 25.4;
    if (unit == u"em")
        return value * 16.0;
    return 0;
}

} // namespace

bool looksLikeSvg(const QByteArray &head)
{
    QXmlStreamReader reader(head);
    return readRoot(reader);
}

QSize declaredSize(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    if (!readRoot(reader))
        return {};
    const QXmlStreamAttributes attributes = reader.attributes();
    double width = toPixels(attributes.value(u"width"_s));
    double height = toPixels(attributes.value(u"height"_s));
    if (width <= 0 || height <= 0) {
        const QList<QStringView> box = attributes.value(u"viewBox"_s).split(u' ', Qt::SkipEmptyParts);
        if (box.size() == 4) {
            width = box[2].toDouble();
            height = box[3].toDouble();
        }
    }
    if (width <= 0 || height <= 0 || width > 1e6 || height > 1e6)
        return {};
    return QSize(qMax(1, qRound(width)), qMax(1, qRound(height)));
}

std::optional<QByteArray> sanitize(const QByteArray &svg, QString *error)
{
    QXmlStreamReader reader(svg);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (!sawRoot && reader.name() != u"svg") {
                reader.raiseError(
                    QCoreApplication::translate("QuoteDesk::SvgSanitizer", "the root element is not <svg>"));
                break;
            }
            sawRoot = true;
            const QXmlStreamAttributes attributes = reader.attributes();
            const bool loadsSomething = reader.name() != u"a"
                && std::any_of(attributes.begin(), attributes.end(), isExternalReference);
            if (isUnsafeElement(reader.name()) || loadsSomething) {
                reader.skipCurrentElement();
                break;
            }
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations())
                writer.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (!isExternalReference(attribute) && !attribute.name().startsWith(u"on"))
                    writer.writeAttribute(attribute);
            }
            break;
        }
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::Comment:
            if (sawRoot)
                writer.writeCurrentToken(reader);
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
        default:
            break; // left out: these can pull in other files
        }
    }
    if (reader.hasError() || !sawRoot) {
        if (error)
            *error = reader.hasError()
                ? QCoreApplication::translate("QuoteDesk::SvgSanitizer",
                                              "the SVG is not well-formed: %1 (line %2)")
                      .arg(reader.errorString())
                      .arg(reader.lineNumber())
                : QCoreApplication::translate("QuoteDesk::SvgSanitizer", "the file has no <svg> element");
        return std::nullopt;
    }
    return out;
}

} // namespace QuoteDesk::SvgSanitizer
