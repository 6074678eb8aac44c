"""Validate archive-j: JSON/keys order, exact substrings, article coverage, counts and proportions, used_articles exclusion, slice."""
import json, sys
from collections import Counter
C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
errs=[]
arch={}; line_no={}
for s,f in F.items():
    for n,l in enumerate(open(C+f)):
        r=json.loads(l); arch[(s,r['id'])]=(r,l.rstrip('\n')); line_no[(s,r['id'])]=n
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k][0]['text'] for k in used if k in arch}
arts={}
for n,l in enumerate(open('articles.jsonl'),1):
    r=json.loads(l); k=(r['source'],r['id'])
    if k not in arch: errs.append(f'articles line {n}: {k} not in archive'); continue
    if l.rstrip('\n')!=arch[k][1] and r!=arch[k][0]: errs.append(f'articles line {n}: {k} not verbatim')
    if list(r.keys())!=['id','title','date','source','text']: errs.append(f'articles {k}: keys')
    if k in used or r['text'] in used_texts: errs.append(f'articles {k}: in used_articles.tsv or same text as a used one')
    if line_no[k]%3!=2: errs.append(f'articles {k}: outside slice (line {line_no[k]})')
    if k in arts: errs.append(f'articles {k}: duplicate')
    arts[k]=r
G=[]
for n,l in enumerate(open('gold.jsonl'),1):
    try: q=json.loads(l)
    except Exception as e: errs.append(f'gold line {n}: bad JSON {e}'); continue
    G.append(q)
    if list(q.keys())!=KEYS: errs.append(f'{q.get("id")}: keys/order {list(q.keys())}')
    if q['id']!='aj-%03d'%n: errs.append(f'line {n}: id {q["id"]}')
    if q['type'] not in TYPES: errs.append(f'{q["id"]}: type')
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: errs.append(f'{q["id"]}: doc {k} not in articles.jsonl'); continue
        text=arts[k]['text']
        if not q['evidence'] or q['evidence'] not in text: errs.append(f'{q["id"]}: evidence not in doc')
        if q['answers'][0] not in (q['evidence'] or ''): errs.append(f'{q["id"]}: first answer not in evidence')
        alltexts=[text]
        for a in q['also']:
            if list(a.keys())!=['source','doc','evidence']: errs.append(f'{q["id"]}: also keys')
            ka=(a['source'],a['doc'])
            if ka not in arch: errs.append(f'{q["id"]}: also {ka} not in archive'); continue
            if ka==k: errs.append(f'{q["id"]}: also repeats doc')
            t2=arch[ka][0]['text']; alltexts.append(t2)
            if a['evidence'] not in t2: errs.append(f'{q["id"]}: also evidence not in {ka}')
            if not any(x in a['evidence'] for x in q['answers']): errs.append(f'{q["id"]}: also evidence {ka} has no answer')
        for a in q['answers']:
            if not any(a in t for t in alltexts): errs.append(f'{q["id"]}: answer {a!r} not in doc/also')
        nm=q['normalized']
        if q['type'] in ('who','where') and nm is not None: errs.append(f'{q["id"]}: normalized should be null')
        if q['type']=='how_many' and not (nm is None or (isinstance(nm,dict) and set(nm)=={'count'})): errs.append(f'{q["id"]}: how_many normalized')
        if q['type']=='how_much' and not (nm is None or (isinstance(nm,dict) and (set(nm)=={'amount','currency'} or set(nm)=={'percent'}))): errs.append(f'{q["id"]}: how_much normalized')
        if q['type']=='when' and not (nm is None or isinstance(nm,str)): errs.append(f'{q["id"]}: when normalized')
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']: errs.append(f'{q["id"]}: unanswerable fields not null/empty')
N=len(G)
una=sum(1 for q in G if not q['answers'])
short=sum(1 for q in G if len(q['question'].split())<10)
tc=Counter(q['type'] for q in G)
print('questions',N,'answerable',N-una,'unanswerable',una,f'({una/N:.1%})','short',short,f'({short/N:.1%})')
for t in sorted(TYPES):
    a=sum(1 for q in G if q['type']==t and q['answers']); u=sum(1 for q in G if q['type']==t and not q['answers'])
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {a+u:3d} ({(a+u)/N:.1%})')
print('articles',len(arts),Counter(s for s,_ in arts))
if N!=110: errs.append('need exactly 110 questions')
if una/N<0.27: errs.append('unanswerable < 27%')
if short/N<0.36: errs.append('short < 36%')
for t in TYPES:
    if tc[t]/N<0.15: errs.append(f'type {t} < 15%')
used_in_gold={(q['source'],q['doc']) for q in G if q['doc']}
for k in used_in_gold:
    if k in used: errs.append(f'{k} in used_articles')
print('ERRORS:' if errs else 'OK: all checks passed'); [print(' ',e) for e in errs]
sys.exit(1 if errs else 0)
