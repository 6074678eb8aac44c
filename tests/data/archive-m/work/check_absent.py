import re, build
from arch import A
for q in build.Q:
    if q['answers']: continue
    print('##',q['type'],'|',q['question'],'| near',q['_near'])
    for pats in q['_searches']:
        ps=[re.compile(p,re.I) for p in pats]
        hits=[r for r in A if all(p.search(r['text']) for p in ps)]
        print('   search',pats,'->',len(hits),'docs:',' '.join(f"{r['source']}:{r['id']}" for r in hits[:12]))
        for r in hits[:6]:
            m=ps[-1].search(r['text'])
            print('      ',r['id'],'|',r['text'][max(0,m.start()-100):m.end()+100].replace('\n',' '))
