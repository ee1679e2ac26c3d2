#!/usr/bin/env python3
"""Train newskg's part-of-speech tagger and lemma table from Universal Dependencies English.

An averaged perceptron (greedy, left to right) over Penn Treebank tags (the UD XPOS column),
trained on openly licensed treebanks only:
  * UD_English-EWT train (CC BY-SA 4.0)
  * UD_English-GUM train, CC BY genres only (news, interview, bio, voyage, textbook, vlog,
    conversation)
and evaluated on held-out text it never saw: EWT test and PUD (news and wiki sentences).

Writes data/model/tagger.txt and data/model/lemmas.tsv (see data/model/README.md).

usage: scripts/train_tagger.py [--lemmas-only] [TREEBANKS_DIR] [OUT_DIR]
  --lemmas-only: write data/model/lemmas.tsv only (no training; the tagger stays as it is)
"""
import os
import random
import sys
from collections import defaultdict, Counter

LEMMAS_ONLY = "--lemmas-only" in sys.argv
ARGS = [a for a in sys.argv[1:] if a != "--lemmas-only"]
TB = ARGS[0] if len(ARGS) > 0 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "treebanks")
OUT = ARGS[1] if len(ARGS) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "model")
CC_BY_GUM = {"news", "interview", "bio", "voyage", "textbook", "vlog", "conversation"}
ITERATIONS = 6
# The first line of lemmas.tsv's hand-written section, which a new table keeps.
HAND_WRITTEN = "# Irregular English verb forms the treebanks lack"


def read_conllu(path, genres=None):
    sents, cur, keep = [], [], True
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc = line.split("=", 1)[1].strip()
                keep = genres is None or doc.split("_")[1] in genres
            if line.startswith("#"):
                continue
            if not line:
                if cur and keep:
                    sents.append(cur)
                cur = []
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.append((cols[1], cols[4], cols[2]))
    if cur and keep:
        sents.append(cur)
    return sents


def norm(w):
    """The word form the features see; must match src/analyze/tagger.rs."""
    if any(c.isdigit() for c in w):
        if all(c.isdigit() or c in ",.-/:" for c in w):
            return "!NUM"
    return w.lower()


def shape(w):
    """A coarse word shape; must match src/analyze/tagger.rs."""
    if not w:
        return "e"
    s = ""
    if w[0].isupper():
        s = "X" if w.isupper() and len(w) > 1 else "Xx"
    elif w[0].isdigit():
        s = "d"
    elif w[0].isalpha():
        s = "x"
    else:
        s = "p"
    if "-" in w:
        s += "-"
    if "." in w and len(w) > 1:
        s += "."
    return s


def features(words, i, p1, p2):
    """Feature strings for token i; must match src/analyze/tagger.rs."""
    w = words[i]
    n = norm(w)
    prev = norm(words[i - 1]) if i > 0 else "-START-"
    nxt = norm(words[i + 1]) if i + 1 < len(words) else "-END-"
    nxt2 = norm(words[i + 2]) if i + 2 < len(words) else "-END-"
    return [
        "b",
        "w=" + n,
        "s1=" + n[-1:],
        "s2=" + n[-2:],
        "s3=" + n[-3:],
        "s4=" + n[-4:],
        "p1=" + n[:1],
        "sh=" + shape(w) + ("0" if i == 0 else ""),
        "t1=" + p1,
        "t2=" + p2 + "|" + p1,
        "t1w=" + p1 + "|" + n,
        "w-1=" + prev,
        "s-1=" + prev[-3:],
        "w+1=" + nxt,
        "s+1=" + nxt[-3:],
        "w+2=" + nxt2,
    ]


class Perceptron:
    def __init__(self, tags):
        self.tags = tags
        self.w = defaultdict(lambda: defaultdict(float))
        self.totals = defaultdict(float)
        self.stamps = defaultdict(int)
        self.i = 0

    def predict(self, feats):
        scores = defaultdict(float)
        for f in feats:
            ws = self.w.get(f)
            if ws:
                for t, v in ws.items():
                    scores[t] += v
        return max(self.tags, key=lambda t: (scores[t], t))

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            for t, d in ((truth, 1.0), (guess, -1.0)):
                key = (f, t)
                self.totals[key] += (self.i - self.stamps[key]) * self.w[f][t]
                self.stamps[key] = self.i
                self.w[f][t] += d

    def average(self):
        for f, ws in self.w.items():
            for t in list(ws):
                key = (f, t)
                total = self.totals[key] + (self.i - self.stamps[key]) * ws[t]
                ws[t] = total / self.i


def make_tagdict(sents):
    counts = defaultdict(Counter)
    for s in sents:
        for w, t, _ in s:
            counts[w][t] += 1
    out = {}
    for w, c in counts.items():
        tag, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= 20 and n / total >= 0.97:
            out[w] = tag
    return out


def tag_sentence(model, tagdict, words):
    p1, p2, out = "-START-", "-START2-", []
    for i, w in enumerate(words):
        t = tagdict.get(w)
        if t is None:
            t = model.predict(features(words, i, p1, p2))
        out.append(t)
        p2, p1 = p1, t
    return out


