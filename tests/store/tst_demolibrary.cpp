// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/demolibrary.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestDemoLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void populatesTheArchivePage();
    void quotesFollowTheTitleTemplate();
    void oneEssayServesTwoQuotesOfOneSpeaker();
    void keepsTheFactsTheArchivePageGotWrong_data();
    void keepsTheFactsTheArchivePageGotWrong();
    void refusesALibraryWithRecords_data();
    void refusesALibraryWithRecords();
    void refusesAReadOnlyLibrary();
    void slugs_data();
    void slugs();

private:
    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestDemoLibrary::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestDemoLibrary::cleanup()
{
    m_lib.reset();
}

void TestDemoLibrary::populatesTheArchivePage()
{
    Library &lib = m_lib->library();
    QString error;
    QVERIFY2(DemoLibrary::populate(lib, &error), qPrintable(error));
    QVERIFY(lib.count(RecordType::Quote) >= 7);
    QCOMPARE(lib.count(RecordType::Speaker), 6);
    QVERIFY(lib.count(RecordType::Category) > 0);
    QVERIFY(lib.count(RecordType::Tag) > 0);

    QMap<EssayKind, int> kinds;
    for (const Essay &essay : lib.list<Essay>()) {
        ++kinds[essay.kind];
        QVERIFY(essay.body.contains(u"\n## "_s));
        QVERIFY(!essay.sources.isEmpty());
    }
    QCOMPARE(kinds.value(EssayKind::Context), 3);
    QCOMPARE(kinds.value(EssayKind::Infographic), 1);

    QSet<WorkflowStatus> statuses;
    for (const Quote &quote : lib.list<Quote>()) {
        statuses.insert(quote.status);
        QVERIFY(quote.speakerId);
        QVERIFY(quote.commentary.startsWith(u"## "_s));
        QVERIFY(!quote.tagIds.isEmpty());
    }
    for (const WorkflowStatus status :
         { WorkflowStatus::Idea, WorkflowStatus::Draft, WorkflowStatus::Ready, WorkflowStatus::Published })
        QVERIFY2(statuses.contains(status), qPrintable(nameOf(status)));
    for (const Speaker &speaker : lib.list<Speaker>())
        QVERIFY2(speaker.biography.startsWith(u"## "_s), qPrintable(speaker.name));
}

void TestDemoLibrary::quotesFollowTheTitleTemplate()
{
    Library &lib = m_lib->library();
    QString error;
    QVERIFY2(DemoLibrary::populate(lib, &error), qPrintable(error));
    QSet<QString> slugs;
    for (const Quote &quote : lib.list<Quote>()) {
        const QString speaker = lib.labelOf(RecordType::Speaker, *quote.speakerId);
        QCOMPARE(quote.title, DemoLibrary::quoteTitle(speaker, quote.speakerRole));
        QVERIFY(!quote.titleEdited);
        if (!quote.slugEdited)
            QCOMPARE(quote.slug, DemoLibrary::slugFor(quote.title));
        QVERIFY2(!slugs.contains(quote.slug), qPrintable(quote.slug));
        slugs.insert(quote.slug);
    }
}

void TestDemoLibrary::oneEssayServesTwoQuotesOfOneSpeaker()
{
    Library &lib = m_lib->library();
    QString error;
    QVERIFY2(DemoLibrary::populate(lib, &error), qPrintable(error));
    QMap<std::pair<qint64, qint64>, int> uses;
    for (const Quote &quote : lib.list<Quote>()) {
        if (quote.essayId)
            ++uses[{ *quote.speakerId, *quote.essayId }];
    }
    const QList<int> counts = uses.values();
    QVERIFY(std::any_of(counts.begin(), counts.end(), [](int n) { return n >= 2; }));
}

void TestDemoLibrary::keepsTheFactsTheArchivePageGotWrong_data()
{
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("right");
    QTest::newRow("misspelled firm name") << u"Andreesen Horowitz"_s << u"Andreessen Horowitz"_s;
    QTest::newRow("capitalisation of LeCun") << u"Yann Lecun"_s << u"Yann LeCun"_s;
    QTest::newRow("year of the DeepSeek sell-off") << u"January 2024"_s << u"January 2025"_s;
}

// The archive page has errors a pre-publish check should catch; the demo must not copy them.
void TestDemoLibrary::keepsTheFactsTheArchivePageGotWrong()
{
    QFETCH(QString, wrong);
    QFETCH(QString, right);
    Library &lib = m_lib->library();
    QString error;
    QVERIFY2(DemoLibrary::populate(lib, &error), qPrintable(error));
    QString all;
    for (const Quote &quote : lib.list<Quote>())
        all += quote.title + quote.text + quote.speakerRole + quote.commentary + quote.excerpt;
    for (const Speaker &speaker : lib.list<Speaker>())
        all += speaker.name + speaker.organisation + speaker.headline + speaker.biography;
    for (const Essay &essay : lib.list<Essay>())
        all += essay.title + essay.body + essay.sources;
    QVERIFY(!all.contains(wrong));
    QVERIFY(all.contains(right));
}

void TestDemoLibrary::refusesALibraryWithRecords_data()
{
    QTest::addColumn<bool>("trashed");
    QTest::newRow("a live record") << false;
    QTest::newRow("a record in the trash") << true;
}

void TestDemoLibrary::refusesALibraryWithRecords()
{
    QFETCH(bool, trashed);
    Library &lib = m_lib->library();
    QString error;
    Tag tag;
    tag.name = u"Existing"_s;
    QVERIFY2(lib.save(tag, &error), qPrintable(error));
    if (trashed)
        QVERIFY2(lib.trash(RecordType::Tag, tag.id, &error), qPrintable(error));
    QVERIFY(!DemoLibrary::populate(lib, &error));
    QVERIFY2(error.contains(u"already holds"_s), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Tag, TrashFilter::All), 1);
}

void TestDemoLibrary::refusesAReadOnlyLibrary()
{
    Library::OpenOptions options;
    options.readOnly = true;
    QVERIFY2(m_lib->open(options), qPrintable(m_lib->error()));
    QString error;
    QVERIFY(!DemoLibrary::populate(m_lib->library(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_lib->library().count(RecordType::Speaker, TrashFilter::All), 0);
}

void TestDemoLibrary::slugs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("title") << u"Quote: Jensen Huang, Nvidia CEO"_s << u"quote-jensen-huang-nvidia-ceo"_s;
    QTest::newRow("apostrophe kept inside a word") << u"Nvidia’s quarter"_s << u"nvidias-quarter"_s;
    QTest::newRow("accents dropped") << u"Café Émile"_s << u"cafe-emile"_s;
    QTest::newRow("punctuation at the ends") << u"  “Quoted” — "_s << u"quoted"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDemoLibrary::slugs()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(DemoLibrary::slugFor(text), slug);
}

QTEST_GUILESS_MAIN(TestDemoLibrary)
#include "tst_demolibrary.moc"
