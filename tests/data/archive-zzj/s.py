#!/usr/bin/env python3
"""search helper: s.py REGEX [REGEX2 ...] -> articles (all 3 files) matching ALL regexes (case-insensitive),
with count and a snippet around the first regex. Use -n for counts only."""
import json, re, sys
args = sys.argv[1:]
quiet = False
if args and args[0] == '-n':
    quiet = True; args = args[1:]
pats = [re.compile(a, re.I) for a in args]
C = '/work/shared/corpora/'
tot = 0
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l)
        t = (r['title'] or '') + ' || ' + r['text']
        if all(p.search(t) for p in pats):
            tot += 1
            if not quiet and tot <= 25:
                m = pats[0].search(t)
                print(f"{f}\t{r['id']}\t{r['date']}\t...{t[max(0,m.start()-100):m.end()+120]!r}")
print('HITS', tot)
