#!/usr/bin/env python3
"""Independent validator for archive-zzg (does not use lib.py)."""
import json, re, os, collections, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
C = '/work/shared/corpora/'
recs, lines, lineno = {}, {}, {}
for src in ['reuters21578', 'bbc', 'agnews']:
    for i, line in enumerate(open(C + src + '.jsonl')):
        r = json.loads(line); recs[(src, r['id'])] = r; lines[(src, r['id'])] = line.rstrip('\n'); lineno[(src, r['id'])] = i
used = set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts = set(recs[k]['text'] for k in used if k in recs)
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
qs = []
for n, line in enumerate(open('gold.jsonl'), 1):
    try: q = json.loads(line)
    except Exception as e: err('bad json line', n, e); continue
    qs.append(q)
    if list(q.keys()) != KEYS: err(n, 'keys/order', list(q.keys()))
    if q['id'] != f'azzg-{n:03d}': err(n, 'id', q['id'])
    if q['type'] not in TYPES: err(q['id'], 'type')
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in recs: err(q['id'], 'doc missing'); continue
        t = recs[k]['text']
        if not q['evidence'] or q['evidence'] not in t: err(q['id'], 'evidence not in text')
        if q['answers'][0] not in (q['evidence'] or ''): err(q['id'], 'first answer not in evidence')
        texts = [t]
        for a in q['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err(q['id'], 'also keys')
            ka = (a['source'], a['doc'])
            if ka not in recs: err(q['id'], 'also doc missing', ka); continue
            if ka == k: err(q['id'], 'also repeats doc')
            if a['evidence'] not in recs[ka]['text']: err(q['id'], 'also evidence not in text', ka)
            if not any(x in a['evidence'] for x in q['answers']): err(q['id'], 'also evidence has no answer', ka)
            texts.append(recs[ka]['text'])
        for x in q['answers']:
            if not any(x in tt for tt in texts): err(q['id'], 'answer not found', x)
        nz = q['normalized']
        if q['type'] in ('who', 'where') and nz is not None: err(q['id'], 'normalized should be null')
        if q['type'] == 'when' and nz is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nz): err(q['id'], 'when norm', nz)
        if q['type'] == 'how_much' and nz is not None and not (set(nz) == {'amount', 'currency'} or set(nz) == {'percent'}): err(q['id'], 'how_much norm', nz)
        if q['type'] == 'how_many' and nz is not None and (set(nz) != {'count'} or not isinstance(nz['count'], (int, float))): err(q['id'], 'how_many norm', nz)
        if q['source'] != 'reuters21578' and q['type'] == 'when' and nz is not None and nz[:4] not in t: err(q['id'], 'undated source but year not in text')
    else:
        if any(q[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []: err(q['id'], 'unanswerable fields not null/empty')
# articles.jsonl
arts = [json.loads(l) for l in open('articles.jsonl')]
artkeys = [(a['source'], a['id']) for a in arts]
for l in open('articles.jsonl'):
    a = json.loads(l); k = (a['source'], a['id'])
    if lines.get(k) != l.rstrip('\n'): err('article not verbatim', k)
    if list(a.keys()) != ['id', 'title', 'date', 'source', 'text']: err('article keys', k)
if len(set(artkeys)) != len(artkeys): err('duplicate articles')
absent = {}
for l in open('ABSENT_CHECKED'):
    p = l.rstrip('\n').split('\t'); m = re.match(r'about (\S+?):(\S+)$', p[1]); absent[p[0]] = (m.group(1), m.group(2))
for q in qs:
    if q['answers'] and (q['source'], q['doc']) not in artkeys: err(q['id'], 'doc not in articles.jsonl')
    if not q['answers']:
        if q['id'] not in absent: err(q['id'], 'no ABSENT_CHECKED line')
        elif absent[q['id']] not in artkeys: err(q['id'], 'near-miss article not in articles.jsonl')
if set(absent) != set(q['id'] for q in qs if not q['answers']): err('ABSENT_CHECKED ids mismatch')
needed = set((q['source'], q['doc']) for q in qs if q['answers']) | set(absent.values())
if needed != set(artkeys): err('articles.jsonl has extra/missing', set(artkeys) ^ needed)
for k in artkeys:
    if k in used: err('article in used_articles.tsv', k)
    if recs[k]['text'] in used_texts: err('article text identical to a used one', k)
    if lineno[k] % 8 != 3: err('article outside slice', k)
# counts
N = len(qs); una = sum(1 for q in qs if not q['answers']); short = sum(1 for q in qs if len(q['question'].split()) < 10)
tc = collections.Counter(q['type'] for q in qs)
if N != 150: err('count', N)
if una / N < 0.27: err('unanswerable share', una / N)
if short / N < 0.36: err('short share', short / N)
for t in TYPES:
    if tc[t] / N < 0.15: err('type share', t, tc[t])
if len(set(q['question'] for q in qs)) != N: err('duplicate question text')
print('questions', N, 'unanswerable', una, f'({una/N:.1%})', 'short', short, f'({short/N:.1%})', 'articles', len(artkeys))
for t in TYPES:
    print(f'  {t:9s} total {tc[t]:3d}  answerable {sum(1 for q in qs if q["type"]==t and q["answers"]):3d}  unanswerable {sum(1 for q in qs if q["type"]==t and not q["answers"]):3d}')
print('by source (articles):', collections.Counter(k[0] for k in artkeys))
print('ERRORS:' if errs else 'OK: no errors', *errs, sep='\n  ')
sys.exit(1 if errs else 0)
