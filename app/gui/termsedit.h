// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QLineEdit>

class QStringListModel;

namespace QuoteDesk {

class Library;

/// Categories or tags as a comma-separated list of names that completes from the library.
/// Names the library does not have yet become new categories or tags when the edit ends.
class TermsEdit final : public QLineEdit
{
    Q_OBJECT
public:
    TermsEdit(Library &library, RecordType type, QWidget *parent = nullptr);

    QList<qint64> termIds() const { return m_ids; }
    /// Shows the names of @p ids, without emitting termsChosen().
    void setTermIds(const QList<qint64> &ids);

Q_SIGNALS:
    void termsChosen(const QList<qint64> &ids);
    void errorOccurred(const QString &message);

private:
    void commit();
    void reloadNames();
    /// The library's terms of this edit's type; reports a failure with errorOccurred().
    QList<RecordRef> readTerms();

    Library &m_library;
    RecordType m_type;
    QStringListModel *m_names;
    QList<qint64> m_ids;
};

} // namespace QuoteDesk
