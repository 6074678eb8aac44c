#!/usr/bin/env python3
"""Append draft questions (JSON lines on stdin, without id) to draft.jsonl after checking substrings.
Fields: type, question, answers, doc, source, evidence, normalized, also, [note]"""
import json, sys
C = '/work/shared/corpora/'
idx = {}
def get(src, i):
    if src not in idx:
        idx[src] = {json.loads(l)['id']: json.loads(l) for l in open(C + src + '.jsonl')}
    return idx[src][i]
ok = True; out = []
for line in sys.stdin:
    line = line.strip()
    if not line: continue
    q = json.loads(line)
    if q['answers']:
        t = get(q['source'], q['doc'])['text']
        assert q['evidence'] in t, ('evidence', q)
        assert q['answers'][0] in q['evidence'], ('ans0 not in evidence', q)
        texts = [t] + [get(a['source'], a['doc'])['text'] for a in q['also']]
        for a in q['also']:
            assert a['evidence'] in get(a['source'], a['doc'])['text'], ('also ev', a)
        for a in q['answers']:
            assert any(a in x for x in texts), ('answer', a)
    out.append(q)
with open('draft.jsonl', 'a') as f:
    for q in out: f.write(json.dumps(q, ensure_ascii=False) + '\n')
print('added', len(out), 'total', sum(1 for _ in open('draft.jsonl')))
