#!/usr/bin/env python3
"""The whole BBC corpus and the open evaluation set in a fresh store, then `newskg validate`.

Ingests ../shared/data/corpora/bbc/bbc_articles.jsonl and ../shared/eval/open/*.txt into a
new store with the release binary, validates the store against the built-in shapes
(ontology/shapes.ttl) and prints the verdict line and the times. Fails if the store does
not conform.

usage: benches/validate_corpus.py [--bin PATH] [--runs 3]
"""
import argparse, glob, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    bbc = os.path.join(SHARED, "data", "corpora", "bbc", "bbc_articles.jsonl")
    opens = sorted(glob.glob(os.path.join(SHARED, "eval", "open", "*.txt")))
    if not os.path.exists(bbc):
        print(f"skipping: {bbc} not found")
        return
    tmp = tempfile.mkdtemp(prefix="newskg-corpus-")
    try:
        store = os.path.join(tmp, "store")
        t = time.monotonic()
        subprocess.run([a.bin, "--store", store, "-q", "ingest", bbc, *opens], check=True)
        ingest = time.monotonic() - t
        times, verdict, code = [], "", 0
        for _ in range(a.runs):
            t = time.monotonic()
            p = subprocess.run([a.bin, "--store", store, "validate"], capture_output=True, text=True)
            times.append(time.monotonic() - t)
            verdict, code = (p.stdout.splitlines() or [""])[0], p.returncode
        articles = sum(1 for _ in open(bbc, encoding="utf-8"))
        print(f"store: {articles} BBC articles + {len(opens)} open-set articles, ingested in {ingest:.1f}s")
        print(f"newskg validate: {verdict}")
        print(f"newskg validate: {statistics.median(times):.2f}s (median of {a.runs})")
        if code != 0:
            sys.exit(f"the store does not conform (exit {code})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
