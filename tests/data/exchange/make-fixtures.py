#!/usr/bin/env python3
"""Writes the exchange fixtures: good/full.json (every field of the format used at least once)
and broken/*.json, each the good document with one thing wrong. v1/full.json and v2/full.json
are the good documents of format versions 1 and 2, kept as they were released (not written
here). Run it from this folder after changing the format; tst_jsonexchange reads the files, not this script. The fictional people
have test personnummer with valid check digits."""

import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
MINIMAL = HERE.parent / "instruments" / "minimal.json"


def instrument():
    doc = json.loads(MINIMAL.read_text(encoding="utf-8"))
    doc["id"] = "exchange-test"
    doc["nonAnswers"].append({"key": "ej_aktuellt",
                              "label": {"sv": "Ej aktuellt att fråga", "en": "Not appropriate to ask"}})
    doc["questions"].append({
        "key": "vald", "respondent": "handledare",
        "label": {"sv": "Våld i nära relation", "en": "Domestic violence"},
        "text": {"sv": "Förekommer våld i nära relation?", "en": "Is there domestic violence?"},
        "scale": {"type": "choice", "options": [
            {"key": "ja", "label": {"sv": "Ja", "en": "Yes"}},
            {"key": "misstanke", "label": {"sv": "Misstanke", "en": "Suspected"}},
            {"key": "nej", "label": {"sv": "Nej", "en": "No"}}]},
        "nonAnswers": ["ej_aktuellt"], "required": False, "sensitive": True})
    return doc


EVA = {"name": "Eva Sundberg", "organisation": "Arbetsmarknadsenheten"}
JONAS = {"name": "Jonas Wik", "organisation": "Samordningsförbundet Norr"}


