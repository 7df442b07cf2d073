"""Trellis benchmarks: medians over repeated runs, each against a reference measured in the same run.

Run through tests/bench/run.sh (or `make bench`). Needs the build in build/ with
-DTRELLIS_BUILD_BENCH=ON, plus sqlite3 and hledger (installed by scripts/deps.sh).
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("TRELLIS_BUILD_DIR", os.path.join(ROOT, "build"))  # the ctest smoke run passes its own
CLI = os.path.join(BUILD, "src", "cli", "trellis-cli")
GUI = os.path.join(BUILD, "src", "gui", "trellis")
BARE = os.path.join(BUILD, "tests", "bench", "bare_window")
SEARCH = os.path.join(BUILD, "tests", "bench", "search_bench")
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")

# The reference for `trellis-cli balance --json`, written by hand: one GROUP BY pass over the posted
# entries (funds count once both sides' latest word is an approval, a reversal counts on its
# original's day and cancels it), folded per partner and unit; then every partner's narrative-only
# entries (no unit, neither reversed nor a reversal) with their original text.
DISBURSED = ("(SELECT a.action FROM funds_approval a WHERE a.entry_id = ifnull(e.reverses_id, e.id) "
             "AND a.partner_id = e.{side} ORDER BY a.id DESC LIMIT 1) = 'approve'")
BALANCES_SQL = (
    "WITH cell AS MATERIALIZED (SELECT e.from_partner_id AS f, e.to_partner_id AS t, e.unit AS unit, "
    "sum(CASE WHEN e.kind <> 'funds' THEN e.quantity ELSE 0 END) AS other, "
    "sum(CASE WHEN e.kind = 'funds' THEN e.quantity ELSE 0 END) AS proposed, "
    f"sum(CASE WHEN e.kind = 'funds' AND {DISBURSED.format(side='from_partner_id')} "
    f"AND {DISBURSED.format(side='to_partner_id')} THEN e.quantity ELSE 0 END) AS disbursed, "
    "sum(CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END) AS n "
    "FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
    "WHERE e.status = 'posted' AND e.unit <> '' "
    "AND ifnull(o.occurred_on, e.occurred_on) BETWEEN '0000-01-01' AND '9999-12-31' GROUP BY 1, 2, 3) "
    "SELECT partner, unit, sum(given), sum(received), sum(pg), sum(pr), sum(dg), sum(dr), sum(n) FROM ("
    "SELECT f AS partner, unit, other + disbursed AS given, 0 AS received, proposed AS pg, 0 AS pr, "
    "disbursed AS dg, 0 AS dr, n FROM cell UNION ALL "
    "SELECT t, unit, 0, other + disbursed, 0, proposed, 0, disbursed, n FROM cell) "
    "GROUP BY partner, unit ORDER BY partner, unit;")
NARRATIVES_SQL = (
    "SELECT p.id AS partner, e.id, e.occurred_on, e.from_partner_id, e.to_partner_id, e.kind, "
    "ifnull(b.original_lang, ''), ifnull(v.body, '') FROM ledger_entry e "
    "JOIN partner p ON p.id IN (e.from_partner_id, e.to_partner_id) "
    "LEFT JOIN bitext b ON b.id = e.narrative_text_id "
    "LEFT JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' "
    "WHERE e.status = 'posted' AND e.unit = '' AND e.reverses_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id) "
    "ORDER BY p.id, e.occurred_on, e.id;")
# The previous reference, for comparison only: sums without consent, reversals or narratives.
BARE_GROUP_BY = ("SELECT from_partner_id, to_partner_id, unit, sum(quantity), count(*) FROM ledger_entry "
                 "WHERE status = 'posted' GROUP BY 1, 2, 3")


def run(cmd, check=True, stdout=subprocess.DEVNULL):
    """Runs cmd, returns (seconds, completed process)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=ENV, stdout=stdout, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:400]}")
    return elapsed, proc


def median_time(cmd, repeat, prepare=None, ok_codes=(0,)):
    times = []
    for _ in range(repeat):
        if prepare:
            prepare()
        elapsed, proc = run(cmd, check=False)
        if proc.returncode not in ok_codes:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:400]}")
        times.append(elapsed)
    return statistics.median(times)


