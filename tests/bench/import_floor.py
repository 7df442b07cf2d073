#!/usr/bin/env python3
"""What an import into this schema can cost at best, against what ours costs and against sqlite3's
own `.import`, in one run. Prints medians and ratios.

The floor: sqlite3 itself copies the rows a finished import wrote (texts, versions, entries, chain
links, import keys) from that workspace into a new one, in one transaction, the way the bulk path
arranges the work at its fastest (search trigger and list indexes set aside, the search indexes
and list indexes built after the rows, a 1 GiB page cache). No parsing, no validation, no hashing:
only what the file must hold at the end. Whatever an importer does, it writes at least this.

Usage: tests/bench/import_floor.py [--entries N] [--runs N] [--keep]   (after make)
"""
import argparse, os, resource, shutil, statistics, subprocess, sys, tempfile, time

from bench import CLI  # the harness's trellis-cli: TRELLIS_BUILD_DIR, or build/ of this checkout


def timed(command, stdin=None, ok=(0,)):
    """Wall and CPU (user + system) seconds of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:400]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def remove(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def fresh_workspace(path):
    remove(path)
    shutil.rmtree(path + ".backups", ignore_errors=True)
    subprocess.run([CLI, "init", path, "--languages", "en,es,fa"], check=True, stdout=subprocess.DEVNULL)


def schema_sql(workspace, where):
    """The CREATE statements of the schema objects a condition names, in the file's order."""
    out = subprocess.run(["sqlite3", workspace, f"SELECT sql || char(30) FROM sqlite_schema WHERE {where} ORDER BY rowid"],
                         check=True, capture_output=True, text=True).stdout
    return [sql.strip() for sql in out.split("\x1e") if sql.strip()]


def floor_sql(source):
    """The copy of `source`'s imported rows into a new workspace, arranged as the bulk path arranges it."""
    indexes = schema_sql(source, "type = 'index' AND sql IS NOT NULL AND tbl_name IN ('ledger_entry', 'bitext')")
    names = [sql.split()[2] for sql in indexes]
    lines = ["PRAGMA foreign_keys = ON;", "PRAGMA cache_size = -1048576;", f"ATTACH '{source}' AS s;", "BEGIN;",
             "DROP TRIGGER text_search_insert;",
             # The partners the import created, and their names, before the import's rows.
             "INSERT INTO bitext SELECT * FROM s.bitext WHERE owner_kind = 'partner';",
             "INSERT INTO bitext_version SELECT * FROM s.bitext_version WHERE text_id IN (SELECT id FROM main.bitext);",
             "INSERT INTO partner SELECT * FROM s.partner;"]
    lines += [f'DROP INDEX "{name}";' for name in names]
    lines += ["INSERT INTO bitext SELECT * FROM s.bitext WHERE owner_kind <> 'partner' ORDER BY id;",
              "INSERT INTO bitext_version SELECT * FROM s.bitext_version "
              "WHERE text_id NOT IN (SELECT id FROM s.bitext WHERE owner_kind = 'partner') ORDER BY id;",
              "INSERT INTO ledger_entry SELECT * FROM s.ledger_entry ORDER BY id;",
              "INSERT INTO ledger_chain SELECT * FROM s.ledger_chain ORDER BY position;",
              "INSERT INTO ledger_import_key SELECT * FROM s.ledger_import_key;",
              "INSERT INTO text_search(rowid, body, search_key) SELECT id, body, search_key FROM searchable_text ORDER BY id;",
              "INSERT INTO key_search(rowid, search_key) SELECT id, search_key FROM searchable_text ORDER BY id;"]
    lines += [sql + ";" for sql in indexes]
    lines += [sql + ";" for sql in schema_sql(source, "type = 'trigger' AND name = 'text_search_insert'")]
    lines += ["COMMIT;"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the workspaces written (some hundreds of MB)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="trellis-import-floor-")
    demo, csv = os.path.join(work, "demo.trellis"), os.path.join(work, "ledger.csv")
    subprocess.run([CLI, "demo", demo, "--entries", str(args.entries)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([CLI, "export", "ledger", demo, "--format", "csv", "--out", csv], check=True, stdout=subprocess.DEVNULL)
    imported, floor, plain = os.path.join(work, "imported.trellis"), os.path.join(work, "floor.trellis"), os.path.join(work, "plain.db")
    script = None
    ours, ours_cpu, low, low_cpu, ref, ref_cpu = [], [], [], [], [], []
    for _ in range(args.runs):
        fresh_workspace(imported)
        # Exit 3: the export's reversals are rejected as new entries; every row is still read and judged.
        wall, cpu = timed([CLI, "import", "ledger", imported, csv, "--create-partners"], ok=(0, 3))
        ours.append(wall), ours_cpu.append(cpu)
        if script is None:
            script = os.path.join(work, "floor.sql")
            with open(script, "w") as out:
                out.write(floor_sql(imported))
        fresh_workspace(floor)
        with open(script) as sql:
            wall, cpu = timed(["sqlite3", "-bail", floor], stdin=sql)
        low.append(wall), low_cpu.append(cpu)
        remove(plain)
        wall, cpu = timed(["sqlite3", plain, ".mode csv", f".import {csv} t"])
        ref.append(wall), ref_cpu.append(cpu)
    rows = args.entries
    m = statistics.median
    print(f"import of {rows:,} exported rows, {args.runs} alternating runs (medians; CPU = user + system):")
    print(f"  sqlite3 .import into one plain table : {m(ref):7.2f} s  ({m(ref_cpu):.2f} s CPU)  {rows / m(ref):>10,.0f} rows/s")
    print(f"  the floor: sqlite3 writing our rows  : {m(low):7.2f} s  ({m(low_cpu):.2f} s CPU)  {rows / m(low):>10,.0f} rows/s"
          f"  = {m(ref) / m(low):.3f}x .import's rate")
    print(f"  trellis-cli import ledger            : {m(ours):7.2f} s  ({m(ours_cpu):.2f} s CPU)  {rows / m(ours):>10,.0f} rows/s"
          f"  = {m(ref) / m(ours):.3f}x .import's rate, {m(low) / m(ours):.2f}x the floor's")
    if args.keep:
        print(f"  (files kept in {work})")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
