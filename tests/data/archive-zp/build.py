#!/usr/bin/env python3
"""Builds gold.jsonl, articles.jsonl and ABSENT_CHECKED from spec.py + review.py (+ trim.py)."""
import json, re, os
exec(open('spec.py').read()); exec(open('review.py').read())
TRIM = []
if os.path.exists('trim.py'): exec(open('trim.py').read())
C = '/work/shared/corpora/'
recs = {}; order = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); recs[(f, r['id'])] = (l.rstrip('\n'), r); order.append((f, r['id']))
def pick(prefix_map, q):
    for k, v in prefix_map.items():
        if q.startswith(k): return v
    return None
out = []
for q in Q:
    if any(q['question'].startswith(d) for d in DROP + TRIM): continue
    q = dict(q); q0 = q['question']; ed = pick(EDIT, q0)
    if ed: q.update(ed); q['answers'] = list(q['answers'])
    also = []
    if q['answers']:
        for (src, did) in (pick(ALSO, q0) or []):
            t = recs[(src, did)][1]['text']
            m = re.compile(q['chk'][-1], re.I).search(t)
            assert m, (q['question'], did)
            # evidence: the sentence (or paragraph piece) that contains the matched answer
            s = max(t.rfind('. ', 0, m.start()) + 2, t.rfind('\n', 0, m.start()) + 1, 0)
            if s == 1 and t[0] != '.': s = 0
            e1 = [i for i in (t.find('. ', m.end()), t.find('\n', m.end())) if i != -1]
            e = min(e1) + 1 if e1 else len(t)
            ev = t[s:e].strip()
            if len(ev) > 300:
                a0 = max(s, m.start() - 140); ev = t[a0:min(e, m.end() + 140)].strip()
            if not any(a in ev for a in q['answers']):
                q['answers'] = q['answers'] + [m.group(0)]
            also.append({"source": src, "doc": did, "evidence": ev})
    out.append(q | {"also": also})
gold = []
for i, q in enumerate(out, 1):
    gold.append({"id": f"azp-{i:03d}", "type": q['type'], "question": q['question'], "answers": q['answers'],
                 "doc": q['doc'], "source": q['source'], "evidence": q['evidence'], "normalized": q['normalized'],
                 "also": q['also']})
with open('gold.jsonl', 'w') as fh:
    for g in gold: fh.write(json.dumps(g, ensure_ascii=False) + '\n')
# articles used: answerable docs + docs that unanswerable questions are about
used = set((g['source'], g['doc']) for g in gold if g['doc'])
used |= set(q['about'] for q in out if not q['answers'])
with open('articles.jsonl', 'w') as fh:
    for k in order:
        if k in used: fh.write(recs[k][0] + '\n')
# absence log
allrecs = [recs[k][1] | {'_src': k[0]} for k in order]
with open('ABSENT_CHECKED', 'w') as fh:
    for g, q in zip(gold, out):
        if q['answers']: continue
        parts = []
        for srch in q['absent']:
            pats = [re.compile(p, re.I) for p in srch]
            n = sum(1 for r in allrecs if all(p.search(r['text']) for p in pats))
            parts.append(' AND '.join(f"/{p}/i" for p in srch) + f" -> {n} hits")
        fh.write(f"{g['id']}\tabout {q['about'][0]}:{q['about'][1]}\t" + ' ; '.join(parts) + '\n')
from collections import Counter
ans = Counter(g['type'] for g in gold if g['answers']); un = Counter(g['type'] for g in gold if not g['answers'])
short = sum(1 for g in gold if len(g['question'].split()) < 10)
print('total', len(gold), 'answerable', sum(ans.values()), 'unans', sum(un.values()), 'short', short, 'articles', len(used))
for t in ['who', 'when', 'how_much', 'how_many', 'where']: print(t, ans[t], un[t], ans[t] + un[t])
