#!/usr/bin/env python3
"""Validate archive-zf gold set."""
import json, re, collections, sys
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
docs, line_no = {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); docs[(f, r['id'])] = r; line_no[(f, r['id'])] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {docs[k]['text'] for k in used if k in docs}
errs = []
def err(m): errs.append(m)
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
arts = {}
for l in open('articles.jsonl', encoding='utf-8'):
    r = json.loads(l)
    k = (r['source'], r['id'])
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err('article keys %s' % (k,))
    if docs.get(k) != r: err('article not verbatim %s' % (k,))
    if k in used or r['text'] in used_texts: err('article used elsewhere %s' % (k,))
    if line_no[k] % 3 != 0: err('article outside slice %s' % (k,))
    arts[k] = r
G = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    g = json.loads(l); G.append(g)
    if list(g.keys()) != KEYS: err('keys order %s' % g.get('id'))
    if g['id'] != 'azf-%03d' % n: err('id %s' % g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): err('type %s' % g['id'])
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in arts: err('doc not in articles.jsonl %s' % g['id']); continue
        t = arts[k]['text']
        if g['evidence'] not in t: err('evidence %s' % g['id'])
        if g['answers'][0] not in g['evidence']: err('answer0 not in evidence %s' % g['id'])
        texts = [t]
        for a in g['also']:
            ak = (a['source'], a['doc'])
            if list(a.keys()) != ['source', 'doc', 'evidence']: err('also keys %s' % g['id'])
            if ak not in docs: err('also doc missing %s %s' % (g['id'], ak)); continue
            if ak == k: err('also repeats doc %s' % g['id'])
            at = docs[ak]['text']; texts.append(at)
            if a['evidence'] not in at: err('also evidence %s %s' % (g['id'], ak))
            if not any(x in a['evidence'] for x in g['answers']): err('also evidence has no answer %s %s' % (g['id'], ak))
        for a in g['answers']:
            if not any(a in x for x in texts): err('answer not exact substring %s %r' % (g['id'], a))
        nm = g['normalized']
        if g['type'] in ('who', 'where') and nm is not None: err('normalized who/where %s' % g['id'])
        if g['type'] == 'when' and nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nm): err('when norm %s' % g['id'])
        if g['type'] == 'when' and g['source'] == 'reuters21578' and nm is None: err('reuters when without norm %s' % g['id'])
        if g['type'] == 'how_much' and nm is not None and not (set(nm) == {'amount', 'currency'} or set(nm) == {'percent'}): err('how_much norm %s' % g['id'])
        if g['type'] == 'how_many' and nm is not None and list(nm) != ['count']: err('how_many norm %s' % g['id'])
    else:
        if g['doc'] is not None or g['source'] is not None or g['evidence'] is not None or g['normalized'] is not None or g['also'] != []:
            err('unanswerable fields %s' % g['id'])
N = len(G)
un = sum(1 for g in G if not g['answers'])
short = sum(1 for g in G if len(g['question'].split()) < 10)
ct = collections.Counter(g['type'] for g in G)
if N != 110: err('count %d' % N)
if un / N < 0.27: err('unanswerable share %.3f' % (un / N))
if short / N < 0.36: err('short share %.3f' % (short / N))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if ct[t] / N < 0.15: err('type share %s %.3f' % (t, ct[t] / N))
if len({g['question'] for g in G}) != N: err('duplicate questions')
print('questions', N, 'unanswerable', un, '(%.1f%%)' % (100 * un / N), 'short', short, '(%.1f%%)' % (100 * short / N))
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    a = sum(1 for g in G if g['type'] == t and g['answers']); u = sum(1 for g in G if g['type'] == t and not g['answers'])
    print('  %-9s answerable %2d unanswerable %2d total %2d' % (t, a, u, a + u))
print('articles', len(arts), collections.Counter(k[0] for k in arts))
print('ERRORS' if errs else 'OK', *errs, sep='\n')
sys.exit(1 if errs else 0)
