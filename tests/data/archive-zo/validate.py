#!/usr/bin/env python3
import json, sys
C = '/work/shared/corpora/'
arts = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); arts[(f, r['id'])] = (i, r, l.rstrip('\n'))
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(arts[k][1]['text'] for k in used if k in arts)
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
err = []
A = {}
for l in open('articles.jsonl', encoding='utf-8'):
    r = json.loads(l); k = (r['source'], r['id'])
    if k not in arts or arts[k][2] != l.rstrip('\n'): err.append('article not verbatim %s' % (k,))
    if k in used or r['text'] in used_texts: err.append('article in used list %s' % (k,))
    if arts[k][0] % 3 != 0: err.append('article not in slice %s' % (k,))
    A[k] = r
G = [json.loads(l) for l in open('gold.jsonl', encoding='utf-8')]
ids = set()
for n, g in enumerate(G, 1):
    if list(g.keys()) != KEYS: err.append('%s keys' % g.get('id'))
    if g['id'] != 'azo-%03d' % n or g['id'] in ids: err.append('%s id' % g['id'])
    ids.add(g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): err.append('%s type' % g['id'])
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in A: err.append('%s doc not in articles.jsonl' % g['id']); continue
        t = A[k]['text']
        for a in g['answers']:
            ok = a in t or any(a in x['evidence'] for x in g['also'])
            if not ok: err.append('%s answer %r not in doc/also' % (g['id'], a))
        if g['evidence'] not in t: err.append('%s evidence not in doc' % g['id'])
        if g['answers'][0] not in g['evidence']: err.append('%s first answer not in evidence' % g['id'])
        if g['type'] in ('who', 'where') and g['normalized'] is not None: err.append('%s normalized' % g['id'])
        if g['type'] == 'how_many' and not (g['normalized'] is None or set(g['normalized']) == {'count'}): err.append('%s norm' % g['id'])
        if g['type'] == 'how_much' and not (g['normalized'] is None or set(g['normalized']) in ({'amount', 'currency'}, {'percent'})): err.append('%s norm' % g['id'])
        if g['type'] == 'when' and not (g['normalized'] is None or isinstance(g['normalized'], str)): err.append('%s norm' % g['id'])
    else:
        if any(g[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or g['also']: err.append('%s unanswerable fields' % g['id'])
    for x in g['also']:
        k = (x['source'], x['doc'])
        if k not in arts: err.append('%s also doc missing %s' % (g['id'], k)); continue
        if x['evidence'] not in arts[k][1]['text']: err.append('%s also evidence not in %s' % (g['id'], k))
        if k == (g['source'], g['doc']): err.append('%s also repeats doc' % g['id'])
        if not any(a in x['evidence'] for a in g['answers']): err.append('%s also evidence has no answer %s' % (g['id'], k))
N = len(G); un = sum(1 for g in G if not g['answers']); short = sum(1 for g in G if len(g['question'].split()) < 10)
from collections import Counter
ty = Counter(g['type'] for g in G); tyu = Counter(g['type'] for g in G if not g['answers'])
wn = sum(1 for g in G if g['question'].split()[0].lower() in ('which', 'what', 'whom') or g['question'].lower().startswith(('in which', 'at which', 'from what', 'by what', 'on what', 'by when', 'as of')))
print('questions', N, 'unanswerable', un, '(%.1f%%)' % (100 * un / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for t in ['who', 'when', 'how_much', 'how_many', 'where']:
    print('  %-8s total %3d  answerable %3d  unanswerable %3d  (%.1f%%)' % (t, ty[t], ty[t] - tyu[t], tyu[t], 100 * ty[t] / N))
print('which/what(+noun) phrasings', wn, '; articles', len(A))
if N != 110: err.append('count %d' % N)
if un / N < 0.27: err.append('too few unanswerable')
if short / N < 0.36: err.append('too few short')
if min(ty[t] for t in ['who', 'when', 'how_much', 'how_many', 'where']) / N < 0.15: err.append('type balance')
print('\n'.join(err) if err else 'ALL CHECKS PASSED')
sys.exit(1 if err else 0)
