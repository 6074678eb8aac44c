import json,sys
C='/work/shared/corpora/'
idx={}
def load(f):
    if f not in idx:
        idx[f]={}
        for l in open(C+f+'.jsonl'):
            r=json.loads(l); idx[f][r['id']]=r
    return idx[f]
for a in sys.argv[1:]:
    f,i=a.split(':',1)
    r=load(f)[i]
    print('=====',f,i,r['date'],'|',r['title']); print(r['text']); print()
