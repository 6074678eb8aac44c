#!/usr/bin/env python3
"""absent.py "QUESTION" "pat1 && pat2" "pat3" ... : each argument after the question is one search
(regexes joined by && must all match the same article, case-insensitive) over all three files.
Prints hits and appends one line to ABSENT_CHECKED."""
import json,re,sys
q=sys.argv[1]; searches=sys.argv[2:]
recs=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(f'/work/shared/corpora/{f}.jsonl'):
        r=json.loads(l); recs.append((f,r['id'],(r['title'] or '')+' || '+r['text']))
parts=[]
for s in searches:
    pats=[re.compile(p.strip(),re.I) for p in s.split('&&')]
    hits=[(f,i) for f,i,t in recs if all(p.search(t) for p in pats)]
    ids=','.join(f'{f[:3]}:{i}' for f,i in hits[:8])+(',...' if len(hits)>8 else '')
    parts.append(f'[{s}] -> {len(hits)} hits' + (f' ({ids})' if hits else ''))
    print(parts[-1])
if '--dry' not in q:
    with open("absent_log.tsv","a") as f: f.write(q+'\t'+' ; '.join(parts)+'\n')
