#!/usr/bin/env python3
"""The named questions before and after a change to queries/*.rq, on one store.

Builds a store from the examples and the open set (../shared/eval/open/*.txt), serves it
with `newskg serve` and asks every named question with typical parameters (Niger by QID
and by name, after=coup, a country with no events), each the old way (the .rq files at
--before-rev) and the new way (the .rq files in the working tree), alternately, 5 times.
Both are sent as query text with the parameters as a VALUES block where query.rs's
binding joins it (the leftmost pattern of the WHERE group, below its filters, inside a
sub-select that opens the group), so the endpoint evaluates what `query --name` does. Answers must be equal (same rows in the same order),
or the script says so and exits 1. Then the new ones once more through the CLI as users
call them (`newskg query --name NAME --param k=v`), whose answers must equal the
endpoint's, timed as whole processes beside `query 'ASK {}'` (the cost of starting the
binary and opening the store).

Prints, per question and parameters, the median of 5 wall times before and after (at the
endpoint: evaluation plus a loopback round trip) and the ratio; then the CLI medians.

usage: benches/queries.py [--bin BINARY] [--before-rev REV] [--runs 5] [--timeout 30]
       benches/queries.py --check [--bin BINARY] [--before-rev REV]

--bin defaults to `cargo run --release -q --` (built once, then target/release/newskg).
--check compares old and new answers instead of timing them: for the examples and every
open-set article, each in a store of its own, and for the store of all of them, every
named question with every country the store's events are in and a country with no events,
forces-left also with after= each event type, claims with every article and event.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OPEN = os.path.join(ROOT, "..", "shared", "eval", "open")
NAMES = {"Niger": "Q1032"}  # the names the cases use, as the gazetteer binds them
NO_EVENTS = "Q17"  # Japan: in the gazetteer, in none of the articles
EVENT_TYPES = ["Coup", "Withdrawal", "Deployment", "Arrival", "Protest", "Meeting",
               "Agreement", "Demand", "Sanction", "Attack", "Designation", "Training",
               "Election", "Visit"]
QUESTIONS = ["articles", "claims", "entities", "events", "forces-arrived", "forces-left",
             "timeline"]


def term(key, value):
    """A parameter value as the RDF term query.rs binds, in SPARQL syntax."""
    if key == "country":
        return "wd:" + NAMES.get(value, value)
    if key == "after":
        return "nkg:" + value[0].upper() + value[1:].lower()
    if key == "of":
        return "<" + value + ">"
    raise ValueError(key)


def with_values(text, params):
    """The query with `params` as a VALUES block where query.rs's binding joins it: at the
    start of the WHERE group, or of the sub-select that opens it (the leftmost pattern)."""
    if not params:
        return text
    keys = sorted(params)
    values = "VALUES ({}) {{ ({}) }}\n".format(
        " ".join("?" + k for k in keys), " ".join(term(k, params[k]) for k in keys))
    at = text.index("WHERE {") + len("WHERE {")
    while True:
        rest = "\n".join(line for line in text[at:].split("\n")
                         if not line.strip().startswith("#"))
        body = rest.lstrip()
        if not (body.startswith("{") and body[1:].lstrip().upper().startswith("SELECT")):
            break
        at = text.index("WHERE {", at) + len("WHERE {")
    return text[:at] + "\n  " + values + text[at:]


def old_text(rev, name):
    return subprocess.run(["git", "-C", ROOT, "show", f"{rev}:queries/{name}.rq"],
                          check=True, capture_output=True, text=True).stdout


def new_text(name):
    with open(os.path.join(ROOT, "queries", name + ".rq")) as f:
        return f.read()


def binary(arg):
    if arg:
        return arg
    subprocess.run(["cargo", "build", "--release", "-q", "--bin", "newskg"], cwd=ROOT,
                   check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "newskg")


def ingest(bin_, store, files):
    subprocess.run([bin_, "--store", store, "-q", "ingest", *files], check=True)


def corpus():
    ex = sorted(os.path.join(ROOT, "examples", f) for f in os.listdir(os.path.join(ROOT, "examples")))
    op = sorted(os.path.join(OPEN, f) for f in os.listdir(OPEN) if f.endswith(".txt"))
    return ex, op


class Endpoint:
    def __init__(self, bin_, store, timeout):
        self.p = subprocess.Popen([bin_, "--store", store, "-q", "serve", "--bind", "127.0.0.1:0",
                                   "--timeout", str(timeout)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.timeout = timeout
        self.url = None
        t = time.monotonic()
        while self.url is None and time.monotonic() - t < 30:
            try:
                urllib.request.urlopen(self._probe(), timeout=1).read()
            except Exception:
                time.sleep(0.1)
        if self.url is None:
            self.close()
            sys.exit("serve did not start")

    def _probe(self):
        # serve -q prints nothing; read the address file it writes into the store.
        if self.url is None:
            with open(os.path.join(self.store_dir, "newskg-endpoint")) as f:
                holder = json.load(f)
            if holder["pid"] != self.p.pid:  # an old file; ours is not written yet
                raise OSError("not yet")
            self.url = holder["url"].rstrip("/")
        return self.url + "/query?query=ASK%7B%7D"

    def ask(self, text):
        """(seconds, rows) or (None, why) for an error or a timeout."""
        data = urllib.parse.urlencode({"query": text}).encode()
        req = urllib.request.Request(self.url + "/query", data=data, headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded"})
        t = time.monotonic()
        try:
            body = urllib.request.urlopen(req, timeout=self.timeout + 10).read()
        except urllib.error.HTTPError as e:
            return None, f"HTTP {e.code}: {e.read()[:200]!r}"
        secs = time.monotonic() - t
        return secs, rows(body)

    def close(self):
        self.p.terminate()
        self.p.wait()


def start(bin_, store, timeout):
    ep = Endpoint.__new__(Endpoint)
    ep.store_dir = store
    Endpoint.__init__(ep, bin_, store, timeout)
    return ep


def rows(body):
    data = json.loads(body)
    if "boolean" in data:
        return data["boolean"]
    return [{k: (v["type"], v["value"], v.get("datatype"), v.get("xml:lang"))
             for k, v in r.items()} for r in data["results"]["bindings"]]


def cases(article):
    c = [("articles", {}), ("entities", {}), ("claims", {"of": article})]
    for q in ("events", "timeline", "forces-arrived", "forces-left"):
        c += [(q, {"country": "Q1032"}), (q, {"country": "Niger"})]
        if q == "forces-left":
            c.append((q, {"country": "Q1032", "after": "coup"}))
        c.append((q, {"country": NO_EVENTS}))
        if q == "forces-left":
            c.append((q, {"country": NO_EVENTS, "after": "coup"}))
    return c


def label(name, params):
    return name + (" " + " ".join(f"{k}={v}" for k, v in sorted(params.items())) if params else "")


def ms(x):
    return "timeout" if x is None else f"{x * 1000:.0f} ms" if x >= 0.1 else f"{x * 1000:.1f} ms"


def bench(a, bin_):
    ex, op = corpus()
    bad = 0
    with tempfile.TemporaryDirectory(prefix="newskg-qbench-") as tmp:
        store = os.path.join(tmp, "store")
        ingest(bin_, store, ex + op)
        ep = start(bin_, store, a.timeout)
        try:
            _, arts = ep.ask("SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a")
            pullout = [r["a"][1] for r in arts if "niger" in r["a"][1]] or [arts[0]["a"][1]]
            results = []
            for name, params in cases(pullout[0]):
                before_q = with_values(old_text(a.before_rev, name), params)
                after_q = with_values(new_text(name), params)
                tb, ta, answers = [], [], []
                for _ in range(a.runs):
                    for q, ts in ((before_q, tb), (after_q, ta)):
                        secs, r = ep.ask(q)
                        ts.append(secs)
                        answers.append(r)
                        if secs is None:
                            print(f"  {label(name, params)}: {r}", file=sys.stderr)
                b_ok = [x for x in tb if x is not None]
                a_ok = [x for x in ta if x is not None]
                mb = statistics.median(b_ok) if len(b_ok) == len(tb) else None
                ma = statistics.median(a_ok) if len(a_ok) == len(ta) else None
                same = answers[0] == answers[1] and mb is not None and ma is not None
                if not same:
                    bad += 1
                results.append((name, params, mb, ma, same, answers[1]))
                print(f"{label(name, params):<45} {ms(mb):>10} {ms(ma):>10} "
                      f"{(mb / ma if mb and ma else float('nan')):>8.1f}x "
                      f"{'' if same else ' ANSWERS DIFFER'}", flush=True)
        finally:
            ep.close()
        print()
        print("CLI, whole process (`newskg query --name …`), median of", a.runs)
        floor = statistics.median(cli(bin_, store, ["query", "ASK {}"])[0] for _ in range(a.runs))
        print(f"{'query ASK {} (start + open)':<45} {ms(floor):>10}")
        for name, params, _, _, _, want in results:
            args = ["query", "--name", name]
            for k, v in sorted(params.items()):
                args += ["--param", f"{k}={v}"]
            runs = [cli(bin_, store, args) for _ in range(a.runs)]
            same = runs[0][1] == want
            if not same:
                bad += 1
            print(f"{label(name, params):<45} {ms(statistics.median(r[0] for r in runs)):>10}"
                  f"{'' if same else '  DIFFERS FROM THE ENDPOINT'}")
    return bad


def cli(bin_, store, args):
    t = time.monotonic()
    p = subprocess.run([bin_, "--store", store, *args, "--format", "json"],
                       capture_output=True, text=True)
    secs = time.monotonic() - t
    if p.returncode:
        sys.exit(f"{' '.join(args)}: {p.stderr}")
    return secs, rows(p.stdout)


def check(a, bin_):
    """Old and new answers on a store per article and on the store of all of them."""
    ex, op = corpus()
    stores = [[f] for f in ex + op] + [ex + op]
    compared = differ = 0
    with tempfile.TemporaryDirectory(prefix="newskg-qcheck-") as tmp:
        for i, files in enumerate(stores):
            store = os.path.join(tmp, f"s{i}")
            ingest(bin_, store, files)
            ep = start(bin_, store, a.timeout)
            try:
                _, cs = ep.ask("SELECT DISTINCT ?c WHERE { ?e nkg:country ?p . ?p owl:sameAs ?c }")
                countries = sorted({r["c"][1].rsplit("/", 1)[1] for r in cs} | {NO_EVENTS})
                _, its = ep.ask("SELECT DISTINCT ?x WHERE { { ?x a schema:NewsArticle } UNION "
                                "{ ?c nkg:asserts ?x } }")
                iris = sorted(r["x"][1] for r in its)
                todo = [("articles", {}), ("entities", {})]
                todo += [("claims", {"of": x}) for x in iris]
                for c in countries:
                    for q in ("events", "timeline", "forces-arrived", "forces-left"):
                        todo.append((q, {"country": c}))
                    todo += [("forces-left", {"country": c, "after": t}) for t in EVENT_TYPES]
                n = 0
                for name, params in todo:
                    _, old = ep.ask(with_values(old_text(a.before_rev, name), params))
                    _, new = ep.ask(with_values(new_text(name), params))
                    compared += 1
                    n += bool(old) if isinstance(old, list) else 0
                    if old != new or isinstance(old, str):
                        differ += 1
                        print(f"DIFFER {os.path.basename(files[0]) if len(files) == 1 else 'all'}: "
                              f"{label(name, params)}\n  old {old}\n  new {new}")
                what = os.path.basename(files[0]) if len(files) == 1 else f"all {len(files)} articles"
                print(f"{what}: {len(todo)} questions compared ({n} with answers), "
                      f"{len(countries)} countries", flush=True)
            finally:
                ep.close()
    print(f"check: {compared} compared, {differ} differ")
    return differ


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin")
    ap.add_argument("--before-rev", default="f5a59db",
                    help="the commit whose queries/*.rq are 'before' (default: main before the rewrite)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    bin_ = binary(a.bin)
    if a.check:
        sys.exit(1 if check(a, bin_) else 0)
    print(f"{'question':<45} {'before':>10} {'after':>10} {'ratio':>9}")
    sys.exit(1 if bench(a, bin_) else 0)


if __name__ == "__main__":
    main()
