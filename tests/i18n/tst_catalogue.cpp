// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/assetimporter.h"
#include "assets/importresult.h"
#include "model/recordjson.h"
#include "model/validation.h"
#include "publish/syncstate.h"
#include "publish/wpurl.h"
#include "render/article.h"
#include "render/articleinput.h"
#include "render/articlerenderer.h"
#include "render/siteexport.h"
#include "store/demolibrary.h"
#include "store/library.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

// Library code (lib/) returns translated messages that the window and the command line show.
// The command-line tool's own messages are in the same catalogue.
// These tests load the German catalogue built from translations/quotedesk_de.ts and check that
// real errors of the store, model, publishing and asset code come out in German, and that the
// catalogue holds every message of lib/ under the context the code asks for.
class TestCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void libraryFileThatIsNotADatabase();
    void libraryPathThatIsAFolder();
    void quoteWithoutText();
    void recordJsonWithWrongType();
    void plainHttpSiteAddress();
    void emptyAssetFile();
    void importSummaryPlural();
    void syncStateName();
    void publishedTextIgnoresTheInterfaceLanguage();

    void catalogueHasNoUnfinishedMessages();
    void everyLibMessageIsInTheCatalogue();
    void everyCliMessageIsInTheCatalogue();

private:
    // Calls @p message once without and once with the German catalogue; the German text must
    // differ from the English one and contain @p expected.
    void expectGerman(const std::function<QString()> &message, const QString &expected);

    QTranslator m_german;
};

namespace {

QString sourceDir()
{
    return QStringLiteral(QUOTEDESK_SOURCE_DIR);
}

struct Catalogue
{
    QSet<QPair<QString, QString>> messages; // (context, source)
    QStringList problems;
};

Catalogue readCatalogue()
{
    Catalogue result;
    QFile file(sourceDir() + u"/translations/quotedesk_de.ts"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            if (!context.startsWith(u"QuoteDesk::"_s))
                result.problems.append(u"context “%1” is not a QuoteDesk class"_s.arg(context));
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            result.messages.insert({ context, source });
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (!type.isEmpty())
                result.problems.append(u"%1 “%2” is %3"_s.arg(context, source, type));
            if (!numerus && xml.readElementText().trimmed().isEmpty())
                result.problems.append(u"%1 “%2” has no translation"_s.arg(context, source));
        } else if (xml.name() == u"numerusform") {
            if (xml.readElementText().trimmed().isEmpty())
                result.problems.append(u"%1 “%2” lacks a plural form"_s.arg(context, source));
        }
    }
    if (xml.hasError())
        result.problems.append(u"the catalogue is not valid XML: %1"_s.arg(xml.errorString()));
    return result;
}

// The text of adjacent C++ string literals ("a " "b"), with the escapes the sources use.
QString literalText(const QString &literals)
{
    static const QRegularExpression literal(uR"re("((?:[^"\\]|\\.)*)")re"_s);
    QString text;
    for (const QRegularExpressionMatch &m : literal.globalMatch(literals))
        text += m.captured(1);
    return text.replace(u"\\n"_s, u"\n"_s).replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
}

} // namespace

void TestCatalogue::initTestCase()
{
    QVERIFY2(m_german.load(u":/i18n/quotedesk_de.qm"_s), "the German catalogue is not built into the test");
    QVERIFY(!m_german.isEmpty());
}

void TestCatalogue::cleanup()
{
    QCoreApplication::removeTranslator(&m_german);
}

void TestCatalogue::expectGerman(const std::function<QString()> &message, const QString &expected)
{
    QCoreApplication::removeTranslator(&m_german);
    const QString english = message();
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    const QString german = message();
    QCoreApplication::removeTranslator(&m_german);
    QVERIFY2(!english.isEmpty(), "the call gave no message");
    QVERIFY2(german != english, qPrintable(u"not translated: "_s + english));
    QVERIFY2(german.contains(expected), qPrintable(u"“%1” lacks “%2”"_s.arg(german, expected)));
}

void TestCatalogue::libraryFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.qdlib"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are shopping notes, not a library.\n");
    file.close();
    expectGerman(
        [&] {
            Library library;
            QString error;
            return library.open(path, &error) ? QString() : error;
        },
        u"keine QuoteDesk-Bibliothek"_s);
}

