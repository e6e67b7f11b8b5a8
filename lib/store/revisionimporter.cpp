// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionimporter.h"

#include "store/exchangeformat.h"
#include "store/sqlcodec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

using namespace ExchangeFormat;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::LibraryImporter)
};

QString recordKey(RecordType type, const QString &uuid)
{
    return recordTypeName(type) + u'/' + uuid;
}

template<class T>
QByteArray snapshotFrom(QJsonObject object, qint64 recordId, const QString &uuid,
                        const RecordJson::ReferenceIn &refs, QString *problem)
{
    object.remove(IdKey);
    T record;
    if (!RecordJson::fromJson(object, record, problem, refs) || !validate(record, problem))
        return {};
    record.id = recordId;
    record.uuid = uuid;
    return snapshotOf(record);
}

} // namespace

RevisionImporter::RevisionImporter(Library &library)
    : m_library(library)
{
}

bool RevisionImporter::collect(const QJsonValue &section, const RecordKnown &known, QString *error)
{
    if (section.isUndefined() || section.isNull())
        return true;
    if (!section.isArray()) {
        if (error)
            *error =
                Tr::tr("Nothing was imported: the section “%1” must be a list of revisions. Correct the file "
                       "and import it again.")
                    .arg(RevisionsKey);
        return false;
    }
    const QJsonArray revisions = section.toArray();
    for (int i = 0; i < revisions.size(); ++i) {
        const QJsonObject object = revisions.at(i).toObject();
        Pending revision;
        revision.position = i + 1;
        revision.recordUuid = object.value(RecordUuidKey).toString();
        revision.snapshot = object.value(SnapshotKey).toObject();
        const auto type = recordTypeFromName(object.value(RecordTypeKey).toString());
        const QDateTime createdAt =
            QDateTime::fromString(object.value(CreatedAtKey).toString(), Qt::ISODateWithMs);
        QString problem;
        if (!revisions.at(i).isObject())
            problem = Tr::tr("it is not a revision (a JSON object)");
        else if (!type || !keepsRevisions(*type))
            problem = Tr::tr("the field “%1” must be “quote”, “speaker” or “essay”").arg(RecordTypeKey);
        else if (!known(*type, revision.recordUuid))
            problem = Tr::tr("the field “%1” must be the uuid of a %2 in the file or in this library")
                          .arg(RecordUuidKey, recordTypeDisplayName(*type));
        else if (!createdAt.isValid())
            problem = Tr::tr("the field “%1” must be a time like 2025-05-28T10:00:00Z").arg(CreatedAtKey);
        else if (!object.value(SnapshotKey).isObject())
            problem = Tr::tr("the field “%1” must be a record (a JSON object)").arg(SnapshotKey);
        if (!problem.isEmpty()) {
            if (error)
                *error =
                    importFailure(locate(RevisionsKey, revision.position, {}, revision.recordUuid), problem);
            return false;
        }
        revision.type = *type;
        revision.createdAt = SqlCodec::timestampToText(createdAt);
        m_records.insert(recordKey(revision.type, revision.recordUuid));
        m_revisions.append(std::move(revision));
    }
    return true;
}

bool RevisionImporter::hasRevisionsOf(RecordType type, const QString &uuid) const
{
    return m_records.contains(recordKey(type, uuid));
}

bool RevisionImporter::apply(bool write, const RecordId &idOf, const RecordJson::ReferenceIn &refs,
                             LibraryImportSummary &summary, QString *error)
{
    summary.revisionsAdded = 0;
    summary.revisionsPresent = 0;
    for (const Pending &revision : std::as_const(m_revisions)) {
        const qint64 recordId = idOf(revision.type, revision.recordUuid);
        QString problem;
        QByteArray snapshot;
        withType(revision.type, [&](auto tag) {
            snapshot = snapshotFrom<typename decltype(tag)::Type>(revision.snapshot, recordId,
                                                                  revision.recordUuid, refs, &problem);
            return true;
        });
        if (snapshot.isEmpty()) {
            if (error)
                *error =
                    importFailure(locate(RevisionsKey, revision.position, {}, revision.recordUuid), problem);
            return false;
        }
        // A record not saved yet has no revisions in the library.
        bool found = false;
        if (recordId > 0 && !contains(revision.type, recordId, revision.createdAt, snapshot, &found, error))
            return false;
        ++(found ? summary.revisionsPresent : summary.revisionsAdded);
        if (write && !found
            && !m_library.addRevision(revision.type, recordId, revision.createdAt, snapshot, error))
            return false;
    }
    return true;
}

bool RevisionImporter::contains(RecordType type, qint64 id, const QString &createdAt,
                                const QByteArray &snapshot, bool *found, QString *error) const
{
    const std::optional<bool> kept = m_library.store().hasRevision(type, id, createdAt, snapshot, error);
    if (!kept)
        return false;
    *found = *kept;
    return true;
}

} // namespace QuoteDesk
