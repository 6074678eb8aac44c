#!/usr/bin/env python3
"""Validates gold.jsonl / articles.jsonl of archive-zw against the brief's rules."""
import json,re,sys,collections
C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
errs=[]
def err(m): errs.append(m)
raw={}; recs={}; lineno={}
for f in FILES:
    for i,l in enumerate(open(C+f+'.jsonl')):
        r=json.loads(l); raw[(f,r['id'])]=l.rstrip('\n'); recs[(f,r['id'])]=r; lineno[(f,r['id'])]=i
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={recs[k]['text'] for k in used if k in recs}
arts={}
for l in open('articles.jsonl'):
    r=json.loads(l); k=(r['source'],r['id'])
    if l.rstrip('\n')!=raw.get(k): err('article not verbatim: %s'%(k,))
    if k in arts: err('duplicate article %s'%(k,))
    arts[k]=r
    if k in used or r['text'] in used_texts: err('article used elsewhere: %s'%(k,))
    if lineno[k]%3!=2: err('article outside slice: %s'%(k,))
Q=[]
for n,l in enumerate(open('gold.jsonl'),1):
    try: q=json.loads(l)
    except Exception as e: err('line %d bad json'%n); continue
    Q.append(q)
    if list(q.keys())!=KEYS: err('%s keys %s'%(q.get('id'),list(q.keys())))
    if q['id']!='azw-%03d'%n: err('id %s at line %d'%(q['id'],n))
    if q['type'] not in TYPES: err('%s type'%q['id'])
    if not isinstance(q['answers'],list): err('%s answers not list'%q['id'])
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: err('%s doc not in articles.jsonl'%q['id']); continue
        t=arts[k]['text']
        if not q['evidence'] or q['evidence'] not in t: err('%s evidence not in text'%q['id'])
        if q['answers'][0] not in (q['evidence'] or ''): err('%s first answer not in evidence'%q['id'])
        alltexts=[t]
        for a in q['also']:
            if list(a.keys())!=['source','doc','evidence']: err('%s also keys'%q['id'])
            ka=(a['source'],a['doc'])
            if ka not in recs: err('%s also doc missing %s'%(q['id'],ka)); continue
            if ka==k: err('%s also repeats doc'%q['id'])
            if a['evidence'] not in recs[ka]['text']: err('%s also evidence not in %s'%(q['id'],ka))
            alltexts.append(recs[ka]['text'])
            if not any(x in a['evidence'] for x in q['answers']): err('%s also evidence %s contains no listed answer'%(q['id'],ka))
        for a in q['answers']:
            if not any(a in x for x in alltexts): err('%s answer %r not found'%(q['id'],a))
        nm=q['normalized']
        if q['type'] in ('who','where') and nm is not None: err('%s normalized should be null'%q['id'])
        if q['type']=='when' and nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm): err('%s when normalized %r'%(q['id'],nm))
        if q['type']=='when' and q['source'] in ('bbc','agnews') and nm is not None and nm[:4] not in t: err('%s undated source but year not in text'%q['id'])
        if q['type']=='how_many' and nm is not None and (list(nm.keys())!=['count'] or not isinstance(nm['count'],(int,float))): err('%s how_many normalized'%q['id'])
        if q['type']=='how_much' and nm is not None and not (list(nm.keys())==['amount','currency'] and isinstance(nm['amount'],float) or list(nm.keys())==['percent'] and isinstance(nm['percent'],float)): err('%s how_much normalized %r'%(q['id'],nm))
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']!=[]: err('%s unanswerable fields not null'%q['id'])
# counts
N=len(Q); un=sum(not q['answers'] for q in Q); short=sum(len(q['question'].split())<10 for q in Q)
ct=collections.Counter(q['type'] for q in Q)
if N!=110: err('N=%d'%N)
if un/N<0.27: err('unanswerable share %.3f'%(un/N))
if short/N<0.36: err('short share %.3f'%(short/N))
for t in TYPES:
    if ct[t]/N<0.15: err('type %s share %.3f'%(t,ct[t]/N))
if len(set(q['question'] for q in Q))!=N: err('duplicate question text')
# every unanswerable has an ABSENT_CHECKED line
ab={l.split('\t')[0] for l in open('ABSENT_CHECKED')}
for q in Q:
    if not q['answers'] and q['id'] not in ab: err('%s missing ABSENT_CHECKED line'%q['id'])
docs={(q['source'],q['doc']) for q in Q if q['doc']}
print('questions',N,'unanswerable',un,'(%.1f%%)'%(100*un/N),'short',short,'(%.1f%%)'%(100*short/N),'articles',len(arts),'source docs',len(docs))
tab=collections.Counter((q['type'],bool(q['answers'])) for q in Q)
for t in ['who','when','where','how_much','how_many']:
    print('%-9s answerable %2d  unanswerable %2d  total %2d (%.1f%%)'%(t,tab[(t,True)],tab[(t,False)],ct[t],100*ct[t]/N))
print('by source (answerable):',collections.Counter(q['source'] for q in Q if q['answers']))
print('articles by source:',collections.Counter(k[0] for k in arts))
print('ERRORS:' if errs else 'OK: no errors'); [print(' ',e) for e in errs]
sys.exit(1 if errs else 0)
