#!/usr/bin/env python3
"""grep_all.py PAT [PAT ...] : articles in all three files whose text (or title) matches ALL regexes (case-insensitive).
Prints count and, for each hit, source/id/date and a snippet around the first pattern's match."""
import json,re,sys
CORP='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:] if not p.startswith('--')]
ctx=int(next((a[6:] for a in sys.argv if a.startswith('--ctx=')),'150'))
quiet='--q' in sys.argv
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(CORP+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if not quiet:
                m=pats[-1].search(t) if len(pats)>0 else None
                s=t[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' ') if m else ''
                print(f"{f}\t{r['id']}\t{r['date']}\t{r['title'][:60]}\n    ...{s}...")
print('HITS',n)
