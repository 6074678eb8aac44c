import json,sys
C='/work/shared/corpora/'
fn={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
src=sys.argv[1]; ids=set(sys.argv[2:])
for l in open(C+fn[src]):
    r=json.loads(l)
    if r['id'] in ids:
        print('=====',src,r['id'],r['date'],r['title']); print(r['text']); print()
