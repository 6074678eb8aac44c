import json,sys,re
C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
# usage: s.py term1 [term2 ...]  (all terms, case-insensitive; regex); shows context of the LAST term
terms=sys.argv[1:]
W=int(__import__('os').environ.get('W','150'))
n=0
for src,fn in F.items():
    for l in open(C+fn):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(re.search(x,t,re.I) for x in terms):
            n+=1
            m=re.search(terms[-1],t,re.I)
            print(f"[{src} {r['id']} {r['date']}] {r['title'][:60]!s} :: ...{t[max(0,m.start()-W):m.end()+W].replace(chr(10),' ')}...")
print('TOTAL',n)
