#!/usr/bin/env python3
"""The 1k-entry ledger review as PDF: Trellis's own writer against LibreOffice converting our HTML of
the same report, and headless Chromium printing that HTML, in one run. Prints medians and ratios.
Optionally (--million) the 1M-entry review's time and peak RSS against the empty workspace's.

Usage: tests/bench/report_pdf_bench.py [--runs N] [--entries N] [--million]   (from the checkout, after make)
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

CLI = os.path.abspath("build/src/cli/trellis-cli")


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def peak_rss_mib(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, check=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024


def report(workspace, fmt, out):
    return [CLI, "report", workspace, "ledger", "--languages", "fa,es", "--format", fmt, "--out", out]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--million", action="store_true")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="trellis-report-bench-")
    try:
        ws = os.path.join(work, "demo.trellis")
        subprocess.run([CLI, "demo", ws, "--entries", str(args.entries)], check=True, stdout=subprocess.DEVNULL)
        html = os.path.join(work, "review.html")
        subprocess.run(report(ws, "html", html), check=True, stdout=subprocess.DEVNULL)
        profile = "file://" + os.path.join(work, "lo-profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                        "--outdir", os.path.join(work, "warm"), html], check=True, capture_output=True)  # profile set-up

        ours, office, chrome = [], [], []
        for i in range(args.runs):
            ours.append(timed(report(ws, "pdf", os.path.join(work, f"ours-{i}.pdf"))))
            office.append(timed(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                                 "--outdir", os.path.join(work, f"lo-{i}"), html]))
            if shutil.which("chromium"):
                chrome.append(timed(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                     "--user-data-dir=" + os.path.join(work, "chrome"),
                                     "--print-to-pdf=" + os.path.join(work, f"chrome-{i}.pdf"), "file://" + html]))
        m_ours = statistics.median(ours)
        print(f"ledger review, {args.entries} entries, fa-es, {args.runs} runs (medians):")
        print(f"  trellis-cli report --format pdf : {m_ours:.3f} s (includes opening the workspace and building the report)")
        print(f"  soffice --convert-to pdf (HTML) : {statistics.median(office):.3f} s  ratio {statistics.median(office) / m_ours:.1f}x")
        if chrome:
            print(f"  chromium --print-to-pdf (HTML)  : {statistics.median(chrome):.3f} s  ratio {statistics.median(chrome) / m_ours:.1f}x")
        else:
            print("  chromium: not installed")

        if args.million:
            empty = os.path.join(work, "empty.trellis")
            subprocess.run([CLI, "init", empty, "--languages", "fa,es"], check=True, stdout=subprocess.DEVNULL)
            big = os.path.join(work, "million.trellis")
            subprocess.run([CLI, "demo", big, "--entries", "1000000"], check=True, stdout=subprocess.DEVNULL)
            base = peak_rss_mib(report(empty, "pdf", os.path.join(work, "empty.pdf")))
            start = time.perf_counter()
            peak = peak_rss_mib(report(big, "pdf", os.path.join(work, "million.pdf")))
            took = time.perf_counter() - start
            print(f"1M-entry ledger review as PDF: {took:.1f} s, peak RSS {peak:.0f} MiB; empty workspace {base:.0f} MiB;"
                  f" difference {peak - base:.0f} MiB (goal <= 150)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
