#!/usr/bin/env python3
"""Validates archive-zx gold.jsonl / articles.jsonl against the brief."""
import json, re, sys
from collections import Counter
D = '/work/gold/archive-zx/'; C = '/work/shared/corpora/'
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = ["who", "when", "how_much", "how_many", "where"]
raw, text, lineno = {}, {}, {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for i, line in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(line); k = (f, r['id'])
        raw[k] = line.rstrip('\n'); text[k] = r['text']; lineno[k] = i
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {text[k] for k in used if k in text}
err = []
arts = []
for line in open(D + 'articles.jsonl', encoding='utf-8'):
    r = json.loads(line); k = (r['source'], r['id'])
    if raw.get(k) != line.rstrip('\n'): err.append(f'article not verbatim {k}')
    if k in used or r['text'] in used_texts: err.append(f'article used elsewhere {k}')
    if lineno[k] % 3 != 0: err.append(f'article outside slice {k}')
    arts.append(k)
if len(set(arts)) != len(arts): err.append('duplicate article lines')
recs = []
for n, line in enumerate(open(D + 'gold.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: err.append(f'line {n} bad json {e}'); continue
    recs.append(r); i = r.get('id')
    if list(r.keys()) != KEYS: err.append(f'{i} key order {list(r.keys())}')
    if i != f'azx-{n:03d}': err.append(f'{i} id sequence')
    if r['type'] not in TYPES: err.append(f'{i} type')
    if r['answers']:
        k = (r['source'], r['doc'])
        if k not in text: err.append(f'{i} doc missing'); continue
        if k not in arts: err.append(f'{i} doc not in articles.jsonl')
        t = text[k]
        for a in r['answers']:
            if a not in t and not any(a in al['evidence'] for al in r['also']): err.append(f'{i} answer not in doc nor in an also evidence: {a!r}')
        if not r['evidence'] or r['evidence'] not in t: err.append(f'{i} evidence not in doc')
        elif r['answers'][0] not in r['evidence']: err.append(f'{i} first answer not in evidence')
        for al in r['also']:
            k2 = (al['source'], al['doc'])
            if k2 not in text: err.append(f'{i} also doc missing {k2}')
            elif al['evidence'] not in text[k2]: err.append(f'{i} also evidence not in {k2}')
            elif not any(a in al['evidence'] for a in r['answers']): err.append(f'{i} also evidence has no answer {k2}')
            if k2 == k: err.append(f'{i} also == doc')
        nm = r['normalized']; ty = r['type']
        if ty in ('who', 'where') and nm is not None: err.append(f'{i} normalized should be null')
        if ty == 'when' and nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nm): err.append(f'{i} bad when norm')
        if ty == 'how_many' and nm is not None and (list(nm) != ['count'] or not isinstance(nm['count'], (int, float))): err.append(f'{i} bad count')
        if ty == 'how_much' and nm is not None and not (list(nm) == ['percent'] or list(nm) == ['amount', 'currency']): err.append(f'{i} bad how_much norm')
    else:
        if any(r[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or r['also']: err.append(f'{i} unanswerable fields not null')
N = len(recs)
una = sum(1 for r in recs if not r['answers'])
short = sum(1 for r in recs if len(r['question'].split()) < 10)
tc = Counter(r['type'] for r in recs)
print('questions', N, 'unanswerable', una, f'({una/N:.1%})', 'short', short, f'({short/N:.1%})')
for t in TYPES:
    a = sum(1 for r in recs if r['type'] == t and r['answers']); u = tc[t] - a
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {tc[t]:3d} ({tc[t]/N:.1%})')
print('articles', len(arts), Counter(s for s, _ in arts))
if N != 110: err.append('not 110 questions')
if una / N < 0.27: err.append('too few unanswerable')
if short / N < 0.36: err.append('too few short')
for t in TYPES:
    if tc[t] / N < 0.15: err.append(f'type {t} under 15%')
if len({r['question'] for r in recs}) != N: err.append('duplicate questions')
print('ERRORS:' if err else 'OK: all checks passed'); [print(' ', e) for e in err]
sys.exit(1 if err else 0)
