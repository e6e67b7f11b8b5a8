// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: the 10,000-word post of DESIGN.md §6 and a median timer.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace QuoteDesk::Bench {

// About 10,000 words in the shape of a long post: sections, paragraphs with emphasis and
// links, lists (some nested), a table and a quote now and then.
inline QString longPost()
{
    using namespace Qt::StringLiterals;
    static const QStringList words = { u"inference"_s, u"demand"_s, u"accelerated"_s, u"computing"_s,
                                       u"the"_s,       u"market"_s, u"grew"_s,        u"while"_s,
                                       u"export"_s,    u"rules"_s,  u"tightened"_s,   u"and"_s,
                                       u"margins"_s,   u"held"_s,   u"steady"_s };
    QString text;
    int count = 0;
    int section = 0;
    const auto sentence = [&](int length) -> QString {
        QString s;
        for (int i = 0; i < length; ++i, ++count) {
            const QString &word = words.at((count * 7 + i) % words.size());
            if (i % 11 == 3)
                s += u'*' + word + u"* "_s;
            else if (i % 17 == 5)
                s += u'[' + word + u"](https://example.com/"_s + word + u") "_s;
            else
                s += word + u' ';
        }
        s.chop(1);
        return s + u". "_s;
    };
    while (count < 10000) {
        text += u"## Section "_s + QString::number(++section) + u"\n\n"_s;
        for (int p = 0; p < 3; ++p)
            text += sentence(18) + sentence(22) + sentence(15) + u"\n\n"_s;
        text += u"- "_s + sentence(9) + u"\n  - "_s + sentence(7) + u"\n- "_s + sentence(8) + u"\n\n"_s;
        if (section % 3 == 0)
            text += u"| a | b |\n|---|--:|\n| "_s + sentence(3) + u" | 42 |\n\n"_s;
        if (section % 4 == 0)
            text += u"> "_s + sentence(20) + u"\n\n"_s;
    }
    return text;
}

/// The median time of @p runs calls of @p work, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(times.size() / 2)) / 1e6;
}

} // namespace QuoteDesk::Bench
