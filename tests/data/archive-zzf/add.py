#!/usr/bin/env python3
# append question specs (one JSON per line on stdin) to draft.jsonl after checking them
import json,sys
from lib import docs,search
D=docs(); ok=True; out=[]
for line in sys.stdin:
    line=line.strip()
    if not line: continue
    q=json.loads(line)
    if q.get('u'):
        for pats in q['chk']:
            h=search(pats); print('  chk',pats,len(h),h[:8])
    else:
        t=D[q['s']][q['d']][0]['text']
        for a in q['a']:
            if a not in t: print('BAD answer',a,q['q']); ok=False
        if q['e'] not in t: print('BAD evidence',q['q']); ok=False
        if q['a'][0] not in q['e']: print('BAD a0 not in evidence',q['q']); ok=False
        for s,d,e in q.get('also',[]):
            if e not in D[s][d][0]['text']: print('BAD also',s,d,e); ok=False
            if not any(a in e for a in q['a']): print('WARN also evidence has no answer',s,d)
    out.append(q); print('OK' if ok else 'ERR', q['q'], len(q['q'].split()),'words')
if ok:
    with open('draft.jsonl','a') as f:
        for q in out: f.write(json.dumps(q,ensure_ascii=False)+'\n')
    print('appended',len(out))
else: print('NOT appended')
