#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl.
Ids are assigned in draft order (azzi-001 ...). Keys are written in the brief's order.
For unanswerable questions, the 'checks' (lists of case-insensitive regexes that must all match title+text)
are re-run over all three corpus files and written with their hit counts to ABSENT_CHECKED."""
import json, re
from tools import load, C, FILES
d = load()
L = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
gold, arts, absent = [], [], []
for n, q in enumerate(L, 1):
    q['id'] = 'azzi-%03d' % n
    gold.append({k: q[k] for k in KEYS})
    if q['doc']:
        arts.append((q['source'], q['doc']))
    else:
        arts.append((q['about']['source'], q['about']['doc']))
        parts = []
        for ch in q['checks']:
            pats = [re.compile(p, re.I) for p in ch]
            hits = [f'{f}:{i}' for (f, i), r in d.items()
                    if all(p.search((r['title'] or '') + '\n' + r['text']) for p in pats)]
            parts.append(' AND '.join('/%s/' % p for p in ch) + ' => %d hits' % len(hits)
                         + (' [' + ', '.join(hits[:8]) + (' ...' if len(hits) > 8 else '') + ']' if hits else ''))
        absent.append('%s\t%s\tabout %s:%s\t%s' % (q['id'], q['type'], q['about']['source'], q['about']['doc'], ' ; '.join(parts)))
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + '\n')
# articles.jsonl: verbatim lines from the corpus files, in first-use order
want = list(dict.fromkeys(arts))
raw = {}
for fn in FILES:
    for line in open(C + fn + '.jsonl', encoding='utf-8'):
        r = json.loads(line)
        if (fn, r['id']) in want:
            raw[(fn, r['id'])] = line.rstrip('\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in want:
        f.write(raw[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# id\ttype\tarticle the near miss is about\tsearches (case-insensitive regexes over title+text of ALL records of reuters21578, bbc and agnews; AND = all must match in the same record) and hit counts; every hit listed was read and found not to state the asked-for fact\n')
    for a in absent:
        f.write(a + '\n')
print(len(gold), 'questions;', len(want), 'articles;', len(absent), 'unanswerable')
