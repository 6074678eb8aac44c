"""Validate archive-q: python3 validate.py  (exit code 1 on any error)."""
import json, sys, re, collections
D='/work/gold/archive-q/'; C='/work/shared/corpora/'
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES={'who','when','how_much','how_many','where'}
N_EXPECTED=110
errs=[]
def err(m): errs.append(m)
# archive
arch={}; line={}
for fn in ['reuters21578','bbc','agnews']:
    for i,l in enumerate(open(C+fn+'.jsonl')):
        r=json.loads(l); arch[(fn,r['id'])]=r; line[(fn,r['id'])]=i
used=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
used_texts={arch[u]['text'] for u in used if u in arch}
# articles.jsonl
arts={}
for n,l in enumerate(open(D+'articles.jsonl'),1):
    try: r=json.loads(l)
    except Exception as e: err('articles.jsonl line %d invalid JSON: %s'%(n,e)); continue
    k=(r.get('source'),r.get('id'))
    if k not in arch: err('articles.jsonl line %d: %s not in archive'%(n,k)); continue
    if r!=arch[k] or list(r.keys())!=list(arch[k].keys()): err('articles.jsonl line %d: %s not a verbatim copy'%(n,k))
    if k in used: err('article %s is in used_articles.tsv'%(k,))
    if r['text'] in used_texts: err('article %s has the same text as a used article'%(k,))
    if line[k]%3!=0: err('article %s (line %d) is outside slice (line %% 3 == 0)'%(k,line[k]))
    if k in arts: err('duplicate article %s'%(k,))
    arts[k]=r
# gold.jsonl
rows=[]
for n,l in enumerate(open(D+'gold.jsonl'),1):
    try: q=json.loads(l, object_pairs_hook=collections.OrderedDict)
    except Exception as e: err('gold.jsonl line %d invalid JSON: %s'%(n,e)); continue
    rows.append(q)
    if list(q.keys())!=KEYS: err('%s: keys %s'%(q.get('id'),list(q.keys())))
    if q['id']!='aq-%03d'%n: err('line %d: id %s not sequential'%(n,q['id']))
    if q['type'] not in TYPES: err('%s: bad type'%q['id'])
    if not isinstance(q['question'],str) or not q['question'].strip().endswith('?'): err('%s: question'%q['id'])
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: err('%s: doc %s not in articles.jsonl'%(q['id'],k)); continue
        t=arts[k]['text']
        texts=[t]+[arch[(a['source'],a['doc'])]['text'] for a in q['also'] if (a['source'],a['doc']) in arch]
        for a in q['answers']:
            if not isinstance(a,str) or not a: err('%s: empty answer'%q['id'])
            elif not any(a in x for x in texts): err('%s: answer %r not in doc or also texts'%(q['id'],a))
        if q['evidence'] not in t: err('%s: evidence not in doc text'%q['id'])
        if q['answers'][0] not in (q['evidence'] or ''): err('%s: first answer not in evidence'%q['id'])
        for a in q['also']:
            if list(a.keys())!=['source','doc','evidence']: err('%s: also keys'%q['id'])
            ak=(a['source'],a['doc'])
            if ak not in arch: err('%s: also %s not in archive'%(q['id'],ak)); continue
            if ak==k: err('%s: also repeats doc'%q['id'])
            if a['evidence'] not in arch[ak]['text']: err('%s: also evidence not in %s'%(q['id'],ak))
            if not any(x in a['evidence'] for x in q['answers']): err('%s: also evidence for %s holds no answer'%(q['id'],ak))
        nm=q['normalized']; ty=q['type']
        if ty in ('who','where') and nm is not None: err('%s: normalized must be null'%q['id'])
        if ty=='when' and not (nm is None or (isinstance(nm,str) and re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm))): err('%s: bad when normalized'%q['id'])
        if ty=='how_many' and not (nm is None or (isinstance(nm,dict) and list(nm)==['count'] and isinstance(nm['count'],(int,float)))): err('%s: bad how_many normalized'%q['id'])
        if ty=='how_much' and not (nm is None or (isinstance(nm,dict) and (list(nm)==['amount','currency'] and isinstance(nm['amount'],float) or list(nm)==['percent'] and isinstance(nm['percent'],float)))): err('%s: bad how_much normalized'%q['id'])
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']: err('%s: unanswerable must have null doc/source/evidence/normalized and empty also'%q['id'])
# near-miss articles of unanswerables must be in articles.jsonl (listed in qmap.tsv)
for l in open(D+'qmap.tsv'):
    qid,_,src,doc=l.rstrip('\n').split('\t')
    if (src,doc) not in arts: err('%s: near/source article %s %s missing from articles.jsonl'%(qid,src,doc))
# ABSENT_CHECKED covers every unanswerable
absent={l.split()[0] for l in open(D+'ABSENT_CHECKED') if l.strip()}
for q in rows:
    if not q['answers'] and q['id'] not in absent: err('%s: not in ABSENT_CHECKED'%q['id'])
# proportions
n=len(rows)
if n!=N_EXPECTED: err('expected %d questions, got %d'%(N_EXPECTED,n))
una=sum(1 for q in rows if not q['answers'])
short=sum(1 for q in rows if len(q['question'].split())<10)
bytype=collections.Counter(q['type'] for q in rows)
if una<0.27*n: err('unanswerable %d < 27%%'%una)
if short<0.36*n: err('short %d < 36%%'%short)
for t in TYPES:
    if bytype[t]<0.15*n: err('type %s only %d'%(t,bytype[t]))
src=collections.Counter(k[0] for k in arts)
print('questions',n,'unanswerable',una,'(%.1f%%)'%(100*una/n),'short',short,'(%.1f%%)'%(100*short/n))
for t in sorted(TYPES):
    a=sum(1 for q in rows if q['type']==t and q['answers']); u=sum(1 for q in rows if q['type']==t and not q['answers'])
    print('  %-9s answerable %2d unanswerable %2d total %2d'%(t,a,u,a+u))
print('articles',len(arts),dict(src))
if errs:
    print('ERRORS (%d):'%len(errs)); [print('  '+e) for e in errs]; sys.exit(1)
print('OK')
