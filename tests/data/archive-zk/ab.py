#!/usr/bin/env python3
"""ab.py PAT [PAT...] : prints a JSON pair [search description, hit count] (AND of case-insensitive regexes over all 3 files) plus hit ids."""
import json, re, sys
C='/work/shared/corpora/'
pats=[re.compile(a, re.I) for a in sys.argv[1:]]
ids=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats): ids.append(f[:3]+':'+r['id'])
print(json.dumps([' AND '.join('/'+a+'/i' for a in sys.argv[1:]), len(ids)]), ids[:15])
