import json,sys
C='/work/shared/corpora/'
idx={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); idx[(f,r['id'])]=r
for a in sys.argv[2:]:
    r=idx[(sys.argv[1],a)]
    print('=====',sys.argv[1],a,r['date'],'|',r['title']); print(r['text']); print()
