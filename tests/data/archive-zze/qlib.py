"""helper for writing draft questions: Q(tag,type,question,answers,src,doc,evidence,norm,also)"""
import json,os
C='/work/shared/corpora/'
T={}
for f in ['reuters21578','bbc','agnews']:
    T[f]={}
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); T[f][r['id']]=r['text']
SRC={'r':'reuters21578','b':'bbc','a':'agnews'}
done=set()
if os.path.exists('draft.jsonl'):
    for l in open('draft.jsonl'):
        done.add(json.loads(l)['tag'])
def Q(tag,typ,question,answers,src=None,doc=None,evidence=None,norm=None,also=()):
    src=SRC.get(src,src)
    also=[{'source':SRC.get(a[0],a[0]),'doc':a[1],'evidence':a[2]} for a in also]
    ok=True
    if answers:
        t=T[src][doc]
        if evidence not in t: print('BAD EVIDENCE',tag); ok=False
        elif answers[0] not in evidence: print('ANS0 not in evidence',tag); ok=False
        for a in answers:
            if a not in t and not any(a in T[x['source']][x['doc']] for x in also): print('BAD ANS',tag,a); ok=False
        for x in also:
            if x['evidence'] not in T[x['source']][x['doc']]: print('BAD ALSO',tag,x); ok=False
    else:
        assert doc is None and src is None
    if not ok: return
    q=dict(tag=tag,type=typ,question=question,answers=list(answers),doc=doc,source=src,evidence=evidence,normalized=norm,also=also)
    if tag in done:
        return
    open('draft.jsonl','a').write(json.dumps(q,ensure_ascii=False)+'\n'); done.add(tag)
    print('ok',tag,len(question.split()),'words')