def good():
    return {
        "format": "tilltro-exchange",
        "formatVersion": 3,
        "exportedAt": "2026-03-01T09:30:00.000Z",
        "generator": "Tilltro 0.1.0",
        "scope": "database",
        "sensitiveIncluded": True,
        "instruments": [{"id": "exchange-test", "version": 1, "json": instrument()}],
        "handledare": [dict(EVA, active=True), dict(JONAS, active=False)],
        "participants": [
            {
                "code": "X-0001",
                "name": "Karin Öberg",
                "personnummer": "19640823-3234",
                "protectedIdentity": False,
                "goalType": "arbete",
                "startDate": "2025-01-13",
                "endDate": "2026-02-20",
                "endReason": "arbete",
                "handledare": EVA,
                "handledareHistory": [
                    {"handledare": JONAS, "from": "2025-01-13", "to": "2025-06-01"},
                    {"handledare": EVA, "from": "2025-06-01", "to": None},
                ],
                "consents": [
                    {"scope": "registrering", "party": "", "given": "2025-01-13",
                     "recordedBy": "Jonas Wik", "withdrawn": None},
                    {"scope": "informationsutbyte", "party": "Arbetsförmedlingen",
                     "given": "2025-02-01", "recordedBy": "Jonas Wik", "withdrawn": "2025-09-01"},
                ],
                "insatser": [
                    {"category": "jobbinriktad", "title": "Praktik i butik", "provider": "ICA Nära",
                     "start": "2025-02-03", "end": "2025-08-29"},
                    {"category": "halsoinriktad", "title": "Fysioterapi", "provider": "Vårdcentralen",
                     "start": "2025-03-10", "end": None},
                ],
                "occasions": [
                    {
                        "date": "2025-01-20",
                        "state": "completed",
                        "deltagareAbsent": False,
                        "noInsats": True,
                        "handledare": JONAS,
                        "instrument": {"id": "exchange-test", "version": 1},
                        "answers": {
                            "d_halsa": {"value": 4},
                            "d_vardagen": {"code": "vet_ej"},
                            "h_soker": {"value": 3},
                            "malmedvetenhet": {"value": 5},
                            "tilltro": {"code": "tveksamt"},
                            "vald": {"code": "ej_aktuellt"},
                        },
                        "notes": "Första samtalet.\nVill komma igång med praktik.",
                        "completedAt": "2025-01-20T10:15:00.000Z",
                        "edits": [
                            {"at": "2025-01-22T08:00:00.000Z", "by": "jwik", "field": "d_halsa",
                             "before": "3", "after": "4"},
                            {"at": "2025-01-22T08:00:00.000Z", "by": "jwik", "field": "notes",
                             "before": "Första samtalet.",
                             "after": "Första samtalet.\nVill komma igång med praktik."},
                            {"at": "2025-01-22T08:00:00.000Z", "by": "jwik", "field": "vald",
                             "before": None, "after": "ej_aktuellt"},
                        ],
                    },
                    {
                        "date": "2025-04-22",
                        "state": "completed",
                        "deltagareAbsent": False,
                        "noInsats": False,
                        "handledare": JONAS,
                        "instrument": {"id": "exchange-test", "version": 1},
                        "answers": {
                            "d_halsa": {"value": 6},
                            "d_vardagen": {"value": 5},
                            "h_soker": {"value": 6},
                            "malmedvetenhet": {"value": 7},
                            "tilltro": {"code": "goda_mojligheter"},
                            "vald": {"code": "nej"},
                        },
                        "notes": "",
                        "completedAt": "2025-04-22T13:40:12.345Z",
                        "edits": [],
                    },
                    {
                        "date": "2025-07-21",
                        "state": "draft",
                        "deltagareAbsent": False,
                        "noInsats": False,
                        "handledare": EVA,
                        "instrument": {"id": "exchange-test", "version": 1},
                        "answers": {"d_halsa": {"value": 7}},
                        "notes": "Utkast.",
                        "completedAt": None,
                        "edits": [],
                    },
                    {
                        "date": "2025-10-20",
                        "state": "completed",
                        "deltagareAbsent": True,
                        "noInsats": False,
                        "handledare": EVA,
                        "instrument": {"id": "exchange-test", "version": 1},
                        "answers": {
                            "h_soker": {"value": 5},
                            "malmedvetenhet": {"value": 6},
                            "tilltro": {"code": "goda_mojligheter"},
                            "vald": {"code": "nej"},
                        },
                        "notes": "Karin kom inte; skattat utan henne.",
                        "completedAt": "2025-10-20T14:00:00.000Z",
                        "edits": [],
                    },
                ],
                "plans": [
                    {
                        "occasionDate": "2025-04-22",
                        "goalType": "arbete",
                        "goalText": "Arbete inom handel",
                        "nextMeeting": "2025-07-21",
                        "delmal": [
                            {
                                "what": "Praktik minst 20 timmar i veckan",
                                "why": "Bygga arbetsvana.",
                                "indicators": ["halsa", "soker"],
                                "targetLevel": 7,
                                "responsible": "deltagare",
                                "responsibleName": "",
                                "start": "2025-04-22",
                                "target": "2025-07-21",
                                "status": "delvis_uppnatt",
                                "followUp": "Klarar 15 timmar.",
                                "activities": [
                                    {"what": "Boka möte med butikschefen", "who": "Handledaren",
                                     "when": "2025-04-29", "done": True},
                                    {"what": "Schema för sömn", "who": "Karin", "when": None,
                                     "done": False},
                                ],
                            },
                            {
                                "what": "Fysioterapi varje vecka",
                                "why": "",
                                "indicators": [],
                                "targetLevel": None,
                                "responsible": "annan",
                                "responsibleName": "Vårdcentralen",
                                "start": None,
                                "target": None,
                                "status": "pagar",
                                "followUp": "",
                                "activities": [],
                            },
                        ],
                    },
                    {"occasionDate": None, "goalType": "studier", "goalText": "", "nextMeeting": None,
                     "delmal": []},
                ],
                "auditLog": [
                    {"at": "2025-01-13T09:00:00.000Z", "osUser": "jwik", "action": "create",
                     "entity": "participant", "details": ""},
                    {"at": "2025-01-20T10:15:00.000Z", "osUser": "jwik", "action": "create",
                     "entity": "occasion", "details": "completed"},
                ],
            },
            {
                "code": "X-0002",
                "name": "",
                "personnummer": "19700263-2870",
                "protectedIdentity": True,
                "goalType": "studier",
                "startDate": None,
                "endDate": None,
                "endReason": None,
                "handledare": None,
                "handledareHistory": [],
                "consents": [],
                "insatser": [],
                "occasions": [],
                "plans": [],
                "auditLog": [],
            },
        ],
    }


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def broken():
    """name -> bytes of a broken document."""
    cases = {}

    def mutated(name, change):
        doc = copy.deepcopy(good())
        change(doc)
        cases[name] = dump(doc).encode("utf-8")

    p0 = lambda d: d["participants"][0]
    o0 = lambda d: p0(d)["occasions"][0]

    text = dump(good())
    cases["not-json.json"] = text[:400].encode("utf-8")
    cases["empty-file.json"] = b""
    cases["not-an-object.json"] = b"[1, 2, 3]\n"
    cases["invalid-utf8.json"] = text.replace("Karin Öberg", "Karin \u00d6berg").encode("utf-8").replace(
        "Öberg".encode("utf-8"), b"\xd6berg", 1)
    cases["duplicate-key.json"] = text.replace('"code": "X-0001",',
                                               '"code": "X-0001",\n      "code": "X-0009",', 1).encode("utf-8")
    cases["nul-character.json"] = text.replace('"Karin Öberg"', '"Karin\\u0000 Öberg"', 1).encode("utf-8")
    cases["number-overflow.json"] = text.replace('"d_halsa": {\n              "value": 4',
                                                 '"d_halsa": {\n              "value": 1e400', 1).encode("utf-8")
    assert cases["number-overflow.json"] != text.encode("utf-8")

    mutated("wrong-format.json", lambda d: d.update(format="tilltro-export"))
    mutated("instrument-file.json", lambda d: d.clear() or d.update(instrument()))
    mutated("newer-format-version.json", lambda d: d.update(formatVersion=4))
    mutated("missing-field.json", lambda d: p0(d).pop("code"))
    mutated("wrong-type.json", lambda d: p0(d).update(protectedIdentity="yes"))
    mutated("unknown-field.json", lambda d: p0(d).update(personummer="19640823-3234"))
    mutated("answer-out-of-range.json", lambda d: o0(d)["answers"].update(d_halsa={"value": 11}))
    mutated("answer-not-whole.json", lambda d: o0(d)["answers"].update(d_halsa={"value": 5.5}))
    mutated("answer-value-and-code.json",
            lambda d: o0(d)["answers"].update(d_halsa={"value": 5, "code": "vet_ej"}))
    mutated("answer-unknown-question.json", lambda d: o0(d)["answers"].update(lon={"value": 5}))
    mutated("answer-bad-code.json", lambda d: o0(d)["answers"].update(tilltro={"code": "kanske"}))
    mutated("number-beyond-64-bits.json",
            lambda d: o0(d)["answers"].update(d_halsa={"value": 18446744073709551616}))
    mutated("negative-beyond-64-bits.json",
            lambda d: o0(d)["answers"].update(d_halsa={"value": -9223372036854775809}))
    mutated("instrument-reference-missing.json",
            lambda d: o0(d).update(instrument={"id": "exchange-test", "version": 7}))
    mutated("personnummer-check-digit.json", lambda d: p0(d).update(personnummer="19640823-3235"))
    mutated("impossible-date.json", lambda d: p0(d).update(startDate="2025-02-30"))
    mutated("date-with-time.json", lambda d: p0(d)["insatser"][0].update(start="2025-02-03T10:00:00"))
    mutated("end-reason-without-end-date.json", lambda d: p0(d).update(endDate=None))
    mutated("end-reason-not-a-key.json", lambda d: p0(d).update(endReason="Eget företag"))
    mutated("handledare-not-listed.json",
            lambda d: p0(d).update(handledare={"name": "Okänd", "organisation": ""}))
    mutated("duplicate-code-in-file.json", lambda d: d["participants"][1].update(code="X-0001"))
    mutated("sensitive-answer-when-excluded.json", lambda d: (
        d.update(sensitiveIncluded=False),
        [o.pop("notes") for o in p0(d)["occasions"]],
        [o.update(edits=[]) for o in p0(d)["occasions"]]))
    mutated("notes-when-excluded.json", lambda d: (
        d.update(sensitiveIncluded=False),
        [o["answers"].pop("vald", None) for o in p0(d)["occasions"]],
        [o.update(edits=[]) for o in p0(d)["occasions"]]))
    mutated("broken-embedded-instrument.json",
            lambda d: d["instruments"][0]["json"].pop("questions"))
    mutated("instrument-id-mismatch.json", lambda d: d["instruments"][0].update(id="other"))
    mutated("plan-occasion-date-unknown.json",
            lambda d: p0(d)["plans"][0].update(occasionDate="2025-05-01"))
    mutated("two-open-handledare-periods.json",
            lambda d: p0(d)["handledareHistory"][0].update(to=None))
    mutated("insats-ends-before-start.json", lambda d: p0(d)["insatser"][0].update(end="2025-01-01"))
    mutated("occasion-after-today.json",
            lambda d: p0(d)["occasions"][2].update(date="2999-12-31"))
    mutated("participants-not-array.json", lambda d: d.update(participants={}))
    mutated("next-meeting-impossible-date.json",
            lambda d: p0(d)["plans"][0].update(nextMeeting="2025-06-31"))
    mutated("absent-with-participant-answers.json",
            lambda d: p0(d)["occasions"][3]["answers"].update(d_halsa={"value": 5}))
    return cases


def main():
    (HERE / "good").mkdir(exist_ok=True)
    (HERE / "broken").mkdir(exist_ok=True)
    (HERE / "good" / "full.json").write_text(dump(good()), encoding="utf-8")
    for old in (HERE / "broken").glob("*.json"):
        old.unlink()
    for name, data in sorted(broken().items()):
        (HERE / "broken" / name).write_bytes(data)


if __name__ == "__main__":
    main()
