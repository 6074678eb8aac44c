#!/usr/bin/env python3
# append draft questions (JSON objects, one per line on stdin) to draft.jsonl after checking spans
import json,sys
D={}
for src in ['reuters21578','bbc','agnews']:
    D[src]={json.loads(l)['id']:json.loads(l) for l in open('/work/shared/corpora/%s.jsonl'%src)}
ok=True; out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    if q['answers']:
        t=D[q['source']][q['doc']]['text']
        assert q['evidence'] in t, ('EVID',q['question'])
        assert q['answers'][0] in q['evidence'], ('A0',q['question'])
        for a in q['answers']:
            if a not in t:
                assert any(a in D[x['source']][x['doc']]['text'] for x in q.get('also',[])), ('ANS',a)
        for x in q.get('also',[]):
            assert x['evidence'] in D[x['source']][x['doc']]['text'], ('ALSO',x)
    else:
        assert q['about'][1] in D[q['about'][0]]
        assert q.get('searches')
    out.append(q)
with open('draft.jsonl','a') as f:
    for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print('added',len(out))
