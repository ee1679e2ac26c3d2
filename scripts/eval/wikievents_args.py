#!/usr/bin/env python3
"""Argument-role precision, recall and F1 (head match) of `newskg extract` on the WikiEvents
test documents (MIT licence), for the KAIROS types that map to newskg's classes. Same type
mapping, text rebuilding and trigger alignment as scripts/eval/wikievents_triggers.py:

  Conflict.Attack.*            -> Attack
  Conflict.Demonstrate.*       -> Protest
  Contact.Contact.Meet         -> Meeting
  Contact.RequestCommand.*     -> Demand
  Movement.Transportation.*    -> Arrival, Deployment or Withdrawal ("Movement")

Role mapping (ROLES below; KAIROS role names from event_role_KAIROS.json):

  Attack    agents, forces -> Attacker; affected -> Target; location, countries -> Place.
            (KAIROS Attack has no Victim role, and nothing of ours gives Instrument or
            ExplosiveDevice.)
  Protest   agents -> Demonstrator; affected -> Target; location, countries -> Place.
  Meeting   agents, participants -> Participant; location, countries -> Place.
  Demand    agents -> Communicator; affected, participants -> Recipient;
            location, countries -> Place.
  Movement  agents -> Transporter; forces -> PassengerArtifact; origin -> Origin;
            destination -> Destination. (KAIROS Transportation has no Place role, so our
            location and countries are not scored for it.)

The same actor reaching one KAIROS role from two of our fields (say location and countries)
is one predicted argument. `countries` is often inferred from the whole article, so the
figures are also given without it (PLACE_FROM_COUNTRIES = False).

Gold arguments. Every argument of a gold event mention of a mapped type, once per (event,
entity mention, role). Its head is the last token of the entity mention that is not pure
punctuation (test.jsonl carries no `head` field; 83% of argument mentions are one token).

Predicted arguments. Each trigger of one of our mapped events (the event's own and those of
its further `mentions`, as the trigger script counts them) is an event instance. An instance
is correctly triggered when its trigger overlaps a gold trigger of the same mapped type; it is
then compared with the overlapping gold event (the largest overlap, first in text on a tie).
Its arguments are its filled roles: an actor's span(s) are its mentions in the instance's
sentence, or its mention nearest to the trigger if none is there; a force's span is the
force's text. An actor without any mention (inferred) still counts as a predicted argument,
one that cannot be correct. Several instances aligned with the same gold event pool their arguments
(duplicates, same role and spans, counted once).

Matching. A predicted argument matches a gold argument of its gold event when the gold head
token lies inside one of its spans, or one of its spans' last word equals the gold head word
(case-insensitive). Identification ignores the role; classification also needs the mapped
role to equal the gold role. Matching is one-to-one (maximum bipartite matching), so each gold
argument counts at most once.

Figures. Precision: correct / predicted arguments of correctly-triggered instances ("strict":
over the arguments of ALL our mapped event instances). Recall: correct / all gold arguments of
gold events of the mapped types ("found": only of gold events whose trigger we found).

Each document is extracted from its tokens joined by spaces (as in the trigger script); the
publication date is passed with --published when the doc_id holds one (VOA ids do).

usage: scripts/eval/wikievents_args.py [--bin PATH] [--errors N] [TEST_JSONL]
"""
import argparse, json, os, re, string, subprocess, sys, tempfile
from collections import defaultdict

# The type mapping and the text rebuilding are the trigger script's, so both score alike.
from wikievents_triggers import gold_group, ours_group, rebuild_text

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora", "wikievents", "test.jsonl")

# Our role field -> KAIROS role, per mapped type. "forces" holds indexes into `forces`; the
# other fields hold indexes into `actors`.
PLACE = {"location": "Place", "countries": "Place"}
ROLES = {
    "Attack": {"agents": "Attacker", "forces": "Attacker", "affected": "Target", **PLACE},
    "Protest": {"agents": "Demonstrator", "affected": "Target", **PLACE},
    "Meeting": {"agents": "Participant", "participants": "Participant", **PLACE},
    "Demand": {"agents": "Communicator", "affected": "Recipient", "participants": "Recipient", **PLACE},
    "Movement": {"agents": "Transporter", "forces": "PassengerArtifact", "origin": "Origin",
                 "destination": "Destination"},
}
PLACE_FROM_COUNTRIES = True

PUNCT = string.punctuation + "“”‘’«»—–…"


def word(s):
    return s.strip(PUNCT).lower()


def last_word(s):
    ws = [w for w in (word(x) for x in s.split()) if w]
    return ws[-1] if ws else ""


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(p, g):
    """Head match of predicted argument p (spans) against gold argument g."""
    hs, he = g["head_span"]
    return any(s <= hs and he <= e or last_word(t) == g["head_word"] for s, e, t in p["spans"])


