// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/search.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

Q_DECLARE_METATYPE(QList<QuoteDesk::RecordType>)

class TestSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ftsQueryQuotesEveryWord_data();
    void ftsQueryQuotesEveryWord();
    void snippetToHtmlBalancesTags_data();
    void snippetToHtmlBalancesTags();

    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void queryWithoutWordsFindsNothing_data();
    void queryWithoutWordsFindsNothing();
    void prefixMatchesAsYouType();
    void titleMatchRanksAboveBodyMatch();
    void snippetHighlightsAndEscapes();
    void trashedRecordsAreNotFoundUntilRestored();
    void updateReindexes();
    void typeFilter_data();
    void typeFilter();
    void diacriticsAreFolded();
    void assetMetadataIsFound();
    void speakerIsFoundByOrganisation();
    void limitIsRespected();
    void veryCommonQueryListsTitleMatchesFirst();
    void closedLibraryIsAnError();

private:
    QList<SearchHit> find(const QString &text, const QList<RecordType> &types = {});
    static bool contains(const QList<SearchHit> &hits, RecordType type, qint64 id);

    std::unique_ptr<Test::TempLibrary> m_lib;
    Speaker m_huang;
    Quote m_quote;
};

void TestSearch::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    QString error;
    m_huang = Test::makeSpeaker();
    QVERIFY2(m_lib->library().save(m_huang, &error), qPrintable(error));
    m_quote = Test::makeQuote();
    m_quote.speakerId = m_huang.id;
    QVERIFY2(m_lib->library().save(m_quote, &error), qPrintable(error));
}

void TestSearch::cleanup()
{
    m_lib.reset();
}

QList<SearchHit> TestSearch::find(const QString &text, const QList<RecordType> &types)
{
    SearchQuery query;
    query.text = text;
    query.types = types;
    QString error;
    const QList<SearchHit> hits = search(m_lib->library(), query, &error);
    if (!error.isEmpty())
        qWarning("search for %s failed: %s", qPrintable(text), qPrintable(error));
    return hits;
}

bool TestSearch::contains(const QList<SearchHit> &hits, RecordType type, qint64 id)
{
    return std::any_of(hits.cbegin(), hits.cend(),
                       [&](const SearchHit &hit) { return hit.type == type && hit.id == id; });
}

void TestSearch::ftsQueryQuotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("prefixLast");
    QTest::addColumn<bool>("prefixAll");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one word, as you type") << u"Hua"_s << true << false << u"\"Hua\"*"_s;
    QTest::newRow("two words, last one a prefix")
        << u"jensen hua"_s << true << false << u"\"jensen\" \"hua\"*"_s;
    QTest::newRow("no prefix") << u"jensen huang"_s << false << false << u"\"jensen\" \"huang\""_s;
    QTest::newRow("every word a prefix") << u"jen hua"_s << false << true << u"\"jen\"* \"hua\"*"_s;
    QTest::newRow("operators are words")
        << u"chips AND NOT NEAR"_s << false << false << u"\"chips\" \"AND\" \"NOT\" \"NEAR\""_s;
    QTest::newRow("punctuation separates") << u"don't (stop) -now ^x col:y"_s << false << false
                                           << u"\"don\" \"t\" \"stop\" \"now\" \"x\" \"col\" \"y\""_s;
    QTest::newRow("SQL text") << u"'; DROP TABLE quotes; --"_s << true << false
                              << u"\"DROP\" \"TABLE\" \"quotes\"*"_s;
    QTest::newRow("unbalanced quote") << u"\"Jensen"_s << false << false << u"\"Jensen\""_s;
    QTest::newRow("diacritics kept for the index to fold")
        << u"Genève"_s << false << false << u"\"Genève\""_s;
    QTest::newRow("digits") << u"Q1 2025"_s << false << false << u"\"Q1\" \"2025\""_s;
    QTest::newRow("emoji separates") << u"AI🚀chips"_s << false << false << u"\"AI\" \"chips\""_s;
    QTest::newRow("letters beyond the BMP") << u"𝒜𝒷"_s << false << false << u"\"𝒜𝒷\""_s;
    QTest::newRow("only punctuation") << u"\"*-^:()"_s << true << false << QString();
    QTest::newRow("empty") << QString() << true << true << QString();
}

void TestSearch::ftsQueryQuotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(bool, prefixLast);
    QFETCH(bool, prefixAll);
    QFETCH(QString, expected);
    QCOMPARE(Search::ftsQuery(text, prefixLast, prefixAll), expected);
}

