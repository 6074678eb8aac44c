#!/usr/bin/env python3
# helper: absent.py ID "reA&&reB" "reC" ...  Each argument is one search (all '&&'-joined regexes must match,
# case-insensitive, in title+text) over all three corpus files. Appends one line to ABSENT_CHECKED:
# ID <TAB> search => hits [ids] ; search => hits ...
import json, re, sys
qid = sys.argv[1]
docs = []
for src in ['reuters21578', 'bbc', 'agnews']:
    for l in open('/work/shared/corpora/%s.jsonl' % src):
        r = json.loads(l); docs.append((src, r['id'], (r['title'] or '') + '\n' + r['text']))
parts = []
for s in sys.argv[2:]:
    pats = [re.compile(p, re.I) for p in s.split('&&')]
    hits = [(src, i) for src, i, t in docs if all(p.search(t) for p in pats)]
    ids = ','.join('%s:%s' % h for h in hits[:8]) + (',...' if len(hits) > 8 else '')
    parts.append('%s => %d [%s]' % (s, len(hits), ids))
    print(parts[-1])
open('ABSENT_CHECKED', 'a').write(qid + '\t' + ' ; '.join(parts) + '\n')
