#!/usr/bin/env python3
"""Validate archive-z7: gold.jsonl, articles.jsonl, ABSENT_CHECKED."""
import json, re, collections, sys
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
TYPES = ['who', 'when', 'how_much', 'how_many', 'where']
N, PREFIX = 110, 'az7-'
err = []
def E(m): err.append(m)
lines, text, lineno = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl')):
        r = json.loads(l); k = (f, r['id'])
        lines[k] = l.rstrip('\n'); text[k] = r['text']; lineno[k] = i
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {text[k] for k in used if k in text}
# articles.jsonl
arts = set()
for l in open('articles.jsonl'):
    l = l.rstrip('\n'); r = json.loads(l); k = (r['source'], r['id'])
    if lines.get(k) != l: E('article not verbatim: %s' % (k,))
    if list(r.keys()) != ['id', 'title', 'date', 'source', 'text']: E('article keys %s' % (k,))
    if lineno[k] % 3 != 1: E('article outside slice: %s' % (k,))
    if k in used: E('article in used_articles: %s' % (k,))
    if r['text'] in used_texts: E('article text identical to a used one: %s' % (k,))
    if k in arts: E('duplicate article %s' % (k,))
    arts.add(k)
gold = []
for n, l in enumerate(open('gold.jsonl'), 1):
    try: q = json.loads(l)
    except Exception as e: E('line %d invalid JSON' % n); continue
    gold.append(q)
    if list(q.keys()) != KEYS: E('%d keys %s' % (n, list(q.keys())))
    if q['id'] != '%s%03d' % (PREFIX, n): E('%d id %s' % (n, q['id']))
    if q['type'] not in TYPES: E('%s type' % q['id'])
    qid = q['id']
    if q['answers']:
        k = (q['source'], q['doc'])
        if k not in arts: E('%s doc not in articles.jsonl' % qid); continue
        t = text[k]
        if not isinstance(q['evidence'], str) or q['evidence'] not in t: E('%s evidence not in doc' % qid)
        elif q['answers'][0] not in q['evidence']: E('%s first answer not in evidence' % qid)
        alsotexts = []
        for a in q['also']:
            if list(a.keys()) != ['source', 'doc', 'evidence']: E('%s also keys' % qid)
            ka = (a['source'], a['doc'])
            if ka not in text: E('%s also article missing %s' % (qid, ka)); continue
            if ka == k: E('%s also repeats doc' % qid)
            if a['evidence'] not in text[ka]: E('%s also evidence not in %s' % (qid, ka))
            if not any(ans in a['evidence'] for ans in q['answers']): E('%s also evidence has no answer %s' % (qid, ka))
            alsotexts.append(text[ka])
        for ans in q['answers']:
            if not ans or not (ans in t or any(ans in x for x in alsotexts)): E('%s answer not found: %r' % (qid, ans))
        if len(set(q['answers'])) != len(q['answers']): E('%s duplicate answers' % qid)
        nz = q['normalized']; ty = q['type']
        if ty in ('who', 'where') and nz is not None: E('%s normalized should be null' % qid)
        if ty == 'when' and not (nz is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?', nz)): E('%s bad when normalized %r' % (qid, nz))
        if ty == 'how_many' and not (nz is None or (list(nz.keys()) == ['count'] and isinstance(nz['count'], (int, float)))): E('%s bad count %r' % (qid, nz))
        if ty == 'how_much' and not (nz is None or list(nz.keys()) == ['percent'] and isinstance(nz['percent'], float)
                                    or list(nz.keys()) == ['amount', 'currency'] and isinstance(nz['amount'], float)
                                    and (nz['currency'] is None or re.fullmatch('[A-Z]{3}', nz['currency']))): E('%s bad how_much %r' % (qid, nz))
        if q['source'] in ('bbc', 'agnews') and ty == 'when' and nz and not re.search(nz[:4], q['evidence']): E('%s undated source year not explicit' % qid)
    else:
        if any(q[x] is not None for x in ('doc', 'source', 'evidence', 'normalized')) or q['also'] != []: E('%s unanswerable fields not null' % qid)
qs = [q['question'] for q in gold]
if len(set(qs)) != len(qs): E('duplicate questions')
if len(gold) != N: E('count %d != %d' % (len(gold), N))
# every article is used by some question
docs = {(q['source'], q['doc']) for q in gold if q['answers']}
# ABSENT_CHECKED
ab = [l.split('\t') for l in open('ABSENT_CHECKED') if not l.startswith('#')]
abids = [a[0] for a in ab]
unans = [q['id'] for q in gold if not q['answers']]
if abids != unans: E('ABSENT_CHECKED ids do not match unanswerable questions')
for a in ab:
    src, doc = a[2].replace('about ', '').split(':', 1)
    if (src, doc) not in arts: E('%s near-miss article not in articles.jsonl' % a[0])
for k in arts:
    if k not in docs and not any(a[2] == 'about %s:%s' % k for a in ab): E('article %s not referenced' % (k,))
# proportions
cnt = collections.Counter(q['type'] for q in gold)
una = len(unans); short = sum(len(q['question'].split()) < 10 for q in gold)
print('questions', len(gold), 'articles', len(arts), 'by source', collections.Counter(s for s, _ in arts))
print('%-9s %10s %12s %6s' % ('type', 'answerable', 'unanswerable', 'share'))
for t in TYPES:
    a = sum(1 for q in gold if q['type'] == t and q['answers']); u = cnt[t] - a
    print('%-9s %10d %12d %5.1f%%' % (t, a, u, 100 * cnt[t] / len(gold)))
    if cnt[t] < 0.15 * len(gold): E('type %s below 15%%' % t)
print('total     %10d %12d' % (len(gold) - una, una))
print('unanswerable %.1f%%, short (<10 words) %d = %.1f%%' % (100 * una / len(gold), short, 100 * short / len(gold)))
if una < 0.27 * len(gold): E('unanswerable below 27%')
if short < 0.36 * len(gold): E('short below 36%')
print('ERRORS:', len(err))
for e in err: print('  ', e)
sys.exit(1 if err else 0)
