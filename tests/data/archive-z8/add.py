#!/usr/bin/env python3
"""Append draft questions (one JSON object per line on stdin) to draft.jsonl after checking spans.
Keys: type question answers doc source evidence normalized also absent(optional)"""
import json,sys
C='/work/shared/corpora/'
texts={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); texts[(f,r['id'])]=r['text']
ok=True; out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    err=[]
    if q['answers']:
        t=texts[(q['source'],q['doc'])]
        if q['evidence'] not in t: err.append('evidence not in doc')
        if q['answers'][0] not in q['evidence']: err.append('first answer not in evidence')
        for a in q['answers']:
            if a not in t and not any(a in texts[(s,d)] for s,d,e in q.get('also',[])): err.append('answer not found: '+a)
        for s,d,e in q.get('also',[]):
            if e not in texts[(s,d)]: err.append('also evidence not in %s %s'%(s,d))
            if not any(a in e for a in q['answers']): err.append('no answer in also evidence %s'%d)
    else:
        if not q.get('absent'): err.append('no absent log')
    if err: print('ERR',q['question'],err); ok=False
    else: out.append(q)
with open('draft.jsonl','a') as f:
    for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print('added',len(out)); import subprocess
print('total', sum(1 for _ in open('draft.jsonl')))
