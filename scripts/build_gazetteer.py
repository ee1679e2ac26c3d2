#!/usr/bin/env python3
"""Build newskg's offline gazetteer (data/gazetteer/gazetteer.tsv) from public facts.

Inputs (names and Wikidata QIDs only; see data/gazetteer/ATTRIBUTION.md for sources and licences):
  country_coder (ISC), wikidata_country_aliases (MIT), demonyms (facts), capitals_conzept,
  intl_orgs_supraverden (CC BY-SA 4.0, facts only), africa_actors_triad (facts only),
  news_outlets, us_places_hearvox (CC0)
plus data/gazetteer/curated.tsv, the project's own hand-written entries and overrides.

Output: one entity per line,
  qid  kind  label  country_qid  names  adjectives  demonyms  context
where names, adjectives and demonyms are '|'-separated surface forms and context says when
a name may be linked at all ("state": only as "City, State"). Precision first: a surface form claimed
by several entities of the same rank is dropped unless curated.tsv settles it.

usage: scripts/build_gazetteer.py [GAZETTEER_SOURCE_DIR] [OUT_FILE]
"""
import csv
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "gazetteer")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "data", "gazetteer", "gazetteer.tsv")
CURATED = os.path.join(HERE, "..", "data", "gazetteer", "curated.tsv")

# Short forms kept although they are short; everything else under four characters is dropped
# unless it is an all-capital acronym of an organisation (three letters or more).
SHORT_OK = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "DRC", "EU", "UN", "AU", "U.N."}

entities = {}  # qid -> dict(kind, label, country, names:set, adj:set, dem:set, rank)
claims = defaultdict(list)  # (surface, slot) -> [(rank, qid)]


def ent(qid, kind, label, country="", rank=1):
    e = entities.get(qid)
    if e is None:
        e = entities[qid] = {"kind": kind, "label": label, "country": country, "rank": rank,
                             "names": set(), "adj": set(), "dem": set(), "context": ""}
    elif rank > e["rank"]:
        e.update(kind=kind, label=label, rank=rank)
        if country:
            e["country"] = country
    if country and not e["country"]:
        e["country"] = country
    return e


def usable(name, kind):
    name = name.strip()
    if not name or any(ord(c) > 0x2FF for c in name):  # emoji, other scripts
        return False
    if name in SHORT_OK:
        return True
    if len(name) < 4:
        return kind in ("intl_org", "armed_group") and len(name) >= 3 and name.isupper()
    if name.islower():
        return False
    return True


def add_name(qid, name, slot="names", rank=1):
    name = name.strip()
    e = entities[qid]
    if not usable(name, e["kind"]):
        return
    claims[(name, slot)].append((rank, qid))


