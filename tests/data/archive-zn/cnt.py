import json,re,sys
docs=[]
for s in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%s,encoding='utf-8'):
        r=json.loads(l); docs.append((s,r['id'],(r['title'] or '')+' \n'+r['text']))
def search(pats):
    ps=[re.compile(p,re.I) for p in pats]
    return [(s,i) for s,i,t in docs if all(p.search(t) for p in ps)]
if __name__=='__main__':
    for arg in sys.argv[1:]:
        pats=arg.split(' && ')
        h=search(pats); print(len(h), arg, h[:12])
