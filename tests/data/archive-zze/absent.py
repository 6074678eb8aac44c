#!/usr/bin/env python3
"""Run the absence searches for unanswerable questions; writes ABSENT_CHECKED (one line per question).
Each search = list of case-insensitive regexes that must ALL match in the same article (title+text), over all 3 files."""
import json,re,sys
C='/work/shared/corpora/'
ARTS=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); ARTS.append((f,r['id'],(r['title'] or '')+'\n'+r['text']))
from absent_specs import SPECS
def run(pats):
    ps=[re.compile(p,re.I) for p in pats]
    return [(f,i) for f,i,t in ARTS if all(p.search(t) for p in ps)]
only=sys.argv[1:]
lines={}
import os
if os.path.exists('absent_cache.json'): lines=json.load(open('absent_cache.json'))
for tag,(note,searches) in SPECS.items():
    if only and tag not in only and tag in lines: continue
    parts=[]
    for s in searches:
        hits=run(s)
        hs=','.join(f'{f}:{i}' for f,i in hits[:6])+('...' if len(hits)>6 else '')
        parts.append(f"[{' & '.join(s)}] -> {len(hits)}" + (f" ({hs})" if hits else ''))
    lines[tag]=f"{note} || " + ' ; '.join(parts)
    if only: print(tag, lines[tag])
json.dump(lines,open('absent_cache.json','w'),indent=0)
