#!/usr/bin/env python3
"""Prints newskg's claims for a random sample of BBC politics articles, one line per claim
with its sentence, for judging by hand (the BBC text is evaluation-only and is not
committed). Seeded, so the same sample comes back.

usage: scripts/eval/bbc_sample.py [--bin PATH] [--n 20] [--seed 7] [BBC_JSONL]
"""
import argparse, json, os, random, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("file", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        print(f"skipping: {a.file} not found (the BBC corpus lives in ../shared)")
        return
    arts = [json.loads(l) for l in open(a.file, encoding="utf-8")]
    pol = [x for x in arts if x.get("category") == "politics"]
    sample = random.Random(a.seed).sample(pol, a.n)
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for art in sample:
            f = os.path.join(tmp, "a.txt")
            open(f, "w", encoding="utf-8").write(art["title"] + "\n\n" + art["text"])
            x = json.loads(subprocess.run([a.bin, "extract", f], capture_output=True, text=True, check=True).stdout)
            text = open(f, encoding="utf-8").read().encode("utf-8")
            print(f"=== {art['id']}: {art['title']}")
            A = x["actors"]
            for e in x["events"]:
                total += 1
                forces = [x["forces"][i]["text"] + "[" + "+".join(A[o]["label"] for o in x["forces"][i]["owners"]) + "]" for i in e["forces"]]
                names = lambda v: "+".join(A[i]["label"] for i in v)
                ctx = text[max(0, e["trigger_start"] - 90):e["trigger_end"] + 60].decode("utf-8", "replace").replace("\n", " ")
                print(f"  {e['event_type']:<11} {e['status']:<10} trig={e['trigger']!r} agent={names(e['agents'])} forces={forces} country={names(e['countries'])}\n      …{ctx}…")
    print(f"{total} claims in {a.n} articles")


if __name__ == "__main__":
    main()
