// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "document/recorddocument.h"
#include "markdownedit.h"
#include "markdowneditorfactory.h"
#include "recordpicker.h"
#include "settings.h"
#include "store/library.h"
#include "termsedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

RecordEditor::RecordEditor(RecordDocument *document, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_settings(settings)
    , m_autosave(new QTimer(this))
{
    document->setParent(this);
    document->setTitleTemplate(settings.titleTemplate());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, never to the form itself
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    switch (document->type()) {
    case RecordType::Speaker:
        buildSpeaker(form);
        break;
    case RecordType::Essay:
        buildEssay(form);
        break;
    case RecordType::Category:
    case RecordType::Tag:
        buildTerm(form);
        break;
    default:
        buildQuote(form);
        break;
    }

    m_autosave->setSingleShot(true);
    connect(m_autosave, &QTimer::timeout, this, &RecordEditor::autosave);
    connect(document, &RecordDocument::fieldsChanged, this, [this] {
        refresh();
        if (m_document->isModified())
            m_autosave->start(m_settings.autosaveSeconds() * 1000);
    });
    connect(document, &RecordDocument::saved, this, [this] {
        refreshUsedBy();
        Q_EMIT documentSaved();
    });
    refreshUsedBy(); // shows every field too
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::buildQuote(QFormLayout *form)
{
    addMarkdown(form, u"text"_s, tr("&Quotation"));
    addReference(form, u"speaker_id"_s, tr("S&peaker"), RecordType::Speaker);
    addLine(form, u"speaker_role"_s, tr("&Role at the time"));
    addDate(form, u"said_on"_s, tr("Said &on"));
    addLine(form, u"where_label"_s, tr("&Where"));
    addLine(form, u"where_url"_s, tr("Where (&link)"));
    addReference(form, u"essay_id"_s, tr("Context &essay"), RecordType::Essay);
    addMarkdown(form, u"commentary"_s, tr("&Commentary"));
    addLine(form, u"title"_s, tr("&Title"));
    addFollowBox(form, u"title_edited"_s, tr("Title follows the template"));
    addLine(form, u"slug"_s, tr("Sl&ug"));
    addFollowBox(form, u"slug_edited"_s, tr("Slug follows the title"));
    addLine(form, u"excerpt"_s, tr("E&xcerpt"));
    addReference(form, u"featured_asset_id"_s, tr("&Featured asset"), RecordType::Asset);
    addReference(form, u"brochure_asset_id"_s, tr("&Brochure"), RecordType::Asset);
    QStringList statusNames;
    for (const QString &name : workflowStatusNames())
        statusNames << displayName(*workflowStatusFromString(name));
    addChoice(form, u"status"_s, tr("&Status"), workflowStatusNames(), statusNames);
    addTerms(form, u"categories"_s, tr("C&ategories"), RecordType::Category);
    addTerms(form, u"tags"_s, tr("Ta&gs"), RecordType::Tag);
}

void RecordEditor::buildSpeaker(QFormLayout *form)
{
    addLine(form, u"name"_s, tr("&Name"));
    addLine(form, u"role"_s, tr("&Role"));
    addLine(form, u"organisation"_s, tr("&Organisation"));
    addLine(form, u"headline"_s, tr("&Headline"));
    addMarkdown(form, u"biography"_s, tr("&Biography"));
    addReference(form, u"portrait_asset_id"_s, tr("&Portrait"), RecordType::Asset);
    addLines(form, u"links"_s, tr("&Links (one per line)"));
    addUsedBy(form);
}

void RecordEditor::buildEssay(QFormLayout *form)
{
    addLine(form, u"title"_s, tr("&Title"));
    QStringList kindNames;
    for (const QString &name : essayKindNames())
        kindNames << displayName(*essayKindFromString(name));
    addChoice(form, u"kind"_s, tr("&Kind"), essayKindNames(), kindNames);
    QStringList statusNames;
    for (const QString &name : workflowStatusNames())
        statusNames << displayName(*workflowStatusFromString(name));
    addChoice(form, u"status"_s, tr("&Status"), workflowStatusNames(), statusNames);
    addMarkdown(form, u"body"_s, tr("&Body"));
    addMarkdown(form, u"sources"_s, tr("S&ources"));
    addLine(form, u"slug"_s, tr("Sl&ug"));
    addLine(form, u"excerpt"_s, tr("E&xcerpt"));
    addReference(form, u"featured_asset_id"_s, tr("&Featured asset"), RecordType::Asset);
    addTerms(form, u"categories"_s, tr("C&ategories"), RecordType::Category);
    addTerms(form, u"tags"_s, tr("Ta&gs"), RecordType::Tag);
    addUsedBy(form);
}

void RecordEditor::buildTerm(QFormLayout *form)
{
    addLine(form, u"name"_s, tr("&Name"));
    addLine(form, u"slug"_s, tr("Sl&ug"));
    if (m_document->type() == RecordType::Category)
        addReference(form, u"parent_id"_s, tr("&Parent category"), RecordType::Category);
    addUsedBy(form);
    m_usedBy->setMaximumHeight(QWIDGETSIZE_MAX); // what uses the term is most of what there is to see
}

void RecordEditor::addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *control)
{
    control->setObjectName(key);
    QString plain = label;
    plain.remove(u'&');
    control->setAccessibleName(plain);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(control);
    form->addRow(labelWidget, control);
}

QLineEdit *RecordEditor::addLine(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->installEventFilter(this);
    addRow(form, key, label, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
        if (!m_refreshing)
            m_document->setField(key, text);
    });
    m_refreshers << [this, edit, key] {
        const QString value = m_document->field(key).toString();
        if (edit->text() != value)
            edit->setText(value);
    };
    return edit;
}