def max_matching(P, G, ok):
    """Maximum bipartite matching between P and G under ok(p, g): list of (i, j) pairs."""
    adj = [[j for j, g in enumerate(G) if ok(p, g)] for p in P]
    owner = {}

    def aug(i, seen):
        for j in adj[i]:
            if j in seen: continue
            seen.add(j)
            if j not in owner or aug(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(P)):
        aug(i, set())
    return [(i, j) for j, i in owner.items()]


def doc_date(doc_id):
    m = re.search(r"(\d{4})\.(\d{2})\.(\d{2})", doc_id)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def predicted_args(x, e, inst, group, countries):
    """Our arguments of event e at trigger instance inst: list of {role, key, spans}."""
    out, seen = [], set()
    t0, t1, sent = inst
    for field, role in ROLES[group].items():
        if field == "countries" and not countries: continue
        for i in e.get(field, []):
            if field == "forces":
                f = x["forces"][i]
                spans, key = [(f["start"], f["end"], f["text"])], ("force", i)
            else:
                ms = [m for m in x["mentions"] if m["actor"] == i]
                here = [m for m in ms if m["sentence"] == sent]
                if not here and ms:
                    here = [min(ms, key=lambda m: (abs((m["start"] + m["end"]) - (t0 + t1)), m["start"]))]
                spans, key = [(m["start"], m["end"], m["text"]) for m in here], ("actor", i)
            if (role, key) in seen: continue
            seen.add((role, key))
            label = x["actors"][i]["label"] if key[0] == "actor" else x["forces"][i]["text"]
            out.append({"role": role, "key": key, "spans": spans, "field": field, "label": label})
    return out


_RUNS = {}


def run_doc(binary, d, tmp, n):
    """Extract document n once (both scoring variants reuse the output)."""
    if n not in _RUNS: _RUNS[n] = _run_doc(binary, d, tmp, n)
    return _RUNS[n]


def _run_doc(binary, d, tmp, n):
    text, offs = rebuild_text(d["tokens"])
    f = os.path.join(tmp, f"{n}.txt")
    open(f, "w", encoding="utf-8").write(text)
    cmd = [binary, "extract", "--format", "json"]
    if doc_date(d["doc_id"]): cmd += ["--published", doc_date(d["doc_id"])]
    out = subprocess.run(cmd + [f], capture_output=True, text=True)
    if out.returncode != 0:
        print(f"{d['doc_id']}: {out.stderr.strip()}", file=sys.stderr)
        return None, offs, text
    return json.loads(out.stdout), offs, text


def gold_events(d, offs):
    ents = {m["id"]: m for m in d["entity_mentions"]}
    toks = d["tokens"]
    gold = []
    for e in d["event_mentions"]:
        g = gold_group(e["event_type"])
        if not g: continue
        s, t_ = e["trigger"]["start"], e["trigger"]["end"]
        args, seen = [], set()
        for a in e["arguments"]:
            m = ents[a["entity_id"]]
            if (a["entity_id"], a["role"]) in seen: continue
            seen.add((a["entity_id"], a["role"]))
            idx = [k for k in range(m["start"], m["end"]) if word(toks[k])] or [m["end"] - 1]
            h = idx[-1]
            args.append({"role": a["role"], "text": m["text"], "head_span": offs[h],
                         "head_word": word(toks[h]) or toks[h].lower()})
        gold.append({"span": (offs[s][0], offs[t_ - 1][1]), "group": g, "type": e["event_type"],
                     "trigger": e["trigger"]["text"], "args": args, "id": e["id"]})
    return gold


def prf(c, p, g):
    P = c / p if p else 0.0
    R = c / g if g else 0.0
    return P, R, 2 * P * R / (P + R) if P + R else 0.0


