#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl of archive-zi against the brief."""
import json, collections, sys
C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
errs=[]
def E(m): errs.append(m)
arch={}; lines={}
for src,fn in FILES.items():
    for i,line in enumerate(open(C+fn)):
        r=json.loads(line); arch[(src,r['id'])]=r; lines[(src,r['id'])]=i
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[u]['text'] for u in used if u in arch}
arts={}
for line in open('articles.jsonl'):
    r=json.loads(line); k=(r['source'],r['id'])
    if k not in arch: E(f'article {k} not in archive')
    elif r!=arch[k] or list(r)!=list(arch[k]): E(f'article {k} not verbatim')
    arts[k]=r
    if k in used: E(f'article {k} in used_articles.tsv')
    if r['text'] in used_texts: E(f'article {k} text identical to a used one')
    if lines.get(k,1)%3!=0: E(f'article {k} not in slice (line {lines.get(k)})')
Q=[]
for n,line in enumerate(open('gold.jsonl'),1):
    try: q=json.loads(line)
    except Exception as e: E(f'line {n}: bad json {e}'); continue
    Q.append(q)
    if list(q)!=KEYS: E(f"{q.get('id')}: keys {list(q)}")
    if q['id']!='azi-%03d'%n: E(f"line {n}: id {q['id']}")
    if q['type'] not in TYPES: E(f"{q['id']}: type")
    if not q['answers']:
        if any(q[k] is not None for k in ('doc','source','evidence','normalized')) or q['also']: E(f"{q['id']}: unanswerable with fields")
        continue
    k=(q['source'],q['doc'])
    if k not in arts: E(f"{q['id']}: doc not in articles.jsonl"); continue
    t=arts[k]['text']
    for a in q['answers']:
        if a not in t and not any(a in arch[(x['source'],x['doc'])]['text'] for x in q['also']): E(f"{q['id']}: answer {a!r} not in doc/also")
    if not q['evidence'] or q['evidence'] not in t: E(f"{q['id']}: evidence not in doc")
    elif q['answers'][0] not in q['evidence']: E(f"{q['id']}: first answer not in evidence")
    if q['answers'][0] not in t: E(f"{q['id']}: first answer not in doc")
    for x in q['also']:
        kk=(x['source'],x['doc'])
        if kk not in arch: E(f"{q['id']}: also {kk} not in archive"); continue
        if kk==k: E(f"{q['id']}: also repeats doc")
        if x['evidence'] not in arch[kk]['text']: E(f"{q['id']}: also evidence not in {kk}")
        if not any(a in x['evidence'] for a in q['answers']): E(f"{q['id']}: also evidence {kk} holds no answer")
    nm=q['normalized']; ty=q['type']
    if ty in ('who','where') and nm is not None: E(f"{q['id']}: normalized should be null")
    if ty=='when' and nm is not None and not isinstance(nm,str): E(f"{q['id']}: when normalized")
    if ty=='how_many' and nm is not None and not (isinstance(nm,dict) and set(nm)=={'count'}): E(f"{q['id']}: how_many normalized")
    if ty=='how_much' and nm is not None and not (isinstance(nm,dict) and (set(nm)=={'amount','currency'} or set(nm)=={'percent'})): E(f"{q['id']}: how_much normalized")
N=len(Q); un=sum(1 for q in Q if not q['answers']); short=sum(1 for q in Q if len(q['question'].split())<10)
ct=collections.Counter(q['type'] for q in Q)
if N!=110: E(f'{N} questions, need 110')
if un/N<0.27: E(f'unanswerable {un}/{N} < 27%')
if short/N<0.36: E(f'short {short}/{N} < 36%')
for t in TYPES:
    if ct[t]/N<0.15: E(f'type {t} {ct[t]} < 15%')
if len(set(q['question'] for q in Q))!=N: E('duplicate questions')
docs_used={(q['source'],q['doc']) for q in Q if q['doc']}
print(f'questions {N}; answerable {N-un}; unanswerable {un} ({un/N:.1%}); short {short} ({short/N:.1%}); articles {len(arts)} (answer docs {len(docs_used)})')
for t in sorted(TYPES):
    a=sum(1 for q in Q if q['type']==t and q['answers']); u=ct[t]-a
    print(f'  {t:9s} {ct[t]:3d} = {a} answerable + {u} unanswerable')
print('by source (answer docs):',collections.Counter(s for s,_ in docs_used))
print('ERRORS' if errs else 'OK', len(errs)); [print(' ',e) for e in errs]
sys.exit(1 if errs else 0)
