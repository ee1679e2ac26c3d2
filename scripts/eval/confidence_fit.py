#!/usr/bin/env python3
"""Fits and checks the confidence of claims (data/model/confidence.tsv) on hand-judged BBC
claims.

Judged claims live in eval/judged/bbc-claims.tsv: the sample's seed, the article id, a hash
of the claim as the judge read it (its head line and roles, as scripts/eval/bbc_sample.py
--full prints them), and the verdicts (strict: type and every filled role right; lenient:
a real event of that type). No BBC text is kept there. A claim a later build prints
differently has no label: only claims printed exactly as judged are used.

  confidence_fit.py labels --pair SEED SAMPLE.txt VERDICTS.md [--pair ...]
      adds the verdicts of judged samples to the label table (the first pair given wins
      when two judges read the same claim)
  confidence_fit.py fit --bin PATH [--write]
      runs PATH over the judged articles, joins the labels, and prints precision by
      confidence band for a leave-one-seed-out fit (each seed scored by weights fitted on
      the others), then fits on all labels and, with --write, writes the table. The target
      is lenient (a real event of its type: what the confidence estimates) unless
      --target strict (type and every filled role right); both precisions are printed.

The BBC corpus is read from ../shared (evaluation only).
"""
import argparse, collections, hashlib, json, math, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, HERE)
from bbc_sample import DEFAULT as BBC, claim_lines, draw  # noqa: E402

LABELS = os.path.join(ROOT, "eval", "judged", "bbc-claims.tsv")
TABLE = os.path.join(ROOT, "data", "model", "confidence.tsv")
HEADER = "seed\tarticle\tclaim\tstrict\tlenient\n"
# Every judged sample is 30 politics and business articles.
N, CATEGORIES = 30, "politics,business"
L2 = 3.0
BANDS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]


def key(head, roles):
    return hashlib.sha1((head.strip() + "\n" + roles.strip()).encode()).hexdigest()[:16]


def read_sample(path):
    """(article, n) -> claim hash, from a bbc_sample.py --full print."""
    out, art, lines = {}, None, open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        if line.startswith("=== "):
            art = line[4:].split(":")[0]
        m = re.match(r"  \[(\d+)\] (.*)$", line)
        if m and art and i + 1 < len(lines):
            out[(art, int(m.group(1)))] = key(m.group(2), lines[i + 1])
    return out


def read_verdicts(path):
    """(article, n) -> (strict, lenient), from a judge's verdict lines."""
    out = {}
    for line in open(path, encoding="utf-8"):
        f = [x.strip() for x in line.lstrip("- ").split("|")]
        if len(f) >= 4 and re.match(r"^(politics|business)/\d+$", f[0]) and f[1].isdigit():
            if f[2] in ("y", "n") and f[3] in ("y", "n"):
                out[(f[0], int(f[1]))] = (f[2] == "y", f[3] == "y")
    return out


def load_labels():
    rows = {}
    if os.path.exists(LABELS):
        for line in open(LABELS, encoding="utf-8").readlines()[1:]:
            seed, art, k, s, l = line.rstrip("\n").split("\t")
            rows[(seed, art, k)] = (s == "1", l == "1")
    return rows


def labels(a):
    rows = load_labels()
    added = 0
    for seed, sample, verdicts in a.pair:
        keys, v = read_sample(sample), read_verdicts(verdicts)
        for claim, verdict in v.items():
            if claim in keys and (seed, claim[0], keys[claim]) not in rows:
                rows[(seed, claim[0], keys[claim])] = verdict
                added += 1
    os.makedirs(os.path.dirname(LABELS), exist_ok=True)
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for (seed, art, k), (s, l) in sorted(rows.items()):
            f.write(f"{seed}\t{art}\t{k}\t{int(s)}\t{int(l)}\n")
    print(f"{added} labels added, {len(rows)} in {LABELS}")


