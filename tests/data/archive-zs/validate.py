#!/usr/bin/env python3
"""Validate the archive-zs gold set against the brief."""
import json, collections, sys
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
A, LINE, RAW = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); A[(f, r['id'])] = r; LINE[(f, r['id'])] = i; RAW[(f, r['id'])] = l.rstrip('\n')
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {A[k]['text'] for k in used if k in A}
err = []
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
arts = {}
for l in open('articles.jsonl', encoding='utf-8'):
    l = l.rstrip('\n'); r = json.loads(l); k = (r['source'], r['id'])
    if RAW.get(k) != l: err.append('article not verbatim %s' % (k,))
    if k in used: err.append('article in used_articles.tsv %s' % (k,))
    if r['text'] in used_texts: err.append('article text identical to a used one %s' % (k,))
    if LINE[k] % 3 != 1: err.append('article not in slice %s' % (k,))
    arts[k] = r
Q = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    q = json.loads(l); Q.append(q)
    if list(q.keys()) != KEYS: err.append('keys/order %s' % q.get('id'))
    if q['id'] != 'azs-%03d' % n: err.append('id %s' % q['id'])
    if q['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): err.append('type %s' % q['id'])
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: err.append('doc not in articles.jsonl %s' % q['id']); continue
        t = arts[k]['text']
        if q['evidence'] not in t: err.append('evidence %s' % q['id'])
        if q['answers'][0] not in q['evidence']: err.append('first answer not in evidence %s' % q['id'])
        texts = [t]
        for a in q['also']:
            ka = (a['source'], a['doc'])
            if ka not in A: err.append('also not in archive %s' % q['id']); continue
            if a['evidence'] not in A[ka]['text']: err.append('also evidence %s %s' % (q['id'], ka))
            if not any(x in a['evidence'] for x in q['answers']): err.append('also evidence has no listed answer %s %s' % (q['id'], ka))
            if ka == k: err.append('also repeats doc %s' % q['id'])
            texts.append(A[ka]['text'])
        for ans in q['answers']:
            if not any(ans in x for x in texts): err.append('answer not in text %s %r' % (q['id'], ans))
        nm = q['normalized']
        if q['type'] in ('who', 'where') and nm is not None: err.append('normalized should be null %s' % q['id'])
        if q['type'] == 'when' and not (nm is None or isinstance(nm, str)): err.append('when normalized %s' % q['id'])
        if q['type'] == 'when' and q['source'] != 'reuters21578' and nm is not None:
            import re
            if not re.search(r'\b(19|20)\d\d\b', q['evidence']): err.append('undated when without explicit year %s' % q['id'])
        if q['type'] == 'how_many' and not (nm is None or (set(nm) == {'count'} and isinstance(nm['count'], (int, float)))): err.append('how_many normalized %s' % q['id'])
        if q['type'] == 'how_much' and not (nm is None or set(nm) in ({'amount', 'currency'}, {'percent'})): err.append('how_much normalized %s' % q['id'])
    else:
        if any(q[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or q['also']: err.append('unanswerable fields %s' % q['id'])
n = len(Q)
unans = sum(1 for q in Q if not q['answers'])
short = sum(1 for q in Q if len(q['question'].split()) < 10)
types = collections.Counter(q['type'] for q in Q)
if n != 110: err.append('count %d' % n)
if unans < 0.27 * n: err.append('too few unanswerable %d' % unans)
if short < 0.36 * n: err.append('too few short %d' % short)
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if types[t] < 0.15 * n: err.append('type %s only %d' % (t, types[t]))
if len(set(q['question'] for q in Q)) != n: err.append('duplicate question')
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if not l.startswith('#')]
if sorted(absent_ids) != sorted(q['id'] for q in Q if not q['answers']): err.append('ABSENT_CHECKED does not match unanswerable ids')
# every answerable doc and every near-miss article listed
print('questions', n, 'unanswerable', unans, '(%.1f%%)' % (100.0 * unans / n), 'short', short, '(%.1f%%)' % (100.0 * short / n))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    a = sum(1 for q in Q if q['type'] == t and q['answers']); u = types[t] - a
    print('  %-9s %3d  answerable %2d  unanswerable %2d' % (t, types[t], a, u))
print('articles', len(arts), collections.Counter(k[0] for k in arts))
print('ERRORS' if err else 'OK', *err, sep='\n')
sys.exit(1 if err else 0)
