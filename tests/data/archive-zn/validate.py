#!/usr/bin/env python3
"""Validate archive-zn: JSON/keys order, exact substrings, articles, slice, used list, counts and proportions."""
import json, re, sys, collections
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
raw, recs, lineno = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); raw[(f, r['id'])] = l.rstrip('\n'); recs[(f, r['id'])] = r; lineno[(f, r['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(recs[k]['text'] for k in used if k in recs)
err = []
arts = {}
for l in open('articles.jsonl', encoding='utf-8'):
    r = json.loads(l); k = (r['source'], r['id'])
    if raw.get(k) != l.rstrip('\n'): err.append('article not verbatim %s' % (k,))
    if k in used or r['text'] in used_texts: err.append('article used/duplicate of used %s' % (k,))
    if lineno[k] % 3 != 2: err.append('article outside slice %s' % (k,))
    arts[k] = r
gold = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    g = json.loads(l, object_pairs_hook=collections.OrderedDict)
    gold.append(g)
    if list(g.keys()) != KEYS: err.append('%d keys %s' % (n, list(g.keys())))
    if g['id'] != 'azn-%03d' % n: err.append('id %s' % g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): err.append('type ' + g['id'])
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in arts: err.append('%s doc not in articles.jsonl' % g['id']); continue
        t = arts[k]['text']
        if g['evidence'] not in t: err.append('%s evidence not in text' % g['id'])
        if g['answers'][0] not in g['evidence']: err.append('%s first answer not in evidence' % g['id'])
        texts = [t]
        for a in g['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err.append('%s also keys' % g['id'])
            k2 = (a['source'], a['doc'])
            if k2 not in recs: err.append('%s also doc missing %s' % (g['id'], k2)); continue
            if k2 == k: err.append('%s also repeats doc' % g['id'])
            t2 = recs[k2]['text']
            if a['evidence'] not in t2: err.append('%s also evidence not in %s' % (g['id'], k2))
            if not any(x in a['evidence'] for x in g['answers']): err.append('%s also evidence has no answer %s' % (g['id'], k2))
            texts.append(t2)
        for x in g['answers']:
            if not any(x in tt for tt in texts): err.append('%s answer %r not in any source text' % (g['id'], x))
        nz = g['normalized']
        if g['type'] in ('who', 'where') and nz is not None: err.append('%s normalized should be null' % g['id'])
        if g['type'] == 'when' and not (nz is None or re.fullmatch(r'\d{4}(-\d\d(-\d\d)?|-Q[1-4])?', nz)): err.append('%s when norm' % g['id'])
        if g['type'] == 'how_many' and not (nz is None or (set(nz) == {'count'} and isinstance(nz['count'], (int, float)))): err.append('%s how_many norm' % g['id'])
        if g['type'] == 'how_much' and not (nz is None or set(nz) in ({'amount', 'currency'}, {'percent'})): err.append('%s how_much norm' % g['id'])
        if g['source'] == 'reuters21578' and g['type'] == 'when' and nz is None: err.append('%s reuters when without norm' % g['id'])
    else:
        if any(g[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or g['also']:
            err.append('%s unanswerable fields not null' % g['id'])
N = len(gold)
ans = [g for g in gold if g['answers']]; un = [g for g in gold if not g['answers']]
short = [g for g in gold if len(g['question'].split()) < 10]
wn = [g for g in gold if re.match(r"(In |At |From |To |On |For |By |Of )?(which|what) [a-z]", g['question'], re.I)
      and not re.match(r"(what|which) (is|was|are|were|did|do|does|will|would|has|have)\b", g['question'], re.I)]
wn2 = [g for g in gold if re.match(r"(What is .* worth\?|How (old|long|far|many years))", g['question'])]
types = collections.Counter(g['type'] for g in gold)
print('questions', N, 'answerable', len(ans), 'unanswerable', len(un), '(%.1f%%)' % (100 * len(un) / N))
print('short (<10 words)', len(short), '(%.1f%%)' % (100 * len(short) / N))
print('which/what+noun', len(wn), '; what-is-worth/how old/long/far/many years', len(wn2))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    a = sum(1 for g in ans if g['type'] == t); u = sum(1 for g in un if g['type'] == t)
    print('%-9s answerable %2d unanswerable %2d total %2d (%.1f%%)' % (t, a, u, a + u, 100 * (a + u) / N))
print('articles', len(arts), 'by source', collections.Counter(k[0] for k in arts))
if N != 110: err.append('need 110 questions')
if len(un) < 0.27 * N: err.append('too few unanswerable')
if len(short) < 0.36 * N: err.append('too few short')
if min(types[t] for t in ('who', 'when', 'how_much', 'how_many', 'where')) < 0.15 * N: err.append('type below 15%')
if len(set(g['question'] for g in gold)) != N: err.append('duplicate question')
print('ERRORS:' if err else 'OK', *err, sep='\n')
