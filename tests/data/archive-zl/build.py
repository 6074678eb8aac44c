#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (hand-written drafts).
Unanswerable drafts carry 'about' (source, id of the near-miss article) and 'searches' (lists of
case-insensitive regexes that must ALL match an article); every search is run over the title+text
of all three corpus files and its hit count recorded."""
import json, re
CORP = '/work/shared/corpora/'
SRCS = ['reuters21578', 'bbc', 'agnews']
raw = {s: [l.rstrip('\n') for l in open(CORP + s + '.jsonl')] for s in SRCS}
D = {s: {} for s in SRCS}
for s in SRCS:
    for l in raw[s]:
        r = json.loads(l); D[s][r['id']] = (r, l)
Q = [json.loads(l) for l in open('draft.jsonl')]
import random
random.Random(5151).shuffle(Q)  # mix answerable/unanswerable and types before numbering
gold, used_docs, absent = [], [], []
def use(s, i):
    if (s, i) not in used_docs: used_docs.append((s, i))
def search(pats):
    rx = [re.compile(p, re.I) for p in pats]; n = 0; ids = []
    for s in SRCS:
        for i, (r, _) in D[s].items():
            t = (r['title'] or '') + '\n' + r['text']
            if all(x.search(t) for x in rx):
                n += 1; ids.append(s + ':' + i)
    return n, ids
for k, q in enumerate(Q, 1):
    qid = 'azl-%03d' % k
    g = {'id': qid, 'type': q['type'], 'question': q['question'], 'answers': q['answers'],
         'doc': q['doc'], 'source': q['source'], 'evidence': q['evidence'],
         'normalized': q['normalized'], 'also': q['also']}
    gold.append(g)
    if q['answers']:
        use(q['source'], q['doc'])
    else:
        use(*q['about'])
        parts = []
        for pats in q['searches']:
            n, ids = search(pats)
            parts.append('[%s] -> %d hits (%s)' % (' AND '.join(pats), n, ', '.join(ids[:8]) + (' ...' if n > 8 else '')))
        absent.append('%s\t%s\tabout %s:%s\t%s' % (qid, q['question'], q['about'][0], q['about'][1], ' ; '.join(parts)))
with open('gold.jsonl', 'w') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w') as f:
    for s, i in used_docs: f.write(D[s][i][1] + '\n')
with open('ABSENT_CHECKED', 'w') as f:
    f.write('# One line per unanswerable question: id, question, near-miss article, then every search run over title+text of ALL three corpus files\n')
    f.write('# (case-insensitive Python regexes; all patterns in [...] must match the same article) with its hit count and the first hits.\n')
    f.write('# Every hit was read by hand and none states the asked-for fact.\n')
    for a in absent: f.write(a + '\n')
print(len(gold), 'questions;', len(used_docs), 'articles;', len(absent), 'unanswerable')
