#!/usr/bin/env python3
"""Validate archive-zzf: format, substrings, article membership, slice, used list, proportions."""
import json, sys, collections
C = '/work/shared/corpora/'; FILES = ['reuters21578', 'bbc', 'agnews']
lines = {f: {} for f in FILES}; lineno = {f: {} for f in FILES}; recs = {f: {} for f in FILES}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); lines[f][r['id']] = l.rstrip('\n'); lineno[f][r['id']] = i; recs[f][r['id']] = r
used = set(); 
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = set(recs[s][d]['text'] for s, d in used if d in recs.get(s, {}))
err = []
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
arts = {}
for l in open('articles.jsonl'):
    l = l.rstrip('\n'); r = json.loads(l); s = r['source']
    if lines[s].get(r['id']) != l: err.append('article not verbatim %s %s' % (s, r['id']))
    arts[(s, r['id'])] = r
    if (s, r['id']) in used or r['text'] in used_texts: err.append('article in used list %s %s' % (s, r['id']))
    if lineno[s][r['id']] % 8 != 2: err.append('article outside slice %s %s' % (s, r['id']))
gold = [json.loads(l) for l in open('gold.jsonl')]
ids = set()
for n, g in enumerate(gold, 1):
    if list(g.keys()) != KEYS: err.append('keys order %s' % g.get('id'))
    if g['id'] != 'azzf-%03d' % n: err.append('id %s' % g['id'])
    ids.add(g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): err.append('type %s' % g['id'])
    if g['answers']:
        if (g['source'], g['doc']) not in arts: err.append('doc not in articles.jsonl %s' % g['id'])
        t = recs[g['source']][g['doc']]['text']
        for a in g['answers']:
            if not a or a not in t: err.append('answer not in text %s: %r' % (g['id'], a))
        if g['evidence'] not in t: err.append('evidence not in text %s' % g['id'])
        if g['answers'][0] not in g['evidence']: err.append('first answer not in evidence %s' % g['id'])
        n_ = g['normalized']
        if g['type'] in ('who', 'where') and n_ is not None: err.append('normalized %s' % g['id'])
        if g['type'] == 'how_many' and not (n_ is None or set(n_) == {'count'}): err.append('normalized %s' % g['id'])
        if g['type'] == 'how_much' and not (n_ is None or set(n_) in ({'amount', 'currency'}, {'percent'})): err.append('normalized %s' % g['id'])
        if g['type'] == 'when' and not (n_ is None or isinstance(n_, str)): err.append('normalized %s' % g['id'])
        for a in g['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err.append('also keys %s' % g['id'])
            if a['doc'] not in recs[a['source']]: err.append('also doc missing %s' % g['id'])
            elif a['evidence'] not in recs[a['source']][a['doc']]['text']: err.append('also evidence %s %s' % (g['id'], a['doc']))
            if (a['source'], a['doc']) == (g['source'], g['doc']): err.append('also repeats doc %s' % g['id'])
    else:
        if any(g[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or g['also']:
            err.append('unanswerable fields %s' % g['id'])
N = len(gold); un = sum(not g['answers'] for g in gold); short = sum(len(g['question'].split()) < 10 for g in gold)
types = collections.Counter(g['type'] for g in gold)
if N != 150: err.append('count %d' % N)
if un / N < 0.27: err.append('unanswerable share %.3f' % (un / N))
if short / N < 0.36: err.append('short share %.3f' % (short / N))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if types[t] / N < 0.15: err.append('type share %s %d' % (t, types[t]))
if len(set(g['question'] for g in gold)) != N: err.append('duplicate questions')
absent = [l.split('\t')[0] for l in open('ABSENT_CHECKED') if not l.startswith('#')]
if sorted(absent) != sorted(g['id'] for g in gold if not g['answers']): err.append('ABSENT_CHECKED mismatch')
print('questions', N, 'answerable', N - un, 'unanswerable', un, '(%.1f%%)' % (100 * un / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    print('  %-9s answerable %3d  unanswerable %3d' % (t, sum(g['type'] == t and bool(g['answers']) for g in gold), sum(g['type'] == t and not g['answers'] for g in gold)))
print('articles', len(arts), collections.Counter(s for s, _ in arts))
print('ERRORS' if err else 'OK', *err, sep='\n')
sys.exit(1 if err else 0)
