// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace QuoteDesk {

class Settings;

/// Edits the Settings: library file, autosave interval, editor font, theme, title template.
/// Writes them when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    Settings &m_settings;
    QLineEdit *m_library;
    QSpinBox *m_autosave;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QLineEdit *m_template;
};

} // namespace QuoteDesk
