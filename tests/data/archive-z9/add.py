#!/usr/bin/env python3
# helper: read draft question objects (one JSON per line) from stdin, check spans, append to draft.jsonl with next id.
import json, sys, os
texts = {}
for src in ['reuters21578', 'bbc', 'agnews']:
    for l in open('/work/shared/corpora/%s.jsonl' % src):
        r = json.loads(l); texts[(src, r['id'])] = r['text']
n = 0
if os.path.exists('draft.jsonl'):
    n = sum(1 for l in open('draft.jsonl') if l.strip())
out = open('draft.jsonl', 'a')
for line in sys.stdin:
    if not line.strip(): continue
    q = json.loads(line)
    ok = True
    if q['answers']:
        t = texts[(q['source'], q['doc'])]
        for a in q['answers']:
            inall = a in t or any(a in texts[(x['source'], x['doc'])] for x in q.get('also', []))
            if not inall: print('BAD ANSWER', a); ok = False
        if q['evidence'] not in t or q['answers'][0] not in q['evidence']:
            print('BAD EVIDENCE', q['evidence']); ok = False
        for x in q.get('also', []):
            if x['evidence'] not in texts[(x['source'], x['doc'])]:
                print('BAD ALSO', x); ok = False
    if not ok:
        print('REJECTED', q['question']); continue
    n += 1
    q = dict([('id', 'az9-%03d' % n)] + list(q.items()))
    out.write(json.dumps(q, ensure_ascii=False) + '\n'); out.flush()
    print('added', q['id'], q['type'], len(q['question'].split()), 'words')
