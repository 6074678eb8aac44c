import json,re,sys
# usage: sent.py source id[,id...] regex
src=sys.argv[1]; ids=sys.argv[2].split(','); pat=re.compile(sys.argv[3],re.I)
for l in open('/work/shared/corpora/%s.jsonl'%src):
    r=json.loads(l)
    if r['id'] in ids:
        t=(r['title'] or '')+' || '+r['text']
        hits=[t[max(0,m.start()-150):m.end()+100].replace('\n',' ') for m in pat.finditer(t)]
        print(r['id'],r['date'],len(hits)); [print('   ',h) for h in hits[:4]]
