#!/usr/bin/env python3
"""add.py '<python dict literal>' : append one draft question to draft.jsonl after checking spans."""
import json,sys,ast
CORP='/work/shared/corpora/'
d=ast.literal_eval(sys.argv[1])
def text(src,doc):
    for l in open(CORP+src+'.jsonl'):
        r=json.loads(l)
        if r['id']==doc: return r['text']
    raise SystemExit('no doc %s %s'%(src,doc))
if d.get('doc'):
    t=text(d['source'],d['doc'])
    assert d['evidence'] in t, 'evidence not in doc'
    assert d['answers'][0] in d['evidence'], 'first answer not in evidence'
    for a in d['answers']:
        ok = a in t or any(a in text(s,o) for s,o,e in d.get('also',[]))
        assert ok, 'answer not found: '+a
    for s,o,e in d.get('also',[]):
        assert e in text(s,o), 'also evidence bad '+o
else:
    assert d['answers']==[] and d.get('absent')
d.setdefault('also',[]); d.setdefault('absent',[])
open('draft.jsonl','a').write(json.dumps(d,ensure_ascii=False)+'\n')
print('ok', sum(1 for _ in open('draft.jsonl')))
