#!/usr/bin/env python3
"""Re-runs the whole-archive absence searches for every unanswerable question.
Each search = case-insensitive AND of terms over title+text of all 28,868 records (reuters21578, bbc, agnews).
Prints the ids of matching articles; the hits were read by hand (see ABSENT_CHECKED)."""
import json
C='/work/shared/corpora/'
docs=[]
for f in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+f,encoding='utf-8'):
        r=json.loads(l); docs.append((r['source'],r['id'],((r['title'] or '')+' '+r['text']).lower()))
S={
'aw-003':[['dsm','employ'],['dsm','workers'],['dsm','staff'],['dsm','workforce']],
'aw-006':[['daily news','jobs'],['daily news','layoff'],['daily news','employees'],['daily news','positions'],['tribune','severance']],
'aw-009':[['finnair','price'],['finnair','dlrs'],['finnair','markka'],['finnair','worth'],['finnair','md-11']],
'aw-017':[['entregrowth'],['chase corp','offer','close'],['chase corp','expire']],
'aw-024':[['morrell','president'],['morrell','chairman'],['morrell','chief executive'],['john morrell']],
'aw-026':[['a-1 quality'],['tempo auto glass'],['afg','glass','dlrs']],
'aw-029':[['turner and newall'],['turner & newall'],['turner','newall','chairman']],
'aw-031':[['nacco industries'],['nacco','chairman'],['north american coal','chairman']],
'aw-034':[['cribb'],['kenneth cribb']],
'aw-036':[['swissair','md-11','each'],['swissair','per plane'],['swissair','md-11','dlrs'],['swissair','md-11','francs']],
'aw-039':[['alitalia','pilots'],['alitalia','strike']],
'aw-045':[['yugoslav','ratif'],['yugoslav','european parliament'],['yugoslav','ecu']],
'aw-047':[['zolotukhin'],['grain products minister']],
'aw-048':[['conseco industries'],['conseco','based'],['cnsc']],
'aw-052':[['easymobile'],['easy mobile'],['easygroup']],
'aw-056':[['arese'],['alfa romeo','close'],['powertrain','fiat']],
'aw-059':[['circuit city','chief executive'],['circuit city','ceo'],['circuit city','president'],['circuit city','chairman']],
'aw-063':[['umbro','sales'],['umbro','turnover'],['umbro','revenue']],
'aw-066':[['air jamaica']],
'aw-068':[['monsanto','chief executive'],['monsanto','ceo'],['monsanto','chairman'],['monsanto','indonesia']],
'aw-076':[['venezuela','china','refiner'],['venezuela','china','invest'],['chavez','china']],
'aw-078':[['israel','unemployment'],['israel','jobless'],['israeli','unemployment']],
'aw-081':[['mamma mia'],['abba','musical']],
'aw-083':[['kmart','home depot'],['kmart','stores','sell']],
'aw-085':[['apple','recall'],['apple','powerbook','batter']],
'aw-087':[['morocco','mosque'],['moroccan','mosque'],['morocco','collapse']],
'aw-090':[['dell','recall'],['dell','adapt']],
'aw-092':[['pitcairn'],['pitcairn','sentence'],['pitcairn','jail'],['pitcairn','prison']],
'aw-094':[['tellier'],['bombardier','severance']],
'aw-102':[['nippon light metal'],['nippon light','employ']],
'aw-105':[['highfields'],['highfield']],
'aw-108':[['air jamaica'],['air jamaica','kingston'],['air jamaica','headquarter'],['air jamaica','based']],
}
if __name__=='__main__':
    for qid,ss in S.items():
        for terms in ss:
            hits=[f'{s}:{i}' for s,i,t in docs if all(x in t for x in terms)]
            print(qid,'+'.join(terms),len(hits),' '.join(hits[:25])+(' ...' if len(hits)>25 else ''))
