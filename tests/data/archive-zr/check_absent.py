import json,re,sys
CORP='/work/shared/corpora/'
ARCH=[(f,json.loads(l)) for f in ['reuters21578','bbc','agnews'] for l in open(CORP+f+'.jsonl')]
def hits(pats):
    ps=[re.compile(p,re.I) for p in pats]
    return [(f,r) for f,r in ARCH if all(p.search((r['title'] or '')+'\n'+r['text']) for p in ps)]
if __name__=='__main__':
    D=[json.loads(l) for l in open('draft.jsonl')]
    sel=[int(x) for x in sys.argv[1:]] or range(1,len(D)+1)
    for i in sel:
        d=D[i-1]
        if d['doc']: continue
        print('##',i,d['question'])
        for pats in d['absent']:
            h=hits(pats); print('  ',pats,len(h))
            if len(pats)>1 and len(h)<=6:
                for f,r in h:
                    m=re.compile(pats[-1],re.I).search(r['text'])
                    s=r['text'][max(0,m.start()-120):m.end()+120].replace('\n',' ') if m else r['title']
                    print('      ',f,r['id'],'|',s)
