#!/usr/bin/env python3
"""Builds gold.jsonl and articles.jsonl from draft.jsonl (the working file written while drafting).
Ids azw-001.. follow draft order. articles.jsonl = verbatim corpus lines of every doc article and of the
article each unanswerable (near-miss) question is about, in corpus order."""
import json
C='/work/shared/corpora/'
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
D=[json.loads(l) for l in open('draft.jsonl')]
need=set()
with open('gold.jsonl','w') as g:
    for i,q in enumerate(D,1):
        o={'id':'azw-%03d'%i}
        for k in KEYS[1:]: o[k]=q[k]
        o['also']=[{'source':a['source'],'doc':a['doc'],'evidence':a['evidence']} for a in q['also']]
        g.write(json.dumps(o,ensure_ascii=False)+'\n')
        if q['doc']: need.add((q['source'],q['doc']))
        else: need.add((q['about']['source'],q['about']['doc']))
with open('articles.jsonl','w') as a:
    for f in ['reuters21578','bbc','agnews']:
        for line in open(C+f+'.jsonl'):
            r=json.loads(line)
            if (f,r['id']) in need: a.write(line if line.endswith('\n') else line+'\n')
# about-map for README/validation
with open('near_miss_about.tsv','w') as f:
    f.write('id\tsource\tdoc\n')
    for i,q in enumerate(D,1):
        if not q['answers']: f.write('azw-%03d\t%s\t%s\n'%(i,q['about']['source'],q['about']['doc']))
print(len(D),'questions;',len(need),'articles')
