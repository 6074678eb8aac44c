#!/usr/bin/env python3
"""Builds gold.jsonl and articles.jsonl from items.py (archive-zx), copying articles verbatim from the corpora."""
import json, sys
sys.path.insert(0, '/work/gold/archive-zx')
from items import ITEMS
C = '/work/shared/corpora/'
raw = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for line in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(line); raw[(f, r['id'])] = line.rstrip('\n')
out = []; docs = []
for n, (t, q, ans, src, doc, ev, norm, also) in enumerate(ITEMS, 1):
    rec = {"id": f"azx-{n:03d}", "type": t, "question": q, "answers": ans, "doc": doc, "source": src,
           "evidence": ev, "normalized": norm,
           "also": [{"source": s, "doc": d, "evidence": e} for s, d, e in also]}
    out.append(rec)
    if doc and (src, doc) not in docs: docs.append((src, doc))
with open('/work/gold/archive-zx/gold.jsonl', 'w', encoding='utf-8') as fh:
    for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
# articles: sources of answerable questions + articles the near-miss questions are about
NEAR = [('reuters21578', x) for x in ['16770', '7442', '8175', '10674', '10504', '8691', '21568', '1985', '5514', '5432', '17797', '4202']] + \
       [('bbc', x) for x in ['sport/407', 'tech/007', 'business/469', 'entertainment/175', 'politics/062']] + \
       [('agnews', x) for x in ['test-1162', 'test-790', 'test-6526']]
for k in NEAR:
    if k not in docs: docs.append(k)
with open('/work/gold/archive-zx/articles.jsonl', 'w', encoding='utf-8') as fh:
    for k in docs: fh.write(raw[k] + '\n')
print(len(out), 'questions;', len(docs), 'articles')
