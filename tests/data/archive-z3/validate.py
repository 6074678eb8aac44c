#!/usr/bin/env python3
"""Validate archive-z3 gold set: format, exact spans, article provenance, mix requirements."""
import json,re,sys,collections,os
HERE=os.path.dirname(os.path.abspath(__file__))
C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
TYPES={'who','when','how_much','how_many','where'}
err=[]
def E(m): err.append(m)
lines={}; recs={}; lineno={}
for s,fn in FILES.items():
    for i,l in enumerate(open(C+fn,encoding='utf-8')):
        r=json.loads(l); lines[(s,r['id'])]=l.rstrip('\n'); recs[(s,r['id'])]=r; lineno[(s,r['id'])]=i
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={recs[k]['text'] for k in used if k in recs}
# articles.jsonl
arts={}
for i,l in enumerate(open(os.path.join(HERE,'articles.jsonl'),encoding='utf-8')):
    r=json.loads(l); k=(r['source'],r['id'])
    if k not in lines: E(f'articles.jsonl line {i+1}: {k} not in archive'); continue
    if l.rstrip('\n')!=lines[k] and r!=recs[k]: E(f'articles.jsonl line {i+1}: {k} not verbatim')
    if list(r.keys())!=["id","title","date","source","text"]: E(f'articles.jsonl {k}: key order')
    if k in used: E(f'{k} is in used_articles.tsv')
    if r['text'] in used_texts: E(f'{k} has the text of a used article')
    if lineno[k]%3!=2: E(f'{k} outside slice (line {lineno[k]} %3 != 2)')
    if k in arts: E(f'duplicate article {k}')
    arts[k]=r
# gold.jsonl
Q=[]
for i,l in enumerate(open(os.path.join(HERE,'gold.jsonl'),encoding='utf-8')):
    try: q=json.loads(l)
    except Exception as e: E(f'gold line {i+1}: invalid JSON {e}'); continue
    Q.append(q)
    if list(q.keys())!=KEYS: E(f'{q.get("id")}: keys/order {list(q.keys())}')
ids=[q['id'] for q in Q]
if len(set(ids))!=len(ids): E('duplicate ids')
for n,q in enumerate(Q,1):
    qid=q['id']
    if qid!=f'az3-{n:03d}': E(f'{qid}: id not az3-{n:03d}')
    if q['type'] not in TYPES: E(f'{qid}: bad type')
    if not q['question'].strip().endswith('?'): E(f'{qid}: question lacks ?')
    nm=q['normalized']
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: E(f'{qid}: doc {k} not in articles.jsonl'); continue
        text=arts[k]['text']
        if not q['evidence'] or q['evidence'] not in text: E(f'{qid}: evidence not in doc text')
        elif q['answers'][0] not in q['evidence']: E(f'{qid}: first answer not in evidence')
        alltexts=[text]
        for a in q['also']:
            if list(a.keys())!=["source","doc","evidence"]: E(f'{qid}: also keys')
            ka=(a['source'],a['doc'])
            if ka not in recs: E(f'{qid}: also {ka} not in archive'); continue
            if ka==k: E(f'{qid}: also repeats doc')
            if a['evidence'] not in recs[ka]['text']: E(f'{qid}: also evidence not in {ka}')
            elif not any(x in a['evidence'] for x in q['answers']): E(f'{qid}: also evidence {ka} holds no answer')
            alltexts.append(recs[ka]['text'])
        for x in q['answers']:
            if not any(x in t for t in alltexts): E(f'{qid}: answer {x!r} not an exact span of doc/also texts')
        if len(set(q['answers']))!=len(q['answers']): E(f'{qid}: duplicate answers')
        t=q['type']
        if t in ('who','where') and nm is not None: E(f'{qid}: normalized must be null')
        if t=='when':
            if q['source']=='reuters21578':
                if not (isinstance(nm,str) and re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm)): E(f'{qid}: bad when normalized {nm}')
            elif nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm): E(f'{qid}: bad when normalized {nm}')
            elif isinstance(nm,str) and nm[:4] not in text: E(f'{qid}: undated source but year {nm[:4]} not in text')
        if t=='how_much' and nm is not None:
            ok=(set(nm)=={'amount','currency'} and isinstance(nm['amount'],float)) or (set(nm)=={'percent'} and isinstance(nm['percent'],float))
            if not ok: E(f'{qid}: bad how_much normalized {nm}')
        if t=='how_many' and nm is not None:
            if set(nm)!={'count'} or not isinstance(nm['count'],(int,float)): E(f'{qid}: bad how_many normalized {nm}')
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']!=[]: E(f'{qid}: unanswerable must have null doc/source/evidence/normalized and empty also')
N=len(Q)
una=sum(1 for q in Q if not q['answers'])
short=sum(1 for q in Q if len(q['question'].split())<10)
tc=collections.Counter(q['type'] for q in Q)
if N!=110: E(f'{N} questions, need 110')
if una/N<0.27: E(f'unanswerable {una}/{N} < 27%')
if short/N<0.36: E(f'short {short}/{N} < 36%')
for t in TYPES:
    if tc[t]/N<0.15: E(f'type {t} {tc[t]} < 15%')
print(f'questions {N}, unanswerable {una} ({una/N:.1%}), short {short} ({short/N:.1%}), articles {len(arts)}')
print('per type (answerable/unanswerable):')
for t in ['who','when','how_much','how_many','where']:
    a=sum(1 for q in Q if q['type']==t and q['answers']); u=sum(1 for q in Q if q['type']==t and not q['answers'])
    print(f'  {t:9s} {a:3d} / {u:3d}  total {a+u}')
print('articles per source:',dict(collections.Counter(k[0] for k in arts)))
if err:
    print('ERRORS:'); [print(' ',e) for e in err]; sys.exit(1)
print('OK')
