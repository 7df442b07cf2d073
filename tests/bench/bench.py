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
BUILD = os.path.join(ROOT, "build")
CLI = os.path.join(BUILD, "src", "cli", "trellis-cli")
GUI = os.path.join(BUILD, "src", "gui", "trellis")
BARE = os.path.join(BUILD, "tests", "bench", "bare_window")
SEARCH = os.path.join(BUILD, "tests", "bench", "search_bench")
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")


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


def fmt(x, digits=3):
    return f"{x:.{digits}f}"


def bench_size(n, work, table, growth):
    print(f"\n== {n:,} ledger entries ==", flush=True)
    ws = os.path.join(work, f"demo-{n}.trellis")
    reps = 5 if n <= 100_000 else 3
    t, _ = run([CLI, "demo", ws, "--entries", str(n)])
    print(f"  (demo workspace written in {t:.1f} s)", flush=True)

    # Search: store::search against the bare trigram MATCH it is built on, in one process.
    _, proc = run([SEARCH, ws, "recife", "sergei", "strike fund", "tehran"], stdout=subprocess.PIPE)
    for line in proc.stdout.decode().splitlines():
        r = json.loads(line)
        ratio = r["ours_ms"] / max(r["raw_ms"], 1e-6)
        table.add(n, f"search '{r['query']}' ({r['hits']} hits)", fmt(r["ours_ms"], 2), "ms", fmt(r["raw_ms"], 2),
                  fmt(ratio, 2), "<= 2x", ratio <= 2.0)
        growth.setdefault(f"search '{r['query']}'", {})[n] = r["ours_ms"]

    # Balances: trellis-cli balance vs hledger on the exported journal and a hand-written GROUP BY.
    group_by = ("SELECT from_partner_id, to_partner_id, unit, sum(quantity), count(*) FROM ledger_entry "
                "WHERE status = 'posted' GROUP BY 1, 2, 3")
    ref_sql = median_time(["sqlite3", ws, group_by], reps)
    if supports("balance") and supports("export"):
        journal = os.path.join(work, f"demo-{n}.journal")
        run([CLI, "export", "ledger", ws, "--format", "hledger", "--out", journal])
        ours = median_time([CLI, "balance", ws, "--json"], reps)
        ratio = ours / ref_sql
        table.add(n, "balances vs GROUP BY", fmt(ours), "s", fmt(ref_sql), fmt(ratio, 2), "<= 2x", ratio <= 2.0)
        hl = median_time(["hledger", "-f", journal, "balance"], 1 if n >= 1_000_000 else 3)
        speedup = hl / ours
        table.add(n, "balances vs hledger (speed-up)", fmt(ours), "s", fmt(hl), fmt(speedup, 1), ">= 20x", speedup >= 20)
        growth.setdefault("balances", {})[n] = ours
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
                  fmt(ratio, 2), ">= 0.5x", ratio >= 0.5)
        growth.setdefault("import (per row)", {})[n] = ours / rows
    else:
        print("  import: trellis-cli import/export not available in this build", flush=True)

    # GUI start-up to a painted window, and its memory.
    png = os.path.join(work, "grab.png")
    gui = median_time([GUI, "--workspace", ws, "--section", "ledger", "--grab", png], reps)
    growth.setdefault("GUI start-up", {})[n] = gui
    rss = peak_rss_kib([GUI, "--workspace", ws, "--section", "ledger", "--grab", png])
    return gui, rss


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    for tool in (CLI, GUI, BARE, SEARCH):
        if not os.path.exists(tool):
            sys.exit(f"missing {tool}: build with `make bench` (cmake -DTRELLIS_BUILD_BENCH=ON)")
    table = Table()
    growth = {}
    with tempfile.TemporaryDirectory(prefix="trellis-bench-") as work:
        empty = os.path.join(work, "empty.trellis")
        run([CLI, "init", empty, "--languages", "en,es"])
        png = os.path.join(work, "grab.png")
        empty_gui = median_time([GUI, "--workspace", empty, "--section", "ledger", "--grab", png], 5)
        bare = median_time([BARE, "--grab", png], 5)
        empty_rss = peak_rss_kib([GUI, "--workspace", empty, "--section", "ledger", "--grab", png])
        print(f"machine: {os.cpu_count()} cores; empty workspace start-up {empty_gui:.3f} s, bare QMainWindow {bare:.3f} s, "
              f"empty RSS {empty_rss / 1024:.1f} MiB", flush=True)
        for n in sizes:
            gui, rss = bench_size(n, work, table, growth)
            table.add(n, "GUI start-up vs empty workspace", fmt(gui), "s", fmt(empty_gui), fmt(gui / empty_gui, 2),
                      "<= 1.2x", gui / empty_gui <= 1.2)
            table.add(n, "GUI start-up vs bare QMainWindow", fmt(gui), "s", fmt(bare), fmt(gui / bare, 2), "<= 2x",
                      gui / bare <= 2.0)
            extra = (rss - empty_rss) / 1024
            table.add(n, "peak RSS over empty workspace", f"{extra:.1f}", "MiB", f"{empty_rss / 1024:.1f}", "-",
                      "<= +50MiB", extra <= 50)
    if len(sizes) > 1:
        print("\n== growth from the smallest to the largest size ==")
        first, last = sizes[0], sizes[-1]
        for name, values in growth.items():
            if first in values and last in values and values[first] > 0:
                print(f"  {name:<34} x{values[last] / values[first]:.2f} for x{last / first:.0f} entries")
    print("\n" + json.dumps({"rows": table.rows}, ensure_ascii=False))


if __name__ == "__main__":
    main()
