#!/usr/bin/env python3
"""draft.jsonl -> gold.jsonl, articles.jsonl, ABSENT_CHECKED (ids azzj-001.. in draft order)."""
import json
C = '/work/shared/corpora/'
RAW = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for line in open(C + f + '.jsonl', encoding='utf-8'):
        RAW[(f, json.loads(line)['id'])] = line.rstrip('\n')
draft = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
gold, arts, absent = [], [], []
def addart(k):
    if k not in arts: arts.append(k)
for i, d in enumerate(draft, 1):
    qid = 'azzj-%03d' % i
    if d.get('a'):
        rec = {'id': qid, 'type': d['t'], 'question': d['q'], 'answers': d['a'], 'doc': d['doc'],
               'source': d['src'], 'evidence': d['ev'], 'normalized': d['norm'],
               'also': [{'source': s, 'doc': x, 'evidence': e} for s, x, e in d.get('also', [])]}
        addart((d['src'], d['doc']))
    else:
        rec = {'id': qid, 'type': d['t'], 'question': d['q'], 'answers': [], 'doc': None, 'source': None,
               'evidence': None, 'normalized': None, 'also': []}
        addart(tuple(d['about']))
        absent.append(f"{qid}\tnear-miss article {d['about'][0]}:{d['about'][1]}\t{d['absent']}")
    gold.append(rec)
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for r in gold: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in arts: f.write(RAW[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# one line per unanswerable question: id, the near-miss article, every search (case-insensitive regex over title+text of all three corpus files; terms joined by + must all occur in the same article) and its hit count\n')
    for a in absent: f.write(a + '\n')
print(len(gold), 'questions,', len(arts), 'articles,', len(absent), 'unanswerable')
