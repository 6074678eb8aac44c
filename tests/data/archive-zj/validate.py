#!/usr/bin/env python3
import json, re, collections, sys
C = '/work/shared/corpora/'
KEYS = ['id','type','question','answers','doc','source','evidence','normalized','also']
raw = {}; docs = {}; line_no = {}
for f in ['reuters21578','bbc','agnews']:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); k = (f, r['id']); raw[k] = l.rstrip('\n'); docs[k] = r; line_no[k] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {docs[k]['text'] for k in used if k in docs}
err = []
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l); k = (r['source'], r['id'])
    if raw.get(k) != l.rstrip('\n'): err.append(f'article not verbatim {k}')
    if list(r.keys()) != ['id','title','date','source','text']: err.append(f'article keys {k}')
    if k in used or r['text'] in used_texts: err.append(f'article in used list {k}')
    if line_no[k] % 3 != 1: err.append(f'article outside slice {k}')
    arts[k] = r
qs = []
for n, l in enumerate(open('gold.jsonl'), 1):
    q = json.loads(l); qs.append(q)
    if list(q.keys()) != KEYS: err.append(f'keys {n}')
    if q['id'] != f'azj-{n:03d}': err.append(f'id {n}')
    if q['type'] not in ('who','when','how_much','how_many','where'): err.append(f'type {q["id"]}')
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: err.append(f'doc not in articles {q["id"]}'); continue
        t = arts[k]['text']
        pool = [t]
        for a in q['also']:
            ak = (a['source'], a['doc'])
            if ak not in docs: err.append(f'also missing {q["id"]} {ak}'); continue
            if ak == k: err.append(f'also = doc {q["id"]}')
            at = docs[ak]['text']; pool.append(at)
            if a['evidence'] not in at: err.append(f'also evidence {q["id"]} {ak}')
            if not any(x in a['evidence'] for x in q['answers']): err.append(f'also evidence lacks answer {q["id"]} {ak}')
            if list(a.keys()) != ['source','doc','evidence']: err.append(f'also keys {q["id"]}')
        if q['answers'][0] not in t: err.append(f'first answer not in doc {q["id"]}')
        for a in q['answers']:
            if not any(a in x for x in pool): err.append(f'answer not found {q["id"]} {a!r}')
        if not q['evidence'] or q['evidence'] not in t or q['answers'][0] not in q['evidence']:
            err.append(f'evidence {q["id"]}')
        nz = q['normalized']; ty = q['type']
        if ty in ('who','where') and nz is not None: err.append(f'norm {q["id"]}')
        if ty == 'when' and not (nz is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nz)): err.append(f'norm {q["id"]}')
        if ty == 'how_many' and not (nz is None or (isinstance(nz, dict) and list(nz) == ['count'])): err.append(f'norm {q["id"]}')
        if ty == 'how_much' and not (nz is None or (isinstance(nz, dict) and (list(nz) == ['amount','currency'] or list(nz) == ['percent']))): err.append(f'norm {q["id"]}')
    else:
        if any(q[x] is not None for x in ('doc','source','evidence','normalized')) or q['also']: err.append(f'unanswerable fields {q["id"]}')
N = len(qs)
una = [q for q in qs if not q['answers']]
short = [q for q in qs if len(q['question'].split()) < 10]
types = collections.Counter(q['type'] for q in qs)
abs_lines = [l for l in open('ABSENT_CHECKED') if l.startswith('azj-')]
if len(abs_lines) != len(una): err.append('ABSENT_CHECKED line count')
if N != 110: err.append(f'N={N}')
if len(una) / N < 0.27: err.append('too few unanswerable')
if len(short) / N < 0.36: err.append('too few short')
for t in ('who','when','how_much','how_many','where'):
    if types[t] / N < 0.15: err.append(f'type {t} under 15%')
if len(set(q['question'] for q in qs)) != N: err.append('duplicate question')
print('N', N, 'unanswerable', len(una), f'({len(una)/N:.1%})', 'short', len(short), f'({len(short)/N:.1%})', 'articles', len(arts))
for t in ('who','when','how_much','how_many','where'):
    a = sum(1 for q in qs if q['type'] == t and q['answers']); u = sum(1 for q in qs if q['type'] == t and not q['answers'])
    print(f'  {t}: {a} answerable, {u} unanswerable, {a+u} total ({(a+u)/N:.1%})')
print('ERRORS:' if err else 'OK', *err, sep='\n')
