// SPDX-License-Identifier: GPL-3.0-or-later
#include "termsedit.h"

#include "model/records.h"
#include "store/demolibrary.h"
#include "store/library.h"

#include <QCompleter>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

// Completes the name after the last comma, keeping the names before it.
class LastTermCompleter final : public QCompleter
{
public:
    LastTermCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
    }
    QStringList splitPath(const QString &path) const override { return { path.section(u',', -1).trimmed() }; }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString head = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return head + index.data().toString();
    }

private:
    QLineEdit *m_edit;
};

} // namespace

TermsEdit::TermsEdit(Library &library, RecordType type, QWidget *parent)
    : QLineEdit(parent)
    , m_library(library)
    , m_type(type)
    , m_names(new QStringListModel(this))
{
    setPlaceholderText(type == RecordType::Category ? tr("Categories, separated by commas")
                                                    : tr("Tags, separated by commas"));
    auto *completer = new LastTermCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QLineEdit::editingFinished, this, &TermsEdit::commit);
    reloadNames();
}

QList<RecordRef> TermsEdit::readTerms()
{
    QString error;
    QList<RecordRef> terms = m_library.listLabels(m_type, &error);
    if (!error.isEmpty()) {
        // Queued, so that a failure while the form is being built reaches whoever listens.
        const QString message = m_type == RecordType::Category
            ? tr("Could not read the library’s categories: %1 Names typed here are not completed "
                 "and may be added twice; reopen the library to try again.")
                  .arg(error)
            : tr("Could not read the library’s tags: %1 Names typed here are not completed and "
                 "may be added twice; reopen the library to try again.")
                  .arg(error);
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT errorOccurred(message); }, Qt::QueuedConnection);
    }
    return terms;
}

void TermsEdit::reloadNames()
{
    QStringList names;
    for (const RecordRef &term : readTerms())
        names << term.label;
    m_names->setStringList(names);
}

void TermsEdit::setTermIds(const QList<qint64> &ids)
{
    m_ids = ids;
    const QHash<qint64, QString> labels = m_library.labelsOf(m_type, ids);
    QStringList names;
    for (qint64 id : ids)
        names << labels.value(id);
    const QString text = names.join(u", "_s);
    if (this->text() != text)
        setText(text);
}

void TermsEdit::commit()
{
    QHash<QString, qint64> idOfName;
    for (const RecordRef &term : readTerms())
        idOfName.insert(term.label.toCaseFolded(), term.id);
    QList<qint64> ids;
    const QStringList parts = text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        qint64 id = idOfName.value(name.toCaseFolded());
        if (id == 0) {
            QString error;
            bool ok = false;
            if (m_type == RecordType::Category) {
                Category category;
                category.name = name;
                category.slug = DemoLibrary::slugFor(name);
                ok = m_library.save(category, &error);
                id = category.id;
            } else {
                Tag tag;
                tag.name = name;
                tag.slug = DemoLibrary::slugFor(name);
                ok = m_library.save(tag, &error);
                id = tag.id;
            }
            if (!ok) {
                Q_EMIT errorOccurred(tr("Could not add “%1”: %2").arg(name, error));
                continue;
            }
            idOfName.insert(name.toCaseFolded(), id);
        }
        if (!ids.contains(id))
            ids << id;
    }
    if (ids == m_ids)
        return;
    m_ids = ids;
    reloadNames();
    Q_EMIT termsChosen(ids);
}

} // namespace QuoteDesk
