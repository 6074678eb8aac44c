#!/usr/bin/env python3
"""usage: s.py 'regex1' ['regex2' ...]  -> records (all 3 files) matching ALL regexes (case-insensitive); prints count + snippets around first regex."""
import json,re,sys
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=25:
                m=pats[-1].search(t); s=max(0,m.start()-120)
                print(f"{f}\t{r['id']}\t{r['date']}\t{r['title'][:50]}\t..{t[s:m.end()+120].replace(chr(10),' ')}..")
print('HITS',n)
