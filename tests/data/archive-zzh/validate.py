#!/usr/bin/env python3
"""Validates gold.jsonl / articles.jsonl / ABSENT_CHECKED of archive-zzh against the brief."""
import json, collections, sys
C='/work/shared/corpora/'
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
errs=[]; warn=[]
def E(m): errs.append(m)
ART={}; LINE={}; LNO={}
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for i,l in enumerate(open(C+fn)):
        r=json.loads(l); ART[(src,r['id'])]=r; LINE[(src,r['id'])]=l.rstrip('\n'); LNO[(src,r['id'])]=i
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={ART[k]['text'] for k in used if k in ART}
# articles.jsonl
arts={}
for n,l in enumerate(open('articles.jsonl'),1):
    l=l.rstrip('\n'); r=json.loads(l); k=(r['source'],r['id'])
    if k not in ART: E(f'articles.jsonl line {n}: not in archive {k}'); continue
    if l!=LINE[k]: E(f'articles.jsonl line {n}: not verbatim {k}')
    if list(r.keys())!=['id','title','date','source','text']: E(f'articles.jsonl {k}: keys')
    if LNO[k]%8!=4: E(f'{k} not in slice (line {LNO[k]})')
    if k in used: E(f'{k} is in used_articles.tsv')
    if r['text'] in used_texts: E(f'{k} text identical to a used article')
    if k in arts: E(f'duplicate article {k}')
    arts[k]=r
# gold.jsonl
G=[]
for n,l in enumerate(open('gold.jsonl'),1):
    try: d=json.loads(l)
    except Exception as e: E(f'gold line {n}: bad json {e}'); continue
    if list(d.keys())!=KEYS: E(f'gold line {n}: keys {list(d.keys())}')
    G.append(d)
ids=[d['id'] for d in G]
if ids!=[f'azzh-{i:03d}' for i in range(1,len(G)+1)]: E('ids not sequential azzh-001..')
qs=collections.Counter(d['question'] for d in G)
for q,c in qs.items():
    if c>1: E(f'duplicate question {q!r}')
referenced=set()
for d in G:
    i=d['id']
    if d['type'] not in TYPES: E(f'{i}: type')
    if not isinstance(d['question'],str) or not d['question'].strip().endswith('?'): E(f'{i}: question')
    if d['answers']:
        k=(d['source'],d['doc'])
        if k not in ART: E(f'{i}: doc not in archive'); continue
        if k not in arts: E(f'{i}: doc not in articles.jsonl')
        referenced.add(k)
        txt=ART[k]['text']
        if not isinstance(d['evidence'],str) or d['evidence'] not in txt: E(f'{i}: evidence not in text')
        elif d['answers'][0] not in d['evidence']: E(f'{i}: first answer not in evidence')
        alsotexts=[]
        for a in d['also']:
            if list(a.keys())!=['source','doc','evidence']: E(f'{i}: also keys')
            ka=(a['source'],a['doc'])
            if ka not in ART: E(f'{i}: also {ka} not in archive'); continue
            if ka==k: E(f'{i}: also repeats doc')
            if a['evidence'] not in ART[ka]['text']: E(f'{i}: also evidence not in {ka}')
            if not any(ans in a['evidence'] for ans in d['answers']): E(f'{i}: also evidence {ka} holds no answer')
            alsotexts.append(ART[ka]['text'])
        for ans in d['answers']:
            if not isinstance(ans,str) or not ans: E(f'{i}: empty answer')
            elif ans not in txt:
                if any(ans in t for t in alsotexts): warn.append(f'{i}: answer {ans!r} only in an also article')
                else: E(f'{i}: answer {ans!r} not in doc nor also')
        nz=d['normalized']; t=d['type']
        if t in ('who','where') and nz is not None: E(f'{i}: normalized should be null')
        if t=='when' and nz is not None and not isinstance(nz,str): E(f'{i}: when normalized')
        if t=='how_many' and nz is not None and not (isinstance(nz,dict) and list(nz)==['count'] and isinstance(nz['count'],(int,float))): E(f'{i}: how_many normalized')
        if t=='how_much' and nz is not None and not (isinstance(nz,dict) and (list(nz)==['amount','currency'] and isinstance(nz['amount'],float) or list(nz)==['percent'] and isinstance(nz['percent'],float))): E(f'{i}: how_much normalized')
    else:
        if d['doc'] is not None or d['source'] is not None or d['evidence'] is not None or d['normalized'] is not None or d['also']!=[]:
            E(f'{i}: unanswerable must have null doc/source/evidence/normalized and empty also')
# ABSENT_CHECKED
ab=[l.split('\t') for l in open('ABSENT_CHECKED') if l.strip() and not l.startswith('#')]
abids=[a[0] for a in ab]
un=[d['id'] for d in G if not d['answers']]
if sorted(abids)!=sorted(un): E('ABSENT_CHECKED ids differ from unanswerable ids')
for a in ab:
    k=tuple(a[1].replace('about ','').split(':',1))
    if k not in arts: E(f'{a[0]}: near-miss article {k} not in articles.jsonl')
    referenced.add(k)
for k in arts:
    if k not in referenced: E(f'article {k} in articles.jsonl but unused')
# counts
N=len(G); nun=len(un); short=sum(1 for d in G if len(d['question'].split())<10)
tc=collections.Counter(d['type'] for d in G)
print(f'questions {N}; answerable {N-nun}; unanswerable {nun} ({nun/N:.1%}); short {short} ({short/N:.1%}); articles {len(arts)}')
for t in sorted(TYPES):
    a=sum(1 for d in G if d['type']==t and d['answers']); u=tc[t]-a
    print(f'  {t:9s} total {tc[t]:3d} ({tc[t]/N:.1%})  answerable {a:3d}  unanswerable {u:3d}')
    if tc[t]/N<0.15: E(f'type {t} below 15%')
if N!=150: E('not 150 questions')
if nun/N<0.27: E('unanswerable below 27%')
if short/N<0.36: E('short below 36%')
srcs=collections.Counter(k[0] for k in arts); print('articles per source',dict(srcs))
also_used=[(a['source'],a['doc']) for d in G for a in d['also'] if (a['source'],a['doc']) in used]
print('also-references to articles listed in used_articles.tsv (allowed, only cited):',len(also_used))
for w in warn: print('WARN',w)
for e in errs: print('ERROR',e)
print('OK' if not errs else f'{len(errs)} ERRORS'); sys.exit(1 if errs else 0)
