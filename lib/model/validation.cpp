// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "fieldnames.h"

#include <QCoreApplication>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Validation)
};

// Walks every text field of a record and stops at the first that is too long or holds
// characters no editor can show.
class TextChecker
{
public:
    QString problem;

    void field(QLatin1StringView key, QString &value) { check(key, value); }
    void field(QLatin1StringView key, QStringList &values)
    {
        for (const QString &value : std::as_const(values))
            check(key, value);
    }
    template<class T>
    void field(QLatin1StringView, T &)
    {
    }
    void choice(QLatin1StringView key, QString &value, const QStringList &allowed)
    {
        if (problem.isEmpty() && !allowed.contains(value))
            problem = Tr::tr("the field “%1” has the unknown value “%2” (allowed: %3)")
                          .arg(fieldDisplayName(key), value.left(40), allowed.join(u", "_s));
    }
    template<class T>
    void reference(QLatin1StringView, T &, RecordType)
    {
    }
    template<class T>
    void links(QLatin1StringView, T &, RecordType)
    {
    }

private:
    void check(QLatin1StringView key, const QString &value)
    {
        if (!problem.isEmpty())
            return;
        if (value.size() > MaxFieldLength) {
            problem = Tr::tr("the field “%1” holds %2 characters, more than the limit of %3; split the text")
                          .arg(fieldDisplayName(key))
                          .arg(value.size())
                          .arg(MaxFieldLength);
            return;
        }
        for (const QChar c : value) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f) {
                problem = Tr::tr("the field “%1” contains a control character (U+%2), which text cannot hold")
                              .arg(fieldDisplayName(key))
                              .arg(int(u), 4, 16, QLatin1Char('0'));
                return;
            }
        }
    }
};

struct Required
{
    const char *key;
    const QString *value;
};

template<class T>
bool check(const T &record, std::initializer_list<Required> required, QString *error)
{
    QString problem;
    for (const Required &r : required) {
        if (r.value->trimmed().isEmpty()) {
            problem = Tr::tr("the field “%1” is required").arg(fieldDisplayName(QLatin1StringView(r.key)));
            break;
        }
    }
    if (problem.isEmpty()) {
        TextChecker checker;
        T copy = record;
        copy.visit(checker);
        problem = checker.problem;
    }
    if (problem.isEmpty())
        return true;
    if (error) {
        const QString label = record.label().trimmed().left(60);
        *error = label.isEmpty()
            ? Tr::tr("This %1 cannot be saved: %2.").arg(recordTypeDisplayName(T::Type), problem)
            : Tr::tr("The %1 “%2” cannot be saved: %3.").arg(recordTypeDisplayName(T::Type), label, problem);
    }
    return false;
}

} // namespace

bool validate(const Speaker &r, QString *error)
{
    return check(r, { { "name", &r.name } }, error);
}

bool validate(const Essay &r, QString *error)
{
    return check(r, { { "title", &r.title } }, error);
}

bool validate(const Quote &r, QString *error)
{
    return check(r, { { "text", &r.text } }, error);
}

bool validate(const Asset &r, QString *error)
{
    return check(r, { { "sha256", &r.sha256 } }, error);
}

bool validate(const Category &r, QString *error)
{
    return check(r, { { "name", &r.name } }, error);
}

bool validate(const Tag &r, QString *error)
{
    return check(r, { { "name", &r.name } }, error);
}

bool validate(const Site &r, QString *error)
{
    return check(r, { { "name", &r.name }, { "base_url", &r.baseUrl } }, error);
}

bool validate(const Publication &r, QString *error)
{
    return check(r, { { "record_type", &r.recordType } }, error);
}

} // namespace QuoteDesk
