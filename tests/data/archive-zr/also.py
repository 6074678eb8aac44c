#!/usr/bin/env python3
"""also.py EVIDENCE_REGEX [FILTER_REGEX ...] : for every archive article whose text matches all filters and the evidence regex,
print [source, id, exact matched text] (python literal) for pasting into `also`."""
import json,re,sys
CORP='/work/shared/corpora/'
ev=re.compile(sys.argv[1],re.I); fl=[re.compile(p,re.I) for p in sys.argv[2:]]
out=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(CORP+f+'.jsonl'):
        r=json.loads(l)
        if all(p.search(r['text']) for p in fl):
            m=ev.search(r['text'])
            if m: out.append([f,r['id'],m.group(0)])
print(repr(out)); print(len(out))
