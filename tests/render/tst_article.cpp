// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/article.h"
#include "render/urlpolicy.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

Asset makeAsset(qint64 id, AssetKind kind, const QString &name)
{
    Asset asset;
    asset.id = id;
    asset.kind = kind;
    asset.originalName = name;
    asset.title = name;
    asset.sha256 = QString(64, u'a');
    return asset;
}

ArticleInput quoteInput()
{
    ArticleInput input;
    input.quote = Test::makeQuote();
    input.quote->speakerId = 1;
    input.quote->essayId = 2;
    input.quote->brochureAssetId = 30;
    input.speaker = Test::makeSpeaker();
    input.speaker->id = 1;
    input.speaker->headline = u"Visionary Leader Behind Nvidia"_s;
    input.speaker->portraitAssetId = 31;
    input.essay = Test::makeEssay();
    input.essay->id = 2;
    input.assets.insert(30, makeAsset(30, AssetKind::Brochure, u"brochure.pdf"_s));
    input.assets.insert(31, makeAsset(31, AssetKind::Portrait, u"huang.jpg"_s));
    return input;
}

} // namespace

class TestArticle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotePostTakesItsParts();
    void quoteTitleAndAttributionFallBack_data();
    void quoteTitleAndAttributionFallBack();
    void excerptMadeFromTextWhenMissing();
    void essayPost();
    void assetIdsInOrderOfUse();
    void loadsQuoteFromLibrary();
    void loadRefusesOtherTypes();
    void loadReportsMissingPost();
};

void TestArticle::quotePostTakesItsParts()
{
    const Article article = composeArticle(quoteInput());
    QCOMPARE(article.kind, Article::Kind::Quote);
    QCOMPARE(article.title, u"Quote: Jensen Huang, Nvidia CEO"_s);
    QCOMPARE(article.quotation, u"Countries now treat AI as infrastructure."_s);
    QCOMPARE(article.attribution, u"Jensen Huang, CEO"_s);
    QCOMPARE(article.occasion, u"Earnings call"_s);
    QCOMPARE(article.saidOn, QDate(2025, 5, 28));
    QCOMPARE(article.contextTitle, u"Context: the first-quarter results"_s);
    QVERIFY(article.context.plainText().startsWith(u"Revenue rose"_s));
    QCOMPARE(article.commentary.plainText(), u"Takeaways\n\nDemand keeps rising"_s);
    QCOMPARE(article.profileHeading, u"Jensen Huang: Visionary Leader Behind Nvidia"_s);
    QVERIFY(article.biography.plainText().startsWith(u"Early years"_s));
    QCOMPARE(article.portrait->id, 31);
    QCOMPARE(article.sources.plainText(), u"Company press release"_s);
    QCOMPARE(article.brochure->id, 30);
    QVERIFY(!article.featured);
    QCOMPARE(article.slug, u"quote-jensen-huang-nvidia-ceo"_s);
}

void TestArticle::quoteTitleAndAttributionFallBack_data()
{
    QTest::addColumn<QString>("speakerRole");
    QTest::addColumn<bool>("withSpeaker");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("role at the time") << u"Nvidia CEO"_s << true << u"Quote: Jensen Huang, Nvidia CEO"_s
                                      << u"quote-jensen-huang-nvidia-ceo"_s;
    QTest::newRow("speaker's current role")
        << QString() << true << u"Quote: Jensen Huang, CEO"_s << u"quote-jensen-huang-ceo"_s;
    QTest::newRow("no speaker") << QString() << false << u"Quote"_s << u"quote"_s;
}

void TestArticle::quoteTitleAndAttributionFallBack()
{
    QFETCH(QString, speakerRole);
    QFETCH(bool, withSpeaker);
    QFETCH(QString, title);
    QFETCH(QString, slug);
    ArticleInput input = quoteInput();
    input.quote->title.clear();
    input.quote->slug.clear();
    input.quote->speakerRole = speakerRole;
    if (!withSpeaker)
        input.speaker.reset();
    const Article article = composeArticle(input);
    QCOMPARE(article.title, title);
    QCOMPARE(article.slug, slug);
}

void TestArticle::excerptMadeFromTextWhenMissing()
{
    ArticleInput input = quoteInput();
    QCOMPARE(composeArticle(input).excerpt,
             u"\u201CCountries now treat AI as infrastructure.\u201D \u2014 Jensen Huang, CEO Revenue rose "
             u"on demand "
             "for data-centre chips. Export rules weighed on sales. Demand keeps rising"_s);
    input.quote->excerpt = u"Own excerpt."_s;
    QCOMPARE(composeArticle(input).excerpt, u"Own excerpt."_s);
}

