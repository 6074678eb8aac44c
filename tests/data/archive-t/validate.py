#!/usr/bin/env python3
"""Validate archive-t (gold.jsonl, articles.jsonl) against the corpora and the brief's requirements."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
N_EXPECTED = 110
errs = []
def err(m): errs.append(m)

arch, lineno, rawline = {}, {}, {}
for s, fn in FILES.items():
    for i, l in enumerate(open(C + fn, encoding='utf-8')):
        r = json.loads(l); arch[(s, r['id'])] = r; lineno[(s, r['id'])] = i; rawline[(s, r['id'])] = l.rstrip('\n')
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]['text'] for k in used if k in arch}

# articles.jsonl: verbatim copies, in slice, not used
arts = {}
for n, l in enumerate(open(os.path.join(HERE, 'articles.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l); k = (r['source'], r['id'])
    if k not in arch: err('articles.jsonl line %d: not in archive %s' % (n, k)); continue
    if r != arch[k] or list(r.keys()) != list(arch[k].keys()) or l.rstrip('\n') != rawline[k]:
        err('articles.jsonl line %d: not a verbatim copy %s' % (n, k))
    if lineno[k] % 3 != 0: err('article %s outside slice (line %d)' % (k, lineno[k]))
    if k in used: err('article %s is in used_articles.tsv' % (k,))
    if r['text'] in used_texts: err('article %s text identical to a used article' % (k,))
    arts[k] = r

gold = []
for n, l in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
    try:
        g = json.loads(l)
    except Exception as e:
        err('gold line %d: invalid JSON %s' % (n, e)); continue
    gold.append(g)
    if list(g.keys()) != KEYS: err('%s: keys %s' % (g.get('id'), list(g.keys())))
    if g['id'] != 'at-%03d' % n: err('line %d: id %s' % (n, g['id']))
    if g['type'] not in TYPES: err('%s: bad type' % g['id'])
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in arts: err('%s: doc %s not in articles.jsonl' % (g['id'], k)); continue
        t = arts[k]['text']
        if g['evidence'] not in t: err('%s: evidence not in doc' % g['id'])
        if g['answers'][0] not in g['evidence']: err('%s: first answer not in evidence' % g['id'])
        also_texts = []
        for a in g['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err('%s: also keys' % g['id'])
            ak = (a['source'], a['doc'])
            if ak not in arch: err('%s: also %s not in archive' % (g['id'], ak)); continue
            if ak == k: err('%s: also repeats doc' % g['id'])
            at = arch[ak]['text']
            if a['evidence'] not in at: err('%s: also evidence not in %s' % (g['id'], ak))
            if not any(x in a['evidence'] for x in g['answers']): err('%s: also evidence %s has no answer' % (g['id'], ak))
            also_texts.append(at)
        for x in g['answers']:
            if x not in t and not any(x in at for at in also_texts):
                err('%s: answer %r not an exact substring of doc/also' % (g['id'], x))
        nm = g['normalized']
        if g['type'] in ('who', 'where') and nm is not None: err('%s: normalized must be null' % g['id'])
        if g['type'] == 'when' and not (nm is None or isinstance(nm, str)): err('%s: when normalized' % g['id'])
        if g['type'] == 'how_many' and not (nm is None or (isinstance(nm, dict) and list(nm) == ['count'])): err('%s: how_many normalized' % g['id'])
        if g['type'] == 'how_much' and not (nm is None or (isinstance(nm, dict) and (list(nm) == ['amount', 'currency'] or list(nm) == ['percent']))): err('%s: how_much normalized' % g['id'])
    else:
        if any(g[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or g['also']:
            err('%s: unanswerable must have null doc/source/evidence/normalized and empty also' % g['id'])

# near-miss articles listed in ABSENT_CHECKED must be in articles.jsonl
ab = [l for l in open(os.path.join(HERE, 'ABSENT_CHECKED')) if l.startswith('at-')]
ab_ids = [l.split('\t')[0] for l in ab]
for l in ab:
    s, d = l.split('\t')[1].replace('near-miss article ', '').split(':', 1)
    if (s, d) not in arts: err('%s: near-miss article %s:%s not in articles.jsonl' % (l.split('\t')[0], s, d))
un = [g['id'] for g in gold if not g['answers']]
if sorted(un) != sorted(ab_ids): err('ABSENT_CHECKED ids differ from unanswerable ids')
# every article in articles.jsonl is used
usedk = {(g['source'], g['doc']) for g in gold if g['answers']} | {tuple(l.split('\t')[1].replace('near-miss article ', '').split(':', 1)) for l in ab}
for k in arts:
    if k not in usedk: err('article %s in articles.jsonl but not used' % (k,))

N = len(gold)
if N != N_EXPECTED: err('expected %d questions, got %d' % (N_EXPECTED, N))
cnt = Counter((g['type'], bool(g['answers'])) for g in gold)
nun = sum(1 for g in gold if not g['answers'])
nshort = sum(1 for g in gold if len(g['question'].split()) < 10)
if nun / N < 0.27: err('unanswerable share %.3f < 0.27' % (nun / N))
if nshort / N < 0.36: err('short share %.3f < 0.36' % (nshort / N))
for t in TYPES:
    c = cnt[(t, True)] + cnt[(t, False)]
    if c / N < 0.15: err('type %s share %.3f < 0.15' % (t, c / N))
src = Counter(k[0] for k in arts)
print('questions %d; unanswerable %d (%.1f%%); short %d (%.1f%%)' % (N, nun, 100 * nun / N, nshort, 100 * nshort / N))
for t in TYPES: print('  %-9s answerable %2d  unanswerable %2d  total %2d' % (t, cnt[(t, True)], cnt[(t, False)], cnt[(t, True)] + cnt[(t, False)]))
print('articles %d: %s' % (len(arts), dict(src)))
print('also entries: %d' % sum(len(g['also']) for g in gold))
if errs:
    print('ERRORS:'); [print(' -', e) for e in errs]; sys.exit(1)
print('OK')
