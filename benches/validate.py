#!/usr/bin/env python3
"""Time of `newskg validate` against pySHACL (the tests' oracle) on the same data and shapes.

Ingests the BBC corpus (../shared/data/corpora/bbc, every STEP-th article) into a fresh
store, exports its asserted triples as Turtle, then times, as medians of --runs runs each:
`newskg validate FILE` and `python -m pyshacl -s ontology/shapes.ttl -e ontology/newskg.ttl
FILE`, both as separate processes, and prints the ratio. Also times `newskg validate` on the
store itself.

usage: benches/validate.py [--bin PATH] [--runs 3] [--step 4] [BBC_JSONL]

pySHACL is the one in the tests' virtual environment (~/.cache/newskg/venv, made by
scripts/test-oracles): the script runs itself with that python when its own lacks pySHACL.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")


def timed(cmd, ok_codes=(0,)):
    t = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.monotonic() - t
    if p.returncode not in ok_codes:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
    return secs, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--step", type=int, default=4)
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f"skipping: {a.corpus} not found (the BBC corpus lives in ../shared)")
        return
    try:
        import pyshacl  # noqa: F401
    except ImportError:
        # pySHACL lives in the tests' virtual environment (scripts/test-oracles makes it).
        venv = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "newskg", "venv")
        python = os.path.join(venv, "bin", "python")
        if os.path.exists(python) and os.path.realpath(sys.prefix) != os.path.realpath(venv):
            os.execv(python, [python, *sys.argv])
        print("skipping: pyshacl is not installed (scripts/test-oracles installs it into ~/.cache/newskg/venv)")
        return
    tmp = tempfile.mkdtemp(prefix="newskg-validate-")
    try:
        lines = open(a.corpus, encoding="utf-8").read().splitlines()[:: a.step]
        sample = os.path.join(tmp, "sample.jsonl")
        open(sample, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        store = os.path.join(tmp, "store")
        subprocess.run([a.bin, "--store", store, "-q", "ingest", sample], check=True)
        data = os.path.join(tmp, "data.ttl")
        subprocess.run([a.bin, "--store", store, "export", "--no-entailment", "-o", data], check=True)
        triples = sum(1 for _ in subprocess.run([a.bin, "--store", store, "export", "--no-entailment", "--format", "ntriples"], capture_output=True, text=True, check=True).stdout.splitlines())
        ours, theirs, on_store = [], [], []
        verdict = ""
        for _ in range(a.runs):
            s, out = timed([a.bin, "validate", data], ok_codes=(0, 1))
            ours.append(s)
            verdict = out.splitlines()[0] if out else ""
            s, _ = timed([a.bin, "--store", store, "validate"], ok_codes=(0, 1))
            on_store.append(s)
            s, _ = timed([sys.executable, "-m", "pyshacl", "-s", os.path.join(ROOT, "ontology", "shapes.ttl"),
                          "-e", os.path.join(ROOT, "ontology", "newskg.ttl"), "-f", "turtle", data], ok_codes=(0, 1))
            theirs.append(s)
        o, t, st = statistics.median(ours), statistics.median(theirs), statistics.median(on_store)
        print(f"data: {len(lines)} BBC articles, {triples} asserted triples; newskg: {verdict}")
        print(f"newskg validate FILE: {o:.2f}s; newskg validate (store): {st:.2f}s; pyshacl FILE: {t:.2f}s; "
              f"pyshacl takes {t / o:.1f}x as long (medians of {a.runs})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
