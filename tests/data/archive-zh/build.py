#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (written by d.add during authoring)."""
import json
CORP = '/work/shared/corpora/'
raw = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(CORP + f + '.jsonl', encoding='utf-8'):
        raw[(f, json.loads(l)['id'])] = l.rstrip('\n')
D = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
gold, used, absent_lines = [], [], []
for i, r in enumerate(D, 1):
    qid = 'azh-%03d' % i
    rec = {'id': qid, 'type': r['type'], 'question': r['question'], 'answers': r['answers'],
           'doc': r['doc'], 'source': r['source'], 'evidence': r['evidence'],
           'normalized': r['normalized'], 'also': r['also']}
    gold.append(rec)
    key = (r['source'], r['doc']) if r['answers'] else tuple(r['about'])
    if key not in used: used.append(key)
    if not r['answers']:
        absent_lines.append(f"{qid}\tabout={key[0]}:{key[1]}\t" + ' ; '.join(r['absent']))
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for rec in gold: f.write(json.dumps(rec, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in used: f.write(raw[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# One line per unanswerable question: id, article the near miss is about, then every search run over ALL three corpus files\n'
            '# (case-insensitive Python regexes, all patterns of one search ANDed over title+text; "-> N" = number of matching articles; hits were read).\n')
    for l in absent_lines: f.write(l + '\n')
print(len(gold), 'questions;', len(used), 'articles')
