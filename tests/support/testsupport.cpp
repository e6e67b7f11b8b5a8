// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

QString dataPath(const QString &relative)
{
    const QString root = qEnvironmentVariable("QUOTEDESK_TEST_DATA");
    return relative.isEmpty() ? root : root + u'/' + relative;
}

TempLibrary::TempLibrary()
    : m_path(m_dir.filePath(u"test.qdlib"_s))
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TempLibrary::open(const Library::OpenOptions &options)
{
    m_error.clear();
    return m_library.open(m_path, &m_error, options);
}

Speaker makeSpeaker(const QString &name)
{
    Speaker s;
    s.name = name;
    s.role = u"CEO"_s;
    s.organisation = u"Nvidia"_s;
    s.headline = u"Founder who bet the company on accelerated computing"_s;
    s.biography = u"## Early years\n\nBorn in Tainan, studied electrical engineering.\n"_s;
    s.links = { u"https://www.nvidia.com"_s };
    return s;
}

Essay makeEssay(const QString &title)
{
    Essay e;
    e.title = title;
    e.kind = EssayKind::Context;
    e.body = u"Revenue rose on demand for data-centre chips.\n\nExport rules weighed on sales."_s;
    e.sources = u"- Company press release"_s;
    return e;
}

Quote makeQuote(const QString &text)
{
    Quote q;
    q.text = text;
    q.speakerRole = u"CEO"_s;
    q.saidOn = QDate(2025, 5, 28);
    q.whereLabel = u"Earnings call"_s;
    q.commentary = u"## Takeaways\n\n- Demand keeps rising\n"_s;
    q.title = u"Quote: Jensen Huang, Nvidia CEO"_s;
    q.slug = u"quote-jensen-huang-nvidia-ceo"_s;
    return q;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QHash<QString, QString> readKeyValues(const QString &path)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : readAll(path).split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return values;
}

} // namespace QuoteDesk::Test

namespace QuoteDesk {

char *toString(const WorkflowStatus &value)
{
    return qstrdup(workflowStatusNames().value(int(value)).toUtf8().constData());
}

char *toString(const EssayKind &value)
{
    return qstrdup(essayKindNames().value(int(value)).toUtf8().constData());
}

char *toString(const AssetKind &value)
{
    return qstrdup(assetKindNames().value(int(value)).toUtf8().constData());
}

} // namespace QuoteDesk
