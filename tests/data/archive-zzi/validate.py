#!/usr/bin/env python3
"""Validate archive-zzi: JSON/key order, substrings, articles, counts and proportions, slice and used-list rules."""
import json, collections, sys
from tools import load, C, FILES
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
N = 150
d = load()
err = []
def E(m): err.append(m)
# articles.jsonl must be verbatim archive lines
corpus_lines = {}
for fn in FILES:
    for i, line in enumerate(open(C + fn + '.jsonl', encoding='utf-8')):
        r = json.loads(line); corpus_lines[(fn, r['id'])] = (i, line.rstrip('\n'))
arts = {}
for line in open('articles.jsonl', encoding='utf-8'):
    line = line.rstrip('\n'); r = json.loads(line)
    k = (r['source'], r['id'])
    if k not in corpus_lines or corpus_lines[k][1] != line: E('article not verbatim: %s' % (k,))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: E('article keys %s' % (k,))
    if corpus_lines[k][0] % 8 != 5: E('article outside slice: %s' % (k,))
    arts[k] = r
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = {d[k]['text'] for k in used if k in d}
for k in arts:
    if k in used: E('article in used list: %s' % (k,))
    if arts[k]['text'] in used_texts: E('article text identical to a used one: %s' % (k,))
G = []
for n, line in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: q = json.loads(line)
    except Exception as e: E('line %d bad json' % n); continue
    G.append(q)
    if list(q.keys()) != KEYS: E('%d key order %s' % (n, list(q.keys())))
    if q['id'] != 'azzi-%03d' % n: E('%d bad id %s' % (n, q['id']))
    if q['type'] not in TYPES: E('%s bad type' % q['id'])
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: E('%s doc not in articles.jsonl' % q['id']); continue
        t = arts[k]['text']
        if q['evidence'] not in t: E('%s evidence not in doc' % q['id'])
        if q['answers'][0] not in t: E('%s first answer not in doc' % q['id'])
        if q['answers'][0] not in q['evidence']: E('%s first answer not in evidence' % q['id'])
        alltexts = [t] + [d[(x['source'], x['doc'])]['text'] for x in q['also'] if (x['source'], x['doc']) in d]
        for a in q['answers']:
            if not any(a in tt for tt in alltexts): E('%s answer %r not in doc/also texts' % (q['id'], a))
        for x in q['also']:
            kk = (x['source'], x['doc'])
            if kk not in d: E('%s also doc missing %s' % (q['id'], kk)); continue
            if kk == k: E('%s also repeats doc' % q['id'])
            if x['evidence'] not in d[kk]['text']: E('%s also evidence not in %s' % (q['id'], kk))
            if not any(a in x['evidence'] for a in q['answers']): E('%s also evidence without answer %s' % (q['id'], kk))
        nm = q['normalized']
        if q['type'] in ('who', 'where') and nm is not None: E('%s normalized should be null' % q['id'])
        if q['type'] == 'how_many' and not (nm is None or (isinstance(nm, dict) and list(nm) == ['count'])): E('%s bad how_many normalized' % q['id'])
        if q['type'] == 'how_much' and not (nm is None or (isinstance(nm, dict) and (list(nm) == ['amount', 'currency'] or list(nm) == ['percent']))): E('%s bad how_much normalized' % q['id'])
        if q['type'] == 'when' and not (nm is None or isinstance(nm, str)): E('%s bad when normalized' % q['id'])
        if q['type'] == 'when' and q['source'] != 'reuters21578' and nm is not None:
            if nm[:4] not in t: E('%s undated source with year not in text' % q['id'])
    else:
        if q['doc'] is not None or q['source'] is not None or q['evidence'] is not None or q['normalized'] is not None or q['also']:
            E('%s unanswerable fields not null/empty' % q['id'])
if len(G) != N: E('count %d != %d' % (len(G), N))
una = sum(1 for q in G if not q['answers'])
short = sum(1 for q in G if len(q['question'].split()) < 10)
tc = collections.Counter(q['type'] for q in G)
if una / N < 0.27: E('unanswerable share %.3f < 0.27' % (una / N))
if short / N < 0.36: E('short share %.3f < 0.36' % (short / N))
for t in TYPES:
    if tc[t] / N < 0.15: E('type %s share %.3f < 0.15' % (t, tc[t] / N))
absent = [l for l in open('ABSENT_CHECKED', encoding='utf-8') if not l.startswith('#')]
if len(absent) != una: E('ABSENT_CHECKED lines %d != unanswerable %d' % (len(absent), una))
if len({q['question'] for q in G}) != N: E('duplicate question text')
print('questions', len(G), '| unanswerable', una, '(%.1f%%)' % (100 * una / N), '| short', short, '(%.1f%%)' % (100 * short / N), '| articles', len(arts))
for t in sorted(TYPES):
    print('  %-9s answerable %3d  unanswerable %3d' % (t, sum(1 for q in G if q['type'] == t and q['answers']), sum(1 for q in G if q['type'] == t and not q['answers'])))
print('ERRORS:' if err else 'OK: no errors')
for e in err: print('  ', e)
sys.exit(1 if err else 0)
