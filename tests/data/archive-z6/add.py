# append questions (JSON objects, one per line on stdin) to draft.jsonl after checking spans
import json,sys
C='/work/shared/corpora/'
idx={}
def text(src,i):
    if (src,i) not in idx:
        for l in open(C+src+'.jsonl'):
            r=json.loads(l)
            if r['id']==i: idx[(src,i)]=r['text']; break
    return idx[(src,i)]
ok=True; out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    q.setdefault('also',[]); q.setdefault('normalized',None)
    if q['answers']:
        t=text(q['source'],q['doc'])
        assert q['evidence'] in t, ('evidence',q['question'])
        assert q['answers'][0] in q['evidence'], ('ans0 not in evidence',q['question'])
        for a in q['answers']:
            found = a in t or any(a in text(x['source'],x['doc']) for x in q['also'])
            assert found, ('answer missing',a,q['question'])
        for x in q['also']:
            assert x['evidence'] in text(x['source'],x['doc']), ('also ev',x)
    else:
        assert q.get('about') and q.get('checks'), q['question']
    out.append(q)
with open('draft.jsonl','a') as f:
    for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print('added',len(out),'total',sum(1 for _ in open('draft.jsonl')))
