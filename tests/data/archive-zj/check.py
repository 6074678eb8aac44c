import json,re,sys
C='/work/shared/corpora/'
docs={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); docs[f+':'+r['id']]=r
qs=[json.loads(l) for l in open(sys.argv[1])]
sel=set(sys.argv[2:])
for i,q in enumerate(qs):
    if sel and str(i) not in sel: continue
    if not q['a']: continue
    d=docs[q['doc']]; t=d['text']
    miss=[a for a in q['a'] if a not in t]
    k=re.compile(q['k'],re.I)
    km=[x for x,r in docs.items() if x!=q['doc'] and k.search((r['title'] or '')+' '+r['text'])]
    amatch=[x for x in km if any(a.lower() in docs[x]['text'].lower() for a in q['a'])]
    print(f"[{i}] {q['q']} | {q['a']} | miss={miss} | kdocs={len(km)} | with-answer={amatch[:15]}")
