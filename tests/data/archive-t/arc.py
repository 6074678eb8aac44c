import json,re,sys
C='/work/shared/corpora/'
fn={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
ALL=[]
for s,f in fn.items():
    for l in open(C+f):
        ALL.append(json.loads(l))
IDX={(r['source'],r['id']):r for r in ALL}
def s(*pats, ctx=150, show=10, main=None):
    """all patterns (regex, case-insens) must match; print hits with context of first pattern"""
    cs=[re.compile(p,re.I) for p in pats]
    hits=[r for r in ALL if all(c.search(r['title']+'\n'+r['text']) for c in cs)]
    print('## %d hits for %s'%(len(hits),pats))
    for r in hits[:show]:
        t=r['text']; m=cs[-1].search(t) or cs[0].search(t)
        sn=t[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' ') if m else r['title']
        print('-',r['source'],r['id'],r['date'],'|',r['title'][:60],'|',sn)
    return hits
