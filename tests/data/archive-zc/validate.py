#!/usr/bin/env python3
"""Validate archive-zc: JSON + key order, substrings, articles, counts/proportions, slice and used-article rules."""
import json, sys
from collections import Counter
C = '/work/shared/corpora/'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
N = 110
errs = []
recs, line_no, texts_by = {}, {}, {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); recs[(f, r['id'])] = r; line_no[(f, r['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if l.strip())
used_texts = {(s, recs[(s, i)]['text']) for s, i in used if (s, i) in recs}
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l)
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: errs.append('article keys %s' % r['id'])
    key = (r['source'], r['id'])
    if recs.get(key) != r: errs.append('article not verbatim %s' % (key,))
    arts[key] = r
    if line_no[key] % 3 != 0: errs.append('article outside slice %s' % (key,))
    if key in used or (key[0], r['text']) in used_texts: errs.append('used article %s' % (key,))
gold = []
for n, l in enumerate(open('gold.jsonl'), 1):
    q = json.loads(l); gold.append(q)
    if list(q.keys()) != KEYS: errs.append('keys order line %d' % n)
    if q['id'] != 'azc-%03d' % n: errs.append('id %s' % q['id'])
    if q['type'] not in TYPES: errs.append('type %s' % q['id'])
    if q['answers']:
        key = (q['source'], q['doc'])
        if key not in arts: errs.append('doc not in articles.jsonl %s' % q['id']); continue
        t = arts[key]['text']
        if not q['evidence'] or q['evidence'] not in t: errs.append('evidence %s' % q['id'])
        if q['answers'][0] not in (q['evidence'] or ''): errs.append('first answer not in evidence %s' % q['id'])
        pool = [t]
        for a in q['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: errs.append('also keys %s' % q['id'])
            ak = (a['source'], a['doc'])
            if ak not in recs: errs.append('also doc missing %s %s' % (q['id'], ak)); continue
            if ak == key: errs.append('also repeats doc %s' % q['id'])
            if a['evidence'] not in recs[ak]['text']: errs.append('also evidence %s %s' % (q['id'], ak))
            if not any(x in a['evidence'] for x in q['answers']): errs.append('also evidence lacks an answer %s %s' % (q['id'], ak))
            pool.append(recs[ak]['text'])
        for a in q['answers']:
            if not any(a in x for x in pool): errs.append('answer not substring %s %r' % (q['id'], a))
        nz = q['normalized']
        if q['type'] in ('who', 'where') and nz is not None: errs.append('normalized should be null %s' % q['id'])
        if q['type'] == 'how_many' and not (isinstance(nz, dict) and list(nz) == ['count']): errs.append('how_many norm %s' % q['id'])
        if q['type'] == 'how_much' and not (isinstance(nz, dict) and (list(nz) == ['amount', 'currency'] or list(nz) == ['percent'])): errs.append('how_much norm %s' % q['id'])
        if q['type'] == 'when' and not (nz is None or isinstance(nz, str)): errs.append('when norm %s' % q['id'])
        if q['type'] == 'when' and nz is None and q['source'] == 'reuters21578': errs.append('reuters when without norm %s' % q['id'])
    else:
        if any(q[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []:
            errs.append('unanswerable fields %s' % q['id'])
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED') if l.strip() and not l.startswith('#')]
unans = [q['id'] for q in gold if not q['answers']]
if absent_ids != unans: errs.append('ABSENT_CHECKED ids differ from unanswerable ids')
if len(gold) != N: errs.append('count %d' % len(gold))
short = [q for q in gold if len(q['question'].split()) < 10]
tc = Counter(q['type'] for q in gold)
print('questions', len(gold), 'answerable', len(gold) - len(unans), 'unanswerable', len(unans), '(%.1f%%)' % (100 * len(unans) / len(gold)))
print('short (<10 words)', len(short), '(%.1f%%)' % (100 * len(short) / len(gold)))
for t in TYPES:
    a = sum(1 for q in gold if q['type'] == t and q['answers']); u = tc[t] - a
    print('  %-9s %3d (%.1f%%)  answerable %d  unanswerable %d' % (t, tc[t], 100 * tc[t] / len(gold), a, u))
    if tc[t] / len(gold) < 0.15: errs.append('type share %s' % t)
if len(unans) / len(gold) < 0.27: errs.append('unanswerable share')
if len(short) / len(gold) < 0.36: errs.append('short share')
print('articles', len(arts), Counter(k[0] for k in arts))
qs = [q['question'] for q in gold]
if len(set(qs)) != len(qs): errs.append('duplicate questions')
print('ERRORS' if errs else 'OK', *errs, sep='\n')
sys.exit(1 if errs else 0)
