#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (compact draft records).
Keys of gold.jsonl, in order: id, type, question, answers, doc, source, evidence, normalized, also.
articles.jsonl: the archive's JSON lines copied verbatim for every answer doc and every near-miss article ("ab").
"""
import json
CORP = "/work/shared/corpora/"
FILES = ["reuters21578", "bbc", "agnews"]
raw = {}
for f in FILES:
    for line in open(CORP + f + ".jsonl", encoding="utf-8"):
        raw[(f, json.loads(line)["id"])] = line if line.endswith("\n") else line + "\n"
draft = [json.loads(l) for l in open("draft.jsonl", encoding="utf-8")]
gold, arts, absent = [], [], []
for i, o in enumerate(draft, 1):
    qid = "azb-%03d" % i
    rec = {"id": qid, "type": o["t"], "question": o["q"], "answers": o["a"],
           "doc": o["d"], "source": o["s"], "evidence": o["e"], "normalized": o["n"],
           "also": [{"source": s, "doc": d, "evidence": e} for s, d, e in o.get("also", [])]}
    gold.append(rec)
    key = (o["s"], o["d"]) if o["d"] else tuple(o["ab"])
    if key not in arts: arts.append(key)
    if not o["a"]:
        absent.append(f"{qid}\t{o['ab'][0]}/{o['ab'][1]}\t{o['x']}")
with open("gold.jsonl", "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("articles.jsonl", "w", encoding="utf-8") as fh:
    for k in arts: fh.write(raw[k])
with open("ABSENT_CHECKED", "w", encoding="utf-8") as fh:
    fh.write("# One line per unanswerable question: id <TAB> near-miss article (source/id) <TAB> searches run over ALL three corpus files\n")
    fh.write("# (case-insensitive Python regexes; 'A'+'B' = articles (title+text) matching all patterns; '-> N' = number of matching articles, with what they say)\n")
    for l in absent: fh.write(l + "\n")
print(len(gold), "questions;", len(arts), "articles;", len(absent), "unanswerable")
