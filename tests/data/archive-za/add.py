#!/usr/bin/env python3
"""Append draft questions (JSON list on stdin) to draft.jsonl after checking spans.
For unanswerable items, 'searches' is a list of [label, [regex,...]] (all must match, case-insens., title+text);
hit counts over all three files are computed and stored in 'absent'."""
import json,re,sys
CORP='/work/shared/corpora/'
docs={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(CORP+f+'.jsonl'):
        r=json.loads(l); docs[(f,r['id'])]=r
items=json.load(sys.stdin)
out=open('draft.jsonl','a')
for q in items:
    if q['answers']:
        t=docs[(q['source'],q['doc'])]['text']
        assert q['evidence'] in t, ('evidence',q['question'])
        assert q['answers'][0] in q['evidence'], ('ans0 in ev',q['question'])
        for a in q['answers']:
            ok = a in t or any(a in docs[(x['source'],x['doc'])]['text'] for x in q.get('also',[]))
            assert ok, ('answer',a,q['question'])
        for x in q.get('also',[]):
            assert x['evidence'] in docs[(x['source'],x['doc'])]['text'], ('also ev',x)
    else:
        res=[]
        for label,pats in q.get('searches',[]):
            ps=[re.compile(p,re.I) for p in pats]
            hits=[f"{k[0]}:{k[1]}" for k,r in docs.items() if all(p.search((r['title'] or '')+'\n'+r['text']) for p in ps)]
            res.append([label,len(hits),hits[:8]])
            print('  ',label,len(hits),hits[:8])
        q['absent']=res
        q.pop('searches',None)
    out.write(json.dumps(q,ensure_ascii=False)+'\n')
    print('OK',len(q['question'].split()),'w |',q['type'],'|',q['question'][:70])
