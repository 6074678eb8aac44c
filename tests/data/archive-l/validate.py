#!/usr/bin/env python3
"""Checks for archive-l (see brief 'Before you finish')."""
import json, sys
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
arch, line_no = {}, {}
for s in FILES:
    for n, l in enumerate(open(C + s + '.jsonl', encoding='utf-8')):
        r = json.loads(l); arch[(s, r['id'])] = r; line_no[(s, r['id'])] = n
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]['text'] for k in used if k in arch}
err = []
def E(m): err.append(m)

# articles.jsonl
arts = {}
for n, l in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    r = json.loads(l)
    k = (r['source'], r['id'])
    if k not in arch: E('articles.jsonl line %d: not in archive' % n); continue
    if r != arch[k] or list(r) != list(arch[k]): E('articles.jsonl line %d: not verbatim' % n)
    if k in used or r['text'] in used_texts: E('articles.jsonl: %s is used/identical to used' % (k,))
    if line_no[k] % 3 != 1: E('articles.jsonl: %s outside slice (line %d)' % (k, line_no[k]))
    arts[k] = r

KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
rows = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(l)
    except Exception as e: E('gold line %d invalid JSON' % n); continue
    rows.append(r)
    if list(r) != KEYS: E('%s: keys/order %s' % (r.get('id'), list(r)))
    if r['id'] != 'al-%03d' % n: E('line %d: id %s' % (n, r['id']))
    if r['type'] not in TYPES: E('%s: type' % r['id'])
    if r['answers']:
        k = (r['source'], r['doc'])
        if k not in arts: E('%s: doc %s not in articles.jsonl' % (r['id'], k)); continue
        t = arts[k]['text']
        if r['evidence'] not in t: E('%s: evidence not in doc' % r['id'])
        if r['answers'][0] not in r['evidence']: E('%s: first answer not in evidence' % r['id'])
        also_texts = []
        for a in r['also']:
            if list(a) != ['source', 'doc', 'evidence']: E('%s: also keys' % r['id'])
            ak = (a['source'], a['doc'])
            if ak not in arch: E('%s: also %s not in archive' % (r['id'], ak)); continue
            if ak == k: E('%s: also repeats doc' % r['id'])
            at = arch[ak]['text']
            if a['evidence'] not in at: E('%s: also evidence not in %s' % (r['id'], ak))
            if not any(x in a['evidence'] for x in r['answers']): E('%s: also evidence %s has no answer' % (r['id'], ak))
            also_texts.append(at)
        for x in r['answers']:
            if x not in t and not any(x in at for at in also_texts):
                E('%s: answer %r not a substring of doc or also docs' % (r['id'], x))
        nz = r['normalized']
        if r['type'] in ('who', 'where') and nz is not None: E('%s: normalized should be null' % r['id'])
        if r['type'] == 'how_many' and not (nz is None or (isinstance(nz, dict) and list(nz) == ['count'])): E('%s: how_many normalized' % r['id'])
        if r['type'] == 'how_much' and not (nz is None or (isinstance(nz, dict) and (list(nz) == ['amount', 'currency'] or list(nz) == ['percent']))): E('%s: how_much normalized' % r['id'])
        if r['type'] == 'when' and not (nz is None or isinstance(nz, str)): E('%s: when normalized' % r['id'])
        if r['type'] == 'when' and r['source'] != 'reuters21578' and nz is not None and not any(nz[:4] in x for x in r['answers'] + [r['evidence']]):
            E('%s: undated source with normalized year not in text' % r['id'])
    else:
        if any(r[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or r['also']:
            E('%s: unanswerable must have null doc/source/evidence/normalized and empty also' % r['id'])

N = len(rows)
una = sum(1 for r in rows if not r['answers'])
short = sum(1 for r in rows if len(r['question'].split()) < 10)
print('questions', N, 'unanswerable', una, '(%.1f%%)' % (100 * una / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for t in TYPES:
    a = sum(1 for r in rows if r['type'] == t and r['answers']); u = sum(1 for r in rows if r['type'] == t and not r['answers'])
    print('  %-9s answerable %2d unanswerable %2d total %2d (%.1f%%)' % (t, a, u, a + u, 100 * (a + u) / N))
    if (a + u) / N < 0.15: E('type %s below 15%%' % t)
if N != 110: E('need exactly 110 questions')
if una / N < 0.27: E('unanswerable below 27%')
if short / N < 0.36: E('short below 36%')
# every article in articles.jsonl should be referenced? (near-miss articles are not referenced by doc) -> just report
docs = {(r['source'], r['doc']) for r in rows if r['answers']}
print('articles.jsonl', len(arts), 'answer-source articles', len(docs),
      'by source', {s: sum(1 for k in arts if k[0] == s) for s in FILES})
if err:
    print('\n'.join('ERROR ' + e for e in err)); sys.exit(1)
print('OK')
