# usage: g.py REGEX [REGEX2 ...]  -> articles (all 3 files) matching ALL regexes (case-insens.), with snippet of first
import json,sys,re
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for src in ['reuters21578','bbc','agnews']:
    for l in open(C+src+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[0].search(t); s=max(0,m.start()-100)
            if n<=25: print(src,r['id'],r['date'],'|',t[s:m.end()+150].replace('\n',' '))
print('HITS',n)
