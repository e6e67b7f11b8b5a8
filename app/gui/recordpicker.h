// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QStringListModel;
class QToolButton;

namespace QuoteDesk {

class Library;

/// Chooses one speaker or essay by name: completes as you type, and "New…" asks for a new
/// record of the typed name (newRecordRequested()); the picker itself never saves one.
class RecordPicker final : public QWidget
{
    Q_OBJECT
public:
    RecordPicker(Library &library, RecordType type, QWidget *parent = nullptr);

    std::optional<qint64> recordId() const { return m_id; }
    /// Chooses the record @p id without emitting recordChosen() and shows its label, unless
    /// it is the record already chosen and the user is typing in the field.
    void setRecordId(std::optional<qint64> id);
    /// Shows the chosen record's label, replacing whatever was typed.
    void showChosenRecord();
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *newButton() const { return m_new; }
    /// Reads the names from the library again.
    void reloadNames();

public Q_SLOTS:
    /// Chooses the record of the name typed when there is one; else asks for a new record of
    /// that name (which may be empty) with newRecordRequested().
    void createRecord();

Q_SIGNALS:
    void recordChosen(std::optional<qint64> id);
    /// "New…" was pressed with @p name (trimmed, maybe empty) typed, not a known name.
    void newRecordRequested(const QString &name);
    void errorOccurred(const QString &message);

private:
    void commitText();

    Library &m_library;
    RecordType m_type;
    QLineEdit *m_edit;
    QToolButton *m_new;
    QStringListModel *m_names;
    QHash<QString, qint64> m_idOfName;
    std::optional<qint64> m_id;
};

} // namespace QuoteDesk
