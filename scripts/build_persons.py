#!/usr/bin/env python3
"""Builds data/gazetteer/persons.tsv, the persons newskg links to Wikidata offline.

usage: scripts/build_persons.py [../shared/data/gazetteer/persons_wdleaders/persons.tsv]

Source: persons_wdleaders (heads of state and government since 1990, foreign ministers, UN
leaders and other office holders; Wikidata facts, CC0; see data/gazetteer/ATTRIBUTION.md).
Output columns: qid, label, names (label and full-name aliases, `|`), surnames (`|`),
countries (every country the person held a role in, `|`), start, end (of the roles kept).
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "..", "shared", "data", "gazetteer", "persons_wdleaders", "persons.tsv")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else SRC
    rows = []
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            names = [r["label"]] + [a for a in r["aliases"].split("|") if a]
            countries = [c for c in r["all_country_qids"].split("|") if c] or (
                [r["country_qid"]] if r["country_qid"] else [])
            surnames = [s for s in r["surname_aliases"].split("|") if s]
            clean = lambda v: v.replace("\t", " ").strip()
            rows.append((r["qid"], clean(r["label"]), "|".join(dict.fromkeys(map(clean, names))),
                         "|".join(surnames), "|".join(countries), r["start"], r["end"]))
    rows.sort(key=lambda r: int(r[0][1:]))
    out = os.path.join(ROOT, "data", "gazetteer", "persons.tsv")
    with open(out, "w", encoding="utf-8") as w:
        w.write("# newskg persons: built by scripts/build_persons.py from persons_wdleaders "
                "(Wikidata facts, CC0); see ATTRIBUTION.md\n")
        w.write("# qid\tlabel\tnames\tsurnames\tcountries\tstart\tend\n")
        for r in rows:
            w.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
