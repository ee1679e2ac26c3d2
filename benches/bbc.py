#!/usr/bin/env python3
"""End-to-end throughput of newskg on the BBC corpus (../shared/data/corpora/bbc), with
Oxigraph's bulk loader alone on the same quads as the baseline, measured in one run.

Prints, as medians of --runs runs: articles/s, MB/s, triples/s and peak RSS for ingesting
the corpus into a fresh on-disk store; the time of a second run over the unchanged corpus
(and its ratio to the first); the peak RSS for the corpus repeated ten times; and the
store-write phase of newskg against `newskg load` (Oxigraph's bulk loader) on the N-Quads
exported from that store.

usage: benches/bbc.py [--bin PATH] [--runs 3] [BBC_JSONL]
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (seconds, peak RSS in MB, stderr)."""
    t = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "RSS %M"] + cmd, capture_output=True, text=True)
    secs = time.monotonic() - t
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr}")
    rss = int(re.search(r"RSS (\d+)", p.stderr).group(1)) / 1024
    return secs, rss, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f"skipping: {a.corpus} not found (the BBC corpus lives in ../shared)")
        return
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (Debian package 'time')")
    articles = sum(1 for _ in open(a.corpus, encoding="utf-8"))
    mb = os.path.getsize(a.corpus) / 1e6
    tmp = tempfile.mkdtemp(prefix="newskg-bench-")
    try:
        first, second, plain, rss, writes, triples, entailed = [], [], [], [], [], 0, 0
        for r in range(a.runs):
            store = os.path.join(tmp, f"s{r}")
            secs, peak, err = timed([a.bin, "--store", store, "ingest", a.corpus])
            first.append(secs); rss.append(peak)
            triples = int(re.search(r"(\d+) triples", err).group(1))
            entailed = int(re.search(r"\+(\d+) entailed", err).group(1))
            writes.append(float(re.search(r"store writes ([0-9.]+)s", err).group(1)))
            secs2, _, _ = timed([a.bin, "--store", store, "ingest", a.corpus])
            second.append(secs2)
            # The same without RDFS entailment, as the baseline for its cost.
            secs3, _, _ = timed([a.bin, "--store", os.path.join(tmp, f"p{r}"), "ingest", "--no-entailment", a.corpus])
            plain.append(secs3)
        f, s, p = statistics.median(first), statistics.median(second), statistics.median(plain)
        print(f"corpus: {articles} articles, {mb:.1f} MB, {triples} triples (+{entailed} entailed)")
        print(f"ingest (fresh store), median of {a.runs}: {f:.2f}s = {articles / f:.0f} articles/s, {mb / f:.2f} MB/s, {triples / f:.0f} triples/s; peak RSS {statistics.median(rss):.0f} MB")
        print(f"ingest --no-entailment: {p:.2f}s = {articles / p:.0f} articles/s; with entailment takes {f / p:.2f}x as long")
        print(f"second run over the unchanged corpus: {s:.2f}s = {100 * s / f:.1f}% of the first")
        triples += entailed

        # Baseline: Oxigraph's bulk loader alone on the same quads.
        nq = os.path.join(tmp, "all.nq")
        subprocess.run([a.bin, "--store", os.path.join(tmp, "s0"), "export", "--format", "nquads", "-o", nq], check=True)
        loads = []
        for r in range(a.runs):
            secs, _, _ = timed([a.bin, "--store", os.path.join(tmp, f"l{r}"), "load", nq])
            loads.append(secs)
        w, l = statistics.median(writes), statistics.median(loads)
        print(f"store writes inside ingest: {w:.2f}s = {triples / w:.0f} quads/s; bulk loader alone (newskg load, incl. parsing): {l:.2f}s = {triples / l:.0f} quads/s; ratio {l / w:.2f}x")

        # The corpus ten times (distinct titles, so ten times the articles).
        big = os.path.join(tmp, "x10.jsonl")
        with open(big, "w", encoding="utf-8") as out:
            for k in range(10):
                for line in open(a.corpus, encoding="utf-8"):
                    d = json.loads(line)
                    d["title"] = f"{d.get('title', '')} [copy {k}]"
                    out.write(json.dumps(d) + "\n")
        secs, peak, err = timed([a.bin, "--store", os.path.join(tmp, "x10"), "ingest", big])
        print(f"corpus x10: {articles * 10} articles in {secs:.2f}s = {articles * 10 / secs:.0f} articles/s; peak RSS {peak:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
