import json,sys
src=sys.argv[1]; ids=set(sys.argv[2:])
for l in open('/work/shared/corpora/%s.jsonl'%src,encoding='utf-8'):
    r=json.loads(l)
    if r['id'] in ids:
        print('=====',src,r['id'],r['date'],r['title']); print(r['text']); print()