def read_csv(*parts):
    with open(os.path.join(SRC, *parts), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    # Countries and territories.
    iso3 = {}
    by_name = {}
    for r in read_csv("country_coder", "country_coder_entities.csv"):
        level = (r.get("level") or "").strip()
        if level not in ("country", "territory", "subterritory", "union", "unitedNations"):
            continue
        kind = {"country": "country", "union": "intl_org", "unitedNations": "intl_org"}.get(level, "territory")
        country = ""
        if kind == "territory" and not r.get("country"):
            kind = "country"  # a constituent country or dependency with no parent given
        e = ent(r["qid"], kind, r["name_en"], country, rank=3 if kind == "country" else 2)
        add_name(r["qid"], r["name_en"], rank=3 if kind == "country" else 2)
        for a in (r.get("aliases") or "").split("|"):
            if len(a) > 3 or a in SHORT_OK:
                add_name(r["qid"], a, rank=2)
        if r.get("iso1A3"):
            iso3[r["iso1A3"]] = r["qid"]
        by_name[r["name_en"].lower()] = r["qid"]
    for r in read_csv("wikidata_country_aliases", "country_aliases.csv"):
        if r["language"] != "en":
            continue
        q = iso3.get(r["iso3c"])
        if not q:
            continue
        label = r["label"].strip()
        if label.lower().startswith("the "):
            if " " not in label[4:]:
                continue  # "the States": the bare word is too common to link
            label = label[4:]
        add_name(q, label, rank=3 if r["label_type"] == "official" else 2)
        by_name.setdefault(label.lower(), q)
    # Demonyms and adjectives, joined on the country's name.
    for r in read_csv("demonyms", "demonyms.csv"):
        q = by_name.get(r["Entity Name"].strip().lower()) or by_name.get(r["Geonames Name"].strip().lower())
        if not q:
            continue
        for a in r["Adjectival"].split(","):
            a = a.strip()
            if a and a not in entities[q]["names"] and a.lower() != entities[q]["label"].lower():
                add_name(q, a, "adj", rank=2)
        for d in r["Demonym"].split(","):
            add_name(q, d.strip(), "dem", rank=2)
    # Capitals.
    for r in read_csv("capitals_conzept", "capitals.csv"):
        ent(r["qid"], "capital", r["label"], r["country_qid"], rank=2)
        add_name(r["qid"], r["label"], rank=2)
        for a in (r.get("aliases") or "").split("|"):
            add_name(r["qid"], a, rank=1)
    # International organisations: English label and English-looking aliases.
    for r in read_csv("intl_orgs_supraverden", "supraverden_orgs.csv"):
        ent(r["qid"], "intl_org", r["label"], r.get("country_qid") or "", rank=2)
        add_name(r["qid"], r["label"], rank=2)
        for a in (r.get("aliases") or "").split("|"):
            if all(ord(c) < 128 for c in a):
                add_name(r["qid"], a, rank=1)
    # Armed forces and armed groups (Africa).
    for r in read_csv("africa_actors_triad", "triad_armed_actors.csv"):
        kind = {"armed_forces": "armed_force", "militia": "armed_group", "police": "armed_force"}.get(r["kind"], "armed_group")
        if not r["qid"].startswith("Q"):
            continue
        ent(r["qid"], kind, r["label"], r.get("country_qid") or "", rank=1)
        add_name(r["qid"], r["label"], rank=1)
        for a in (r.get("aliases") or "").split("|"):
            add_name(r["qid"], a, rank=0)
    # News outlets (international list only: the US local-newspaper list has too many
    # generic titles to link with confidence).
    for r in read_csv("news_outlets", "outlets_warsignals.csv"):
        ent(r["qid"], "outlet", r["label"], r.get("country_qid") or "", rank=1)
        add_name(r["qid"], r["label"], rank=1)
    # US states, with their AP abbreviations ("Calif.").
    with open(os.path.join(SRC, "us_places_hearvox", "wikidata-us-states.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            ent(r["qid"], "region", r["state"], "Q30", rank=1)
            add_name(r["qid"], r["state"], rank=1)
            if r.get("AP", "").endswith(".") and len(r["AP"]) >= 4:
                add_name(r["qid"], r["AP"], rank=1)
    # US cities and towns: linked only as "City, State" (see the context column).
    for r in read_csv("us_places_hearvox", "us_places.csv"):
        if r["qid"] not in entities:
            ent(r["qid"], "city", r["label"], "Q30", rank=0)
            entities[r["qid"]]["context"] = "state"
        add_name(r["qid"], r["label"], rank=0)
    # US newspapers with names of two words or more ("The Alabama Baptist").
    for r in read_csv("news_outlets", "us_newspapers_hearvox.csv"):
        if len(r["label"].split()) >= 2:
            ent(r["qid"], "outlet", r["label"], "Q30", rank=0)
            add_name(r["qid"], r["label"], rank=0)
    # African political parties and ethnic groups (names and QIDs).
    for r in read_csv("africa_actors_triad", "triad_actors.csv"):
        kind = {"political_party": "party", "ethnic_group": "ethnic_group"}.get(r["kind"])
        if not kind or not r["qid"].startswith("Q") or r["qid"] in entities:
            continue
        ent(r["qid"], kind, r["label"], r.get("country_qid") or "", rank=0)
        if r["label"][:1].isupper():
            add_name(r["qid"], r["label"], rank=0)

    # Curated entries and overrides (the project's own facts).
    forced = {}
    with open(CURATED, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            cols += [""] * (7 - len(cols))
            qid, kind, label, country, names, adj, dem = cols[:7]
            # A country of "-" clears the one a source gave (a group of no one country).
            ent(qid, kind, label, "" if country == "-" else country, rank=9)
            entities[qid]["kind"] = kind
            entities[qid]["context"] = ""
            if country:
                entities[qid]["country"] = "" if country == "-" else country
            for slot, field in (("names", names), ("adj", adj), ("dem", dem)):
                for n in filter(None, field.split("|")):
                    forced[(n, slot)] = qid
            forced[(label, "names")] = qid

    dropped = []
    for key, cands in claims.items():
        if key in forced:
            continue
        best = max(r for r, _ in cands)
        qids = sorted({q for r, q in cands if r == best})
        if len(qids) == 1:
            entities[qids[0]][{"names": "names", "adj": "adj", "dem": "dem"}[key[1]]].add(key[0])
        else:
            dropped.append((key[0], qids))
    for (n, slot), q in forced.items():
        entities[q][slot].add(n)
    # British and American spellings of "Organisation" name the same body ("World Trade
    # Organisation"), unless the other spelling is already some entity's name.
    taken = {n for e in entities.values() for n in e["names"]}
    for e in entities.values():
        for n in list(e["names"]):
            for a, b in (("Organization", "Organisation"), ("Organisation", "Organization")):
                # English names only: the word ends the name or comes before "of"/"for".
                english = re.search(a + r"( of | for |$)", n)
                v = n.replace(a, b)
                if english and v != n and v not in taken:
                    e["names"].add(v)
                    taken.add(v)
    # A surface form is one entity's: drop names that are also another slot's elsewhere.
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# newskg gazetteer: built by scripts/build_gazetteer.py; sources in ATTRIBUTION.md\n")
        f.write("# qid\tkind\tlabel\tcountry\tnames\tadjectives\tdemonyms\tcontext\n")
        for q in sorted(entities, key=lambda q: (entities[q]["kind"], q)):
            e = entities[q]
            # Only the names this entity won: a label claimed by a better-ranked entity (a
            # US town called "Russia") is not its name in running text.
            names = sorted(e["names"])
            if not names and not e["adj"] and not e["dem"]:
                continue
            f.write("\t".join([q, e["kind"], e["label"], e["country"], "|".join(names),
                               "|".join(sorted(e["adj"])), "|".join(sorted(e["dem"])), e.get("context", "")]) + "\n")
    print(f"{len(entities)} entities, {sum(1 for _ in claims)} surface forms, {len(dropped)} ambiguous forms dropped",
          file=sys.stderr)
    for n, qs in dropped[:40]:
        print(f"  ambiguous: {n} -> {qs}", file=sys.stderr)


if __name__ == "__main__":
    main()
