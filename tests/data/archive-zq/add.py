#!/usr/bin/env python3
"""Append draft questions (JSON lines on stdin) to draft.jsonl after checking spans."""
import json,sys
T={}
for src in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%src):
        r=json.loads(l); T[(src,r['id'])]=r['text']
out=open('draft.jsonl','a')
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    if q['answers']:
        t=T[(q['source'],q['doc'])]
        assert q['evidence'] in t, ('evidence',q)
        assert q['answers'][0] in q['evidence'], ('ans0',q)
        for a in q['answers']:
            assert a in t or any(a in T[(x['source'],x['doc'])] for x in q.get('also',[])), ('ans',a,q)
        for x in q.get('also',[]):
            assert x['evidence'] in T[(x['source'],x['doc'])], ('also',x)
    out.write(json.dumps(q,ensure_ascii=False)+'\n')
    print('ok',q['question'][:60])
