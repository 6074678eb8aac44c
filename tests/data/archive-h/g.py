import json,sys,re
# usage: g.py term1 term2 ... ; all terms (regex, case-insens) must occur; snippet around first term
FILES=['reuters21578','bbc','agnews']
terms=[re.compile(t,re.I) for t in sys.argv[1:]]
W=int(__import__('os').environ.get('W','150'))
n=0
for f in FILES:
    for i,l in enumerate(open('/work/shared/corpora/%s.jsonl'%f)):
        r=json.loads(l); t=r['title']+'\n'+r['text']
        if all(p.search(t) for p in terms):
            n+=1
            if n<=int(__import__('os').environ.get('MAX','15')):
                m=terms[-1].search(t); s=t[max(0,m.start()-W):m.end()+W].replace('\n',' ')
                print(f"[{f} {r['id']} L{i}%3={i%3}] {r['title'][:50]} :: ...{s}...")
print('TOTAL',n)
