#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl of archive-zu against the brief."""
import json, collections, csv
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
lines = {}; recs = {}; lineno = {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); recs[(f, r['id'])] = r; lines[(f, r['id'])] = l.rstrip('\n'); lineno[(f, r['id'])] = i
used = set()
for row in open('/work/gold/used_articles.tsv'):
    p = row.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {recs[k]['text'] for k in used if k in recs}
err = []
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l); k = (r['source'], r['id'])
    if l.rstrip('\n') != lines.get(k): err.append('article not verbatim: %s' % (k,))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err.append('article keys %s' % (k,))
    if k in used or r['text'] in used_texts: err.append('article used elsewhere: %s' % (k,))
    if lineno[k] % 3 != 0: err.append('article outside slice: %s' % (k,))
    arts[k] = r
G = []
for n, l in enumerate(open('gold.jsonl'), 1):
    g = json.loads(l); G.append(g)
    if list(g.keys()) != KEYS: err.append('keys order line %d' % n)
    if g['id'] != 'azu-%03d' % n: err.append('id %s' % g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): err.append('type ' + g['id'])
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in arts: err.append('doc not in articles.jsonl ' + g['id']); continue
        t = arts[k]['text']
        for a in g['answers']:
            if a not in t and not any(a in recs[(x['source'], x['doc'])]['text'] for x in g['also']):
                err.append('answer not in text %s %r' % (g['id'], a))
        if g['evidence'] not in t: err.append('evidence not in text ' + g['id'])
        if g['answers'][0] not in g['evidence']: err.append('first answer not in evidence ' + g['id'])
        for x in g['also']:
            kk = (x['source'], x['doc'])
            if kk not in recs: err.append('also doc missing ' + g['id'])
            elif x['evidence'] not in recs[kk]['text']: err.append('also evidence not in text %s %s' % (g['id'], kk))
            elif not any(a in x['evidence'] or a in recs[kk]['text'] for a in g['answers']): err.append('also has no answer %s %s' % (g['id'], kk))
        nz = g['normalized']
        if g['type'] in ('who', 'where') and nz is not None: err.append('normalized should be null ' + g['id'])
        if g['type'] == 'how_many' and not (isinstance(nz, dict) and 'count' in nz): err.append('how_many norm ' + g['id'])
        if g['type'] == 'how_much' and not (isinstance(nz, dict) and ('amount' in nz or 'percent' in nz)): err.append('how_much norm ' + g['id'])
    else:
        if any(g[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or g['also']: err.append('unanswerable fields ' + g['id'])
N = len(G)
unans = sum(1 for g in G if not g['answers'])
short = sum(1 for g in G if len(g['question'].split()) < 10)
types = collections.Counter(g['type'] for g in G)
if N != 110: err.append('count %d' % N)
if unans / N < 0.27: err.append('too few unanswerable')
if short / N < 0.36: err.append('too few short')
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if types[t] / N < 0.15: err.append('type too rare ' + t)
if len({g['question'] for g in G}) != N: err.append('duplicate questions')
print('questions', N, 'unanswerable', unans, '(%.1f%%)' % (100 * unans / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    print('  %-9s total %2d  answerable %2d  unanswerable %2d' % (t, types[t], sum(1 for g in G if g['type'] == t and g['answers']), sum(1 for g in G if g['type'] == t and not g['answers'])))
print('articles', len(arts), collections.Counter(k[0] for k in arts))
print('ERRORS' if err else 'OK', *err, sep='\n')
