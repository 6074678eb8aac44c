#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (+ absent_searches.py).
- ids azq-001.. in draft order; keys in the required order.
- adds to `also` every other archive record whose text is identical to the doc's text.
- articles.jsonl: every doc of an answerable question + every article an unanswerable one is about,
  copied verbatim (the raw archive line)."""
import json, re
from absent_searches import SEARCHES
FILES = ['reuters21578', 'bbc', 'agnews']
RAW, T = {}, {}
for f in FILES:
    for line in open('/work/shared/corpora/%s.jsonl' % f):
        r = json.loads(line); RAW[(f, r['id'])] = line.rstrip('\n'); T[(f, r['id'])] = r
bytext = {}
for k, r in T.items(): bytext.setdefault(r['text'], []).append(k)
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
draft = [json.loads(l) for l in open('draft.jsonl')]
gold, arts, absent = [], [], []
def addart(k):
    if k not in arts: arts.append(k)
for n, q in enumerate(draft, 1):
    qid = 'azq-%03d' % n
    also = list(q.get('also', []))
    if q['answers']:
        k = (q['source'], q['doc']); addart(k)
        for k2 in bytext[T[k]['text']]:
            if k2 != k and not any((a['source'], a['doc']) == k2 for a in also):
                also.append({'source': k2[0], 'doc': k2[1], 'evidence': q['evidence']})
    else:
        addart(tuple(q['about']))
        key = [p for p in SEARCHES if q['question'].startswith(p)]
        assert len(key) == 1, q['question']
        parts = []
        for pats in SEARCHES[key[0]]:
            rx = [re.compile(p, re.I) for p in pats]
            hits = [k for k, r in T.items() if all(x.search((r['title'] or '') + '\n' + r['text']) for x in rx)]
            parts.append('%s => %d hits%s' % (' AND '.join('/%s/' % p for p in pats), len(hits),
                         (' [' + ', '.join('%s:%s' % h for h in hits[:6]) + (' ...' if len(hits) > 6 else '') + ']') if hits else ''))
        absent.append('%s\t(about %s:%s)\t%s' % (qid, q['about'][0], q['about'][1], ' ; '.join(parts)))
    g = {'id': qid, 'type': q['type'], 'question': q['question'], 'answers': q['answers'],
         'doc': q['doc'], 'source': q['source'], 'evidence': q['evidence'],
         'normalized': q['normalized'], 'also': also}
    gold.append({k: g[k] for k in KEYS})
with open('gold.jsonl', 'w') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w') as f:
    for k in arts: f.write(RAW[k] + '\n')
with open('ABSENT_CHECKED', 'w') as f:
    f.write('# id\tarticle the near miss is about\tsearches over all 3 files (title+text, case-insensitive regex; AND = same record) => hit count [first hits]\n')
    for a in absent: f.write(a + '\n')
print(len(gold), 'questions;', len(arts), 'articles;', len(absent), 'absent lines')
