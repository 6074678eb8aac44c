#!/usr/bin/env python3
import json,re,sys
exec(open('spec.py').read())
C='/work/shared/corpora/'
recs={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); recs[(f,r['id'])]=r
only=sys.argv[1] if len(sys.argv)>1 else None
for i,q in enumerate(Q):
    if only and only not in q['question']: continue
    if not q['answers']: continue
    r=recs[(q['source'],q['doc'])]; t=r['text']
    bad=[a for a in q['answers'] if a not in t]
    if q['evidence'] not in t: bad.append('EVIDENCE')
    elif q['answers'][0] not in q['evidence']: bad.append('EVID-NO-ANS')
    print(f"\n## {i} [{q['type']}] {q['question']}  ->{q['answers']} {'BAD:'+str(bad) if bad else ''}")
    pats=[re.compile(p,re.I) for p in q['chk']]
    hits=[]
    for k,rr in recs.items():
        if k==(q['source'],q['doc']): continue
        tt=rr['text']
        if all(p.search(tt) for p in pats):
            hits.append(k)
    for k in hits[:15]:
        tt=recs[k]['text']; m=pats[-1].search(tt); s=max(0,m.start()-150)
        print(f"   {k[0]} {k[1]} {recs[k]['date']} | {tt[s:m.end()+100]!r}"[:420])
    if len(hits)>15: print('   ... total hits',len(hits))
