#!/usr/bin/env python3
"""chk.py FILE: each line 'label<TAB>pat1<TAB>pat2...' ; prints hit count and ids (all must match, case-insens)."""
import json, re, sys
C = '/work/shared/corpora/'
docs = []
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r = json.loads(l); docs.append((f, r['id'], (r['title'] or '')+'\n'+r['text']))
for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    p = line.split('\t'); lab = p[0]; pats = [re.compile(x, re.I) for x in p[1:]]
    hits = [(f, i, t) for f, i, t in docs if all(q.search(t) for q in pats)]
    print(f"{lab}\t{len(hits)}\t" + ' '.join(f"{f[0]}:{i}" for f, i, _ in hits[:15]) + ('' if len(hits)<=15 else ' ...'))
    if '-v' in sys.argv and 0 < len(hits) <= 6:
        for f, i, t in hits:
            m = pats[-1].search(t); a = max(0, m.start()-120)
            print('    ', f[0]+':'+i, '|', t[a:m.end()+120].replace('\n',' '))
