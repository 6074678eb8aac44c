#!/usr/bin/env python3
# kw.py REGEX id... : print snippets of REGEX matches in the given docs (r:ID, b:ID, a:ID)
import json, sys, re
C='/work/shared/corpora/'; SRC={'r':'reuters21578','b':'bbc','a':'agnews'}
want=set(tuple([SRC[x.split(':',1)[0]],x.split(':',1)[1]]) for x in sys.argv[2:])
p=re.compile(sys.argv[1],re.I)
for f in SRC.values():
    for l in open(C+f+'.jsonl'):
        r=json.loads(l)
        if (f,r['id']) in want:
            t=r['text']
            ms=list(p.finditer(t))
            print(f"== {f[0]}:{r['id']} {r['date']} {r['title']} [{len(ms)}]")
            for m in ms[:4]: print('   ...'+t[max(0,m.start()-150):m.end()+150].replace('\n',' ')+'...')
