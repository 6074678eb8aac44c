import json,sys
C='/work/shared/corpora/'
src=sys.argv[1]; ids=sys.argv[2:]
d={}
for l in open(C+src+'.jsonl'):
    r=json.loads(l)
    if r['id'] in ids: d[r['id']]=r
for i in ids:
    r=d[i]; print('=====',src,i,r['date'],'|',r['title']); print(r['text']); print()