def peak_rss_kib(cmd):
    _, proc = run(["/usr/bin/time", "-f", "%M"] + cmd)
    return int(proc.stderr.decode().strip().splitlines()[-1])


def gui_supports(option):
    _, proc = run([GUI, "--help"], check=False, stdout=subprocess.PIPE)
    return option in proc.stdout.decode()


SCROLL_END = False  # set in main(): whether `trellis --help` lists --scroll-end


def supports_option(subcommand, option):
    _, proc = run([CLI, "--help"], check=False, stdout=subprocess.PIPE)
    return any(line.strip().startswith(subcommand) and option in line for line in proc.stdout.decode().splitlines())


def supports(subcommand):
    _, proc = run([CLI, "--help"], check=False, stdout=subprocess.PIPE)
    return any(line.strip().startswith(subcommand) for line in proc.stdout.decode().splitlines())


class Table:
    def __init__(self):
        self.rows = []

    def add(self, size, name, value, unit, reference, ratio, goal, holds):
        self.rows.append((size, name, value, unit, reference, ratio, goal, holds))
        print(f"  {name:<34} {value:>10} {unit:<6} ref {reference:>10}  ratio {ratio:>7}  goal {goal:<10} "
              f"{'ok' if holds else 'MISS' if holds is not None else ''}", flush=True)


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def memory_gib():
    with open("/proc/meminfo") as meminfo:
        return int(meminfo.readline().split()[1]) / 1024 / 1024


def fmt(x, digits=3):
    return f"{x:.{digits}f}"


