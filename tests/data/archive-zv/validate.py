#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl / ABSENT_CHECKED of archive-zv against the brief."""
import json, collections, sys
C = '/work/shared/corpora/'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
err = []
arch, lineno = {}, {}
for s in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(C + s + '.jsonl', encoding='utf-8')):
        r = json.loads(l); arch[(s, r['id'])] = (l.rstrip('\n'), r); lineno[(s, r['id'])] = i
used = set()
for l in open('/work/gold/used_articles.tsv', encoding='utf-8'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k][1]['text'] for k in used if k in arch}
arts = {}
for l in open('articles.jsonl', encoding='utf-8'):
    r = json.loads(l); k = (r['source'], r['id'])
    if k not in arch: err.append('article not in archive %s' % (k,)); continue
    if l.rstrip('\n') != arch[k][0]: err.append('article not verbatim %s' % (k,))
    if lineno[k] % 3 != 1: err.append('article outside slice %s' % (k,))
    if k in used or r['text'] in used_texts: err.append('article already used %s' % (k,))
    arts[k] = r
qs = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: q = json.loads(l)
    except Exception as e: err.append('line %d bad json' % n); continue
    if list(q.keys()) != KEYS: err.append('%s keys %s' % (q.get('id'), list(q.keys())))
    if q['id'] != 'azv-%03d' % n: err.append('id %s at line %d' % (q['id'], n))
    if q['type'] not in TYPES: err.append('%s type' % q['id'])
    qs.append(q)
    if q['doc'] is None:
        if q['answers'] or q['source'] or q['evidence'] or q['normalized'] is not None or q['also']:
            err.append('%s unanswerable fields not empty' % q['id'])
        continue
    k = (q['source'], q['doc'])
    if k not in arts: err.append('%s doc not in articles.jsonl' % q['id']); continue
    t = arts[k]['text']
    if not q['answers']: err.append('%s no answers' % q['id'])
    if q['evidence'] not in t: err.append('%s evidence not in text' % q['id'])
    if q['answers'] and q['answers'][0] not in q['evidence']: err.append('%s first answer not in evidence' % q['id'])
    texts = [t]
    for x in q['also']:
        kx = (x['source'], x['doc'])
        if kx not in arch: err.append('%s also not in archive %s' % (q['id'], kx)); continue
        if kx == k: err.append('%s also repeats doc' % q['id'])
        if x['evidence'] not in arch[kx][1]['text']: err.append('%s also evidence missing %s' % (q['id'], kx))
        texts.append(arch[kx][1]['text'])
    for a in q['answers']:
        if not any(a in tt for tt in texts): err.append('%s answer %r not found' % (q['id'], a))
    nm = q['normalized']
    if q['type'] in ('who', 'where') and nm is not None: err.append('%s normalized should be null' % q['id'])
    if q['type'] == 'when' and not (nm is None or isinstance(nm, str)): err.append('%s when normalized' % q['id'])
    if q['type'] == 'how_many' and not (nm is None or (isinstance(nm, dict) and list(nm) == ['count'])): err.append('%s how_many normalized' % q['id'])
    if q['type'] == 'how_much' and not (nm is None or (isinstance(nm, dict) and (list(nm) == ['amount', 'currency'] or list(nm) == ['percent']))): err.append('%s how_much normalized' % q['id'])
N = len(qs)
unans = sum(q['doc'] is None for q in qs)
short = sum(len(q['question'].split()) < 10 for q in qs)
tc = collections.Counter(q['type'] for q in qs)
if N != 110: err.append('count %d' % N)
if unans < 0.27 * N: err.append('unanswerable %d < 27%%' % unans)
if short < 0.36 * N: err.append('short %d < 36%%' % short)
for t in TYPES:
    if tc[t] < 0.15 * N: err.append('type %s %d < 15%%' % (t, tc[t]))
ac = {l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.strip()}
un_ids = {q['id'] for q in qs if q['doc'] is None}
if ac != un_ids: err.append('ABSENT_CHECKED mismatch %s' % sorted(ac ^ un_ids))
if len({q['question'] for q in qs}) != N: err.append('duplicate question text')
print('questions', N, 'unanswerable', unans, '(%.1f%%)' % (100 * unans / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for t in TYPES:
    print('  %-9s total %3d answerable %3d unanswerable %3d' % (t, tc[t], sum(q['type'] == t and q['doc'] is not None for q in qs), sum(q['type'] == t and q['doc'] is None for q in qs)))
print('articles', len(arts), collections.Counter(s for s, _ in arts))
print('ERRORS' if err else 'OK'); [print(' ', e) for e in err]
sys.exit(1 if err else 0)
