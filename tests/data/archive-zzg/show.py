import json,sys
src=sys.argv[1]; ids=sys.argv[2:]
recs={}
for l in open(f'/work/shared/corpora/{src}.jsonl'):
    r=json.loads(l)
    if r['id'] in ids: recs[r['id']]=r
for i in ids:
    r=recs[i]; print('=====',src,i,r['date'],r['title']); print(r['text']); print()
