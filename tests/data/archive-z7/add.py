#!/usr/bin/env python3
"""Append questions (JSON lines on stdin, without id) to draft.jsonl after checking spans."""
import json,sys
T={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(f'/work/shared/corpora/{f}.jsonl'):
        r=json.loads(l); T[(f,r['id'])]=r['text']
ok=True; out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    q.setdefault('also',[])
    if q['answers']:
        t=T[(q['source'],q['doc'])]
        assert q['evidence'] in t, ('evidence',q['question'])
        assert q['answers'][0] in q['evidence'], ('ans0 not in evidence',q['question'])
        for a in q['answers']:
            assert a in t or any(a in T[(x['source'],x['doc'])] for x in q['also']), ('answer',a)
        for x in q['also']:
            assert x['evidence'] in T[(x['source'],x['doc'])], ('also ev',x)
    else:
        assert q['doc'] is None and q['evidence'] is None and q['normalized'] is None
        assert q.get('about'), 'unanswerable needs about'
    out.append(q)
with open('draft.jsonl','a') as f:
    for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print('added',len(out))