QPlainTextEdit *RecordEditor::addMarkdown(QFormLayout *form, const QString &key, const QString &label)
{
    QPlainTextEdit *edit = createMarkdownEditor(form->parentWidget(), &m_document->library());
    edit->setUndoRedoEnabled(false); // the document's undo stack covers every field
    edit->setFont(m_settings.editorFont());
    edit->installEventFilter(this);
    addRow(form, key, label, edit);
    auto *markdown = qobject_cast<MarkdownEdit *>(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, markdown, key] {
        if (m_refreshing)
            return;
        // One formatting action is one undo step, apart from the typing around it.
        if (markdown && markdown->isApplyingFormat())
            m_document->setFieldAsStep(key, edit->toPlainText(),
                                       markdown->formatBeingApplied()->text().remove(u'&'));
        else
            m_document->setField(key, edit->toPlainText());
    });
    if (markdown)
        connect(markdown, &QPlainTextEdit::cursorPositionChanged, this, &RecordEditor::markdownCursorMoved);
    m_refreshers << [this, edit, key] {
        const QString value = m_document->field(key).toString();
        if (edit->toPlainText() != value)
            edit->setPlainText(value);
    };
    return edit;
}

void RecordEditor::markdownCursorMoved()
{
    auto *edit = qobject_cast<MarkdownEdit *>(sender());
    // Only where the user is editing: filling a field as the record opens moves its cursor too,
    // and the preview would open part-way down.
    if (!edit || !edit->hasFocus())
        return;
    const QString heading = edit->headingAtCursor();
    if (heading == m_headingAtCursor)
        return;
    m_headingAtCursor = heading;
    Q_EMIT headingAtCursorChanged(heading);
}

void RecordEditor::addLines(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QPlainTextEdit(form->parentWidget());
    edit->setUndoRedoEnabled(false);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
    edit->installEventFilter(this);
    addRow(form, key, label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key] {
        if (!m_refreshing)
            m_document->setField(key, edit->toPlainText().split(u'\n', Qt::SkipEmptyParts));
    });
    m_refreshers << [this, edit, key] {
        const QStringList value = m_document->field(key).toStringList();
        if (edit->toPlainText().split(u'\n', Qt::SkipEmptyParts) != value)
            edit->setPlainText(value.join(u'\n'));
    };
}

