#!/usr/bin/env python3
# helper: case-insensitive regex search over the whole archive.
# tools_grep.py REGEX [REGEX2 ...]  -> articles matching ALL regexes; prints count and ids (+snippet of first regex)
import json, re, sys
pats = [re.compile(p, re.I) for p in sys.argv[1:]]
hits = []
for src in ['reuters21578', 'bbc', 'agnews']:
    for l in open('/work/shared/corpora/%s.jsonl' % src):
        r = json.loads(l)
        t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in pats):
            m = pats[-1].search(t)
            hits.append((src, r['id'], r['date'], t[max(0, m.start()-100):m.end()+100].replace('\n', ' ')))
print('HITS', len(hits))
for h in hits[:40]:
    print(h[0], h[1], h[2], '|', h[3])
