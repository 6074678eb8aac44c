"""Build gold.jsonl and articles.jsonl for archive-q from qs.py (question drafts)."""
import json, random
exec(open('qs.py').read())
DROP={5,10,12,14,16,17,21,25,26,31,37,41,44,46,47,50,52,54,56,59,64,66,67,69,71,72,74,78,83,85,91,93,95,97,100,110}
REWRITE={
 0:"What was Thailand's January 1987 sugar output in tonnes?",
 2:"Who lead-manages Bacob Finance's Australian dollar eurobond?",
 6:"What is Brent Walker paying for Lonrho's casino division?",
 8:"How much did Amylum bid for CPC's European business?",
 11:"How long does Mexico's IADB tourism loan run?",
 19:"How many farmers marched in Kiel against EC policies?",
 20:"Which company is buying Hudson's Bay's Canadian Roxy stake?",
 30:"How much cash did Dean Witter fail to report?",
 32:"How much did the IMF lend quake-hit Ecuador?",
 33:"What will Armel holders get per share from Woolworth?",
 40:"How many AIDS damage claims had Bayer received?",
 45:"Which hospital treated Max Kampelman's heart attack?",
 61:"Whom did RJR Nabisco nominate as chairman in 1987?",
 73:"What damages is Snoop Dogg's accuser seeking?",
 75:"Who is the lawyer for Snoop Dogg's accuser?",
 80:"What is BLB paying for Wembley's US gaming arm?",
 82:"How many households does the Conference Board survey?",
 87:"Where were the 2004 Evening Standard film awards held?",
 88:"Where did Tirunesh Dibaba break the indoor 5,000m record?",
 96:"How old is former Baretta star Robert Blake?",
 101:"Who resigned as Office Depot's chairman and CEO?",
 102:"How long did Bruce Nelson run Office Depot?",
 105:"How long were the Limburg bombers jailed in Yemen?",
 106:"Who replaced Eric Simons as South Africa's cricket coach?",
 108:"Where did England open their Champions Trophy campaign?",
 111:"What did Paul Broadhurst shoot on Friday in Madrid?",
 113:"When did construction of Detroit Edison's Fermi 2 start?",
 115:"When did BLB complete its Wembley gaming purchase?",
 120:"When did Eric Simons become South Africa's coach?",
 123:"What will J. Paul Sticht earn as RJR chairman?",
 126:"What did Kay Corp pay for American Vision Centers?",
 128:"What did Wembley get for Wembley Stadium in 1999?",
 129:"What was the 2004 Nobel economics prize worth?",
 136:"Where will VW's proposed new Chinese car plant be?",
}
ADD_ALSO={
 9:[(R,'8974',"The transaction is expected to be completed by September 30.")],
 48:[(R,'20411',"the union representing its 40,000 workers"),(R,'20452',"the union representing its 40,000 workers"),(R,'21341',"40,000 members of the Canadian Auto Workers")],
 49:[(R,'20411',"The union has threatened to strike at 1000 hrs EDT (1400 gmt) on Thursday"),(R,'20452',"The union has threatened to strike at 1000 EDT/1400 GMT on Thursday"),(R,'21341',"it will strike on 1000 EDT/1400 GMT on Thursday")],
 51:[(R,'18241',"Nuclear Data's bank debt matures on June 30, 1987")],
 55:[(R,'19126',"Letter Carriers Union of Canada President Robert McGarry")],
 89:[(B,'business/286',"China's economy has expanded by a breakneck 9.5% during 2004"),(B,'business/505',"figures showed China's economy grew by 9.5% in 2004")],
 108:[(G,'test-1503',"to face Zimbabwe at Edgbaston"),(G,'test-1541',"against Zimbabwe at Edgbaston")],
 109:[(G,'test-7405',"America Online has agreed to pay a $210 million fine to settle a Justice Department investigation"),(G,'test-7449',"agreeing to pay $210 million to end the Justice Department 's probe")],
 111:[(G,'test-4365',"Paul Broadhurst shot a 6-under 65 Friday")],
}
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
rows=[]
for i,q in enumerate(QS):
    if i in DROP: continue
    qq=REWRITE.get(i,q['question'])
    if q['kind']=='A':
        also=q['also']+[dict(source=a[0],doc=a[1],evidence=a[2]) for a in ADD_ALSO.get(i,[])]
        rows.append(dict(_i=i,_near=(q['source'],q['doc']),type=q['type'],question=qq,answers=q['answers'],doc=q['doc'],source=q['source'],evidence=q['evidence'],normalized=q['normalized'],also=also))
    else:
        rows.append(dict(_i=i,_near=q['near'],type=q['type'],question=qq,answers=[],doc=None,source=None,evidence=None,normalized=None,also=[]))
random.Random(4141).shuffle(rows)
raw={}
for fn in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%fn):
        r=json.loads(l); raw[(fn,r['id'])]=l.rstrip('\n')
need=[]
with open('gold.jsonl','w') as f, open('qmap.tsv','w') as m:
    for k,r in enumerate(rows,1):
        r['id']='aq-%03d'%k
        m.write('%s\t%d\t%s\t%s\n'%(r['id'],r['_i'],r['_near'][0],r['_near'][1]))
        if r['_near'] not in need: need.append(r['_near'])
        f.write(json.dumps({k2:r[k2] for k2 in KEYS},ensure_ascii=False)+'\n')
order={'reuters21578':0,'bbc':1,'agnews':2}
need.sort(key=lambda x:(order[x[0]],x[1]))
with open('articles.jsonl','w') as f:
    for n in need: f.write(raw[n]+'\n')
print(len(rows),'questions;',len(need),'articles')
