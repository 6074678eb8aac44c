import json,sys
C='/work/shared/corpora/'
idx={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); idx[(f,r['id'])]=r
src=sys.argv[1]
for i in sys.argv[2:]:
    r=idx[(src,i)]
    print('=====',src,i,r['date'],r['title']); print(r["text"][:int(__import__("os").environ.get("MAXC","100000"))]); print()
