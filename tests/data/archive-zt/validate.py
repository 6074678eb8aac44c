#!/usr/bin/env python3
"""Validates archive-zt gold.jsonl / articles.jsonl against the brief's requirements."""
import json, sys
from collections import Counter
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
raw, line_no = {}, {}
for s, fn in FILES.items():
    raw[s] = {}
    for i, l in enumerate(open(C + fn, encoding='utf-8')):
        r = json.loads(l); raw[s][r['id']] = (l.rstrip('\n'), r); line_no[(s, r['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(raw[s][d][1]['text'] for s, d in used if s in raw and d in raw[s])
errs = []
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
arts = {}
for l in open('articles.jsonl', encoding='utf-8'):
    r = json.loads(l); k = (r['source'], r['id'])
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: errs.append('article keys %s' % (k,))
    if l.rstrip('\n') != raw[k[0]][k[1]][0] and r != raw[k[0]][k[1]][1]: errs.append('article not verbatim %s' % (k,))
    if k in used or r['text'] in used_texts: errs.append('article used before %s' % (k,))
    if line_no[k] % 3 != 2: errs.append('article outside slice %s' % (k,))
    arts[k] = r
Q = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: q = json.loads(l)
    except Exception as e: errs.append('line %d bad json' % n); continue
    Q.append(q)
    if list(q.keys()) != KEYS: errs.append('%s key order' % q.get('id'))
    if q['id'] != 'azt-%03d' % n: errs.append('id sequence at line %d' % n)
    if q['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): errs.append('%s type' % q['id'])
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: errs.append('%s doc not in articles.jsonl' % q['id']); continue
        t = arts[k]['text']
        if q['evidence'] not in t: errs.append('%s evidence not in text' % q['id'])
        if q['answers'][0] not in q['evidence']: errs.append('%s first answer not in evidence' % q['id'])
        for a in q['answers']:
            if a not in t and not any(a in raw[x['source']][x['doc']][1]['text'] for x in q['also']):
                errs.append('%s answer %r not in doc nor also' % (q['id'], a))
        for x in q['also']:
            if list(x.keys()) != ['source', 'doc', 'evidence']: errs.append('%s also keys' % q['id'])
            if x['doc'] not in raw[x['source']]: errs.append('%s also doc missing' % q['id']); continue
            at = raw[x['source']][x['doc']][1]['text']
            if x['evidence'] not in at: errs.append('%s also evidence not in %s' % (q['id'], x['doc']))
            if not any(a in x['evidence'] for a in q['answers']): errs.append('%s also evidence lacks an answer (%s)' % (q['id'], x['doc']))
            if (x['source'], x['doc']) == k: errs.append('%s also repeats doc' % q['id'])
        nm = q['normalized']
        if q['type'] in ('who', 'where') and nm is not None: errs.append('%s normalized should be null' % q['id'])
        if q['type'] == 'when' and not (nm is None or isinstance(nm, str)): errs.append('%s when normalized' % q['id'])
        if q['type'] == 'how_many' and not (nm is None or (isinstance(nm, dict) and list(nm) == ['count'])): errs.append('%s how_many normalized' % q['id'])
        if q['type'] == 'how_much' and not (nm is None or (isinstance(nm, dict) and (list(nm) == ['amount', 'currency'] or list(nm) == ['percent']))): errs.append('%s how_much normalized' % q['id'])
    else:
        if any(q[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []: errs.append('%s unanswerable fields' % q['id'])
N = len(Q); un = sum(1 for q in Q if not q['answers']); short = sum(1 for q in Q if len(q['question'].split()) < 10)
tc = Counter(q['type'] for q in Q)
if N != 110: errs.append('count %d' % N)
if un / N < 0.27: errs.append('unanswerable share %.3f' % (un / N))
if short / N < 0.36: errs.append('short share %.3f' % (short / N))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if tc[t] / N < 0.15: errs.append('type %s share %.3f' % (t, tc[t] / N))
if len(set(q['question'] for q in Q)) != N: errs.append('duplicate questions')
print('questions', N, 'unanswerable', un, '(%.1f%%)' % (100 * un / N), 'short', short, '(%.1f%%)' % (100 * short / N), 'articles', len(arts))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    a = sum(1 for q in Q if q['type'] == t and q['answers']); u = sum(1 for q in Q if q['type'] == t and not q['answers'])
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {a+u:3d}')
print('ERRORS' if errs else 'OK', *errs, sep='\n')
sys.exit(1 if errs else 0)
