#!/usr/bin/env python3
"""Validate archive-zd: gold.jsonl, articles.jsonl, ABSENT_CHECKED."""
import json, sys, re
from collections import Counter
C = '/work/shared/corpora/'; FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
err = []
raw, rec, line_no = {}, {}, {}
for f in FILES:
    for i, line in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(line); k = (f, r['id'])
        raw[k] = line.rstrip('\n'); rec[k] = r; line_no[k] = i
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {rec[k]['text'] for k in used if k in rec}
arts = {}
for n, line in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    r = json.loads(line); k = (r['source'], r['id'])
    if k not in raw: err.append('articles.jsonl line %d: not in archive %s' % (n, k)); continue
    if line.rstrip('\n') != raw[k]: err.append('articles.jsonl line %d: not verbatim %s' % (n, k))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err.append('articles key order %s' % (k,))
    if line_no[k] % 3 != 1: err.append('article %s not in slice (line %d)' % (k, line_no[k]))
    if k in used or r['text'] in used_texts: err.append('article %s is used / identical to a used one' % (k,))
    if k in arts: err.append('duplicate article %s' % (k,))
    arts[k] = r
gold = []
for n, line in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: o = json.loads(line)
    except Exception as e: err.append('gold line %d: bad JSON %s' % (n, e)); continue
    gold.append(o); qid = o.get('id')
    if list(o.keys()) != KEYS: err.append('%s: keys/order %s' % (qid, list(o.keys())))
    if qid != 'azd-%03d' % n: err.append('%s: id out of sequence (line %d)' % (qid, n))
    if o['type'] not in TYPES: err.append('%s: bad type' % qid)
    if o['answers']:
        k = (o['source'], o['doc'])
        if k not in arts: err.append('%s: doc %s not in articles.jsonl' % (qid, k)); continue
        t = arts[k]['text']
        also_ev = [al['evidence'] for al in o['also']]
        for i, a in enumerate(o['answers']):
            # the first answer must be in the source article; variants may come from an 'also' article's evidence
            if not a or (a not in t and (i == 0 or not any(a in e for e in also_ev))):
                err.append('%s: answer %r not in doc text nor in an also evidence' % (qid, a))
        if not o['evidence'] or o['evidence'] not in t: err.append('%s: evidence not in doc text' % qid)
        elif o['answers'][0] not in o['evidence']: err.append('%s: evidence lacks first answer' % qid)
        for al in o['also']:
            ak = (al['source'], al['doc'])
            if list(al.keys()) != ['source', 'doc', 'evidence']: err.append('%s: also keys' % qid)
            if ak not in rec: err.append('%s: also doc %s not in archive' % (qid, ak)); continue
            if ak == k: err.append('%s: also repeats doc' % qid)
            if al['evidence'] not in rec[ak]['text']: err.append('%s: also evidence not in %s' % (qid, ak))
            elif not any(a in al['evidence'] for a in o['answers']): err.append('%s: also evidence in %s has no answer' % (qid, ak))
        nz = o['normalized']
        if o['type'] in ('who', 'where') and nz is not None: err.append('%s: normalized must be null' % qid)
        if o['type'] == 'when' and not (isinstance(nz, str) and re.fullmatch(r'\d{4}(-\d\d(-\d\d)?|-Q[1-4])?', nz)) and nz is not None:
            err.append('%s: bad when normalized %r' % (qid, nz))
        if o['type'] == 'when' and o['source'] in ('bbc', 'agnews') and nz is not None and nz[:4] not in t:
            err.append('%s: undated source but year %s not in text' % (qid, nz[:4]))
        if o['type'] == 'how_much' and nz is not None and not (
                (set(nz) == {'amount', 'currency'} and isinstance(nz['amount'], float)) or
                (set(nz) == {'percent'} and isinstance(nz['percent'], float))):
            err.append('%s: bad how_much normalized %r' % (qid, nz))
        if o['type'] == 'how_many' and nz is not None and not (set(nz) == {'count'} and isinstance(nz['count'], (int, float))):
            err.append('%s: bad how_many normalized %r' % (qid, nz))
    else:
        if any(o[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or o['also'] != []:
            err.append('%s: unanswerable must have null doc/source/evidence/normalized and empty also' % qid)
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.startswith('azd-')]
un_ids = [o['id'] for o in gold if not o['answers']]
if absent_ids != un_ids: err.append('ABSENT_CHECKED ids do not match unanswerable ids')
N = len(gold); un = len(un_ids); short = sum(len(o['question'].split()) < 10 for o in gold)
tc = Counter(o['type'] for o in gold)
if N != 110: err.append('count %d != 110' % N)
if un < 0.27 * N: err.append('unanswerable %d < 27%%' % un)
if short < 0.36 * N: err.append('short %d < 36%%' % short)
for t in TYPES:
    if tc[t] < 0.15 * N: err.append('type %s only %d' % (t, tc[t]))
if len(set(o['question'] for o in gold)) != N: err.append('duplicate questions')
print('questions', N, '| unanswerable', un, '(%.1f%%)' % (100 * un / N), '| short', short, '(%.1f%%)' % (100 * short / N))
for t in TYPES:
    a = sum(1 for o in gold if o['type'] == t and o['answers']); u = tc[t] - a
    print('  %-9s answerable %2d  unanswerable %2d  total %2d' % (t, a, u, tc[t]))
print('articles', len(arts), '| with also', sum(1 for o in gold if o['also']))
print('ERRORS' if err else 'OK', len(err))
for e in err: print('  ', e)
sys.exit(1 if err else 0)
