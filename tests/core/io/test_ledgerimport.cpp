// Ledger import from real-world CSV files: every row lands, is rejected with its reason, or is
// skipped as a duplicate; nothing is saved twice, and a failed or abandoned import saves nothing.
#include "ledgertestsupport.h"

#include "io/csvreader.h"
#include "io/ledgercsvexport.h"
#include "store/workspacecheck.h"

using namespace trellis;
using test::ImportFixture;

namespace {
io::LedgerImportOptions european()
{
    io::LedgerImportOptions o;
    o.format.decimalComma = true;
    o.format.dateFormats = {QStringLiteral("dd/MM/yyyy")};
    return o;
}
} // namespace

TEST_CASE("A clean file imports every row, partners matched across scripts and spellings", "[io][import]")
{
    ImportFixture f;
    const auto r = f.imported(f.importFile(QStringLiteral("clean.csv")));
    CHECK(r.rowsRead == 6);
    CHECK(r.imported == 6);
    CHECK(r.rejected == 0);
    CHECK(r.duplicates == 0);
    CHECK(r.partnersCreated == 0);
    const QString c = f.id(f.colombo), rs = f.id(f.recife), t = f.id(f.teachers);
    CHECK(f.entries() == QStringList{
        QStringLiteral("2026-01-10 %1>%2 time 1050 hours posted").arg(c, rs),
        QStringLiteral("2026-02-20 %1>%2 funds 30000 EUR posted").arg(c, rs),
        QStringLiteral("2026-02-21 %1>%2 emotional_labour -  posted").arg(t, c),
        QStringLiteral("2026-03-01 %1>%2 translation 2000 words posted").arg(t, rs),
        QStringLiteral("2026-03-02 %1>%2 contextualising_news 150 hours posted").arg(rs, t),
        QStringLiteral("2026-03-03 %1>%2 hosting 3 nights posted").arg(rs, c),
    });
    // A narrative with no language takes the workspace's first working language.
    CHECK(f.sql(QStringLiteral("SELECT group_concat(b.original_lang, ',') FROM ledger_entry e JOIN bitext b "
                               "ON b.id = e.narrative_text_id ORDER BY e.id")) == QStringLiteral("en,en,en,ru,en"));
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM ledger_chain")) == QStringLiteral("6"));
    auto check = store::checkWorkspace(f.ws);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());
}

TEST_CASE("Importing the same file again adds nothing", "[io][import]")
{
    ImportFixture f;
    f.imported(f.importFile(QStringLiteral("clean.csv")));
    const QString before = f.snapshot();
    const auto again = f.imported(f.importFile(QStringLiteral("clean.csv")));
    CHECK(again.rowsRead == 6);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 6);
    CHECK(f.snapshot() == before);
}

TEST_CASE("Two equal rows in one file both land, and neither lands twice", "[io][import]")
{
    ImportFixture f;
    const QByteArray twice = "date,from,to,kind,quantity,unit\n"
                             "2026-06-01,Colombo Garment Workers,Rede Solidária Recife,materials,50,EUR\n"
                             "2026-06-01,Colombo Garment Workers,Rede Solidária Recife,materials,50,EUR\n";
    CHECK(f.imported(f.importBytes(twice)).imported == 2);
    const auto again = f.imported(f.importBytes(twice));
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 2);
    const QByteArray once = "date,from,to,kind,quantity,unit\n"
                            "2026-06-01,Colombo Garment Workers,Rede Solidária Recife,materials,50.00,eur\n";
    CHECK(f.imported(f.importBytes(once)).duplicates == 1);
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("2"));
}

TEST_CASE("A European spreadsheet: BOM, CRLF, semicolons, 1.234,50, dd/MM/yyyy, quoted newlines, empty lines", "[io][import]")
{
    ImportFixture f;
    const auto r = f.imported(f.importFile(QStringLiteral("european.csv"), european()));
    CHECK(r.rowsRead == 3);
    CHECK(r.imported == 3);
    const QString c = f.id(f.colombo), rs = f.id(f.recife);
    CHECK(f.entries() == QStringList{
        QStringLiteral("2026-01-05 %1>%2 funds 123450 EUR posted").arg(c, rs),
        QStringLiteral("2026-01-06 %1>%2 time 225 hours posted").arg(rs, c),
        QStringLiteral("2026-01-07 %1>%2 materials 1200 USD posted").arg(rs, c),
    });
    CHECK(f.sql(QStringLiteral("SELECT body FROM bitext_version WHERE body LIKE 'Two lines:%'"))
          == QStringLiteral("Two lines:\r\nfirst; second"));
}

