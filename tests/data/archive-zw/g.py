#!/usr/bin/env python3
"""g.py PATTERN [PATTERN2 ...] : case-insensitive regex search over all three corpus files.
Records must match ALL patterns. Prints count and snippets around the first pattern."""
import json,re,sys
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:] if not p.startswith('--')]
ctx=int(([a[6:] for a in sys.argv if a.startswith('--ctx=')] or ['150'])[0])
quiet='--q' in sys.argv
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=r['text']
        if all(p.search(t) or p.search(r['title'] or '') for p in pats):
            n+=1
            if not quiet:
                m=pats[0].search(t)
                s=t[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' ') if m else '(title) '+r['title']
                print(f'{f}\t{r["id"]}\t{r["date"]}\t{s}')
print('HITS',n)
