// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "settings.h"
#include "store/library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_library(new QLineEdit(this))
    , m_autosave(new QSpinBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_template(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_library->setText(settings.libraryPath());
    m_library->setPlaceholderText(Library::defaultPath());
    m_library->setAccessibleName(tr("Library file"));
    m_autosave->setRange(1, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(settings.autosaveSeconds());
    m_autosave->setAccessibleName(tr("Autosave after idle seconds"));
    const QFont font = settings.editorFont();
    m_font->setCurrentFont(font);
    m_font->setAccessibleName(tr("Editor font"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_fontSize->setAccessibleName(tr("Editor font size"));
    m_theme->addItem(tr("System"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    m_theme->setAccessibleName(tr("Theme"));
    m_template->setText(settings.titleTemplate());
    m_template->setToolTip(tr("{speaker} is the speaker’s name, {role} the role at the time"));
    m_template->setAccessibleName(tr("Title template"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Library file:"), m_library);
    form->addRow(tr("&Autosave after:"), m_autosave);
    form->addRow(tr("Editor &font:"), m_font);
    // The font box is editable: its text field is what has the focus and is announced.
    m_font->lineEdit()->setAccessibleName(tr("Editor font"));
    form->addRow(tr("Font si&ze:"), m_fontSize);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Title te&mplate:"), m_template);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    m_settings.setLibraryPath(m_library->text().trimmed());
    m_settings.setAutosaveSeconds(m_autosave->value());
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    m_settings.setEditorFont(font);
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.setTitleTemplate(m_template->text().trimmed());
    QDialog::accept();
}

} // namespace QuoteDesk
