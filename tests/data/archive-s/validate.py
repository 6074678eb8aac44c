#!/usr/bin/env python3
"""Validate the archive-s gold set (run from anywhere: python3 validate.py)."""
import json, os, re, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__))
C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
N_EXPECTED=110
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
errs=[]; warns=[]
def err(m): errs.append(m)
recs={}; raw={}; lineno={}
for s,fn in F.items():
    for i,l in enumerate(open(C+fn,encoding='utf-8')):
        r=json.loads(l); k=(s,r['id']); recs[k]=r; raw[k]=l.rstrip('\n'); lineno[k]=i
used=set()
for l in open('/work/gold/used_articles.tsv',encoding='utf-8'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={recs[k]['text'] for k in used if k in recs}
# articles.jsonl
arts={}
for n,l in enumerate(open(os.path.join(HERE,'articles.jsonl'),encoding='utf-8'),1):
    l=l.rstrip('\n')
    try: r=json.loads(l)
    except Exception as e: err(f'articles.jsonl line {n}: bad JSON {e}'); continue
    k=(r.get('source'),r.get('id'))
    if k not in recs: err(f'articles.jsonl line {n}: {k} not in archive'); continue
    if r!=recs[k] or list(r.keys())!=list(recs[k].keys()): err(f'articles.jsonl line {n}: {k} differs from archive record')
    if l!=raw[k]: warns.append(f'articles.jsonl line {n}: {k} not byte-identical to archive line (same JSON object)')
    if k in arts: err(f'articles.jsonl: duplicate {k}')
    arts[k]=r
    if k in used: err(f'{k} is listed in used_articles.tsv')
    if r['text'] in used_texts: err(f'{k} has the same text as a used article')
    if lineno[k]%3!=2: err(f'{k} is outside slice (line {lineno[k]} % 3 != 2)')
# gold.jsonl
gold=[]
for n,l in enumerate(open(os.path.join(HERE,'gold.jsonl'),encoding='utf-8'),1):
    try: x=json.loads(l)
    except Exception as e: err(f'gold line {n}: bad JSON {e}'); continue
    gold.append(x)
    if list(x.keys())!=KEYS: err(f'gold line {n}: keys {list(x.keys())}')
    qid=x.get('id','')
    if qid!=f'as-{n:03d}': err(f'gold line {n}: id {qid} (expected as-{n:03d})')
    if x['type'] not in TYPES: err(f'{qid}: bad type')
    if not isinstance(x['question'],str) or not x['question'].strip(): err(f'{qid}: empty question')
    t=x['type']; norm=x['normalized']
    if x['answers']:
        k=(x['source'],x['doc'])
        if k not in recs: err(f'{qid}: doc {k} not in archive'); continue
        if k not in arts: err(f'{qid}: doc {k} not in articles.jsonl')
        text=recs[k]['text']
        also_texts=[recs[(a['source'],a['doc'])]['text'] for a in x['also'] if (a['source'],a['doc']) in recs]
        if x['answers'][0] not in text: err(f'{qid}: first answer {x["answers"][0]!r} not in {k}')
        for a in x['answers']:
            # each answer must be an exact span of the doc or of one of the also articles
            if not isinstance(a,str) or not a or not (a in text or any(a in t2 for t2 in also_texts)): err(f'{qid}: answer {a!r} not in {k} nor in its also articles')
        if len(set(x['answers']))!=len(x['answers']): err(f'{qid}: duplicate answers')
        ev=x['evidence']
        if not isinstance(ev,str) or ev not in text: err(f'{qid}: evidence not in text')
        elif x['answers'][0] not in ev: err(f'{qid}: first answer not in evidence')
        for a in x['also']:
            if list(a.keys())!=['source','doc','evidence']: err(f'{qid}: also keys {list(a.keys())}')
            k2=(a['source'],a['doc'])
            if k2 not in recs: err(f'{qid}: also {k2} not in archive'); continue
            if k2==k: err(f'{qid}: also repeats the doc')
            if a['evidence'] not in recs[k2]['text']: err(f'{qid}: also evidence not in {k2}')
            elif not any(ans in a['evidence'] for ans in x['answers']):
                warns.append(f'{qid}: also {k2} evidence states the fact without an answer span (see README)')
        # normalized
        if t in ('who','where'):
            if norm is not None: err(f'{qid}: normalized must be null for {t}')
        elif t=='when':
            if not (norm is None or (isinstance(norm,str) and re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',norm))): err(f'{qid}: bad when normalized {norm!r}')
            if x['source']=='reuters21578' and norm is None: err(f'{qid}: Reuters when needs normalized')
        elif t=='how_much':
            ok = norm is None or (isinstance(norm,dict) and ((set(norm)=={'amount','currency'} and isinstance(norm['amount'],float) and (norm['currency'] is None or re.fullmatch(r'[A-Z]{3}',norm['currency']))) or (set(norm)=={'percent'} and isinstance(norm['percent'],float))))
            if not ok: err(f'{qid}: bad how_much normalized {norm!r}')
        elif t=='how_many':
            if not (norm is None or (isinstance(norm,dict) and set(norm)=={'count'} and isinstance(norm['count'],(int,float)))): err(f'{qid}: bad how_many normalized {norm!r}')
    else:
        if x['doc'] is not None or x['source'] is not None or x['evidence'] is not None or x['normalized'] is not None or x['also']!=[]:
            err(f'{qid}: unanswerable must have null doc/source/evidence/normalized and empty also')
# ABSENT_CHECKED
absent={}
for l in open(os.path.join(HERE,'ABSENT_CHECKED'),encoding='utf-8'):
    if l.strip():
        p=l.split('\t'); absent[p[0]]=l
        m=re.search(r'near-miss article: (\S+) (\S+)',l)
        if not m: err(f'ABSENT_CHECKED {p[0]}: no near-miss article'); continue
        k=(m.group(1),m.group(2))
        if k not in arts: err(f'ABSENT_CHECKED {p[0]}: near-miss article {k} not in articles.jsonl')
ua=[x for x in gold if not x['answers']]
for x in ua:
    if x['id'] not in absent: err(f"{x['id']}: missing from ABSENT_CHECKED")
for q in absent:
    if q not in {x['id'] for x in ua}: err(f'ABSENT_CHECKED lists {q} which is not unanswerable')
# every article used
refd={(x['source'],x['doc']) for x in gold if x['answers']}
refd|={(re.search(r'near-miss article: (\S+) (\S+)',l).group(1),re.search(r'near-miss article: (\S+) (\S+)',l).group(2)) for l in absent.values()}
for k in arts:
    if k not in refd: err(f'articles.jsonl has unreferenced article {k}')
# proportions
n=len(gold)
if n!=N_EXPECTED: err(f'{n} questions, expected {N_EXPECTED}')
short=sum(len(x['question'].split())<10 for x in gold)
tc=Counter(x['type'] for x in gold)
if len(ua)/n<0.27: err(f'unanswerable share {len(ua)/n:.3f} < 0.27')
if short/n<0.36: err(f'short share {short/n:.3f} < 0.36')
for t in TYPES:
    if tc[t]/n<0.15: err(f'type {t} share {tc[t]/n:.3f} < 0.15')
# report
print(f'questions: {n}  answerable: {n-len(ua)}  unanswerable: {len(ua)} ({len(ua)/n:.1%})  short(<10 words): {short} ({short/n:.1%})')
for t in ['who','when','where','how_much','how_many']:
    a=sum(1 for x in gold if x['type']==t and x['answers']); u=sum(1 for x in gold if x['type']==t and not x['answers'])
    print(f'  {t:9s} answerable {a:3d}  unanswerable {u:3d}  total {a+u:3d} ({(a+u)/n:.1%})')
print('articles:',dict(Counter(k[0] for k in arts)),'total',len(arts))
print('questions with also:',sum(1 for x in gold if x['also']))
for w in warns: print('WARN',w)
for e in errs: print('ERROR',e)
print('OK' if not errs else f'{len(errs)} ERRORS')
sys.exit(1 if errs else 0)
