#!/usr/bin/env python3
"""Append draft questions (JSON lines on stdin) to draft.jsonl after checking spans.
Unanswerable entries carry "checks": list of [regex, regex...] searches (all regexes must match one article,
case-insensitive, whole archive). Their hit counts are stored in the entry as "checked"."""
import json, re, sys
C = '/work/shared/corpora/'
A = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); A[(f, r['id'])] = r
def count(pats):
    ps = [re.compile(p, re.I) for p in pats]; hits = []
    for k, r in A.items():
        t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in ps): hits.append('%s:%s' % k)
    return hits
ok = True
out = []
for line in sys.stdin:
    line = line.strip()
    if not line: continue
    q = json.loads(line)
    if q['answers']:
        t = A[(q['source'], q['doc'])]['text']
        assert q['evidence'] in t, ('evidence', q)
        assert q['answers'][0] in q['evidence'], ('first answer not in evidence', q)
        texts = [t] + [A[(a['source'], a['doc'])]['text'] for a in q.get('also', [])]
        for a in q.get('also', []):
            assert a['evidence'] in A[(a['source'], a['doc'])]['text'], ('also evidence', a)
        for ans in q['answers']:
            assert any(ans in x for x in texts), ('answer', ans)
    else:
        q['checked'] = []
        for pats in q['checks']:
            h = count(pats)
            q['checked'].append({'search': pats, 'hits': len(h), 'ids': h[:8]})
            print('   ', len(h), pats, h[:8])
    print('OK', q['type'], q['question'])
    out.append(q)
with open('draft.jsonl', 'a', encoding='utf-8') as f:
    for q in out: f.write(json.dumps(q, ensure_ascii=False) + '\n')
