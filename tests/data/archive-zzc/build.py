#!/usr/bin/env python3
"""Builds gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.py (question drafts)."""
import json, re
from collections import OrderedDict
exec(open('draft.py').read())
CORP = '/work/shared/corpora/'
raw = {}; arts = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(CORP + f + '.jsonl'):
        r = json.loads(l); raw[(f, r['id'])] = l.rstrip('\n')
        arts.append((f, r, (r['title'] or '') + '\n' + r['text']))
def find(pats):
    ps = [re.compile(p, re.I) for p in pats]
    return [(f, r['id']) for f, r, t in arts if all(p.search(t) for p in ps)]
gold = []; used_docs = []; absent = []
for n, q in enumerate(Q, 1):
    qid = 'azzc-%03d' % n
    o = OrderedDict()
    o['id'] = qid; o['type'] = q['type']; o['question'] = q['question']; o['answers'] = q['answers']
    o['doc'] = q['doc']; o['source'] = q['source']; o['evidence'] = q['evidence']; o['normalized'] = q['normalized']
    o['also'] = [OrderedDict([('source', a[0]), ('doc', a[1]), ('evidence', a[2])]) for a in q['also']]
    gold.append(o)
    if q['answers']:
        used_docs.append((q['source'], q['doc']))
    else:
        used_docs.append(q['about'])
        parts = []
        for c in q['checks']:
            parts.append('%s -> %d hits' % (' AND '.join('/%s/i' % p for p in c), len(find(c))))
        absent.append('%s\t%s\tabout %s %s\t%s' % (qid, q['question'], q['about'][0], q['about'][1], '; '.join(parts)))
with open('gold.jsonl', 'w') as fo:
    for o in gold: fo.write(json.dumps(o, ensure_ascii=False) + '\n')
seen = []
for d in used_docs:
    if d not in seen: seen.append(d)
with open('articles.jsonl', 'w') as fo:
    for d in seen: fo.write(raw[d] + '\n')
with open('ABSENT_CHECKED', 'w') as fo:
    fo.write('# id\tquestion\tnear-miss article\tsearches over all three corpus files (case-insensitive regex over title+text) and hit counts; every hit was read and none states the asked-for fact\n')
    for a in absent: fo.write(a + '\n')
print(len(gold), 'questions;', len(seen), 'articles;', len(absent), 'unanswerable')
