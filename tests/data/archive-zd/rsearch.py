#!/usr/bin/env python3
"""Run each draft question's searches over the whole archive; print hits (excluding own doc for answerable)."""
import json,re,sys
C='/work/shared/corpora/'
exec(open('draft.py').read())
docs=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); docs.append((f,r['id'],(r['title'] or '')+'\n'+r['text'],r))
def run(terms):
    ps=[re.compile(t,re.I) for t in terms]
    return [(f,i,t) for f,i,t,r in docs if all(p.search(t) for p in ps)]
lo=int(sys.argv[1]) if len(sys.argv)>1 else 0; hi=int(sys.argv[2]) if len(sys.argv)>2 else 999
for k,q in enumerate(Q):
    if not (lo<=k<hi): continue
    print(f"#{k} [{q['t']}] {q['q']}  -> {q['a']} ({q['src']} {q['doc']})")
    for terms in q.get('srch',[])+q.get('checks',[]):
        hits=run(terms)
        oth=[h for h in hits if (h[0],h[1])!=(q['src'],q['doc'])]
        print('   ',terms,'hits',len(hits),'others',len(oth))
        for f,i,t in oth[:6]:
            m=re.compile(terms[-1],re.I).search(t); s=t[max(0,m.start()-90):m.end()+90].replace('\n',' ')
            print('      ',f,i,'|',s)
