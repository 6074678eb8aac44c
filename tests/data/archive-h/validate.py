"""Validate archive-h: python3 validate.py  (exit code 1 on any failure)."""
import json, re, sys, os
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
C = "/work/shared/corpora/"
FN = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = {"who", "when", "how_much", "how_many", "where"}
errs = []
def err(m): errs.append(m)

raw, rec, lineno = {}, {}, {}
for s, fn in FN.items():
    for i, line in enumerate(open(C + fn, encoding='utf-8')):
        r = json.loads(line); k = (s, r['id'])
        raw[k] = line.rstrip('\n'); rec[k] = r; lineno[k] = i
used = set()
for line in open('/work/gold/used_articles.tsv', encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {rec[k]['text'] for k in used if k in rec}

# articles.jsonl
arts = {}
for n, line in enumerate(open(os.path.join(HERE, 'articles.jsonl'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    a = json.loads(line); k = (a['source'], a['id'])
    if k not in raw: err(f"articles.jsonl:{n} not in archive {k}"); continue
    if raw[k] != line and json.loads(raw[k]) != a: err(f"articles.jsonl:{n} differs from archive {k}")
    if list(a.keys()) != ['id', 'title', 'date', 'source', 'text']: err(f"articles.jsonl:{n} keys {list(a.keys())}")
    if lineno[k] % 3 != 0: err(f"articles.jsonl:{n} {k} outside slice (line {lineno[k]})")
    if k in used: err(f"articles.jsonl:{n} {k} is in used_articles.tsv")
    if a['text'] in used_texts: err(f"articles.jsonl:{n} {k} text identical to a used article")
    if k in arts: err(f"articles.jsonl duplicate {k}")
    arts[k] = a

cand_path = os.path.join(HERE, 'candidates.tsv')
if os.path.exists(cand_path):
    cand = {tuple(l.split('\t')[:2]) for l in open(cand_path, encoding='utf-8')}
    for k in arts:
        if k not in cand: err(f"{k} not in candidates.tsv (seeded sample)")

# gold.jsonl
gold = []
for n, line in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
    try:
        g = json.loads(line, object_pairs_hook=OrderedDict)
    except Exception as e:
        err(f"gold.jsonl:{n} invalid JSON {e}"); continue
    gold.append(g)
    if list(g.keys()) != KEYS: err(f"{n}: keys/order {list(g.keys())}")
    if g['id'] != f"ah-{n:03d}": err(f"{n}: id {g['id']}")
    if g['type'] not in TYPES: err(f"{g['id']}: type {g['type']}")
    if not g['question'].strip().endswith('?'): err(f"{g['id']}: question lacks '?'")
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in rec: err(f"{g['id']}: doc not in archive {k}"); continue
        if k not in arts: err(f"{g['id']}: doc {k} missing from articles.jsonl")
        text = rec[k]['text']
        if not isinstance(g['evidence'], str) or g['evidence'] not in text: err(f"{g['id']}: evidence not exact substring of doc")
        elif g['answers'][0] not in g['evidence']: err(f"{g['id']}: first answer not in evidence")
        if g['answers'][0] not in text: err(f"{g['id']}: first answer not in doc text")
        also_texts = []
        for a in g['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err(f"{g['id']}: also keys {list(a.keys())}")
            ak = (a['source'], a['doc'])
            if ak not in rec: err(f"{g['id']}: also article not in archive {ak}"); continue
            if ak == k: err(f"{g['id']}: also repeats doc")
            if a['evidence'] not in rec[ak]['text']: err(f"{g['id']}: also evidence not substring of {ak}")
            if not any(x in a['evidence'] for x in g['answers']): err(f"{g['id']}: also evidence of {ak} holds no listed answer")
            also_texts.append(rec[ak]['text'])
        for x in g['answers']:
            if x not in text and not any(x in t for t in also_texts): err(f"{g['id']}: answer {x!r} not in doc or also articles")
        nz, t = g['normalized'], g['type']
        if t in ('who', 'where') and nz is not None: err(f"{g['id']}: normalized should be null")
        if t == 'when' and nz is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nz): err(f"{g['id']}: bad when {nz}")
        if t == 'when' and g['source'] != 'reuters21578' and nz is not None and nz[:4] not in text: err(f"{g['id']}: undated source but year not in text")
        if t == 'how_many' and nz is not None and (set(nz) != {'count'} or not isinstance(nz['count'], (int, float))): err(f"{g['id']}: bad how_many {nz}")
        if t == 'how_much' and nz is not None and not (set(nz) == {'percent'} or set(nz) == {'amount', 'currency'}): err(f"{g['id']}: bad how_much {nz}")
        if t == 'how_much' and nz and 'amount' in nz and not isinstance(nz['amount'], float): err(f"{g['id']}: amount not float")
    else:
        if any(g[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or g['also'] != []:
            err(f"{g['id']}: unanswerable must have null doc/source/evidence/normalized and empty also")

# ABSENT_CHECKED
una = [g['id'] for g in gold if not g['answers']]
ab = {}
for line in open(os.path.join(HERE, 'ABSENT_CHECKED'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    p = line.rstrip('\n').split('\t'); ab[p[0]] = p
for i in una:
    if i not in ab: err(f"ABSENT_CHECKED lacks {i}")
    else:
        s, d = ab[i][1].split(':', 1)
        if (s, d) not in arts: err(f"{i}: near-miss article {s}:{d} not in articles.jsonl")
# every article used by something
usedk = {(g['source'], g['doc']) for g in gold if g['answers']} | {tuple(ab[i][1].split(':', 1)) for i in una if i in ab}
for k in arts:
    if k not in usedk: err(f"articles.jsonl has unused article {k}")

# proportions
N = len(gold)
short = sum(len(g['question'].split()) < 10 for g in gold)
tc = Counter(g['type'] for g in gold)
if N != 110: err(f"expected 110 questions, got {N}")
if len(una) / N < 0.27: err(f"unanswerable share {len(una)/N:.3f} < 0.27")
if short / N < 0.36: err(f"short share {short/N:.3f} < 0.36")
for t in TYPES:
    if tc[t] / N < 0.15: err(f"type {t} share {tc[t]/N:.3f} < 0.15")
src = Counter(k[0] for k in arts)
print(f"questions {N}; answerable {N-len(una)}; unanswerable {len(una)} ({len(una)/N:.1%}); short (<10 words) {short} ({short/N:.1%})")
print("type        answerable  unanswerable  total")
for t in ["who", "when", "where", "how_much", "how_many"]:
    a = sum(1 for g in gold if g['type'] == t and g['answers']); u = tc[t] - a
    print(f"{t:<11} {a:>10}  {u:>12}  {tc[t]:>5}")
print(f"articles {len(arts)}: " + ", ".join(f"{s} {c}" for s, c in src.items()))
print(f"questions with also: {sum(1 for g in gold if g['also'])}; also entries: {sum(len(g['also']) for g in gold)}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
