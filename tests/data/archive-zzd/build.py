#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (questions in writing order).
ids azzd-001.. in draft order. articles.jsonl: verbatim corpus lines of every doc (answerable) and every
'about' article (unanswerable near misses), in corpus order. ABSENT_CHECKED: one line per unanswerable
question: id, the near-miss article, then every whole-archive search (case-insensitive regexes ANDed
over title+text of all three files) with its hit count and the ids hit (when <= 12)."""
import json, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
raw = {f: {} for f in FILES}
order = {f: [] for f in FILES}
for f in FILES:
    for line in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(line)
        raw[f][r['id']] = (line.rstrip('\n'), r)
        order[f].append(r['id'])
draft = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
need = set()
gold, absent = [], []
for i, q in enumerate(draft, 1):
    qid = 'azzd-%03d' % i
    g = {'id': qid}
    for k in KEYS[1:]:
        g[k] = q[k]
    gold.append(g)
    if q['answers']:
        need.add((q['source'], q['doc']))
    else:
        src, doc = q['about']
        need.add((src, doc))
        parts = [f'{qid}\tnear-miss article {src}:{doc}']
        for srch in q['absent']:
            pats = [re.compile(p, re.I) for p in srch]
            hits = []
            for f in FILES:
                for d in order[f]:
                    r = raw[f][d][1]
                    t = (r['title'] or '') + '\n' + r['text']
                    if all(p.search(t) for p in pats):
                        hits.append(f'{f}:{d}')
            s = ' AND '.join(repr(p) for p in srch)
            parts.append(f'[{s}] -> {len(hits)} hits' + (f' ({", ".join(hits)})' if 0 < len(hits) <= 12 else ''))
        absent.append('\t'.join(parts))
with open('gold.jsonl', 'w', encoding='utf-8') as out:
    for g in gold:
        out.write(json.dumps(g, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as out:
    for f in FILES:
        for d in order[f]:
            if (f, d) in need:
                out.write(raw[f][d][0] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as out:
    out.write('# one line per unanswerable question: id, near-miss article, then each whole-archive search '
              '(case-insensitive regexes ANDed over title+text of reuters21578, bbc, agnews) -> hit count '
              '(ids listed when <= 12). Hits of the narrow searches (entity + fact words) were read, and broad entity-only searches with many hits were narrowed before reading; none states the asked-for fact.\n')
    for a in absent:
        out.write(a + '\n')
print('questions', len(gold), 'articles', len(need), 'unanswerable', len(absent))