def current_claims(binary, seeds):
    """(seed, article, hash) -> (cues, type, confidence) for the binary's claims."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            for art in draw(BBC, CATEGORIES, N, int(seed)):
                f = os.path.join(tmp, "a.txt")
                open(f, "w", encoding="utf-8").write(art["title"] + "\n\n" + art["text"])
                x = json.loads(subprocess.run([binary, "extract", f], capture_output=True,
                                              text=True, check=True).stdout)
                for e in x["events"]:
                    head, roles = claim_lines(e, x)
                    out[(seed, art["id"], key(head, roles))] = (e["cues"], e["event_type"], e["confidence"])
    return out


def features(cues, ty):
    return ["bias"] + list(cues) + ["type:" + ty]


def fit(data, l2=L2):
    """L2-regularised logistic regression by gradient descent; the bias is not shrunk."""
    names = sorted({f for fs, _ in data for f in fs})
    w = {n: 0.0 for n in names}
    rate = 0.5
    for _ in range(4000):
        grad = {n: (0.0 if n == "bias" else l2 * w[n]) for n in names}
        for fs, y in data:
            p = 1 / (1 + math.exp(-sum(w[f] for f in fs)))
            for f in fs:
                grad[f] += p - y
        for n in names:
            w[n] -= rate * grad[n] / len(data)
    return w


def predict(w, fs):
    return 1 / (1 + math.exp(-sum(w.get(f, 0.0) for f in fs)))


def bands(scored):
    print("  band        claims  strict   lenient  mean confidence")
    for lo, hi in BANDS:
        b = [(p, s, l) for p, s, l in scored if lo <= p < hi]
        if not b:
            continue
        n = len(b)
        print(f"  {lo:.1f}–{min(hi, 1.0):.1f}   {n:>6}  {sum(s for _, s, _ in b) / n:6.1%}  "
              f"{sum(l for _, _, l in b) / n:6.1%}   {sum(p for p, _, _ in b) / n:.2f}")
    n = len(scored)
    brier = lambda y: sum((p - y(s, l)) ** 2 for p, s, l in scored) / n
    print(f"  all         {n:>6}  {sum(s for _, s, _ in scored) / n:6.1%}  "
          f"{sum(l for _, _, l in scored) / n:6.1%}   "
          f"Brier strict {brier(lambda s, l: s):.3f}, lenient {brier(lambda s, l: l):.3f}, "
          f"AUC strict {auc([(p, s) for p, s, _ in scored]):.2f}, "
          f"lenient {auc([(p, l) for p, _, l in scored]):.2f}")


def auc(pairs):
    """The chance a right claim scores above a wrong one (ties count half)."""
    pos = [p for p, y in pairs if y]
    neg = [p for p, y in pairs if not y]
    if not pos or not neg:
        return float("nan")
    return sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))


def fit_cmd(a):
    rows = load_labels()
    seeds = sorted({s for s, _, _ in rows})
    claims = current_claims(a.bin, seeds)
    data = {}
    for k, (s, l) in rows.items():
        if k in claims:
            cues, ty, conf = claims[k]
            data.setdefault(k[0], []).append((features(cues, ty), s, l, conf))
    total = sum(len(v) for v in data.values())
    print(f"{len(rows)} labels; {total} match claims the binary prints "
          f"({', '.join(f'{s}: {len(data.get(s, []))}' for s in seeds)})")
    print("\nthe binary's own confidence:")
    bands([(c, s, l) for v in data.values() for _, s, l, c in v])
    print("\nleave one seed out (each seed scored by weights fitted on the others):")
    held = []
    for seed in seeds:
        train = [(fs, s if a.target == "strict" else l) for o in seeds if o != seed
                 for fs, s, l, _ in data.get(o, [])]
        w = fit(train, a.l2)
        held += [(predict(w, fs), s, l) for fs, s, l, _ in data.get(seed, [])]
    bands(held)
    w = fit([(fs, s if a.target == "strict" else l) for v in data.values() for fs, s, l, _ in v], a.l2)
    print("\nweights fitted on all:")
    for n in sorted(w, key=lambda n: -abs(w[n])):
        print(f"  {n:<28} {w[n]:+.3f}")
    if a.write:
        with open(TABLE, "w", encoding="utf-8") as f:
            f.write("# Confidence weights: name<TAB>weight, read by "
                    "crates/newskg-text/src/extract/confidence.rs.\n"
                    "# bias, a cue's name (newskg_model::Cue), or type:<EventType>. Fitted by "
                    "scripts/eval/confidence_fit.py\n"
                    f"# on {total} hand-judged BBC claims (eval/judged/bbc-claims.tsv), "
                    f"L2 {a.l2}, target {a.target}: the chance a claim tells of a real event of its type.\n")
            for n in sorted(w, key=lambda n: (n != "bias", n)):
                f.write(f"{n}\t{w[n]:.3f}\n")
        print(f"wrote {TABLE}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("labels")
    p.add_argument("--pair", nargs=3, action="append", required=True,
                   metavar=("SEED", "SAMPLE", "VERDICTS"))
    p = sub.add_parser("fit")
    p.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"),
                                                 "release", "newskg"))
    p.add_argument("--write", action="store_true")
    p.add_argument("--target", choices=["strict", "lenient"], default="lenient")
    p.add_argument("--l2", type=float, default=L2)
    a = ap.parse_args()
    if not os.path.exists(BBC):
        print(f"skipping: {BBC} not found (the BBC corpus lives in ../shared)")
        return
    labels(a) if a.cmd == "labels" else fit_cmd(a)


if __name__ == "__main__":
    main()
