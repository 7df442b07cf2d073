#include "storefixture.h"

#include "store/partnerstore.h"
#include "store/statement.h"

#include <QFile>

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
    return scalar(ws, sql);
}

qint64 scalar(store::Workspace &ws, const QString &sql)
{
    auto select = ws.database().prepare(sql);
    REQUIRE(select.ok());
    REQUIRE(*select->step());
    return select->int64(0);
}

store::Workspace openCopy(const ScratchDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    REQUIRE(QFile::copy(testData(name), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = store::Workspace::open(path);
    INFO((ws.ok() ? QString() : ws.error().message).toStdString());
    REQUIRE(ws.ok());
    return std::move(*ws);
}

} // namespace trellis::test
