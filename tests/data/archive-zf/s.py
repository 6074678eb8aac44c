# usage: s.py REGEX [REGEX2 ...]  -> articles (all 3 files) matching ALL regexes (case-insens.); prints count and ids+snippet
import json,sys,re
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0;out=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[0].search(t); s=max(0,m.start()-80)
            out.append(f"{f} {r['id']} {r['date']} | {t[s:m.end()+80]!r}")
print('HITS',n)
for o in out[:40]: print(o)