TEST_CASE("The same file read with the wrong number style rejects every row, each for its reason", "[io][import][bad-input]")
{
    ImportFixture f;
    io::LedgerImportOptions pointStyle;
    pointStyle.format.dateFormats = {QStringLiteral("dd/MM/yyyy")};
    const auto r = f.imported(f.importFile(QStringLiteral("european.csv"), pointStyle));
    CHECK(r.imported == 1); // "12" means twelve either way
    REQUIRE(r.rejected == 2);
    CHECK(r.rejections[0].line == 2);
    CHECK(r.rejections[0].reason == QStringLiteral("quantity: The amount has a thousands separator after the decimal separator."));
    CHECK(r.rejections[1].line == 5);
    CHECK(r.rejections[1].reason == QStringLiteral("quantity: The amount has a misplaced thousands separator."));
}

TEST_CASE("An ugly file: every bad row rejected with its own reason, line and original text", "[io][import][bad-input]")
{
    ImportFixture f;
    const auto r = f.imported(f.importFile(QStringLiteral("ugly.csv")));
    CHECK(r.rowsRead == 14);
    CHECK(r.imported == 2);
    CHECK(r.rejected == 12);
    QStringList got;
    for (const auto &rejection : r.rejections)
        got << QStringLiteral("%1: %2").arg(rejection.line).arg(rejection.reason);
    const QStringList expected{
        QStringLiteral("3: from: unknown partner \"Nobody Collective\" (add the partner first, or import with --create-partners)"),
        QStringLiteral("4: A contribution goes from one partner to another, not to itself"),
        QStringLiteral("5: quantity: a negative quantity cannot be imported; a correction is recorded as a reversal of the posted entry"),
        QStringLiteral("6: A quantity must be more than zero (a correction is a reversing entry)"),
        QStringLiteral("7: unit: \"XBT\" is not a unit: use an ISO 4217 currency code, hours, words, pages, nights, or nothing for a narrative-only entry"),
        QStringLiteral("8: date: The date is not a real day: month 2 of 2026 has 28 days."),
        QStringLiteral("9: not valid UTF-8"),
        QStringLiteral("10: 7 fields where 8 are expected (as in the header row)"),
        QStringLiteral("11: from: ambiguous partner \"Sergei\": it matches Sergei (id %1), Сергей (id %2)").arg(f.sergeiLatin).arg(f.sergeiCyrillic),
        QStringLiteral("12: kind: \"bribes\" is not a contribution kind (use one of: funds, time, translation, hosting, emotional labour, cultural labour, contextualising news, materials, expertise, moral leadership, other)"),
        QStringLiteral("13: unit: missing: a quantity needs a unit (a currency code, hours, words, pages or nights)"),
        QStringLiteral("14: quantity: The amount has more than 2 decimal places."),
    };
    CHECK(got == expected);
    CHECK(r.rejections[0].raw == QByteArray("2026-04-02,Nobody Collective,Rede Solidária Recife,time,2,hours,unknown giver,en"));
    CHECK(r.rejections[6].raw == QByteArray("2026-04-07,Colombo Garment Workers,Rede Solid\xe1ria Recife,time,2,hours,latin-1 byte,en"));
    // The formula is kept as text, never run.
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM bitext_version WHERE body = '=HYPERLINK(\"http://evil.example\",\"click\")'"))
          == QStringLiteral("1"));
}

TEST_CASE("The rejects file holds line, reason and original text, and reads back", "[io][import][bad-input]")
{
    ImportFixture f;
    const auto r = f.imported(f.importFile(QStringLiteral("ugly.csv")));
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::ReadWrite));
    REQUIRE(io::writeRejects(buffer, r.rejections).ok());
    buffer.seek(0);
    io::CsvReadOptions options;
    options.hasHeader = true;
    io::CsvReader reader(buffer, options);
    QList<io::CsvRecord> rows;
    io::CsvRecord record;
    while (*reader.next(record)) {
        REQUIRE(record.ok());
        rows << record;
    }
    CHECK(reader.header() == QStringList{QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("raw")});
    REQUIRE(rows.size() == 12);
    CHECK(rows[0].cells == QStringList{QStringLiteral("3"), r.rejections[0].reason,
                                       QStringLiteral("2026-04-02,Nobody Collective,Rede Solidária Recife,time,2,hours,unknown giver,en")});
    CHECK(rows[6].cells[0] == QStringLiteral("9"));
    CHECK(rows[6].cells[1] == QStringLiteral("not valid UTF-8"));
    CHECK(rows[6].cells[2] == QStringLiteral("2026-04-07,Colombo Garment Workers,Rede Solid\uFFFDria Recife,time,2,hours,latin-1 byte,en"));
    CHECK(rows[3].cells[2].startsWith(QStringLiteral("2026-04-05,")));
}

