#!/usr/bin/env python3
"""Validate archive-ze gold set: format, substrings, article provenance, proportions."""
import json, re, sys, collections
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
N, PREFIX = 110, 'aze-'
err = []
raw, text, line_no = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l)
        raw[(f, r['id'])] = l.rstrip('\n'); text[(f, r['id'])] = r['text']; line_no[(f, r['id'])] = i
used = set()
for l in open('/work/gold/used_articles.tsv', encoding='utf-8'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {text[k] for k in used if k in text}
# articles.jsonl
arts = {}
for n, l in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    r = json.loads(l); k = (r['source'], r['id'])
    if raw.get(k) != l.rstrip('\n'): err.append('articles.jsonl line %d not verbatim' % n)
    if k in used or r['text'] in used_texts: err.append('article %s in used_articles (or identical text)' % (k,))
    if line_no[k] % 3 != 2: err.append('article %s not in slice' % (k,))
    if k in arts: err.append('duplicate article %s' % (k,))
    arts[k] = r
gold = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try:
        d = json.loads(l, object_pairs_hook=collections.OrderedDict)
    except Exception as e:
        err.append('line %d invalid JSON %s' % (n, e)); continue
    if list(d.keys()) != KEYS: err.append('line %d keys %s' % (n, list(d.keys())))
    gold.append(d)
ids = [d['id'] for d in gold]
if ids != ['%s%03d' % (PREFIX, i) for i in range(1, len(gold) + 1)]: err.append('ids not sequential')
referenced = set()
for d in gold:
    q = d['id']
    if d['type'] not in TYPES: err.append('%s bad type' % q)
    if not d['question'].endswith('?'): err.append('%s question lacks ?' % q)
    if d['answers']:
        k = (d['source'], d['doc'])
        if k not in arts: err.append('%s doc %s not in articles.jsonl' % (q, k)); continue
        referenced.add(k)
        t = text[k]
        if not d['evidence'] or d['evidence'] not in t: err.append('%s evidence not in doc' % q)
        if d['answers'][0] not in (d['evidence'] or ''): err.append('%s first answer not in evidence' % q)
        alltexts = [t]
        for a in d['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err.append('%s also keys' % q)
            ka = (a['source'], a['doc'])
            if ka not in text: err.append('%s also %s not in archive' % (q, ka)); continue
            if ka == k: err.append('%s also repeats doc' % q)
            if a['evidence'] not in text[ka]: err.append('%s also evidence not in %s' % (q, ka))
            if not any(ans in a['evidence'] for ans in d['answers']): err.append('%s also evidence %s has no answer' % (q, ka))
            alltexts.append(text[ka])
        for ans in d['answers']:
            if not any(ans in tt for tt in alltexts): err.append('%s answer %r not in doc/also' % (q, ans))
            if ans not in t: print('note: %s answer %r comes from an also article' % (q, ans))
        nz = d['normalized']
        if d['type'] in ('who', 'where') and nz is not None: err.append('%s normalized should be null' % q)
        if d['type'] == 'when' and nz is not None and not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?|-Q[1-4])?', nz): err.append('%s bad when norm' % q)
        if d['type'] == 'when' and d['source'] != 'reuters21578' and nz is not None and not re.search(r'\d{4}', d['evidence']): err.append('%s undated source normalized without year' % q)
        if d['type'] == 'how_much' and nz is not None:
            ok = (set(nz) == {'amount', 'currency'} and isinstance(nz['amount'], float)) or (set(nz) == {'percent'} and isinstance(nz['percent'], float))
            if not ok: err.append('%s bad how_much norm %s' % (q, nz))
        if d['type'] == 'how_many' and nz is not None and (set(nz) != {'count'} or not isinstance(nz['count'], (int, float))): err.append('%s bad how_many norm' % q)
    else:
        if any(d[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or d['also']: err.append('%s unanswerable fields not null' % q)
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.startswith(PREFIX)]
un = [d for d in gold if not d['answers']]
if sorted(absent_ids) != sorted(d['id'] for d in un): err.append('ABSENT_CHECKED ids mismatch')
for l in open('ABSENT_CHECKED', encoding='utf-8'):
    if l.startswith(PREFIX):
        m = re.search(r'about (\w+):(\S+)', l)
        if not m or (m.group(1), m.group(2)) not in arts: err.append('ABSENT_CHECKED about-article missing: ' + l[:40])
        else: referenced.add((m.group(1), m.group(2)))
for k in arts:
    if k not in referenced: err.append('article %s unused' % (k,))
# proportions
tc = collections.Counter(d['type'] for d in gold)
ua = collections.Counter(d['type'] for d in un)
short = [d for d in gold if len(d['question'].split()) < 10]
if len(gold) != N: err.append('count %d != %d' % (len(gold), N))
if len(un) < 0.27 * N: err.append('too few unanswerable %d' % len(un))
if len(short) < 0.36 * N: err.append('too few short %d' % len(short))
for t in TYPES:
    if tc[t] < 0.15 * N: err.append('type %s only %d' % (t, tc[t]))
print('questions', len(gold), 'answerable', len(gold) - len(un), 'unanswerable', len(un), 'short', len(short), 'articles', len(arts))
for t in TYPES: print('  %-9s total %3d  answerable %3d  unanswerable %3d' % (t, tc[t], tc[t] - ua[t], ua[t]))
print('by source (answerable docs):', collections.Counter(d['source'] for d in gold if d['answers']))
print('ERRORS:' if err else 'OK: no errors')
for e in err: print('  ', e)
sys.exit(1 if err else 0)
