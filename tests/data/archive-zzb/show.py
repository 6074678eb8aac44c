import json,sys
CORP='/work/shared/corpora/'
want=[a.split(':',1) for a in sys.argv[1:]]
idx={}
for s in set(w[0] for w in want):
    for l in open(CORP+s+'.jsonl',encoding='utf-8'):
        r=json.loads(l); idx[(s,r['id'])]=r
for s,i in want:
    r=idx[(s,i)]
    print('=====',s,i,r['date'],'|',r['title']); print(r['text']); print()
