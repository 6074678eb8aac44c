#!/usr/bin/env python3
"""Validate archive-zzb gold set."""
import json,sys
from collections import Counter
CORP='/work/shared/corpora/'; FILES=['reuters21578','bbc','agnews']
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
raw={};recs={};line={}
for s in FILES:
    for i,l in enumerate(open(CORP+s+'.jsonl',encoding='utf-8')):
        r=json.loads(l); raw[(s,r['id'])]=l.rstrip('\n'); recs[(s,r['id'])]=r; line[(s,r['id'])]=i
used=set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv') if '\t' in l)
used_texts={recs[k]['text'] for k in used if k in recs}
err=[]
arts={}
for l in open('articles.jsonl',encoding='utf-8'):
    r=json.loads(l); k=(r['source'],r['id'])
    if raw.get(k)!=l.rstrip('\n'): err.append('article not verbatim %s'%(k,))
    if line[k]%3!=1: err.append('article outside slice %s'%(k,))
    if k in used or r['text'] in used_texts: err.append('article used elsewhere %s'%(k,))
    arts[k]=r
G=[json.loads(l) for l in open('gold.jsonl',encoding='utf-8')]
refd=set()
for n,g in enumerate(G,1):
    if list(g.keys())!=KEYS: err.append('keys %s'%g.get('id'))
    if g['id']!='azzb-%03d'%n: err.append('id seq %s'%g['id'])
    if g['type'] not in ('who','when','how_much','how_many','where'): err.append('type %s'%g['id'])
    if g['answers']:
        k=(g['source'],g['doc']); 
        if k not in arts: err.append('doc not in articles.jsonl %s'%g['id']); continue
        refd.add(k); t=arts[k]['text']
        if g['evidence'] not in t or g['answers'][0] not in g['evidence']: err.append('evidence %s'%g['id'])
        alltexts=[t]
        for a in g['also']:
            k2=(a['source'],a['doc'])
            if k2 not in recs: err.append('also missing %s'%g['id']); continue
            if k2==k: err.append('also==doc %s'%g['id'])
            t2=recs[k2]['text']; alltexts.append(t2)
            if a['evidence'] not in t2 or not any(x in a['evidence'] for x in g['answers']): err.append('also evidence %s %s'%(g['id'],k2))
        for a in g['answers']:
            if not any(a in x for x in alltexts): err.append('answer not substring %s %r'%(g['id'],a))
        nm=g['normalized']
        if g['type'] in ('who','where') and nm is not None: err.append('norm %s'%g['id'])
        if g['type']=='how_many' and not (isinstance(nm,dict) and list(nm)==['count']): err.append('norm %s'%g['id'])
        if g['type']=='how_much' and not (isinstance(nm,dict) and (list(nm)==['amount','currency'] or list(nm)==['percent'])): err.append('norm %s'%g['id'])
        if g['type']=='when' and not isinstance(nm,(str,type(None))): err.append('norm %s'%g['id'])
    else:
        if any(g[x] is not None for x in ('doc','source','evidence','normalized')) or g['also']: err.append('unans fields %s'%g['id'])
N=len(G); un=sum(1 for g in G if not g['answers']); short=sum(1 for g in G if len(g['question'].split())<10)
tc=Counter(g['type'] for g in G); ta=Counter(g['type'] for g in G if g['answers']); tu=Counter(g['type'] for g in G if not g['answers'])
if N!=110: err.append('N=%d'%N)
if un/N<0.27: err.append('unanswerable share %.3f'%(un/N))
if short/N<0.36: err.append('short share %.3f'%(short/N))
for t in ('who','when','how_much','how_many','where'):
    if tc[t]/N<0.15: err.append('type share %s'%t)
if len(set(g['question'] for g in G))!=N: err.append('duplicate question')
also_used=sorted({(a['source'],a['doc']) for g in G for a in g['also'] if (a['source'],a['doc']) in used})
print('questions',N,'answerable',N-un,'unanswerable',un,'(%.1f%%)'%(100*un/N),'short',short,'(%.1f%%)'%(100*short/N))
for t in ('who','when','how_much','how_many','where'): print('  %-9s total %2d answerable %2d unanswerable %2d'%(t,tc[t],ta[t],tu[t]))
print('articles.jsonl',len(arts),'| doc articles',len(refd),'| also refs',len({(a['source'],a['doc']) for g in G for a in g['also']}))
print('also refs that appear in used_articles.tsv (cross-references only, not source docs):',also_used)
print('ERRORS',len(err)); [print('  ',e) for e in err]
sys.exit(1 if err else 0)
