#!/usr/bin/env python3
"""Validate archive-zzj: gold.jsonl, articles.jsonl, ABSENT_CHECKED against the corpus and the brief's rules."""
import json, re, sys, collections
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
N, PREFIX = 150, 'azzj-'
err = []
raw, rec, line_no = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l); k = (f, r['id'])
        raw[k] = l.rstrip('\n'); rec[k] = r; line_no[k] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {rec[k]['text'] for k in used if k in rec}
# articles.jsonl
arts = {}
for i, l in enumerate(open('articles.jsonl', encoding='utf-8'), 1):
    l = l.rstrip('\n'); o = json.loads(l)
    if list(o.keys()) != ['id', 'title', 'date', 'source', 'text']: err.append(f'articles line {i}: keys')
    k = (o['source'], o['id'])
    if k not in raw: err.append(f'articles {k} not in archive'); continue
    if raw[k] != l and rec[k] != o: err.append(f'articles {k} not verbatim')
    if k in arts: err.append(f'articles {k} duplicated')
    if k in used: err.append(f'articles {k} in used_articles.tsv')
    if o['text'] in used_texts: err.append(f'articles {k} text identical to a used article')
    if line_no[k] % 8 != 6: err.append(f'articles {k} not in slice (line {line_no[k]})')
    arts[k] = o
# gold.jsonl
gold = []
for i, l in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    try: o = json.loads(l)
    except Exception as e: err.append(f'gold line {i}: invalid JSON {e}'); continue
    if list(o.keys()) != KEYS: err.append(f'gold line {i}: keys/order {list(o.keys())}')
    gold.append(o)
if len(gold) != N: err.append(f'{len(gold)} questions, expected {N}')
for i, q in enumerate(gold, 1):
    qid = q['id']
    if qid != '%s%03d' % (PREFIX, i): err.append(f'{qid}: id out of sequence')
    if q['type'] not in TYPES: err.append(f'{qid}: bad type')
    t = q['type']; nm = q['normalized']
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: err.append(f'{qid}: doc {k} not in articles.jsonl'); continue
        text = arts[k]['text']
        for a in q['answers']:
            if not a or a not in text: err.append(f'{qid}: answer {a!r} not in doc text')
        if not q['evidence'] or q['evidence'] not in text: err.append(f'{qid}: evidence not in doc text')
        elif q['answers'][0] not in q['evidence']: err.append(f'{qid}: first answer not in evidence')
        for a in q['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: err.append(f'{qid}: also keys')
            ak = (a['source'], a['doc'])
            if ak not in rec: err.append(f'{qid}: also {ak} not in archive'); continue
            if ak == k: err.append(f'{qid}: also repeats doc')
            if a['evidence'] not in rec[ak]['text']: err.append(f'{qid}: also evidence not in {ak}')
            if not any(x in a['evidence'] for x in q['answers']): err.append(f'{qid}: also evidence {ak} contains no listed answer')
        # normalized format
        if t in ('who', 'where') and nm is not None: err.append(f'{qid}: normalized should be null')
        if t == 'when' and nm is not None and not re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nm): err.append(f'{qid}: bad when normalized {nm}')
        if t == 'when' and q['source'] != 'reuters21578' and nm is not None and nm[:4] not in text: err.append(f'{qid}: undated source but year not in text')
        if t == 'how_much' and nm is not None and not (set(nm) == {'amount', 'currency'} and isinstance(nm['amount'], float)) and not (set(nm) == {'percent'} and isinstance(nm['percent'], float)):
            err.append(f'{qid}: bad how_much normalized {nm}')
        if t == 'how_many' and nm is not None and not (set(nm) == {'count'} and isinstance(nm['count'], (int, float))): err.append(f'{qid}: bad how_many normalized')
    else:
        if q['doc'] is not None or q['source'] is not None or q['evidence'] is not None or q['normalized'] is not None or q['also']:
            err.append(f'{qid}: unanswerable must have null doc/source/evidence/normalized and empty also')
# duplicates
qs = collections.Counter(q['question'].lower() for q in gold)
for k, v in qs.items():
    if v > 1: err.append(f'duplicate question {k!r}')
# ABSENT_CHECKED
absent_ids = {l.split('\t')[0] for l in open('ABSENT_CHECKED', encoding='utf-8') if l.strip() and not l.startswith('#')}
unans = [q for q in gold if not q['answers']]
for q in unans:
    if q['id'] not in absent_ids: err.append(f"{q['id']}: no ABSENT_CHECKED line")
if len(absent_ids) != len(unans): err.append('ABSENT_CHECKED count differs from unanswerable count')
# proportions
n = len(gold)
short = [q for q in gold if len(q['question'].split()) < 10]
tc = collections.Counter(q['type'] for q in gold)
if len(unans) < 0.27 * n: err.append(f'unanswerable {len(unans)} < 27%')
if len(short) < 0.36 * n: err.append(f'short {len(short)} < 36%')
for t in TYPES:
    if tc[t] < 0.15 * n: err.append(f'type {t} {tc[t]} < 15%')
docs_used = {(q['source'], q['doc']) for q in gold if q['answers']}
print('questions', n, '| answerable', n - len(unans), '| unanswerable', len(unans), f'({100*len(unans)/n:.1f}%)',
      '| short', len(short), f'({100*len(short)/n:.1f}%)', '| articles.jsonl', len(arts), '| answer docs', len(docs_used))
for t in sorted(TYPES):
    print(f'  {t:9s} total {tc[t]:3d}  answerable {sum(1 for q in gold if q["type"]==t and q["answers"]):3d}  unanswerable {sum(1 for q in gold if q["type"]==t and not q["answers"]):3d}')
print('by source:', collections.Counter(k[0] for k in arts))
if err:
    print('ERRORS:'); [print(' ', e) for e in err]; sys.exit(1)
print('OK')
