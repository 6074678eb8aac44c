"""Validates archive-r: JSON/keys, exact substrings, article files, counts/proportions, used_articles exclusion, slice."""
import json, sys, collections, re
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
N_EXPECTED = 110
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
errs = []
def err(m): errs.append(m)

arch, lineno, rawline = {}, {}, {}
for s, f in FILES.items():
    for i, line in enumerate(open(C + f, encoding='utf-8')):
        r = json.loads(line); arch[(s, r['id'])] = r; lineno[(s, r['id'])] = i; rawline[(s, r['id'])] = line.rstrip('\n')
used = set()
for line in open('/work/gold/used_articles.tsv', encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[u]['text'] for u in used if u in arch}

# articles.jsonl
arts = {}
for k, line in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: err(f'articles line {k}: bad JSON {e}'); continue
    key = (r.get('source'), r.get('id'))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err(f'articles line {k}: keys {list(r.keys())}')
    if key not in arch: err(f'articles line {k}: {key} not in archive'); continue
    if r != arch[key] or line.rstrip('\n') != rawline[key]: err(f'articles line {k}: {key} not verbatim')
    if key in used: err(f'articles: {key} is in used_articles.tsv')
    if r['text'] in used_texts: err(f'articles: {key} text equals a used article')
    if lineno[key] % 3 != 1: err(f'articles: {key} outside slice (line {lineno[key]})')
    arts[key] = r

gold = []
for k, line in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(line, object_pairs_hook=collections.OrderedDict)
    except Exception as e: err(f'gold line {k}: bad JSON {e}'); continue
    gold.append(r)
    if list(r.keys()) != KEYS: err(f'gold line {k}: keys {list(r.keys())}')
ids = [g['id'] for g in gold]
if len(set(ids)) != len(ids): err('duplicate ids')
used_docs = set()
for i, g in enumerate(gold, 1):
    gid = g['id']
    if gid != 'ar-%03d' % i: err(f'{gid}: id not sequential')
    if g['type'] not in TYPES: err(f'{gid}: bad type')
    if g['answers']:
        key = (g['source'], g['doc'])
        if key not in arts: err(f'{gid}: doc {key} not in articles.jsonl'); continue
        used_docs.add(key)
        text = arts[key]['text']
        if not g['evidence'] or g['evidence'] not in text: err(f'{gid}: evidence not in doc')
        elif g['answers'][0] not in g['evidence']: err(f'{gid}: first answer not in evidence')
        also_texts = []
        for a in g['also']:
            ak = (a['source'], a['doc'])
            if ak not in arch: err(f'{gid}: also {ak} not in archive'); continue
            if ak == key: err(f'{gid}: also repeats doc')
            if a['evidence'] not in arch[ak]['text']: err(f'{gid}: also evidence not in {ak}')
            elif not any(x in a['evidence'] for x in g['answers']): err(f'{gid}: also evidence {ak} contains no answer')
            also_texts.append(arch[ak]['text'])
        for x in g['answers']:
            if x not in text and not any(x in t for t in also_texts): err(f'{gid}: answer {x!r} not an exact substring of doc/also')
        n = g['normalized']
        if g['type'] in ('who', 'where') and n is not None: err(f'{gid}: normalized should be null')
        if g['type'] == 'how_many' and not (isinstance(n, dict) and list(n) == ['count'] and isinstance(n['count'], (int, float))): err(f'{gid}: bad count')
        if g['type'] == 'how_much' and n is not None and not (isinstance(n, dict) and (list(n) == ['amount', 'currency'] or list(n) == ['percent'])): err(f'{gid}: bad how_much normalized')
        if g['type'] == 'when' and n is not None and not re.fullmatch(r'\d{4}(-(Q[1-4]|\d{2}(-\d{2})?))?', n): err(f'{gid}: bad when normalized {n}')
        if g['type'] == 'when' and n is not None and g['source'] != 'reuters21578' and n[:4] not in text: err(f'{gid}: undated source but year not explicit')
    else:
        if g['doc'] is not None or g['source'] is not None or g['evidence'] is not None or g['normalized'] is not None or g['also']:
            err(f'{gid}: unanswerable must have null doc/source/evidence/normalized and empty also')
# near-miss articles: every article in articles.jsonl should be used
absent_lines = {l.split()[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.strip()}
for g in gold:
    if not g['answers'] and g['id'] not in absent_lines: err(f"{g['id']}: missing from ABSENT_CHECKED")

n = len(gold)
if n != N_EXPECTED: err(f'{n} questions, expected {N_EXPECTED}')
cnt = collections.Counter(g['type'] for g in gold)
un = sum(1 for g in gold if not g['answers'])
short = sum(1 for g in gold if len(g['question'].split()) < 10)
if un / n < 0.27: err(f'unanswerable share {un/n:.3f} < 0.27')
if short / n < 0.36: err(f'short share {short/n:.3f} < 0.36')
for t in TYPES:
    if cnt[t] / n < 0.15: err(f'type {t} share {cnt[t]/n:.3f} < 0.15')
src = collections.Counter(k[0] for k in arts)
print('questions', n, 'unanswerable', un, f'({un/n:.1%})', 'short', short, f'({short/n:.1%})')
for t in sorted(TYPES):
    a = sum(1 for g in gold if g['type'] == t and g['answers']); u = sum(1 for g in gold if g['type'] == t and not g['answers'])
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {a+u:3d}')
print('articles', len(arts), dict(src))
if errs:
    print('ERRORS:'); [print(' ', e) for e in errs]; sys.exit(1)
print('OK')
