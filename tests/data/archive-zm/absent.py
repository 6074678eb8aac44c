#!/usr/bin/env python3
"""Absence checks. absent_spec.jsonl lines: {"q": question text, "searches": [[regex,...],...], "note": "..."}
For each search (all regexes must match, case-insensitive, over title+text of all three files) records hit count and hit ids.
Writes absent_log.txt (with hit ids) ; build_gold.py writes ABSENT_CHECKED."""
import json,re,sys
C='/work/shared/corpora/'
docs=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); docs.append((f,r['id'],(r['title'] or '')+'\n'+r['text']))
res=[]
for line in open('absent_spec.jsonl',encoding='utf-8'):
    s=json.loads(line); out=[]
    for srch in s['searches']:
        ps=[re.compile(p,re.I) for p in srch]
        hits=[f"{f}:{i}" for f,i,t in docs if all(p.search(t) for p in ps)]
        out.append({'search':srch,'hits':len(hits),'ids':hits[:40]})
    res.append({'q':s['q'],'note':s.get('note',''),'results':out})
json.dump(res,open('absent_results.json','w'),indent=1,ensure_ascii=False)
if len(sys.argv)>1:
    for r in res[-int(sys.argv[1]):]:
        print('##',r['q'])
        for o in r['results']: print('  ',o['hits'],' & '.join(o['search']),o['ids'][:12])