def bench_size(n, work, table, growth):
    print(f"\n== {n:,} ledger entries ==", flush=True)
    ws = os.path.join(work, f"demo-{n}.trellis")
    reps = 5 if n <= 100_000 else 3
    t, _ = run([CLI, "demo", ws, "--entries", str(n)])
    if n >= 1_000_000:
        table.add(n, "demo workspace written (1M)", fmt(t, 1), "s", "-", "-", "< 90 s", t < 90 * n / 1_000_000)
    else:
        table.add(n, "(info) demo workspace written", fmt(t, 1), "s", "-", "-", "-", None)

    # Search: store::search against the bare trigram MATCH it is built on, in one process.
    _, proc = run([SEARCH, ws, "recife", "sergei", "strike fund", "tehran"], stdout=subprocess.PIPE)
    for line in proc.stdout.decode().splitlines():
        r = json.loads(line)
        ratio = r["ours_ms"] / max(r["raw_ms"], 1e-6)
        table.add(n, f"search '{r['query']}' ({r['hits']} hits)", fmt(r["ours_ms"], 2), "ms", fmt(r["raw_ms"], 2),
                  fmt(ratio, 2), "<= 2x", ratio <= 2.0)
        growth.setdefault(f"search '{r['query']}'", {})[n] = r["ours_ms"]

    # Balances: trellis-cli balance vs hledger on the exported journal, and vs hand-written SQL in sqlite3
    # that yields the same output set (per partner and unit: given, received, funds proposed and
    # disbursed, entries; and each partner's narrative-only entries with their text), as JSON.
    ref_sql = median_time(["sqlite3", "-readonly", "-json", ws, BALANCES_SQL, NARRATIVES_SQL], reps)
    bare_sql = median_time(["sqlite3", "-readonly", ws, BARE_GROUP_BY], reps)
    if supports("balance") and supports("export"):
        journal = os.path.join(work, f"demo-{n}.journal")
        run([CLI, "export", "ledger", ws, "--format", "hledger", "--out", journal])
        ours = median_time([CLI, "balance", ws, "--json"], reps)
        ratio = ours / ref_sql
        table.add(n, "balances vs the same in SQL", fmt(ours), "s", fmt(ref_sql), fmt(ratio, 2), "<= 2x", ratio <= 2.0)
        table.add(n, "(info) vs a bare GROUP BY", fmt(ours), "s", fmt(bare_sql), fmt(ours / bare_sql, 2), "-", None)
        hl = median_time(["hledger", "-f", journal, "balance"], 1 if n >= 1_000_000 else 3)
        table.add(n, "(info) full balances vs hledger (speed-up)", fmt(ours), "s", fmt(hl), fmt(hl / ours, 1), "-", None)
        growth.setdefault("balances", {})[n] = ours
        if supports_option("balance", "--totals"):
            # The same output as hledger's: per partner and unit, totals only (no narrative list).
            totals = median_time([CLI, "balance", ws, "--totals"], reps)
            speedup = hl / totals
            table.add(n, "balance --totals vs hledger (speed-up)", fmt(totals), "s", fmt(hl), fmt(speedup, 1), ">= 20x",
                      speedup >= 20)
            growth.setdefault("balance --totals", {})[n] = totals
    else:
        print("  balances: trellis-cli balance/export not available in this build", flush=True)

    # Import: rows per second against sqlite3's .import of the same CSV into a plain table.
    if supports("import") and supports("export"):
        csv = os.path.join(work, f"demo-{n}.csv")
        run([CLI, "export", "ledger", ws, "--format", "csv", "--out", csv])
        rows = n
        target = os.path.join(work, f"import-{n}.trellis")

        def fresh_target():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(target + suffix):
                    os.remove(target + suffix)
            shutil.rmtree(target + ".backups", ignore_errors=True)
            run([CLI, "init", target, "--languages", "en,es,fa"])

        # Exit 3: some rows were rejected (the export's reversals cannot be imported as new entries);
        # the rate counts every row read, as the import reads and judges each one.
        ours = median_time([CLI, "import", "ledger", target, csv, "--create-partners"], 1 if n >= 1_000_000 else 3,
                           fresh_target, ok_codes=(0, 3))
        ref_db = os.path.join(work, "reference.db")

        def fresh_ref():
            if os.path.exists(ref_db):
                os.remove(ref_db)

        ref = median_time(["sqlite3", ref_db, ".mode csv", f".import {csv} t"], 3, fresh_ref)
        ratio = (rows / ours) / (rows / ref)
        table.add(n, "import rate vs sqlite3 .import", f"{rows / ours:,.0f}", "rows/s", f"{rows / ref:,.0f}",
                  fmt(ratio, 2), ">= 0.25x", ratio >= 0.25)
        growth.setdefault("import (per row)", {})[n] = ours / rows
        if n <= 100_000 and supports_option("import", "--path"):
            # The row-by-row path on the same file, for the before/after comparison.
            by_row = median_time([CLI, "import", "ledger", target, csv, "--create-partners", "--path", "rows"], 3,
                                 fresh_target, ok_codes=(0, 3))
            table.add(n, "(info) row-by-row import vs the bulk path", f"{rows / by_row:,.0f}", "rows/s",
                      f"{rows / ours:,.0f}", fmt(ours / by_row, 2), "-", None)
    else:
        print("  import: trellis-cli import/export not available in this build", flush=True)

    # GUI start-up to a painted window, and its memory. The first open of a day runs quick_check
    # over every page and writes the daily backup: timed once, apart, as it is by design.
    png = os.path.join(work, "grab.png")
    first, _ = run(gui_command(ws, png))
    print(f"  (first open of the day, with quick_check and the daily backup: {first:.2f} s)", flush=True)
    gui = median_time(gui_command(ws, png), reps)
    growth.setdefault("GUI start-up", {})[n] = gui
    rss = peak_rss_kib(gui_command(ws, png, scroll=True))
    if SCROLL_END:
        scrolled = median_time(gui_command(ws, png, scroll=True), 3)
        growth.setdefault("GUI start-up, scrolled to the end", {})[n] = scrolled
        table.add(n, "(info) start-up scrolled to the end", fmt(scrolled), "s", fmt(gui), fmt(scrolled / gui, 2), "-",
                  None)
    return gui, rss


