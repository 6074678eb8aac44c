#!/usr/bin/env python3
"""Append questions to draft.jsonl, checking spans at once. stdin: one JSON object per line with keys
type, question, answers, doc, source, evidence, normalized, also (id assigned automatically)."""
import json, sys
C = '/work/shared/corpora/'
D = '/work/gold/archive-zv/draft.jsonl'
def load(src):
    return {json.loads(l)['id']: json.loads(l) for l in open(C + src + '.jsonl', encoding='utf-8')}
cache = {}
def art(src, i):
    if src not in cache: cache[src] = load(src)
    return cache[src][i]
try: n = sum(1 for _ in open(D))
except FileNotFoundError: n = 0
out = []
for line in sys.stdin:
    if not line.strip(): continue
    q = json.loads(line)
    if q['doc'] is not None:
        t = art(q['source'], q['doc'])['text']
        assert q['evidence'] in t, ('evidence', q['evidence'])
        assert q['answers'][0] in q['evidence'], ('ans0 not in ev', q['answers'][0])
        for a in q['answers']:
            ok = a in t or any(a in art(x['source'], x['doc'])['text'] for x in q['also'])
            assert ok, ('answer', a)
        for x in q['also']:
            assert x['evidence'] in art(x['source'], x['doc'])['text'], ('also ev', x)
    else:
        assert q['answers'] == [] and q['evidence'] is None and q['normalized'] is None
    n += 1
    o = {'id': 'azv-%03d' % n}
    for k in ['type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']:
        o[k] = q[k]
    assert o['type'] in ('who', 'when', 'how_much', 'how_many', 'where')
    out.append(o)
with open(D, 'a', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n'); print('added', o['id'], o['type'], o['question'])
