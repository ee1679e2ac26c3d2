#!/usr/bin/env python3
"""A/B throughput: two newskg binaries ingest the same corpus into fresh stores, alternately,
so both see the same machine load; prints each one's median seconds, articles/s and peak
RSS, and the ratio B/A. For "is this change slower?": A is a build of the previous commit.

usage: benches/ab.py --a OLD_BINARY --b NEW_BINARY [--runs 3] [CORPUS.jsonl]
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")


def ingest(binary, corpus):
    d = tempfile.mkdtemp()
    try:
        t = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "RSS %M", binary, "--store", os.path.join(d, "s"),
                            "-q", "ingest", corpus], capture_output=True, text=True)
        secs = time.monotonic() - t
        if p.returncode != 0:
            sys.exit(f"{binary} failed: {p.stderr}")
        return secs, int(re.search(r"RSS (\d+)", p.stderr).group(1)) / 1024
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", required=True)
    ap.add_argument("--b", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    n = sum(1 for line in open(a.corpus) if line.strip())
    res = {"A": [], "B": []}
    for _ in range(a.runs):
        for k, b in (("A", a.a), ("B", a.b)):
            res[k].append(ingest(b, a.corpus))
    med = {}
    for k in ("A", "B"):
        s = statistics.median(x[0] for x in res[k])
        rss = statistics.median(x[1] for x in res[k])
        med[k] = s
        print(f"{k}: {s:.2f} s, {n / s:.0f} articles/s, peak RSS {rss:.0f} MB (median of {a.runs})")
    print(f"throughput B/A: {med['A'] / med['B']:.2f}")


if __name__ == "__main__":
    main()
