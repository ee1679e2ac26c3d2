#!/usr/bin/env python3
"""Event-trigger precision and recall of `newskg extract` on the WikiEvents test documents
(MIT licence), for the KAIROS types that map to newskg's classes:

  Conflict.Attack.*            -> Attack
  Conflict.Demonstrate.*       -> Protest
  Contact.Contact.Meet         -> Meeting
  Contact.RequestCommand.*     -> Demand
  Movement.Transportation.*    -> Arrival, Deployment or Withdrawal (movement of people)

Only newskg events of those five groups are scored (its other classes have no KAIROS
counterpart here). A prediction is correct when its trigger overlaps a gold trigger of the
mapped type.

usage: scripts/eval/wikievents_triggers.py [--bin PATH] [TEST_JSONL]
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora", "wikievents", "test.jsonl")


def gold_group(t):
    if t.startswith("Conflict.Attack"): return "Attack"
    if t.startswith("Conflict.Demonstrate"): return "Protest"
    if t == "Contact.Contact.Meet": return "Meeting"
    if t.startswith("Contact.RequestCommand"): return "Demand"
    if t.startswith("Movement.Transportation"): return "Movement"
    return None


def ours_group(t):
    return "Movement" if t in ("Arrival", "Deployment", "Withdrawal") else t if t in ("Attack", "Protest", "Meeting", "Demand") else None


def rebuild_text(tokens):
    """The document's text, its tokens joined by spaces, and each token's character span in it
    (extraction gives character offsets; with byte offsets every trigger after a curly quote
    was missed)."""
    offs, pos = [], 0
    for t in tokens:
        offs.append((pos, pos + len(t)))
        pos += len(t) + 1
    return " ".join(tokens), offs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("file", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        print(f"skipping: {a.file} not found (WikiEvents lives in ../shared)")
        return
    stats = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, line in enumerate(open(a.file, encoding="utf-8")):
            d = json.loads(line)
            text, offs = rebuild_text(d["tokens"])
            f = os.path.join(tmp, f"{n}.txt")
            open(f, "w", encoding="utf-8").write(text)
            out = subprocess.run([a.bin, "extract", "--format", "json", f], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"{d['doc_id']}: {out.stderr.strip()}", file=sys.stderr)
                continue
            x = json.loads(out.stdout)
            gold = []
            for e in d["event_mentions"]:
                g = gold_group(e["event_type"])
                if g:
                    s, t_ = e["trigger"]["start"], e["trigger"]["end"]
                    gold.append((offs[s][0], offs[t_ - 1][1], g))
            # An event the article mentions several times has a trigger per mention.
            pred = [(m["trigger_start"], m["trigger_end"], ours_group(e["event_type"]))
                    for e in x["events"] for m in [e] + e.get("mentions", [])]
            pred = [p for p in pred if p[2]]
            for g in set(x[2] for x in gold + pred):
                G = [x for x in gold if x[2] == g]
                P = [x for x in pred if x[2] == g]
                ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
                tp_p = sum(1 for p in P if any(ov(p, q) for q in G))
                tp_g = sum(1 for q in G if any(ov(p, q) for p in P))
                s = stats.setdefault(g, [0, 0, 0, 0])
                s[0] += tp_p; s[1] += len(P); s[2] += tp_g; s[3] += len(G)
    tot = [0, 0, 0, 0]
    for g, (tpp, np_, tpg, ng) in sorted(stats.items()):
        tot = [x + y for x, y in zip(tot, (tpp, np_, tpg, ng))]
        print(f"{g}: precision {tpp / np_ if np_ else 0:.3f} ({tpp}/{np_}) recall {tpg / ng if ng else 0:.3f} ({tpg}/{ng})")
    print(f"all: precision {tot[0] / tot[1] if tot[1] else 0:.3f} ({tot[0]}/{tot[1]}) recall {tot[2] / tot[3] if tot[3] else 0:.3f} ({tot[2]}/{tot[3]})")


if __name__ == "__main__":
    main()