def train(sents):
    tagdict = make_tagdict(sents)
    tags = sorted({t for s in sents for _, t, _ in s})
    model = Perceptron(tags)
    rnd = random.Random(7)
    for it in range(ITERATIONS):
        right = total = 0
        for s in sents:
            words = [w for w, _, _ in s]
            p1, p2 = "-START-", "-START2-"
            for i, (w, gold, _) in enumerate(s):
                t = tagdict.get(w)
                if t is None:
                    feats = features(words, i, p1, p2)
                    t = model.predict(feats)
                    model.update(gold, t, feats)
                right += t == gold
                total += 1
                p2, p1 = p1, gold if rnd.random() < 0.0 else t
        rnd.shuffle(sents)
        print(f"iteration {it + 1}: train accuracy {right / total:.4f}", file=sys.stderr)
    model.average()
    return model, tagdict, tags


def evaluate(model, tagdict, sents):
    right = total = 0
    for s in sents:
        words = [w for w, _, _ in s]
        got = tag_sentence(model, tagdict, words)
        for (w, gold, _), t in zip(s, got):
            right += t == gold
            total += 1
    return right / total, total


def main():
    train_sents = read_conllu(os.path.join(TB, "UD_English-EWT", "en_ewt-ud-train.conllu"))
    train_sents += read_conllu(os.path.join(TB, "UD_English-GUM", "en_gum-ud-train.conllu"), CC_BY_GUM)
    if LEMMAS_ONLY:
        write_lemmas(train_sents)
        return
    print(f"training on {len(train_sents)} sentences, {sum(map(len, train_sents))} tokens", file=sys.stderr)
    model, tagdict, tags = train(list(train_sents))

    # Prune tiny weights and round: keeps the shipped model small; evaluation below uses the
    # pruned model, so the figures are the shipped model's.
    for f in list(model.w):
        ws = {t: round(v, 2) for t, v in model.w[f].items() if abs(v) >= 0.05}
        if ws:
            model.w[f] = ws
        else:
            del model.w[f]

    for name, path in [("EWT test", os.path.join(TB, "UD_English-EWT", "en_ewt-ud-test.conllu")),
                       ("PUD (news+wiki)", os.path.join(TB, "UD_English-PUD", "en_pud-ud-test.conllu"))]:
        acc, n = evaluate(model, tagdict, read_conllu(path))
        print(f"held-out {name}: {acc:.4f} accuracy over {n} tokens")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "tagger.txt"), "w", encoding="utf-8") as f:
        f.write("# newskg averaged-perceptron POS tagger (Penn Treebank tags); built by scripts/train_tagger.py\n")
        f.write("# trained on UD_English-EWT train (CC BY-SA 4.0) and UD_English-GUM train CC BY genres\n")
        f.write("tags\t" + " ".join(tags) + "\n")
        for w, t in sorted(tagdict.items()):
            f.write(f"d\t{w}\t{t}\n")
        for feat in sorted(model.w):
            ws = " ".join(f"{t}:{v:g}" for t, v in sorted(model.w[feat].items()))
            f.write(f"f\t{feat}\t{ws}\n")

    write_lemmas(train_sents)


def write_lemmas(train_sents):
    """The lemma table: (lowercased form, tag) -> lemma where rules would not guess it, and
    the past tenses that are their own base form ("set", "put", "cut"), so that the table
    knows every past-tense form the treebanks have (the tagger's fix-ups ask it)."""
    lem = defaultdict(Counter)
    for s in train_sents:
        for w, t, l in s:
            if t[:1] in "VNJR" and l != "_":
                lem[(w.lower(), t)][l.lower() if not t.startswith("NNP") else l] += 1
    path = os.path.join(OUT, "lemmas.tsv")
    # The hand-written section at the end (forms the treebanks lack) is kept as it is.
    kept = []
    if os.path.exists(path):
        lines = open(path, encoding="utf-8").read().split("\n")
        at = next((i for i, x in enumerate(lines) if x.startswith(HAND_WRITTEN)), None)
        kept = lines[at:] if at is not None else []
    with open(path, "w", encoding="utf-8") as f:
        f.write("# form\ttag\tlemma (from UD EWT + GUM CC BY lemmas; only where the form differs,"
                " and past tenses that equal their lemma)\n")
        for (w, t), c in sorted(lem.items()):
            l = c.most_common(1)[0][0]
            if t.startswith("NNP"):
                continue
            # A past tense that is its own base form is an irregular verb's ("put"); one
            # ending in a silent "e" is an annotation slip ("use"), whose past takes "-d".
            unchanged_past = t == "VBD" and w.isalpha() and len(w) > 1 and not w.endswith("e")
            if l.lower() != w or unchanged_past:
                f.write(f"{w}\t{t}\t{l}\n")
        if kept:
            f.write("\n".join(kept))

if __name__ == "__main__":
    main()
