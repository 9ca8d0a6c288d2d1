#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (docs/fuzzing.md) into this folder.

    tests/data/fuzz/make-seeds.py build/ci/src/app/tilltro

exchange/: documents exported by `tilltro export-json` from a demo database, cut down to a few
KB (fewer occasions and audit entries; most seeds carry a smaller copy of the instrument under
the id "skapa-bip-fuzz", one keeps the real one so an import reuses the stored version), with a
personnummer, an edit and a whole-database document added; plus the exchange test fixture.
instrument/: the shipped instrument, the test's minimal one, a cut-down one and a few broken
ones. personnummer/: one text per file, valid and invalid forms (our own numbers, check digits
computed here).
"""
import copy
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def compact(document):
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def luhn(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def pnr(yyyymmdd, serial):
    ten = yyyymmdd[2:] + serial
    return yyyymmdd + "-" + serial + luhn(ten)


def small_instrument(full):
    """The instrument with six questions (numeric, choice, sensitive), id skapa-bip-fuzz."""
    keys = ["d_halsa", "h_halsa", "d_lon", "d_kompetens", "tilltro", "vald"]
    small = copy.deepcopy(full)
    small["id"] = "skapa-bip-fuzz"
    small["questions"] = [q for q in full["questions"] if q["key"] in keys]
    used = {q.get("indicator") for q in small["questions"]}
    small["indicators"] = [i for i in full["indicators"] if i["key"] in used]
    return small, keys


def cut(document, occasions, small, keys):
    document = copy.deepcopy(document)
    if small:
        document["instruments"] = [{"id": small["id"], "version": small["version"], "json": small}]
    for p in document["participants"]:
        p["occasions"] = p["occasions"][-occasions:]
        p["auditLog"] = p["auditLog"][:3]
        for o in p["occasions"]:
            if small:
                o["instrument"] = {"id": small["id"], "version": small["version"]}
                o["answers"] = {k: v for k, v in o["answers"].items() if k in keys}
        dates = {o["date"] for o in p["occasions"]}
        for plan in p["plans"]:
            if plan["occasionDate"] not in dates:
                plan["occasionDate"] = None
            plan["delmal"] = plan["delmal"][:2]
    return document


def main():
    tilltro = sys.argv[1]
    work = pathlib.Path(tempfile.mkdtemp())
    db = work / "demo.tilltro"
    subprocess.run([tilltro, "demo", "--database", db], check=True, capture_output=True)
    exports = {}
    for code, sensitive in [("D-0003", True), ("D-0011", False), ("D-0012", True), ("D-0001", False)]:
        out = work / f"{code}.json"
        args = [tilltro, "export-json", "--database", db, "--participant", code, "--output", out]
        subprocess.run(args + (["--include-sensitive"] if sensitive else []), check=True,
                       capture_output=True)
        exports[code] = json.loads(out.read_text(encoding="utf-8"))
    shutil.rmtree(work)

    full_instrument = exports["D-0003"]["instruments"][0]["json"]
    small, keys = small_instrument(full_instrument)
    ex = HERE / "exchange"
    if ex.exists():
        shutil.rmtree(ex)

    # A sensitive export with a personnummer and an edit of a completed occasion.
    d3 = cut(exports["D-0003"], 2, small, keys)
    p = d3["participants"][0]
    p["personnummer"] = pnr("19850412", "238")
    for o in p["occasions"]:
        if o["state"] == "completed":
            o["edits"] = [{"at": "2026-11-02T10:00:00.000Z", "by": "handledare", "field": "d_halsa",
                           "before": "3", "after": "4"}]
            break
    write(ex / "participant-sensitive.json", json.dumps(d3, ensure_ascii=False, indent=2))
    # Without sensitive content; ended participation.
    write(ex / "participant-ended.json", compact(cut(exports["D-0012"], 1, small, keys)))
    # The real instrument, as stored in the demo database (reused on import).
    write(ex / "participant-real-instrument.json", compact(cut(exports["D-0011"], 1, None, keys)))
    # A whole-database document with two deltagare (a samordningsnummer, a protected identity).
    two = cut(exports["D-0011"], 1, small, keys)
    other = copy.deepcopy(cut(exports["D-0012"], 1, small, keys)["participants"][0])
    other["code"] = "D-0099"
    other["personnummer"] = pnr("19920371", "417")
    other["protectedIdentity"] = True
    for o in other["occasions"]:  # this document leaves sensitive content out
        o.pop("notes", None)
        o.pop("edits", None)
        o["edits"] = []
        o["answers"].pop("vald", None)
    two["scope"] = "database"
    two["participants"].append(other)
    two["handledare"] = exports["D-0012"]["handledare"] + [
        h for h in two["handledare"] if h not in exports["D-0012"]["handledare"]]
    write(ex / "database-two.json", compact(two))
    # A code the fuzz database already has: refused as a conflict.
    write(ex / "conflict.json", compact(cut(exports["D-0001"], 1, small, keys)))
    shutil.copy(ROOT / "tests/data/exchange/good/full.json", ex / "fixture-full.json")

    ins = HERE / "instrument"
    if ins.exists():
        shutil.rmtree(ins)
    ins.mkdir()
    shutil.copy(ROOT / "resources/instruments/skapa-bip-v1.json", ins / "skapa-bip-v1.json")
    shutil.copy(ROOT / "tests/data/instruments/minimal.json", ins / "minimal.json")
    write(ins / "small.json", json.dumps(small, ensure_ascii=False, indent=1))
    broken = dict(small, questions=small["questions"] + [small["questions"][0]])
    write(ins / "duplicate-question.json", compact(broken))
    write(ins / "max-below-min.json", compact(small).replace('"max":10', '"max":0', 1))
    write(ins / "not-an-object.json", "[1, 2, 3]")

    pn = HERE / "personnummer"
    if pn.exists():
        shutil.rmtree(pn)
    texts = {
        "long-dash": pnr("19850412", "238"),
        "long-digits": pnr("19850412", "238").replace("-", ""),
        "short-dash": pnr("19850412", "238")[2:],
        "short-digits": pnr("19850412", "238")[2:].replace("-", ""),
        "plus-hundred": pnr("19150606", "123")[2:].replace("-", "+"),
        "samordning": pnr("19920371", "417"),
        "samordning-short": pnr("19920371", "417")[2:],
        "leap-day": pnr("20000229", "315"),
        "leap-day-short": pnr("20240229", "003")[2:],
        "not-leap": pnr("20230229", "315"),
        "wrong-check": pnr("19850412", "238")[:-1] + str((int(pnr("19850412", "238")[-1]) + 1) % 10),
        "serial-000": pnr("19850412", "000"),
        "future": pnr("20991231", "123"),
        "month-13": pnr("19851312", "238"),
        "day-92": pnr("19850192", "238"),
        "plus-long": pnr("19150606", "123").replace("-", "+"),
        "two-dashes": "1985-0412-2384",
        "dash-misplaced": "198504-122384",
        "inner-space": "850412 2384",
        "padded": "  " + pnr("19850412", "238")[2:] + "\t",
        "eleven-digits": "85041223841",
        "fullwidth-digit": "８50412-2384",
        "letters": "YYMMDD-NNNN",
        "empty": "",
    }
    for name, text in texts.items():
        write(pn / name, text)


if __name__ == "__main__":
    main()
