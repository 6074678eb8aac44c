#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft_questions.py (+ selection.py)."""
import json, re
C='/work/shared/corpora/'
FILES=[('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]
RAW={}; ARCH={}
for src,fn in FILES:
    for l in open(C+fn,encoding='utf-8'):
        r=json.loads(l); RAW[(src,r['id'])]=l.rstrip('\n'); ARCH[(src,r['id'])]=r
exec(open('draft_questions.py').read())
exec(open('selection.py').read())
K=[q for i,q in enumerate(Q) if i not in DROP]
assert len(K)==110
def hits(pats):
    ps=[re.compile(p,re.I) for p in pats]
    return [k for k,r in ARCH.items() if all(p.search((r['title'] or '')+'\n'+r['text']) for p in ps)]
gold=[]; used=[]; absent=[]
for n,q in enumerate(K,1):
    qid=f'azy-{n:03d}'
    o={'id':qid,'type':q['type'],'question':q['question'],'answers':q['answers'],'doc':q['doc'],
       'source':q['source'],'evidence':q['evidence'],'normalized':q['normalized'],'also':q.get('also',[])}
    gold.append(o)
    key=(q['source'],q['doc']) if q['doc'] else tuple(q['about'])
    if key not in used: used.append(key)
    if not q['doc']:
        parts=[]
        for s in q['searches']:
            h=hits(s)
            parts.append(' AND '.join('/'+p+'/i' for p in s)+f' -> {len(h)} hits' + (' ['+', '.join(f'{a}:{b}' for a,b in h[:12])+(' ...' if len(h)>12 else '')+']' if h else ''))
        absent.append(f"{qid}\tabout {key[0]}:{key[1]}\t"+' ; '.join(parts)+"\t(all hits read; none states the asked-for fact)")
with open('gold.jsonl','w',encoding='utf-8') as f:
    for o in gold: f.write(json.dumps(o,ensure_ascii=False)+'\n')
with open('articles.jsonl','w',encoding='utf-8') as f:
    for k in used: f.write(RAW[k]+'\n')
with open('ABSENT_CHECKED','w',encoding='utf-8') as f:
    f.write('# One line per unanswerable question: id, article it is a near miss about, whole-archive regex searches (case-insensitive, title+text, all three files) with hit counts and hit ids.\n')
    for l in absent: f.write(l+'\n')
print(len(gold),'questions;',len(used),'articles;',len(absent),'unanswerable')
