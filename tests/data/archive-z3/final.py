# Builds gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.py / unans.py / build.py
import json,re
exec(open('build.py').read())
R='reuters21578'; B='bbc'; A='agnews'
EXTRA_ALSO={
 "How far is the man-made Fish Lake":[(R,'14939',"a defensive line about 10 km from Basra"),(R,'16542',"the Fish canal, about 10 km east of Basra")],
 "What was Colombia's year-on-year":[(R,'13007',"19.77 pct for the year ending February 1987")],
 "In which city is the SAP Open":[(B,'sport/424',"the final of the SAP Open in San Jose"),(B,'sport/427',"the SAP Open.\n\nAgassi was often bamboozled by the Austrian's drop shots in San Jose"),(B,'sport/507',"win in San Jose, California")],
 "Where is Nasa's Columbia":[(B,'tech/173',"Columbia supercomputer based at Nasa's Ames Research Center in California")],
 "How many jobs did Motorola":[(A,'test-2685',"it would cut 1,000 jobs"),(A,'test-2746',"it is cutting 1,000 jobs")],
 "Who lost the Pilot Pen final":[(A,'test-810',"by beating France 's Nathalie Dechy")],
 "Which Bombardier chief executive":[(B,'business/304',"Paul Tellier, who was also Bombardier's president, left the company"),(A,'test-7237',"Paul Tellier has disembarked as president and chief executive officer"),(A,'test-7250',"Paul Tellier was stepping down early as president and chief executive"),(A,'test-7302',"Paul Tellier stepped down as president and chief executive of Bombardier")],
 "Before 2004, when did the Boston":[(A,'test-4627',"the World Series title that has eluded them since 1918"),(A,'test-4631',"their first World Series title since 1918"),(A,'test-4778',"first World Series championship since 1918"),(A,'test-4906',"win the World Series for the first time since 1918")],
}
# fix sport/509: duplicate text of sport/427 -> also list it
EXTRA_ALSO["In which city is the SAP Open"].append((B,'sport/509',"the SAP Open.\n\nAgassi was often bamboozled by the Austrian's drop shots in San Jose"))
EXTRA_ANS={"How far is the man-made Fish Lake":["about 10 km"]}
for q in keep:
    for k,v in EXTRA_ALSO.items():
        if q['question'].startswith(k):
            # replace earlier sport/507,509 entries from draft to avoid duplicates
            have={(s,d) for s,d,_ in q['also']}
            q['also']=[x for x in q['also'] if (x[0],x[1]) not in {(s,d) for s,d,_ in v}]+v
    for k,v in EXTRA_ANS.items():
        if q['question'].startswith(k): q['answers']+= [x for x in v if x not in q['answers']]
# order: answerables in draft order; each unanswerable inserted after last answerable of same doc, else after last of same source block
items=[('a',q) for q in keep]
for un in U2:
    t,qq,(s,d),specs=un
    pos=None
    for i,(k,q) in enumerate(items):
        if k=='a' and q['src']==s and q['doc']==d: pos=i
        if k=='u' and q[2]==(s,d): pos=i
    if pos is None:
        for i,(k,q) in enumerate(items):
            if k=='a' and q['src']==s: pos=i
    items.insert(pos+1,('u',un))
C='/work/shared/corpora/'
docs={}
for fn in ['reuters21578','bbc','agnews']:
    for l in open(C+fn+'.jsonl'):
        r=json.loads(l); docs[(fn,r['id'])]=(l.rstrip('\n'),r)
out=[]; arts=[]; absent=[]
def addart(k):
    if k not in arts: arts.append(k)
for n,(k,q) in enumerate(items,1):
    qid=f"az3-{n:03d}"
    if k=='a':
        rec={"id":qid,"type":q['type'],"question":q['question'],"answers":q['answers'],"doc":q['doc'],"source":q['src'],"evidence":q['ev'],"normalized":q['norm'],
             "also":[{"source":s,"doc":d,"evidence":e} for s,d,e in q['also']]}
        addart((q['src'],q['doc']))
    else:
        t,qq,(s,d),specs=q
        rec={"id":qid,"type":t,"question":qq,"answers":[],"doc":None,"source":None,"evidence":None,"normalized":None,"also":[]}
        addart((s,d))
        # run the absence searches again and record them
        res=[]
        for spec in specs:
            ps=[re.compile(p,re.I) for p in spec]
            hits=[f"{r['source']}:{r['id']}" for (_,r) in docs.values() if all(p.search((r['title'] or '')+' '+r['text']) for p in ps)]
            res.append(f"all-of{spec} -> {len(hits)} article(s): {' '.join(hits[:20])}{' ...' if len(hits)>20 else ''}")
        absent.append(f"{qid}\tnear-miss {s}:{d}\t{qq}\t"+' ; '.join(res)+"\t(hits read by hand: none states the asked-for fact)")
    out.append(rec)
with open('gold.jsonl','w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
with open('articles.jsonl','w') as f:
    for k in arts: f.write(docs[k][0]+'\n')
with open('ABSENT_CHECKED','w') as f:
    f.write("# id\tnear-miss article\tquestion\tsearches run over all three corpus files (title+text, case-insensitive regex, every regex of a spec must match the same article)\n")
    for a_ in absent: f.write(a_+'\n')
print(len(out),'questions',len(arts),'articles')
