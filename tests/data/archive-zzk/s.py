# usage: python3 s.py REGEX [REGEX2 ...]  -> articles (all 3 files) matching ALL regexes (case-insens.), count + snippets of first regex
import json,sys,re
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0;out=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[-1].search(t); a=max(0,m.start()-90)
            out.append(f"{f} {r['id']} {r['date']}: ...{t[a:m.end()+90]!r}")
print('HITS',n)
for o in out[:25]: print(o)
