"""Validate the archive-i gold set. Run: python3 validate.py  (exit code 1 on any error)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = {'who', 'when', 'how_much', 'how_many', 'where'}
errs = []
def err(m): errs.append(m)

# archive
arch, rawline, lineno = {}, {}, {}
for s, fn in FILES.items():
    for n, l in enumerate(open(C + fn, encoding='utf-8')):
        o = json.loads(l)
        arch[(s, o['id'])] = o; rawline[(s, o['id'])] = l.rstrip('\n'); lineno[(s, o['id'])] = n
used = set()
for l in open('/work/gold/used_articles.tsv', encoding='utf-8'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]['text'] for k in used if k in arch}

# articles.jsonl
arts = {}
for n, l in enumerate(open(os.path.join(HERE, 'articles.jsonl'), encoding='utf-8')):
    l = l.rstrip('\n')
    try: o = json.loads(l)
    except Exception as e: err(f'articles.jsonl line {n+1}: bad JSON {e}'); continue
    k = (o.get('source'), o.get('id'))
    if k not in arch: err(f'articles.jsonl line {n+1}: {k} not in archive'); continue
    if l != rawline[k] and o != arch[k]: err(f'articles.jsonl line {n+1}: {k} differs from archive record')
    if list(o.keys()) != list(arch[k].keys()): err(f'articles.jsonl {k}: key order differs')
    if k in used: err(f'articles.jsonl {k} is listed in used_articles.tsv')
    if o['text'] in used_texts: err(f'articles.jsonl {k} has the same text as a used article')
    if lineno[k] % 3 != 1: err(f'articles.jsonl {k} is outside slice (line {lineno[k]} % 3 != 1)')
    if k in arts: err(f'articles.jsonl duplicate {k}')
    arts[k] = o

# gold.jsonl
recs = []
for n, l in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8')):
    try: r = json.loads(l)
    except Exception as e: err(f'gold line {n+1}: bad JSON {e}'); continue
    recs.append(r)
    rid = r.get('id')
    if list(r.keys()) != KEYS: err(f'{rid}: keys/order {list(r.keys())}')
    if rid != 'ai-%03d' % (n + 1): err(f'line {n+1}: id {rid} not ai-{n+1:03d}')
    if r.get('type') not in TYPES: err(f'{rid}: bad type')
    if not isinstance(r.get('question'), str) or not r['question'].strip().endswith('?'): err(f'{rid}: question')
    ans = r.get('answers')
    if not isinstance(ans, list) or not all(isinstance(a, str) and a for a in ans): err(f'{rid}: answers must be list of strings'); continue
    if not ans:
        for k in ('doc', 'source', 'evidence', 'normalized'):
            if r.get(k) is not None: err(f'{rid}: unanswerable but {k} not null')
        if r.get('also') != []: err(f'{rid}: unanswerable but also not []')
        continue
    k = (r.get('source'), r.get('doc'))
    if k not in arts: err(f'{rid}: doc {k} not in articles.jsonl'); continue
    t = arts[k]['text']
    ev = r.get('evidence')
    if not isinstance(ev, str) or ev not in t: err(f'{rid}: evidence not a substring of {k}')
    elif ans[0] not in ev: err(f'{rid}: first answer not inside evidence')
    if ans[0] not in t: err(f'{rid}: first answer not in source article')
    texts = [t]
    if not isinstance(r.get('also'), list): err(f'{rid}: also must be list'); continue
    for a in r['also']:
        if list(a.keys()) != ['source', 'doc', 'evidence']: err(f'{rid}: also keys {list(a.keys())}')
        k2 = (a.get('source'), a.get('doc'))
        if k2 not in arch: err(f'{rid}: also doc {k2} not in archive'); continue
        if k2 == k: err(f'{rid}: also repeats the source doc')
        t2 = arch[k2]['text']; texts.append(t2)
        if a['evidence'] not in t2: err(f'{rid}: also evidence not in {k2}')
        elif not any(x in a['evidence'] for x in ans): err(f'{rid}: also evidence for {k2} contains no answer')
    for x in ans:
        if not any(x in tt for tt in texts): err(f'{rid}: answer {x!r} not found in doc or also articles')
    nm, ty = r.get('normalized'), r['type']
    if ty in ('who', 'where'):
        if nm is not None: err(f'{rid}: normalized must be null for {ty}')
    elif ty == 'when':
        if nm is not None and not re.fullmatch(r'\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?', nm): err(f'{rid}: bad when normalized {nm}')
        if nm is None and k[0] == 'reuters21578': err(f'{rid}: Reuters when needs normalized')
    elif ty == 'how_much':
        ok = nm is None or (isinstance(nm, dict) and (set(nm) == {'amount', 'currency'} and isinstance(nm['amount'], float)
                                                     or set(nm) == {'percent'} and isinstance(nm['percent'], float)))
        if not ok: err(f'{rid}: bad how_much normalized {nm}')
    elif ty == 'how_many':
        if nm is not None and not (isinstance(nm, dict) and set(nm) == {'count'} and isinstance(nm['count'], (int, float))): err(f'{rid}: bad how_many normalized {nm}')

# every article is used by some question (answerable doc); near-miss articles are listed in ABSENT_CHECKED
docs_used = {(r['source'], r['doc']) for r in recs if r.get('answers')}
absent = {}
for l in open(os.path.join(HERE, 'ABSENT_CHECKED'), encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    p = l.split('\t'); s, d = p[1].split('/', 1); absent[p[0]] = (s, d)
for r in recs:
    if not r.get('answers'):
        if r['id'] not in absent: err(f"{r['id']}: unanswerable but not in ABSENT_CHECKED")
        elif absent[r['id']] not in arts: err(f"{r['id']}: near-miss article {absent[r['id']]} not in articles.jsonl")
for k in arts:
    if k not in docs_used and k not in set(absent.values()): err(f'articles.jsonl {k} not referenced')

# counts
N = len(recs)
un = sum(1 for r in recs if not r.get('answers'))
short = sum(1 for r in recs if len(r['question'].split()) < 10)
tc = Counter(r['type'] for r in recs)
if N != 110: err(f'{N} questions, need 110')
if un / N < 0.27: err(f'unanswerable share {un/N:.1%} < 27%')
if short / N < 0.36: err(f'short share {short/N:.1%} < 36%')
for t in TYPES:
    if tc[t] / N < 0.15: err(f'type {t} share {tc[t]/N:.1%} < 15%')
print(f'questions {N}; unanswerable {un} ({un/N:.1%}); short {short} ({short/N:.1%})')
for t in sorted(TYPES):
    a = sum(1 for r in recs if r['type'] == t and r['answers']); u = sum(1 for r in recs if r['type'] == t and not r['answers'])
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {a+u:3d} ({(a+u)/N:.1%})')
print('articles', len(arts), dict(Counter(k[0] for k in arts)))
if errs:
    print('ERRORS:'); [print('  ' + e) for e in errs]; sys.exit(1)
print('OK')
