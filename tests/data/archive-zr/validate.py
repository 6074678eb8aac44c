#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl of archive-zr against the brief."""
import json, re, collections, sys
CORP = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
raw, text, line_no = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(CORP + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); k = (f, r['id'])
        raw[k] = l.rstrip('\n'); text[k] = r['text']; line_no[k] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {text[k] for k in used if k in text}
# articles.jsonl
arts = {}
for l in open('articles.jsonl', encoding='utf-8'):
    l = l.rstrip('\n'); r = json.loads(l); k = (r['source'], r['id'])
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err('article keys', k)
    if raw.get(k) != l: err('article not verbatim', k)
    if k in used or text[k] in used_texts: err('article used elsewhere', k)
    if line_no[k] % 3 != 0: err('article outside slice', k)
    if k in arts: err('duplicate article', k)
    arts[k] = r
# gold.jsonl
G = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: d = json.loads(l)
    except Exception as e: err('bad json line', n, e); continue
    G.append(d)
    if list(d.keys()) != KEYS: err('keys/order', n, list(d.keys()))
    if d['id'] != 'azr-%03d' % n: err('id', n, d['id'])
    if d['type'] not in TYPES: err('type', d['id'])
    if not isinstance(d['answers'], list): err('answers not list', d['id'])
    if d['doc'] is None:
        if d['answers'] or d['source'] or d['evidence'] or d['normalized'] is not None or d['also']:
            err('unanswerable must have empty fields', d['id'])
        continue
    k = (d['source'], d['doc'])
    if k not in arts: err('doc not in articles.jsonl', d['id'], k); continue
    t = text[k]
    if not d['answers']: err('answerable without answers', d['id'])
    if d['evidence'] not in t: err('evidence not in doc', d['id'])
    if d['answers'] and d['answers'][0] not in d['evidence']: err('first answer not in evidence', d['id'])
    also_texts = []
    for a in d['also']:
        if list(a.keys()) != ['source', 'doc', 'evidence']: err('also keys', d['id'])
        ak = (a['source'], a['doc'])
        if ak not in text: err('also doc not in archive', d['id'], ak); continue
        if ak == k: err('also repeats doc', d['id'])
        if a['evidence'] not in text[ak]: err('also evidence not in text', d['id'], ak)
        also_texts.append(text[ak])
    for a in d['answers']:
        if a not in t and not any(a in x for x in also_texts): err('answer not a substring', d['id'], a)
    # normalized
    nm, ty = d['normalized'], d['type']
    if ty in ('who', 'where') and nm is not None: err('normalized should be null', d['id'])
    if ty == 'when' and nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nm): err('when normalized', d['id'], nm)
    if ty == 'when' and d['source'] in ('bbc', 'agnews') and nm is not None and nm[:4] not in t: err('undated year not in text', d['id'])
    if ty == 'how_many' and nm is not None and (set(nm) != {'count'} or not isinstance(nm['count'], (int, float))): err('how_many normalized', d['id'])
    if ty == 'how_much' and nm is not None and not (set(nm) == {'amount', 'currency'} and isinstance(nm['amount'], float) or set(nm) == {'percent'} and isinstance(nm['percent'], float)): err('how_much normalized', d['id'])
N = len(G)
docs_used = {(d['source'], d['doc']) for d in G if d['doc']}
if not docs_used <= set(arts): err('missing articles')
if N != 110: err('count', N)
un = sum(d['doc'] is None for d in G)
short = sum(len(d['question'].split()) < 10 for d in G)
bytype = collections.Counter(d['type'] for d in G)
if un / N < 0.27: err('too few unanswerable', un)
if short / N < 0.36: err('too few short', short)
for ty in TYPES:
    if bytype[ty] / N < 0.15: err('type under 15%', ty, bytype[ty])
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED') if l.startswith('azr-')]
if sorted(absent_ids) != sorted(d['id'] for d in G if d['doc'] is None): err('ABSENT_CHECKED ids mismatch')
qs = [d['question'] for d in G]
if len(set(qs)) != len(qs): err('duplicate question')
print('questions', N, 'answerable', N - un, 'unanswerable', un, '(%.1f%%)' % (100 * un / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for ty in sorted(TYPES):
    a = sum(1 for d in G if d['type'] == ty and d['doc']); u = sum(1 for d in G if d['type'] == ty and not d['doc'])
    print('  %-9s answerable %2d unanswerable %2d total %2d' % (ty, a, u, a + u))
print('articles', len(arts), collections.Counter(k[0] for k in arts))
print('ERRORS' if errs else 'OK', len(errs)); [print(' ', e) for e in errs]
sys.exit(1 if errs else 0)
