#!/usr/bin/env python3
"""The engine's output for every request the repo knows, as one JSON line each: the vignettes of
every suite (eval/*.jsonl: as scored, and again with a "yes" to the first question), the
paraphrase corpus and the red-flag phrase table (engine/tests/data/red_flag_phrases.json).
A refactor that must not change behaviour compares the snapshot of two builds
(scripts/same-output.sh); nothing here judges the results.

usage: scripts/snapshot.py OUT.jsonl [--bin target/release/symptom-check]
"""
import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def requests():
    """Every request, in a fixed order, with a name that says where it comes from."""
    for name in sorted(os.listdir(os.path.join(ROOT, "eval"))):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(ROOT, "eval", name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                v = json.loads(line)
                req = {"text": v["text"], "lang": v.get("lang")}
                for key in ("age", "sex"):
                    if v.get(key) is not None:
                        req[key] = v[key]
                yield f"{name}:{n}", req
    with open(os.path.join(ROOT, "engine/tests/data/red_flag_phrases.json"), encoding="utf-8") as f:
        table = json.load(f)
    for flag in sorted(table):
        age = table[flag].get("age")
        for lang in sorted(k for k, v in table[flag].items() if isinstance(v, list)):
            for n, text in enumerate(table[flag][lang], 1):
                req = {"text": text, "lang": lang}
                if age is not None:
                    req["age"] = age
                yield f"red_flag:{flag}:{lang}:{n}", req


def run(cli, req):
    r = subprocess.run([cli, "check", "--json"], input=json.dumps(req, ensure_ascii=False),
                       capture_output=True, text=True, check=False)
    return r.returncode, r.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/symptom-check"))
    a = ap.parse_args()
    base = list(requests())
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        first = list(pool.map(lambda r: run(a.bin, r[1]), base))
        # The same vignettes again, answering yes to the first question asked: the interview's path.
        answered = []
        for (name, req), (_, out) in zip(base, first):
            if name.startswith("red_flag:") or name.startswith("paraphrases"):
                continue
            try:
                qs = json.loads(out).get("questions") or []
            except json.JSONDecodeError:
                continue
            if qs:
                answered.append((name + ":yes", dict(req, answers={qs[0]["id"]: "yes"})))
        second = list(pool.map(lambda r: run(a.bin, r[1]), answered))
    with open(a.out, "w", encoding="utf-8") as f:
        for (name, req), (code, out) in zip(base + answered, first + second):
            f.write(json.dumps({"case": name, "exit": code, "request": req}, ensure_ascii=False))
            f.write("\t" + out + "\n")
    print(f"snapshot: {len(base) + len(answered)} requests -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
