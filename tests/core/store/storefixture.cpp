#include "storefixture.h"

#include "store/partnerstore.h"
#include "store/statement.h"

namespace trellis::test {
namespace {
store::Workspace makeWorkspace(const ScratchDir &dir)
{
    auto ws = store::Workspace::create(dir.path(QStringLiteral("t.trellis")),
                                       {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fa"),
                                        QStringLiteral("ar"), QStringLiteral("zh")});
    REQUIRE(ws.ok());
    return std::move(*ws);
}
} // namespace

WorkspaceFixture::WorkspaceFixture() : ws(makeWorkspace(dir)) {}

qint64 WorkspaceFixture::addPartner(const QString &name, const QString &language)
{
    domain::Partner p;
    p.name = domain::BilingualText(language, name);
    auto id = store::PartnerStore(ws).add(p);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 WorkspaceFixture::count(const QString &sql)
{
    auto select = ws.database().prepare(sql);
    REQUIRE(select.ok());
    REQUIRE(*select->step());
    return select->int64(0);
}

} // namespace trellis::test
