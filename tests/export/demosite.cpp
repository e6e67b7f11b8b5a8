// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosite.h"

#include "assets/assetimporter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

namespace {

QDateTime at(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A head-and-shoulders silhouette: enough to see that the portrait loads.
QByteArray portraitPng(const QColor &colour)
{
    QImage image(300, 400, QImage::Format_RGB32);
    image.fill(QColor(0xdc, 0xe6, 0xf0));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QPoint(150, 150), 70, 80);
    painter.drawRoundedRect(50, 250, 200, 170, 60, 60);
    return png(image);
}

// Four bars, one per enabler.
QByteArray infographicPng()
{
    QImage image(800, 450, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QList<QColor> colours { QColor(0x1f, 0x3a, 0x5f), QColor(0x1f, 0x5f, 0xa8),
                                  QColor(0x4f, 0x8f, 0xc8), QColor(0x9f, 0xc3, 0xe6) };
    for (int i = 0; i < 4; ++i)
        painter.fillRect(80 + i * 170, 380 - (4 - i) * 80, 120, (4 - i) * 80, colours.at(i));
    painter.fillRect(40, 380, 720, 4, QColor(0x2b, 0x2b, 0x2b));
    return png(image);
}

// The smallest PDF a reader opens: one empty page.
QByteArray brochurePdf()
{
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n"_ba;
}

class Builder final
{
public:
    Builder(Library &library, QString *error)
        : m_library(library)
        , m_importer(library, ImportOptions { 100'000'000, qint64(1) << 30, 0 })
        , m_error(error)
    {
    }

    template<class T>
    bool save(T &record, const QDateTime &created)
    {
        record.createdAt = created;
        record.updatedAt = created;
        return m_library.save(record, m_error, SaveOptions { true, true });
    }

    // Imports @p bytes as the file @p fileName into the media library, as a person would,
    // then gives the record the descriptive fields of @p fields.
    std::optional<Asset> asset(const QByteArray &bytes, const QString &fileName, const Asset &fields)
    {
        QFile file(m_files.filePath(fileName));
        if (!m_files.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            *m_error = u"cannot write "_s + file.fileName();
            return std::nullopt;
        }
        file.close();
        const ImportResult result = m_importer.importFile(file.fileName());
        if (!result.isOk()) {
            *m_error = result.message;
            return std::nullopt;
        }
        Asset asset = result.asset;
        asset.title = fields.title;
        asset.altText = fields.altText;
        asset.description = fields.description;
        asset.kind = fields.kind;
        if (!save(asset, at(2025, 1, 2)))
            return std::nullopt;
        return asset;
    }

private:
    Library &m_library;
    AssetImporter m_importer;
    QTemporaryDir m_files;
    QString *m_error;
};

Asset assetRecord(AssetKind kind, const QString &title, const QString &altText)
{
    Asset a;
    a.kind = kind;
    a.title = title;
    a.altText = altText;
    return a;
}

Category category(const QString &name, const QString &slug, std::optional<qint64> parent = {})
{
    Category c;
    c.name = name;
    c.slug = slug;
    c.parentId = parent;
    return c;
}

Speaker speaker(const QString &name, const QString &role, const QString &organisation,
                const QString &headline, const QString &biography)
{
    Speaker s;
    s.name = name;
    s.role = role;
    s.organisation = organisation;
    s.headline = headline;
    s.biography = biography;
    return s;
}

Essay essay(const QString &title, EssayKind kind, WorkflowStatus status, const QString &body,
            const QString &sources = {})
{
    Essay e;
    e.title = title;
    e.kind = kind;
    e.status = status;
    e.body = body;
    e.sources = sources;
    return e;
}

struct QuoteSpec
{
    QString text;
    qint64 speaker;
    QString role;
    QDate saidOn;
    QString where;
    std::optional<qint64> essay;
    QString title;
    WorkflowStatus status;
    QList<qint64> categories;
    QString commentary;
};

Quote quote(const QuoteSpec &spec)
{
    Quote q;
    q.text = spec.text;
    q.speakerId = spec.speaker;
    q.speakerRole = spec.role;
    q.saidOn = spec.saidOn;
    q.whereLabel = spec.where;
    q.essayId = spec.essay;
    q.title = spec.title;
    q.titleEdited = true;
    q.status = spec.status;
    q.categoryIds = spec.categories;
    q.commentary = spec.commentary;
    return q;
}

const QString DouglasTitle = u"Quote: Sholto Douglas, Anthropic researcher"_s;
const QString HuangTitle = u"Quote: Jensen Huang, Nvidia CEO"_s;
const QString LeCunTitle = u"Quote: Yann LeCun, Meta"_s;
const QString AndreessenTitle = u"Quote: Marc Andreessen, Andreessen Horowitz"_s;
const QString InfographicTitle = u"Infographic: Four critical DeepSeek enablers"_s;

} // namespace

QStringList DemoSite::exportedTitles()
{
    return { DouglasTitle, HuangTitle, HuangTitle, InfographicTitle, LeCunTitle, AndreessenTitle };
}

QStringList DemoSite::titlesInCategory(const QString &slug)
{
    if (slug == u"technology" || slug == u"artificial-intelligence")
        return { DouglasTitle, InfographicTitle };
    if (slug == u"china")
        return { HuangTitle, HuangTitle, InfographicTitle, LeCunTitle, AndreessenTitle };
    if (slug == u"markets")
        return { HuangTitle, LeCunTitle };
    return {};
}

QStringList DemoSite::hiddenTitles()
{
    return { u"Quote: Jack Clark, Anthropic"_s, u"Quote: Jeffrey Emanuel"_s,
             u"Notes on the price of inference"_s, u"Context: the Claude 4 launch"_s };
}

bool DemoSite::populate(Library &library, QString *error)
{
    Builder b(library, error);
    Category technology = category(u"Technology"_s, u"technology"_s);
    if (!b.save(technology, at(2025, 1, 1)))
        return false;
    Category ai = category(u"Artificial intelligence"_s, u"artificial-intelligence"_s, technology.id);
    Category china = category(u"China"_s, u"china"_s);
    Category markets = category(u"Markets"_s, u"markets"_s);
    Category empty = category(u"Energy"_s, u"energy"_s);
    if (!b.save(ai, at(2025, 1, 1)) || !b.save(china, at(2025, 1, 1)) || !b.save(markets, at(2025, 1, 1))
        || !b.save(empty, at(2025, 1, 1)))
        return false;

    const Asset portraitRecord =
        assetRecord(AssetKind::Portrait, u"Jensen Huang"_s, u"Portrait of Jensen Huang"_s);
    const Asset chartRecord = assetRecord(AssetKind::Infographic, u"The four enablers"_s,
                                          u"Bar chart of the four enablers by their effect on cost"_s);
    Asset brochureRecord = assetRecord(AssetKind::Brochure, u"Introduction brochure"_s, QString());
    brochureRecord.description = u"Who we are, how we work, and a few projects we are proud of."_s;
    const Asset unusedRecord = assetRecord(AssetKind::Image, u"An image no post uses"_s, u"Nothing"_s);
    const auto portrait =
        b.asset(portraitPng(QColor(0x1f, 0x3a, 0x5f)), u"jensen-huang.png"_s, portraitRecord);
    const auto chart =
        portrait ? b.asset(infographicPng(), u"deepseek enablers (final).png"_s, chartRecord) : std::nullopt;
    const auto brochure =
        chart ? b.asset(brochurePdf(), u"introduction-brochure.pdf"_s, brochureRecord) : std::nullopt;
    const auto unused = brochure
        ? b.asset(portraitPng(QColor(0x8a, 0x5a, 0x00)), u"unused.png"_s, unusedRecord)
        : std::nullopt;
    if (!unused)
        return false;
    const QString chartUrl = u"asset:"_s + QString::number(chart->id);

    Speaker douglas = speaker(u"Sholto Douglas"_s, u"Researcher"_s, u"Anthropic"_s,
                              u"Scaling reinforcement learning in language models"_s,
                              u"## Background\n\nTrained as a mechatronics engineer in Sydney, he came to AI "
                              u"research late and moved "
                              "fast.\n\n## At Anthropic\n\nHe works on making reinforcement learning "
                              "reliable at the scale of large "
                              "language models."_s);
    Speaker huang =
        speaker(u"Jensen Huang"_s, u"CEO"_s, u"Nvidia"_s, u"Visionary Leader Behind Nvidia"_s,
                u"## Early years\n\nBorn in Tainan in 1963, he studied electrical engineering at Oregon "
                "State and Stanford.\n\n## Nvidia\n\nHe co-founded the company in 1993 and has led it "
                "from graphics cards to the chips behind most AI training."_s);
    huang.portraitAssetId = portrait->id;
    Speaker lecun =
        speaker(u"Yann LeCun"_s, u"VP & Chief AI Scientist"_s, u"Meta"_s, u"A founder of deep learning"_s,
                u"A pioneer of convolutional networks, he leads AI research at Meta."_s);
    Speaker clark = speaker(u"Jack Clark"_s, u"Co-founder"_s, u"Anthropic"_s, QString(),
                            u"He writes a weekly newsletter on AI research and policy."_s);
    Speaker andreessen = speaker(u"Marc Andreessen"_s, u"General partner"_s, u"Andreessen Horowitz"_s,
                                 QString(), u"A browser pioneer turned venture capitalist."_s);
    Speaker emanuel = speaker(u"Jeffrey Emanuel"_s, QString(), QString(), QString(), QString());
    for (Speaker *s : { &douglas, &huang, &lecun, &clark, &andreessen, &emanuel }) {
        if (!b.save(*s, at(2025, 1, 3)))
            return false;
    }

    Essay claude =
        essay(u"Context: the Claude 4 launch"_s, EssayKind::Context, WorkflowStatus::Ready,
              u"The remark came just before Anthropic showed Claude 4.\n\n- Reinforcement learning "
              "now works on hard programming tasks.\n- Coding is treated as the leading indicator."_s);
    Essay nvidia = essay(
        u"Context: Nvidia's first quarter of fiscal 2026"_s, EssayKind::Context, WorkflowStatus::Published,
        u"Nvidia reported on 28 May 2025.\n\n| Measure | Result | Change |\n|---|---:|---:|\n| Revenue | "
        u"$44.1 "
        "billion | +69% |\n| Data centre | $39.1 billion | +73% |\n\nExport rules on the H20 chip cost a "
        "$4.5 "
        "billion charge."_s,
        u"- Nvidia's results announcement, 28 May 2025\n- The earnings call of the same day"_s);
    Essay deepseek = essay(
        u"Context: the week DeepSeek-R1 moved the markets"_s, EssayKind::Context, WorkflowStatus::Published,
        u"On 27 January 2025 Nvidia's shares fell sharply after DeepSeek showed a reasoning "
        "model trained for far less than its rivals spent.\n\n> Cheaper training does not "
        "mean cheaper serving.\n\nThe debate turned to where AI money is really spent."_s);
    Essay infographic =
        essay(InfographicTitle, EssayKind::Infographic, WorkflowStatus::Published,
              u"DeepSeek made four changes that cut the cost of a capable model:\n\n"
              "1. **Multi-head latent attention** shrinks the memory attention needs.\n"
              "2. **Mixture of experts** runs only a small part of the model per token.\n"
              "3. **FP8 training** halves the bytes per number.\n"
              "4. **Distillation** passes reasoning on to small models.\n\n"
              "## Why it matters\n\nEfficiency, not only scale, now decides who leads. See the "
              "[chart on its own]("_s
                  + chartUrl + u")."_s,
              u"- DeepSeek's technical reports\n- [arXiv](https://arxiv.org/)"_s);
    infographic.featuredAssetId = chart->id;
    infographic.categoryIds = { ai.id, china.id };
    Essay draft = essay(u"Notes on the price of inference"_s, EssayKind::General, WorkflowStatus::Draft,
                        u"To be written."_s);
    if (!b.save(claude, at(2025, 5, 30)) || !b.save(nvidia, at(2025, 5, 29))
        || !b.save(deepseek, at(2025, 1, 28)) || !b.save(infographic, at(2025, 1, 30))
        || !b.save(draft, at(2025, 6, 1)))
        return false;

    const QString takeaways =
        u"## Takeaways\n\n- Watch what the models can build.\n- Plan for faster change."_s;
    struct Row
    {
        QuoteSpec spec;
        QDateTime created;
        std::optional<qint64> brochure;
        QString excerpt; ///< empty: made from the text
    };
    const QList<Row> rows {
        { { u"We believe coding is extremely important because coding is that first step in which you will "
            u"see AI "
            "research itself being accelerated."_s,
            douglas.id,
            u"Anthropic researcher"_s,
            {},
            u"Interview with Redpoint"_s,
            claude.id,
            DouglasTitle,
            WorkflowStatus::Ready,
            { ai.id },
            takeaways + u"\n\n![The four enablers]("_s + chartUrl + u")\n\nThe [enablers chart]("_s + chartUrl
                + u") shows the same trend."_s },
          at(2025, 6, 2),
          {},
          QString() },
        { { u"AI inference token generation has surged tenfold in just one year."_s,
            huang.id,
            u"Nvidia CEO"_s,
            QDate(2025, 5, 28),
            u"Earnings call"_s,
            nvidia.id,
            HuangTitle,
            WorkflowStatus::Published,
            { markets.id, china.id },
            takeaways },
          at(2025, 5, 29, 10),
          brochure->id,
          u"Nvidia's chief on how fast the demand for AI computing is growing."_s },
        { { u"The question is not whether China will have AI, it already does."_s,
            huang.id,
            u"Nvidia CEO"_s,
            QDate(2025, 5, 28),
            u"Earnings call"_s,
            nvidia.id,
            HuangTitle,
            WorkflowStatus::Published,
            { china.id },
            u"Export rules may speed up the rivals they aim to slow."_s },
          at(2025, 5, 29, 9),
          {},
          u"Why export rules have not kept AI out of China."_s },
        { { u"Most of the infrastructure cost for AI is for inference: serving AI assistants to billions of "
            "people."_s,
            lecun.id,
            u"VP & Chief AI Scientist at Meta"_s,
            QDate(2025, 1, 27),
            u"A post on Threads"_s,
            deepseek.id,
            LeCunTitle,
            WorkflowStatus::Published,
            { markets.id, china.id },
            takeaways },
          at(2025, 1, 28, 12),
          {},
          u"Meta's chief AI scientist on where the money in AI infrastructure goes."_s },
        { { u"DeepSeek-R1 is AI's Sputnik moment."_s,
            andreessen.id,
            u"Andreessen Horowitz"_s,
            QDate(2025, 1, 27),
            u"A post on X"_s,
            deepseek.id,
            AndreessenTitle,
            WorkflowStatus::Published,
            { china.id },
            u"A comparison that says more about the mood than about the model."_s },
          at(2025, 1, 28, 8),
          {},
          u"A venture capitalist's comparison for the DeepSeek moment."_s },
        { { u"It only takes about 800k samples of good reasoning to turn other models into reasoners."_s,
            clark.id,
            u"Anthropic"_s,
            QDate(2025, 1, 27),
            u"Import AI newsletter"_s,
            deepseek.id,
            u"Quote: Jack Clark, Anthropic"_s,
            WorkflowStatus::Draft,
            { ai.id, china.id },
            takeaways },
          at(2025, 1, 29),
          {},
          QString() },
        { { u"With R1, DeepSeek essentially cracked one of the holy grails of AI."_s,
            emanuel.id,
            QString(),
            QDate(2025, 1, 25),
            u"The Short Case for Nvidia Stock"_s,
            {},
            u"Quote: Jeffrey Emanuel"_s,
            WorkflowStatus::Idea,
            { ai.id },
            QString() },
          at(2025, 1, 26),
          {},
          QString() },
    };
    for (const Row &row : rows) {
        Quote q = quote(row.spec);
        q.brochureAssetId = row.brochure;
        q.excerpt = row.excerpt;
        if (!b.save(q, row.created))
            return false;
    }
    return true;
}

} // namespace QuoteDesk::Test
