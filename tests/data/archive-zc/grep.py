#!/usr/bin/env python3
"""grep.py REGEX [REGEX2 ...] : articles (all three files) whose text+title match ALL regexes (case-insensitive).
Prints count and snippets around first regex. -n N limits printed hits (default 15)."""
import json, re, sys
args = sys.argv[1:]; lim = 15
if args and args[0] == '-n': lim = int(args[1]); args = args[2:]
pats = [re.compile(a, re.I) for a in args]
C = '/work/shared/corpora/'
hits = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); t = (r['title'] or '') + ' || ' + r['text']
        if all(p.search(t) for p in pats):
            hits.append((f, r, t))
print('HITS', len(hits))
for f, r, t in hits[:lim]:
    snips = []
    for p in pats[-1:] if len(pats) > 1 else pats:
        for m in list(p.finditer(t))[:2]:
            s = max(0, m.start() - 110); snips.append(t[s:m.end() + 110].replace('\n', ' '))
    print('--', f, r['id'], r['date'], '|', r['title'][:60] if r['title'] else '')
    for s in snips: print('     ', s)
