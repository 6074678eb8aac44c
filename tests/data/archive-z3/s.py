import json,sys,re
# usage: s.py REGEX [REGEX2 ...]  -> articles (any file) whose title+text match all regexes (case-insens.)
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
W=int(__import__('os').environ.get('W','150'))
n=0
for fn in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+fn):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n>40: continue
            m=pats[-1].search(t)
            print(f"{r['source']}:{r['id']}:{r['date']}: ...{t[max(0,m.start()-W):m.end()+W]!r}")
print('TOTAL',n)
