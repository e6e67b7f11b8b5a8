// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/publishinputs.h"
#include "publish/publishjob.h"
#include "publish/siteversion.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestSiteVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unchangedPostGivesTheRecordBack();
    void quotationAndCommentaryEditedOnTheSite();
    void contextEssayEditedOnTheSiteLeavesTheCommentary();
    void classicBlockIsConvertedAndNamed();
    void essayBodyAndSources();

private:
    // The conflict a publish would report for the record: the site holds @p siteContent.
    PublishConflict conflictFor(RecordType type, qint64 id, const QString &siteContent = {});

    std::unique_ptr<Test::TempLibrary> m_lib;
    Quote m_quote;
    Essay m_essay;
};

void TestSiteVersion::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    Library &library = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    m_essay = Test::makeEssay();
    QVERIFY2(library.save(m_essay, &error), qPrintable(error));
    m_quote = Test::makeQuote(u"Every country needs its own AI infrastructure."_s);
    m_quote.speakerId = speaker.id;
    m_quote.essayId = m_essay.id;
    m_quote.commentary =
        u"## Takeaways\n\n- Demand keeps *rising*.\n- See [the results](https://example.com/q1).\n\n"
        "A closing line."_s;
    QVERIFY2(library.save(m_quote, &error), qPrintable(error));
}

void TestSiteVersion::cleanup()
{
    m_lib.reset();
}

PublishConflict TestSiteVersion::conflictFor(RecordType type, qint64 id, const QString &siteContent)
{
    QString error;
    const auto input = PublishInputs::load(m_lib->library(), type, id, &error);
    if (!input)
        qFatal("cannot load: %s", qPrintable(error));
    PublishConflict conflict;
    conflict.remoteId = 7;
    conflict.siteModifiedGmt = u"2026-11-29T08:00:00"_s;
    conflict.localTitle = conflict.siteTitle = input->title;
    conflict.localContent = input->content({});
    conflict.siteContent = siteContent.isEmpty() ? conflict.localContent : siteContent;
    return conflict;
}

void TestSiteVersion::unchangedPostGivesTheRecordBack()
{
    const SiteVersion version = SiteVersion::read(m_lib->library(), RecordType::Quote, m_quote.id,
                                                  conflictFor(RecordType::Quote, m_quote.id));
    QCOMPARE(version.quotation.value_or(u"(none)"_s), m_quote.text);
    QCOMPARE(version.commentary.value_or(u"(none)"_s), m_quote.commentary);
    QCOMPARE(version.notes.size(), 1); // the standing one: speaker and essay are their own records
    QVERIFY2(version.notes.constFirst().contains(u"edit them in their own records"_s),
             qPrintable(version.notes.constFirst()));
}

void TestSiteVersion::quotationAndCommentaryEditedOnTheSite()
{
    PublishConflict conflict = conflictFor(RecordType::Quote, m_quote.id);
    QString site = conflict.localContent;
    site.replace(u"its own AI"_s, u"its sovereign AI"_s);
    const QString closing = u"<p>A closing line.</p>\n<!-- /wp:paragraph -->"_s;
    QVERIFY(site.contains(closing));
    site.replace(closing,
                 closing
                     + u"\n\n<!-- wp:paragraph -->\n<p>Added on the <strong>site</strong>.</p>\n"
                       "<!-- /wp:paragraph -->"_s);
    conflict.siteContent = site;
    const SiteVersion version = SiteVersion::read(m_lib->library(), RecordType::Quote, m_quote.id, conflict);
    QCOMPARE(version.quotation.value_or(u"(none)"_s),
             u"Every country needs its sovereign AI infrastructure."_s);
    QCOMPARE(version.commentary.value_or(u"(none)"_s), m_quote.commentary + u"\n\nAdded on the **site**."_s);
    QCOMPARE(version.notes.size(), 1);
}

void TestSiteVersion::contextEssayEditedOnTheSiteLeavesTheCommentary()
{
    PublishConflict conflict = conflictFor(RecordType::Quote, m_quote.id);
    conflict.siteContent.replace(u"Export rules weighed"_s, u"Export rules hurt"_s);
    const SiteVersion version = SiteVersion::read(m_lib->library(), RecordType::Quote, m_quote.id, conflict);
    QVERIFY(version.quotation);
    QVERIFY(!version.commentary);
    QVERIFY2(version.notes.join(u' ').contains(u"the commentary was not taken"_s),
             qPrintable(version.notes.join(u' ')));
}

void TestSiteVersion::classicBlockIsConvertedAndNamed()
{
    PublishConflict conflict = conflictFor(RecordType::Quote, m_quote.id);
    const QString closing = u"<p>A closing line.</p>\n<!-- /wp:paragraph -->"_s;
    conflict.siteContent.replace(closing,
                                 closing
                                     + u"\n\n<p>Typed in the <em>classic</em> editor.</p>\n\n"
                                       "<!-- wp:embed {\"url\":\"https://example.com/v\"} -->\n"
                                       "<figure class=\"wp-block-embed\">https://example.com/v</figure>\n"
                                       "<!-- /wp:embed -->"_s);
    const SiteVersion version = SiteVersion::read(m_lib->library(), RecordType::Quote, m_quote.id, conflict);
    QCOMPARE(version.commentary.value_or(u"(none)"_s),
             m_quote.commentary + u"\n\nTyped in the *classic* editor.\n\nhttps://example.com/v"_s);
    const QString notes = version.notes.join(u'\n');
    QVERIFY2(notes.contains(u"freeform, embed"_s) && notes.contains(u"check them"_s), qPrintable(notes));
}

void TestSiteVersion::essayBodyAndSources()
{
    m_essay.body = u"# Context\n\nRevenue rose on demand for data-centre chips."_s;
    m_essay.sources = u"- Company press release\n- [Filing](https://example.com/10q)"_s;
    QString error;
    QVERIFY2(m_lib->library().save(m_essay, &error), qPrintable(error));
    PublishConflict conflict = conflictFor(RecordType::Essay, m_essay.id);
    conflict.siteContent.replace(u"data-centre chips"_s, u"data-centre and gaming chips"_s);
    const SiteVersion version = SiteVersion::read(m_lib->library(), RecordType::Essay, m_essay.id, conflict);
    QCOMPARE(version.body.value_or(u"(none)"_s),
             u"# Context\n\nRevenue rose on demand for data-centre and gaming chips."_s);
    QCOMPARE(version.sources.value_or(u"(none)"_s), m_essay.sources);
    QVERIFY2(version.notes.isEmpty(), qPrintable(version.notes.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSiteVersion)
#include "tst_siteversion.moc"
