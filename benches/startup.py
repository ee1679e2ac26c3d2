#!/usr/bin/env python3
"""Start-up cost of newskg: wall time and peak RSS (median of N runs) of `newskg --version`,
`newskg extract` on a 2-byte file (all start-up, no work) and on one normal article
(examples/niger-us-pullout.txt), for two binaries side by side, with ratios.

    benches/startup.py                       # before: the commit before the compact models; after: this checkout
    benches/startup.py --before REV_OR_BIN --after REV_OR_BIN [--runs 10]

A revision is built in a temporary git worktree (release, in CARGO_TARGET_DIR or ./target)
and its binary copied away before anything else builds; a path is used as it is. Runs are
interleaved (before, after, before, ...) so that load from other processes hits both alike.
Peak RSS is the child's ru_maxrss (os.wait4); wall time is measured around fork and exit.
Then start-up alone: `extract -` is caught blocked reading its input (before any work)
and its RSS and anonymous RSS read from /proc. RSS counts the binary's pages the kernel
maps around each page touched (fault-around), so it depends on what the page cache holds;
anonymous RSS is the process's own memory.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def git(*args, cwd=ROOT):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def default_before():
    # The parent of the commit that added the build-time compact models.
    added = git("log", "--format=%H", "--diff-filter=A", "-1", "--", "crates/newskg-text/build.rs")
    return f"{added}^" if added else "HEAD"


def binary(spec, work, name):
    """A binary path as given, or the binary built from a git revision ('.' = this checkout)."""
    if spec != "." and Path(spec).is_file():
        return spec
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    out = Path(work) / name
    if spec == ".":
        src = ROOT
    else:
        src = Path(work) / f"src-{name}"
        git("worktree", "add", "--detach", str(src), spec)
    try:
        commit = git("rev-parse", "--short=12", "HEAD", cwd=src)
        print(f"startup: building {name} from {spec} ({commit})", file=sys.stderr)
        env = dict(os.environ, CARGO_TARGET_DIR=str(target))
        # Other checkouts may build into the same target directory and replace
        # target/release/newskg between our build and our copy: check the copy's commit.
        for _ in range(3):
            subprocess.run(["cargo", "build", "--release", "-q", "--bin", "newskg"], cwd=src, env=env, check=True)
            shutil.copy2(target / "release" / "newskg", out)
            if commit in subprocess.run([str(out), "--version"], capture_output=True, text=True).stdout:
                break
            (src / "build.rs").touch()  # make cargo build and copy it again
        else:
            sys.exit(f"startup: could not get a binary of {commit} out of {target}")
    finally:
        if spec != ".":
            git("worktree", "remove", "--force", str(src))
    return str(out)


def run_once(argv):
    """(wall seconds, peak RSS in KB) of one run, output discarded."""
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_RDWR)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        env = {k: v for k, v in os.environ.items() if k != "NEWSKG_STORE"}
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"startup: {' '.join(argv)} failed")
    return wall, usage.ru_maxrss


def waiting(cmd):
    """Start-up alone: spawns `cmd` (which reads standard input), waits until it blocks
    reading it (the read system call, from /proc/PID/syscall), and returns (seconds from
    spawn, RSS MB, anonymous RSS MB) at that moment, before any work; then feeds it "Hi"."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                call = open(f"/proc/{p.pid}/syscall").read().split()
            except OSError:
                call = []
            if call and call[0] == "0" and call[1] == "0x0":  # read(0, ...)
                break
            time.sleep(0.0002)
        took = time.perf_counter() - t
        status = dict(l.split(":", 1) for l in open(f"/proc/{p.pid}/status") if ":" in l)
        kb = lambda k: int(status[k].split()[0]) / 1024
        return took, kb("VmRSS"), kb("RssAnon")
    finally:
        p.communicate(b"Hi")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", default=None, help="binary or git revision (default: before the compact models)")
    ap.add_argument("--after", default=".", help="binary or git revision (default: this checkout)")
    ap.add_argument("--runs", type=int, default=10)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        bins = {
            "before": binary(a.before or default_before(), work, "before"),
            "after": binary(a.after, work, "after"),
        }
        tiny = Path(work) / "tiny.txt"
        tiny.write_text("Hi")
        cases = [
            ("--version", ["--version"]),
            ("extract tiny.txt (2 bytes)", ["extract", str(tiny)]),
            ("extract niger-us-pullout.txt", ["extract", str(ROOT / "examples" / "niger-us-pullout.txt")]),
        ]
        for b in bins.values():  # warm the page cache
            for _, args in cases:
                run_once([b, *args])
        res = {(n, c): [] for n in bins for c, _ in cases}
        for _ in range(a.runs):
            for c, args in cases:
                for n, b in bins.items():
                    res[(n, c)].append(run_once([b, *args]))
        wait = {n: [waiting([b, "extract", "-"]) for _ in range(a.runs)] for n, b in bins.items()}
        print(f"start-up, median of {a.runs} runs (wall ms / peak RSS MB); ratio = after / before")
        print(f"{'':30} {'before':>16} {'after':>16} {'ratio':>13}")
        for c, _ in cases:
            row = []
            for n in bins:
                runs = res[(n, c)]
                row.append((statistics.median(r[0] for r in runs) * 1000,
                            statistics.median(r[1] for r in runs) / 1024))
            (bt, bm), (at, am) = row
            print(f"{c:30} {bt:7.1f} / {bm:5.1f}  {at:7.1f} / {am:5.1f}  {at / bt:5.2f} / {am / bm:4.2f}")
        print("\nbefore its work: `extract -` blocked reading its input (ms from spawn / RSS MB /"
              " anonymous RSS MB)")
        for n in bins:
            w = wait[n]
            med = [statistics.median(r[i] for r in w) for i in range(3)]
            print(f"{n:30} {med[0] * 1000:7.1f} / {med[1]:5.1f} / {med[2]:5.1f}")


if __name__ == "__main__":
    main()
