#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl / ABSENT_CHECKED for archive-zzc."""
import json, sys
from collections import Counter
CORP = '/work/shared/corpora/'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
err = []
corpus = {}; lineno = {}; rawl = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(CORP + f + '.jsonl')):
        r = json.loads(l); corpus[(f, r['id'])] = r; lineno[(f, r['id'])] = i; rawl[(f, r['id'])] = l.rstrip('\n')
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {corpus[u]['text'] for u in used if u in corpus}
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l); k = (r['source'], r['id'])
    if l.rstrip('\n') != rawl.get(k) and r != corpus.get(k): err.append('article not verbatim %s' % (k,))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err.append('article keys %s' % (k,))
    arts[k] = r
for k in arts:
    if k in used: err.append('article in used_articles %s' % (k,))
    if arts[k]['text'] in used_texts: err.append('article text identical to a used one %s' % (k,))
    if lineno[k] % 3 != 2: err.append('article outside slice %s' % (k,))
gold = []
for n, l in enumerate(open('gold.jsonl'), 1):
    try: o = json.loads(l)
    except Exception as e: err.append('line %d bad json' % n); continue
    gold.append(o)
    if list(o.keys()) != KEYS: err.append('%s key order' % o.get('id'))
    if o['id'] != 'azzc-%03d' % n: err.append('%s id sequence' % o['id'])
    if o['type'] not in TYPES: err.append('%s type' % o['id'])
    if o['answers']:
        k = (o['source'], o['doc'])
        if k not in arts: err.append('%s doc not in articles.jsonl' % o['id']); continue
        t = arts[k]['text']
        for a in o['answers']:
            if a not in t and not any(a in corpus[(x['source'], x['doc'])]['text'] for x in o['also']):
                err.append('%s answer not in text: %r' % (o['id'], a))
        if o['evidence'] not in t: err.append('%s evidence not in text' % o['id'])
        if o['answers'][0] not in o['evidence']: err.append('%s first answer not in evidence' % o['id'])
        if o['answers'][0] not in t: err.append('%s first answer not in doc' % o['id'])
        for x in o['also']:
            kx = (x['source'], x['doc'])
            if kx not in corpus: err.append('%s also doc missing %s' % (o['id'], kx)); continue
            if kx == k: err.append('%s also repeats doc' % o['id'])
            if x['evidence'] not in corpus[kx]['text']: err.append('%s also evidence not in %s' % (o['id'], kx))
            if not any(a in x['evidence'] for a in o['answers']): err.append('%s also evidence has no answer %s' % (o['id'], kx))
        if o['type'] in ('who', 'where') and o['normalized'] is not None: err.append('%s normalized should be null' % o['id'])
    else:
        if any(o[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or o['also']:
            err.append('%s unanswerable fields not null' % o['id'])
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED') if not l.startswith('#')]
un = [o['id'] for o in gold if not o['answers']]
if sorted(absent_ids) != sorted(un): err.append('ABSENT_CHECKED ids do not match unanswerables')
N = len(gold)
short = sum(1 for o in gold if len(o['question'].split()) < 10)
tc = Counter(o['type'] for o in gold)
print('questions', N, '| answerable', N - len(un), '| unanswerable', len(un), '(%.1f%%)' % (100.0 * len(un) / N),
      '| short', short, '(%.1f%%)' % (100.0 * short / N), '| articles', len(arts))
for t in sorted(TYPES):
    a = sum(1 for o in gold if o['type'] == t and o['answers']); u = sum(1 for o in gold if o['type'] == t and not o['answers'])
    print('  %-9s %3d answerable %3d unanswerable  %3d total (%.1f%%)' % (t, a, u, a + u, 100.0 * (a + u) / N))
if N != 110: err.append('need 110 questions')
if len(un) / N < 0.27: err.append('unanswerable < 27%')
if short / N < 0.36: err.append('short < 36%')
for t in TYPES:
    if tc[t] / N < 0.15: err.append('type %s < 15%%' % t)
print('ERRORS:' if err else 'OK: all checks passed')
for e in err: print('  ', e)
sys.exit(1 if err else 0)
