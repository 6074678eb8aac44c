#!/usr/bin/env python3
"""srch.py [-n N] [-w W] pat1 [pat2 ...] : case-insensitive regex AND search over all three corpus files.
Prints total hit count and, for up to N docs, a snippet around the last pattern."""
import json, re, sys
args = sys.argv[1:]; N = 15; W = 150
while args and args[0] in ('-n', '-w'):
    if args[0] == '-n': N = int(args[1])
    else: W = int(args[1])
    args = args[2:]
CACHE = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(f'/work/shared/corpora/{f}.jsonl', encoding='utf-8'):
        CACHE.append(json.loads(l))
groups=[[]]
for a in args:
    if a == '--': groups.append([])
    else: groups[-1].append(a)
for args in groups:
  pats = [re.compile(p, re.I) for p in args]
  hits = [r for r in CACHE if all(p.search((r['title'] or '') + '\n' + r['text']) for p in pats)]
  print(f'HITS {len(hits)} for', ' & '.join(args))
  for r in hits[:N]:
    t = r['text']; m = pats[-1].search(t)
    snip = t[max(0, m.start()-W): m.end()+W].replace('\n', ' ') if m else '(title only)'
    print(f"- {r['source']} {r['id']} {r['date']} | {r['title'][:60]} | ...{snip}...")
