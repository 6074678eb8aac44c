#!/usr/bin/env python3
"""Build gold.jsonl and articles.jsonl from draft.jsonl (questions in writing order).
Question order is shuffled with random.Random(1717) (a separate instance from sample.py's) so that
questions about the same article are not adjacent; ids azi-001.. follow the shuffled order.
articles.jsonl = every doc of an answerable question + every near-miss article of an unanswerable
question (mapping in absent_check.CHECKS), copied verbatim from the corpus files."""
import json, random
from absent_check import CHECKS
C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
draft=[json.loads(l) for l in open('draft.jsonl')]
random.Random(1717).shuffle(draft)
need=[]
with open('gold.jsonl','w') as f:
    for n,q in enumerate(draft,1):
        q['id']='azi-%03d'%n
        f.write(json.dumps({k:q[k] for k in KEYS},ensure_ascii=False)+'\n')
        if q['doc']: need.append((q['source'],q['doc']))
        else:
            src,doc=CHECKS[q['question']][0].split(':',1); need.append((src,doc))
seen=[]
for x in need:
    if x not in seen: seen.append(x)
raw={}
for src,fn in FILES.items():
    for line in open(C+fn):
        r=json.loads(line)
        if (src,r['id']) in seen: raw[(src,r['id'])]=line.rstrip('\n')
with open('articles.jsonl','w') as f:
    for x in seen: f.write(raw[x]+'\n')
print(len(draft),'questions;',len(seen),'articles')