def gui_command(ws, png, scroll=False):
    cmd = [GUI, "--workspace", ws, "--section", "ledger", "--grab", png]
    return cmd + ["--scroll-end"] if scroll and SCROLL_END else cmd


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    for tool in (CLI, GUI, BARE, SEARCH):
        if not os.path.exists(tool):
            sys.exit(f"missing {tool}: build with `make bench` (cmake -DTRELLIS_BUILD_BENCH=ON)")
    global SCROLL_END
    SCROLL_END = gui_supports("--scroll-end")
    started = time.perf_counter()
    table = Table()
    growth = {}
    with tempfile.TemporaryDirectory(prefix="trellis-bench-") as work:
        empty = os.path.join(work, "empty.trellis")
        run([CLI, "init", empty, "--languages", "en,es"])
        png = os.path.join(work, "grab.png")
        run(gui_command(empty, png))  # the first open of the day: quick_check and the daily backup
        empty_gui = median_time(gui_command(empty, png), 5)
        bare = median_time([BARE, "--grab", png], 5)
        empty_rss = peak_rss_kib(gui_command(empty, png, scroll=True))
        # The start-up reference with the same scripts on screen: the 300-entry demo workspace.
        small = os.path.join(work, "demo-300.trellis")
        run([CLI, "demo", small, "--entries", "300"])
        run(gui_command(small, png))  # its first open of the day
        small_gui = median_time(gui_command(small, png), 5)
        print(f"machine: {os.cpu_count()} cores, {memory_gib():.0f} GiB, load average {load()}; "
              f"empty workspace start-up {empty_gui:.3f} s, 300-entry demo {small_gui:.3f} s, bare QMainWindow {bare:.3f} s, "
              f"empty RSS {empty_rss / 1024:.1f} MiB; peak RSS measured "
              f"{'after --scroll-end (ledger scrolled to its last row)' if SCROLL_END else 'without --scroll-end (this trellis has no such option): first page only'}",
              flush=True)
        for n in sizes:
            gui, rss = bench_size(n, work, table, growth)
            # The references again, right after: the load on a shared machine drifts within a run.
            empty_gui = median_time(gui_command(empty, png), 5)
            small_gui = median_time(gui_command(small, png), 5)
            bare = median_time([BARE, "--grab", png], 5)
            table.add(n, "GUI start-up vs 300-entry demo", fmt(gui), "s", fmt(small_gui), fmt(gui / small_gui, 2),
                      "<= 1.2x", gui / small_gui <= 1.2)
            table.add(n, "(info) GUI start-up vs empty workspace", fmt(gui), "s", fmt(empty_gui),
                      fmt(gui / empty_gui, 2), "-", None)
            table.add(n, "GUI start-up vs bare QMainWindow", fmt(gui), "s", fmt(bare), fmt(gui / bare, 2), "<= 2x",
                      gui / bare <= 2.0)
            extra = (rss - empty_rss) / 1024
            table.add(n, "peak RSS over empty workspace" + (" (scrolled to end)" if SCROLL_END else " (first page)"),
                      f"{extra:.1f}", "MiB", f"{empty_rss / 1024:.1f}", "-", "<= +50MiB", extra <= 50)
            print(f"  (size done after {time.perf_counter() - started:.0f} s in all; load average {load()})", flush=True)
    if len(sizes) > 1:
        print("\n== growth from the smallest to the largest size ==")
        first, last = sizes[0], sizes[-1]
        for name, values in growth.items():
            if first in values and last in values and values[first] > 0:
                print(f"  {name:<34} x{values[last] / values[first]:.2f} for x{last / first:.0f} entries")
    print("\n| size | measurement | ours | unit | reference | ratio | goal | holds |\n|---|---|---|---|---|---|---|---|")
    for size, name, value, unit, reference, ratio, goal, holds in table.rows:
        verdict = "" if holds is None else "yes" if holds else "**no**"
        print(f"| {size:,} | {name} | {value} | {unit} | {reference} | {ratio} | {goal} | {verdict} |")
    print(f"\nwhole run: {time.perf_counter() - started:.0f} s; load average at the end {load()}")
    print("\n" + json.dumps({"rows": table.rows}, ensure_ascii=False))


if __name__ == "__main__":
    main()
