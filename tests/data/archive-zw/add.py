#!/usr/bin/env python3
"""Append one draft question (JSON on stdin or argv[1]) to draft.jsonl after checking spans."""
import json,sys
C='/work/shared/corpora/'
def load():
    d={}
    for f in ['reuters21578','bbc','agnews']:
        for l in open(C+f+'.jsonl'):
            r=json.loads(l); d[(f,r['id'])]=r
    return d
D=load()
src=sys.stdin.read()
for line in src.strip().split('\n'):
    if not line.strip(): continue
    q=json.loads(line)
    if q['answers']:
        t=D[(q['source'],q['doc'])]['text']
        assert q['evidence'] in t, ('evidence', q['evidence'])
        assert q['answers'][0] in q['evidence'], ('ans0 not in evidence', q['answers'][0])
        for a in q['answers']:
            ok = a in t or any(a in D[(x['source'],x['doc'])]['text'] for x in q.get('also',[]))
            assert ok, ('answer', a)
        for x in q.get('also',[]):
            assert x['evidence'] in D[(x['source'],x['doc'])]['text'], ('also ev', x)
    else:
        assert q['about'], 'about'
    open('draft.jsonl','a').write(json.dumps(q,ensure_ascii=False)+'\n')
    print('ok', q['question'])
