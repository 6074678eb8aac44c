#!/usr/bin/env python3
"""Build gold.jsonl and articles.jsonl for archive-z9 from draft.jsonl.
gold.jsonl: draft questions with keys in the required order.
articles.jsonl: verbatim corpus lines of every article used (sources of answerable questions and the
articles the unanswerable near-miss questions are about, per ABOUT below), in order of first use."""
import json
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
# article each unanswerable (near-miss) question is about
ABOUT = {
 'az9-004': ('reuters21578', '1156'), 'az9-008': ('reuters21578', '12268'), 'az9-016': ('reuters21578', '9182'),
 'az9-037': ('reuters21578', '8359'), 'az9-046': ('reuters21578', '18337'), 'az9-059': ('reuters21578', '6844'),
 'az9-063': ('reuters21578', '19073'), 'az9-069': ('bbc', 'business/304'), 'az9-072': ('bbc', 'business/508'),
 'az9-076': ('bbc', 'entertainment/190'), 'az9-080': ('bbc', 'business/208'), 'az9-091': ('bbc', 'business/208'),
 'az9-092': ('reuters21578', '12639'), 'az9-093': ('reuters21578', '16155'), 'az9-094': ('reuters21578', '6844'),
 'az9-095': ('bbc', 'business/508'), 'az9-096': ('reuters21578', '2100'), 'az9-097': ('reuters21578', '6844'),
 'az9-098': ('reuters21578', '19073'), 'az9-099': ('agnews', 'test-2320'), 'az9-100': ('reuters21578', '16747'),
 'az9-101': ('agnews', 'test-6583'), 'az9-102': ('reuters21578', '19036'), 'az9-103': ('agnews', 'test-3676'),
 'az9-104': ('agnews', 'test-6583'), 'az9-105': ('reuters21578', '12639'), 'az9-106': ('agnews', 'test-3424'),
 'az9-107': ('reuters21578', '1131'), 'az9-108': ('agnews', 'test-112'), 'az9-109': ('agnews', 'test-3742'),
}
lines = {}
for src in ['reuters21578', 'bbc', 'agnews']:
    for l in open('/work/shared/corpora/%s.jsonl' % src, encoding='utf-8'):
        lines[(src, json.loads(l)['id'])] = l if l.endswith('\n') else l + '\n'
qs = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8') if l.strip()]
order = []
with open('gold.jsonl', 'w', encoding='utf-8') as g:
    for q in qs:
        g.write(json.dumps({k: q[k] for k in KEYS}, ensure_ascii=False) + '\n')
        d = (q['source'], q['doc']) if q['doc'] else ABOUT[q['id']]
        if d not in order:
            order.append(d)
with open('articles.jsonl', 'w', encoding='utf-8') as a:
    for d in order:
        a.write(lines[d])
open('about_unanswerable.tsv', 'w').write('id\tsource\tdoc\n' + ''.join('%s\t%s\t%s\n' % (k, v[0], v[1]) for k, v in sorted(ABOUT.items())))
print(len(qs), 'questions;', len(order), 'articles')
