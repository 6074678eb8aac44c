#!/usr/bin/env python3
"""Validate archive-z6 gold.jsonl / articles.jsonl / ABSENT_CHECKED against the brief."""
import json, sys, collections, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
N, PREFIX = 110, 'az6-'
errs = []
def err(m): errs.append(m)
raw, text, line_no = {}, {}, {}
for f in FILES:
    for i, line in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(line)
        raw[(f, r['id'])] = line.rstrip('\n'); text[(f, r['id'])] = r['text']; line_no[(f, r['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(text[k] for k in used if k in text)
# articles.jsonl
arts = {}
for n, line in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    line = line.rstrip('\n'); r = json.loads(line); k = (r['source'], r['id'])
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err(f'articles line {n}: keys')
    if raw.get(k) != line: err(f'articles line {n}: not verbatim archive line {k}')
    if k in used: err(f'article {k} is in used_articles.tsv')
    if r['text'] in used_texts: err(f'article {k} text identical to a used article')
    if line_no[k] % 3 != 0: err(f'article {k} not in slice (line {line_no[k]})')
    if k in arts: err(f'duplicate article {k}')
    arts[k] = r
# gold.jsonl
gold = []
for n, line in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: q = json.loads(line, object_pairs_hook=collections.OrderedDict)
    except Exception as e: err(f'gold line {n}: bad JSON {e}'); continue
    gold.append(q)
    if list(q.keys()) != KEYS: err(f'gold line {n}: keys {list(q.keys())}')
    if q['id'] != '%s%03d' % (PREFIX, n): err(f'gold line {n}: id {q["id"]}')
    if q['type'] not in TYPES: err(f'{q["id"]}: type')
    if not isinstance(q['answers'], list): err(f'{q["id"]}: answers not list'); continue
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: err(f'{q["id"]}: doc {k} not in articles.jsonl'); continue
        t = text[k]
        if not isinstance(q['evidence'], str) or q['evidence'] not in t: err(f'{q["id"]}: evidence not in doc')
        elif q['answers'][0] not in q['evidence']: err(f'{q["id"]}: first answer not in evidence')
        alltexts = [t]
        for a in q['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err(f'{q["id"]}: also keys')
            ka = (a['source'], a['doc'])
            if ka not in text: err(f'{q["id"]}: also {ka} not in archive'); continue
            if ka == k: err(f'{q["id"]}: also repeats doc')
            if a['evidence'] not in text[ka]: err(f'{q["id"]}: also evidence not in {ka}')
            if not any(x in a['evidence'] for x in q['answers']): err(f'{q["id"]}: also evidence {ka} holds no answer')
            alltexts.append(text[ka])
        for a in q['answers']:
            if not isinstance(a, str) or not a or not any(a in x for x in alltexts): err(f'{q["id"]}: answer {a!r} not a substring')
        if len(set(q['answers'])) != len(q['answers']): err(f'{q["id"]}: duplicate answers')
        nz = q['normalized']; ty = q['type']
        if ty in ('who', 'where') and nz is not None: err(f'{q["id"]}: normalized should be null')
        if ty == 'when' and not (nz is None or (isinstance(nz, str) and re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nz))): err(f'{q["id"]}: when normalized {nz}')
        if ty == 'when' and q['source'] != 'reuters21578' and nz and not re.search(r'\b' + nz[:4] + r'\b', ' '.join(alltexts)): err(f'{q["id"]}: undated source but year not in text')
        if ty == 'how_much' and nz is not None and not ((set(nz) == {'amount', 'currency'} and isinstance(nz['amount'], float)) or (set(nz) == {'percent'} and isinstance(nz['percent'], float))): err(f'{q["id"]}: how_much normalized {nz}')
        if ty == 'how_many' and nz is not None and not (set(nz) == {'count'} and isinstance(nz['count'], (int, float))): err(f'{q["id"]}: how_many normalized {nz}')
    else:
        if any(q[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []: err(f'{q["id"]}: unanswerable fields not null/empty')
# ABSENT_CHECKED
abs_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.strip() and not l.startswith('#')]
un_ids = [q['id'] for q in gold if not q['answers']]
if abs_ids != un_ids: err('ABSENT_CHECKED ids do not match unanswerable questions')
# counts
n = len(gold)
if n != N: err(f'{n} questions, want {N}')
un = len(un_ids); short = sum(1 for q in gold if len(q['question'].split()) < 10)
bytype = collections.Counter(q['type'] for q in gold)
if un < 0.27 * n: err(f'unanswerable {un} < 27%')
if short < 0.36 * n: err(f'short {short} < 36%')
for t in TYPES:
    if bytype[t] < 0.15 * n: err(f'type {t} {bytype[t]} < 15%')
if len(set(q['question'] for q in gold)) != n: err('duplicate questions')
print('questions', n, 'unanswerable', un, '(%.1f%%)' % (100 * un / n), 'short', short, '(%.1f%%)' % (100 * short / n), 'articles', len(arts))
for t in TYPES:
    a = sum(1 for q in gold if q['type'] == t and q['answers']); print('  %-9s %3d answerable %3d unanswerable' % (t, a, bytype[t] - a))
if not 50 <= len(arts) <= 70: print('NOTE: article count outside 50-70')
print('ERRORS:' if errs else 'OK: all checks passed'); [print('  ' + e) for e in errs]
sys.exit(1 if errs else 0)
