#!/usr/bin/env python3
"""Loose whole-archive search helper: python3 srch.py 'regex' ['regex2' ...]  (all must match, case-insensitive).
Prints hit count per file and ids (with a short context for the first regex)."""
import json, re, sys
C = '/work/shared/corpora/'
pats = [re.compile(p, re.I) for p in sys.argv[1:] if p != '-q']
show = '-q' not in sys.argv
tot = 0
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l)
        t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in pats):
            tot += 1
            m = pats[0].search(t)
            if show: print(f, r['id'], r['date'], '|', t[max(0, m.start()-80):m.end()+80].replace('\n', ' '))
print('TOTAL', tot)
