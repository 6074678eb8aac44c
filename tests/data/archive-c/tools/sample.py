import json, random
C='/work/shared/corpora/'
def load(f): return [json.loads(l) for l in open(C+f)]
ag=load('agnews.jsonl'); bbc=load('bbc.jsonl'); rt=load('reuters21578.jsonl')
used=set(tuple(l.rstrip('\n').split('\t')) for l in open('/work/gold/used_articles.tsv') if not l.startswith('source\t'))
alld={('agnews',r['id']):r for r in ag}; alld.update({('bbc',r['id']):r for r in bbc}); alld.update({('reuters21578',r['id']):r for r in rt})
usedtexts=set(alld[u]['text'] for u in used if u in alld)
print('missing used', [u for u in used if u not in alld])
def ok(r): return (r['source'],r['id']) not in used and r['text'] not in usedtexts
agp=[r for r in ag if ok(r)]; bp=[r for r in bbc if r['id'].startswith('tech/') and ok(r)]
rng=random.Random(1414)
agp=sorted(agp,key=lambda r:int(r['id'].split('-')[1])); bp=sorted(bp,key=lambda r:r['id'])
ags=rng.sample(agp,400); bs=rng.sample(bp,100)
json.dump({'ag':[r['id'] for r in ags],'bbc':[r['id'] for r in bs]},open('sample_order.json','w'))
print(len(agp),len(bp))
