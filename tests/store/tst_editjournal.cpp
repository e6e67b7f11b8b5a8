// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/recordjson.h"
#include "store/editjournal.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

JournalEntry draftOf(const Quote &quote, const QString &key)
{
    JournalEntry entry;
    entry.key = key;
    entry.type = RecordType::Quote;
    entry.title = quote.title;
    entry.record = RecordJson::toJson(quote);
    entry.baseUpdatedAt = quote.updatedAt;
    return entry;
}

// Child mode: journals a growing quotation under one key until killed, and prints the
// number of each draft once its write has returned.
int runWriter(const QString &libraryPath)
{
    EditJournal journal(libraryPath);
    Quote quote = Test::makeQuote();
    for (int n = 1;; ++n) {
        quote.commentary = u"Draft %1 "_s.arg(n) + QString(n % 4000, u'x');
        QString error;
        if (!journal.write(draftOf(quote, u"quote-1"_s), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

class TestEditJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyJournal();
    void writeReadRemove();
    void laterDraftReplacesEarlier();
    void keyThatIsNotAFileNameIsRefused_data();
    void keyThatIsNotAFileNameIsRefused();
    void damagedDraftIsReportedAndKept();
    void folderThatCannotBeMadeSaysSo();
    void draftsArePrivate();
    void killedWriterLeavesAWholeDraft();
};

void TestEditJournal::emptyJournal()
{
    QTemporaryDir dir;
    EditJournal journal(dir.filePath(u"lib.qdlib"_s));
    QVERIFY(journal.isEmpty());
    QVERIFY(journal.entries().isEmpty());
    QCOMPARE(journal.folder(), dir.filePath(u"lib.qdlib.journal"_s));
    QString error;
    QVERIFY(journal.remove(u"quote-9"_s, &error));
}

void TestEditJournal::writeReadRemove()
{
    QTemporaryDir dir;
    EditJournal journal(dir.filePath(u"lib.qdlib"_s));
    Quote quote = Test::makeQuote();
    quote.id = 42;
    quote.title = u"Quote: Jensen Huang, CEO"_s;
    quote.commentary = u"Unsaved *commentary* – with “quotes” and ümlauts."_s;
    quote.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::utc());
    QString error;
    QVERIFY2(journal.write(draftOf(quote, EditJournal::keyFor(RecordType::Quote, 42)), &error),
             qPrintable(error));
    QVERIFY(!journal.isEmpty());

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, u"quote-42"_s);
    QCOMPARE(entries.first().type, RecordType::Quote);
    QCOMPARE(entries.first().title, quote.title);
    QCOMPARE(entries.first().baseUpdatedAt, quote.updatedAt);
    QVERIFY(entries.first().written.isValid());
    Quote back;
    QVERIFY(RecordJson::fromJson(entries.first().record, back, &error));
    QCOMPARE(back.commentary, quote.commentary);
    QCOMPARE(back.id, 42);

    QVERIFY(journal.remove(u"quote-42"_s, &error));
    QVERIFY(journal.isEmpty());
}

void TestEditJournal::laterDraftReplacesEarlier()
{
    QTemporaryDir dir;
    EditJournal journal(dir.filePath(u"lib.qdlib"_s));
    Quote quote = Test::makeQuote();
    QString error;
    quote.commentary = u"first"_s;
    QVERIFY(journal.write(draftOf(quote, u"new-1"_s), &error));
    quote.commentary = u"second"_s;
    QVERIFY(journal.write(draftOf(quote, u"new-1"_s), &error));
    Speaker speaker = Test::makeSpeaker();
    JournalEntry other;
    other.key = u"speaker-3"_s;
    other.type = RecordType::Speaker;
    other.record = RecordJson::toJson(speaker);
    QVERIFY(journal.write(other, &error));

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).key, u"new-1"_s);
    QCOMPARE(entries.at(0).record.value("commentary"_L1).toString(), u"second"_s);
    QCOMPARE(entries.at(1).type, RecordType::Speaker);
    // No temporary file is left behind.
    QCOMPARE(QDir(journal.folder()).entryList(QDir::Files).size(), 2);
}

