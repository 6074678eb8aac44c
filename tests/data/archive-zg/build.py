#!/usr/bin/env python3
"""Builds gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (via merge.py)."""
import json, sys
sys.path.insert(0, '/work/gold/archive-zg')
from merge import load
C='/work/shared/corpora/'; SRC={'r':'reuters21578','b':'bbc','a':'agnews'}
raw={}; docs={}
for f in SRC.values():
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); raw[(f,r['id'])]=l.rstrip('\n'); docs[(f,r['id'])]=r
def sp(x): s,i=x.split(':',1); return SRC[s],i
L=load()
# group: articles in order of first appearance; answerable first, then near misses about that article
groups={}
for it in L:
    art=it.get('s') or it['about']
    groups.setdefault(art,[]).append(it)
ordered=[]
for art,its in groups.items():
    ordered += [x for x in its if 'a' in x] + [x for x in its if 'a' not in x]
gold=open('gold.jsonl','w'); absf=open('ABSENT_CHECKED','w')
absf.write('# One line per unanswerable question: id, type, article it is a near miss about, then every search run over\n'
           '# title+text of all three corpus files (case-insensitive Python regexes; all regexes in [...] must match the same article)\n'
           '# with its hit count and the hit ids (r:=reuters21578, b:=bbc, a:=agnews). Hits of the narrow (entity+fact) searches were read in context;\n'
           '# entity-only hits were read where they are the same entity. None states the asked-for fact.\n')
used_arts=[]
for n,it in enumerate(ordered,1):
    qid=f'azg-{n:03d}'
    if 'a' in it:
        f,i=sp(it['s'])
        rec={'id':qid,'type':it['t'],'question':it['q'],'answers':it['a'],'doc':i,'source':f,'evidence':it['ev'],
             'normalized':it['norm'],'also':[{'source':sp(d)[0],'doc':sp(d)[1],'evidence':e} for d,e in it.get('also',[])]}
        art=it['s']
    else:
        rec={'id':qid,'type':it['t'],'question':it['q'],'answers':[],'doc':None,'source':None,'evidence':None,'normalized':None,'also':[]}
        art=it['about']
        parts=[f"{c['pats']} => {c['n']} hits {c['ids']}" for c in it['checks_res']]
        absf.write(f"{qid}\t{it['t']}\tabout={art}\t"+' ; '.join(parts)+'\n')
    if art not in used_arts: used_arts.append(art)
    gold.write(json.dumps(rec,ensure_ascii=False)+'\n')
gold.close(); absf.close()
with open('articles.jsonl','w') as out:
    for a in used_arts: out.write(raw[sp(a)]+'\n')
print('questions',len(ordered),'articles',len(used_arts))
