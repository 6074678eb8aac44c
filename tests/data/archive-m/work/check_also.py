import re, build
from arch import A
for q in build.Q:
    if not q['answers']: continue
    listed={(q['source'],q['doc'])}|{(x['source'],x['doc']) for x in q['also']}
    kp=re.compile(q['_key'],re.I)
    aps=[re.compile(r'(?<![\w])'+re.escape(a)+r'(?![\w])',re.I) for a in q['answers'] if len(a)>2 or a.isdigit()]
    hits=[]
    for r in A:
        if (r['source'],r['id']) in listed: continue
        t=r['text']
        if not kp.search(t): continue
        for ap in aps:
            m=ap.search(t)
            if m:
                hits.append(f"    [{r['source']} {r['id']}] ...{t[max(0,m.start()-120):m.end()+80]}...".replace('\n',' ')); break
    if hits:
        print(q['type'],'|',q['question'],'|',q['answers'][0], f'({len(hits)} unlisted)')
        for h in hits[:8]: print(h)
