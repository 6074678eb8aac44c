#!/usr/bin/env python3
"""Validate gold.jsonl / articles.jsonl of archive-zzd against the brief."""
import json, re, sys, collections
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
errs = []
def err(m): errs.append(m)
raw, line_no = {}, {}
for f in FILES:
    raw[f], line_no[f] = {}, {}
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l)
        raw[f][r['id']] = (l.rstrip('\n'), r)
        line_no[f][r['id']] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {raw[s][d][1]['text'] for s, d in used if s in raw and d in raw[s]}
# articles.jsonl
arts = {}
for n, l in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    r = json.loads(l)
    key = (r['source'], r['id'])
    if key in arts: err(f'articles.jsonl duplicate {key}')
    if raw[r['source']].get(r['id'], (None,))[0] != l.rstrip('\n'): err(f'articles.jsonl line {n} not verbatim')
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: err(f'articles.jsonl line {n} keys')
    if key in used: err(f'{key} in used_articles.tsv')
    if r['text'] in used_texts: err(f'{key} text identical to a used article')
    if line_no[r['source']][r['id']] % 8 != 0: err(f'{key} not in slice')
    arts[key] = r
# gold.jsonl
qs = []
for n, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: q = json.loads(l)
    except Exception as e: err(f'gold line {n} bad json {e}'); continue
    qs.append(q)
    if list(q.keys()) != KEYS: err(f'{n} keys order {list(q.keys())}')
    if q['id'] != 'azzd-%03d' % n: err(f'{n} id {q["id"]}')
    if q['type'] not in TYPES: err(f'{q["id"]} type')
    if not isinstance(q['question'], str) or not q['question'].endswith('?'): err(f'{q["id"]} question')
    if q['answers']:
        key = (q['source'], q['doc'])
        if key not in arts: err(f'{q["id"]} doc not in articles.jsonl')
        else:
            t = arts[key]['text']
            if not q['evidence'] or q['evidence'] not in t: err(f'{q["id"]} evidence not in doc text')
            if q['answers'][0] not in (q['evidence'] or ''): err(f'{q["id"]} first answer not in evidence')
            alltexts = [t]
            for a in q['also']:
                if list(a.keys()) != ['source', 'doc', 'evidence']: err(f'{q["id"]} also keys')
                if a['doc'] not in raw.get(a['source'], {}): err(f'{q["id"]} also doc missing {a}'); continue
                at = raw[a['source']][a['doc']][1]['text']
                if a['evidence'] not in at: err(f'{q["id"]} also evidence not in {a["doc"]}')
                if (a['source'], a['doc']) == key: err(f'{q["id"]} also repeats doc')
                if not any(ans in a['evidence'] for ans in q['answers']): err(f'{q["id"]} also evidence {a["doc"]} holds no answer')
                alltexts.append(at)
            for ans in q['answers']:
                if not any(ans in x for x in alltexts): err(f'{q["id"]} answer {ans!r} not a substring')
            if len(set(q['answers'])) != len(q['answers']): err(f'{q["id"]} duplicate answers')
        nz = q['normalized']
        if q['type'] in ('who', 'where') and nz is not None: err(f'{q["id"]} normalized should be null')
        if q['type'] == 'when' and nz is not None and not re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nz): err(f'{q["id"]} when normalized {nz}')
        if q['type'] == 'when' and q['source'] in ('bbc', 'agnews') and nz is not None and nz[:4] not in q['evidence']: err(f'{q["id"]} undated year not explicit')
        if q['type'] == 'how_much' and nz is not None and not (set(nz) == {'amount', 'currency'} and isinstance(nz['amount'], float) or set(nz) == {'percent'} and isinstance(nz['percent'], float)): err(f'{q["id"]} how_much normalized {nz}')
        if q['type'] == 'how_many' and nz is not None and not (set(nz) == {'count'} and isinstance(nz['count'], (int, float))): err(f'{q["id"]} how_many normalized {nz}')
    else:
        if any(q[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []: err(f'{q["id"]} unanswerable fields not null/empty')
# counts
N = len(qs)
c = collections.Counter(q['type'] for q in qs)
ua = collections.Counter(q['type'] for q in qs if not q['answers'])
unans = sum(ua.values())
short = sum(1 for q in qs if len(q['question'].split()) < 10)
if N != 150: err(f'N={N}')
if unans / N < 0.27: err(f'unanswerable {unans}/{N}')
if short / N < 0.36: err(f'short {short}/{N}')
for t in TYPES:
    if c[t] / N < 0.15: err(f'type {t} {c[t]}')
if len(set(q['question'] for q in qs)) != N: err('duplicate questions')
docs_used = {(q['source'], q['doc']) for q in qs if q['answers']}
print(f'questions {N}; answerable {N-unans}; unanswerable {unans} ({unans/N:.1%}); short {short} ({short/N:.1%}); articles {len(arts)} (answer docs {len(docs_used)})')
for t in TYPES: print(f'  {t:9s} total {c[t]:3d}  answerable {c[t]-ua[t]:3d}  unanswerable {ua[t]:3d}  ({c[t]/N:.1%})')
print('ERRORS:' if errs else 'OK: no errors')
for e in errs: print('  ', e)
sys.exit(1 if errs else 0)
