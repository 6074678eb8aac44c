# usage: python3 g.py 'regex1' ['regex2' ...]  -> articles matching all regexes (case-insensitive), snippet around first regex
import json,re,sys
CORP="/work/shared/corpora/"
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
W=int(__import__('os').environ.get('W','150'))
n=0
for src in ["reuters21578","bbc","agnews"]:
    for line_no,l in enumerate(open(CORP+src+".jsonl")):
        r=json.loads(l); t=(r["title"] or "")+" || "+r["text"]
        if all(p.search(t) for p in pats):
            n+=1
            ms=[m for m in pats[-1].finditer(t)][:3]
            snip=" ... ".join(t[max(0,m.start()-W):m.end()+W].replace("\n"," ") for m in ms)
            print(f"[{src} {r['id']} L{line_no%3} {r['date']}] {r['title']}\n    {snip}")
print("TOTAL",n)
