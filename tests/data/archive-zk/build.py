#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (archive-zk)."""
import json
C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
raw={}
for f in FILES:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); raw[(f,r['id'])]=l.rstrip('\n')
D=[json.loads(l) for l in open('draft.jsonl')]
gold=[]; arts=[]; absent=[]
for n,q in enumerate(D,1):
    qid='azk-%03d'%n
    g={'id':qid,'type':q['type'],'question':q['question'],'answers':q['answers'],'doc':q['doc'],
       'source':q['source'],'evidence':q['evidence'],'normalized':q['normalized'],'also':q.get('also',[])}
    gold.append(g)
    key=(q['source'],q['doc']) if q['doc'] else tuple(q['about'])
    if key not in arts: arts.append(key)
    if not q['answers']:
        parts=[]
        for a in q['absent']:
            s='%s => %d hits'%(a[0],a[1])
            if len(a)>2: s+=' ('+a[2]+')'
            parts.append(s)
        absent.append('%s\tabout %s:%s\t%s'%(qid,q['about'][0],q['about'][1],' ; '.join(parts)))
with open('gold.jsonl','w') as f:
    for g in gold: f.write(json.dumps(g,ensure_ascii=False)+'\n')
with open('articles.jsonl','w') as f:
    for k in arts: f.write(raw[k]+'\n')
with open('ABSENT_CHECKED','w') as f:
    f.write('# One line per unanswerable question: id <TAB> article it is a near miss about <TAB> searches run (case-insensitive regexes, AND-combined with " AND ", over title+text of all three corpus files: reuters21578, bbc, agnews) => number of matching articles (what the hits contain)\n')
    for a in absent: f.write(a+'\n')
print(len(gold),'questions;',len(arts),'articles;',len(absent),'unanswerable')
