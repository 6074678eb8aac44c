#!/usr/bin/env python3
"""s.py [-n] PAT [PAT...]: case-insensitive regex AND search over title+text of all three corpus files.
Prints hit count and, unless -n, source:id with a snippet around the last pattern."""
import json, re, sys
C='/work/shared/corpora/'
args=sys.argv[1:]; quiet=False; ctx=150
if args and args[0]=='-n': quiet=True; args=args[1:]
pats=[re.compile(p, re.I) for p in args]
hits=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            hits.append((f,r,t))
print(f'# {len(hits)} hits for', ' AND '.join(args))
if not quiet:
    for f,r,t in hits[:40]:
        m=pats[-1].search(t); s=max(0,m.start()-ctx); e=min(len(t),m.end()+ctx)
        print(f'{f}:{r["id"]} {r["date"]} | '+t[s:e].replace('\n',' '))
