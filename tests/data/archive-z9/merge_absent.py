#!/usr/bin/env python3
"""Merge ABSENT_CHECKED.log (raw lines appended by absent.py plus hand-written notes) into
ABSENT_CHECKED: one line per unanswerable question: id <TAB> question <TAB> all searches with hit counts; notes."""
import json
from collections import OrderedDict
qs = {json.loads(l)['id']: json.loads(l) for l in open('draft.jsonl')}
merged = OrderedDict()
for line in open('ABSENT_CHECKED.log'):
    qid, rest = line.rstrip('\n').split('\t', 1)
    merged.setdefault(qid, []).append(rest)
un = [i for i, q in qs.items() if not q['answers']]
missing = [i for i in un if i not in merged]
assert not missing, missing
with open('ABSENT_CHECKED', 'w') as f:
    for i in sorted(un):
        f.write('%s\t%s\t%s\n' % (i, qs[i]['question'], ' ; '.join(merged[i])))
print(len(un), 'lines')
