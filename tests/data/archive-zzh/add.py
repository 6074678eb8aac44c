#!/usr/bin/env python3
"""add.py BATCHFILE : BATCHFILE is python defining Q = [dict(...)].
Answerable: t,q,a(list),d,s,e,n,also(list of (src,doc,evidence))
Unanswerable: t,q,about=(src,doc), checks=[[regex,...],...] (each check = AND of regexes, case-insensitive, whole archive)
Checks all spans, runs absence searches, appends to draft.jsonl (with extra fields)."""
import json, re, sys, os
C='/work/shared/corpora/'
ART={}
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for l in open(C+fn):
        r=json.loads(l); ART[(src,r['id'])]=r
ns={}; exec(open(sys.argv[1]).read(), ns); Q=ns['Q']
existing=[json.loads(l) for l in open('draft.jsonl')] if os.path.exists('draft.jsonl') else []
qs_seen={x['question'] for x in existing}
k=len(existing)
out=[]; ok=True
for q in Q:
    if q['q'] in qs_seen: print('DUP', q['q']); continue
    k+=1; qid=f"azzh-{k:03d}"
    if q.get('a'):
        txt=ART[(q['s'],q['d'])]['text']
        assert q['e'] in txt, (qid,'evidence not in text',q['e'])
        assert q['a'][0] in q['e'], (qid,'answer0 not in evidence')
        alsos=[]
        texts=[txt]
        for (s,d,e) in q.get('also',[]):
            assert (s,d)!=(q['s'],q['d'])
            assert e in ART[(s,d)]['text'], (qid,'also evidence',s,d,e)
            alsos.append({'source':s,'doc':d,'evidence':e}); texts.append(e)
        for a in q['a']:
            assert any(a in t for t in texts), (qid,'answer not found',a)
        rec=dict(id=qid,type=q['t'],question=q['q'],answers=q['a'],doc=q['d'],source=q['s'],evidence=q['e'],normalized=q.get('n'),also=alsos)
    else:
        res=[]
        for chk in q['checks']:
            pats=[re.compile(p,re.I) for p in chk]
            c=sum(1 for r in ART.values() if all(p.search((r['title'] or '')+'\n'+r['text']) for p in pats))
            res.append(' & '.join(f'/{p}/i' for p in chk)+f' => {c}')
        rec=dict(id=qid,type=q['t'],question=q['q'],answers=[],doc=None,source=None,evidence=None,normalized=None,also=[],
                 _about=list(q['about']),_checks=res)
        print(qid,'ABSENCE:',' ; '.join(res))
    rec['_words']=len(q['q'].split())
    out.append(rec)
with open('draft.jsonl','a') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print('added',len(out),'total',k)
