#!/usr/bin/env python3
"""Whole-archive search: all regexes (case-insensitive) must occur in a record's title+text.
usage: s.py [-n] REGEX [REGEX...]   (-n: only print hit count)"""
import json,re,sys
args=sys.argv[1:]; quiet=False
if args and args[0]=='-n': quiet=True; args=args[1:]
pats=[re.compile(a,re.I) for a in args]
n=0
for src in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%src):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if not quiet:
                m=pats[-1].search(t); a=max(0,m.start()-100)
                print(src,r['id'],r['date'],'|',t[a:m.end()+100].replace('\n',' '))
print('HITS',n)
