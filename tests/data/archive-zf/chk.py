# usage: chk.py 'REGEX1 && REGEX2' ... -> hit counts per query (all three files), prints up to 3 hits
import json,sys,re
C='/work/shared/corpora/'
D=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); D.append((f,r['id'],(r['title'] or '')+'\n'+r['text']))
for q in sys.argv[1:]:
    pats=[re.compile(p.strip(),re.I) for p in q.split('&&')]
    hits=[d for d in D if all(p.search(d[2]) for p in pats)]
    print(f'[{len(hits)}] {q}')
    for f,i,t in hits[:4]:
        m=pats[-1].search(t); print('    ',f,i,repr(t[max(0,m.start()-70):m.end()+50]))
