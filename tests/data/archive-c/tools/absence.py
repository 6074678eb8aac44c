import json,re,sys
exec(open('questions.py').read())
C='/work/shared/corpora/'
arts=[]
for f in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+f): arts.append(json.loads(l))
sel = [int(x) for x in sys.argv[1:]] if len(sys.argv)>1 else range(len(U))
for i in sel:
    q=U[i]; print('='*100); print(i, q['type'], q['question'], '| about', q['about'])
    for grp in q['pats']:
        ps=[re.compile(p,re.I) for p in grp]
        hits=[r for r in arts if all(p.search((r['title'] or '')+' '+r['text']) for p in ps)]
        print('  group',grp,'->',len(hits),'hits')
        for r in hits[:15]:
            t=(r['title'] or '')+' || '+r['text']; m=ps[-1].search(t)
            print('    ',r['source'],r['id'],'|',t[max(0,m.start()-150):m.end()+150].replace('\n',' '))
