#!/usr/bin/env python3
"""append one draft question (JSON object on stdin, may be several lines, one per line) after checking spans."""
import json,sys
C='/work/shared/corpora/'
idx={}
def get(src,doc):
    if src not in idx:
        idx[src]={}
        for l in open(C+src+'.jsonl'):
            r=json.loads(l); idx[src][r['id']]=r
    return idx[src][doc]
ok=True
out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    if q['answers']:
        t=get(q['source'],q['doc'])['text']
        assert q['evidence'] in t, ('evidence',q['question'])
        assert q['answers'][0] in q['evidence'], ('ans0 not in evidence',q['question'])
        texts=[t]+[get(a['source'],a['doc'])['text'] for a in q['also']]
        for a in q['also']:
            assert a['evidence'] in get(a['source'],a['doc'])['text'], ('also ev',a)
        for a in q['answers']:
            assert any(a in x for x in texts), ('answer span',a)
    else:
        assert q.get('about'), 'unans needs about'
        get(q['about'][0],q['about'][1])
        assert q.get('absent'), 'unans needs absent log'
    out.append(q)
with open('draft.jsonl','a') as f:
    for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print('added',len(out),'total',sum(1 for _ in open('draft.jsonl')))
