#!/usr/bin/env python3
"""Check draft: exact substrings; run whole-archive also-searches (chk) and absence searches (searches)."""
import json, re, sys
C='/work/shared/corpora/'
ARCH={}
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    ARCH[src]={}
    for l in open(C+fn,encoding='utf-8'):
        r=json.loads(l); ARCH[src][r['id']]=r
def hits(pats):
    ps=[re.compile(p,re.I) for p in pats]; out=[]
    for src,d in ARCH.items():
        for i,r in d.items():
            t=(r['title'] or '')+'\n'+r['text']
            if all(p.search(t) for p in ps): out.append((src,i))
    return out
exec(open('draft_questions.py').read())
start=int(sys.argv[1]) if len(sys.argv)>1 else 0
end=int(sys.argv[2]) if len(sys.argv)>2 else len(Q)
for n,q in enumerate(Q[start:end],start):
    print(f'--- [{n}] {q["type"]} {q["question"]}')
    if q['doc']:
        t=ARCH[q['source']][q['doc']]['text']
        for x in q['answers']:
            if x not in t: print('   !! ANSWER NOT IN TEXT:',x)
        if q['evidence'] not in t: print('   !! EVIDENCE NOT IN TEXT')
        if q['answers'] and q['answers'][0] not in q['evidence']: print('   !! first answer not in evidence')
        for al in q['also']:
            tt=ARCH[al['source']][al['doc']]['text']
            if al['evidence'] not in tt: print('   !! ALSO EVIDENCE NOT IN', al['doc'])
        for c in q['chk']:
            h=[x for x in hits(c) if x!=(q['source'],q['doc'])]
            print('   chk',c,len(h),h[:15])
    else:
        for s in q['searches']:
            h=hits(s); print('   abs',s,len(h),h[:12])
