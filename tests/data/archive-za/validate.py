#!/usr/bin/env python3
"""Validate archive-za: gold.jsonl, articles.jsonl, ABSENT_CHECKED."""
import json,re,sys,collections
CORP='/work/shared/corpora/'
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES=['who','when','how_much','how_many','where']
errs=[]
def err(m): errs.append(m)
arch={}; lines={}; lineno={}
for f in ['reuters21578','bbc','agnews']:
    for i,l in enumerate(open(CORP+f+'.jsonl',encoding='utf-8')):
        r=json.loads(l); arch[(f,r['id'])]=r; lines[(f,r['id'])]=l.rstrip('\n'); lineno[(f,r['id'])]=i
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k]['text'] for k in used if k in arch}
# articles.jsonl
arts={}
for n,l in enumerate(open('articles.jsonl',encoding='utf-8'),1):
    r=json.loads(l); k=(r['source'],r['id'])
    if k not in arch: err(f'articles.jsonl line {n}: not in archive {k}'); continue
    if l.rstrip('\n')!=lines[k]: err(f'articles.jsonl line {n}: not verbatim {k}')
    if list(r.keys())!=['id','title','date','source','text']: err(f'articles key order {k}')
    if k in used: err(f'article {k} is in used_articles.tsv')
    if r['text'] in used_texts: err(f'article {k} text identical to a used article')
    if lineno[k]%3!=1: err(f'article {k} not in slice (line {lineno[k]})')
    if k in arts: err(f'duplicate article {k}')
    arts[k]=r
# gold
G=[]
for n,l in enumerate(open('gold.jsonl',encoding='utf-8'),1):
    try: q=json.loads(l)
    except Exception as e: err(f'gold line {n}: bad JSON {e}'); continue
    G.append(q)
    if list(q.keys())!=KEYS: err(f'{n}: key order {list(q.keys())}')
    if q['id']!='aza-%03d'%n: err(f'{n}: id {q["id"]}')
    if q['type'] not in TYPES: err(f'{q["id"]}: type')
    if not isinstance(q['question'],str) or not q['question'].strip().endswith('?'): err(f'{q["id"]}: question')
    nz=q['normalized']
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: err(f'{q["id"]}: doc {k} not in articles.jsonl'); continue
        t=arts[k]['text']
        if not q['evidence'] or q['evidence'] not in t: err(f'{q["id"]}: evidence not in doc')
        elif q['answers'][0] not in q['evidence']: err(f'{q["id"]}: first answer not in evidence')
        alsotexts=[]
        for x in q['also']:
            if list(x.keys())!=['source','doc','evidence']: err(f'{q["id"]}: also keys')
            kk=(x['source'],x['doc'])
            if kk not in arch: err(f'{q["id"]}: also {kk} not in archive'); continue
            if kk==k: err(f'{q["id"]}: also repeats doc')
            if x['evidence'] not in arch[kk]['text']: err(f'{q["id"]}: also evidence not in {kk}')
            alsotexts.append(arch[kk]['text'])
        if len({(x['source'],x['doc']) for x in q['also']})!=len(q['also']): err(f'{q["id"]}: dup also')
        for a in q['answers']:
            if not (a in t or any(a in at for at in alsotexts)): err(f'{q["id"]}: answer {a!r} not found')
        if len(set(q['answers']))!=len(q['answers']): err(f'{q["id"]}: dup answers')
        ty=q['type']
        if ty in ('who','where') and nz is not None: err(f'{q["id"]}: normalized must be null')
        if ty=='when':
            if nz is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nz): err(f'{q["id"]}: when normalized {nz}')
            if nz is None and q['source']=='reuters21578': err(f'{q["id"]}: reuters when needs normalized')
        if ty=='how_much' and nz is not None:
            if not ((set(nz)=={'amount','currency'} and isinstance(nz['amount'],float)) or (set(nz)=={'percent'} and isinstance(nz['percent'],float))): err(f'{q["id"]}: how_much normalized {nz}')
        if ty=='how_many' and nz is not None:
            if set(nz)!={'count'} or not isinstance(nz['count'],(int,float)): err(f'{q["id"]}: how_many normalized {nz}')
    else:
        if any(q[x] is not None for x in ['doc','source','evidence','normalized']) or q['also']!=[]: err(f'{q["id"]}: unanswerable fields must be null/[]')
qs=[q['question'] for q in G]
if len(set(qs))!=len(qs): err('duplicate questions')
# ABSENT_CHECKED: one line per unanswerable
un=[q['id'] for q in G if not q['answers']]
ab=[l.split('\t')[0] for l in open('ABSENT_CHECKED') if l.strip() and not l.startswith('#')]
if ab!=un: err('ABSENT_CHECKED ids differ from unanswerable ids')
# near-miss articles in articles.jsonl
for l in open('ABSENT_CHECKED'):
    if l.startswith('#') or not l.strip(): continue
    m=re.search(r'about (\S+?):(\S+)',l)
    if not m or (m.group(1),m.group(2)) not in arts: err(f'ABSENT_CHECKED near-miss article missing: {l[:40]}')
# every article used
usedk={(q['source'],q['doc']) for q in G if q['answers']}
for l in open('ABSENT_CHECKED'):
    m=re.search(r'about (\S+?):(\S+)',l)
    if m: usedk.add((m.group(1),m.group(2)))
if set(arts)!=usedk: err(f'articles.jsonl has unused or missing articles: {set(arts)^usedk}')
# counts
N=len(G); c=collections.Counter(q['type'] for q in G)
nun=len(un); short=sum(1 for q in G if len(q['question'].split())<10)
print('questions',N,'unanswerable',nun,'(%.1f%%)'%(100*nun/N),'short',short,'(%.1f%%)'%(100*short/N),'articles',len(arts))
for t in TYPES:
    a=sum(1 for q in G if q['type']==t and q['answers']); u=c[t]-a
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {c[t]:3d} ({100*c[t]/N:.1f}%)')
    if c[t]/N<0.15: err(f'type {t} below 15%')
print('sources of answerable:',dict(collections.Counter(q['source'] for q in G if q['answers'])))
if N!=110: err('not 110 questions')
if nun/N<0.27: err('unanswerable below 27%')
if short/N<0.36: err('short below 36%')
print('ERRORS:',len(errs))
for e in errs: print(' ',e)
sys.exit(1 if errs else 0)
