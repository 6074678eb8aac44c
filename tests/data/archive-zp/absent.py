import json,re,sys
exec(open('spec.py').read())
C='/work/shared/corpora/'
recs=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); recs.append((f,r))
only=sys.argv[1] if len(sys.argv)>1 else None
for i,q in enumerate(Q):
    if q['answers'] or (only and only not in q['question']): continue
    print(f"\n## {i} [{q['type']}] {q['question']}  about={q['about']}")
    for srch in q['absent']:
        pats=[re.compile(p,re.I) for p in srch]
        hits=[(f,r) for f,r in recs if all(p.search(r['text']) for p in pats)]
        print(f"  search {srch}: {len(hits)} hits")
        for f,r in hits[:6]:
            t=r['text']; m=pats[-1].search(t); s=max(0,m.start()-130)
            print(f"     {f} {r['id']} | {t[s:m.end()+110]!r}"[:330])