def evaluate(a, countries, show_errors):
    C = defaultdict(int)  # counters
    roles = defaultdict(lambda: [0, 0, 0])  # group.role -> gold, predicted, correct
    trig = defaultdict(lambda: [0, 0, 0, 0])
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, line in enumerate(open(a.file, encoding="utf-8")):
            d = json.loads(line)
            x, offs, text = run_doc(a.bin, d, tmp, n)
            if x is None: continue
            gold = gold_events(d, offs)
            # Trigger instances of our mapped events, as the trigger script counts them.
            insts = []
            for ei, e in enumerate(x["events"]):
                g = ours_group(e["event_type"])
                if not g: continue
                for m in [e] + e.get("mentions", []):
                    insts.append((ei, g, (m["trigger_start"], m["trigger_end"], m["sentence"]), m["trigger"]))
            # Trigger P/R exactly as wikievents_triggers.py.
            for g in {q["group"] for q in gold} | {i[1] for i in insts}:
                G = [q["span"] for q in gold if q["group"] == g]
                P = [i[2][:2] for i in insts if i[1] == g]
                t = trig[g]
                t[0] += sum(1 for p in P if any(overlap(p, q) for q in G)); t[1] += len(P)
                t[2] += sum(1 for q in G if any(overlap(p, q) for p in P)); t[3] += len(G)
            # Align instances with gold events; pool their arguments per gold event.
            pooled = defaultdict(list)
            for ei, g, inst, trg in insts:
                args = predicted_args(x, x["events"][ei], inst, g, countries)
                C["pred_all"] += len(args)
                cands = [(overlap(inst, q["span"]), -k) for k, q in enumerate(gold) if q["group"] == g and overlap(inst, q["span"])]
                if not cands: continue
                k = -max(cands)[1]
                have = {(p["role"], tuple(s[:2] for s in p["spans"])) for p in pooled[k]}
                for p in args:
                    if (p["role"], tuple(s[:2] for s in p["spans"])) not in have:
                        p["event"] = (ei, trg)
                        pooled[k].append(p)
            for k, q in enumerate(gold):
                G, P = q["args"], pooled.get(k, [])
                found = k in pooled
                C["gold"] += len(G)
                C["gold_found"] += len(G) * found
                C["pred"] += len(P)
                C["nospan"] += sum(1 for p in P if not p["spans"])
                ident = max_matching(P, G, matches)
                cls = max_matching(P, G, lambda p, g: p["role"] == g["role"] and matches(p, g))
                C["idc"] += len(ident); C["clc"] += len(cls)
                for g in G: roles[f"{q['group']}.{g['role']}"][0] += 1
                for p in P: roles[f"{q['group']}.{p['role']}"][1] += 1
                for i, j in cls: roles[f"{q['group']}.{G[j]['role']}"][2] += 1
                if show_errors and found:
                    okg = {j for _, j in cls}; okp = {i for i, _ in cls}
                    idg = {j: i for i, j in ident}
                    for j, g in enumerate(G):
                        if j in okg: continue
                        if j in idg:
                            p = P[idg[j]]
                            kind = f"role mapping (ours {p['field']}->{p['role']})"
                        else:
                            same = [p for p in P if p["role"] == g["role"]]
                            kind = "wrong span/actor" if same else "missing"
                        errors.append((d["doc_id"], q, f"gold {g['role']}={g['text']!r}", kind, P))
                    for i, p in enumerate(P):
                        if i not in okp and i not in {ii for ii, _ in ident}:
                            errors.append((d["doc_id"], q, f"pred {p['role']}<-{p['field']} {p['label']!r} spans {[s[2] for s in p['spans']]}", "spurious", P))
    return C, roles, trig, errors


def main():
    global PLACE_FROM_COUNTRIES
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "newskg"))
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N argument errors of correctly-triggered events")
    ap.add_argument("file", nargs="?", default=DEFAULT)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        print(f"skipping: {a.file} not found (WikiEvents lives in ../shared)")
        return
    C, roles, trig, errors = evaluate(a, PLACE_FROM_COUNTRIES, a.errors)
    tot = [sum(t[i] for t in trig.values()) for i in range(4)]
    print(f"bin {a.bin}")
    print("triggers  " + "  ".join(f"{g} P {t[0]}/{t[1]} R {t[2]}/{t[3]}" for g, t in sorted(trig.items())))
    print(f"triggers  all: precision {tot[0] / tot[1] if tot[1] else 0:.3f} ({tot[0]}/{tot[1]}) recall {tot[2] / tot[3] if tot[3] else 0:.3f} ({tot[2]}/{tot[3]})")
    print(f"{'arguments':<22}{'P':>7}{'R':>7}{'F1':>7}   counts (correct/predicted, correct/gold)")
    for name, c in (("identification", C["idc"]), ("classification", C["clc"])):
        for var, pd, gd in (("", C["pred"], C["gold"]), (" strict P", C["pred_all"], C["gold"]), (" found-R", C["pred"], C["gold_found"])):
            P, R, F = prf(c, pd, gd)
            print(f"{name + var:<22}{P:7.3f}{R:7.3f}{F:7.3f}   {c}/{pd}, {c}/{gd}")
    if PLACE_FROM_COUNTRIES:
        C2, _, _, _ = evaluate(a, False, 0)
        for name, c in (("ident. no countries", C2["idc"]), ("class. no countries", C2["clc"])):
            P, R, F = prf(c, C2["pred"], C2["gold"])
            print(f"{name:<22}{P:7.3f}{R:7.3f}{F:7.3f}   {c}/{C2['pred']}, {c}/{C2['gold']}")
    print(f"(predicted arguments whose actor has no mention in the text: {C['nospan']})")
    print(f"{'role':<28}{'gold':>6}{'pred':>6}{'corr':>6}")
    for r, (g, p, c) in sorted(roles.items()):
        print(f"{r:<28}{g:>6}{p:>6}{c:>6}")
    for doc, q, what, kind, P in errors[:a.errors]:
        ours = "; ".join(f"{p['role']}={'|'.join(s[2] for s in p['spans']) or p['label']}" for p in P) or "-"
        print(f"  {doc} {q['type']} '{q['trigger']}': {what} [{kind}] | ours: {ours}")


if __name__ == "__main__":
    main()
