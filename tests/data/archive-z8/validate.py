#!/usr/bin/env python3
"""Validate archive-z8: gold.jsonl, articles.jsonl, ABSENT_CHECKED."""
import json, re, sys, collections
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
N, PREFIX = 110, 'az8-'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
errs = []
def err(m): errs.append(m)
arch, slice_ids, raw = {}, set(), {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); arch[(f, r['id'])] = r; raw[(f, r['id'])] = l.rstrip('\n')
        if i % 3 == 2: slice_ids.add((f, r['id']))
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]['text'] for k in used if k in arch}
# articles.jsonl
arts = {}
for n, l in enumerate(open('articles.jsonl'), 1):
    try: r = json.loads(l)
    except Exception as e: err('articles.jsonl line %d bad json' % n); continue
    k = (r['source'], r['id'])
    if k not in arch: err('article not in archive %s' % (k,)); continue
    if l.rstrip('\n') != raw[k]: err('article not verbatim %s' % (k,))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err('article keys %s' % (k,))
    if k not in slice_ids: err('article outside slice %s' % (k,))
    if k in used or r['text'] in used_texts: err('article used/identical to used %s' % (k,))
    if k in arts: err('duplicate article %s' % (k,))
    arts[k] = r
# gold.jsonl
gold = []
for n, l in enumerate(open('gold.jsonl'), 1):
    try: q = json.loads(l, object_pairs_hook=lambda p: p)
    except Exception: err('gold line %d bad json' % n); continue
    if [k for k, v in q] != KEYS: err('gold line %d keys/order %s' % (n, [k for k, v in q]))
    gold.append(json.loads(l))
if len(gold) != N: err('expected %d questions, got %d' % (N, len(gold)))
ids = [q['id'] for q in gold]
if ids != ['%s%03d' % (PREFIX, i) for i in range(1, N + 1)]: err('ids not sequential')
absent_ids = set()
for l in open('ABSENT_CHECKED'):
    if l.startswith('#') or not l.strip(): continue
    p = l.rstrip('\n').split('\t')
    if len(p) < 4 or not p[3].strip(): err('ABSENT_CHECKED line incomplete: %s' % l[:60])
    absent_ids.add(p[0])
about_needed = set()
for q in gold:
    i = q['id']
    if q['type'] not in TYPES: err('%s bad type' % i)
    if not q['question'].strip().endswith('?'): err('%s question lacks ?' % i)
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: err('%s doc not in articles.jsonl' % i); continue
        t = arts[k]['text']
        for a in q['answers']:
            if not a or (a not in t and not any(a in arch[(x['source'], x['doc'])]['text'] for x in q['also'])):
                err('%s answer not a substring of doc/also: %r' % (i, a))
        if not q['evidence'] or q['evidence'] not in t: err('%s evidence not in doc' % i)
        elif q['answers'][0] not in q['evidence']: err('%s first answer not in evidence' % i)
        if q['answers'][0] not in t: err('%s first answer not in doc' % i)
        for x in q['also']:
            if list(x.keys()) != ['source', 'doc', 'evidence']: err('%s also keys' % i)
            kx = (x['source'], x['doc'])
            if kx not in arch: err('%s also doc not in archive %s' % (i, kx)); continue
            if kx == k: err('%s also repeats doc' % i)
            if x['evidence'] not in arch[kx]['text']: err('%s also evidence not in %s' % (i, kx))
            if not any(a in x['evidence'] for a in q['answers']): err('%s also evidence has no answer %s' % (i, kx))
        nm = q['normalized']
        if q['type'] in ('who', 'where') and nm is not None: err('%s normalized should be null' % i)
        if q['type'] == 'when':
            if nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nm): err('%s bad when norm' % i)
            if q['source'] != 'reuters21578' and nm is not None and nm[:4] not in t: err('%s undated source but year not in text' % i)
        if q['type'] == 'how_many' and not (nm is None or (list(nm) == ['count'] and isinstance(nm['count'], (int, float)))): err('%s bad count norm' % i)
        if q['type'] == 'how_much' and not (nm is None or list(nm) == ['percent'] or list(nm) == ['amount', 'currency']): err('%s bad money norm' % i)
        if i in absent_ids: err('%s answerable but in ABSENT_CHECKED' % i)
    else:
        if any(q[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or q['also']: err('%s unanswerable fields not null/empty' % i)
        if i not in absent_ids: err('%s unanswerable but missing in ABSENT_CHECKED' % i)
# every article in articles.jsonl is used by some question (doc) or is a near-miss subject
docs = {(q['source'], q['doc']) for q in gold if q['answers']}
# counts
c = collections.Counter(q['type'] for q in gold)
unans = sum(1 for q in gold if not q['answers'])
short = sum(1 for q in gold if len(q['question'].split()) < 10)
print('per type (answerable/unanswerable):')
for t in TYPES:
    a = sum(1 for q in gold if q['type'] == t and q['answers']); u = sum(1 for q in gold if q['type'] == t and not q['answers'])
    print('  %-9s %3d  %3d  total %3d (%.1f%%)' % (t, a, u, a + u, 100.0 * (a + u) / len(gold)))
    if (a + u) < 0.15 * len(gold): err('type %s below 15%%' % t)
print('unanswerable %d (%.1f%%), short %d (%.1f%%), articles %d (docs of answerable %d)' % (unans, 100.0 * unans / len(gold), short, 100.0 * short / len(gold), len(arts), len(docs)))
if unans < 0.27 * len(gold): err('unanswerable below 27%')
if short < 0.36 * len(gold): err('short below 36%')
if len(absent_ids) != unans: err('ABSENT_CHECKED lines %d != unanswerable %d' % (len(absent_ids), unans))
print('ERRORS:', len(errs))
for e in errs: print('  ', e)
sys.exit(1 if errs else 0)
