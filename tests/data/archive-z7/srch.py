#!/usr/bin/env python3
"""srch.py PAT1 [PAT2 ...] : articles (all 3 files) whose text+title match ALL regexes (case-insensitive).
Prints count and, for each hit, a snippet around the first pattern (and second if given)."""
import json,re,sys
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
show=int(__import__('os').environ.get('SHOW','15'))
hits=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(f'/work/shared/corpora/{f}.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats): hits.append((f,r,t))
print('HITS',len(hits))
for f,r,t in hits[:show]:
    snips=[]
    for p in pats[1:2] or pats[:1]:
        m=p.search(t); s=max(0,m.start()-120); snips.append(t[s:m.end()+120].replace('\n',' '))
    print('--',f,r['id'],r['date'],'|',(r['title'] or '')[:60]); 
    for s in snips: print('   ',s)
