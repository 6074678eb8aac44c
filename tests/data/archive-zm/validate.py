#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl / ABSENT_CHECKED for archive-zm."""
import json,sys
C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES=['who','when','how_much','how_many','where']
texts={}; lineno={}; rawline={}
for f in FILES:
    for i,l in enumerate(open(C+f+'.jsonl',encoding='utf-8')):
        r=json.loads(l); texts[(f,r['id'])]=r['text']; lineno[(f,r['id'])]=i; rawline[(f,r['id'])]=l.rstrip('\n')
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={texts[k] for k in used if k in texts}
err=[]
arts={}
for l in open('articles.jsonl',encoding='utf-8'):
    l=l.rstrip('\n'); r=json.loads(l); k=(r['source'],r['id'])
    if rawline.get(k)!=l: err.append(f'article not verbatim {k}')
    if list(r.keys())!=['id','title','date','source','text']: err.append(f'article keys {k}')
    if k in used or r['text'] in used_texts: err.append(f'article used/identical {k}')
    if lineno[k]%3!=1: err.append(f'article outside slice {k}')
    arts[k]=r
gold=[]
for n,l in enumerate(open('gold.jsonl',encoding='utf-8'),1):
    try: q=json.loads(l)
    except Exception as e: err.append(f'line {n} bad json'); continue
    gold.append(q)
    if list(q.keys())!=KEYS: err.append(f'{n} key order')
    if q['id']!=f'azm-{n:03d}': err.append(f'{n} id {q["id"]}')
    if q['type'] not in TYPES: err.append(f'{q["id"]} type')
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: err.append(f'{q["id"]} doc not in articles.jsonl')
        t=texts.get(k,'')
        if not q['evidence'] or q['evidence'] not in t: err.append(f'{q["id"]} evidence not in text')
        if q['answers'][0] not in (q['evidence'] or ''): err.append(f'{q["id"]} first answer not in evidence')
        alltexts=[t]+[texts.get((a['source'],a['doc']),'') for a in q['also']]
        for a in q['answers']:
            if not any(a in x for x in alltexts): err.append(f'{q["id"]} answer {a!r} not found')
        for a in q['also']:
            if list(a.keys())!=['source','doc','evidence']: err.append(f'{q["id"]} also keys')
            if (a['source'],a['doc']) not in texts: err.append(f'{q["id"]} also doc missing')
            elif a['evidence'] not in texts[(a['source'],a['doc'])]: err.append(f'{q["id"]} also evidence')
            if (a['source'],a['doc'])==k: err.append(f'{q["id"]} also repeats doc')
        nm=q['normalized']
        if q['type'] in ('who','where') and nm is not None: err.append(f'{q["id"]} normalized should be null')
        if q['type']=='how_many' and not (nm is None or (isinstance(nm,dict) and list(nm)==['count'])): err.append(f'{q["id"]} how_many norm')
        if q['type']=='how_much' and not (nm is None or (isinstance(nm,dict) and (list(nm)==['amount','currency'] or list(nm)==['percent']))): err.append(f'{q["id"]} how_much norm')
        if q['type']=='when' and not (nm is None or isinstance(nm,str)): err.append(f'{q["id"]} when norm')
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']: err.append(f'{q["id"]} unanswerable fields')
absent_ids={l.split('\t')[0] for l in open('ABSENT_CHECKED') if not l.startswith('#')}
unans={q['id'] for q in gold if not q['answers']}
if absent_ids!=unans: err.append('ABSENT_CHECKED ids differ from unanswerable ids')
N=len(gold); nu=len(unans)
short=sum(1 for q in gold if len(q['question'].split())<10)
from collections import Counter
tc=Counter(q['type'] for q in gold)
print('questions',N,'answerable',N-nu,'unanswerable',nu,f'({nu/N:.1%})','short',short,f'({short/N:.1%})')
for t in TYPES: print(' ',t,tc[t],f'({tc[t]/N:.1%})','answerable',sum(1 for q in gold if q['type']==t and q['answers']),'unanswerable',sum(1 for q in gold if q['type']==t and not q['answers']))
wn=sum(1 for q in gold if q['question'].split()[0].lower() in ('which','what') or ' which ' in q['question'].lower()[:25])
print('which/what-phrased',wn,'articles',len(arts))
if N!=110: err.append('count != 110')
if nu/N<0.27: err.append('unanswerable < 27%')
if short/N<0.36: err.append('short < 36%')
for t in TYPES:
    if tc[t]/N<0.15: err.append(f'type {t} < 15%')
print('ERRORS:' if err else 'OK', *err, sep='\n')
sys.exit(1 if err else 0)