void TestArticle::essayPost()
{
    ArticleInput input;
    input.essay = Test::makeEssay(u"Infographic: Four DeepSeek enablers"_s);
    input.essay->kind = EssayKind::Infographic;
    input.essay->featuredAssetId = 7;
    input.essay->body = u"The team changed *four* things.\n\n![chart](asset:8)"_s;
    input.assets.insert(7, makeAsset(7, AssetKind::Infographic, u"enablers.png"_s));
    input.assets.insert(8, makeAsset(8, AssetKind::Image, u"chart.png"_s));
    const Article article = composeArticle(input);
    QCOMPARE(article.kind, Article::Kind::Essay);
    QCOMPARE(article.title, u"Infographic: Four DeepSeek enablers"_s);
    QCOMPARE(article.slug, u"infographic-four-deepseek-enablers"_s);
    QCOMPARE(article.featured->id, 7);
    QCOMPARE(article.excerpt, u"The team changed four things."_s);
    QCOMPARE(article.assetIds(), (QList<qint64> { 7, 8 }));
}

void TestArticle::assetIdsInOrderOfUse()
{
    ArticleInput input = quoteInput();
    input.quote->commentary = u"![a](asset:31) [b](asset:40) ![missing](asset:99)"_s;
    input.assets.insert(40, makeAsset(40, AssetKind::Image, u"b.png"_s));
    QCOMPARE(composeArticle(input).assetIds(), (QList<qint64> { 31, 40, 30 }));
}

void TestArticle::loadsQuoteFromLibrary()
{
    Test::TempLibrary temp;
    QVERIFY2(temp.open(), qPrintable(temp.error()));
    Library &lib = temp.library();
    QString error;
    Asset portrait = makeAsset(0, AssetKind::Portrait, u"huang.jpg"_s);
    Asset inline_ = makeAsset(0, AssetKind::Image, u"chart.png"_s);
    QVERIFY2(lib.save(portrait, &error), qPrintable(error));
    QVERIFY2(lib.save(inline_, &error), qPrintable(error));
    Speaker speaker = Test::makeSpeaker();
    speaker.portraitAssetId = portrait.id;
    QVERIFY2(lib.save(speaker, &error), qPrintable(error));
    Essay essay = Test::makeEssay();
    essay.body += u"\n\n![chart]("_s + UrlPolicy::assetUrl(inline_.id) + u")"_s;
    QVERIFY2(lib.save(essay, &error), qPrintable(error));
    Quote quote = Test::makeQuote();
    quote.speakerId = speaker.id;
    quote.essayId = essay.id;
    QVERIFY2(lib.save(quote, &error), qPrintable(error));

    const auto input = loadArticleInput(lib, RecordType::Quote, quote.id, &error);
    QVERIFY2(input, qPrintable(error));
    QCOMPARE(input->quote->id, quote.id);
    QCOMPARE(input->speaker->name, speaker.name);
    QCOMPARE(input->essay->title, essay.title);
    QCOMPARE(input->assets.size(), 2);
    QVERIFY(input->assets.contains(portrait.id));
    QVERIFY(input->assets.contains(inline_.id));

    const auto essayInput = loadArticleInput(lib, RecordType::Essay, essay.id, &error);
    QVERIFY2(essayInput, qPrintable(error));
    QVERIFY(!essayInput->isQuotePost());
    QCOMPARE(essayInput->assets.keys(), QList<qint64> { inline_.id });
}

void TestArticle::loadRefusesOtherTypes()
{
    Test::TempLibrary temp;
    QVERIFY(temp.open());
    QString error;
    QVERIFY(!loadArticleInput(temp.library(), RecordType::Speaker, 1, &error));
    QVERIFY(error.contains(u"only quotes and essays"_s));
}

void TestArticle::loadReportsMissingPost()
{
    Test::TempLibrary temp;
    QVERIFY(temp.open());
    QString error;
    QVERIFY(!loadArticleInput(temp.library(), RecordType::Quote, 42, &error));
    QVERIFY(error.contains(u"42"_s));
}

QTEST_GUILESS_MAIN(TestArticle)
#include "tst_article.moc"
