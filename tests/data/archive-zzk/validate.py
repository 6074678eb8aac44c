#!/usr/bin/env python3
"""Validates gold.jsonl / articles.jsonl of archive-zzk against the brief."""
import json, sys, collections
C = '/work/shared/corpora/'
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = {"who", "when", "how_much", "how_many", "where"}
N_EXPECTED = 150
err, warn = [], []
lines, recs, lineno = {}, {}, {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); lines[(f, r['id'])] = l.rstrip('\n'); recs[(f, r['id'])] = r; lineno[(f, r['id'])] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {recs[k]['text'] for k in used if k in recs}
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l); k = (r['source'], r['id'])
    if k not in lines: err.append(f"articles.jsonl: {k} not in archive")
    elif lines[k] != l.rstrip('\n'): err.append(f"articles.jsonl: {k} not verbatim")
    if k in arts: err.append(f"articles.jsonl: duplicate {k}")
    arts[k] = r
    if k in used: err.append(f"{k} is in used_articles.tsv")
    if r['text'] in used_texts: err.append(f"{k} has text identical to a used article")
    if lineno.get(k, -1) % 8 != 7: err.append(f"{k} not in slice (line % 8 != 7)")
gold = [json.loads(l) for l in open('gold.jsonl')]
docs_used = set()
for n, g in enumerate(gold, 1):
    gid = g.get('id')
    if list(g.keys()) != KEYS: err.append(f"{gid}: keys/order {list(g.keys())}")
    if gid != f"azzk-{n:03d}": err.append(f"{gid}: id out of sequence")
    if g['type'] not in TYPES: err.append(f"{gid}: bad type")
    if not g['answers']:
        if any(g[k] is not None for k in ('doc', 'source', 'evidence', 'normalized')) or g['also']:
            err.append(f"{gid}: unanswerable with non-null fields")
        continue
    k = (g['source'], g['doc'])
    if k not in arts: err.append(f"{gid}: doc {k} not in articles.jsonl"); continue
    docs_used.add(k)
    t = arts[k]['text']
    if g['evidence'] not in t: err.append(f"{gid}: evidence not in doc")
    if g['answers'][0] not in g['evidence']: err.append(f"{gid}: first answer not in evidence")
    also_texts = []
    for a in g['also']:
        ak = (a['source'], a['doc'])
        if ak not in recs: err.append(f"{gid}: also {ak} not in archive"); continue
        if ak == k: err.append(f"{gid}: also repeats doc")
        at = recs[ak]['text']; also_texts.append(at)
        if a['evidence'] not in at: err.append(f"{gid}: also evidence not in {ak}")
        if not any(x.lower() in a['evidence'].lower() for x in g['answers']):
            warn.append(f"{gid}: also {ak} evidence contains no listed answer string")
    for x in g['answers']:
        if x not in t and not any(x in at for at in also_texts):
            err.append(f"{gid}: answer {x!r} not in doc nor in any also article")
    nz, ty = g['normalized'], g['type']
    if ty in ('who', 'where') and nz is not None: err.append(f"{gid}: normalized must be null")
    if ty == 'when' and not (nz is None or isinstance(nz, str)): err.append(f"{gid}: when normalized must be str/null")
    if ty == 'how_many' and not (nz is None or (isinstance(nz, dict) and list(nz) == ['count'])): err.append(f"{gid}: how_many normalized")
    if ty == 'how_much' and not (nz is None or (isinstance(nz, dict) and (list(nz) == ['amount', 'currency'] or list(nz) == ['percent']))): err.append(f"{gid}: how_much normalized")
    if ty == 'when' and g['source'] != 'reuters21578' and nz is not None and nz[:4] not in t: warn.append(f"{gid}: undated source, year {nz[:4]} not in text")
N = len(gold)
una = sum(1 for g in gold if not g['answers'])
short = sum(1 for g in gold if len(g['question'].split()) < 10)
tc = collections.Counter(g['type'] for g in gold)
if N != N_EXPECTED: err.append(f"{N} questions, expected {N_EXPECTED}")
if una / N < 0.27: err.append(f"unanswerable share {una/N:.3f} < 0.27")
if short / N < 0.36: err.append(f"short share {short/N:.3f} < 0.36")
for ty in TYPES:
    if tc[ty] / N < 0.15: err.append(f"type {ty} share {tc[ty]/N:.3f} < 0.15")
qs = collections.Counter(g['question'] for g in gold)
for q, c in qs.items():
    if c > 1: err.append(f"duplicate question: {q}")
print(f"questions {N}; answerable {N-una}; unanswerable {una} ({una/N:.1%}); short {short} ({short/N:.1%}); articles {len(arts)} (answer docs {len(docs_used)})")
for ty in sorted(TYPES):
    a = sum(1 for g in gold if g['type'] == ty and g['answers']); u = sum(1 for g in gold if g['type'] == ty and not g['answers'])
    print(f"  {ty:9s} answerable {a:3d}  unanswerable {u:3d}  total {a+u:3d} ({(a+u)/N:.1%})")
for w in warn: print('WARN', w)
for e in err: print('ERROR', e)
print('OK' if not err else f'{len(err)} ERRORS')
sys.exit(1 if err else 0)
