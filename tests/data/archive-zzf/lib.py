import json,re
C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
_D=None
def docs():
    global _D
    if _D is None:
        _D={f:{} for f in FILES}
        for f in FILES:
            for l in open(C+f+'.jsonl'):
                r=json.loads(l); _D[f][r['id']]=(r,l.rstrip('\n'))
    return _D
def search(pats):
    ps=[re.compile(p,re.I) for p in pats]; hits=[]
    for f in FILES:
        for i,(r,_) in docs()[f].items():
            t=(r['title'] or '')+' \n '+r['text']
            if all(p.search(t) for p in ps): hits.append((f,i))
    return hits
