// SPDX-License-Identifier: GPL-3.0-or-later
#include "editjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

constexpr auto suffix = ".draft.json"_L1;

// Keys become file names: keep letters, digits, '-' and '_', so no key reaches another folder.
bool isSafeKey(const QString &key)
{
    return !key.isEmpty() && key.size() <= 120 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_';
    });
}

} // namespace

EditJournal::EditJournal(const QString &libraryPath)
    : m_folder(folderFor(libraryPath))
{
}

QString EditJournal::folderFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + u".journal"_s;
}

QString EditJournal::keyFor(RecordType type, qint64 id)
{
    return recordTypeName(type) + u'-' + QString::number(id);
}

QString EditJournal::pathFor(const QString &key) const
{
    return m_folder + u'/' + key + suffix;
}

bool EditJournal::write(const JournalEntry &entry, QString *error)
{
    if (!isSafeKey(entry.key)) {
        if (error)
            *error = tr("The draft key “%1” is not valid: use letters, digits, “-” and “_”.").arg(entry.key);
        return false;
    }
    QDir dir(m_folder);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_folder)) {
            if (error)
                *error = tr("Cannot create the folder “%1” that keeps unsaved edits. Check that you may "
                            "write next to the library file.")
                             .arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QJsonObject object {
        { u"key"_s, entry.key },
        { u"type"_s, recordTypeName(entry.type) },
        { u"title"_s, entry.title },
        { u"record"_s, entry.record },
        { u"base_updated_at"_s,
          entry.baseUpdatedAt.isValid() ? entry.baseUpdatedAt.toUTC().toString(Qt::ISODateWithMs)
                                        : QString() },
        { u"written"_s,
          (entry.written.isValid() ? entry.written : QDateTime::currentDateTimeUtc())
              .toUTC()
              .toString(Qt::ISODateWithMs) },
    };
    const QString target = pathFor(entry.key);
    const QString temporary = target + u".new"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Cannot keep the unsaved edits of “%1” in “%2”: %3. Save the record to keep them.")
                         .arg(entry.title, QDir::toNativeSeparators(temporary), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    file.close();
    // rename() replaces the old draft in one step; QFile::rename would refuse an existing target.
    if (!written
        || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData())
            != 0) {
        QFile::remove(temporary);
        if (error)
            *error =
                tr("Cannot keep the unsaved edits of “%1” in “%2”: the disk may be full. Save the record "
                   "to keep them.")
                    .arg(entry.title, QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

bool EditJournal::remove(const QString &key, QString *error)
{
    if (!isSafeKey(key))
        return true; // write() never made a file for it
    const QString path = pathFor(key);
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("Cannot remove the kept draft “%1”. Check that you may write to “%2”.")
                         .arg(key, QDir::toNativeSeparators(m_folder));
        return false;
    }
    return true;
}

QList<JournalEntry> EditJournal::entries(QStringList *problems) const
{
    QList<JournalEntry> result;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({ u"*"_s + suffix }, QDir::Files);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        const auto problem = [&](const QString &why) {
            if (problems)
                problems->append(tr("The kept draft “%1” cannot be read (%2); it was left in “%3”.")
                                     .arg(name, why, QDir::toNativeSeparators(m_folder)));
        };
        if (!file.open(QIODevice::ReadOnly)) {
            problem(file.errorString());
            continue;
        }
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            problem(parseError.errorString());
            continue;
        }
        const QJsonObject object = document.object();
        const auto type = recordTypeFromName(object.value("type"_L1).toString());
        JournalEntry entry;
        entry.key = object.value("key"_L1).toString();
        if (!type || entry.key + suffix != name || !object.value("record"_L1).isObject()) {
            problem(tr("not a draft of QuoteDesk"));
            continue;
        }
        entry.type = *type;
        entry.title = object.value("title"_L1).toString();
        entry.record = object.value("record"_L1).toObject();
        entry.baseUpdatedAt =
            QDateTime::fromString(object.value("base_updated_at"_L1).toString(), Qt::ISODateWithMs);
        entry.written = QDateTime::fromString(object.value("written"_L1).toString(), Qt::ISODateWithMs);
        result.append(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.written < b.written; });
    return result;
}

bool EditJournal::isEmpty() const
{
    return QDir(m_folder).entryList({ u"*"_s + suffix }, QDir::Files).isEmpty();
}

} // namespace QuoteDesk
