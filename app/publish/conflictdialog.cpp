// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "diffhtml.h"
#include "model/textdiff.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

/// Block markup as the words people wrote: without block delimiters (`<!-- wp:paragraph -->`),
/// tags and blank lines, entities decoded; an image line shows its address.
QString readable(const QString &markup)
{
    static const QRegularExpression delimiter(u"<!--\\s*/?wp:[^>]*-->"_s);
    static const QRegularExpression image(u"<img[^>]*\\ssrc=\"([^\"]*)\"[^>]*>"_s);
    QString text = markup;
    text.remove(delimiter);
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        line.replace(image, u"[\\1]"_s);
        line = QTextDocumentFragment::fromHtml(line).toPlainText().trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(u'\n');
}

QString renderSection(const QString &heading, const QString &siteText, const QString &localText,
                      const QPalette &palette)
{
    const QString out = u"<h3>"_s + heading.toHtmlEscaped() + u"</h3>"_s;
    const TextDiff diff(siteText, localText);
    if (!diff.hasChanges())
        return out + DiffHtml::mutedParagraph(ConflictDialog::tr("The same on the site and here."), palette);
    return out + DiffHtml::fromTextDiff(diff, palette);
}

} // namespace

ConflictDialog::ConflictDialog(const PublishConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_view(new QTextBrowser(this))
    , m_takeNote(new QLabel(this))
{
    setWindowTitle(tr("The Post Changed on the Site"));
    auto *intro = new QLabel(
        tr("Someone edited this post on the site since it was last published from here, so nothing "
           "was sent. Compare the two versions and choose which one to keep."),
        this);
    intro->setWordWrap(true);
    auto *legend = new QLabel(tr("Struck through: only on the site. Underlined: only here."), this);
    legend->setWordWrap(true);

    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("Differences between the site and this library"));
    m_view->setMinimumSize(560, 320);

    auto *buttons = new QDialogButtonBox(this);
    m_overwrite = buttons->addButton(tr("&Overwrite the Site"), QDialogButtonBox::AcceptRole);
    m_overwrite->setToolTip(tr("Publish the version in this library over the site's edits."));
    m_take = buttons->addButton(tr("&Take the Site's Version"), QDialogButtonBox::ActionRole);
    m_take->setToolTip(
        tr("Put the site's title, excerpt and text into this record; the site keeps its edits."));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Change nothing, here or on the site."));
    m_cancel->setDefault(true);
    m_view->setObjectName(u"diffView"_s);
    m_overwrite->setObjectName(u"overwriteButton"_s);
    m_take->setObjectName(u"takeButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(Choice::Overwrite); });
    connect(m_take, &QPushButton::clicked, this, [this] { choose(Choice::TakeSiteVersion); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    m_takeNote->setObjectName(u"takeNote"_s);
    m_takeNote->setWordWrap(true);
    m_takeNote->setTextFormat(Qt::PlainText);
    m_takeNote->hide();
    layout->addWidget(m_takeNote);
    layout->addWidget(buttons);

    // Every way out says what was chosen: a button, Escape or closing the window (Cancel).
    connect(this, &QDialog::finished, this, [this] { Q_EMIT chosen(m_choice); });

    setTabOrder(m_view, m_overwrite);
    setTabOrder(m_overwrite, m_take);
    setTabOrder(m_take, m_cancel);
    render();
}

void ConflictDialog::setSiteVersion(const SiteVersion &version)
{
    m_version = version;
    QStringList parts { tr("title"), tr("excerpt") };
    if (version.quotation)
        parts << tr("quotation");
    if (version.commentary)
        parts << tr("commentary");
    if (version.body)
        parts << tr("text");
    if (version.sources)
        parts << tr("sources");
    QStringList lines {
        tr("Taking the site's version brings back: %1.").arg(QLocale().createSeparatedList(parts))
    };
    for (const QString &note : version.notes)
        lines << u"• "_s + note;
    m_takeNote->setText(lines.join(u'\n'));
    m_takeNote->show();
    m_take->setToolTip(tr("Put the site's %1 into this record; the site keeps its edits.")
                           .arg(QLocale().createSeparatedList(parts)));
}

QString ConflictDialog::takeNote() const
{
    return m_takeNote->text();
}

QString ConflictDialog::diffHtml() const
{
    return m_view->toHtml();
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QDialog::changeEvent(event);
}

void ConflictDialog::render()
{
    QDateTime edited = QDateTime::fromString(m_conflict.siteModifiedGmt, Qt::ISODate);
    edited.setTimeZone(QTimeZone::utc());
    const QString editedAt = edited.isValid() ? QLocale().toString(edited.toLocalTime(), QLocale::ShortFormat)
                                              : m_conflict.siteModifiedGmt;
    QString html = u"<p>"_s
        + tr("The site's version (edited %1) against the one in this library.").arg(editedAt).toHtmlEscaped()
        + u"</p>"_s;
    html += renderSection(tr("Title"), m_conflict.siteTitle, m_conflict.localTitle, palette());
    html += renderSection(tr("Excerpt"), m_conflict.siteExcerpt, m_conflict.localExcerpt, palette());
    html += renderSection(tr("Text"), readable(m_conflict.siteContent), readable(m_conflict.localContent),
                          palette());
    m_view->setHtml(html);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace QuoteDesk
