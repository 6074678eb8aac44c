#!/usr/bin/env python3
"""append questions to draft.jsonl after checking spans. stdin: JSON list of
{t,q,a,doc,src,ev,norm,also:[[src,doc,ev],...]} (answerable) or {t,q,about:[src,doc],absent:"..."}"""
import json, sys
C = '/work/shared/corpora/'
TX = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); TX[(f, r['id'])] = r
items = json.load(sys.stdin)
ok = True
for it in items:
    if it.get('a'):
        t = TX[(it['src'], it['doc'])]['text']
        for a in it['a']:
            if a not in t: print('ANSWER NOT IN DOC', it['q'], a); ok = False
        if it['ev'] not in t: print('EV NOT IN DOC', it['q']); ok = False
        if it['a'][0] not in it['ev']: print('A0 NOT IN EV', it['q']); ok = False
        for s, d, e in it.get('also', []):
            if e not in TX[(s, d)]['text']: print('ALSO EV MISSING', it['q'], d); ok = False
            if not any(a in e for a in it['a']): print('ALSO EV lacks any answer', it['q'], d); ok = False
    else:
        assert (it['about'][0], it['about'][1]) in TX
        assert it.get('absent')
if ok:
    with open('draft.jsonl', 'a') as f:
        for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
    print('appended', len(items), 'total', sum(1 for _ in open('draft.jsonl')))
else:
    print('NOT APPENDED')
