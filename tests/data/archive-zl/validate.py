#!/usr/bin/env python3
import json, collections, sys
CORP='/work/shared/corpora/'; SRCS=['reuters21578','bbc','agnews']
D={s:{} for s in SRCS}; L={s:{} for s in SRCS}
for s in SRCS:
    for i,l in enumerate(open(CORP+s+'.jsonl')):
        r=json.loads(l); D[s][r['id']]=r; L[s][r['id']]=i
used=set(); used_txt=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2: used.add((p[0],p[1]))
for s,i in used:
    if i in D.get(s,{}): used_txt.add(D[s][i]['text'])
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
err=[]; G=[]
for n,l in enumerate(open('gold.jsonl'),1):
    g=json.loads(l); G.append(g)
    if list(g)!=KEYS: err.append((n,'keys'))
    if g['id']!='azl-%03d'%n: err.append((n,'id'))
    if g['type'] not in ('who','when','how_much','how_many','where'): err.append((n,'type'))
    if g['answers']:
        t=D[g['source']][g['doc']]['text']
        if g['evidence'] not in t: err.append((n,'evidence'))
        if g['answers'][0] not in g['evidence']: err.append((n,'ans0 not in evidence'))
        for a in g['answers']:
            if a not in t and not any(a in D[x['source']][x['doc']]['text'] for x in g['also']): err.append((n,'answer',a))
        for x in g['also']:
            if x['evidence'] not in D[x['source']][x['doc']]['text']: err.append((n,'also evidence'))
            if not any(a in x['evidence'] for a in g['answers']): err.append((n,'also evidence lacks an answer'))
            if (x['source'],x['doc'])==(g['source'],g['doc']): err.append((n,'also==doc'))
        if L[g['source']][g['doc']]%3!=0: err.append((n,'doc not in slice'))
        if (g['source'],g['doc']) in used or t in used_txt: err.append((n,'doc used'))
        nz=g['normalized']
        if g['type'] in ('who','where') and nz is not None: err.append((n,'norm'))
        if g['type']=='how_many' and not (nz is None or set(nz)=={'count'}): err.append((n,'norm'))
        if g['type']=='how_much' and not (nz is None or set(nz) in ({'amount','currency'},{'percent'})): err.append((n,'norm'))
        if g['type']=='when' and not (nz is None or isinstance(nz,str)): err.append((n,'norm'))
    else:
        if any(g[k] is not None for k in ('doc','source','evidence','normalized')) or g['also']: err.append((n,'unans fields'))
A=[json.loads(l) for l in open('articles.jsonl')]
art={(a['source'],a['id']) for a in A}
rawlines={s:set(open(CORP+s+'.jsonl').read().split('\n')) for s in SRCS}
for l in open('articles.jsonl'):
    a=json.loads(l)
    if l.rstrip('\n') not in rawlines[a['source']]: err.append(('article not verbatim',a['id']))
    if L[a['source']][a['id']]%3!=0: err.append(('article not in slice',a['id']))
    if (a['source'],a['id']) in used or a['text'] in used_txt: err.append(('article used',a['id']))
for g in G:
    if g['doc'] and (g['source'],g['doc']) not in art: err.append((g['id'],'doc not in articles.jsonl'))
c=collections.Counter((g['type'],bool(g['answers'])) for g in G)
N=len(G); un=sum(not g['answers'] for g in G); short=sum(len(g['question'].split())<10 for g in G)
import re
wh=sum(bool(re.match(r'(Which|What) [a-z]|(In|At|Near|On|By|Until|Since) (which|what) [a-z]|How (old|long|far|large|many years)',g['question'])) for g in G)
print('N',N,'unanswerable',un,'%.1f%%'%(100*un/N),'short',short,'%.1f%%'%(100*short/N),'which/what+noun-ish',wh,'articles',len(A))
for t in ['who','when','how_much','how_many','where']:
    tot=c[(t,True)]+c[(t,False)]
    print('%-9s answerable %2d unanswerable %2d total %2d (%.1f%%)'%(t,c[(t,True)],c[(t,False)],tot,100*tot/N))
    if tot<0.15*N: err.append((t,'type share <15%'))
if N!=110: err.append('N')
if un<0.27*N: err.append('unans share')
if short<0.36*N: err.append('short share')
print('ERRORS',err if err else 'none')
sys.exit(1 if err else 0)
