#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.py (archive-zd)."""
import json, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
exec(open('draft.py').read())
Q = [q for q in Q if q['q'] not in DROP]
raw, rec, docs = {}, {}, []
for f in FILES:
    for line in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(line)
        raw[(f, r['id'])] = line.rstrip('\n'); rec[(f, r['id'])] = r
        docs.append((f, r['id'], (r['title'] or '') + '\n' + r['text']))
def run(terms):
    ps = [re.compile(t, re.I) for t in terms]
    return [(f, i) for f, i, t in docs if all(p.search(t) for p in ps)]
gold, arts, absent = [], [], []
for n, q in enumerate(Q, 1):
    qid = 'azd-%03d' % n
    o = {'id': qid, 'type': q['t'], 'question': q['q'], 'answers': q['a'],
         'doc': q['doc'], 'source': q['src'], 'evidence': q['ev'], 'normalized': q['norm'],
         'also': [{'source': s, 'doc': d, 'evidence': e} for s, d, e in q['also']]}
    gold.append(o)
    key = (q['src'], q['doc']) if q['a'] else tuple(q['about'])
    if key not in arts: arts.append(key)
    if not q['a']:
        parts = []
        for terms in q['checks']:
            hits = run(terms)
            h = ' '.join('%s:%s' % x for x in hits[:6]) + (' ...' if len(hits) > 6 else '')
            parts.append('%s => %d hits%s' % (' AND '.join('/%s/' % t for t in terms), len(hits), (' [' + h + ']') if hits else ''))
        absent.append('%s\tabout %s:%s\t%s\t%s' % (qid, key[0], key[1], q['q'], ' ; '.join(parts)))
with open('gold.jsonl', 'w', encoding='utf-8') as g:
    for o in gold: g.write(json.dumps(o, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as g:
    for k in arts: g.write(raw[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as g:
    g.write('# One line per unanswerable question: id, article it is about, question, then every whole-archive search\n'
            '# (case-insensitive regexes over title+text of all 28,868 articles in reuters21578, bbc, agnews; terms ANDed)\n'
            '# with its hit count and up to 6 hit ids. The matching context of every hit was looked at (and the article read when it\n'
            '# concerned the same entity); none states the asked-for fact. Broad searches with many hits are noise (other entities).\n')
    for a in absent: g.write(a + '\n')
print(len(gold), 'questions;', len(arts), 'articles')
