#!/usr/bin/env python3
import json, sys, collections
C = '/work/shared/corpora/'
KEYS = ['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES = ['who','when','how_much','how_many','where']
arch = {}; line_no = {}
for src in ['reuters21578','bbc','agnews']:
    for i, l in enumerate(open(C + src + '.jsonl')):
        r = json.loads(l); arch[(src, r['id'])] = r; line_no[(src, r['id'])] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]['text'] for k in used if k in arch}
errs = []
def err(m): errs.append(m)
arts = {}
for l in open('articles.jsonl'):
    r = json.loads(l); k = (r['source'], r['id'])
    if list(r.keys()) != ['id','title','date','source','text']: err(f'article keys {k}')
    if r != arch.get(k): err(f'article not verbatim {k}')
    arts[k] = r
for k in arts:
    if k in used: err(f'article in used_articles {k}')
    if arts[k]['text'] in used_texts: err(f'article text identical to a used one {k}')
    if line_no[k] % 3 != 0: err(f'article outside slice {k}')
G = [json.loads(l) for l in open('gold.jsonl')]
ids = set()
for n, g in enumerate(G, 1):
    q = g.get('id')
    if list(g.keys()) != KEYS: err(f'{q} keys order')
    if q != 'azza-%03d' % n: err(f'{q} id sequence')
    if g['type'] not in TYPES: err(f'{q} type')
    if g['answers']:
        k = (g['source'], g['doc'])
        if k not in arts: err(f'{q} doc not in articles.jsonl')
        t = arch[k]['text']
        alltexts = [t] + [arch[(al['source'], al['doc'])]['text'] for al in g['also'] if (al['source'], al['doc']) in arch]
        if g['answers'][0] not in t: err(f'{q} first answer not in doc text')
        for a in g['answers']:
            if not any(a in x for x in alltexts): err(f'{q} answer not in doc or also text: {a!r}')
        if not g['evidence'] or g['evidence'] not in t: err(f'{q} evidence not in text')
        elif g['answers'][0] not in g['evidence']: err(f'{q} evidence lacks first answer')
        for al in g['also']:
            ak = (al['source'], al['doc'])
            if ak not in arch: err(f'{q} also doc missing {ak}')
            elif al['evidence'] not in arch[ak]['text']: err(f'{q} also evidence not in {ak}')
            elif not any(a in al['evidence'] for a in g['answers']): err(f'{q} also evidence has no listed answer {ak}')
            if ak == k: err(f'{q} also repeats doc')
        nm = g['normalized']; ty = g['type']
        if ty in ('who','where') and nm is not None: err(f'{q} normalized should be null')
        if ty == 'when' and not (nm is None or isinstance(nm, str)): err(f'{q} when normalized')
        if ty == 'how_many' and not (nm is None or (set(nm) == {'count'})): err(f'{q} how_many normalized')
        if ty == 'how_much' and not (nm is None or set(nm) in ({'amount','currency'}, {'percent'})): err(f'{q} how_much normalized')
    else:
        if g['doc'] is not None or g['source'] is not None or g['evidence'] is not None or g['normalized'] is not None or g['also']:
            err(f'{q} unanswerable must have nulls/[]')
    ids.add(q)
N = len(G)
unans = sum(not g['answers'] for g in G)
short = sum(len(g['question'].split()) < 10 for g in G)
tc = collections.Counter(g['type'] for g in G)
if N != 110: err(f'N={N}')
if unans / N < 0.27: err(f'unanswerable {unans}/{N} < 27%')
if short / N < 0.36: err(f'short {short}/{N} < 36%')
for t in TYPES:
    if tc[t] / N < 0.15: err(f'type {t} {tc[t]} < 15%')
# absent-check file covers every unanswerable question
ac = open('ABSENT_CHECKED').read().splitlines()
acids = {l.split('\t')[0] for l in ac if l.strip() and not l.startswith('#')}
for g in G:
    if not g['answers'] and g['id'] not in acids: err(f"{g['id']} missing from ABSENT_CHECKED")
print('questions', N, 'answerable', N - unans, 'unanswerable', unans, 'short', short)
for t in TYPES:
    print(f"  {t:9s} total {tc[t]:3d}  answerable {sum(1 for g in G if g['type']==t and g['answers']):3d}  unanswerable {sum(1 for g in G if g['type']==t and not g['answers']):3d}")
print('articles', len(arts))
print('ERRORS' if errs else 'OK', len(errs))
for e in errs: print(' ', e)
sys.exit(1 if errs else 0)
