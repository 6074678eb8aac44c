import json,re,sys
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
W=int(__import__('os').environ.get('W','150'))
n=0
for f in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+f):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            m=pats[0].search(t); s=max(0,m.start()-W); 
            print(r['source'],r['id'],r.get('date'),'|',t[s:m.end()+W].replace('\n',' '));n+=1
print('TOTAL',n)
