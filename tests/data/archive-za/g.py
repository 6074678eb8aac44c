import json,re,sys
src,i,pat=sys.argv[1],sys.argv[2],sys.argv[3]
for l in open('/work/shared/corpora/'+src+'.jsonl'):
    r=json.loads(l)
    if r['id']==i:
        t=r['text']
        for m in re.finditer(pat,t,re.I):
            print('>>',t[max(0,m.start()-200):m.end()+200].replace('\n',' '))
        break
