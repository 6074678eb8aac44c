#!/usr/bin/env python3
"""Validate archive-o: JSON/keys, exact substrings, article membership, counts, used_articles."""
import json, sys
from collections import Counter
C='/work/shared/corpora/'; D='/work/gold/archive-o/'
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={"who","when","how_much","how_many","where"}
arch={}
for s in ['reuters21578','bbc','agnews']:
    for l in open(C+s+'.jsonl'):
        r=json.loads(l); arch[(s,r['id'])]=(l.rstrip('\n'),r)
used=set(); 
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k][1]['text'] for k in used if k in arch}
err=[]
arts={}
for n,l in enumerate(open(D+'articles.jsonl'),1):
    r=json.loads(l); k=(r['source'],r['id'])
    if k not in arch: err.append(f'articles line {n}: not in archive'); continue
    if l.rstrip('\n')!=arch[k][0] and r!=arch[k][1]: err.append(f'articles line {n}: not verbatim')
    if k in used or r['text'] in used_texts: err.append(f'articles {k}: in used_articles.tsv (or same text)')
    if k[0]=='reuters21578': ln=[i for i,x in enumerate(open(C+'reuters21578.jsonl'))] and None
    arts[k]=r
# slice check (0-based line % 3 == 1)
lineno={}
for s in ['reuters21578','bbc','agnews']:
    for i,l in enumerate(open(C+s+'.jsonl')):
        lineno[(s,json.loads(l)['id'])]=i
for k in arts:
    if lineno[k]%3!=1: err.append(f'{k} outside slice')
G=[json.loads(l) for l in open(D+'gold.jsonl')]
ids=set(); short=0; tc=Counter(); docs_used=set()
for g in G:
    i=g.get('id')
    if list(g.keys())!=KEYS: err.append(f'{i}: keys/order {list(g.keys())}')
    if not i.startswith('ao-') or len(i)!=6 or i in ids: err.append(f'{i}: bad/dup id')
    ids.add(i)
    if g['type'] not in TYPES: err.append(f'{i}: type')
    if len(g['question'].split())<10: short+=1
    ans=bool(g['answers']); tc[(g['type'],ans)]+=1
    if ans:
        k=(g['source'],g['doc'])
        if k not in arts: err.append(f'{i}: doc {k} not in articles.jsonl'); continue
        docs_used.add(k)
        t=arts[k]['text']
        if g['evidence'] not in t: err.append(f'{i}: evidence not in text')
        if g['answers'][0] not in g['evidence']: err.append(f'{i}: first answer not in evidence')
        texts=[t]
        for a in g['also']:
            if list(a.keys())!=['source','doc','evidence']: err.append(f'{i}: also keys')
            ak=(a['source'],a['doc'])
            if ak not in arch: err.append(f'{i}: also {ak} not in archive'); continue
            if ak==k: err.append(f'{i}: also repeats doc')
            at=arch[ak][1]['text']
            if a['evidence'] not in at: err.append(f'{i}: also evidence not in {ak}')
            if not any(x in a['evidence'] for x in g['answers']): err.append(f'{i}: also evidence {ak} has no answer')
            texts.append(at)
        for x in g['answers']:
            if not any(x in tt for tt in texts): err.append(f'{i}: answer {x!r} not a substring')
        nm=g['normalized']; ty=g['type']
        if ty in ('who','where') and nm is not None: err.append(f'{i}: normalized must be null')
        if ty=='how_many' and not (nm is None or (isinstance(nm,dict) and list(nm)==['count'])): err.append(f'{i}: how_many normalized')
        if ty=='how_much' and not (nm is None or (isinstance(nm,dict) and (list(nm)==['amount','currency'] or list(nm)==['percent']))): err.append(f'{i}: how_much normalized')
        if ty=='when' and g['source']!='reuters21578' and nm is not None and not isinstance(nm,str): err.append(f'{i}: when normalized')
    else:
        if any(g[x] is not None for x in ('doc','source','evidence','normalized')) or g['also']!=[]: err.append(f'{i}: unanswerable fields')
N=len(G); un=sum(v for (t,a),v in tc.items() if not a)
if N!=110: err.append(f'count {N}!=110')
if un/N<0.27: err.append(f'unanswerable share {un/N:.3f}')
if short/N<0.36: err.append(f'short share {short/N:.3f}')
for t in TYPES:
    c=tc[(t,True)]+tc[(t,False)]
    if c/N<0.15: err.append(f'type {t} share {c/N:.3f}')
absent=[l.split('\t')[0] for l in open(D+'ABSENT_CHECKED') if l.startswith('ao-')]
una_ids={g['id'] for g in G if not g['answers']}
if set(absent)!=una_ids: err.append('ABSENT_CHECKED ids != unanswerable ids')
print('questions',N,'answerable',N-un,'unanswerable',un,f'({un/N:.1%})','short',short,f'({short/N:.1%})','articles',len(arts))
for t in sorted(TYPES): print(f'  {t:9s} answerable {tc[(t,True)]:3d} unanswerable {tc[(t,False)]:3d}')
src=Counter(k[0] for k in arts); print('  articles by source',dict(src))
print('ERRORS' if err else 'OK'); [print('  ',e) for e in err]
sys.exit(1 if err else 0)
