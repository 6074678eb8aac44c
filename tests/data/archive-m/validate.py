"""Validate the archive-m gold set (run from anywhere: python3 validate.py)."""
import json, os, re, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__))
C="/work/shared/corpora/"
FILES={"reuters21578":"reuters21578.jsonl","bbc":"bbc.jsonl","agnews":"agnews.jsonl"}
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES=["who","when","how_much","how_many","where"]
N_EXPECTED=110
errs=[]
def err(m): errs.append(m)

arch={}
for s,f in FILES.items():
    for l in open(C+f,encoding="utf-8"):
        r=json.loads(l); arch[(s,r["id"])]=r
used=set()
for l in open("/work/gold/used_articles.tsv",encoding="utf-8"):
    p=l.rstrip("\n").split("\t")
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k]["text"] for k in used if k in arch}

# articles.jsonl: verbatim archive lines, in slice, not used
raw={}
for s,f in FILES.items():
    for i,l in enumerate(open(C+f,encoding="utf-8")):
        raw[(s,json.loads(l)["id"])]=(i,l.rstrip("\n"))
arts={}
for n,l in enumerate(open(os.path.join(HERE,"articles.jsonl"),encoding="utf-8"),1):
    l=l.rstrip("\n")
    try: r=json.loads(l)
    except Exception as e: err(f"articles.jsonl line {n}: bad JSON"); continue
    k=(r.get("source"),r.get("id"))
    if k not in raw: err(f"articles.jsonl line {n}: {k} not in archive"); continue
    if raw[k][1]!=l: err(f"articles.jsonl line {n}: {k} not a verbatim copy of the archive line")
    if raw[k][0]%3!=2: err(f"articles.jsonl: {k} outside slice (line {raw[k][0]} % 3 != 2)")
    if k in used or r["text"] in used_texts: err(f"articles.jsonl: {k} is (or duplicates) a used article")
    if k in arts: err(f"articles.jsonl: duplicate {k}")
    arts[k]=r

ids=set(); recs=[]
for n,l in enumerate(open(os.path.join(HERE,"gold.jsonl"),encoding="utf-8"),1):
    try: q=json.loads(l)
    except Exception: err(f"gold line {n}: bad JSON"); continue
    recs.append(q)
    if list(q.keys())!=KEYS: err(f"gold line {n}: keys {list(q.keys())}")
    qid=q.get("id")
    if not re.fullmatch(r"am-\d{3}",qid or ""): err(f"{qid}: bad id")
    if qid in ids: err(f"{qid}: duplicate id")
    ids.add(qid)
    if q["type"] not in TYPES: err(f"{qid}: bad type")
    ans=q["answers"]
    if not isinstance(ans,list) or not isinstance(q["also"],list): err(f"{qid}: answers/also not lists"); continue
    if ans:
        k=(q["source"],q["doc"])
        if k not in arts: err(f"{qid}: doc {k} not in articles.jsonl"); continue
        t=arts[k]["text"]
        if not q["evidence"] or q["evidence"] not in t: err(f"{qid}: evidence not in doc text")
        if ans[0] not in (q["evidence"] or ""): err(f"{qid}: first answer not in evidence")
        texts=[t]
        for x in q["also"]:
            if list(x.keys())!=["source","doc","evidence"]: err(f"{qid}: also keys {list(x.keys())}")
            kk=(x["source"],x["doc"])
            if kk not in arch: err(f"{qid}: also {kk} not in archive"); continue
            if kk==k: err(f"{qid}: also repeats doc")
            if x["evidence"] not in arch[kk]["text"]: err(f"{qid}: also evidence not in {kk}")
            texts.append(arch[kk]["text"])
            if not any(a in x["evidence"] for a in ans): err(f"{qid}: also {kk} evidence contains no answer")
        for a in ans:
            if not any(a in tt for tt in texts): err(f"{qid}: answer {a!r} not an exact substring of doc/also texts")
        nm=q["normalized"]
        if q["type"] in ("who","where") and nm is not None: err(f"{qid}: who/where must have normalized null")
        if q["type"]=="when" and nm is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?",nm): err(f"{qid}: bad when normalized {nm}")
        if q["type"]=="how_many" and nm is not None and not (isinstance(nm,dict) and list(nm)==["count"] and isinstance(nm["count"],(int,float))): err(f"{qid}: bad how_many normalized")
        if q["type"]=="how_much" and nm is not None and not (isinstance(nm,dict) and (list(nm)==["amount","currency"] and isinstance(nm["amount"],float) or list(nm)==["percent"] and isinstance(nm["percent"],float))): err(f"{qid}: bad how_much normalized")
    else:
        if any(q[f] is not None for f in ("doc","source","evidence","normalized")) or q["also"]: err(f"{qid}: unanswerable must have null doc/source/evidence/normalized and empty also")

# near-miss articles for unanswerable questions are listed in ABSENT_CHECKED
absent={}
for l in open(os.path.join(HERE,"ABSENT_CHECKED"),encoding="utf-8"):
    p=l.rstrip("\n").split("\t")
    if p and p[0]: absent[p[0]]=p
    m=re.search(r"near-miss article (\w+):(\S+)",l)
    if m and (m.group(1),m.group(2)) not in arts: err(f"{p[0]}: near-miss article not in articles.jsonl")
for q in recs:
    if not q["answers"] and q["id"] not in absent: err(f"{q['id']}: unanswerable but not in ABSENT_CHECKED")

n=len(recs); una=sum(1 for q in recs if not q["answers"]); short=sum(1 for q in recs if len(q["question"].split())<10)
tc=Counter(q["type"] for q in recs)
if n!=N_EXPECTED: err(f"{n} questions, expected {N_EXPECTED}")
if una<0.27*n: err(f"unanswerable {una} < 27%")
if short<0.36*n: err(f"short {short} < 36%")
for t in TYPES:
    if tc[t]<0.15*n: err(f"type {t}: {tc[t]} < 15%")
print(f"questions {n}; unanswerable {una} ({una/n:.1%}); short {short} ({short/n:.1%}); articles {len(arts)} {dict(Counter(s for s,_ in arts))}")
for t in TYPES:
    print(f"  {t:9s} answerable {sum(1 for q in recs if q['type']==t and q['answers'])}  unanswerable {sum(1 for q in recs if q['type']==t and not q['answers'])}")
if errs:
    print(f"{len(errs)} ERROR(S):"); [print("  "+e) for e in errs]; sys.exit(1)
print("OK")
