// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelook.h"

#include <QLabel>

namespace QuoteDesk {

void markProblem(QLabel *label, bool problem)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    }
    label->setPalette(palette);
    label->setProperty("problem", problem);
}

} // namespace QuoteDesk
