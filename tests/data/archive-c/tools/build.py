import json, re, collections
exec(open('questions.py').read())
C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
raw={}; recs={}
for s,f in FILES.items():
    for l in open(C+f):
        r=json.loads(l); raw[(s,r['id'])]=l.rstrip('\n'); recs[(s,r['id'])]=r
def src_of(doc): return 'bbc' if '/' in doc else ('agnews' if doc.startswith('test-') else 'reuters21578')
used=set(tuple(l.rstrip('\n').split('\t')) for l in open('/work/gold/used_articles.tsv') if not l.startswith('source\t'))
usedtexts=set(recs[u]['text'] for u in used)
sample=json.load(open('sample_order.json'))
out=[]; arts=[]; warn=[]
def addart(s,d):
    if (s,d) not in arts: arts.append((s,d))
# interleave: order answerable and unanswerable by type blocks then shuffle deterministically
import random
items=[('A',q) for q in A]+[('U',q) for q in U]
random.Random(1414).shuffle(items)
for n,(kind,q) in enumerate(items,1):
    qid='ac-%03d'%n
    if kind=='A':
        s=src_of(q['doc']); r=recs[(s,q['doc'])]; t=r['text']
        assert q['evidence'] in t, (qid,q['evidence'])
        assert q['answers'][0] in q['evidence'], (qid,'first answer not in evidence')
        for a_ in q['answers']:
            if a_ not in t:
                # allowed if answer appears in an also article
                if not any(a_ in recs[(src_of(d),d)]['text'] for d,_ in q['also']): raise SystemExit((qid,'answer missing',a_))
        also=[]
        for d,ev in q['also']:
            sd=src_of(d); tt=recs[(sd,d)]['text']
            assert ev in tt, (qid,d,ev)
            if not any(a_ in ev for a_ in q['answers']): warn.append((qid,d,'also evidence has no answer'))
            also.append({'source':sd,'doc':d,'evidence':ev})
        # auto: other articles containing the same evidence (duplicates)
        for k,rr in recs.items():
            if k==(s,q['doc']): continue
            if q['evidence'] in rr['text'] and not any(x['doc']==k[1] and x['source']==k[0] for x in also):
                also.append({'source':k[0],'doc':k[1],'evidence':q['evidence']}); warn.append((qid,k,'auto-dup added'))
        # also for manual also entries: duplicates of those
        for x in list(also):
            for k,rr in recs.items():
                if x['evidence'] in rr['text'] and (k[0],k[1])!=(s,q['doc']) and not any(y['doc']==k[1] and y['source']==k[0] for y in also):
                    also.append({'source':k[0],'doc':k[1],'evidence':x['evidence']}); warn.append((qid,k,'auto-dup of also added'))
        o=collections.OrderedDict([('id',qid),('type',q['type']),('question',q['question']),('answers',q['answers']),
            ('doc',q['doc']),('source',s),('evidence',q['evidence']),('normalized',q['normalized']),('also',also)])
        addart(s,q['doc'])
    else:
        o=collections.OrderedDict([('id',qid),('type',q['type']),('question',q['question']),('answers',[]),
            ('doc',None),('source',None),('evidence',None),('normalized',None),('also',[])])
        addart(src_of(q['about']),q['about'])
    out.append(o)
for s,d in arts:
    assert (s,d) not in used and recs[(s,d)]['text'] not in usedtexts, ('USED',s,d)
with open('../gold.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
with open('../articles.jsonl','w') as f:
    for s,d in sorted(arts,key=lambda x:(x[0],x[1])): f.write(raw[(s,d)]+'\n')
for w in warn: print('WARN',w)
ag=[a for a in arts if a[0]=='agnews']; bb=[a for a in arts if a[0]=='bbc']
print('articles',len(arts),'agnews',len(ag),'bbc',len(bb), 'ag share %.2f'%(len(ag)/len(arts)))
notin=[a for a in arts if a[1] not in sample['ag'] and a[1] not in sample['bbc']]
print('not in sample:',notin)
