#!/usr/bin/env python3
"""Validate archive-zz gold set."""
import json, collections, sys
C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
recs={}; lineno={}
for s,fn in FILES.items():
    for i,l in enumerate(open(C+fn)):
        r=json.loads(l); recs[(s,r['id'])]=r; lineno[(s,r['id'])]=i
used=set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts=set(recs[k]['text'] for k in used if k in recs)
err=[]; warn=[]
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
arts={}
for l in open('articles.jsonl'):
    r=json.loads(l); k=(r['source'],r['id'])
    if list(r.keys())!=['id','title','date','source','text']: err.append('article keys %s'%(k,))
    if r!=recs.get(k): err.append('article not verbatim %s'%(k,))
    if l.rstrip('\n')!=open(C+FILES[k[0]]).readlines()[lineno[k]].rstrip('\n'): err.append('article line differs %s'%(k,))
    if lineno[k]%3!=2: err.append('article not in slice %s'%(k,))
    if k in used or r['text'] in used_texts: err.append('article used/duplicate of used %s'%(k,))
    arts[k]=r
G=[json.loads(l) for l in open('gold.jsonl')]
ids=set()
for i,g in enumerate(G,1):
    if list(g.keys())!=KEYS: err.append('keys %s'%g.get('id'))
    if g['id']!='azz-%03d'%i: err.append('id seq %s'%g['id'])
    if g['type'] not in ('who','when','how_much','how_many','where'): err.append('type %s'%g['id'])
    if g['answers']:
        k=(g['source'],g['doc'])
        if k not in arts: err.append('doc not in articles %s'%g['id']); continue
        t=arts[k]['text']
        for a in g['answers']:
            if a not in t: err.append('answer not in text %s: %r'%(g['id'],a))
        if not g['evidence'] or g['evidence'] not in t: err.append('evidence not in text %s'%g['id'])
        elif g['answers'][0] not in g['evidence']: err.append('first answer not in evidence %s'%g['id'])
        n=g['normalized']
        if g['type'] in ('who','where') and n is not None: err.append('norm should be null %s'%g['id'])
        if g['type']=='how_many' and n is not None and set(n)!={'count'}: err.append('norm count %s'%g['id'])
        if g['type']=='how_much' and n is not None and not (set(n)=={'amount','currency'} or set(n)=={'percent'}): err.append('norm money %s'%g['id'])
        for al in g['also']:
            ka=(al['source'],al['doc'])
            if ka not in recs: err.append('also doc missing %s'%g['id']); continue
            if al['evidence'] not in recs[ka]['text']: err.append('also evidence not in text %s %s'%(g['id'],ka))
            if ka==k: err.append('also equals doc %s'%g['id'])
            if not any(a in al['evidence'] for a in g['answers']): warn.append('also evidence lacks any answer %s %s'%(g['id'],ka))
    else:
        if any(g[x] is not None for x in ('doc','source','evidence','normalized')) or g['also']: err.append('unanswerable fields %s'%g['id'])
N=len(G); U=sum(1 for g in G if not g['answers']); S=sum(1 for g in G if len(g['question'].split())<10)
tc=collections.Counter(g['type'] for g in G)
print('N',N,'unanswerable',U,'%.1f%%'%(100*U/N),'short',S,'%.1f%%'%(100*S/N))
for t in ('who','when','how_much','how_many','where'):
    a=sum(1 for g in G if g['type']==t and g['answers']); u=tc[t]-a
    print(' %-9s %3d answerable %3d unanswerable %3d  %.1f%%'%(t,tc[t],a,u,100*tc[t]/N))
print('articles',len(arts),'by source',collections.Counter(k[0] for k in arts))
if N!=110: err.append('N != 110')
if U/N<0.27: err.append('unanswerable < 27%')
if S/N<0.36: err.append('short < 36%')
for t in tc:
    if tc[t]/N<0.15: err.append('type %s < 15%%'%t)
if len(tc)!=5: err.append('not all types')
qs=[g['question'] for g in G]
if len(set(qs))!=len(qs): err.append('duplicate questions')
print('WARNINGS (also-evidence states the answer in another wording; checked by hand):', *warn, sep='\n')
print('ERRORS:' if err else 'OK', *err, sep='\n')
