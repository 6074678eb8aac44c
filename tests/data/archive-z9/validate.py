#!/usr/bin/env python3
"""Validate archive-z9 gold.jsonl / articles.jsonl against the brief."""
import json, re, sys
from collections import Counter
CORP = '/work/shared/corpora/'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))
raw, texts, lineno = {}, {}, {}
for src in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(CORP + src + '.jsonl', encoding='utf-8')):
        r = json.loads(l); k = (src, r['id'])
        raw[k] = l.rstrip('\n'); texts[k] = r['text']; lineno[k] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {texts[k] for k in used if k in texts}
# articles.jsonl
arts = {}
for n, l in enumerate(open('articles.jsonl', encoding='utf-8')):
    r = json.loads(l); k = (r['source'], r['id'])
    if l.rstrip('\n') != raw.get(k): err('articles.jsonl line', n + 1, 'not verbatim', k)
    if k in arts: err('duplicate article', k)
    arts[k] = r
    if k in used: err('article in used_articles.tsv', k)
    if r['text'] in used_texts: err('article text identical to a used one', k)
    if lineno[k] % 3 != 0: err('article not in slice (line % 3 != 0)', k, lineno[k])
# gold.jsonl
qs = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8')):
    try:
        q = json.loads(l)
    except Exception as e:
        err('line', n + 1, 'invalid JSON', e); continue
    qs.append(q)
    if list(q.keys()) != KEYS: err(q.get('id'), 'keys/order', list(q.keys()))
    if q['id'] != 'az9-%03d' % (n + 1): err('bad id', q['id'], 'at line', n + 1)
    if q['type'] not in TYPES: err(q['id'], 'bad type')
    if not isinstance(q['answers'], list): err(q['id'], 'answers not list')
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in texts: err(q['id'], 'doc not in archive', k); continue
        if k not in arts: err(q['id'], 'doc not in articles.jsonl', k)
        t = texts[k]
        if q['answers'][0] not in t: err(q['id'], 'first answer not in doc')
        if q['evidence'] is None or q['evidence'] not in t: err(q['id'], 'evidence not in doc')
        elif q['answers'][0] not in q['evidence']: err(q['id'], 'first answer not in evidence')
        for x in q['also']:
            if list(x.keys()) != ['source', 'doc', 'evidence']: err(q['id'], 'also keys', x)
            kx = (x['source'], x['doc'])
            if kx not in texts: err(q['id'], 'also doc not in archive', kx); continue
            if kx == k: err(q['id'], 'also repeats doc')
            if x['evidence'] not in texts[kx]: err(q['id'], 'also evidence not in text', kx)
            if not any(a in x['evidence'] for a in q['answers']): err(q['id'], 'also evidence holds no answer', kx)
        for a in q['answers']:
            if not (a in t or any(a in texts[(x['source'], x['doc'])] for x in q['also'])):
                err(q['id'], 'answer not found in doc/also', repr(a))
        nz = q['normalized']
        if q['type'] in ('who', 'where') and nz is not None: err(q['id'], 'normalized should be null')
        if q['type'] == 'when' and not (isinstance(nz, str) and re.fullmatch(r'\d{4}(-Q[1-4]|-\d\d(-\d\d)?)?', nz)):
            if not (nz is None and q['source'] != 'reuters21578'): err(q['id'], 'bad when normalized', nz)
        if q['type'] == 'how_much' and nz is not None:
            if not (set(nz) == {'amount', 'currency'} and isinstance(nz['amount'], float)) and not (set(nz) == {'percent'} and isinstance(nz['percent'], float)):
                err(q['id'], 'bad how_much normalized', nz)
        if q['type'] == 'how_many' and nz is not None and not (set(nz) == {'count'} and isinstance(nz['count'], (int, float))):
            err(q['id'], 'bad how_many normalized', nz)
    else:
        if any(q[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []:
            err(q['id'], 'unanswerable must have null doc/source/evidence/normalized and empty also')
# unanswerable questions must have an ABSENT_CHECKED line
absent = {l.split('\t')[0] for l in open('ABSENT_CHECKED')}
un = [q for q in qs if not q['answers']]
for q in un:
    if q['id'] not in absent: err(q['id'], 'no ABSENT_CHECKED line')
if len(absent) != len(un): err('ABSENT_CHECKED has', len(absent), 'lines for', len(un), 'unanswerable')
# unanswerable near-miss articles present
about = {}
for l in list(open('about_unanswerable.tsv'))[1:]:
    i, s, d = l.rstrip('\n').split('\t'); about[i] = (s, d)
for q in un:
    if about.get(q['id']) not in arts: err(q['id'], 'near-miss article missing from articles.jsonl')
# every article in articles.jsonl is used
usedarts = {(q['source'], q['doc']) for q in qs if q['doc']} | set(about.values())
for k in arts:
    if k not in usedarts: err('article not used by any question', k)
# proportions
N = len(qs)
tc = Counter(q['type'] for q in qs)
short = sum(1 for q in qs if len(q['question'].split()) < 10)
if N != 110: err('need 110 questions, have', N)
if len(un) / N < 0.27: err('unanswerable share too low', len(un))
if short / N < 0.36: err('short share too low', short)
for t in TYPES:
    if tc[t] / N < 0.15: err('type share too low', t, tc[t])
if not (50 <= len(arts) <= 70): err('articles count outside 50-70:', len(arts))
if len({q['question'] for q in qs}) != N: err('duplicate question text')
print('questions', N, 'answerable', N - len(un), 'unanswerable', len(un), 'short', short, 'articles', len(arts))
for t in TYPES:
    print('  %-9s total %3d  answerable %3d  unanswerable %3d' % (t, tc[t], sum(1 for q in qs if q['type'] == t and q['answers']), sum(1 for q in qs if q['type'] == t and not q['answers'])))
print('by source of answerable:', dict(Counter(q['source'] for q in qs if q['answers'])))
print('ERRORS' if errs else 'OK', len(errs))
for e in errs: print(' ', e)
sys.exit(1 if errs else 0)
