// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rendertemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestRenderTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void resourcesAreCompiledIn();
};

void TestRenderTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("output");
    QTest::newRow("values") << u"<h1>{{title}}</h1>{{ missing }}"_s << u"<h1>T &amp; C</h1>"_s;
    QTest::newRow("section shown") << u"a{{#title}}[{{title}}]{{/title}}b"_s << u"a[T &amp; C]b"_s;
    QTest::newRow("section hidden") << u"a{{#none}}[x]{{/none}}b"_s << u"ab"_s;
    QTest::newRow("inverted section") << u"{{^none}}empty{{/none}}{{^title}}set{{/title}}"_s << u"empty"_s;
    QTest::newRow("nested sections") << u"{{#title}}1{{#none}}2{{#title}}3{{/title}}{{/none}}4{{/title}}"_s
                                     << u"14"_s;
    QTest::newRow("values are not scanned again") << u"{{braces}}"_s << u"{{title}}"_s;
    QTest::newRow("standalone tags take their line")
        << u"a\n{{#title}}\nb\n{{/title}}\n{{! note }}\nc"_s << u"a\nb\nc"_s;
    QTest::newRow("unclosed tag is text") << u"a {{title"_s << u"a {{title"_s;
}

void TestRenderTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QString, output);
    const QHash<QString, QString> values { { u"title"_s, u"T &amp; C"_s }, { u"braces"_s, u"{{title}}"_s } };
    QCOMPARE(RenderTemplate(text).render(values), output);
}

void TestRenderTemplate::resourcesAreCompiledIn()
{
    for (const QString &name : { u"quote.html"_s, u"essay.html"_s, u"quote.blocks.html"_s,
                                 u"essay.blocks.html"_s, u"page.html"_s, u"preview.html"_s })
        QVERIFY2(!RenderTemplate::fromResource(name).isEmpty(), qPrintable(name));
    QVERIFY(RenderTemplate::siteStyleSheet().contains(u"SPDX-License-Identifier"_s));
    QVERIFY(RenderTemplate::fromResource(u"no-such-template.html"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestRenderTemplate)
#include "tst_rendertemplate.moc"
