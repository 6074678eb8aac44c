#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl / ABSENT_CHECKED for archive-zh."""
import json, re, sys, collections
CORP = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
N_EXPECTED = 110
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
raw, docs, lineno = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(CORP + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); k = (f, r['id'])
        raw[k] = l.rstrip('\n'); docs[k] = r; lineno[k] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {docs[k]['text'] for k in used if k in docs}
# articles.jsonl
arts = {}
for n, l in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    l = l.rstrip('\n')
    try: r = json.loads(l)
    except Exception as e: err('articles.jsonl line', n, 'bad json', e); continue
    k = (r['source'], r['id'])
    if raw.get(k) != l: err('articles.jsonl line', n, 'not verbatim copy of archive record', k)
    if k in used: err('article in used_articles.tsv', k)
    if r['text'] in used_texts: err('article text identical to a used article', k)
    if lineno.get(k, -1) % 3 != 2: err('article not in slice (line%3==2)', k, lineno.get(k))
    if k in arts: err('duplicate article', k)
    arts[k] = r
# gold.jsonl
G = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(l, object_pairs_hook=lambda p: p)
    except Exception as e: err('gold line', n, 'bad json', e); continue
    if [k for k, v in r] != KEYS: err('gold line', n, 'keys/order wrong', [k for k, v in r])
    G.append(json.loads(l))
ids = [g['id'] for g in G]
if ids != ['azh-%03d' % i for i in range(1, len(G) + 1)]: err('ids not azh-001.. sequential')
if len(G) != N_EXPECTED: err('expected', N_EXPECTED, 'questions, got', len(G))
if len({g['question'] for g in G}) != len(G): err('duplicate question text')
not_in_doc = []
for g in G:
    q = g['id']
    if g['type'] not in TYPES: err(q, 'bad type')
    nz = g['normalized']
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in docs: err(q, 'doc not in archive'); continue
        if k not in arts: err(q, 'doc not in articles.jsonl')
        t = docs[k]['text']
        if not isinstance(g['evidence'], str) or g['evidence'] not in t: err(q, 'evidence not substring of doc')
        elif g['answers'][0] not in g['evidence']: err(q, 'first answer not in evidence')
        alsotexts = []
        for a in g['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err(q, 'also keys', list(a.keys()))
            ak = (a['source'], a['doc'])
            if ak not in docs: err(q, 'also doc not in archive', ak); continue
            if ak == k: err(q, 'also repeats doc')
            if a['evidence'] not in docs[ak]['text']: err(q, 'also evidence not in doc', ak)
            if not any(x in a['evidence'] for x in g['answers']): err(q, 'also evidence contains no answer', ak)
            alsotexts.append(docs[ak]['text'])
        for x in g['answers']:
            if x not in t:
                if any(x in at for at in alsotexts): not_in_doc.append((q, x))
                else: err(q, 'answer not in doc nor also docs', x)
        # normalized schema
        ty = g['type']
        if ty in ('who', 'where') and nz is not None: err(q, 'normalized should be null')
        if ty == 'when':
            if g['source'] == 'reuters21578':
                if not (isinstance(nz, str) and re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nz)): err(q, 'bad when normalized', nz)
            elif nz is not None and not re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nz): err(q, 'bad when normalized', nz)
            if nz and g['source'] != 'reuters21578' and nz[:4] not in t: err(q, 'undated source: year not explicit in text', nz)
        if ty == 'how_much' and nz is not None:
            if set(nz) == {'amount', 'currency'}:
                if not isinstance(nz['amount'], float): err(q, 'amount not float')
                if nz['currency'] is not None and not re.fullmatch(r'[A-Z]{3}', nz['currency']): err(q, 'bad currency')
            elif set(nz) == {'percent'}:
                if not isinstance(nz['percent'], float): err(q, 'percent not float')
            else: err(q, 'bad how_much normalized', nz)
        if ty == 'how_many' and nz is not None and (set(nz) != {'count'} or not isinstance(nz['count'], (int, float))): err(q, 'bad how_many normalized', nz)
    else:
        if g['doc'] is not None or g['source'] is not None or g['evidence'] is not None or nz is not None or g['also'] != []:
            err(q, 'unanswerable must have null doc/source/evidence/normalized and empty also')
# ABSENT_CHECKED
abs_ids = {l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.strip() and not l.startswith('#')}
un = [g for g in G if not g['answers']]
for g in un:
    if g['id'] not in abs_ids: err(g['id'], 'missing in ABSENT_CHECKED')
if abs_ids - {g['id'] for g in un}: err('ABSENT_CHECKED has extra ids', abs_ids - {g['id'] for g in un})
# proportions
n = len(G); short = sum(len(g['question'].split()) < 10 for g in G)
tc = collections.Counter(g['type'] for g in G)
if len(un) / n < 0.27: err('unanswerable share < 27%', len(un), n)
if short / n < 0.36: err('short share < 36%', short, n)
for t in TYPES:
    if tc[t] / n < 0.15: err('type share < 15%', t, tc[t])
print('questions', n, '| answerable', n - len(un), '| unanswerable', len(un), f'({len(un)/n:.1%})', '| short', short, f'({short/n:.1%})', '| articles', len(arts))
for t in sorted(TYPES):
    print(f'  {t:9s} total {tc[t]:3d}  answerable {sum(1 for g in G if g["type"]==t and g["answers"]):3d}  unanswerable {sum(1 for g in G if g["type"]==t and not g["answers"]):3d}')
print('by source (answerable doc):', dict(collections.Counter(g['source'] for g in G if g['answers'])))
print('answers found only in an also-article:', not_in_doc)
print('ERRORS:', len(errs))
for e in errs: print('  ', e)
sys.exit(1 if errs else 0)
