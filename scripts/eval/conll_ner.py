#!/usr/bin/env python3
"""Entity-mention precision and recall of `newskg extract` on the CoNLL-2003 test file.

CoNLL-2003 is evaluation-only data: nothing in newskg is trained on it. Each document is
rebuilt as text (tokens joined by spaces, one sentence per paragraph), run through
`newskg extract --format json`, and newskg's mentions are mapped to CoNLL types:
persons → PER; countries, territories, cities, regions → LOC; organisations, outlets,
agencies, armed groups and forces → ORG. Adjective and demonym mentions ("French",
"Nigeriens") are MISC in CoNLL and are left out. Spans must match exactly.

usage: scripts/eval/conll_ner.py [--bin PATH] [CONLL_TEST_FILE]
"""
import argparse, json, os, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora", "conll2003", "test.txt")
KIND = {"Person": "PER", "Country": "LOC", "City": "LOC", "Region": "LOC",
        "InternationalOrganization": "ORG", "ArmedGroup": "ORG", "ArmedForce": "ORG",
        "NewsOutlet": "ORG", "GovernmentAgency": "ORG", "Organization": "ORG"}


def docs(path):
    doc, sent = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent: doc.append(sent); sent = []
            if doc: yield doc
            doc = []
            continue
        if not line.strip():
            if sent: doc.append(sent); sent = []
            continue
        cols = line.split()
        sent.append((cols[0], cols[-1]))
    if sent: doc.append(sent)
    if doc: yield doc


def gold_spans(doc):
    text, spans, pos = [], set(), 0
    for sent in doc:
        cur = None
        for i, (tok, tag) in enumerate(sent):
            start = pos
            text.append(tok)
            pos += len(tok.encode("utf-8")) + 1
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
                if cur: spans.add(tuple(cur))
                cur = [start, start + len(tok.encode("utf-8")), tag[2:]]
            elif tag.startswith("I-"):
                cur[1] = start + len(tok.encode("utf-8"))
            else:
                if cur: spans.add(tuple(cur)); cur = None
        if cur: spans.add(tuple(cur))
        text[-1] += "\n"
        pos += 1  # the extra newline: one sentence per paragraph
    return " ".join(text).replace("\n ", "\n\n"), spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("file", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        print(f"skipping: {a.file} not found (CoNLL-2003 lives in ../shared)")
        return
    tp, fp, fn = Counter(), Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n, doc in enumerate(docs(a.file)):
            text, gold = gold_spans(doc)
            f = os.path.join(tmp, f"{n}.txt")
            open(f, "w", encoding="utf-8").write(text)
            out = subprocess.run([a.bin, "extract", "--format", "json", f], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"doc {n}: {out.stderr.strip()}", file=sys.stderr)
                continue
            x = json.loads(out.stdout)
            pred = set()
            for m in x["mentions"]:
                if m["form"] in ("adjective", "demonym"):
                    continue
                kind = KIND.get(x["actors"][m["actor"]]["kind"])
                if kind:
                    s, e = m["start"], m["end"]
                    if m["form"] == "title":  # the gold span is the name, not the title
                        words = m["text"].split()
                        name = " ".join(w for w in words if w[:1].isupper())
                        s = e - len(" ".join(words[-len(name.split()):]).encode("utf-8")) if name else s
                    pred.add((s, e, kind))
            for t in ("PER", "LOC", "ORG"):
                g = {x for x in gold if x[2] == t}
                p = {x for x in pred if x[2] == t}
                tp[t] += len(g & p); fp[t] += len(p - g); fn[t] += len(g - p)
    for t in ("PER", "LOC", "ORG", "all"):
        T = sum(tp.values()) if t == "all" else tp[t]
        F = sum(fp.values()) if t == "all" else fp[t]
        N = sum(fn.values()) if t == "all" else fn[t]
        p = T / (T + F) if T + F else 0.0
        r = T / (T + N) if T + N else 0.0
        print(f"{t}: precision {p:.3f} recall {r:.3f} (tp {T}, fp {F}, fn {N})")


if __name__ == "__main__":
    main()
