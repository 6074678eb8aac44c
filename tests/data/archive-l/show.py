import json,sys
src=sys.argv[1]; ids=sys.argv[2:]
recs={}
for l in open('/work/shared/corpora/%s.jsonl'%src):
    r=json.loads(l); recs[r['id']]=r
for i in ids:
    r=recs[i]; print('=====',src,i,r['date'],r['title']); print(r['text'][:int(__import__('os').environ.get('LIM','1800'))]); print()
