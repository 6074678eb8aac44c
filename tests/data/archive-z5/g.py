#!/usr/bin/env python3
"""g.py REGEX [REGEX2 ...] : articles (all three files) matching ALL regexes (case-insensitive); prints count and snippets around the first regex."""
import json,re,sys
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0; out=[]
for src in ["reuters21578","bbc","agnews"]:
    for l in open(f"/work/shared/corpora/{src}.jsonl"):
        r=json.loads(l); t=(r["title"] or "")+" || "+r["text"]
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[-1].search(t); s=max(0,m.start()-150)
            out.append(f"{src} {r['id']} {r['date']} | {t[s:m.end()+150]!r}")
print("HITS",n)
import os
for o in out[:int(os.environ.get("N","40"))]: print(o[:int(os.environ.get("W","400"))])
