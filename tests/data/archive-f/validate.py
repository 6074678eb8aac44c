#!/usr/bin/env python3
"""Validate the archive-f gold set. Run from anywhere: python3 validate.py ; exit code 0 = pass."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
N_EXPECTED = 110
errs = []; warns = []
def err(m): errs.append(m)

arch = {}; raw = {}
for s, f in FILES.items():
    for line in open(C + f, encoding='utf-8'):
        a = json.loads(line); arch[(s, a['id'])] = a; raw[(s, a['id'])] = line.rstrip('\n')
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]['text'] for k in used if k in arch}

# articles.jsonl
arts = {}
for n, line in enumerate(open(os.path.join(HERE, 'articles.jsonl'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    try: a = json.loads(line)
    except Exception as e: err(f'articles.jsonl line {n}: bad JSON {e}'); continue
    k = (a.get('source'), a.get('id'))
    if k not in arch: err(f'articles.jsonl line {n}: {k} not in archive'); continue
    if line != raw[k] and a != arch[k]: err(f'articles.jsonl line {n}: {k} not a verbatim copy')
    if list(a.keys()) != ['id', 'title', 'date', 'source', 'text']: err(f'articles.jsonl line {n}: key order')
    if k in arts: err(f'articles.jsonl: duplicate {k}')
    if k in used: err(f'articles.jsonl: {k} is in used_articles.tsv')
    if a['text'] in used_texts: err(f'articles.jsonl: {k} has the same text as a used article')
    arts[k] = a

# sampled candidates
cand = set()
cpath = os.path.join(HERE, 'candidates.tsv')
if os.path.exists(cpath):
    for line in open(cpath):
        p = line.rstrip('\n').split('\t'); cand.add((p[0], p[1]))
    for k in arts:
        if k not in cand: err(f'article {k} is not among the seeded candidates (candidates.tsv)')
else:
    warns.append('candidates.tsv missing: run sample.py')

def norm_ok(t, n):
    if t in ('who', 'where'): return n is None
    if t == 'when': return n is None or (isinstance(n, str) and re.fullmatch(r'\d{4}(-(\d{2}(-\d{2})?|Q[1-4]))?', n))
    if t == 'how_much':
        if n is None: return True
        if isinstance(n, dict) and list(n.keys()) == ['amount', 'currency']:
            return isinstance(n['amount'], (int, float)) and (n['currency'] is None or re.fullmatch(r'[A-Z]{3}', n['currency']))
        if isinstance(n, dict) and list(n.keys()) == ['percent']: return isinstance(n['percent'], (int, float))
        return False
    if t == 'how_many':
        return n is None or (isinstance(n, dict) and list(n.keys()) == ['count'] and isinstance(n['count'], (int, float)) and not isinstance(n['count'], bool))
    return False

recs = []
for n, line in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: err(f'gold line {n}: bad JSON {e}'); continue
    recs.append(r)
    if list(r.keys()) != KEYS: err(f'gold line {n}: keys/order {list(r.keys())}'); continue
    qid = r['id']
    if qid != f'af-{n:03d}': err(f'{qid}: expected id af-{n:03d}')
    if r['type'] not in TYPES: err(f'{qid}: bad type')
    if not isinstance(r['question'], str) or not r['question'].strip().endswith('?'): err(f'{qid}: question')
    if not norm_ok(r['type'], r['normalized']): err(f'{qid}: normalized {r["normalized"]!r} invalid for {r["type"]}')
    if not isinstance(r['answers'], list) or not isinstance(r['also'], list): err(f'{qid}: answers/also must be lists'); continue
    if r['answers']:
        k = (r['source'], r['doc'])
        if k not in arch: err(f'{qid}: doc {k} not in archive'); continue
        if k not in arts: err(f'{qid}: doc {k} not in articles.jsonl')
        t = arch[k]['text']
        texts = [t]
        if r['answers'][0] not in t: err(f'{qid}: first answer not in doc text')
        if not isinstance(r['evidence'], str) or r['evidence'] not in t: err(f'{qid}: evidence not an exact substring of doc')
        elif r['answers'][0] not in r['evidence']: err(f'{qid}: evidence lacks first answer')
        seen = set()
        for x in r['also']:
            if list(x.keys()) != ['source', 'doc', 'evidence']: err(f'{qid}: also keys {list(x.keys())}'); continue
            kk = (x['source'], x['doc'])
            if kk not in arch: err(f'{qid}: also {kk} not in archive'); continue
            if kk == k or kk in seen: err(f'{qid}: also {kk} duplicates doc/also')
            seen.add(kk)
            tt = arch[kk]['text']; texts.append(tt)
            if x['evidence'] not in tt: err(f'{qid}: also {kk} evidence not a substring')
            elif not any(a in x['evidence'] for a in r['answers']): err(f'{qid}: also {kk} evidence contains no answer')
            if kk in used: warns.append(f'{qid}: also {kk} is listed in used_articles.tsv (kept: also must list every article stating the answer)')
        for a in r['answers']:
            if not isinstance(a, str) or not a: err(f'{qid}: empty answer')
            elif not any(a in tt for tt in texts): err(f'{qid}: answer {a!r} not in doc or any also article')
        if len(set(r['answers'])) != len(r['answers']): err(f'{qid}: duplicate answers')
    else:
        if any(r[f] is not None for f in ('doc', 'source', 'evidence', 'normalized')) or r['also']:
            err(f'{qid}: unanswerable must have null doc/source/evidence/normalized and empty also')

# ABSENT_CHECKED
un_ids = [r['id'] for r in recs if not r.get('answers')]
ab = {}
for line in open(os.path.join(HERE, 'ABSENT_CHECKED'), encoding='utf-8'):
    if line.strip():
        qid = line.split('\t')[0]; ab[qid] = line
        m = re.search(r'about (\w+):(\S+)', line)
        if m and (m.group(1), m.group(2)) not in arts: err(f'ABSENT_CHECKED {qid}: about-article not in articles.jsonl')
for q in un_ids:
    if q not in ab: err(f'ABSENT_CHECKED: no line for {q}')
for q in ab:
    if q not in un_ids: err(f'ABSENT_CHECKED: {q} is not an unanswerable question')
# every article is used by some question
usedk = {(r['source'], r['doc']) for r in recs if r.get('answers')}
for q, line in ab.items():
    m = re.search(r'about (\w+):(\S+)', line)
    if m: usedk.add((m.group(1), m.group(2)))
for k in arts:
    if k not in usedk: err(f'articles.jsonl: {k} not used by any question')

# proportions
N = len(recs)
tc = Counter(r['type'] for r in recs)
nun = len(un_ids)
short = sum(1 for r in recs if len(r['question'].split()) < 10)
if N != N_EXPECTED: err(f'expected {N_EXPECTED} questions, got {N}')
if nun < 0.27 * N: err(f'unanswerable {nun} < 27%')
if short < 0.36 * N: err(f'short {short} < 36%')
for t in TYPES:
    if tc[t] < 0.15 * N: err(f'type {t} {tc[t]} < 15%')
if len({r['question'] for r in recs}) != N: err('duplicate questions')
sc = Counter(k[0] for k in arts)

print(f'questions {N}; unanswerable {nun} ({nun/N:.0%}); short(<10 words) {short} ({short/N:.0%})')
for t in sorted(TYPES):
    a = sum(1 for r in recs if r['type'] == t and r['answers']); u = tc[t] - a
    print(f'  {t:9s} total {tc[t]:3d} ({tc[t]/N:.0%})  answerable {a:3d}  unanswerable {u:3d}')
print(f'articles {len(arts)}: ' + ', '.join(f'{s} {c} ({c/len(arts):.0%})' for s, c in sc.items()))
print(f'also entries {sum(len(r["also"]) for r in recs)} over {sum(1 for r in recs if r["also"])} questions')
for w in warns: print('WARN', w)
for e in errs: print('ERROR', e)
print('PASS' if not errs else f'FAIL ({len(errs)} errors)')
sys.exit(1 if errs else 0)
