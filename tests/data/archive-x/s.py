import json,sys,re
CORP="/work/shared/corpora/"
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
W=int(__import__('os').environ.get('W','150'))
n=0
for s in ["reuters21578","bbc","agnews"]:
    for l in open(CORP+s+".jsonl"):
        r=json.loads(l); t=(r["title"] or "")+" || "+r["text"]
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[-1].search(t)
            print(f"-- {s} {r['id']} {r['date']} | {t[max(0,m.start()-W):m.end()+W]!r}")
print("TOTAL",n)