void TestCatalogue::libraryPathThatIsAFolder()
{
    QTemporaryDir dir;
    expectGerman(
        [&] {
            Library library;
            QString error;
            return library.open(dir.path(), &error) ? QString() : error;
        },
        u"ist ein Ordner"_s);
}

void TestCatalogue::quoteWithoutText()
{
    expectGerman(
        [] {
            QString error;
            return validate(Quote {}, &error) ? QString() : error;
        },
        u"Dieser Eintrag (Zitat) kann nicht gespeichert werden: das Feld „Zitat“ muss ausgefüllt sein."_s);
}

void TestCatalogue::recordJsonWithWrongType()
{
    // The expected type is marked with QT_TRANSLATE_NOOP and translated where it is used.
    expectGerman(
        [] {
            Quote quote;
            QString error;
            return RecordJson::fromJson(QJsonObject { { u"text"_s, 5 } }, quote, &error) ? QString() : error;
        },
        u"muss eine Zeichenkette sein"_s);
}

void TestCatalogue::plainHttpSiteAddress()
{
    expectGerman(
        [] {
            QString error;
            return WpUrl::siteUrl(u"http://example.com"_s, &error) ? QString() : error;
        },
        u"unverschlüsseltes http"_s);
}

void TestCatalogue::emptyAssetFile()
{
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    const QString path = lib.folder() + u"/empty.png"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    expectGerman(
        [&] {
            AssetImporter importer(lib.library());
            return importer.importFile(path).message;
        },
        u"ist leer (0 Byte)"_s);
}

void TestCatalogue::importSummaryPlural()
{
    ImportSummary summary;
    summary.imported = 3;
    summary.refused = 1;
    expectGerman([&] { return summary.text(); }, u"3 Dateien importiert, 1 abgelehnt."_s);
}

void TestCatalogue::syncStateName()
{
    expectGerman([] { return displayName(SyncState::ChangedOnSite); }, u"auf der Website geändert"_s);
}

void TestCatalogue::catalogueHasNoUnfinishedMessages()
{
    const Catalogue catalogue = readCatalogue();
    QVERIFY2(catalogue.messages.size() > 100, "the catalogue holds hardly any messages");
    QVERIFY2(catalogue.problems.isEmpty(), qPrintable(catalogue.problems.join(u'\n')));
}