void TestSearch::snippetToHtmlBalancesTags_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("expected");
    const QChar o(u'['), c(u']');
    QTest::newRow("one match") << (u"a "_s + o + u"chip"_s + c + u" b"_s) << u"a <b>chip</b> b"_s;
    QTest::newRow("HTML in the text") << (u"<i>&"_s + o + u"x"_s + c) << u"&lt;i&gt;&amp;<b>x</b>"_s;
    QTest::newRow("open without close") << (o + u"x"_s) << u"<b>x</b>"_s;
    QTest::newRow("close without open") << (u"x"_s + c + u"y"_s) << u"xy"_s;
    QTest::newRow("open twice") << (o + u"x"_s + o + u"y"_s + c) << u"<b>xy</b>"_s;
}

void TestSearch::snippetToHtmlBalancesTags()
{
    QFETCH(QString, snippet);
    QFETCH(QString, expected);
    QCOMPARE(Search::snippetToHtml(snippet, u'[', u']'), expected);
}

void TestSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("findsHuang");

    QTest::newRow("unbalanced quote") << u"\"Huang"_s << true;
    QTest::newRow("quote inside a word") << u"Hu\"ang"_s << false;
    QTest::newRow("lone AND") << u"AND"_s << false;
    QTest::newRow("lone OR") << u"OR"_s << false;
    QTest::newRow("lone NOT") << u"NOT"_s << false;
    QTest::newRow("lone NEAR") << u"NEAR"_s << false;
    QTest::newRow("NEAR group") << u"NEAR(Huang Nvidia, 2)"_s << false;
    QTest::newRow("trailing AND") << u"Huang AND"_s << false;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("star after word") << u"Huang*"_s << true;
    QTest::newRow("minus") << u"-"_s << false;
    QTest::newRow("minus before word") << u"-Huang"_s << true;
    QTest::newRow("caret") << u"^Huang"_s << true;
    QTest::newRow("colon") << u":"_s << false;
    QTest::newRow("column filter") << u"title:Huang"_s << false;
    QTest::newRow("braces") << u"{title body}: Huang"_s << false;
    QTest::newRow("open parenthesis") << u"(Huang"_s << true;
    QTest::newRow("SQL injection") << u"'; DROP TABLE quotes; --"_s << false;
    QTest::newRow("SQL comment") << u"Huang /* */ --"_s << true;
    QTest::newRow("emoji") << u"🚀🔥"_s << false;
    QTest::newRow("emoji beside a word") << u"🚀Huang🔥"_s << true;
    QTest::newRow("NUL and control characters") << (u"Huang"_s + QChar(0) + u"\t\x01"_s) << true;
    QTest::newRow("private-use marker characters") << u"\uE000Huang\uE001"_s << false;
    QTest::newRow("very long input") << (u"Huang "_s + u"x\"(*- "_s.repeated(20000)) << false;
    QTest::newRow("very long word") << u"a"_s.repeated(100000) << false;
}

void TestSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, text);
    QFETCH(bool, findsHuang);

    SearchQuery query;
    query.text = text;
    QString error;
    const QList<SearchHit> hits = search(m_lib->library(), query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(contains(hits, RecordType::Speaker, m_huang.id), findsHuang);

    // The library is intact and the index still answers.
    QCOMPARE(m_lib->library().count(RecordType::Quote), 1);
    QCOMPARE(m_lib->library().count(RecordType::Speaker), 1);
    QVERIFY(contains(find(u"Huang"_s), RecordType::Speaker, m_huang.id));
}

void TestSearch::queryWithoutWordsFindsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   \t\n"_s;
    QTest::newRow("punctuation") << u"!?.,;\"'()*-^:"_s;
}

