#!/usr/bin/env python3
"""ev.py REGEX [MUSTREGEX...]: print [source, id, exact match] JSON for each article whose text matches."""
import json, re, sys
C = '/work/shared/corpora/'
p = re.compile(sys.argv[1], re.I); must = [re.compile(m, re.I) for m in sys.argv[2:]]
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); m = p.search(r['text'])
        if m and all(x.search(r['text']) for x in must):
            print(json.dumps([f, r['id'], m.group(0)]) + ',')
