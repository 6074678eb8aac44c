import json,re,sys
exec(open('unans.py').read())
C='/work/shared/corpora/'
docs=[]
for fn in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+fn): docs.append(json.loads(l))
sel=[int(x) for x in sys.argv[1:]] or range(len(U))
for i in sel:
    t,q,(s,d),specs=U[i]
    print(f'\n######## U{i} [{t}] {q}  near-miss {s}:{d}')
    for spec in specs:
        ps=[re.compile(p,re.I) for p in spec]
        hits=[r for r in docs if all(p.search((r['title'] or '')+' '+r['text']) for p in ps)]
        print('  spec',spec,'->',len(hits),'articles:',' '.join(f"{r['source'][:3]}:{r['id']}" for r in hits[:15]))
