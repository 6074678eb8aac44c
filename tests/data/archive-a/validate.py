#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl in this folder against the archive and the brief's requirements."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CORP = '/work/shared/corpora/'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
archive = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for n, l in enumerate(open(CORP + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); archive[(f, r['id'])] = (l.rstrip('\n'), r, n)
used = set(); usedtext = set()
for l in open('/work/gold/used_articles.tsv').read().splitlines()[1:]:
    s, i = l.split('\t'); used.add((s, i)); usedtext.add(archive[(s, i)][1]['text'])
errs = []
def err(m): errs.append(m)
arts = {}
for l in open(os.path.join(HERE, 'articles.jsonl'), encoding='utf-8'):
    r = json.loads(l); k = (r['source'], r['id'])
    if k not in archive: err(f'article {k} not in archive')
    elif archive[k][0] != l.rstrip('\n') and archive[k][1] != r: err(f'article {k} not verbatim')
    if k in used or r['text'] in usedtext: err(f'article {k} is (or duplicates) a used article')
    if k[0] == 'reuters21578' and archive[k][2] > 9520: err(f'{k} outside Reuters slice')
    if k[0] == 'bbc' and not k[1].startswith(('business/', 'politics/')): err(f'{k} outside BBC slice')
    if k[0] == 'agnews': err(f'{k} agnews not in slice')
    arts[k] = r
gold = []
for n, l in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
    try: o = json.loads(l)
    except Exception as e: err(f'line {n}: bad json {e}'); continue
    gold.append(o)
    if list(o.keys()) != KEYS: err(f'{n}: keys {list(o.keys())}')
    if o['id'] != f'aa-{n:03d}': err(f'{n}: id {o["id"]}')
    if o['type'] not in TYPES: err(f'{o["id"]}: type')
    if o['answers']:
        k = (o['source'], o['doc'])
        if k not in arts: err(f'{o["id"]}: doc {k} not in articles.jsonl'); continue
        t = arts[k]['text']
        for a in o['answers']:
            if a not in t and not any(a in archive[(x['source'], x['doc'])][1]['text'] for x in o['also']):
                err(f'{o["id"]}: answer {a!r} not in doc/also text')
        if o['answers'][0] not in t: err(f'{o["id"]}: first answer not in doc')
        if not o['evidence'] or o['evidence'] not in t: err(f'{o["id"]}: evidence not in doc')
        elif o['answers'][0] not in o['evidence']: err(f'{o["id"]}: evidence lacks first answer')
        for x in o['also']:
            kk = (x['source'], x['doc'])
            if kk not in archive: err(f'{o["id"]}: also {kk} not in archive'); continue
            if kk == k: err(f'{o["id"]}: also repeats doc')
            at = archive[kk][1]['text']
            if x['evidence'] not in at: err(f'{o["id"]}: also evidence not in {kk}')
            if not any(a in x['evidence'] for a in o['answers']): err(f'{o["id"]}: also evidence {kk} contains no answer')
        nz = o['normalized']
        if o['type'] in ('who', 'where') and nz is not None: err(f'{o["id"]}: normalized should be null')
        if o['type'] == 'how_many' and not (isinstance(nz, dict) and list(nz) == ['count']): err(f'{o["id"]}: how_many normalized')
        if o['type'] == 'how_much' and not (isinstance(nz, dict) and (list(nz) == ['amount', 'currency'] or list(nz) == ['percent'])): err(f'{o["id"]}: how_much normalized')
        if o['type'] == 'when' and not (nz is None or isinstance(nz, str)): err(f'{o["id"]}: when normalized')
    else:
        if any(o[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or o['also']: err(f'{o["id"]}: unanswerable fields not null')
N = len(gold)
cnt = collections.Counter((o['type'], bool(o['answers'])) for o in gold)
unans = sum(1 for o in gold if not o['answers'])
short = sum(1 for o in gold if len(o['question'].split()) < 10)
print('questions', N, '| unanswerable', unans, f'({unans/N:.1%})', '| short', short, f'({short/N:.1%})')
for t in TYPES:
    a, u = cnt[(t, True)], cnt[(t, False)]
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {a+u:3d} ({(a+u)/N:.1%})')
    if (a + u) / N < 0.15: err(f'type {t} below 15%')
src = collections.Counter(k[0] for k in arts)
print('articles', len(arts), dict(src), f"reuters share {src['reuters21578']/len(arts):.1%}")
if N != 105: err('need exactly 105 questions')
if unans / N < 0.27: err('unanswerable below 27%')
if short / N < 0.36: err('short below 36%')
docs = {(o['source'], o['doc']) for o in gold if o['doc']}
for k in arts:
    pass
print('ERRORS:' if errs else 'OK: all checks passed')
for e in errs: print('  ', e)
sys.exit(1 if errs else 0)