void RecordEditor::addDate(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setPlaceholderText(tr("YYYY-MM-DD"));
    edit->installEventFilter(this);
    addRow(form, key, label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
        const QString text = edit->text().trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.isEmpty() || date.isValid())
            m_document->setField(key, date);
        else
            Q_EMIT errorOccurred(
                tr("“%1” is not a date. Type it as year-month-day, e.g. 2024-05-21.").arg(text));
    });
    m_refreshers << [this, edit, key] {
        const QString value = m_document->field(key).toDate().toString(Qt::ISODate);
        if (!edit->hasFocus() && edit->text() != value)
            edit->setText(value);
    };
}

void RecordEditor::addChoice(QFormLayout *form, const QString &key, const QString &label,
                             const QStringList &names, const QStringList &displayNames)
{
    auto *combo = new QComboBox(form->parentWidget());
    for (int i = 0; i < names.size(); ++i)
        combo->addItem(displayNames.value(i), names.at(i));
    addRow(form, key, label, combo);
    connect(combo, &QComboBox::activated, this,
            [this, combo, key](int index) { m_document->setField(key, combo->itemData(index).toString()); });
    m_refreshers << [this, combo, key] {
        combo->setCurrentIndex(combo->findData(m_document->field(key)));
    };
}

void RecordEditor::addFollowBox(QFormLayout *form, const QString &key, const QString &label)
{
    // The record keeps whether the field was edited by hand; the box shows the opposite.
    auto *box = new QCheckBox(label, form->parentWidget());
    box->setObjectName(key);
    box->setAccessibleName(label);
    form->addRow(QString(), box);
    connect(box, &QCheckBox::toggled, this, [this, key](bool follows) {
        if (!m_refreshing)
            m_document->setField(key, !follows);
    });
    m_refreshers << [this, box, key] {
        box->setChecked(!m_document->field(key).toBool());
    };
}

void RecordEditor::addReference(QFormLayout *form, const QString &key, const QString &label, RecordType type)
{
    auto *picker = new RecordPicker(m_document->library(), type, form->parentWidget());
    picker->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // one line, however tall the form
    picker->lineEdit()->setAccessibleName(QString(label).remove(u'&'));
    addRow(form, key, label, picker);
    connect(picker, &RecordPicker::recordChosen, this, [this, picker, key](std::optional<qint64> id) {
        if (key == u"parent_id" && id && isOwnSubcategory(*id)) {
            Q_EMIT errorOccurred(
                tr("“%1” cannot be the parent of “%2”: it is the category itself or one "
                   "of its subcategories. Choose another parent category.")
                    .arg(m_document->library().labelOf(RecordType::Category, *id), m_document->label()));
            const QVariant current = m_document->field(key);
            picker->setRecordId(current.isNull() ? std::nullopt
                                                 : std::optional<qint64>(current.toLongLong()));
            picker->showChosenRecord();
            return;
        }
        m_document->setField(key, id ? QVariant::fromValue(*id) : QVariant());
    });
    connect(picker, &RecordPicker::errorOccurred, this, &RecordEditor::errorOccurred);
    connect(picker, &RecordPicker::newRecordRequested, this,
            [this, key, type](const QString &name) { createReferenced(key, type, name); });
    m_refreshers << [this, picker, key] {
        const QVariant value = m_document->field(key);
        picker->setRecordId(value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()));
    };
}

