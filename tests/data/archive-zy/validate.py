#!/usr/bin/env python3
"""Validate archive-zy gold set against the brief."""
import json, sys
C='/work/shared/corpora/'
ARCH={}; RAW={}
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for l in open(C+fn,encoding='utf-8'):
        r=json.loads(l); ARCH[(src,r['id'])]=r; RAW[(src,r['id'])]=l.rstrip('\n')
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
err=[]
used=set(); used_texts=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
for k in used:
    if k in ARCH: used_texts.add(ARCH[k]['text'])
arts={}
for l in open('articles.jsonl',encoding='utf-8'):
    r=json.loads(l); k=(r['source'],r['id'])
    if l.rstrip('\n')!=RAW.get(k): err.append(f'article not verbatim: {k}')
    arts[k]=r
    if k in used or r['text'] in used_texts: err.append(f'article used elsewhere: {k}')
    lineno=[i for i,(kk) in enumerate(ARCH) if kk==k]
G=[]
for n,l in enumerate(open('gold.jsonl',encoding='utf-8'),1):
    o=json.loads(l); G.append(o)
    if list(o)!=KEYS: err.append(f'line {n}: keys {list(o)}')
    if o['id']!=f'azy-{n:03d}': err.append(f'line {n}: id {o["id"]}')
    if o['type'] not in TYPES: err.append(f'{o["id"]}: type')
    if o['doc'] is None:
        if o['answers'] or o['source'] or o['evidence'] or o['normalized'] is not None or o['also']: err.append(f'{o["id"]}: unanswerable fields')
        continue
    k=(o['source'],o['doc'])
    if k not in arts: err.append(f'{o["id"]}: doc not in articles.jsonl'); continue
    t=arts[k]['text']
    if o['evidence'] not in t: err.append(f'{o["id"]}: evidence not in text')
    if not o['answers'] or o['answers'][0] not in o['evidence']: err.append(f'{o["id"]}: first answer not in evidence')
    alsotexts=[]
    for a in o['also']:
        ka=(a['source'],a['doc'])
        if ka not in ARCH: err.append(f'{o["id"]}: also doc {ka} not in archive'); continue
        if ka==k: err.append(f'{o["id"]}: also repeats doc')
        if a['evidence'] not in ARCH[ka]['text']: err.append(f'{o["id"]}: also evidence not in {ka}')
        alsotexts.append(a['evidence'])
    for x in o['answers']:
        if x not in t and not any(x in e for e in alsotexts): err.append(f'{o["id"]}: answer {x!r} not in doc or also evidence')
    nz=o['normalized']
    if o['type'] in ('who','where') and nz is not None: err.append(f'{o["id"]}: normalized should be null')
    if o['type']=='how_many' and not (isinstance(nz,dict) and 'count' in nz): err.append(f'{o["id"]}: how_many normalized')
    if o['type']=='how_much' and nz is not None and not (isinstance(nz,dict) and (set(nz)=={'amount','currency'} or set(nz)=={'percent'})): err.append(f'{o["id"]}: how_much normalized')
# slice check
idx={}
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for i,l in enumerate(open(C+fn,encoding='utf-8')):
        idx[(src,json.loads(l)['id'])]=i
for k in arts:
    if idx[k]%3!=1: err.append(f'article {k} not in slice (line {idx[k]})')
N=len(G); U=sum(1 for o in G if o['doc'] is None); S=sum(1 for o in G if len(o['question'].split())<10)
from collections import Counter
tc=Counter(o['type'] for o in G)
if N!=110: err.append(f'N={N}')
if U/N<0.27: err.append(f'unanswerable {U/N:.3f}')
if S/N<0.36: err.append(f'short {S/N:.3f}')
for t in TYPES:
    if tc[t]/N<0.15: err.append(f'type {t} {tc[t]/N:.3f}')
ids=set((o['source'],o['doc']) for o in G if o['doc'])
print(f'N={N} answerable={N-U} unanswerable={U} ({U/N:.1%}) short={S} ({S/N:.1%}) articles={len(arts)}')
for t in sorted(TYPES): print(f'  {t}: total {tc[t]} ({tc[t]/N:.1%}), answerable {sum(1 for o in G if o["type"]==t and o["doc"])}, unanswerable {sum(1 for o in G if o["type"]==t and not o["doc"])}')
print('ERRORS:' if err else 'OK: no errors'); [print(' ',e) for e in err]
sys.exit(1 if err else 0)
