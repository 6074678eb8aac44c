import json,re,sys
C='/work/shared/corpora/'
src=sys.argv[1]; pat=re.compile(sys.argv[2],re.I); ids=sys.argv[3:]
for l in open(C+src+'.jsonl'):
    r=json.loads(l)
    if r['id'] in ids:
        for m in pat.finditer(r['text']):
            print(r['id'],'|',r['text'][max(0,m.start()-90):m.end()+40].replace('\n',' '))
