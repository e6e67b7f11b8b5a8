// SPDX-License-Identifier: GPL-3.0-or-later
// WordPress accepts the markup: the block markup of every post of the demo-like library,
// read by parse_blocks() of the real, installed WordPress (started by the wp-fixture.sh
// fixture). WordPress must find exactly the blocks the markup was written with, with the
// same attributes and nesting, the blocks each post needs, and no classic (freeform) block.
#include "demosite.h"
#include "render/articlerenderer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

struct Block
{
    QString name;
    QJsonObject attributes;
    QList<Block> inner;
};

// The blocks our markup declares, read from its comment delimiters alone.
QList<Block> declaredBlocks(const QString &markup, QString *problem)
{
    static const QRegularExpression delimiter(
        u"<!--\\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)\\s+(\\{.*?\\}\\s+)?(/)?-->"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QList<Block> top;
    QList<Block> open;
    for (auto it = delimiter.globalMatch(markup); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = (m.captured(2).isEmpty() ? u"core/"_s : m.captured(2)) + m.captured(3);
        if (!m.captured(1).isEmpty()) {
            if (open.isEmpty() || open.last().name != name) {
                *problem = u"unbalanced closer of "_s + name;
                return {};
            }
            const Block done = open.takeLast();
            (open.isEmpty() ? top : open.last().inner).append(done);
            continue;
        }
        Block block { name, QJsonDocument::fromJson(m.captured(4).trimmed().toUtf8()).object(), {} };
        if (!m.captured(5).isEmpty())
            (open.isEmpty() ? top : open.last().inner).append(block);
        else
            open.append(block);
    }
    if (!open.isEmpty())
        *problem = u"unclosed "_s + open.last().name;
    return top;
}

// The blocks WordPress found. A block without a name is classic content, unless it is
// only the whitespace between blocks.
QList<Block> parsedBlocks(const QJsonArray &blocks, QStringList &classic)
{
    QList<Block> result;
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        if (block.value(u"blockName"_s).isNull()) {
            const QString html = block.value(u"innerHTML"_s).toString();
            if (!html.trimmed().isEmpty())
                classic.append(html.trimmed().left(120));
            continue;
        }
        // PHP writes an empty attribute array as [].
        result.append({ block.value(u"blockName"_s).toString(), block.value(u"attrs"_s).toObject(),
                        parsedBlocks(block.value(u"innerBlocks"_s).toArray(), classic) });
    }
    return result;
}

QString describe(const QList<Block> &blocks, int depth = 0)
{
    QString text;
    for (const Block &block : blocks) {
        text += QString(depth * 2, u' ') + block.name + u' '
            + QString::fromUtf8(QJsonDocument(block.attributes).toJson(QJsonDocument::Compact)) + u'\n';
        text += describe(block.inner, depth + 1);
    }
    return text;
}

void collectNames(const QList<Block> &blocks, QStringList &names)
{
    for (const Block &block : blocks) {
        names.append(block.name);
        collectNames(block.inner, names);
    }
}

struct Post
{
    QString title;
    QString file;
};

} // namespace

class TestWordPressBlocks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPostIsReadAsTheBlocksItDeclares();
    void postsHaveTheirBlocks_data();
    void postsHaveTheirBlocks();
    void classicContentWouldBeFound();

private:
    QJsonObject parse(const QStringList &files);
    QList<Block> wordpressBlocks(const QString &file, QStringList &classic) const;

    QString m_wpRoot;
    QString m_php;
    Test::TempLibrary m_library;
    QTemporaryDir m_dir;
    QList<Post> m_posts;
    QJsonObject m_parsed;
};

void TestWordPressBlocks::initTestCase()
{
    const QString state = qEnvironmentVariable("QUOTEDESK_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run this test through ctest: QUOTEDESK_WP_STATE is not set");
    const QByteArray env = Test::readAll(state + u"/site.env"_s);
    QVERIFY2(!env.isEmpty(), "the wordpress-render-start fixture wrote no site.env");
    for (const QByteArray &line : env.split('\n')) {
        if (line.startsWith("WP_SKIP="))
            QSKIP(line.mid(8).constData());
        if (line.startsWith("WP_ROOT="))
            m_wpRoot = QString::fromUtf8(line.mid(8));
    }
    QVERIFY2(!m_wpRoot.isEmpty(), env.constData());
    m_php = QStandardPaths::findExecutable(u"php"_s);
    QVERIFY2(!m_php.isEmpty(), "php is not installed");

    QVERIFY2(m_library.open(), qPrintable(m_library.error()));
    QString error;
    QVERIFY2(Test::DemoSite::populate(m_library.library(), &error), qPrintable(error));

    // As at publish time: every asset is on the site already.
    RenderContext context;
    context.remoteMedia = [](const Asset &asset) -> std::optional<RemoteMedia> {
        return RemoteMedia { 1000 + asset.id,
                             u"http://127.0.0.1/wp-content/uploads/2025/06/"_s + asset.originalName };
    };
    const auto render = [&](RecordType type, qint64 id, const QString &title) {
        const auto input = loadArticleInput(m_library.library(), type, id, &error);
        QVERIFY2(input, qPrintable(error));
        const QString file = m_dir.filePath(recordTypeName(type) + QString::number(id) + u".html"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ArticleRenderer::blocks(composeArticle(*input), context).toUtf8());
        m_posts.append({ title, file });
    };
    for (const Quote &quote : m_library.library().list<Quote>())
        render(RecordType::Quote, quote.id, quote.text);
    for (const Essay &essay : m_library.library().list<Essay>())
        render(RecordType::Essay, essay.id, essay.title);
    QCOMPARE(m_posts.size(), 12);

    QStringList files;
    for (const Post &post : std::as_const(m_posts))
        files.append(post.file);
    m_parsed = parse(files);
    QVERIFY(!m_parsed.isEmpty());
}

