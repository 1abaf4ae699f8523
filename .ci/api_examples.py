#!/usr/bin/env python3
"""Lists public items whose own doc comment has no example (a ``` block).

Reads rustdoc's JSON (nightly only, so this is not part of .ci/run):
    cargo +nightly rustdoc --lib -- -Z unstable-options --output-format json
    python3 .ci/api_examples.py            # exit 1 if any item lacks an example
Walks the public API from the crate root (re-exports followed once); counts types, traits,
modules, constants, type aliases, associated constants, free functions and inherent methods.
Enum variants and struct fields are documented but need no example of their own.
"""
import collections
import json
import sys

KINDS = {"function", "struct", "enum", "trait", "module", "constant", "type_alias",
         "assoc_const", "union"}

doc = json.load(open("target/doc/zfxxgk.json"))
index = doc["index"]
seen, items = set(), []


def get(i):
    return index.get(str(i))


def walk(iid, path):
    if iid in seen:
        return
    seen.add(iid)
    it = get(iid)
    if it is None:
        return
    kind = next(iter(it["inner"]))
    inner = it["inner"][kind]
    here = path + ([it["name"]] if it.get("name") else [])
    if kind == "use":
        if inner.get("id") is not None:
            walk(inner["id"], path)
        return
    items.append((kind, "::".join(here), it))
    children = []
    if kind == "module":
        children = inner["items"]
    elif kind == "trait":
        children = inner["items"]
    if kind in ("struct", "enum", "union"):
        for impl_id in inner.get("impls", []):
            imp = get(impl_id)
            if imp is None:
                continue
            i = imp["inner"]["impl"]
            if i.get("trait") is None and not i.get("is_synthetic") and not i.get("blanket_impl"):
                children += [c for c in i["items"] if (get(c) or {}).get("visibility") == "public"]
    for c in children:
        walk(c, here)


walk(doc["root"], [])
total, missing = collections.Counter(), []
for kind, path, it in items:
    if kind not in KINDS:
        continue
    total[kind] += 1
    if "```" not in (it.get("docs") or ""):
        missing.append(f"{kind:12} {path}  ({it['span']['filename'] if it.get('span') else '?'})")
print(f"{sum(total.values())} public items: {dict(total)}")
print(f"{len(missing)} without an example")
for m in missing:
    print("  " + m)
sys.exit(1 if missing else 0)
