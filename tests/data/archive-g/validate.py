#!/usr/bin/env python3
"""Validate archive-g: run from anywhere with system python3."""
import json, os, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__))
CORP="/work/shared/corpora/"
FILES={"reuters21578":"reuters21578.jsonl","bbc":"bbc.jsonl","agnews":"agnews.jsonl"}
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={"who","when","how_much","how_many","where"}
N_EXPECTED=110
errs=[]
def err(m): errs.append(m)

archive={}; rawline={}
for s,fn in FILES.items():
    for l in open(CORP+fn,encoding="utf-8"):
        r=json.loads(l); archive[(s,r["id"])]=r; rawline[(s,r["id"])]=l.rstrip("\n")
used=set()
for l in open("/work/gold/used_articles.tsv",encoding="utf-8"):
    p=l.rstrip("\n").split("\t")
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={archive[k]["text"] for k in used if k in archive}

# articles.jsonl
arts={}
for n,l in enumerate(open(os.path.join(HERE,"articles.jsonl"),encoding="utf-8"),1):
    l=l.rstrip("\n")
    try: r=json.loads(l)
    except Exception as e: err(f"articles.jsonl line {n}: bad JSON {e}"); continue
    k=(r.get("source"),r.get("id"))
    if k not in archive: err(f"articles.jsonl line {n}: {k} not in archive"); continue
    if r!=archive[k] or list(r.keys())!=list(archive[k].keys()): err(f"articles.jsonl line {n}: {k} differs from archive record")
    if l!=rawline[k]: err(f"articles.jsonl line {n}: {k} not a verbatim copy of the archive line")
    if k in used: err(f"articles.jsonl: {k} is in used_articles.tsv")
    if r["text"] in used_texts: err(f"articles.jsonl: {k} text identical to a used article")
    if k in arts: err(f"articles.jsonl: duplicate {k}")
    arts[k]=r

# gold.jsonl
qs=[]
for n,l in enumerate(open(os.path.join(HERE,"gold.jsonl"),encoding="utf-8"),1):
    try: q=json.loads(l)
    except Exception as e: err(f"gold line {n}: bad JSON {e}"); continue
    qs.append(q)
    if list(q.keys())!=KEYS: err(f"gold line {n}: keys {list(q.keys())}")
    if q["id"]!=f"ag-{n:03d}": err(f"gold line {n}: id {q['id']}")
    if q["type"] not in TYPES: err(f"{q['id']}: bad type")
    if not q["question"].strip().endswith("?"): err(f"{q['id']}: question does not end with ?")
    if not isinstance(q["answers"],list) or not isinstance(q["also"],list): err(f"{q['id']}: answers/also not lists")
    if q["answers"]:
        k=(q["source"],q["doc"])
        if k not in arts: err(f"{q['id']}: doc {k} not in articles.jsonl"); continue
        txt=arts[k]["text"]
        if not q["evidence"] or q["evidence"] not in txt: err(f"{q['id']}: evidence not in doc text")
        elif q["answers"][0] not in q["evidence"]: err(f"{q['id']}: first answer not in evidence")
        also_txt=[]
        for a in q["also"]:
            if list(a.keys())!=["source","doc","evidence"]: err(f"{q['id']}: also keys {list(a.keys())}")
            ak=(a["source"],a["doc"])
            if ak not in archive: err(f"{q['id']}: also {ak} not in archive"); continue
            if ak==k: err(f"{q['id']}: also repeats doc")
            if a["evidence"] not in archive[ak]["text"]: err(f"{q['id']}: also evidence not in {ak}")
            also_txt.append(a["evidence"])
            if not any(ans in a["evidence"] for ans in q["answers"]): err(f"{q['id']}: no answer inside also evidence {ak}")
        for ans in q["answers"]:
            if ans not in txt and not any(ans in archive[(a['source'],a['doc'])]["text"] for a in q["also"]):
                err(f"{q['id']}: answer {ans!r} not in doc or also docs")
        nm=q["normalized"]
        if q["type"] in ("who","where") and nm is not None: err(f"{q['id']}: normalized should be null")
        if q["type"]=="when" and not (nm is None or isinstance(nm,str)): err(f"{q['id']}: when normalized not str/null")
        if q["type"]=="when" and q["source"]!="reuters21578" and isinstance(nm,str) and nm[:4] not in txt: err(f"{q['id']}: year not explicit in undated text")
        if q["type"]=="how_many" and not (nm is None or (isinstance(nm,dict) and list(nm)==["count"])): err(f"{q['id']}: how_many normalized")
        if q["type"]=="how_much" and not (nm is None or (isinstance(nm,dict) and (list(nm)==["amount","currency"] or list(nm)==["percent"]))): err(f"{q['id']}: how_much normalized")
    else:
        if any(q[x] is not None for x in ("doc","source","evidence","normalized")) or q["also"]:
            err(f"{q['id']}: unanswerable must have null doc/source/evidence/normalized and empty also")

# counts and proportions
N=len(qs)
if N!=N_EXPECTED: err(f"{N} questions, expected {N_EXPECTED}")
una=sum(1 for q in qs if not q["answers"])
short=sum(1 for q in qs if len(q["question"].split())<10)
tc=Counter(q["type"] for q in qs)
if una/N<0.27: err(f"unanswerable share {una/N:.3f} < 0.27")
if short/N<0.36: err(f"short share {short/N:.3f} < 0.36")
for t in TYPES:
    if tc[t]/N<0.15: err(f"type {t} share {tc[t]/N:.3f} < 0.15")
if len({q['question'].lower() for q in qs})!=N: err("duplicate questions")
# every article used by some question?
ids_used={(q["source"],q["doc"]) for q in qs if q["doc"]}
for k in ids_used:
    if k not in arts: err(f"doc {k} missing from articles.jsonl")

print(f"questions {N}; answerable {N-una}; unanswerable {una} ({una/N:.1%}); short {short} ({short/N:.1%}); articles {len(arts)} {dict(Counter(k[0] for k in arts))}")
print("per type (answerable/unanswerable):")
for t in ["who","when","how_much","how_many","where"]:
    a=sum(1 for q in qs if q["type"]==t and q["answers"]); u=sum(1 for q in qs if q["type"]==t and not q["answers"])
    print(f"  {t:9s} {a:3d} / {u:3d}  total {a+u} ({(a+u)/N:.1%})")
if errs:
    print("ERRORS:"); [print(" ",e) for e in errs]; sys.exit(1)
print("OK")
