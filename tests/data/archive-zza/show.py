import json,sys
C='/work/shared/corpora/'
src=sys.argv[1]; ids=set(sys.argv[2:])
for l in open(C+src+'.jsonl'):
    r=json.loads(l)
    if r['id'] in ids:
        print('=====',src,r['id'],r['date'],r['title']); print(r['text']); print()
