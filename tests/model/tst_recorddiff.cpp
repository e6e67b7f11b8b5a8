// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/recorddiff.h"
#include "model/recordjson.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestRecordDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRecordHasNoChanges();
    void bookkeepingAndMissingFieldsAreLeftOut();
    void valuesAreShownForPeople_data();
    void valuesAreShownForPeople();
    void longTextGetsALineDiff();
};

void TestRecordDiff::sameRecordHasNoChanges()
{
    const QJsonObject quote = RecordJson::toJson(Test::makeQuote());
    QVERIFY(RecordDiff::compare(RecordType::Quote, quote, quote).isEmpty());
}

void TestRecordDiff::bookkeepingAndMissingFieldsAreLeftOut()
{
    Quote before = Test::makeQuote();
    Quote after = before;
    after.id = 7;
    after.uuid = u"0e3a5bd4-1111-4d1c-9a42-4b5f0a1f2c3d"_s;
    after.updatedAt = QDateTime::currentDateTimeUtc();
    after.excerpt = u"A new excerpt."_s;
    after.slug = u"another-slug"_s;
    QJsonObject older = RecordJson::toJson(before);
    older.remove(u"slug"_s); // a snapshot taken before the field existed
    const QList<FieldChange> changes =
        RecordDiff::compare(RecordType::Quote, older, RecordJson::toJson(after));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().key, u"excerpt"_s);
    QCOMPARE(changes.first().oldValue, QString());
    QCOMPARE(changes.first().newValue, u"A new excerpt."_s);
}

void TestRecordDiff::valuesAreShownForPeople_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("oldValue");
    QTest::addColumn<QJsonValue>("newValue");
    QTest::addColumn<QString>("oldShown");
    QTest::addColumn<QString>("newShown");
    QTest::addColumn<bool>("isText");

    QTest::newRow("short text") << u"where_label"_s << QJsonValue(u"Earnings call"_s)
                                << QJsonValue(u"Keynote"_s) << u"Earnings call"_s << u"Keynote"_s << false;
    QTest::newRow("flag") << u"title_edited"_s << QJsonValue(false) << QJsonValue(true) << u"no"_s << u"yes"_s
                          << false;
    QTest::newRow("choice by its display name")
        << u"status"_s << QJsonValue(u"draft"_s) << QJsonValue(u"published"_s)
        << displayName(WorkflowStatus::Draft) << displayName(WorkflowStatus::Published) << false;
    QTest::newRow("date") << u"said_on"_s << QJsonValue(u"2025-05-28"_s) << QJsonValue() << u"2025-05-28"_s
                          << QString() << false;
    QTest::newRow("reference by label")
        << u"speaker_id"_s << QJsonValue(3) << QJsonValue(4) << u"speaker 3"_s << u"speaker 4"_s << false;
    QTest::newRow("reference without a label")
        << u"essay_id"_s << QJsonValue() << QJsonValue(99) << QString() << u"#99"_s << false;
    QTest::newRow("links one a line")
        << u"tags"_s << QJsonValue(QJsonArray { 1 }) << QJsonValue(QJsonArray { 1, 2 }) << u"tag 1"_s
        << u"tag 1\ntag 2"_s << true;
    QTest::newRow("the quotation is long text")
        << u"text"_s << QJsonValue(u"Short."_s) << QJsonValue(u"Still short."_s) << u"Short."_s
        << u"Still short."_s << true;
}

void TestRecordDiff::valuesAreShownForPeople()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, oldValue);
    QFETCH(QJsonValue, newValue);
    QFETCH(QString, oldShown);
    QFETCH(QString, newShown);
    QFETCH(bool, isText);
    QJsonObject older = RecordJson::toJson(Test::makeQuote());
    QJsonObject newer = older;
    older.insert(key, oldValue);
    newer.insert(key, newValue);
    const auto labels = [](RecordType type, qint64 id) {
        return id == 99 ? QString() : recordTypeName(type) + u' ' + QString::number(id);
    };
    const QList<FieldChange> changes = RecordDiff::compare(RecordType::Quote, older, newer, labels);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().key, key);
    QCOMPARE(changes.first().oldValue, oldShown);
    QCOMPARE(changes.first().newValue, newShown);
    QCOMPARE(changes.first().isText, isText);
}

void TestRecordDiff::longTextGetsALineDiff()
{
    Essay before = Test::makeEssay();
    Essay after = before;
    after.body.replace(u"weighed on"_s, u"cut into"_s);
    const QList<FieldChange> changes =
        RecordDiff::compare(RecordType::Essay, RecordJson::toJson(before), RecordJson::toJson(after));
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().isText);
    QCOMPARE(changes.first().diff.toPlainText(0),
             u"@@ -3 +3 @@\n~ Export rules [-weighed on-]{+cut into+} sales.\n"_s);
}

QTEST_GUILESS_MAIN(TestRecordDiff)
#include "tst_recorddiff.moc"
