#!/usr/bin/env python3
"""For draft entries (optionally a line range), verify spans and run archive-wide check searches."""
import json, re, sys
C = '/work/shared/corpora/'
SRC = {'r': 'reuters21578', 'b': 'bbc', 'a': 'agnews'}
arts = {}
for f in SRC.values():
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); arts[(f, r['id'])] = r
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, 10**9)
lim = int(sys.argv[3]) if len(sys.argv) > 3 else 8
for k, l in enumerate(open('draft.jsonl', encoding='utf-8'), 1):
    if not (lo <= k <= hi): continue
    q = json.loads(l)
    print('#%d [%s] %s' % (k, q['t'], q['q']))
    if q['d']:
        t = arts[(SRC[q['s']], q['d'])]['text']
        for a in q['a']:
            if a not in t: print('   !! answer not in text:', a)
        if q['e'] not in t: print('   !! evidence not in text')
        if q['a'] and q['a'][0] not in q['e']: print('   !! first answer not in evidence')
    for grp in q['c']:
        ps = [re.compile(p, re.I) for p in grp]
        hits = [(f, i, r) for (f, i), r in arts.items()
                if all(p.search((r['title'] or '') + '\n' + r['text']) for p in ps)]
        print('   search %s -> %d hits' % (grp, len(hits)))
        for f, i, r in hits[:lim]:
            if q['d'] and i == q['d'] and f == SRC[q['s']]: 
                print('     (self)'); continue
            t = (r['title'] or '') + '\n' + r['text']
            m = ps[-1].search(t); s = max(0, m.start() - 120); e = min(len(t), m.end() + 120)
            print('     %s %s %s | %s' % (f[:3], i, r['date'], t[s:e].replace('\n', ' ')))
