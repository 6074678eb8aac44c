#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from questions_draft.py (archive-zzb)."""
import json,re
from collections import OrderedDict
CORP='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
exec(open('questions_draft.py').read())
raw={}; recs={}
for s in FILES:
    for l in open(CORP+s+'.jsonl',encoding='utf-8'):
        r=json.loads(l); recs[(s,r['id'])]=r; raw[(s,r['id'])]=l.rstrip('\n')
def sentence(text,span):
    i=text.find(span)
    if i<0: return None
    a=i
    while a>0 and not (text[a-2:a] in ('. ','\n\n') or text[a-1]=='\n'): a-=1
    b=i+len(span)
    while b<len(text) and not (text[b]=='.' and (b+1==len(text) or text[b+1] in ' \n"')) and text[b]!='\n': b+=1
    if b<len(text) and text[b]=='.': b+=1
    return text[a:b].strip()
out=[]; used_articles=OrderedDict()
for t,q,ans,s,d,norm,also in A:
    text=recs[(s,d)]['text']
    ev=sentence(text,ans[0]); assert ev and ans[0] in ev, (q,ans[0])
    used_articles[(s,d)]=1
    al=[]
    for (s2,d2) in also:
        t2=recs[(s2,d2)]['text']
        hit=next((a for a in ans if a in t2),None); assert hit,(q,s2,d2)
        al.append(OrderedDict([('source',s2),('doc',d2),('evidence',sentence(t2,hit))]))
    out.append(OrderedDict([('id',None),('type',t),('question',q),('answers',ans),('doc',d),('source',s),
        ('evidence',ev),('normalized',norm),('also',al)]))
absent=[]
def count(pats):
    rx=[re.compile(p,re.I) for p in pats]; hits=[]
    for (s,i),r in recs.items():
        tt=(r['title'] or '')+'\n'+r['text']
        if all(x.search(tt) for x in rx): hits.append(s[0]+':'+i)
    return hits
for t,q,checks in U:
    out.append(OrderedDict([('id',None),('type',t),('question',q),('answers',[]),('doc',None),('source',None),
        ('evidence',None),('normalized',None),('also',[])]))
    parts=[]
    for c in checks:
        h=count(c); parts.append('[%s] -> %d hits%s'%(' AND '.join(c),len(h),(' ('+' '.join(h[:12])+(' ...' if len(h)>12 else '')+')') if h else ''))
    absent.append((q,parts))
# interleave deterministically: order by type then answerable first? keep a mixed order: shuffle with seed
import random
rng=random.Random(6969); rng.shuffle(out)
for n,o in enumerate(out,1): o['id']='azzb-%03d'%n
qid={o['question']:o['id'] for o in out}
with open('gold.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
# near-miss articles (the article each unanswerable question is about)
exec(open('nearmiss_docs.py').read())
for k in NEAR: used_articles[k]=1
with open('articles.jsonl','w',encoding='utf-8') as f:
    for k in used_articles: f.write(raw[k]+'\n')
with open('ABSENT_CHECKED','w',encoding='utf-8') as f:
    f.write('# id\tquestion\tsearches over all three corpus files (case-insensitive regex, terms ANDed per search; title+text) and hit counts\n')
    for q,parts in sorted(absent,key=lambda x:qid[x[0]]):
        note=next((v for k,v in NOTES.items() if q.startswith(k)),'all fact-search hits, if any, read by hand: none states the fact')
        f.write(qid[q]+'\t'+q+'\t'+' ; '.join(parts)+'\tREVIEW: '+note+'\n')
print(len(out),'questions;',len(used_articles),'articles')
