"""Validate archive-u: JSON/keys, exact substrings, articles, slice, used list, counts/proportions."""
import json, sys, re
from collections import Counter
HERE='/work/gold/archive-u/'; C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={"who","when","how_much","how_many","where"}
err=[]
arch={}; raw={}; line={}
for s,fn in FILES.items():
    for i,l in enumerate(open(C+fn,encoding='utf-8')):
        r=json.loads(l); arch[(s,r['id'])]=r; raw[(s,r['id'])]=l.rstrip('\n'); line[(s,r['id'])]=i
used=set(); 
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[k]['text'] for k in used if k in arch}
# articles.jsonl
arts={}
for n,l in enumerate(open(HERE+'articles.jsonl',encoding='utf-8'),1):
    r=json.loads(l); k=(r['source'],r['id'])
    if k not in arch: err.append(f'articles line {n}: not in archive {k}'); continue
    if l.rstrip('\n')!=raw[k] and r!=arch[k]: err.append(f'articles line {n}: not verbatim {k}')
    if list(r.keys())!=['id','title','date','source','text']: err.append(f'articles line {n}: keys')
    if line[k]%3!=1: err.append(f'articles {k}: outside slice (line {line[k]})')
    if k in used: err.append(f'articles {k}: in used_articles.tsv')
    if r['text'] in used_texts: err.append(f'articles {k}: text identical to a used article')
    arts[k]=r
# gold.jsonl
G=[]
for n,l in enumerate(open(HERE+'gold.jsonl',encoding='utf-8'),1):
    try: o=json.loads(l)
    except Exception as e: err.append(f'gold line {n}: bad JSON {e}'); continue
    G.append(o)
    if list(o.keys())!=KEYS: err.append(f'{o.get("id")}: keys/order {list(o.keys())}')
    if o['id']!=f'au-{n:03d}': err.append(f'line {n}: id {o["id"]}')
    if o['type'] not in TYPES: err.append(f'{o["id"]}: type')
    if not o['question'].strip().endswith('?'): err.append(f'{o["id"]}: question mark')
    if o['answers']:
        k=(o['source'],o['doc'])
        if k not in arts: err.append(f'{o["id"]}: doc {k} not in articles.jsonl'); continue
        t=arts[k]['text']
        alsoev=[al.get('evidence') or '' for al in o['also']]
        for a in o['answers']:
            # an answer must be an exact substring of the source text, or (variant spelling/expression
            # taken from another article, as the brief asks) of one of the `also` evidences
            if a not in t and not any(a in e for e in alsoev): err.append(f'{o["id"]}: answer not in text: {a!r}')
        if not o['evidence'] or o['evidence'] not in t: err.append(f'{o["id"]}: evidence not in text')
        elif o['answers'][0] not in o['evidence']: err.append(f'{o["id"]}: first answer not in evidence')
        for al in o['also']:
            ak=(al['source'],al['doc'])
            if ak not in arch: err.append(f'{o["id"]}: also doc {ak} not in archive'); continue
            if list(al.keys())!=['source','doc','evidence']: err.append(f'{o["id"]}: also keys')
            if al['evidence'] not in arch[ak]['text']: err.append(f'{o["id"]}: also evidence not in {ak}')
            if not any(a in al['evidence'] for a in o['answers']): err.append(f'{o["id"]}: also evidence {ak} has no listed answer')
        nm=o['normalized']; ty=o['type']
        if ty in ('who','where') and nm is not None: err.append(f'{o["id"]}: normalized should be null')
        if ty=='when' and not (isinstance(nm,str) and re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm)) and nm is not None: err.append(f'{o["id"]}: when normalized {nm}')
        if ty=='how_much' and nm is not None and not (set(nm)=={'amount','currency'} or set(nm)=={'percent'}): err.append(f'{o["id"]}: how_much normalized')
        if ty=='how_many' and nm is not None and list(nm)!=['count']: err.append(f'{o["id"]}: how_many normalized')
    else:
        if any(o[x] is not None for x in ('doc','source','evidence','normalized')) or o['also']: err.append(f'{o["id"]}: unanswerable fields must be null/[]')
# absent file
ab=[l.split(' | ')[0] for l in open(HERE+'ABSENT_CHECKED',encoding='utf-8') if l.startswith('au-')]
un=[o['id'] for o in G if not o['answers']]
if sorted(ab)!=sorted(un): err.append('ABSENT_CHECKED ids differ from unanswerable ids')
# counts
N=len(G); U=len(un); short=sum(len(o['question'].split())<10 for o in G)
ct=Counter(o['type'] for o in G)
if N!=110: err.append(f'N={N}')
if U/N<0.27: err.append(f'unanswerable share {U/N:.3f}')
if short/N<0.36: err.append(f'short share {short/N:.3f}')
for t in TYPES:
    if ct[t]/N<0.15: err.append(f'type {t} share {ct[t]/N:.3f}')
src=Counter(k[0] for k in arts)
print(f'questions {N}; unanswerable {U} ({U/N:.1%}); short {short} ({short/N:.1%}); articles {len(arts)} {dict(src)}')
for t in sorted(TYPES):
    a=sum(1 for o in G if o['type']==t and o['answers']); print(f'  {t:9s} answerable {a:3d} unanswerable {ct[t]-a:3d} total {ct[t]}')
print('ERRORS:' if err else 'OK: all checks passed'); [print(' ',e) for e in err]
sys.exit(1 if err else 0)