namespace {

// The creation of a record a form links to, as a step of the form's undo stack: undoing it
// takes the record back, redoing it puts it back. The record was created before the push.
class CreateReferencedCommand final : public QUndoCommand
{
public:
    CreateReferencedCommand(const RecordCreation &creation, RecordType type, qint64 id, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_creation(creation)
        , m_type(type)
        , m_id(id)
    {
    }

    void undo() override { m_withdrawn = m_creation.withdraw && m_creation.withdraw(m_type, m_id); }

    void redo() override
    {
        if (m_withdrawn && m_creation.reinstate)
            m_creation.reinstate(m_type, m_id);
        m_withdrawn = false;
    }

private:
    RecordCreation m_creation;
    RecordType m_type;
    qint64 m_id;
    bool m_withdrawn = false;
};

} // namespace

void RecordEditor::createReferenced(const QString &key, RecordType type, const QString &name)
{
    if (!m_creation.create)
        return;
    const std::optional<qint64> id = m_creation.create(type, name);
    if (!id)
        return; // the pickers learn the new name with the library's change (refreshUsedBy())
    const QString label = m_document->library().labelOf(type, *id);
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(type == RecordType::Speaker ? tr("New Speaker “%1”").arg(label)
                                                  : tr("New Essay “%1”").arg(label));
    stack->push(new CreateReferencedCommand(m_creation, type, *id, nullptr));
    m_document->setFieldAsStep(key, QVariant::fromValue(*id), QString());
    stack->endMacro();
}

void RecordEditor::addTerms(QFormLayout *form, const QString &key, const QString &label, RecordType type)
{
    auto *edit = new TermsEdit(m_document->library(), type, form->parentWidget());
    edit->installEventFilter(this);
    addRow(form, key, label, edit);
    connect(edit, &TermsEdit::termsChosen, this,
            [this, key](const QList<qint64> &ids) { m_document->setField(key, QVariant::fromValue(ids)); });
    connect(edit, &TermsEdit::errorOccurred, this, &RecordEditor::errorOccurred);
    m_refreshers << [this, edit, key] {
        if (!edit->hasFocus())
            edit->setTermIds(m_document->field(key).value<QList<qint64>>());
    };
}

void RecordEditor::addUsedBy(QFormLayout *form)
{
    m_usedBy = new QListWidget(form->parentWidget());
    m_usedBy->setMaximumHeight(m_usedBy->fontMetrics().lineSpacing() * 7);
    addRow(form, u"usedBy"_s, tr("&Used by"), m_usedBy);
    m_usedBy->setToolTip(tr("Records that use this one; press Enter or double-click to open one"));
    connect(m_usedBy, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecordRequested(RecordType(item->data(Qt::UserRole + 1).toInt()),
                                   item->data(Qt::UserRole).toLongLong());
    });
}

void RecordEditor::refreshUsedBy()
{
    // The names of linked records (a renamed category, speaker, …) may have changed too.
    for (RecordPicker *picker : findChildren<RecordPicker *>())
        picker->reloadNames();
    refresh();
    if (!m_usedBy)
        return;
    m_usedBy->clear();
    if (m_document->id() == 0)
        return;
    const QList<RecordRef> users = m_document->library().usedBy(m_document->type(), m_document->id());
    for (const RecordRef &user : users) {
        auto *item =
            new QListWidgetItem(tr("%1: %2").arg(recordTypeDisplayName(user.type), user.label), m_usedBy);
        item->setData(Qt::UserRole, user.id);
        item->setData(Qt::UserRole + 1, int(user.type));
    }
}

bool RecordEditor::isOwnSubcategory(qint64 categoryId) const
{
    const qint64 own = m_document->id();
    QList<qint64> seen;
    for (std::optional<qint64> id = categoryId; id && !seen.contains(*id);) {
        if (*id == own)
            return true;
        seen << *id;
        const auto category = m_document->library().get<Category>(*id);
        id = category ? category->parentId : std::nullopt;
    }
    return false;
}

void RecordEditor::focusFirstField()
{
    static const QStringList firstKeys { u"text"_s, u"name"_s, u"title"_s };
    for (const QString &key : firstKeys) {
        if (QWidget *first = fieldWidget(key)) {
            first->setFocus();
            return;
        }
    }
}

QWidget *RecordEditor::fieldWidget(const QString &key) const
{
    return findChild<QWidget *>(key);
}

void RecordEditor::refresh()
{
    m_refreshing = true;
    for (const auto &refresher : std::as_const(m_refreshers))
        refresher();
    m_refreshing = false;
}

void RecordEditor::autosave()
{
    if (!m_document->isModified() || m_document->library().isReadOnly())
        return;
    QString error;
    if (!m_document->save(&error))
        Q_EMIT errorOccurred(tr("Autosave failed: %1").arg(error));
}

bool RecordEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Text controls keep Undo/Redo for themselves; hand them to the window's actions, which
    // undo through the document's stack across every field.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace QuoteDesk
