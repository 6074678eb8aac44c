import json, collections, sys
C='/work/shared/corpora/'
recs={}
for s,f in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for l in open(C+f):
        r=json.loads(l); recs[(s,r['id'])]=(l.rstrip('\n'),r)
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
errs=[]
arts={}
for l in open('../articles.jsonl'):
    r=json.loads(l); k=(r['source'],r['id'])
    if k not in recs: errs.append(('article not in archive',k))
    elif l.rstrip('\n')!=recs[k][0] and r!=recs[k][1]: errs.append(('article not verbatim',k))
    arts[k]=r
used=set(tuple(l.rstrip('\n').split('\t')) for l in open('/work/gold/used_articles.tsv') if not l.startswith('source\t'))
usedtexts=set(recs[u][1]['text'] for u in used)
for k,r in arts.items():
    if k in used or r['text'] in usedtexts: errs.append(('used article',k))
qs=[]
for i,l in enumerate(open('../gold.jsonl'),1):
    q=json.loads(l, object_pairs_hook=collections.OrderedDict); qs.append(q)
    if list(q.keys())!=KEYS: errs.append((i,'keys',list(q.keys())))
    if q['id']!='ac-%03d'%i: errs.append((i,'id',q['id']))
    if q['type'] not in ('who','when','how_much','how_many','where'): errs.append((i,'type'))
    if q['answers']:
        k=(q['source'],q['doc'])
        if k not in arts: errs.append((q['id'],'doc not in articles.jsonl'))
        t=recs[k][1]['text']
        if q['evidence'] not in t: errs.append((q['id'],'evidence'))
        if q['answers'][0] not in q['evidence']: errs.append((q['id'],'first answer not in evidence'))
        alltexts=[t]+[recs[(a['source'],a['doc'])][1]['text'] for a in q['also']]
        for a in q['answers']:
            if a not in t and not any(a in x for x in alltexts): errs.append((q['id'],'answer not found',a))
        for a in q['also']:
            if list(a.keys())!=['source','doc','evidence']: errs.append((q['id'],'also keys'))
            if (a['source'],a['doc']) not in recs: errs.append((q['id'],'also doc missing',a['doc']))
            elif a['evidence'] not in recs[(a['source'],a['doc'])][1]['text']: errs.append((q['id'],'also evidence',a['doc']))
        n=q['normalized']
        if q['type'] in ('who','where') and n is not None: errs.append((q['id'],'norm'))
        if q['type']=='how_many' and not (n is None or (list(n)==['count'])): errs.append((q['id'],'norm'))
        if q['type']=='how_much' and not (n is None or list(n) in (['amount','currency'],['percent'])): errs.append((q['id'],'norm'))
    else:
        if any(q[k] is not None for k in ('doc','source','evidence','normalized')) or q['also']: errs.append((q['id'],'unanswerable fields'))
N=len(qs); un=sum(1 for q in qs if not q['answers']); short=sum(1 for q in qs if len(q['question'].split())<10)
tc=collections.Counter(q['type'] for q in qs)
print('questions',N,'unanswerable',un,'(%.1f%%)'%(100*un/N),'short',short,'(%.1f%%)'%(100*short/N))
print('types',dict(tc))
if N!=105: errs.append('count')
if un/N<0.27: errs.append('unanswerable share')
if short/N<0.36: errs.append('short share')
if min(tc.values())/N<0.15 or len(tc)<5: errs.append('type balance')
print('articles',len(arts),collections.Counter(s for s,_ in arts))
print('ERRORS' if errs else 'OK', errs)
