#!/usr/bin/env python3
"""grep helper: g.py PATTERN [PATTERN2 ...] -> articles (all 3 files) matching ALL regexes (case-insens.);
prints count and snippets around first pattern. -n N limit output."""
import json, re, sys
C = '/work/shared/corpora/'
args = sys.argv[1:]
lim = 15
if args and args[0] == '-n':
    lim = int(args[1]); args = args[2:]
pats = [re.compile(a, re.I) for a in args]
hits = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l)
        t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in pats):
            hits.append((f, r, t))
print('HITS', len(hits))
for f, r, t in hits[:lim]:
    m = pats[-1].search(t)
    s = max(0, m.start() - 150); e = min(len(t), m.end() + 150)
    print('--', f, r['id'], r['date'], '|', (r['title'] or '')[:60])
    print('   ', t[s:e].replace('\n', ' '))
