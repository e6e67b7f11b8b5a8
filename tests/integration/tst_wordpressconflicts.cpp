// SPDX-License-Identifier: GPL-3.0-or-later
// Posts edited on the real WordPress after they were published: the conflict, resolved by
// overwriting or by taking the site's version into the record.
// WordPress 6.1 on loopback: tests/integration/wordpress/wp-site.sh, started by the ctest fixture.
#include "publish/publicationstore.h"
#include "publish/publishinputs.h"
#include "publish/siteversion.h"
#include "siteclock.h"
#include "wordpresstestcase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestWordPressConflicts final : public Test::WordPressTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void conflictStopsAndOverwriteResolves();
    void conflictResolvedByTakingTheSiteVersion();
    void takingTheSiteVersionBringsBackQuotationAndCommentary();
};

void TestWordPressConflicts::conflictStopsAndOverwriteResolves()
{
    PublishInput input = makeInput(u"Quote: Sam Altman on compute"_s);
    const PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));

    // The site's edit comes in a later second than the modified_gmt recorded (whole seconds).
    QString error;
    QVERIFY2(Test::waitForSiteTimePast(*m_admin, first.modifiedGmt, &error), qPrintable(error));
    const QJsonObject edited =
        siteWrite(u"wp/v2/posts/%1"_s.arg(first.remoteId), { { u"title"_s, u"Edited on the site"_s } });
    const QString siteModified = edited[u"modified_gmt"_s].toString();
    QVERIFY(siteModified != first.modifiedGmt);
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId, siteModified)), u"changed-on-site"_s);

    input.excerpt = u"A new excerpt written here."_s;
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId, siteModified)), u"both"_s);
    const PublishResult conflicted = publish(input, m_siteId);
    QCOMPARE(WpError::kindName(conflicted.error.kind), u"conflict"_s);
    QVERIFY(conflicted.conflict);
    QCOMPARE(conflicted.conflict->siteTitle, u"Edited on the site"_s);
    QCOMPARE(conflicted.conflict->localTitle, input.title);
    QCOMPARE(conflicted.conflict->siteModifiedGmt, siteModified);
    // Nothing was written.
    const QJsonObject after = site(u"wp/v2/posts/%1"_s.arg(first.remoteId));
    QCOMPARE(after[u"modified_gmt"_s].toString(), siteModified);
    QCOMPARE(after[u"title"_s][u"raw"_s].toString(), u"Edited on the site"_s);

    PublishOptions overwrite;
    overwrite.overwrite = true;
    const PublishResult resolved = publish(input, m_siteId, overwrite);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"title"_s][u"raw"_s].toString(), input.title);
}

void TestWordPressConflicts::conflictResolvedByTakingTheSiteVersion()
{
    PublishInput input = makeInput(u"Quote: Satya Nadella on platforms"_s);
    const PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QString error;
    QVERIFY2(Test::waitForSiteTimePast(*m_admin, first.modifiedGmt, &error), qPrintable(error));
    siteWrite(u"wp/v2/posts/%1"_s.arg(first.remoteId), { { u"title"_s, u"Better title from the site"_s } });

    const PublishResult conflicted = publish(input, m_siteId);
    QVERIFY(conflicted.conflict);
    QVERIFY2(
        m_controller->takeSiteVersion(*conflicted.conflict, u"quote"_s, input.recordId, m_siteId, &error),
        qPrintable(error));
    input.title = conflicted.conflict->siteTitle; // what the app does with the site's version
    const PublishResult again = publish(input, m_siteId);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"title"_s][u"raw"_s].toString(),
             u"Better title from the site"_s);
}

void TestWordPressConflicts::takingTheSiteVersionBringsBackQuotationAndCommentary()
{
    // A quote of the library with its speaker and context essay, published.
    Library &library = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    Essay essay = Test::makeEssay();
    QVERIFY2(library.save(essay, &error), qPrintable(error));
    Quote quote = Test::makeQuote(u"Every country needs its own AI infrastructure."_s);
    quote.speakerId = speaker.id;
    quote.essayId = essay.id;
    quote.commentary =
        u"## Takeaways\n\n- Demand keeps *rising*.\n\nRead the [results](https://example.com/q1)."_s;
    quote.slug = u"qd-take-%1"_s.arg(m_run);
    QVERIFY2(library.save(quote, &error), qPrintable(error));
    const auto input = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
    QVERIFY2(input, qPrintable(error));
    const PublishResult first = publish(*input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));

    // On the site, in a later second: a word of the quotation changed, a paragraph added to
    // the commentary.
    QVERIFY2(Test::waitForSiteTimePast(*m_admin, first.modifiedGmt, &error), qPrintable(error));
    QString content = site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"content"_s][u"raw"_s].toString();
    const QString results = u"<a href=\"https://example.com/q1\">results</a>.</p>\n<!-- /wp:paragraph -->"_s;
    QVERIFY2(content.contains(u"its own AI"_s) && content.contains(results), qPrintable(content));
    content.replace(u"its own AI"_s, u"its sovereign AI"_s);
    content.replace(results,
                    results
                        + u"\n\n<!-- wp:paragraph -->\n<p>Added in <em>wp-admin</em>.</p>\n"
                          "<!-- /wp:paragraph -->"_s);
    QVERIFY(!siteWrite(u"wp/v2/posts/%1"_s.arg(first.remoteId), { { u"content"_s, content } }).isEmpty());

    // Publishing again stops with a conflict; the site's version is taken into the record.
    const PublishResult conflicted = publish(*input, m_siteId);
    QVERIFY(conflicted.conflict);
    const SiteVersion version = SiteVersion::read(library, RecordType::Quote, quote.id, *conflicted.conflict);
    QVERIFY2(version.notes.size() == 1,
             qPrintable(version.notes.join(u'\n'))); // speaker and essay: their own
    QVERIFY2(m_controller->takeSiteVersion(*conflicted.conflict, u"quote"_s, quote.id, m_siteId, &error),
             qPrintable(error));
    quote.title = version.title;
    quote.excerpt = version.excerpt;
    quote.text = version.quotation.value_or(quote.text);
    quote.commentary = version.commentary.value_or(quote.commentary);
    QVERIFY2(library.save(quote, &error), qPrintable(error));

    QCOMPARE(library.get<Quote>(quote.id)->text, u"Every country needs its sovereign AI infrastructure."_s);
    QCOMPARE(library.get<Quote>(quote.id)->commentary,
             u"## Takeaways\n\n- Demand keeps *rising*.\n\nRead the [results](https://example.com/q1).\n\n"
             "Added in *wp-admin*."_s);
    const auto publication = PublicationStore::find(library, u"quote"_s, quote.id, m_siteId);
    QVERIFY(publication);
    QCOMPARE(publication->remoteModifiedGmt, conflicted.conflict->siteModifiedGmt);

    // The next publish is a plain update, and the site keeps both edits.
    const auto taken = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
    QVERIFY2(taken, qPrintable(error));
    const PublishResult again = publish(*taken, m_siteId);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    const QString after = site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"content"_s][u"raw"_s].toString();
    QVERIFY2(after.contains(u"its sovereign AI"_s) && after.contains(u"<p>Added in <em>wp-admin</em>.</p>"_s),
             qPrintable(after));
}

QTEST_MAIN(TestWordPressConflicts)
#include "tst_wordpressconflicts.moc"
