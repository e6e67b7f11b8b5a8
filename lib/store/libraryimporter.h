// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/exchangeformat.h"
#include "store/libraryexchange.h"
#include "store/revisionimporter.h"

#include <QJsonObject>
#include <QSet>

namespace QuoteDesk {

/// Imports one export document (see libraryexchange.h) into a library in two steps: check()
/// reads and validates all of it without writing, apply() then writes it in one
/// transaction. LibraryExchange::importJson() is the usual way to call it.
class LibraryImporter final
{
public:
    explicit LibraryImporter(Library &library);

    /// Parses and validates @p json against the library. False with a message naming the
    /// problem, where it is and what to do; summary() then tells what apply() would do.
    bool check(const QByteArray &json, QString *error);
    /// Writes what check() accepted. On failure everything is rolled back.
    bool apply(QString *error);
    const LibraryImportSummary &summary() const { return m_summary; }

private:
    enum class Outcome { Create, Update, Unchanged };
    struct Pending
    {
        QJsonObject object; // as in the file, without "id"
        int position = 0; // 1-based, in its section
        QString uuid;
        QString label;
        qint64 existingId = 0; // the row with this uuid in the library, or 0
        Outcome outcome = Outcome::Create;
    };
    bool parse(const QByteArray &json, QJsonObject *root, QString *error);
    bool loadLibraryUuids(QString *error);
    bool collectSection(RecordType type, const QJsonValue &value, QString *error);
    template<class T>
    bool checkSection(QString *error);
    template<class T>
    bool applySection(QString *error);
    template<class T>
    bool deferSelfReferences(QJsonObject &object) const;
    template<class T>
    bool saveRecord(const Pending &pending, const QJsonObject &object, QString *error);
    bool applyRevisions(QString *error);
    bool addRevisionsForChanges(QString *error);

    template<class T>
    bool read(QJsonObject object, T &record, QString *problem);
    bool resolve(RecordType target, const QJsonValue &value, qint64 *id, QString *problem);
    bool resolvePublicationRecord(QJsonObject &object, QString *problem);
    bool checkPublicationIsUnique(const Publication &record, const Pending &pending, QString *problem);

    Library &m_library;
    bool m_checking = true; // references to records only in the file resolve to placeholders
    ExchangeFormat::PerType<QList<Pending>> m_pending;
    ExchangeFormat::PerType<QHash<QString, qint64>> m_ids; // uuid → local id
    ExchangeFormat::PerType<QSet<QString>> m_inFile;
    QSet<QString> m_publicationKeys; // record type/uuid/site uuid of the file's publications
    RevisionImporter m_revisionImporter;
    LibraryImportSummary m_summary;
};

} // namespace QuoteDesk
