#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (the hand-written draft).
Draft keys: t type, q question, a answers, s source (r/b/a), d doc, e evidence, n normalized,
c list of archive-wide check searches (each a list of case-insensitive regexes that must ALL match an
article's title+text), al also-list [source, doc, evidence], about (near-miss articles of unanswerables)."""
import json, re
C = '/work/shared/corpora/'
SRC = {'r': 'reuters21578', 'b': 'bbc', 'a': 'agnews'}
raw, arts = {}, {}
for f in SRC.values():
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); raw[(f, r['id'])] = l.rstrip('\n'); arts[(f, r['id'])] = r
D = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
gold, used, absent = [], [], []
def add(k):
    if k not in used: used.append(k)
for i, q in enumerate(D, 1):
    qid = 'azo-%03d' % i
    src = SRC[q['s']] if q['s'] else None
    g = {'id': qid, 'type': q['t'], 'question': q['q'], 'answers': q['a'], 'doc': q['d'], 'source': src,
         'evidence': q['e'], 'normalized': q['n'],
         'also': [{'source': s, 'doc': d, 'evidence': e} for s, d, e in q.get('al', [])]}
    gold.append(g)
    if q['d']: add((src, q['d']))
    for s, d in q.get('about', []): add((s, d))
    if not q['a']:
        parts = []
        for grp in q['c']:
            ps = [re.compile(p, re.I) for p in grp]
            n = sum(1 for r in arts.values() if all(p.search((r['title'] or '') + '\n' + r['text']) for p in ps))
            parts.append('%s => %d hits' % (' AND '.join('/%s/i' % p for p in grp), n))
        ab = ','.join('%s:%s' % (s, d) for s, d in q.get('about', []))
        absent.append('%s\tabout %s\t%s' % (qid, ab, ' ; '.join(parts)))
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in used: f.write(raw[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# One line per unanswerable question: id, near-miss article(s), every archive-wide search '
            '(case-insensitive regexes over title+text of all 28,868 articles in reuters21578, bbc, agnews; '
            'AND = all must match in the same article) with its hit count. Every hit was read; none states the asked-for fact.\n')
    for a in absent: f.write(a + '\n')
print(len(gold), 'questions;', len(used), 'articles;', len(absent), 'unanswerable')
