#!/usr/bin/env python3
"""search.py [-n N] [-w WIN] REGEX [REGEX ...]: list archive articles (all three files) matching ALL
regexes (case-insensitive); prints hit count and, per hit, a snippet around each regex's first match."""
import json, re, sys
args = sys.argv[1:]; N = 15; W = 80
while args and args[0] in ('-n', '-w'):
    if args[0] == '-n': N = int(args[1])
    else: W = int(args[1])
    args = args[2:]
pats = [re.compile(a, re.I) for a in args]
hits = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open('/work/shared/corpora/' + f + '.jsonl'):
        r = json.loads(l)
        t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in pats):
            hits.append((f, r, t))
print('## %d hits for %s' % (len(hits), ' & '.join(args)))
for f, r, t in hits[:N]:
    print('--', f, r['id'], r['date'], '|', r['title'])
    for p in pats[-1:] if len(pats) > 1 else pats:
        m = p.search(t)
        print('   ...' + t[max(0, m.start() - W):m.end() + W].replace('\n', ' ') + '...')
