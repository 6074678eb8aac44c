#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (minus drops.txt)."""
import json,re
C='/work/shared/corpora/'
RAW={}
for f in ['reuters21578','bbc','agnews']:
    RAW[f]={}
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); RAW[f][r['id']]=l.rstrip('\n')
drops=set(open('drops.txt').read().split())
qs=[json.loads(l) for l in open('draft.jsonl')]
qs=[q for q in qs if q['tag'] not in drops]
assert len(qs)==150, len(qs)
BBC={'b322':'politics/322','b298':'politics/298','t362':'tech/362','t034':'tech/034','p106':'politics/106',
     'b282':'business/282','b194':'business/194','b354':'business/354','e148':'entertainment/148','e300':'entertainment/300'}
def nearmiss(tag):
    m=re.match(r'([a-z])(\d+)u',tag)
    if tag[:4] in BBC: return ('bbc',BBC[tag[:4]])
    if tag[0]=='r': return ('reuters21578',re.match(r'r(\d+)',tag).group(1))
    if tag[0]=='a': return ('agnews','test-'+re.match(r'a(\d+)',tag).group(1))
    raise ValueError(tag)
from absent_specs import SPECS
cache=json.load(open('absent_cache.json'))
gold=[];arts=[];seen=set();absent=[];tagmap=[]
for n,q in enumerate(qs,1):
    qid=f'azze-{n:03d}'
    o={'id':qid,'type':q['type'],'question':q['question'],'answers':q['answers'],'doc':q['doc'],'source':q['source'],
       'evidence':q['evidence'],'normalized':q['normalized'],'also':q['also']}
    gold.append(o); tagmap.append(f"{qid}\t{q['tag']}")
    if q['answers']: key=(q['source'],q['doc'])
    else:
        key=nearmiss(q['tag'])
        assert q['tag'] in SPECS and q['tag'] in cache, q['tag']
        absent.append(f"{qid}\tnear-miss article {key[0]}:{key[1]}\t{cache[q['tag']]}")
    if key not in seen:
        seen.add(key); arts.append(RAW[key[0]][key[1]])
open('gold.jsonl','w').write(''.join(json.dumps(o,ensure_ascii=False)+'\n' for o in gold))
open('articles.jsonl','w').write(''.join(a+'\n' for a in arts))
open('ABSENT_CHECKED','w').write('# id\tnear-miss article\tentity; asked-for fact || [regexes that must all match one article, case-insensitive, title+text, all 3 files] -> hit count (first hits)\n'+'\n'.join(absent)+'\n')
open('tagmap.tsv','w').write('\n'.join(tagmap)+'\n')
print(len(gold),'questions',len(arts),'articles',len(absent),'unanswerable')
