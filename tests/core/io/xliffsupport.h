#pragma once
// A small demo alliance to export from and import into, and a fingerprint of all its texts.

#include "testsupport.h"

#include "io/xliffexport.h"
#include "io/xliffimport.h"
#include "store/demoalliance.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>

namespace trellis::test {

struct XliffDemo {
    ScratchDir dir;
    store::Workspace ws;
    XliffDemo() : ws(open(dir)) { ws.setAuthor(QStringLiteral("ana")); }

    static store::Workspace open(const ScratchDir &dir)
    {
        const QString path = dir.path(QStringLiteral("demo.trellis"));
        REQUIRE(store::writeDemoAlliance(path, 60).ok());
        auto ws = store::Workspace::open(path, {.dailyBackup = false});
        REQUIRE(ws.ok());
        return std::move(*ws);
    }

    /// Exports to a file in the scratch folder and returns its path.
    QString exportTo(const QString &name, io::XliffExportOptions options, qint64 *units = nullptr)
    {
        const QString path = dir.path(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        auto written = io::exportXliff(ws, options, file);
        INFO((written ? QString() : written.error().message).toStdString());
        REQUIRE(written.ok());
        if (units)
            *units = *written;
        return path;
    }

    io::XliffImportSummary imported(const QString &path, bool dryRun = false)
    {
        auto summary = io::importXliff(ws, path, QStringLiteral("ana"), dryRun);
        INFO((summary ? QString() : summary.error().message).toStdString());
        REQUIRE(summary.ok());
        CHECK(summary->read == summary->updated + summary->unchanged + summary->refused);
        CHECK(summary->refusals.size() == summary->refused);
        return *summary;
    }

    /// SHA-256 over every text version: equal before and after means nothing changed.
    QByteArray textsFingerprint()
    {
        auto select = ws.database().prepare(QStringLiteral(
            "SELECT text_id, lang, status, translator, coalesce(translated_at, ''), body FROM bitext_version "
            "ORDER BY text_id, lang"));
        REQUIRE(select.ok());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (;;) {
            auto row = select->step();
            REQUIRE(row.ok());
            if (!*row)
                break;
            for (int c = 0; c < 6; ++c)
                hash.addData((select->text(c) + u'\x1f').toUtf8());
        }
        return hash.result();
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }
    void write(const QString &path, const QString &text) const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
};

} // namespace trellis::test
