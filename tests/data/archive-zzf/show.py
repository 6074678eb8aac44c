import json,sys
src=sys.argv[1]; ids=sys.argv[2:]
d={}
for l in open('/work/shared/corpora/%s.jsonl'%src):
    r=json.loads(l); d[r['id']]=r
for i in ids:
    r=d[i]; print('=== %s %s %s | %s'%(src,i,r['date'],r['title'])); print(r['text']); print()