void TestEditJournal::keyThatIsNotAFileNameIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("slash") << u"../quote-1"_s;
    QTest::newRow("space") << u"quote 1"_s;
    QTest::newRow("non-ascii") << u"zitat-ä"_s;
}

void TestEditJournal::keyThatIsNotAFileNameIsRefused()
{
    QFETCH(QString, key);
    QTemporaryDir dir;
    EditJournal journal(dir.filePath(u"lib.qdlib"_s));
    JournalEntry entry = draftOf(Test::makeQuote(), key);
    QString error;
    QVERIFY(!journal.write(entry, &error));
    QVERIFY2(error.contains(u"not valid"_s), qPrintable(error));
    QVERIFY(journal.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"quote-1.draft.json"_s)));
}

void TestEditJournal::damagedDraftIsReportedAndKept()
{
    QTemporaryDir dir;
    EditJournal journal(dir.filePath(u"lib.qdlib"_s));
    QString error;
    QVERIFY(journal.write(draftOf(Test::makeQuote(), u"quote-1"_s), &error));
    const QString damaged = journal.folder() + u"/quote-2.draft.json"_s;
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"key\": \"quote-2\", \"type\": \"quo");
    file.close();

    QStringList problems;
    const QList<JournalEntry> entries = journal.entries(&problems);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, u"quote-1"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"quote-2.draft.json"_s), qPrintable(problems.first()));
    QVERIFY(QFile::exists(damaged));
}

void TestEditJournal::folderThatCannotBeMadeSaysSo()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"lib.qdlib"_s);
    // A file where the journal's folder would go.
    QFile blocker(EditJournal::folderFor(library));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EditJournal journal(library);
    QString error;
    QVERIFY(!journal.write(draftOf(Test::makeQuote(), u"quote-1"_s), &error));
    QVERIFY2(error.contains(u"unsaved edits"_s), qPrintable(error));
}

void TestEditJournal::draftsArePrivate()
{
    QTemporaryDir dir;
    EditJournal journal(dir.filePath(u"lib.qdlib"_s));
    QString error;
    QVERIFY(journal.write(draftOf(Test::makeQuote(), u"quote-1"_s), &error));
    QCOMPARE(QFile::permissions(journal.folder()) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(journal.folder() + u"/quote-1.draft.json"_s) & 0x0077,
             QFileDevice::Permissions());
}

void TestEditJournal::killedWriterLeavesAWholeDraft()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"lib.qdlib"_s);
    for (int round = 0; round < 20; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), { u"--journal-writer"_s, library });
        QVERIFY(writer.waitForStarted());
        const int wanted = 5 + int(QRandomGenerator::global()->bounded(200));
        int confirmed = 0;
        QByteArray pending;
        while (confirmed < wanted) {
            QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
            pending += writer.readAllStandardOutput();
            const qsizetype end = pending.lastIndexOf('\n');
            if (end >= 0) {
                const QList<QByteArray> lines = pending.left(end).split('\n');
                confirmed = lines.last().toInt();
                pending.remove(0, end + 1);
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));

        QStringList problems;
        const QList<JournalEntry> entries = EditJournal(library).entries(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(entries.size(), 1);
        const QString commentary = entries.first().record.value("commentary"_L1).toString();
        const int kept = commentary.section(u' ', 1, 1).toInt();
        // The draft on disk is whole and no older than the last write that was confirmed.
        QVERIFY2(kept >= confirmed, qPrintable(u"kept %1, confirmed %2"_s.arg(kept).arg(confirmed)));
        QCOMPARE(commentary.size(), u"Draft %1 "_s.arg(kept).size() + kept % 4000);
    }
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--journal-writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestEditJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editjournal.moc"
