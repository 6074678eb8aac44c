# usage: g.py REGEX [REGEX2 ...]  -> articles matching all regexes (case-insensitive); prints snippet around first
import json,sys,re
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for src in ['reuters21578','bbc','agnews']:
    for l in open(C+src+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[-1].search(t); s=max(0,m.start()-150)
            if n<=40: print('%s %s %s: ...%s...'%(src,r['id'],r['date'],t[s:m.end()+150].replace('\n',' ')))
print('HITS',n)
