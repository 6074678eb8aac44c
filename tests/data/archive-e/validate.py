#!/usr/bin/env python3
"""Validate archive-e (gold.jsonl + articles.jsonl) against the brief. Run: python3 validate.py
Exit status 0 when every check passes; prints a summary either way."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
N_QUESTIONS = 110
PREFIX = 'ae-'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
ALSO_KEYS = ['source', 'doc', 'evidence']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']

errors = []
def err(msg): errors.append(msg)

# ---- archive
raw = {}; recs = {}; pos = {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        l = l.rstrip('\n'); r = json.loads(l)
        raw[(f, r['id'])] = l; recs[(f, r['id'])] = r; pos[(f, r['id'])] = i

# ---- used articles (and identical texts)
used = set()
for l in open('/work/gold/used_articles.tsv', encoding='utf-8').read().splitlines()[1:]:
    s, i = l.split('\t'); used.add((s, i))
used_text = {recs[k]['text'] for k in used if k in recs}

# ---- seeded sample (sample.py in this folder)
sys.path.insert(0, HERE)
import sample  # noqa: E402  (recomputes the seed-5505 candidate lists, prints nothing on import)
sampled = {('reuters21578', r['id']) for p, r in sample.rs} | {('agnews', r['id']) for r in sample.ags} | \
          {('bbc', r['id']) for r in sample.bs}

# ---- articles.jsonl
arts = {}
for n, l in enumerate(open(os.path.join(HERE, 'articles.jsonl'), encoding='utf-8'), 1):
    l = l.rstrip('\n')
    try:
        r = json.loads(l)
    except Exception as e:
        err(f'articles.jsonl line {n}: invalid JSON ({e})'); continue
    k = (r.get('source'), r.get('id'))
    if k not in raw: err(f'articles.jsonl line {n}: {k} not in archive'); continue
    if l != raw[k]: err(f'articles.jsonl line {n}: {k} is not a verbatim copy of the archive line')
    if k in arts: err(f'articles.jsonl line {n}: duplicate {k}')
    arts[k] = r
    if k in used: err(f'articles.jsonl: {k} is listed in used_articles.tsv')
    if r['text'] in used_text: err(f'articles.jsonl: {k} has the same text as a used article')
    # slice
    if k[0] == 'reuters21578' and pos[k] < 9521: err(f'{k} is outside the slice (line position {pos[k]})')
    if k[0] == 'bbc' and k[1].split('/')[0] not in ('sport', 'entertainment', 'tech'): err(f'{k} is outside the BBC slice')
    if k not in sampled: err(f'{k} is not in the seeded sample (sample.py, seed 5505)')

# ---- gold.jsonl
gold = []
for n, l in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
    try:
        g = json.loads(l)
    except Exception as e:
        err(f'gold.jsonl line {n}: invalid JSON ({e})'); continue
    gold.append(g)
    if list(g.keys()) != KEYS: err(f'line {n}: keys {list(g.keys())} != {KEYS}'); continue
    if g['id'] != '%s%03d' % (PREFIX, n): err(f'line {n}: id {g["id"]} (expected {PREFIX}{n:03d})')
    t = g['type']
    if t not in TYPES: err(f'{g["id"]}: bad type {t}')
    if not isinstance(g['question'], str) or not g['question'].strip().endswith('?'): err(f'{g["id"]}: question must be a string ending with ?')
    if not isinstance(g['answers'], list) or not all(isinstance(a, str) and a for a in g['answers']):
        err(f'{g["id"]}: answers must be a list of non-empty strings')
    if not isinstance(g['also'], list): err(f'{g["id"]}: also must be a list'); continue
    if g['answers'] == []:  # unanswerable
        for k in ('doc', 'source', 'evidence', 'normalized'):
            if g[k] is not None: err(f'{g["id"]}: unanswerable but {k} is not null')
        if g['also']: err(f'{g["id"]}: unanswerable but also is not empty')
        continue
    k = (g['source'], g['doc'])
    if k not in raw: err(f'{g["id"]}: doc {k} not in archive'); continue
    if k not in arts: err(f'{g["id"]}: doc {k} missing from articles.jsonl')
    text = recs[k]['text']
    if not isinstance(g['evidence'], str) or g['evidence'] not in text: err(f'{g["id"]}: evidence not an exact substring of {k}')
    elif g['answers'][0] not in g['evidence']: err(f'{g["id"]}: first answer not inside evidence')
    also_texts = []
    for a in g['also']:
        if list(a.keys()) != ALSO_KEYS: err(f'{g["id"]}: also keys {list(a.keys())}'); continue
        ak = (a['source'], a['doc'])
        if ak not in raw: err(f'{g["id"]}: also doc {ak} not in archive'); continue
        if ak == k: err(f'{g["id"]}: also repeats the main doc')
        if a['evidence'] not in recs[ak]['text']: err(f'{g["id"]}: also evidence not in {ak}')
        if not any(ans in a['evidence'] for ans in g['answers']): err(f'{g["id"]}: also evidence for {ak} contains no listed answer')
        also_texts.append(recs[ak]['text'])
    if len({(a['source'], a['doc']) for a in g['also']}) != len(g['also']): err(f'{g["id"]}: duplicate also docs')
    for ans in g['answers']:
        if ans not in text and not any(ans in t2 for t2 in also_texts):
            err(f'{g["id"]}: answer {ans!r} is not a substring of the doc or of an also doc')
    # normalized
    nz = g['normalized']
    if t in ('who', 'where'):
        if nz is not None: err(f'{g["id"]}: normalized must be null for {t}')
    elif t == 'when':
        if nz is not None and not (isinstance(nz, str) and re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nz)):
            err(f'{g["id"]}: bad when normalization {nz!r}')
        if g['source'] != 'reuters21578' and isinstance(nz, str) and nz[:4] not in text:
            err(f'{g["id"]}: undated source but year {nz[:4]} not given in the text')
    elif t == 'how_much':
        ok = nz is None or (isinstance(nz, dict) and (
            (list(nz.keys()) == ['amount', 'currency'] and isinstance(nz['amount'], float) and (nz['currency'] is None or re.fullmatch(r'[A-Z]{3}', nz['currency'])))
            or (list(nz.keys()) == ['percent'] and isinstance(nz['percent'], float))))
        if not ok: err(f'{g["id"]}: bad how_much normalization {nz!r}')
    elif t == 'how_many':
        if nz is not None and not (isinstance(nz, dict) and list(nz.keys()) == ['count'] and isinstance(nz['count'], (int, float)) and not isinstance(nz['count'], bool)):
            err(f'{g["id"]}: bad how_many normalization {nz!r}')

# ---- mix and proportions
n = len(gold)
if n != N_QUESTIONS: err(f'{n} questions, expected exactly {N_QUESTIONS}')
if len({g['id'] for g in gold}) != n: err('duplicate ids')
if len({g['question'] for g in gold}) != n: err('duplicate questions')
unans = [g for g in gold if g['answers'] == []]
short = [g for g in gold if len(g['question'].split()) < 10]
tc = Counter(g['type'] for g in gold)
if len(unans) < 30 or len(unans) / n < 0.27: err(f'only {len(unans)} unanswerable ({len(unans)/n:.1%})')
if len(short) < 40 or len(short) / n < 0.36: err(f'only {len(short)} short questions ({len(short)/n:.1%})')
for t in TYPES:
    if tc[t] / n < 0.15: err(f'type {t} is only {tc[t]/n:.1%} of the set')

# every article is used by some question (answer doc) or is the subject of a near miss
doc_keys = {(g['source'], g['doc']) for g in gold if g['doc']}
src_count = Counter(k[0] for k in arts)
if not 55 <= len(arts) <= 70: err(f'{len(arts)} articles (expected about 55-70)')
if src_count['agnews'] + src_count['bbc'] < 20: err('fewer than 20 AG News/BBC articles')

# ---- style warning: long verbatim overlaps between a question and its evidence
warn = []
for g in gold:
    if not g['evidence']: continue
    qw = re.findall(r"\w+", g['question'].lower()); ew = ' '.join(re.findall(r"\w+", g['evidence'].lower()))
    for i in range(len(qw) - 5):
        if ' '.join(qw[i:i + 6]) in ew: warn.append(f'{g["id"]}: 6+ words copied from evidence: {" ".join(qw[i:i+6])!r}'); break

# ---- report
print(f'questions: {n}  answerable: {n-len(unans)}  unanswerable: {len(unans)} ({len(unans)/n:.1%})  short(<10 words): {len(short)} ({len(short)/n:.1%})')
print('per type (answerable/unanswerable):')
for t in TYPES:
    a = sum(1 for g in gold if g['type'] == t and g['answers']); u = sum(1 for g in gold if g['type'] == t and not g['answers'])
    print(f'  {t:9s} {a:3d} / {u:3d}  ({(a+u)/n:.1%})')
print(f'articles: {len(arts)} {dict(src_count)}; answer docs: {len(doc_keys)}; also-links: {sum(len(g["also"]) for g in gold)}')
for w in warn: print('WARNING', w)
if errors:
    print(f'{len(errors)} ERRORS'); [print('ERROR', e) for e in errors]; sys.exit(1)
print('OK: all checks passed')
