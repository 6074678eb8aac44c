"""Validate the archive-p gold set. Usage: python3 validate.py  (exit 1 on any error)."""
import json, re, sys, os
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
C = '/work/shared/corpora/'
FN = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
N_EXPECTED, PREFIX, RESIDUE = 110, 'ap-', 2
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
errs = []
def err(*a): errs.append(' '.join(map(str, a)))

raw, rec, lineno = {}, {}, {}
for s, f in FN.items():
    for i, line in enumerate(open(C + f, encoding='utf-8')):
        line = line.rstrip('\n'); r = json.loads(line)
        raw[(s, r['id'])] = line; rec[(s, r['id'])] = r; lineno[(s, r['id'])] = i
used = set()
for line in open('/work/gold/used_articles.tsv', encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {rec[k]['text'] for k in used if k in rec}

# articles.jsonl
arts = {}
for n, line in enumerate(open(os.path.join(D, 'articles.jsonl'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    try: r = json.loads(line)
    except Exception as e: err('articles.jsonl line', n, 'invalid JSON', e); continue
    k = (r.get('source'), r.get('id'))
    if k not in rec: err('article not in archive', k); continue
    if json.loads(raw[k]) != r or list(r.keys()) != list(json.loads(raw[k]).keys()): err('article not verbatim', k)
    if k in arts: err('duplicate article', k)
    arts[k] = r
    if k in used: err('article listed in used_articles.tsv', k)
    if r['text'] in used_texts: err('article text equals a used article', k)
    if lineno[k] % 3 != RESIDUE: err('article outside slice (line %d)' % lineno[k], k)

# gold.jsonl
Q = []
for n, line in enumerate(open(os.path.join(D, 'gold.jsonl'), encoding='utf-8'), 1):
    try: q = json.loads(line)
    except Exception as e: err('gold.jsonl line', n, 'invalid JSON', e); continue
    Q.append(q)
    qid = q.get('id')
    if list(q.keys()) != KEYS: err(qid, 'keys/order wrong', list(q.keys()))
    if qid != '%s%03d' % (PREFIX, n): err(qid, 'id not sequential')
    if q['type'] not in TYPES: err(qid, 'bad type')
    nm = q['normalized']
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in rec: err(qid, 'doc not in archive', k); continue
        if k not in arts: err(qid, 'doc not in articles.jsonl', k)
        t = rec[k]['text']
        if not isinstance(q['evidence'], str) or q['evidence'] not in t: err(qid, 'evidence not exact substring of doc')
        elif q['answers'][0] not in q['evidence']: err(qid, 'first answer not in evidence')
        texts = [t]
        for al in q['also']:
            if list(al.keys()) != ['source', 'doc', 'evidence']: err(qid, 'also keys', al)
            ka = (al['source'], al['doc'])
            if ka not in rec: err(qid, 'also doc not in archive', ka); continue
            if ka == k: err(qid, 'also repeats doc')
            t2 = rec[ka]['text']; texts.append(t2)
            if al['evidence'] not in t2: err(qid, 'also evidence not in its article', ka)
            if not any(a in al['evidence'] for a in q['answers']): err(qid, 'also evidence contains no answer', ka)
        for a in q['answers']:
            if not isinstance(a, str) or not a or not any(a in x for x in texts): err(qid, 'answer not exact substring', repr(a))
        # normalized shape
        ty = q['type']
        if ty in ('who', 'where') and nm is not None: err(qid, 'normalized must be null')
        if ty == 'when':
            if q['source'] == 'reuters21578':
                if not (isinstance(nm, str) and re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nm)): err(qid, 'bad when normalized', nm)
            elif nm is not None and not (isinstance(nm, str) and re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nm)): err(qid, 'bad when normalized', nm)
            if isinstance(nm, str) and q['source'] != 'reuters21578' and nm[:4] not in q['evidence']: err(qid, 'undated source: year not explicit in evidence')
        if ty == 'how_much' and nm is not None:
            ok = (set(nm) == {'amount', 'currency'} and isinstance(nm['amount'], float) and (nm['currency'] is None or re.fullmatch(r'[A-Z]{3}', nm['currency']))) \
                 or (set(nm) == {'percent'} and isinstance(nm['percent'], float))
            if not ok: err(qid, 'bad how_much normalized', nm)
        if ty == 'how_many' and nm is not None:
            if not (set(nm) == {'count'} and isinstance(nm['count'], (int, float)) and not isinstance(nm['count'], bool)): err(qid, 'bad how_many normalized', nm)
    else:
        if any(q[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []:
            err(qid, 'unanswerable must have null doc/source/evidence/normalized and empty also')

# ABSENT_CHECKED: one line per unanswerable id, near-miss article in articles.jsonl
absent = {}
for line in open(os.path.join(D, 'ABSENT_CHECKED'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    p = line.rstrip('\n').split('\t'); absent[p[0]] = p
unans = [q['id'] for q in Q if not q['answers']]
if sorted(absent) != sorted(unans): err('ABSENT_CHECKED ids differ from unanswerable ids')
used_keys = {(q['source'], q['doc']) for q in Q if q['answers']}
for qid, p in absent.items():
    m = re.search(r'near-miss article (\S+?):(\S+)', p[2] if len(p) > 2 else '')
    if not m: err(qid, 'no near-miss article in ABSENT_CHECKED'); continue
    k = (m.group(1), m.group(2)); used_keys.add(k)
    if k not in arts: err(qid, 'near-miss article not in articles.jsonl', k)
for k in arts:
    if k not in used_keys: err('article in articles.jsonl but not used', k)

# counts
n = len(Q); c = Counter(q['type'] for q in Q)
nu = len(unans); short = sum(1 for q in Q if len(q['question'].split()) < 10)
if n != N_EXPECTED: err('question count', n)
if nu < 0.27 * n: err('too few unanswerable', nu)
if short < 0.36 * n: err('too few short questions', short)
for t in TYPES:
    if c[t] < 0.15 * n: err('type under 15%', t, c[t])
if len({q['question'] for q in Q}) != n: err('duplicate questions')
print('questions', n, '| unanswerable', nu, '(%.1f%%)' % (100 * nu / n), '| short', short, '(%.1f%%)' % (100 * short / n))
for t in TYPES:
    a = sum(1 for q in Q if q['type'] == t and q['answers']); u = c[t] - a
    print('  %-9s %3d  answerable %3d  unanswerable %3d' % (t, c[t], a, u))
print('articles', len(arts), dict(Counter(k[0] for k in arts)))
if errs:
    print(len(errs), 'ERRORS'); [print(' ', e) for e in errs]; sys.exit(1)
print('OK')
