// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/library.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace QuoteDesk::Test {

/// The folder of checked-in test data (tests/data), from QUOTEDESK_TEST_DATA.
QString dataPath(const QString &relative = {});

/// A library in a fresh temporary folder, removed with the object.
class TempLibrary
{
public:
    TempLibrary();
    /// Opens the library; QFAIL-style checks belong in the caller: see ok()/error().
    bool open(const Library::OpenOptions &options = {});
    Library &library() { return m_library; }
    Library *operator->() { return &m_library; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    Library m_library;
};

/// Record factories with plausible, valid content.
Speaker makeSpeaker(const QString &name = QStringLiteral("Jensen Huang"));
Essay makeEssay(const QString &title = QStringLiteral("Context: the first-quarter results"));
Quote makeQuote(const QString &text = QStringLiteral("Countries now treat AI as infrastructure."));

} // namespace QuoteDesk::Test

namespace QuoteDesk {
// Let QCOMPARE print the record enums by name.
char *toString(const WorkflowStatus &value);
char *toString(const EssayKind &value);
char *toString(const AssetKind &value);
} // namespace QuoteDesk

namespace QuoteDesk::Test {

/// Bytes of a file, for byte-for-byte comparisons.
QByteArray readAll(const QString &path);

/// The KEY=VALUE lines of a file (such as the one `wp-site.sh start` prints), values trimmed;
/// empty when the file cannot be read.
QHash<QString, QString> readKeyValues(const QString &path);

} // namespace QuoteDesk::Test
