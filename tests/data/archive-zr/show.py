import json,sys
CORP='/work/shared/corpora/'
want=sys.argv[2:]; f=sys.argv[1]
for l in open(CORP+f+'.jsonl'):
    r=json.loads(l)
    if r['id'] in want:
        print('=====',r['id'],r['date'],r['title']); print(r['text']); print()
