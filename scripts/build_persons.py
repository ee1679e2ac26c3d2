#!/usr/bin/env python3
"""Builds data/gazetteer/persons.tsv, the persons newskg links to Wikidata offline.

usage: scripts/build_persons.py [../shared/data/gazetteer/persons_wdleaders]

Source: persons_wdleaders (heads of state and government since 1990, foreign ministers, UN
leaders and other office holders; Wikidata facts, CC0; see data/gazetteer/ATTRIBUTION.md):
its persons.tsv and, for the offices, person_roles.tsv.
Output columns: qid, label, names (label and full-name aliases, `|`), surnames (`|`),
countries (every country the person held a role in, `|`), start, end (of the roles kept),
offices (`|`-separated `title@country@start@end`: the title English writes before the
holder's name or in "the prime minister", in lower case as data/lexicon/words.tsv has it,
the country's QID, the tenure's dates; only roles whose title says which one office it is).
"""
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "..", "shared", "data", "gazetteer", "persons_wdleaders")

# A role's label (lower case) to the title that names its holder, first match wins. Roles
# of no one title ("head of government": a prime minister, a chancellor or a president) and
# titles our lexicon has no entry for are left out.
TITLES = [
    (r"^shadow chancellor", "shadow chancellor"),
    (r"^shadow home secretary", "shadow home secretary"),
    (r"^shadow foreign secretary", "shadow foreign secretary"),
    (r"^(first |second )?deputy prime minister", "deputy prime minister"),
    (r"^prime minister", "prime minister"),
    (r"^vice[- ]president", "vice president"),
    (r"^president of (?!the united nations)", "president"),
    (r"^(federal )?chancellor( of (the exchequer|germany|austria))?$", "chancellor"),
    (r"^home secretary", "home secretary"),
    (r"^(foreign secretary|secretary of state for foreign)", "foreign secretary"),
    (r"^(minister (of|for) foreign affairs|foreign minister|secretary of foreign affairs"
     r"|minister of external relations)", "foreign minister"),
    (r"^secretary of state for defence", "defence secretary"),
    (r"^secretary of state for health", "health secretary"),
    (r"^secretary of state for transport", "transport secretary"),
    (r"^secretary of state for northern ireland", "northern ireland secretary"),
    (r"^united states secretary of state", "secretary of state"),
]

# Roles that make a country's head of state a monarch (or a body) rather than a president.
MONARCHIC = re.compile(r"monarch|king|queen|emir|amir|sultan|prince|yang di-pertuan|"
                       r"captain regent|governor-general|pope|supreme leader|council")


# The head of government's title where it is not "prime minister".
HEAD_OF_GOVERNMENT = {"Q183": "chancellor", "Q40": "chancellor"}


def title_of(role, country, monarchic, also_head_of_state):
    """The title of `role` held in `country`; `monarchic` when the holder or the country's
    head of state is a monarch, `also_head_of_state` when the holder heads the state too."""
    r = role.lower()
    if not re.fullmatch(r"Q\d+", country or ""):
        return None
    if r.startswith("head of state"):
        return None if monarchic else "president"
    if r.startswith("head of government"):
        return None if also_head_of_state else HEAD_OF_GOVERNMENT.get(country, "prime minister")
    return next((t for pat, t in TITLES if re.search(pat, r)), None)


def offices(src):
    """Per person QID, the offices as `title@country@start@end`, in file order."""
    with open(os.path.join(src, "person_roles.tsv"), encoding="utf-8") as f:
        roles = list(csv.DictReader(f, delimiter="\t"))
    monarchic = [r for r in roles if MONARCHIC.search(r["role"].lower())]
    monarchies = {r["country_qid"] for r in monarchic}
    monarchs = {r["qid"] for r in monarchic}
    heads = {(r["qid"], r["country_qid"]) for r in roles if r["role"].startswith("head of state")}
    out = {}
    for r in roles:
        c = r["country_qid"]
        mon = c in monarchies or r["qid"] in monarchs
        t = title_of(r["role"], c, mon, (r["qid"], c) in heads)
        country = r["country_qid"] or ("Q1065" if "@Q1065" in r["role"] else "")
        if t and country:
            o = f"{t}@{country}@{r['start']}@{r['end']}"
            out.setdefault(r["qid"], [])
            if o not in out[r["qid"]]:
                out[r["qid"]].append(o)
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else SRC
    held = offices(src)
    rows = []
    with open(os.path.join(src, "persons.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            names = [r["label"]] + [a for a in r["aliases"].split("|") if a]
            countries = [c for c in r["all_country_qids"].split("|") if c] or (
                [r["country_qid"]] if r["country_qid"] else [])
            surnames = [s for s in r["surname_aliases"].split("|") if s]
            clean = lambda v: v.replace("\t", " ").strip()
            rows.append((r["qid"], clean(r["label"]), "|".join(dict.fromkeys(map(clean, names))),
                         "|".join(surnames), "|".join(countries), r["start"], r["end"],
                         "|".join(held.get(r["qid"], []))))
    rows.sort(key=lambda r: int(r[0][1:]))
    out = os.path.join(ROOT, "data", "gazetteer", "persons.tsv")
    with open(out, "w", encoding="utf-8") as w:
        w.write("# newskg persons: built by scripts/build_persons.py from persons_wdleaders "
                "(Wikidata facts, CC0); see ATTRIBUTION.md\n")
        w.write("# qid\tlabel\tnames\tsurnames\tcountries\tstart\tend\toffices\n")
        for r in rows:
            w.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
