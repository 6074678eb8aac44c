import json,sys
C='/work/shared/corpora/'
want=sys.argv[2:]; f=sys.argv[1]
for l in open(C+f+'.jsonl',encoding='utf-8'):
    r=json.loads(l)
    if r['id'] in want:
        print('=====',f,r['id'],r['date'],r['title']); print(r['text']); print()