TEST_CASE("A formula imported as text is exported neutralised", "[io][import][export]")
{
    ImportFixture f;
    f.imported(f.importFile(QStringLiteral("ugly.csv")));
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto summary = io::exportLedgerCsv(f.ws, buffer);
    REQUIRE(summary.ok());
    CHECK(summary->entries == 2);
    const QByteArray csv = buffer.data();
    CHECK(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    CHECK_FALSE(csv.contains(",=HYPERLINK"));
}

TEST_CASE("Unknown partners are created only when asked, and never for a rejected row", "[io][import]")
{
    ImportFixture f;
    const QByteArray file = "date,from,to,kind,quantity,unit\n"
                            "2026-06-01,Nuevo Colectivo,Nuevo Colectivo,time,1,hours\n"
                            "2026-06-02,Nuevo Colectivo,Colombo Garment Workers,time,1,hours\n"
                            "2026-06-03,nuevo colectivo,Otra Red,time,1,hours\n"
                            "2026-06-04,Sergei,Tercera Red,time,1,hours\n";
    const auto refused = f.imported(f.importBytes(file));
    CHECK(refused.imported == 0);
    CHECK(refused.rejected == 4);
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM partner")) == QStringLiteral("5"));

    io::LedgerImportOptions create;
    create.createPartners = true;
    const auto r = f.imported(f.importBytes(file, create));
    CHECK(r.imported == 2);
    CHECK(r.rejected == 2);
    CHECK(r.partnersCreated == 2);
    CHECK(r.rejections[0].reason == QStringLiteral("A contribution goes from one partner to another, not to itself"));
    CHECK(r.rejections[1].reason.startsWith(QStringLiteral("from: ambiguous partner \"Sergei\"")));
    CHECK(f.sql(QStringLiteral("SELECT group_concat(v.body, '|') FROM partner p JOIN bitext_version v "
                               "ON v.text_id = p.name_text_id WHERE p.id > 5 ORDER BY p.id"))
          == QStringLiteral("Nuevo Colectivo|Otra Red"));
}

TEST_CASE("A dry run counts exactly what an import would do and saves nothing", "[io][import]")
{
    ImportFixture f;
    f.imported(f.importFile(QStringLiteral("clean.csv")));
    const QString before = f.snapshot();
    io::LedgerImportOptions dry;
    dry.dryRun = true;
    dry.createPartners = true;
    const auto trial = f.imported(f.importFile(QStringLiteral("ugly.csv"), dry));
    CHECK(trial.dryRun);
    CHECK(trial.imported == 3);
    CHECK(trial.rejected == 11);
    CHECK(trial.partnersCreated == 1);
    CHECK(f.snapshot() == before);
    const auto dupes = f.imported(f.importFile(QStringLiteral("clean.csv"), dry));
    CHECK(dupes.duplicates == 6);
    CHECK(f.snapshot() == before);

    io::LedgerImportOptions real;
    real.createPartners = true;
    const auto done = f.imported(f.importFile(QStringLiteral("ugly.csv"), real));
    CHECK(done.imported == trial.imported);
    CHECK(done.rejected == trial.rejected);
    CHECK(f.snapshot() != before);
}

TEST_CASE("A header without a required column fails the whole import and changes nothing", "[io][import][bad-input]")
{
    ImportFixture f;
    f.imported(f.importFile(QStringLiteral("clean.csv")));
    const QString before = f.snapshot();
    auto r = f.importFile(QStringLiteral("no_to_column.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == QStringLiteral("The header row has no column for: to."));
    CHECK(f.snapshot() == before);
    auto empty = f.importBytes(QByteArray());
    REQUIRE_FALSE(empty.ok());
    CHECK(f.snapshot() == before);
    auto missingFile = f.importFile(QStringLiteral("there-is-no-such-file.csv"));
    REQUIRE_FALSE(missingFile.ok());
    CHECK(missingFile.error().code == ErrorCode::Io);
}

TEST_CASE("An import abandoned half-way, after a batch was written, leaves the workspace as it was", "[io][import][bad-input]")
{
    ImportFixture f;
    f.imported(f.importFile(QStringLiteral("clean.csv")));
    const QString before = f.snapshot();
    QByteArray big = "date,from,to,kind,quantity,unit,narrative\n";
    for (int i = 0; i < 2500; ++i)
        big += QStringLiteral("2026-07-01,Colombo Garment Workers,Rede Solidária Recife,time,%1,hours,Shift %1\n").arg(i + 1).toUtf8();
    io::LedgerImportOptions options;
    options.keepGoing = [](qint64 rowsRead) { return rowsRead < 2300; };
    auto r = f.importBytes(big, options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == QStringLiteral("The import was stopped; nothing was saved."));
    CHECK(f.snapshot() == before);
    // The same file, not stopped, lands whole.
    CHECK(f.imported(f.importBytes(big)).imported == 2500);
}

TEST_CASE("A 10 MB cell rejects its row only", "[io][import][bad-input]")
{
    ImportFixture f;
    QByteArray file = "date,from,to,kind,quantity,unit,narrative\n"
                      "2026-08-01,Colombo Garment Workers,Rede Solidária Recife,time,1,hours,before\n"
                      "2026-08-02,Colombo Garment Workers,Rede Solidária Recife,time,1,hours,";
    file += QByteArray(10 * 1024 * 1024, 'x');
    file += "\n2026-08-03,Colombo Garment Workers,Rede Solidária Recife,time,1,hours,after\n";
    const auto r = f.imported(f.importBytes(file));
    CHECK(r.rowsRead == 3);
    CHECK(r.imported == 2);
    REQUIRE(r.rejected == 1);
    CHECK(r.rejections[0].line == 3);
    CHECK(r.rejections[0].reason == QStringLiteral("field 7 is larger than 1 MiB"));
}

TEST_CASE("UTF-16 files with a byte-order mark import like UTF-8 ones", "[io][import]")
{
    ImportFixture f;
    QFile clean(test::testData(QStringLiteral("ledger/clean.csv")));
    REQUIRE(clean.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(clean.readAll());
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto r = f.imported(f.importBytes(utf16));
    CHECK(r.imported == 6);
}

TEST_CASE("Drafts are imported unposted and stay out of the chain", "[io][import]")
{
    ImportFixture f;
    io::LedgerImportOptions drafts;
    drafts.drafts = true;
    CHECK(f.imported(f.importFile(QStringLiteral("clean.csv"), drafts)).imported == 6);
    CHECK(f.sql(QStringLiteral("SELECT group_concat(DISTINCT status) FROM ledger_entry")) == QStringLiteral("draft"));
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM ledger_chain")) == QStringLiteral("0"));
}

TEST_CASE("Other headers are mapped onto the fields", "[io][import]")
{
    ImportFixture f;
    auto mapping = io::parseColumnMapping(QStringLiteral(
        "date=Fecha, from=De,to=Para,kind=Tipo,quantity=Cantidad,unit=Unidad,narrative=descripción,language=Idioma"));
    REQUIRE(mapping.ok());
    CHECK(mapping->value(QStringLiteral("from")) == QStringLiteral("De"));
    io::LedgerImportOptions options;
    options.columns = *mapping;
    const auto r = f.imported(f.importFile(QStringLiteral("mapped.csv"), options));
    CHECK(r.imported == 2);
    CHECK(f.entries().last() == QStringLiteral("2026-05-02 %1>%2 funds 100000 EUR posted").arg(f.id(f.colombo), f.id(f.recife)));
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM bitext_version WHERE body = 'Fondo de huelga' AND lang = 'es'")) == QStringLiteral("1"));

    options.columns.insert(QStringLiteral("narrative"), QStringLiteral("Comentario"));
    auto absent = f.importFile(QStringLiteral("mapped.csv"), options);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().message == QStringLiteral("The header row has no column \"Comentario\" (mapped to narrative)."));
    auto unmapped = f.importFile(QStringLiteral("mapped.csv"));
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().message == QStringLiteral("The header row has no column for: date, from, to, kind."));
}

TEST_CASE("Bad column mappings are refused with the reason", "[io][import][bad-input]")
{
    auto why = [](const char *spec) {
        auto r = io::parseColumnMapping(QString::fromUtf8(spec));
        INFO(spec);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(why("date") == QStringLiteral("The column mapping \"date\" is not field=Header (e.g. date=Fecha)."));
    CHECK(why("date=") == QStringLiteral("The column mapping \"date=\" is not field=Header (e.g. date=Fecha)."));
    CHECK(why("when=Fecha") == QStringLiteral("\"when\" is not a field; the fields are date, from, to, kind, quantity, unit, narrative, language."));
    CHECK(why("date=Fecha,DATE=Dia") == QStringLiteral("The field date is mapped twice."));
    CHECK(why("") == QStringLiteral("The column mapping is empty (e.g. date=Fecha,from=De)."));
}
