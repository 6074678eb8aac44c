#!/usr/bin/env python3
"""Validate archive-w: JSON/keys, exact substrings, article membership, proportions, slice and used-list rules."""
import json, re, sys, collections
C='/work/shared/corpora/'
FN={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={"who","when","how_much","how_many","where"}
err=[]; warn=[]
arch={}; line_of={}; raw={}
for s,f in FN.items():
    for i,l in enumerate(open(C+f,encoding='utf-8')):
        r=json.loads(l); arch[(s,r['id'])]=r; line_of[(s,r['id'])]=i; raw[(s,r['id'])]=l.rstrip('\n')
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k]['text'] for k in used if k in arch}
# articles.jsonl
arts={}
for n,l in enumerate(open('articles.jsonl',encoding='utf-8'),1):
    l=l.rstrip('\n'); r=json.loads(l); k=(r['source'],r['id'])
    if list(r.keys())!=["id","title","date","source","text"]: err.append(f'articles line {n}: keys')
    if k not in raw or raw[k]!=l: err.append(f'articles line {n}: not verbatim archive record {k}')
    if k in used or r['text'] in used_texts: err.append(f'articles {k}: in used_articles.tsv or identical text')
    if line_of.get(k,1)%3!=0: err.append(f'articles {k}: outside slice (line {line_of.get(k)})')
    if k in arts: err.append(f'articles {k}: duplicate')
    arts[k]=r
# gold.jsonl
G=[]
for n,l in enumerate(open('gold.jsonl',encoding='utf-8'),1):
    try: o=json.loads(l)
    except Exception as e: err.append(f'gold line {n}: bad json {e}'); continue
    G.append(o)
    if list(o.keys())!=KEYS: err.append(f'{n}: keys {list(o.keys())}')
    if o['id']!=f'aw-{n:03d}': err.append(f'{n}: id {o["id"]}')
    if o['type'] not in TYPES: err.append(f'{o["id"]}: type')
    if o['answers']:
        k=(o['source'],o['doc'])
        if k not in arts: err.append(f'{o["id"]}: doc {k} not in articles.jsonl'); continue
        t=arts[k]['text']
        for a in o['answers']:
            if a not in t and not any(a in arch[(x['source'],x['doc'])]['text'] for x in o['also'] if (x['source'],x['doc']) in arch):
                err.append(f'{o["id"]}: answer {a!r} not in doc nor any also article')
        if o['answers'][0] not in t: err.append(f'{o["id"]}: first answer not in doc')
        if not o['evidence'] or o['evidence'] not in t: err.append(f'{o["id"]}: evidence not in doc')
        elif o['answers'][0] not in o['evidence']: err.append(f'{o["id"]}: evidence lacks first answer')
        for x in o['also']:
            if list(x.keys())!=["source","doc","evidence"]: err.append(f'{o["id"]}: also keys')
            kk=(x['source'],x['doc'])
            if kk not in arch: err.append(f'{o["id"]}: also {kk} not in archive'); continue
            if kk==k: err.append(f'{o["id"]}: also repeats doc')
            if x['evidence'] not in arch[kk]['text']: err.append(f'{o["id"]}: also evidence not in {kk}')
            elif not any(a in x['evidence'] for a in o['answers']): warn.append(f'{o["id"]}: also {kk} evidence states the answer in a form not listed (e.g. relative date/implicit)')
        nm=o['normalized']; ty=o['type']
        if ty in ('who','where') and nm is not None: err.append(f'{o["id"]}: normalized must be null')
        if ty=='when' and not (isinstance(nm,str) and re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm)): err.append(f'{o["id"]}: when normalized {nm}')
        if ty=='how_much' and not (nm is None or (isinstance(nm,dict) and (list(nm.keys())==['amount','currency'] and isinstance(nm['amount'],float) or list(nm.keys())==['percent'] and isinstance(nm['percent'],float)))): err.append(f'{o["id"]}: how_much normalized {nm}')
        if ty=='how_many' and not (nm is None or (isinstance(nm,dict) and list(nm.keys())==['count'] and isinstance(nm['count'],(int,float)))): err.append(f'{o["id"]}: how_many normalized {nm}')
    else:
        if any(o[x] is not None for x in ('doc','source','evidence','normalized')) or o['also']!=[]: err.append(f'{o["id"]}: unanswerable must have null doc/source/evidence/normalized and empty also')
# near-miss articles
for l in list(open('near_miss.tsv'))[1:]:
    i,s,d=l.rstrip('\n').split('\t')
    if (s,d) not in arts: err.append(f'near-miss {i}: article {s} {d} not in articles.jsonl')
# every article used
usedarts={(o['source'],o['doc']) for o in G if o['doc']}|{tuple(l.rstrip('\n').split('\t')[1:]) for l in list(open('near_miss.tsv'))[1:]}
for k in arts:
    if k not in usedarts: err.append(f'article {k} not used by any question')
# proportions
N=len(G); un=sum(1 for o in G if not o['answers']); short=sum(1 for o in G if len(o['question'].split())<10)
tc=collections.Counter(o['type'] for o in G)
if N!=110: err.append(f'count {N}!=110')
if un/N<0.27: err.append(f'unanswerable {un/N:.3f}<0.27')
if short/N<0.36: err.append(f'short {short/N:.3f}<0.36')
for t in TYPES:
    if tc[t]/N<0.15: err.append(f'type {t} {tc[t]/N:.3f}<0.15')
if len({o['question'] for o in G})!=N: err.append('duplicate question')
print('questions',N,'unanswerable',un,f'({un/N:.1%})','short',short,f'({short/N:.1%})')
tab=collections.Counter((o['type'],'ans' if o['answers'] else 'unans') for o in G)
for t in ['who','when','where','how_much','how_many']: print(f'  {t:9s} answerable {tab[(t,"ans")]:3d} unanswerable {tab[(t,"unans")]:3d} total {tc[t]:3d}')
print('articles',len(arts),collections.Counter(s for s,_ in arts))
for w in warn: print('WARN',w)
for e in err: print('ERROR',e)
print('OK' if not err else f'{len(err)} errors'); sys.exit(1 if err else 0)