QJsonObject TestWordPressBlocks::parse(const QStringList &files)
{
    QProcess php;
    php.start(m_php, QStringList { QStringLiteral(QUOTEDESK_PARSE_BLOCKS), m_wpRoot } + files);
    if (!php.waitForFinished(120000) || php.exitCode() != 0) {
        qWarning("parse-blocks.php failed: %s", php.readAllStandardError().constData());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(php.readAllStandardOutput(), &parseError);
    if (!document.isObject())
        qWarning("parse-blocks.php printed no JSON: %s", qPrintable(parseError.errorString()));
    return document.object();
}

QList<Block> TestWordPressBlocks::wordpressBlocks(const QString &file, QStringList &classic) const
{
    return parsedBlocks(m_parsed.value(file).toArray(), classic);
}

void TestWordPressBlocks::everyPostIsReadAsTheBlocksItDeclares()
{
    for (const Post &post : std::as_const(m_posts)) {
        QStringList classic;
        const QList<Block> wordpress = wordpressBlocks(post.file, classic);
        QVERIFY2(classic.isEmpty(),
                 qPrintable(post.title + u": classic content: "_s + classic.join(u" | "_s)));
        QString problem;
        const QList<Block> declared = declaredBlocks(QString::fromUtf8(Test::readAll(post.file)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(post.title + u": "_s + problem));
        QVERIFY2(!wordpress.isEmpty(), qPrintable(post.title));
        QCOMPARE(describe(wordpress), describe(declared));
    }
}

void TestWordPressBlocks::postsHaveTheirBlocks_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QStringList>("names");
    const QStringList quote { u"core/quote"_s, u"core/paragraph"_s, u"core/heading"_s };
    QTest::newRow("quote with table, portrait, list and brochure")
        << u"AI inference token generation has surged tenfold in just one year."_s
        << quote
            + QStringList { u"core/table"_s, u"core/image"_s, u"core/list"_s, u"core/list-item"_s,
                            u"core/file"_s };
    QTest::newRow("quote with an inline image") << u"We believe coding is extremely important"_s
                                                << quote + QStringList { u"core/image"_s, u"core/list"_s };
    QTest::newRow("quote whose context essay quotes") << u"Most of the infrastructure cost for AI"_s << quote;
    QTest::newRow("infographic essay") << u"Infographic: Four critical DeepSeek enablers"_s
                                       << QStringList { u"core/image"_s, u"core/list"_s, u"core/list-item"_s,
                                                        u"core/heading"_s, u"core/paragraph"_s };
    QTest::newRow("idea without context or profile")
        << u"With R1, DeepSeek essentially cracked"_s << QStringList { u"core/quote"_s, u"core/paragraph"_s };
}

void TestWordPressBlocks::postsHaveTheirBlocks()
{
    QFETCH(QString, post);
    QFETCH(QStringList, names);
    const auto found = std::find_if(m_posts.cbegin(), m_posts.cend(),
                                    [&](const Post &p) { return p.title.startsWith(post); });
    QVERIFY2(found != m_posts.cend(), qPrintable(post));
    QStringList classic;
    const QList<Block> blocks = wordpressBlocks(found->file, classic);
    QStringList seen;
    collectNames(blocks, seen);
    for (const QString &name : std::as_const(names))
        QVERIFY2(seen.contains(name), qPrintable(name + u" not in:\n"_s + describe(blocks)));
    if (names.first() == u"core/quote") {
        QCOMPARE(blocks.first().name, u"core/quote"_s);
        QCOMPARE(blocks.first().attributes.value(u"className"_s).toString(), u"quotation"_s);
    }
}

// The check above must be able to fail: text outside the blocks is classic content.
void TestWordPressBlocks::classicContentWouldBeFound()
{
    const QString file = m_dir.filePath(u"classic.html"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->\n\n<p>stray</p>\n");
    out.close();
    const QJsonObject parsed = parse({ file });
    QStringList classic;
    const QList<Block> blocks = parsedBlocks(parsed.value(file).toArray(), classic);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(classic, { u"<p>stray</p>"_s });
}

QTEST_GUILESS_MAIN(TestWordPressBlocks)
#include "tst_wordpressblocks.moc"
