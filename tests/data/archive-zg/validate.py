#!/usr/bin/env python3
import json, re, sys
from collections import Counter
D='/work/gold/archive-zg/'; C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
raw={}; docs={}; line_no={}
for f in FILES:
    for n,l in enumerate(open(C+f+'.jsonl')):
        r=json.loads(l); raw[(f,r['id'])]=l.rstrip('\n'); docs[(f,r['id'])]=r; line_no[(f,r['id'])]=n
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts=set(docs[k]['text'] for k in used if k in docs)
err=[]
arts={}
for l in open(D+'articles.jsonl'):
    r=json.loads(l); k=(r['source'],r['id'])
    if raw.get(k)!=l.rstrip('\n'): err.append(f'article not verbatim {k}')
    if k in used or r['text'] in used_texts: err.append(f'article used elsewhere {k}')
    if line_no[k]%3!=1: err.append(f'article outside slice {k}')
    arts[k]=r
Q=[]
for n,l in enumerate(open(D+'gold.jsonl'),1):
    q=json.loads(l); Q.append(q)
    if list(q.keys())!=KEYS: err.append(f'keys {q.get("id")}')
    if q['id']!=f'azg-{n:03d}': err.append(f'id {q["id"]}')
    if q['type'] not in TYPES: err.append(f'type {q["id"]}')
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: err.append(f'doc not in articles.jsonl {q["id"]}'); continue
        t=arts[k]['text']
        for a in q['answers']:
            if a not in t and not any(a in docs[(x['source'],x['doc'])]['text'] for x in q['also']): err.append(f'answer not found {q["id"]} {a}')
        if q['answers'][0] not in t: err.append(f'first answer not in doc {q["id"]}')
        if not q['evidence'] or q['evidence'] not in t or q['answers'][0] not in q['evidence']: err.append(f'evidence {q["id"]}')
        for x in q['also']:
            kk=(x['source'],x['doc'])
            if kk not in docs: err.append(f'also doc missing {q["id"]} {kk}'); continue
            if kk==k: err.append(f'also repeats doc {q["id"]}')
            if x['evidence'] not in docs[kk]['text']: err.append(f'also evidence {q["id"]} {kk}')
            if not any(a in x['evidence'] for a in q['answers']): err.append(f'also evidence lacks an answer {q["id"]} {kk}')
        nm=q['normalized']; ty=q['type']
        if ty in ('who','where') and nm is not None: err.append(f'norm {q["id"]}')
        if ty=='when' and not (nm is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm)): err.append(f'norm {q["id"]}')
        if ty=='when' and q['source']=='reuters21578' and nm is None: err.append(f'reuters when without norm {q["id"]}')
        if ty=='how_much' and not (nm is None or (set(nm)=={'amount','currency'} and isinstance(nm['amount'],float)) or (set(nm)=={'percent'} and isinstance(nm['percent'],float))): err.append(f'norm {q["id"]}')
        if ty=='how_many' and not (nm is None or (set(nm)=={'count'} and isinstance(nm['count'],(int,float)))): err.append(f'norm {q["id"]}')
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']: err.append(f'unanswerable fields {q["id"]}')
N=len(Q); un=sum(1 for q in Q if not q['answers']); short=sum(1 for q in Q if len(q['question'].split())<10)
tc=Counter(q['type'] for q in Q)
if N!=110: err.append(f'count {N}')
if un/N<0.27: err.append(f'unanswerable share {un/N:.3f}')
if short/N<0.36: err.append(f'short share {short/N:.3f}')
for t in TYPES:
    if tc[t]/N<0.15: err.append(f'type share {t}')
if len(set(q['question'] for q in Q))!=N: err.append('duplicate question')
print('questions',N,'answerable',N-un,'unanswerable',un,f'({un/N:.1%})','short',short,f'({short/N:.1%})')
for t in sorted(TYPES): print(f'  {t}: answerable {sum(1 for q in Q if q["type"]==t and q["answers"])} unanswerable {sum(1 for q in Q if q["type"]==t and not q["answers"])}')
print('articles',len(arts),Counter(k[0] for k in arts))
print('also entries',sum(len(q['also']) for q in Q))
print('ERRORS' if err else 'VALID', *err, sep='\n')
