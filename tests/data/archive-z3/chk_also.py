import json,re
exec(open('build.py').read())
C='/work/shared/corpora/'
docs=[]
for fn in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+fn): docs.append(json.loads(l))
STOP=set('Which Who What When Where How In From By For At Before After To The U.S. US June March April August'.split())
for i,q in enumerate(keep):
    ents=[w.strip("?,'s") for w in re.findall(r"[A-Z][\w\.\-']+",q['question']) if w.strip("?,'s") not in STOP]
    ents=[e[:-2] if e.endswith("'s") else e for e in ents]
    hits=[]
    for r in docs:
        if r['source']==q['src'] and r['id']==q['doc']: continue
        t=(r['title'] or '')+' '+r['text']
        if any(re.search(r'(?<!\w)'+re.escape(x)+r'(?!\w)',t,re.I) for x in q['answers']) and any(e.lower() in t.lower() for e in ents):
            hits.append(f"{r['source'][:3]}:{r['id']}")
    also=[f"{s[:3]}:{d}" for s,d,_ in q['also']]
    new=[h for h in hits if h not in also]
    print(i,q['type'],q['question'][:70],'| ents',ents[:4],'| also',also,'| NEW',len(new),new[:12])
