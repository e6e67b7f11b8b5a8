// SPDX-License-Identifier: GPL-3.0-or-later
//
// quotedesk_libraryworker: a second process for the store tests. It opens a library the way
// the application does, so tests can write from two processes at once, kill a writer at a
// random moment, or read a library as another (unprivileged) user.
//
//   quotedesk_libraryworker write FILE COUNT BATCH LABEL
//       saves COUNT speakers named "LABEL n", BATCH per transaction, and prints
//       "committed UUID" (flushed) for each one as soon as its transaction has committed.
//   quotedesk_libraryworker inspect FILE
//       opens FILE, reads its records, tries one save, and prints "key: value" lines.
//   quotedesk_libraryworker make-v1 FILE
//       writes the schema-version-1 library checked in as tests/data/library/library-v1.qdlib.
//
// Exit code 0 on success, 1 with "error: MESSAGE" on standard error, 2 on bad usage.

#include "store/library.h"
#include "v1library.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", message.toUtf8().constData());
    return 1;
}

// One write per call, so a line is either wholly in the pipe or not at all when the
// process is killed.
void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int write(const QString &path, int count, int batch, const QString &label)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        return fail(error);
    for (int done = 0; done < count; done += batch) {
        QStringList uuids;
        const bool ok = library.transact(
            [&](QString *e) {
                for (int i = done; i < std::min(count, done + batch); ++i) {
                    Speaker speaker;
                    speaker.name = u"%1 %2"_s.arg(label).arg(i);
                    speaker.role = u"Writer"_s;
                    if (!library.save(speaker, e))
                        return false;
                    uuids.append(speaker.uuid);
                }
                return true;
            },
            &error);
        if (!ok)
            return fail(error);
        for (const QString &uuid : std::as_const(uuids))
            printLine(u"committed "_s + uuid);
    }
    return 0;
}

int inspect(const QString &path)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        return fail(error);
    printLine(u"read-only: "_s + (library.isReadOnly() ? u"yes"_s : u"no"_s));
    printLine(u"reason: "_s + library.readOnlyReason());
    const QList<Speaker> speakers = library.list<Speaker>({}, &error);
    printLine(u"speakers: %1"_s.arg(speakers.size()));
    if (!speakers.isEmpty()) {
        const auto first = library.get<Speaker>(speakers.first().id, &error);
        printLine(u"first-speaker: "_s + (first ? first->name : error));
    }
    Tag tag;
    tag.name = u"Written by inspect"_s;
    printLine(u"save: "_s + (library.save(tag, &error) ? u"ok"_s : error));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"write"_s && args.size() == 5) {
        const int count = args.at(2).toInt();
        const int batch = args.at(3).toInt();
        if (count > 0 && batch > 0)
            return write(args.at(1), count, batch, args.at(4));
    } else if (command == u"inspect"_s && args.size() == 2) {
        return inspect(args.at(1));
    } else if (command == u"make-v1"_s && args.size() == 2) {
        QString error;
        return Test::writeVersion1Library(args.at(1), &error) ? 0 : fail(error);
    }
    std::fprintf(
        stderr,
        "usage: quotedesk_libraryworker write FILE COUNT BATCH LABEL | inspect FILE | make-v1 FILE\n");
    return 2;
}
