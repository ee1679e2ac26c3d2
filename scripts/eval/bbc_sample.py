#!/usr/bin/env python3
"""Prints newskg's claims for a random sample of BBC politics articles, one line per claim
with its sentence, for judging by hand (the BBC text is evaluation-only and is not
committed). Seeded, so the same sample comes back.

usage: scripts/eval/bbc_sample.py [--bin PATH] [--n 20] [--seed 7] [--categories politics]
                                  [--full] [BBC_JSONL]

--categories takes a comma-separated list (politics,business); --full prints each article's
text before its claims and every filled role, for a judge who reads the whole article.
"""
import argparse, json, os, random, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora", "bbc", "bbc_articles.jsonl")


def draw(path, categories, n, seed):
    """The seeded sample: `n` articles of the comma-separated categories."""
    arts = [json.loads(l) for l in open(path, encoding="utf-8")]
    cats = set(categories.split(","))
    return random.Random(seed).sample([x for x in arts if x.get("category") in cats], n)


def names(x, v):
    return "+".join(x["actors"][i]["label"] for i in v)


def forces_of(x, e):
    A = x["actors"]
    return [x["forces"][i]["text"] + "[" + "+".join(A[o]["label"] for o in x["forces"][i]["owners"]) + "]" for i in e["forces"]]


def short_line(e, x):
    """One claim on one line, for a quick read."""
    return (f"{e['event_type']:<11} {e['status']:<10} trig={e['trigger']!r} agent={names(x, e['agents'])} "
            f"forces={forces_of(x, e)} country={names(x, e['countries'])}")


def claim_lines(e, x):
    """A claim as a judge reads it: its head line (type, status, trigger, sentence) and every
    filled role. Judged labels (eval/judged/) are keyed by these two lines."""
    A = x["actors"]
    roles = [f"agent={names(x, e['agents'])}", f"forces={forces_of(x, e)}"]
    for r in ("participants", "affected", "location", "origin", "destination"):
        if e.get(r):
            roles.append(f"{r}={names(x, e[r])}")
    roles.append(f"country={names(x, e['countries'])}")
    if e.get("when"):
        roles.append(f"when={e['when'].get('text') or e['when']}")
    if e.get("attribution") is not None:
        att = e["attribution"]
        who = A[att["actor"]]["label"] if att.get("actor") is not None else "-"
        roles.append(f"said_by={att.get('text')!r} ({who})")
    head = f"{e['event_type']} / {e['status']} / trigger {e['trigger']!r} (sentence {e['sentence']})"
    return head, "; ".join(roles)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--categories", default="politics")
    ap.add_argument("--full", action="store_true")
    ap.add_argument("file", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        print(f"skipping: {a.file} not found (the BBC corpus lives in ../shared)")
        return
    sample = draw(a.file, a.categories, a.n, a.seed)
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for art in sample:
            f = os.path.join(tmp, "a.txt")
            open(f, "w", encoding="utf-8").write(art["title"] + "\n\n" + art["text"])
            x = json.loads(subprocess.run([a.bin, "extract", f], capture_output=True, text=True, check=True).stdout)
            text = open(f, encoding="utf-8").read()
            print(f"=== {art['id']}: {art['title']}")
            if a.full:
                print(text)
                print("--- claims")
            for n, e in enumerate(x["events"], 1):
                total += 1
                # Offsets are in characters.
                ctx = text[max(0, e["trigger_start"] - 90):e["trigger_end"] + 60].replace("\n", " ")
                if not a.full:
                    print(f"  {short_line(e, x)}\n      …{ctx}…")
                    continue
                head, roles = claim_lines(e, x)
                print(f"  [{n}] {head}\n      {roles}\n      …{ctx}…")
    print(f"{total} claims in {a.n} articles")


if __name__ == "__main__":
    main()
