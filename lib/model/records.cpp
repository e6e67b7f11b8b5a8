// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

template<class Enum>
QString nameAt(const QStringList &names, Enum value)
{
    return names.value(static_cast<int>(value));
}

template<class Enum>
std::optional<Enum> parseName(const QStringList &names, QStringView name)
{
    const auto index = names.indexOf(name.toString());
    if (index < 0)
        return std::nullopt;
    return static_cast<Enum>(index);
}

} // namespace

QStringList workflowStatusNames()
{
    static const QStringList names { u"idea"_s, u"draft"_s, u"ready"_s, u"published"_s, u"archived"_s };
    return names;
}

QStringList essayKindNames()
{
    static const QStringList names { u"context"_s, u"profile"_s, u"infographic"_s, u"general"_s };
    return names;
}

QStringList assetKindNames()
{
    static const QStringList names { u"brochure"_s, u"image"_s, u"infographic"_s, u"portrait"_s };
    return names;
}

QString nameOf(WorkflowStatus status)
{
    return nameAt(workflowStatusNames(), status);
}

QString nameOf(EssayKind kind)
{
    return nameAt(essayKindNames(), kind);
}

QString nameOf(AssetKind kind)
{
    return nameAt(assetKindNames(), kind);
}

std::optional<WorkflowStatus> workflowStatusFromString(QStringView name)
{
    return parseName<WorkflowStatus>(workflowStatusNames(), name);
}

std::optional<EssayKind> essayKindFromString(QStringView name)
{
    return parseName<EssayKind>(essayKindNames(), name);
}

std::optional<AssetKind> assetKindFromString(QStringView name)
{
    return parseName<AssetKind>(assetKindNames(), name);
}

QString displayName(WorkflowStatus status)
{
    switch (status) {
    case WorkflowStatus::Idea:
        return QCoreApplication::translate("QuoteDesk::WorkflowStatus", "Idea");
    case WorkflowStatus::Draft:
        return QCoreApplication::translate("QuoteDesk::WorkflowStatus", "Draft");
    case WorkflowStatus::Ready:
        return QCoreApplication::translate("QuoteDesk::WorkflowStatus", "Ready");
    case WorkflowStatus::Published:
        return QCoreApplication::translate("QuoteDesk::WorkflowStatus", "Published");
    case WorkflowStatus::Archived:
        return QCoreApplication::translate("QuoteDesk::WorkflowStatus", "Archived");
    }
    return {};
}

QString displayName(EssayKind kind)
{
    switch (kind) {
    case EssayKind::Context:
        return QCoreApplication::translate("QuoteDesk::EssayKind", "Context");
    case EssayKind::Profile:
        return QCoreApplication::translate("QuoteDesk::EssayKind", "Profile");
    case EssayKind::Infographic:
        return QCoreApplication::translate("QuoteDesk::EssayKind", "Infographic");
    case EssayKind::General:
        return QCoreApplication::translate("QuoteDesk::EssayKind", "General");
    }
    return {};
}

QString displayName(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Brochure:
        return QCoreApplication::translate("QuoteDesk::AssetKind", "Brochure");
    case AssetKind::Image:
        return QCoreApplication::translate("QuoteDesk::AssetKind", "Image");
    case AssetKind::Infographic:
        return QCoreApplication::translate("QuoteDesk::AssetKind", "Infographic");
    case AssetKind::Portrait:
        return QCoreApplication::translate("QuoteDesk::AssetKind", "Portrait");
    }
    return {};
}

} // namespace QuoteDesk
