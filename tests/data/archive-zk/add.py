#!/usr/bin/env python3
"""Append draft questions (JSON lines on stdin) to draft.jsonl after checking spans.
Draft keys: type, question, answers, doc, source, evidence, normalized, also, [absent: list of [search, hits]], [note]"""
import json, sys
C='/work/shared/corpora/'
texts={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); texts[(f,r['id'])]=r['text']
ok=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    assert q['type'] in ('who','when','how_much','how_many','where'), q
    if q['answers']:
        t=texts[(q['source'],q['doc'])]
        assert q['evidence'] in t, ('evidence', q['question'])
        assert q['answers'][0] in q['evidence'], ('a0 not in ev', q['question'])
        alltexts=[t]+[texts[(a['source'],a['doc'])] for a in q.get('also',[])]
        for a in q.get('also',[]):
            assert a['evidence'] in texts[(a['source'],a['doc'])], ('also ev', a)
        for a in q['answers']:
            assert any(a in x for x in alltexts), ('answer', a, q['question'])
    else:
        assert q['doc'] is None and q.get('absent'), q['question']
    ok.append(json.dumps(q, ensure_ascii=False))
with open('draft.jsonl','a') as fo:
    for o in ok: fo.write(o+'\n')
print('added', len(ok), 'total', sum(1 for _ in open('draft.jsonl')))
