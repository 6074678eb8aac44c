#!/usr/bin/env python3
# usage: g.py PATTERN [PATTERN2 ...]  -> articles (all 3 files) whose text or title matches ALL regexes (case-insens.)
import json,re,sys
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
show='-q' not in sys.argv
n=0
for src in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%src):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=40:
                m=pats[-1].search(t); s=max(0,m.start()-150)
                print('--',src,r['id'],r['date'],r['title'][:60] if r['title'] else '', '|', t[s:m.end()+150].replace('\n',' '))
print('HITS',n)
