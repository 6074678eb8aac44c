#!/usr/bin/env python3
"""also.py EXCLUDE_ID ENTITY_REGEX EVIDENCE_REGEX : print JSON list of also entries (evidence = exact matched text)."""
import json, re, sys
ex, ent, evr = sys.argv[1], re.compile(sys.argv[2], re.I), re.compile(sys.argv[3], re.I)
C = '/work/shared/corpora/'; out = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l)
        if r['id'] == ex: continue
        if ent.search((r['title'] or '') + ' ' + r['text']):
            m = evr.search(r['text'])
            if m: out.append({'source': f, 'doc': r['id'], 'evidence': m.group(0)})
print(json.dumps(out))
