#!/usr/bin/env python3
"""MSRV check without a second toolchain.

Only the machine's stable toolchain exists in CI, so `cargo +MSRV check` cannot run. This checks
what can be checked, against the `rust-version` of Cargo.toml (read, never hard-coded):

* every crate the library links -- normal and build dependencies, transitively, with all
  features on, for every target -- as locked in Cargo.lock, declares a `rust-version` no newer
  than ours (a failure);
* every crate the tests, examples and benches need on this host (dev-dependencies) does too
  (a failure as well: `cargo +MSRV test --locked` should work);
* with `--fresh`, the same on a lockfile resolved anew in a scratch copy of the repository, the
  way `cargo update` would resolve it today (.cargo/config.toml makes cargo prefer versions
  whose `rust-version` fits ours). If that resolution cannot run (no registry), it says so and
  does not fail.

Our own code is checked against the MSRV by clippy's `incompatible_msrv` lint, which reads
`rust-version` from Cargo.toml.

    python3 .ci/msrv.py            # the committed Cargo.lock
    python3 .ci/msrv.py --fresh    # and a fresh resolution
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def version(v):
    parts = [int(re.match(r"\d+", p).group()) for p in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def cargo(args, cwd, text=True):
    return subprocess.check_output(["cargo"] + args, cwd=cwd, text=text)


def tree(cwd, edges, target):
    """(name, version) of every package `cargo tree` reaches along `edges`."""
    targets = ["--target", target] if target else []  # default: the host
    out = cargo(["tree", "--locked", "--all-features", "-e", edges] + targets +
                ["--prefix", "none", "--format", "{p}"], cwd)
    found = set()
    for line in out.splitlines():
        m = re.match(r"(\S+) v(\S+)", line)
        if m:
            found.add((m.group(1), m.group(2)))
    return found


def check(cwd, label):
    """Problems (one line each) of the lockfile in `cwd`."""
    own = json.loads(cargo(["metadata", "--format-version", "1", "--locked", "--no-deps"], cwd))
    me = own["packages"][0]
    msrv = me["rust_version"]
    if not msrv:
        return [f"{label}: Cargo.toml declares no rust-version"], None
    full = json.loads(cargo(["metadata", "--format-version", "1", "--locked"], cwd))
    declared = {(p["name"], p["version"]): p.get("rust_version") for p in full["packages"]}
    me_key = (me["name"], me["version"])
    library = tree(cwd, "normal,build", "all") - {me_key}
    dev = tree(cwd, "normal,build,dev", None) - library - {me_key}
    bad = []
    for kind, deps in (("library", library), ("dev", dev)):
        for name, ver in sorted(deps):
            rv = declared.get((name, ver))
            if rv and version(rv) > version(msrv):
                bad.append(f"{label}: {kind} dependency {name} {ver} needs Rust {rv}")
    print(f"{label}: MSRV {msrv}: {len(library)} library and {len(dev)} dev-only dependencies "
          f"checked, {len(bad)} too new")
    return bad, msrv


def fresh():
    """Resolves a lockfile anew in a scratch copy and checks it; None if it cannot resolve."""
    with tempfile.TemporaryDirectory(prefix="zfxxgk-msrv-") as tmp:
        copy = os.path.join(tmp, "repo")
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("target", ".git", "fuzz"))
        os.remove(os.path.join(copy, "Cargo.lock"))
        r = subprocess.run(["cargo", "generate-lockfile"], cwd=copy, capture_output=True,
                           text=True)
        if r.returncode != 0:
            last = (r.stderr.strip().splitlines() or ["?"])[-1]
            print(f"fresh resolution: skipped, cargo generate-lockfile failed: {last}")
            return []
        return check(copy, "fresh resolution")[0]


problems, _ = check(ROOT, "Cargo.lock")
if "--fresh" in sys.argv[1:]:
    problems += fresh()
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
