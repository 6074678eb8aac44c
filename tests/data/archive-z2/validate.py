"""Validate the archive-z2 gold set (run from any directory)."""
import json, os, re, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__)); CORP="/work/shared/corpora/"
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={"who","when","how_much","how_many","where"}
err=[]
def E(m): err.append(m)
arch={}; line_no={}; raw={}
for s in ["reuters21578","bbc","agnews"]:
    for i,l in enumerate(open(CORP+s+".jsonl",encoding="utf-8")):
        r=json.loads(l); arch[(s,r["id"])]=r; line_no[(s,r["id"])]=i; raw[(s,r["id"])]=l.rstrip("\n")
used=set(); used_texts=set()
for l in open("/work/gold/used_articles.tsv"):
    p=l.rstrip("\n").split("\t")
    if len(p)>=2: used.add((p[0],p[1]))
for k in used:
    if k in arch: used_texts.add(arch[k]["text"])
# articles.jsonl
arts={}
for n,l in enumerate(open(os.path.join(HERE,"articles.jsonl"),encoding="utf-8"),1):
    o=json.loads(l); k=(o["source"],o["id"])
    if list(o.keys())!=["id","title","date","source","text"]: E(f"articles line {n}: keys")
    if k not in arch: E(f"articles line {n}: not in archive"); continue
    if o!=arch[k] or l.rstrip("\n")!=raw[k]: E(f"articles line {n}: not verbatim")
    if k in used or arch[k]["text"] in used_texts: E(f"articles line {n}: used article {k}")
    if line_no[k]%3!=1: E(f"articles line {n}: {k} outside slice (line {line_no[k]})")
    if k in arts: E(f"articles dup {k}")
    arts[k]=o
# gold.jsonl
G=[]
for n,l in enumerate(open(os.path.join(HERE,"gold.jsonl"),encoding="utf-8"),1):
    try: o=json.loads(l)
    except Exception as e: E(f"gold line {n}: bad json {e}"); continue
    G.append(o)
    if list(o.keys())!=KEYS: E(f"gold line {n}: keys/order {list(o.keys())}")
ids=[o["id"] for o in G]
if ids!=["az2-%03d"%i for i in range(1,len(G)+1)]: E("ids not az2-001.. in order")
short=0; tc=Counter(); un=Counter(); near_needed=set()
for o in G:
    i=o["id"]; t=o["type"]
    if t not in TYPES: E(f"{i}: type {t}")
    tc[t]+=1
    if len(o["question"].split())<10: short+=1
    if o["answers"]:
        k=(o["source"],o["doc"])
        if k not in arts: E(f"{i}: doc {k} not in articles.jsonl"); continue
        txt=arts[k]["text"]
        if o["answers"][0] not in txt: E(f"{i}: first answer not in doc")
        if not o["evidence"] or o["evidence"] not in txt: E(f"{i}: evidence not in doc")
        elif o["answers"][0] not in o["evidence"]: E(f"{i}: evidence lacks first answer")
        alltxt=[txt]
        for a in o["also"]:
            if list(a.keys())!=["source","doc","evidence"]: E(f"{i}: also keys")
            ak=(a["source"],a["doc"])
            if ak not in arch: E(f"{i}: also {ak} not in archive"); continue
            if ak==k: E(f"{i}: also repeats doc")
            at=arch[ak]["text"]; alltxt.append(at)
            if a["evidence"] not in at: E(f"{i}: also evidence not in {ak}")
            elif not any(x in a["evidence"] for x in o["answers"]): E(f"{i}: also evidence {ak} has no answer")
        for x in o["answers"]:
            if not any(x in t2 for t2 in alltxt): E(f"{i}: answer {x!r} not in doc/also texts")
        nm=o["normalized"]
        if t in ("who","where") and nm is not None: E(f"{i}: normalized should be null")
        if t=="when":
            if nm is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?",nm): E(f"{i}: bad when norm {nm}")
            if nm is None and o["source"]=="reuters21578": E(f"{i}: reuters when needs norm")
        if t=="how_much" and nm is not None and not (set(nm)=={"amount","currency"} and isinstance(nm["amount"],float) or set(nm)=={"percent"} and isinstance(nm["percent"],float)): E(f"{i}: bad how_much norm")
        if t=="how_many" and nm is not None and not (set(nm)=={"count"} and isinstance(nm["count"],(int,float))): E(f"{i}: bad how_many norm")
    else:
        un[t]+=1
        if any(o[x] is not None for x in ["doc","source","evidence","normalized"]) or o["also"]!=[]: E(f"{i}: unanswerable fields must be null/[]")
# ABSENT_CHECKED
ab={l.split("\t")[0] for l in open(os.path.join(HERE,"ABSENT_CHECKED"),encoding="utf-8") if l.strip()}
for o in G:
    if not o["answers"] and o["id"] not in ab: E(f"{o['id']}: missing from ABSENT_CHECKED")
N=len(G); U=sum(un.values())
if N!=110: E(f"count {N} != 110")
if U/N<0.27: E(f"unanswerable {U/N:.3f} < 0.27")
if short/N<0.36: E(f"short {short/N:.3f} < 0.36")
for t in TYPES:
    if tc[t]/N<0.15: E(f"type {t} {tc[t]/N:.3f} < 0.15")
print("questions",N,"unanswerable",U,f"({U/N:.1%})","short",short,f"({short/N:.1%})","articles",len(arts))
for t in sorted(TYPES): print(f"  {t:9s} total {tc[t]:3d}  answerable {tc[t]-un[t]:3d}  unanswerable {un[t]:3d}")
print("srcs",Counter(k[0] for k in arts))
if err:
    print("ERRORS:"); [print(" ",e) for e in err]; sys.exit(1)
print("OK")
