#pragma once
// A workspace with the partners the ledger import files name, and ways to look into it.

#include "../store/storefixture.h"

#include "io/ledgerimport.h"
#include "store/statement.h"

#include <QBuffer>

namespace trellis::test {

/// Colombo, Recife and the teachers' union, plus two partners whose names share a search key.
struct ImportFixture : WorkspaceFixture {
    qint64 colombo = addPartner(QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
    qint64 recife = addPartner(QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
    qint64 teachers = addPartner(QStringLiteral("Союз учителей"), QStringLiteral("ru"));
    qint64 sergeiLatin = addPartner(QStringLiteral("Sergei"), QStringLiteral("en"));
    qint64 sergeiCyrillic = addPartner(QStringLiteral("Сергей"), QStringLiteral("ru"));

    Result<io::LedgerImportReport> importBytes(const QByteArray &bytes, io::LedgerImportOptions options = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return io::LedgerImport(ws, std::move(options)).run(buffer);
    }
    Result<io::LedgerImportReport> importFile(const QString &name, io::LedgerImportOptions options = {})
    {
        return io::LedgerImport(ws, std::move(options)).run(testData(QStringLiteral("ledger/") + name));
    }
    io::LedgerImportReport imported(const Result<io::LedgerImportReport> &result)
    {
        INFO((result.ok() ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        const auto &r = *result;
        CHECK(r.rowsRead == r.imported + r.rejected + r.duplicates + r.leftOut);
        CHECK(r.rejections.size() == r.rejected);
        return r;
    }
    /// One value from the workspace.
    QString sql(const QString &query)
    {
        auto select = ws.database().prepare(query);
        REQUIRE(select.ok());
        auto row = select->step();
        REQUIRE(row.ok());
        return *row ? select->text(0) : QString();
    }
    /// Everything an import may change, as one comparable text.
    QString snapshot()
    {
        return sql(QStringLiteral(
            "SELECT (SELECT count(*) FROM ledger_entry) || '/' || (SELECT count(*) FROM partner) || '/' || "
            "(SELECT count(*) FROM ledger_chain) || '/' || (SELECT count(*) FROM ledger_import_key) || '/' || "
            "(SELECT count(*) FROM bitext) || '/' || (SELECT count(*) FROM bitext_version) || '/' || "
            "ifnull((SELECT hex(hash) FROM ledger_chain ORDER BY position DESC LIMIT 1), '')"));
    }
    /// "date from>to kind quantity unit status" for every entry, by id.
    QStringList entries()
    {
        auto select = ws.database().prepare(QStringLiteral(
            "SELECT occurred_on || ' ' || from_partner_id || '>' || to_partner_id || ' ' || kind || ' ' || "
            "ifnull(quantity, '-') || ' ' || unit || ' ' || status FROM ledger_entry ORDER BY id"));
        REQUIRE(select.ok());
        QStringList rows;
        while (*select->step())
            rows << select->text(0);
        return rows;
    }
    QString id(qint64 partner) const { return QString::number(partner); }
};

} // namespace trellis::test
