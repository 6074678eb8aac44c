import json, re, sys
C="/work/shared/corpora/"
A=[]
for s,f in [("reuters21578","reuters21578.jsonl"),("bbc","bbc.jsonl"),("agnews","agnews.jsonl")]:
    for l in open(C+f,encoding="utf-8"):
        r=json.loads(l); A.append(r)
def grep(*pats, show=None, width=150, limit=40, exclude=None):
    """all pats (regex, case-insens) must match; print doc and context of `show` (or first pat)."""
    ps=[re.compile(p,re.I) for p in pats]
    sp=re.compile(show,re.I) if show else ps[0]
    n=0
    for r in A:
        t=r['title']+' || '+r['text'] if r['title'] else r['text']
        if all(p.search(t) for p in ps):
            n+=1
            if n>limit: continue
            m=sp.search(t)
            ctx=t[max(0,m.start()-width):m.end()+width].replace('\n',' ') if m else ''
            print(f"  [{r['source']} {r['id']} {r['date']}] {ctx}")
    print(f"  -> {n} docs")
if __name__=="__main__":
    args=sys.argv[1:]
    print("GREP",args); grep(*args)
