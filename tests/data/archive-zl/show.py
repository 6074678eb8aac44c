import json,sys
src=sys.argv[1]; ids=sys.argv[2:]
fn={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}[src]
want=set(ids); d={}
for l in open('/work/shared/corpora/'+fn):
    r=json.loads(l)
    if r['id'] in want: d[r['id']]=r
for i in ids:
    r=d[i]; print('=====',src,i,r['date'],r['title']); print(r['text']); print()
