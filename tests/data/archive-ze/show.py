import json,sys
C='/work/shared/corpora/'
want=[(sys.argv[i],sys.argv[i+1]) for i in range(1,len(sys.argv),2)]
for src,i in want:
    for l in open(C+src+'.jsonl'):
        r=json.loads(l)
        if r['id']==i:
            print('=== %s %s %s | %s'%(src,i,r['date'],r['title'])); print(r['text']); print()
