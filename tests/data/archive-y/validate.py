#!/usr/bin/env python3
"""Validate archive-y: JSON/key order, exact substrings, article coverage, slice, used list, proportions."""
import json,sys,os
from collections import Counter
D=os.path.dirname(os.path.abspath(__file__)); C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={"who","when","how_much","how_many","where"}
err=[]
def E(m): err.append(m)
arch={}; line_no={}
for s,fn in F.items():
    for n,l in enumerate(open(C+fn,encoding='utf-8')):
        r=json.loads(l); arch[(s,r['id'])]=r; line_no[(s,r['id'])]=n
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k]['text'] for k in used if k in arch}
# articles.jsonl
arts={}
for n,l in enumerate(open(os.path.join(D,'articles.jsonl'),encoding='utf-8'),1):
    r=json.loads(l); k=(r['source'],r['id'])
    if list(r.keys())!=["id","title","date","source","text"]: E(f"articles line {n}: keys {list(r.keys())}")
    if k not in arch: E(f"articles line {n}: {k} not in archive"); continue
    if r!=arch[k]: E(f"articles line {n}: {k} differs from archive record")
    if k in used: E(f"articles: {k} is in used_articles.tsv")
    if r['text'] in used_texts: E(f"articles: {k} text equals a used article's text")
    if line_no[k]%3!=2: E(f"articles: {k} is outside slice (line {line_no[k]} mod 3 != 2)")
    if k in arts: E(f"articles: duplicate {k}")
    arts[k]=r
# gold.jsonl
G=[]
for n,l in enumerate(open(os.path.join(D,'gold.jsonl'),encoding='utf-8'),1):
    try: o=json.loads(l)
    except Exception as e: E(f"gold line {n}: bad JSON {e}"); continue
    G.append(o)
    if list(o.keys())!=KEYS: E(f"gold line {n}: keys {list(o.keys())}")
    if o['id']!='ay-%03d'%n: E(f"gold line {n}: id {o['id']}")
    if o['type'] not in TYPES: E(f"{o['id']}: type {o['type']}")
    if o['answers']:
        k=(o['source'],o['doc'])
        if k not in arts: E(f"{o['id']}: doc {k} not in articles.jsonl"); continue
        t=arts[k]['text']
        if o['evidence'] not in t: E(f"{o['id']}: evidence not in doc")
        if o['answers'][0] not in o['evidence']: E(f"{o['id']}: first answer not in evidence")
        alsotexts=[]
        for a in o['also']:
            ka=(a['source'],a['doc'])
            if ka not in arch: E(f"{o['id']}: also {ka} not in archive"); continue
            if ka==k: E(f"{o['id']}: also repeats doc")
            if a['evidence'] not in arch[ka]['text']: E(f"{o['id']}: also evidence not in {ka}")
            if not any(x in a['evidence'] for x in o['answers']): E(f"{o['id']}: also evidence {ka} contains no answer")
            alsotexts.append(arch[ka]['text'])
        for x in o['answers']:
            if x not in t and not any(x in tt for tt in alsotexts): E(f"{o['id']}: answer {x!r} not in doc or also docs")
        nm=o['normalized']
        if o['type'] in ('who','where') and nm is not None: E(f"{o['id']}: normalized should be null")
        if o['type']=='how_many' and not (nm is None or (set(nm)=={'count'} and isinstance(nm['count'],(int,float)))): E(f"{o['id']}: bad count")
        if o['type']=='how_much' and not (nm is None or set(nm)=={'amount','currency'} or set(nm)=={'percent'}): E(f"{o['id']}: bad how_much normalized")
        if o['type']=='when' and not (nm is None or isinstance(nm,str)): E(f"{o['id']}: bad when normalized")
    else:
        if any(o[x] is not None for x in ('doc','source','evidence','normalized')) or o['also']: E(f"{o['id']}: unanswerable must have null doc/source/evidence/normalized and empty also")
N=len(G); un=sum(1 for o in G if not o['answers']); short=sum(1 for o in G if len(o['question'].split())<10)
tc=Counter(o['type'] for o in G)
if N!=110: E(f"count {N} != 110")
if un/N<0.27: E(f"unanswerable {un}/{N} < 27%")
if short/N<0.36: E(f"short {short}/{N} < 36%")
for t in TYPES:
    if tc[t]/N<0.15: E(f"type {t} {tc[t]} < 15%")
if len({o['question'] for o in G})!=N: E("duplicate question text")
print(f"questions {N}, unanswerable {un} ({un/N:.1%}), short {short} ({short/N:.1%}), articles {len(arts)} {dict(Counter(k[0] for k in arts))}")
for t in sorted(TYPES): print(f"  {t:9s} total {tc[t]:3d}  answerable {sum(1 for o in G if o['type']==t and o['answers']):3d}  unanswerable {sum(1 for o in G if o['type']==t and not o['answers']):3d}")
print('ERRORS:' if err else 'OK: all checks passed'); [print('  ',e) for e in err]
sys.exit(1 if err else 0)
