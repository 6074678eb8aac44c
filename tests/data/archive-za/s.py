#!/usr/bin/env python3
"""search helper: s.py PATTERN [PATTERN2 ...] -> articles (all 3 files) whose text+title match ALL regexes (case-insens.)
prints count per file and snippets around first pattern"""
import json,re,sys
CORP='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
show = True
tot=0
for f in ['reuters21578','bbc','agnews']:
    n=0
    for l in open(CORP+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=25:
                out=[]
                for p in pats[-1:]:
                    for m in list(p.finditer(t))[:2]:
                        out.append(t[max(0,m.start()-110):m.end()+110].replace('\n',' '))
                print(f"{f}\t{r['id']}\t{r['date']}\t"+' ## '.join(out))
    print(f"# {f}: {n}")
    tot+=n
print('# total',tot)
