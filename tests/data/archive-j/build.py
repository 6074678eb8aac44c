import json, re
exec(open('spec.py').read())
C='/work/shared/corpora/'
F={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
raw={}; recs=[]
for s,f in F.items():
    for l in open(C+f):
        r=json.loads(l); raw[(s,r['id'])]=l.rstrip('\n'); recs.append((s,r))
idx={(s,r['id']):r for s,r in recs}

def sentence_with(text, ans):
    i=text.find(ans)
    if i<0: return None
    # sentence boundaries: previous '. ' or '\n' and next '. ' or '\n'
    st=max(text.rfind('. ',0,i)+2 if text.rfind('. ',0,i)>=0 else 0, text.rfind('\n',0,i)+1)
    en_candidates=[x for x in (text.find('. ',i+len(ans)), text.find('\n',i+len(ans))) if x>=0]
    en=min(en_candidates)+1 if en_candidates else len(text)
    ev=text[st:en].strip()
    if len(ev)>300:  # trim around answer
        j=ev.find(ans); ev=ev[max(0,j-120):j+len(ans)+120]
    return ev

out=[]; used_docs=[]
TYPES=('who','when','how_much','how_many','where')
# interleave answerable and unanswerable deterministically
items=[('A',a) for a in ANS]
ui=[('U',u) for u in UNA]
merged=[]; k=0
for n,it in enumerate(items):
    merged.append(it)
    if n%5 in (1,3) and k<len(ui): merged.append(ui[k]); k+=1
merged+=ui[k:]
for n,(kind,q) in enumerate(merged,1):
    qid='aj-%03d'%n
    if kind=='A':
        t,qq,ans,src,doc,ev,norm,also=q
        text=idx[(src,doc)]['text']
        assert ev in text and ans[0] in ev, (qid,ev)
        al=[]
        for al_item in also:
            s2,d2=al_item[0],al_item[1]
            t2=idx[(s2,d2)]['text']
            e2=al_item[2] if len(al_item)>2 else None
            for a in ([] if e2 else ans):
                e2=sentence_with(t2,a)
                if e2: break
            assert e2, (qid,d2)
            al.append({'source':s2,'doc':d2,'evidence':e2})
        rec={'id':qid,'type':t,'question':qq,'answers':ans,'doc':doc,'source':src,'evidence':ev,'normalized':norm,'also':al}
        used_docs.append((src,doc))
    else:
        t,qq,src,doc,searches,note=q
        rec={'id':qid,'type':t,'question':qq,'answers':[],'doc':None,'source':None,'evidence':None,'normalized':None,'also':[]}
        used_docs.append((src,doc))
    assert t in TYPES
    out.append((rec,kind,q))
with open('gold.jsonl','w') as f:
    for rec,_,_ in out: f.write(json.dumps(rec,ensure_ascii=False)+'\n')
seen=[]; 
for d in used_docs:
    if d not in seen: seen.append(d)
with open('articles.jsonl','w') as f:
    for d in seen: f.write(raw[d]+'\n')
# absence log
with open('ABSENT_CHECKED','w') as f:
    f.write('# One line per unanswerable question: id | near-miss article | searches run over ALL THREE files (title+text, case-insensitive, all terms must co-occur) -> matching articles | conclusion\n')
    for rec,kind,q in out:
        if kind!='U': continue
        t,qq,src,doc,searches,note=q
        parts=[]
        for terms in searches:
            hits=[]
            for s,r in recs:
                tl=((r['title'] or '')+'\n'+r['text']).lower()
                if all(x in tl for x in terms): hits.append(f"{s}/{r['id']}")
            parts.append(f"{terms} -> {len(hits)} hit(s)"+(': '+', '.join(hits[:8])+(' ...' if len(hits)>8 else '') if hits else ''))
        f.write(f"{rec['id']} | near-miss article {src}/{doc} | "+' ; '.join(parts)+f" | all hits read; fact not stated: {note}\n")
from collections import Counter
print(len(out), Counter((r['type'],k) for r,k,_ in out))
print('articles',len(seen),Counter(s for s,_ in seen))
