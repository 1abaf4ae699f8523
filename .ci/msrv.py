#!/usr/bin/env python3
"""MSRV check without a second toolchain.

Only the machine's stable toolchain exists in CI, so `cargo +1.80 check` cannot run. This checks
what can be checked: every crate the library links (normal and build dependencies, transitively,
as locked in Cargo.lock) declares a `rust-version` no newer than ours. Our own code is checked
against the MSRV by clippy's `incompatible_msrv` lint, which reads `rust-version` from Cargo.toml.
Dev-dependencies (proptest, criterion) are not part of what users build and are not checked.
"""
import json
import re
import subprocess
import sys


def version(v):
    parts = [int(p) for p in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


meta = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--locked", "--no-deps"]))
msrv = meta["packages"][0]["rust_version"]
full = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--locked"]))
rust_version = {(p["name"], p["version"]): p.get("rust_version") for p in full["packages"]}

# `cargo tree` resolves features the way a build does (`cargo metadata` lists every optional
# dependency); `--target all` keeps platform-specific crates in.
tree = subprocess.check_output(
    ["cargo", "tree", "--locked", "-e", "normal,build", "--target", "all", "--prefix", "none",
     "--format", "{p}"], text=True)
deps = set()
for line in tree.splitlines():
    m = re.match(r"(\S+) v(\S+)", line)
    if m and m.group(1) != meta["packages"][0]["name"]:
        deps.add((m.group(1), m.group(2)))

bad = []
for name, ver in sorted(deps):
    rv = rust_version.get((name, ver))
    if rv and version(rv) > version(msrv):
        bad.append(f"{name} {ver} needs Rust {rv}")

print(f"MSRV {msrv}: {len(deps)} library dependencies checked")
for line in bad:
    print("  " + line)
sys.exit(1 if bad else 0)
