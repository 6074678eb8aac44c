import sys,re
sys.path.insert(0,__import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from arc import ALL, IDX
exec(open('draft.py').read())
only=sys.argv[1] if len(sys.argv)>1 else None
for n,x in enumerate(Q,1):
    if only and x['type']!=only: continue
    ans=bool(x['answers'])
    if only=='U' and ans: continue
    if ans:
        d=IDX[(x['source'],x['doc'])]
        probs=[]
        if x['evidence'] not in d['text']: probs.append('EVIDENCE NOT IN DOC')
        if x['answers'][0] not in x['evidence']: probs.append('ANS0 NOT IN EVIDENCE')
        for a in x['answers']:
            if a not in d['text'] and not any(a in IDX[k]['text'] for k in x['also']): probs.append('ANS %r nowhere'%a)
        print('\n#%d [%s] %s -> %s %s'%(n,x['type'],x['question'],x['answers'],probs))
        known={(x['source'],x['doc'])}|set(tuple(i[:2]) for i in x['also'])
        for k in x['also']:
            t=IDX[tuple(k[:2])]['text']; hit=[a for a in x['answers'] if a in t]
            if not hit: print('   ALSO-NOANS',k)
    else:
        print('\n#%d [%s UNANS] %s  near=%s'%(n,x['type'],x['question'],x['near']))
        known=set()
    seen=set()
    for pats in x['chk']:
        cs=[re.compile(p,re.I) for p in pats]
        for r in ALL:
            k=(r['source'],r['id'])
            if k in known or k in seen: continue
            t=r['title']+'\n'+r['text']
            if all(c.search(t) for c in cs):
                seen.add(k)
                m=cs[-1].search(r['text']) or cs[0].search(t)
                sn=r['text'][max(0,m.start()-130):m.end()+130].replace('\n',' ') if m else r['title']
                print('   ?',k[0],k[1],r['date'],'|',r['title'][:50],'|',sn)
    if len(seen)>25: print('   (many)')
