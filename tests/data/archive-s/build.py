import json, re
import entries as E
C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
recs={}; raw={}
for s,fn in F.items():
    for l in open(C+fn, encoding='utf-8'):
        r=json.loads(l); recs[(s,r['id'])]=r; raw[(s,r['id'])]=l.rstrip('\n')
DROP={"Which company built the A-6E jets grounded by the U.S. Navy in February 1987?",
"Which CFTC commissioner heads the agency's financial products advisory committee?",
"Which Yorkton Securities analyst forecast an average gold price of 450 dlrs?",
"Who wrote the novel The News From Paraguay?",
"Which Red Sox player hit the ninth-inning double that beat Toronto 5-4?",
"Which scientist first created AZT as an anticancer agent?",
"Where is Burroughs Wellcome, the maker of Retrovir, based?",
"In which country did GM sell the most of its U.S.-built cars in Europe?",
"In which city did Canada beat Russia 3-1 at the World Cup of Hockey?",
"What will Britannia members receive on average from the profit share?"}
ABBR={'Jan','Feb','Mar','Apr','Aug','Sept','Sep','Oct','Nov','Dec','Calif','Nev','Colo','Conn','Ind','Fla','Mass','Wisc','Inc','Corp','Co','Ltd','Mr','Mrs','Dr','St','U.S','U.K','N.C','N.Y','No','vs'}
import re as _re
def _bounds(text):
    b=set()
    for m in _re.finditer(r'\. ', text):
        k=m.start()
        w=_re.search(r'([A-Za-z.]+)$', text[:k])
        word=w.group(1) if w else ''
        if word in ABBR or (len(word)==1 and word.isupper()): continue
        b.add(k)
    return sorted(b)
def sentence(text, hint):
    i=text.find(hint)
    if i<0: raise SystemExit(f'hint not found: {hint!r}')
    if '\n' in hint: return hint
    j=i+len(hint)
    bs=_bounds(text)
    left=[k+2 for k in bs if k+2<=i]+[text.rfind('\n',0,i)+1]
    L=max(left)
    right=[k+1 for k in bs if k>=j]+([text.find('\n',j)] if text.find('\n',j)>=0 else [])+[len(text)]
    Rr=min(right)
    ev=text[L:Rr].strip()
    if len(ev)>400: ev=hint
    return ev
out=[]; used=set()
A=[a for a in E.A if a[1] not in DROP]
assert len(A)==len(E.A)-len(DROP), 'drop mismatch'
items=[('A',a) for a in A]+[('U',u) for u in E.U]
# interleave order: sort by a stable shuffle so types are mixed
import random
rng=random.Random(8383); rng.shuffle(items)
absent=[]
for n,(kind,x) in enumerate(items,1):
    qid=f'as-{n:03d}'
    if kind=='A':
        typ,q,ans,src,doc,hint,norm,also=x
        t=recs[(src,doc)]['text']; ev=sentence(t,hint)
        if ans[0] not in ev: ev=hint
        assert ans[0] in ev, (qid,ans[0],ev)
        al=[]
        for (s2,d2,h2) in also:
            t2=recs[(s2,d2)]['text']; e2=sentence(t2,h2)
            if not any(a in e2 for a in ans): e2=h2 if any(a in h2 for a in ans) else e2
            al.append({"source":s2,"doc":d2,"evidence":e2})
        used.add((src,doc))
        out.append({"id":qid,"type":typ,"question":q,"answers":ans,"doc":doc,"source":src,"evidence":ev,"normalized":norm,"also":al})
    else:
        typ,q,src,doc,searches=x
        used.add((src,doc))
        out.append({"id":qid,"type":typ,"question":q,"answers":[],"doc":None,"source":None,"evidence":None,"normalized":None,"also":[]})
        absent.append(f"{qid}\t[{typ}] {q}\tnear-miss article: {src} {doc}\tsearches (regex, case-insensitive, all three files, title+text): " + ' ; '.join(searches))
with open('gold.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
order=['reuters21578','bbc','agnews']
with open('articles.jsonl','w',encoding='utf-8') as f:
    for k in sorted(used,key=lambda k:(order.index(k[0]),k[1])): f.write(raw[k]+'\n')
with open('ABSENT_CHECKED','w',encoding='utf-8') as f:
    f.write('\n'.join(absent)+'\n')
print(len(out),'questions',len(used),'articles')
