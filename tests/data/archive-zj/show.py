import json,sys
C='/work/shared/corpora/'
want=[(a.split(':')[0],a.split(':')[1]) for a in sys.argv[1:]]
idx={}
for s,i in want: idx.setdefault(s,set()).add(i)
for s in idx:
    for l in open(C+s+'.jsonl'):
        r=json.loads(l)
        if r['id'] in idx[s]:
            print('=====',s,r['id'],r['date'],'|',r['title']); print(r['text']); print()
