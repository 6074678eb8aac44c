# usage: ab.py KEY 'pat1&&pat2' 'pat3' ...  each arg: one case-insensitive search (all &&-parts must match, title+text) over all 3 files
import json,sys,re
C='/work/shared/corpora/'
key=sys.argv[1]
docs=[]
for src in ['reuters21578','bbc','agnews']:
    for l in open(C+src+'.jsonl'):
        r=json.loads(l); docs.append((src,r['id'],(r['title'] or '')+' \n '+r['text']))
log=open('absent_log.tsv','a')
for s in sys.argv[2:]:
    pats=[re.compile(p,re.I) for p in s.split('&&')]
    hits=[(a,b,t) for a,b,t in docs if all(p.search(t) for p in pats)]
    print('## %s  -> %d hits'%(s,len(hits)))
    for a,b,t in hits[:8]:
        m=pats[-1].search(t); st=max(0,m.start()-120)
        print('   %s %s: ...%s...'%(a,b,t[st:m.end()+120].replace('\n',' ')))
    log.write('%s\t%s\t%d\t%s\n'%(key,s,len(hits),' '.join(a+':'+b for a,b,t in hits[:6])))
