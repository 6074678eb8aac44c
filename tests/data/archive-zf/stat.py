import json,collections
E=[json.loads(l) for l in open('draft.jsonl')]
c=collections.Counter((e['type'],bool(e['answers'])) for e in E)
for t in ['who','when','how_much','how_many','where']: print(t,'ans',c[(t,True)],'unans',c[(t,False)])
print('total',len(E),'unans',sum(1 for e in E if not e['answers']),'short',sum(1 for e in E if len(e['question'].split())<10))
print('articles',len({(e['source'],e['doc']) for e in E if e['doc']}))
