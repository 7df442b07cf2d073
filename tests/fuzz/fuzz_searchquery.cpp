// libFuzzer target: the search box's query. Whatever is typed, the match expressions are ones
// FTS5 accepts, and a search of a real workspace answers or refuses with a reason, never crashes.
#include "fuzzsupport.h"

#include "domain/partner.h"
#include "i18n/ftsquery.h"
#include "store/partnerstore.h"
#include "store/search.h"
#include "store/workspace.h"

#include <QTemporaryDir>

using namespace trellis;
using trellis::fuzz::require;

namespace {

store::Workspace &workspace()
{
    static QTemporaryDir dir;
    static store::Workspace ws = [] {
        auto created = store::Workspace::create(dir.filePath(QStringLiteral("fuzz.trellis")),
                                                {QStringLiteral("en"), QStringLiteral("ru")});
        require(created.ok(), "the fuzz workspace is created");
        for (const auto &[name, lang] : {std::pair{QStringLiteral("Сергей Иванов"), QStringLiteral("ru")},
                                         std::pair{QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR")},
                                         std::pair{QStringLiteral("کارگران پوشاک"), QStringLiteral("fa")}}) {
            domain::Partner p;
            p.name = domain::BilingualText(lang, name);
            require(store::PartnerStore(*created).add(p).ok(), "a fuzz partner is added");
        }
        return std::move(*created);
    }();
    return ws;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString query = fuzz::text(data, size);
    (void)i18n::ftsMatchExpression(query);
    (void)i18n::searchMatchExpression(query);
    (void)i18n::searchKeyWords(query);
    auto hits = store::search(workspace(), query);
    require(hits.ok() || !hits.error().message.isEmpty(), "a search answers or says why not");
    if (hits)
        require(hits->size() <= 50, "a search keeps to its limit");
    return 0;
}
