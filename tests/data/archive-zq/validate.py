#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl / ABSENT_CHECKED against the brief's rules."""
import json, re, sys
from collections import Counter
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
T, RAW = {}, {}
for f in FILES:
    for line in open('/work/shared/corpora/%s.jsonl' % f):
        r = json.loads(line); T[(f, r['id'])] = r; RAW[(f, r['id'])] = line.rstrip('\n')
LINE = {}
for f in FILES:
    for i, line in enumerate(open('/work/shared/corpora/%s.jsonl' % f)):
        LINE[(f, json.loads(line)['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(T[k]['text'] for k in used if k in T)
err = []
def E(m): err.append(m)
arts = []
for line in open('articles.jsonl'):
    r = json.loads(line); k = (r['source'], r['id'])
    if RAW.get(k) != line.rstrip('\n'): E('article not verbatim %s' % (k,))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: E('article keys %s' % (k,))
    if k in used or r['text'] in used_texts: E('used article %s' % (k,))
    if LINE[k] % 3 != 2: E('article outside slice %s' % (k,))
    arts.append(k)
if len(arts) != len(set(arts)): E('duplicate articles')
G = [json.loads(l) for l in open('gold.jsonl')]
types = Counter(); ans = Counter(); unans = Counter(); short = 0; wq = 0
for n, g in enumerate(G, 1):
    if list(g.keys()) != KEYS: E('keys %s' % g.get('id'))
    if g['id'] != 'azq-%03d' % n: E('id %s' % g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): E('type %s' % g['id'])
    types[g['type']] += 1
    if len(g['question'].split()) < 10: short += 1
    if re.match(r'(?i)(which|what)\s+\w+|(in|at|from|since|by|on) (which|what)\b|how (old|long|far|many years)', g['question']): wq += 1
    if g['answers']:
        ans[g['type']] += 1
        k = (g['source'], g['doc'])
        if k not in arts: E('doc not in articles %s' % g['id'])
        t = T[k]['text']
        if g['evidence'] not in t: E('evidence %s' % g['id'])
        if g['answers'][0] not in g['evidence']: E('ans0 not in evidence %s' % g['id'])
        alsot = [T[(a['source'], a['doc'])]['text'] for a in g['also']]
        for a in g['answers']:
            if not (a in t or any(a in x for x in alsot)): E('answer %r %s' % (a, g['id']))
        for a in g['also']:
            kk = (a['source'], a['doc'])
            if kk not in T: E('also missing %s' % g['id'])
            elif a['evidence'] not in T[kk]['text']: E('also evidence %s %s' % (g['id'], kk))
            if kk == k: E('also == doc %s' % g['id'])
        for k2, r2 in T.items():
            if k2 != k and r2['text'] == t and not any((a['source'], a['doc']) == k2 for a in g['also']):
                E('identical-text article not in also %s %s' % (g['id'], k2))
        nm = g['normalized']
        if g['type'] in ('who', 'where') and nm is not None: E('norm %s' % g['id'])
        if g['type'] == 'how_many' and not (nm is None or (isinstance(nm, dict) and list(nm) == ['count'])): E('norm %s' % g['id'])
        if g['type'] == 'how_much' and not (nm is None or (isinstance(nm, dict) and (list(nm) == ['amount', 'currency'] or list(nm) == ['percent']))): E('norm %s' % g['id'])
        if g['type'] == 'when' and nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nm): E('norm %s' % g['id'])
    else:
        unans[g['type']] += 1
        if any(g[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or g['also']: E('unanswerable fields %s' % g['id'])
ab = [l for l in open('ABSENT_CHECKED') if l.startswith('azq-')]
if len(ab) != sum(unans.values()): E('ABSENT_CHECKED lines %d' % len(ab))
N = len(G)
if N != 110: E('count %d' % N)
if sum(unans.values()) / N < 0.27: E('unanswerable share')
if short / N < 0.36: E('short share')
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if types[t] / N < 0.15: E('type share %s' % t)
print('questions', N, 'answerable', sum(ans.values()), 'unanswerable', sum(unans.values()), 'short', short, 'which/what+noun etc', wq)
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    print('  %-9s %3d  answerable %3d  unanswerable %3d' % (t, types[t], ans[t], unans[t]))
print('articles', len(arts))
print('ERRORS' if err else 'OK', *err, sep='\n')
sys.exit(1 if err else 0)