void TestSearch::queryWithoutWordsFindsNothing()
{
    QFETCH(QString, text);
    SearchQuery query;
    query.text = text;
    QString error;
    QVERIFY(search(m_lib->library(), query, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSearch::prefixMatchesAsYouType()
{
    const QList<SearchHit> hits = find(u"Hua"_s);
    QVERIFY(contains(hits, RecordType::Speaker, m_huang.id));
    QVERIFY(contains(hits, RecordType::Quote, m_quote.id));
    QVERIFY(contains(find(u"jensen HU"_s), RecordType::Speaker, m_huang.id));

    SearchQuery whole;
    whole.text = u"Hua"_s;
    whole.prefix = false;
    QVERIFY(search(m_lib->library(), whole).isEmpty());

    SearchQuery every;
    every.text = u"jen hua"_s;
    every.prefix = false;
    every.prefixAllWords = true;
    QVERIFY(contains(search(m_lib->library(), every), RecordType::Speaker, m_huang.id));
}

void TestSearch::titleMatchRanksAboveBodyMatch()
{
    QString error;
    Quote inBody = Test::makeQuote(u"Lithography sets the pace of every chip roadmap."_s);
    inBody.title = u"Quote: a supplier on the roadmap"_s;
    QVERIFY2(m_lib->library().save(inBody, &error), qPrintable(error));
    Quote inTitle = Test::makeQuote(u"Machines that print circuits are the bottleneck."_s);
    inTitle.title = u"Quote: on lithography"_s;
    QVERIFY2(m_lib->library().save(inTitle, &error), qPrintable(error));

    const QList<SearchHit> hits = find(u"lithography"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).id, inTitle.id);
    QCOMPARE(hits.at(0).title, inTitle.title);
    QCOMPARE(hits.at(1).id, inBody.id);
    QVERIFY(hits.at(0).rank < hits.at(1).rank);
}

void TestSearch::snippetHighlightsAndEscapes()
{
    QString error;
    Quote quote = Test::makeQuote(u"Tariffs change where factories are built."_s);
    quote.title = u"Quote: on trade"_s;
    quote.commentary = u"A <script>alert('x')</script> tag & more about quotas."_s;
    QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));

    const QList<SearchHit> hits = find(u"quotas"_s);
    QCOMPARE(hits.size(), 1);
    const QString html = hits.first().snippetHtml;
    QVERIFY2(html.contains(u"<b>quotas</b>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"&lt;script&gt;"_s), qPrintable(html));
    QVERIFY2(html.contains(u"&amp;"_s), qPrintable(html));
    QVERIFY2(!html.contains(u"<script>"_s), qPrintable(html));

    // A long body is cut around the match, and the cut is marked.
    quote.commentary = u"Filler words here. "_s.repeated(40) + u"The quotas bite."_s;
    QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
    const QString cut = find(u"quotas"_s).value(0).snippetHtml;
    QVERIFY2(cut.startsWith(u"…"_s), qPrintable(cut));
    QVERIFY2(cut.contains(u"<b>quotas</b>"_s), qPrintable(cut));
}

void TestSearch::trashedRecordsAreNotFoundUntilRestored()
{
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Quote, m_quote.id, &error), qPrintable(error));
    QVERIFY(!contains(find(u"infrastructure"_s), RecordType::Quote, m_quote.id));
    QVERIFY2(m_lib->library().restore(RecordType::Quote, m_quote.id, &error), qPrintable(error));
    QVERIFY(contains(find(u"infrastructure"_s), RecordType::Quote, m_quote.id));
}

void TestSearch::updateReindexes()
{
    QVERIFY(contains(find(u"Tainan"_s), RecordType::Speaker, m_huang.id));
    m_huang.biography = u"Grew up in Kentucky."_s;
    QString error;
    QVERIFY2(m_lib->library().save(m_huang, &error), qPrintable(error));
    QVERIFY(find(u"Tainan"_s).isEmpty());
    QVERIFY(contains(find(u"Kentucky"_s), RecordType::Speaker, m_huang.id));
}

void TestSearch::typeFilter_data()
{
    QTest::addColumn<QList<RecordType>>("types");
    QTest::addColumn<bool>("findsSpeaker");
    QTest::addColumn<bool>("findsQuote");

    QTest::newRow("every type") << QList<RecordType>() << true << true;
    QTest::newRow("speakers") << QList<RecordType> { RecordType::Speaker } << true << false;
    QTest::newRow("quotes") << QList<RecordType> { RecordType::Quote } << false << true;
    QTest::newRow("speakers and quotes")
        << QList<RecordType> { RecordType::Quote, RecordType::Speaker } << true << true;
    QTest::newRow("essays") << QList<RecordType> { RecordType::Essay } << false << false;
    QTest::newRow("a type not in the index") << QList<RecordType> { RecordType::Tag } << false << false;
}

