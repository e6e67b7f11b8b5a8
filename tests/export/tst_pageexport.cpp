// SPDX-License-Identifier: GPL-3.0-or-later
// "Open in browser": one post's standalone page written to a folder with its CSS and
// images, so that it opens from there.
#include "demosite.h"
#include "htmlcheck.h"
#include "render/pageexport.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestPageExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writesPageCssAndAssets();
    void essayPage();
    void pageIsValidHtml5WithWorkingLinks();
    void missingAssetFileIsReported();
    void writingAgainReplacesThePage();
    void badPostIsAnError_data();
    void badPostIsAnError();

private:
    qint64 idOf(const QString &title) const;

    std::unique_ptr<Test::TempLibrary> m_library;
    std::unique_ptr<QTemporaryDir> m_out;
    QString m_error;
};

void TestPageExport::init()
{
    m_library = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_library->open(), qPrintable(m_library->error()));
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY2(Test::DemoSite::populate(m_library->library(), &m_error), qPrintable(m_error));
}

void TestPageExport::cleanup()
{
    m_library.reset();
    m_out.reset();
}

qint64 TestPageExport::idOf(const QString &title) const
{
    for (const Quote &quote : m_library->library().list<Quote>()) {
        if (quote.title == title)
            return quote.id;
    }
    for (const Essay &essay : m_library->library().list<Essay>()) {
        if (essay.title == title)
            return essay.id;
    }
    return 0;
}

void TestPageExport::writesPageCssAndAssets()
{
    QStringList missing { u"stale"_s };
    const auto path = PageExport::writePostPage(m_library->library(), RecordType::Quote,
                                                idOf(u"Quote: Jensen Huang, Nvidia CEO"_s), m_out->path(),
                                                &m_error, &missing);
    QVERIFY2(path, qPrintable(m_error));
    QCOMPARE(*path, m_out->filePath(u"quote-jensen-huang-nvidia-ceo.html"_s));
    QVERIFY(missing.isEmpty());
    const QByteArray html = Test::readAll(*path);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<link rel=\"stylesheet\" href=\"site.css\">"));
    QVERIFY(html.contains("AI inference token generation has surged tenfold"));
    QVERIFY(html.contains("src=\"assets/"));
    QVERIFY(QFile::exists(m_out->filePath(u"site.css"_s)));
    // The portrait and the brochure; nothing else of the library.
    QCOMPARE(QDir(m_out->filePath(u"assets"_s)).entryList(QDir::Files).size(), 2);
}

void TestPageExport::essayPage()
{
    const auto path = PageExport::writePostPage(m_library->library(), RecordType::Essay,
                                                idOf(u"Infographic: Four critical DeepSeek enablers"_s),
                                                m_out->path(), &m_error);
    QVERIFY2(path, qPrintable(m_error));
    QVERIFY(path->endsWith(u"/infographic-four-critical-deepseek-enablers.html"_s));
    // The featured image, also linked from the text: one file.
    QCOMPARE(QDir(m_out->filePath(u"assets"_s)).entryList(QDir::Files).size(), 1);
}

void TestPageExport::pageIsValidHtml5WithWorkingLinks()
{
    const auto path = PageExport::writePostPage(m_library->library(), RecordType::Quote,
                                                idOf(u"Quote: Sholto Douglas, Anthropic researcher"_s),
                                                m_out->path(), &m_error);
    QVERIFY2(path, qPrintable(m_error));
    const auto check = Test::HtmlCheck::files({ *path }, &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QVERIFY2(check->errors(*path).isEmpty(), qPrintable(check->errors(*path).join(u'\n')));
    QVERIFY2(check->brokenLinks(m_out->path()).isEmpty(),
             qPrintable(check->brokenLinks(m_out->path()).join(u'\n')));
    QCOMPARE(check->links(*path).filter(u"assets/"_s).size(), 2); // the chart shown and linked to
}

void TestPageExport::missingAssetFileIsReported()
{
    QStringList missing;
    // A resolver that finds nothing, as for a media library whose files were removed.
    const auto path = PageExport::writePostPage(m_library->library(), RecordType::Quote,
                                                idOf(u"Quote: Jensen Huang, Nvidia CEO"_s), m_out->path(),
                                                &m_error, &missing, [](const Asset &) { return QString(); });
    QVERIFY2(path, qPrintable(m_error));
    QCOMPARE(missing,
             (QStringList { u"Jensen Huang (jensen-huang.png)"_s,
                            u"Introduction brochure (introduction-brochure.pdf)"_s }));
    const QByteArray html = Test::readAll(*path);
    QVERIFY(html.contains("Missing image: Portrait of Jensen Huang"));
    QVERIFY(!html.contains("download>")); // no link to a file that is not there
    QVERIFY(!QFileInfo::exists(m_out->filePath(u"assets"_s)));
}

void TestPageExport::writingAgainReplacesThePage()
{
    const qint64 id = idOf(u"Quote: Yann LeCun, Meta"_s);
    QVERIFY2(PageExport::writePostPage(m_library->library(), RecordType::Quote, id, m_out->path(), &m_error),
             qPrintable(m_error));
    auto quote = m_library->library().get<Quote>(id);
    QVERIFY(quote);
    quote->text = u"Serving models costs more than training them."_s;
    QVERIFY2(m_library->library().save(*quote, &m_error), qPrintable(m_error));
    const auto path =
        PageExport::writePostPage(m_library->library(), RecordType::Quote, id, m_out->path(), &m_error);
    QVERIFY2(path, qPrintable(m_error));
    QVERIFY(Test::readAll(*path).contains("Serving models costs more than training them."));
}

void TestPageExport::badPostIsAnError_data()
{
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown quote") << RecordType::Quote << qint64(9999) << u"no quote with id 9999"_s;
    QTest::newRow("unknown essay") << RecordType::Essay << qint64(9999) << u"no essay with id 9999"_s;
    QTest::newRow("a speaker is no post") << RecordType::Speaker << qint64(1) << u"not a post"_s;
}

void TestPageExport::badPostIsAnError()
{
    QFETCH(RecordType, type);
    QFETCH(qint64, id);
    QFETCH(QString, message);
    QVERIFY(!PageExport::writePostPage(m_library->library(), type, id, m_out->path(), &m_error));
    QVERIFY2(m_error.contains(message), qPrintable(m_error));
    QVERIFY(QDir(m_out->path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPageExport)
#include "tst_pageexport.moc"
