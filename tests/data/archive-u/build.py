import json, re, random
exec(open('final_spec.py').read())
C='/work/shared/corpora/'
FILES={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
raw={}; rec={}; line_no={}
for src,fn in FILES.items():
    for i,l in enumerate(open(C+fn,encoding='utf-8')):
        r=json.loads(l); raw[r['id']]=l.rstrip('\n'); rec[r['id']]=r; line_no[r['id']]=i
ABBR={'Co','Inc','Ltd','Corp','Mr','Mrs','Ms','St','Jr','Dr','U.S','U.K','Gen','No','Messrs','Bros','Sept','Oct','Nov','Dec','Jan','Feb','Aug','Ga','Va','Dlrs'}
def _is_boundary(text, k):
    # text[k]=='.' followed by ' ' ; decide if sentence ends here
    m=re.search(r'([A-Za-z0-9.]+)$', text[:k])
    w=m.group(1) if m else ''
    if w in ABBR: return False
    if re.fullmatch(r'([A-Z]\.)*[A-Z]', w): return False   # initials like U or J.H
    nxt=text[k+2:k+3]
    return nxt=='' or nxt.isupper() or nxt in '"(<'
def sentence(text, hint):
    i=text.find(hint)
    assert i>=0, (hint, text[:80])
    j=i+len(hint)
    st=text.rfind('\n',0,i)+1
    for m in re.finditer(r'\. ', text[st:i]):
        k=st+m.start()
        if _is_boundary(text,k): st2=k+2
        else: continue
        st=st2 if st2>st else st
    # recompute properly: last boundary before i
    st=text.rfind('\n',0,i)+1
    for m in re.finditer(r'\. ', text[:i]):
        k=m.start()
        if k+2>st and k+2<=i and _is_boundary(text,k): st=k+2
    en=text.find('\n',j); en=len(text) if en<0 else en
    for m in re.finditer(r'\. ', text[j:en]):
        k=j+m.start()
        if _is_boundary(text,k): en=k+1; break
    else:
        if en==len(text) or True: pass
    return text[st:en].strip()
out=[]
rng=random.Random(5353)
order=list(range(len(SEL))); rng.shuffle(order)
used_docs=[]
for n,k in enumerate(order,1):
    d=SEL[k]
    if d['kind']=='A':
        r=rec[d['doc']]; t=r['text']
        ev=sentence(t,d['hint'])
        if d['answers'][0] not in ev: ev=d['hint']
        also=[]
        for aid,h in d['also']:
            ar=rec[aid]; aev=sentence(ar['text'],h)
            also.append({"source":ar['source'],"doc":aid,"evidence":aev})
            for a in d['answers']:
                pass
        # add answer variants that appear in also evidence
        answers=list(d['answers'])
        o={"id":f"au-{n:03d}","type":d['type'],"question":d['question'],"answers":answers,
           "doc":d['doc'],"source":r['source'],"evidence":ev,"normalized":d['normalized'],"also":also}
        used_docs.append(d['doc'])
    else:
        o={"id":f"au-{n:03d}","type":d['type'],"question":d['question'],"answers":[],
           "doc":None,"source":None,"evidence":None,"normalized":None,"also":[]}
        o['_about']=d['about']; o['_checks']=d['checks']
        used_docs.append(d['about'])
    out.append(o)
with open('gold.jsonl','w',encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps({k:v for k,v in o.items() if not k.startswith('_')},ensure_ascii=False)+'\n')
seen=[]
for d in used_docs:
    if d not in seen: seen.append(d)
# order articles by source then line
seen.sort(key=lambda i:(list(FILES).index(rec[i]['source']), line_no[i]))
with open('articles.jsonl','w',encoding='utf-8') as f:
    for i in seen: f.write(raw[i]+'\n')
# ABSENT_CHECKED
docs=[rec[i] for i in rec]
with open('ABSENT_CHECKED','w',encoding='utf-8') as f:
    f.write("# One line per unanswerable question: id | near-miss article | question | searches run over ALL 28,868 records of reuters21578.jsonl, bbc.jsonl and agnews.jsonl (title+text, case-insensitive Python regex; a search = all listed regexes must match) -> matching record ids. The narrow searches (entity + key words of the asked-for fact) were read hit by hit; broad entity-only searches were scanned by title/snippet (many hits of broad patterns such as 'AGL' or 'Trafford' are unrelated, e.g. Old Trafford). None states the asked-for fact.\n")
    for o in out:
        if o['type'] and o['answers']==[]:
            parts=[]
            for ch in o['_checks']:
                pats=[re.compile(p,re.I) for p in ch]
                hits=[r['id'] for r in docs if all(p.search((r['title'] or '')+' '+r['text']) for p in pats)]
                parts.append(f"search {ch!r} -> {len(hits)} hit(s): {', '.join(hits[:20])}{' ...' if len(hits)>20 else ''}")
            f.write(f"{o['id']} | about {o['_about']} | {o['question']} | " + ' ; '.join(parts) + '\n')
print(len(out),'questions;',len(seen),'articles')
