#!/usr/bin/env python3
"""Validate archive-zp gold set against the brief's requirements."""
import json, re, sys
from collections import Counter
C = '/work/shared/corpora/'
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
recs, line_no = {}, {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); recs[(f, r['id'])] = r; line_no[(f, r['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(recs[k]['text'] for k in used if k in recs)
errs = []
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l); k = (r['source'], r['id'])
    if r != recs.get(k): errs.append(f'article {k} not verbatim')
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: errs.append(f'article {k} keys')
    if line_no[k] % 3 != 1: errs.append(f'article {k} not in slice')
    if k in used or r['text'] in used_texts: errs.append(f'article {k} already used')
    arts[k] = r
gold = [json.loads(l) for l in open('gold.jsonl')]
ids = set()
for n, g in enumerate(gold, 1):
    if list(g.keys()) != KEYS: errs.append(f"{g.get('id')} key order")
    if g['id'] != f'azp-{n:03d}' or g['id'] in ids: errs.append(f"{g['id']} id")
    ids.add(g['id'])
    if g['type'] not in ('who', 'when', 'how_much', 'how_many', 'where'): errs.append(f"{g['id']} type")
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in arts: errs.append(f"{g['id']} doc not in articles.jsonl"); continue
        t = arts[k]['text']
        for a in g['answers']:
            if a not in t and not any(a in recs[(x['source'], x['doc'])]['text'] for x in g['also']):
                errs.append(f"{g['id']} answer {a!r} not in doc or also")
        if g['answers'][0] not in t: errs.append(f"{g['id']} first answer not in doc")
        if g['evidence'] not in t: errs.append(f"{g['id']} evidence not in doc")
        if g['answers'][0] not in g['evidence']: errs.append(f"{g['id']} evidence lacks first answer")
        for x in g['also']:
            kk = (x['source'], x['doc'])
            if kk not in recs: errs.append(f"{g['id']} also {kk} not in archive"); continue
            if kk == k: errs.append(f"{g['id']} also repeats doc")
            if x['evidence'] not in recs[kk]['text']: errs.append(f"{g['id']} also evidence not in {kk}")
            if not any(a in x['evidence'] for a in g['answers']): errs.append(f"{g['id']} also evidence {kk} lacks an answer")
        nm = g['normalized']
        if g['type'] in ('who', 'where') and nm is not None: errs.append(f"{g['id']} normalized should be null")
        if g['type'] == 'how_many' and not (nm is None or set(nm) == {'count'}): errs.append(f"{g['id']} normalized count")
        if g['type'] == 'how_much' and not (nm is None or set(nm) in ({'amount', 'currency'}, {'percent'})): errs.append(f"{g['id']} normalized money")
        if g['type'] == 'when' and nm is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nm): errs.append(f"{g['id']} normalized when")
    else:
        if any(g[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or g['also']:
            errs.append(f"{g['id']} unanswerable fields not null/empty")
absent_ids = [l.split('\t')[0] for l in open('ABSENT_CHECKED')]
un_ids = [g['id'] for g in gold if not g['answers']]
if absent_ids != un_ids: errs.append('ABSENT_CHECKED does not cover exactly the unanswerable ids')
N = len(gold); un = len(un_ids)
short = sum(1 for g in gold if len(g['question'].split()) < 10)
types = Counter(g['type'] for g in gold)
wn = sum(1 for g in gold if re.match(r"^(In |At |To |From |On |For |By )?(Which|What) (?!(did|was|is|were|will|does|do|are|had|has)\b)", g['question'], re.I) or re.match(r'^How (old|long|far|many years)\b', g['question']))
if N != 110: errs.append(f'count {N} != 110')
if un / N < 0.27: errs.append(f'unanswerable share {un/N:.3f} < 0.27')
if short / N < 0.36: errs.append(f'short share {short/N:.3f} < 0.36')
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    if types[t] / N < 0.15: errs.append(f'type {t} share {types[t]/N:.3f} < 0.15')
print(f'questions {N}, answerable {N-un}, unanswerable {un} ({un/N:.1%}), short {short} ({short/N:.1%}), which/what+noun & how old/long/far {wn}, articles {len(arts)}')
for t in ('who', 'when', 'how_much', 'how_many', 'where'):
    a = sum(1 for g in gold if g['type'] == t and g['answers']); print(f'  {t}: {a} answerable / {types[t]-a} unanswerable')
print('ERRORS:' if errs else 'OK: no errors'); [print('  ', e) for e in errs]
sys.exit(1 if errs else 0)
