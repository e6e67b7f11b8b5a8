// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorfixtures.h"

#include "assetfixtures.h"
#include "assets/assetimporter.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test::EditorFixtures {

Asset importImage(Library &library, const QString &scratchFolder, QString *error)
{
    const QString path = scratchFolder + u"/chart.png"_s;
    if (!AssetFixtures::write(path, AssetFixtures::image(64, 48))) {
        *error = u"cannot write "_s + path;
        return {};
    }
    AssetImporter importer(library);
    const ImportResult result = importer.importFile(path);
    if (!result.isOk()) {
        *error = result.message;
        return {};
    }
    return result.asset;
}

} // namespace QuoteDesk::Test::EditorFixtures
