#!/usr/bin/env python3
"""search helper: s.py PAT1 [PAT2 ...] -> records (all 3 files) whose text+title match ALL regexes
(case-insensitive); prints count and snippets around the LAST pattern. -n : count only"""
import json,re,sys
C='/work/shared/corpora/'
args=sys.argv[1:]; quiet='-n' in args; args=[a for a in args if a!='-n']
pats=[re.compile(p,re.I) for p in args]
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if quiet: continue
            sn=[t[max(0,m.start()-150):m.end()+150].replace('\n',' ') for m in pats[-1].finditer(t)][:2]
            print('--',f,r['id'],r['date'],(r['title'] or '')[:60]); [print('   ...'+s+'...') for s in sn]
print('HITS',n)