void TestSearch::typeFilter()
{
    QFETCH(QList<RecordType>, types);
    QFETCH(bool, findsSpeaker);
    QFETCH(bool, findsQuote);

    // Added after the speaker, so the newest quote outranks it by id: the type filter must
    // still reach the speaker.
    QString error;
    Essay essay = Test::makeEssay(u"Context: the launch"_s);
    QVERIFY2(m_lib->library().save(essay, &error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        Quote quote = Test::makeQuote();
        QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
    }

    SearchQuery query;
    query.text = u"Huang"_s;
    query.types = types;
    const QList<SearchHit> hits = search(m_lib->library(), query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(contains(hits, RecordType::Speaker, m_huang.id), findsSpeaker);
    QCOMPARE(contains(hits, RecordType::Quote, m_quote.id), findsQuote);
    for (const SearchHit &hit : hits)
        QVERIFY(types.isEmpty() || types.contains(hit.type));
}

void TestSearch::diacriticsAreFolded()
{
    QString error;
    Speaker speaker = Test::makeSpeaker(u"Zoë Müller"_s);
    speaker.biography = u"Studied in Genève and São Paulo."_s;
    QVERIFY2(m_lib->library().save(speaker, &error), qPrintable(error));

    for (const QString &text : { u"geneve"_s, u"GENÈVE"_s, u"sao paulo"_s, u"zoe muller"_s, u"Müll"_s })
        QVERIFY2(contains(find(text), RecordType::Speaker, speaker.id), qPrintable(text));
}

void TestSearch::assetMetadataIsFound()
{
    QString error;
    Asset asset;
    asset.sha256 = u"cd"_s.repeated(32);
    asset.originalName = u"fab-map.pdf"_s;
    asset.mimeType = u"application/pdf"_s;
    asset.title = u"Foundry capacity map"_s;
    asset.description = u"Brochure on wafer output by region"_s;
    asset.altText = u"Map of wafer fabs"_s;
    asset.kind = AssetKind::Brochure;
    QVERIFY2(m_lib->library().save(asset, &error), qPrintable(error));

    for (const QString &text : { u"foundry"_s, u"wafer output"_s, u"fabs"_s, u"fab-map"_s }) {
        const QList<SearchHit> hits = find(text, { RecordType::Asset });
        QVERIFY2(contains(hits, RecordType::Asset, asset.id), qPrintable(text));
        QCOMPARE(hits.first().title, asset.title);
    }
}

void TestSearch::speakerIsFoundByOrganisation()
{
    QString error;
    Speaker other = Test::makeSpeaker(u"Lisa Su"_s);
    other.organisation = u"AMD"_s;
    QVERIFY2(m_lib->library().save(other, &error), qPrintable(error));

    QList<SearchHit> hits = find(u"Nvidia"_s, { RecordType::Speaker });
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, m_huang.id);
    QCOMPARE(hits.first().title, m_huang.name);
    hits = find(u"amd"_s, { RecordType::Speaker });
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, other.id);
}

void TestSearch::limitIsRespected()
{
    QString error;
    for (int i = 0; i < 5; ++i) {
        Quote quote = Test::makeQuote();
        QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
    }
    SearchQuery query;
    query.text = u"infrastructure"_s;
    query.limit = 3;
    QCOMPARE(search(m_lib->library(), query, &error).size(), 3);
    query.limit = 0;
    QVERIFY(search(m_lib->library(), query, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSearch::veryCommonQueryListsTitleMatchesFirst()
{
    Library &lib = m_lib->library();
    QString error;
    QList<qint64> titled;
    SaveOptions quick;
    quick.recordRevision = false;
    const bool ok = lib.transact(
        [&](QString *e) {
            for (int i = 0; i <= Search::RankedMatchLimit + 10; ++i) {
                Quote quote = Test::makeQuote(u"Demand for accelerators keeps growing."_s);
                const bool inTitle = i % 500 == 499;
                quote.title = inTitle ? u"Quote: on accelerators"_s : u"Quote: number %1"_s.arg(i);
                if (!lib.save(quote, e, quick))
                    return false;
                if (inTitle)
                    titled.prepend(quote.id);
            }
            return true;
        },
        &error);
    QVERIFY2(ok, qPrintable(error));

    SearchQuery query;
    query.limit = 10;
    // A prefix, and a whole word that matches as many records on its own.
    for (const QString &text : { u"accel"_s, u"accelerators"_s }) {
        query.text = text;
        const QList<SearchHit> hits = search(lib, query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 10);
        for (int i = 0; i < titled.size(); ++i)
            QCOMPARE(hits.at(i).id, titled.at(i));
        QVERIFY(hits.at(titled.size()).id > hits.at(titled.size() + 1).id);
        QVERIFY(hits.last().snippetHtml.contains(u"<b>accelerators</b>"_s));
    }

    // The speaker ("accelerated computing"), older than every quote, is still reached when
    // only speakers are asked for.
    query.text = u"accel"_s;
    query.types = { RecordType::Speaker };
    const QList<SearchHit> speakers = search(lib, query, &error);
    QCOMPARE(speakers.size(), 1);
    QCOMPARE(speakers.first().id, m_huang.id);
}

void TestSearch::closedLibraryIsAnError()
{
    Library closed;
    SearchQuery query;
    query.text = u"Huang"_s;
    QString error;
    QVERIFY(search(closed, query, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