namespace {

// Checks every tr() call and QT_TRANSLATE_NOOP under @p folder against the catalogue: the
// context is the literal one, the file's Q_DECLARE_TR_FUNCTIONS, or else @p defaultContext
// (empty: any context). Returns the number of messages checked.
int checkSources(const Catalogue &catalogue, const QString &folder, const QString &defaultContext,
                 QStringList *problems)
{
    // Calls lupdate cannot attribute to a context: a private tr() wrapper or lambda, or a
    // context held in a variable.
    static const QRegularExpression unreadable(
        uR"re(QString\s+tr\s*\(\s*const\s+char|auto\s+tr\s*=|translate\(\s*[A-Za-z_])re"_s);
    static const QRegularExpression declared(uR"re(Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\))re"_s);
    static const QRegularExpression call(
        uR"re((\bTr::tr\(|\btr\(|(?:QCoreApplication::translate|QT_TRANSLATE_NOOP)\(\s*"([^"]*)"\s*,)\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"_s);
    int checked = 0;
    QDirIterator files(sourceDir() + u'/' + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(u"cannot read %1: %2"_s.arg(path, file.errorString()));
            continue;
        }
        const QString code = QString::fromUtf8(file.readAll());
        const QString name = path.mid(sourceDir().size() + 1);
        const QRegularExpressionMatch bad = unreadable.match(code);
        if (bad.hasMatch())
            problems->append(u"%1:%2: lupdate cannot read “%3”"_s.arg(name)
                                 .arg(code.left(bad.capturedStart()).count(u'\n') + 1)
                                 .arg(bad.captured()));
        QString fileContext = declared.match(code).captured(1);
        if (fileContext.isEmpty())
            fileContext = defaultContext;
        for (const QRegularExpressionMatch &m : call.globalMatch(code)) {
            const QString text = literalText(m.captured(3));
            QString context = m.captured(2);
            if (context.isEmpty() && m.captured(1) == u"Tr::tr("_s)
                context = fileContext;
            const bool found = context.isEmpty()
                ? std::any_of(catalogue.messages.cbegin(), catalogue.messages.cend(),
                              [&](const auto &message) { return message.second == text; })
                : catalogue.messages.contains({ context, text });
            ++checked;
            if (!found)
                problems->append(u"%1:%2: “%3” (%4) is not in the catalogue"_s.arg(name)
                                     .arg(code.left(m.capturedStart()).count(u'\n') + 1)
                                     .arg(text, context));
        }
    }
    return checked;
}

} // namespace

void TestCatalogue::everyLibMessageIsInTheCatalogue()
{
    QStringList problems;
    const int checked = checkSources(readCatalogue(), u"lib"_s, QString(), &problems);
    QVERIFY2(checked > 200, qPrintable(u"only %1 messages found in lib/"_s.arg(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestCatalogue::everyCliMessageIsInTheCatalogue()
{
    // The tool's Tr struct (app/cli/output.h) gives every file the context QuoteDesk::Cli.
    QStringList problems;
    const int checked = checkSources(readCatalogue(), u"app/cli"_s, u"QuoteDesk::Cli"_s, &problems);
    QVERIFY2(checked > 100, qPrintable(u"only %1 messages found in app/cli/"_s.arg(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Posts and exported pages are in the site's language: installing the German catalogue must
// not change a byte of what is published or exported (nor the content hash built from it).
void TestCatalogue::publishedTextIgnoresTheInterfaceLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Library library;
    QString error;
    QVERIFY2(library.open(dir.filePath(u"demo.qdlib"_s), &error), qPrintable(error));
    QVERIFY2(DemoLibrary::populate(library, &error), qPrintable(error));

    const auto renderAll = [&]() {
        QStringList out;
        for (const Quote &quote : library.list<Quote>()) {
            const auto input = loadArticleInput(library, RecordType::Quote, quote.id, &error);
            if (!input)
                return QStringList { error };
            const Article article = composeArticle(*input);
            out << article.title << ArticleRenderer::blocks(article, {})
                << ArticleRenderer::page(article, {});
        }
        return out;
    };
    const auto exportAll = [&](const QString &name) {
        const QString folder = dir.filePath(name);
        QHash<QString, QByteArray> files;
        if (!exportSite(library, folder, {}, {}, &error))
            return files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.insert(QDir(folder).relativeFilePath(file.fileName()), file.readAll());
        }
        return files;
    };

    const QStringList english = renderAll();
    const QHash<QString, QByteArray> englishSite = exportAll(u"en"_s);
    QVERIFY2(!englishSite.isEmpty(), qPrintable(error));
    QVERIFY(english.join(u'\n').contains(u"Sources"_s));
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    // The catalogue does translate these words in the interface; the posts must not follow.
    QVERIFY(QCoreApplication::translate("QuoteDesk::ArticleRenderer", "Missing image: %1")
            != u"Missing image: %1"_s);
    const QStringList german = renderAll();
    const QHash<QString, QByteArray> germanSite = exportAll(u"de"_s);
    QCoreApplication::removeTranslator(&m_german);

    QCOMPARE(german.size(), english.size());
    for (int i = 0; i < english.size(); ++i)
        QCOMPARE(german.at(i), english.at(i));
    QCOMPARE(germanSite.keys().size(), englishSite.keys().size());
    for (auto it = englishSite.cbegin(); it != englishSite.cend(); ++it)
        QVERIFY2(germanSite.value(it.key()) == it.value(), qPrintable(it.key()));
}

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
