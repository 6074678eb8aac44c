#!/usr/bin/env python3
"""Append draft questions (JSON lines on stdin) to draft.jsonl after checking spans.
Each line: {"type","question","answers","source","doc","evidence","normalized","also":[[src,doc,evidence],...]}"""
import json,sys
C='/work/shared/corpora/'
idx={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); idx[(f,r['id'])]=r['text']
ok=True; out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    if q['answers']:
        t=idx[(q['source'],q['doc'])]
        assert q['evidence'] in t, ('evidence',q['question'])
        assert q['answers'][0] in q['evidence'], ('ans0 not in evidence',q['question'])
        texts=[t]+[idx[(s,d)] for s,d,e in q.get('also',[])]
        for s,d,e in q.get('also',[]):
            assert e in idx[(s,d)], ('also ev',q['question'],d)
        for a in q['answers']:
            assert any(a in x for x in texts), ('answer',a,q['question'])
    out.append(q)
with open('draft.jsonl','a',encoding='utf-8') as f:
    for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print('added',len(out))
