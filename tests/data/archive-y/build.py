import json,final
C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
raw={}
for s,fn in F.items():
    for l in open(C+fn,encoding='utf-8'):
        r=json.loads(l); raw[(s,r['id'])]=l.rstrip('\n')
gold=[]; arts=[]
for i,q in enumerate(final.Q,1):
    t,qq,ans,src,doc,ev,norm,also,about=q
    o={"id":"ay-%03d"%i,"type":t,"question":qq,"answers":ans,"doc":doc if ans else None,"source":src if ans else None,
       "evidence":ev if ans else None,"normalized":norm if ans else None,
       "also":[{"source":a,"doc":b,"evidence":c} for a,b,c in also]}
    gold.append(o)
    k=(src,doc) if ans else about
    if k not in arts: arts.append(k)
with open('gold.jsonl','w',encoding='utf-8') as f:
    for o in gold: f.write(json.dumps(o,ensure_ascii=False)+'\n')
order={'reuters21578':0,'bbc':1,'agnews':2}
arts.sort(key=lambda k:(order[k[0]],k[1]))
with open('articles.jsonl','w',encoding='utf-8') as f:
    for k in arts: f.write(raw[k]+'\n')
from collections import Counter
print(len(gold),'questions;',len(arts),'articles',Counter(k[0] for k in arts))
