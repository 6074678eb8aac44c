#!/usr/bin/env python3
"""Absence checker: python3 absent.py QID 'pat1&&pat2' 'pat3' ...
Each spec is one or more case-insensitive regexes joined by '&&'; an article (title+text, all three corpus
files) is a hit when ALL regexes of the spec match it. Prints hits and appends one line to ABSENT_CHECKED."""
import json, sys, re
C = '/work/shared/corpora/'
qid = sys.argv[1]; specs = sys.argv[2:]
recs = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); recs.append((f, r['id'], (r['title'] or '') + '\n' + r['text']))
parts = []
for s in specs:
    ps = [re.compile(p, re.I) for p in s.split('&&')]
    hits = [(f, i) for f, i, t in recs if all(p.search(t) for p in ps)]
    parts.append('[%s] -> %d' % (s.replace('&&', ' AND '), len(hits)))
    print(s, len(hits), hits[:15])
if '--dry' not in sys.argv[0:1] and not qid.startswith('dry'):
    with open('/work/gold/archive-zv/ABSENT_CHECKED', 'a', encoding='utf-8') as o:
        o.write(qid + '\t' + '; '.join(parts) + '\n')
