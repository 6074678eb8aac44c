#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (archive-za)."""
import json
CORP='/work/shared/corpora/'
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
# article each unanswerable (near-miss) question is about
ABOUT={
 "How many people did Deutsche Bank employ at the end of 1986?":("reuters21578","12394"),
 "How old is Leo Melamed?":("reuters21578","8563"),
 "Who is the president of Consul Restaurant Corp?":("reuters21578","5482"),
 "How many branches does Canadian Imperial Bank of Commerce operate?":("reuters21578","16613"),
 "At what price per share were the six mln Reebok shares offered in 1987?":("reuters21578","16307"),
 "What was Cheung Kong's turnover in 1986?":("reuters21578","390"),
 "What price did Indonesia pay for its 12,000 tonnes of Cuban refined sugar?":("reuters21578","13286"),
 "Who is the chairman of Dixons Group?":("reuters21578","6402"),
 "Who chairs Canada's National Energy Board?":("reuters21578","12272"),
 "How much in damages is John Paul Decker seeking from Mellon Bank?":("reuters21578","13125"),
 "What pay rise does the tentative 1987 contract offer Brunswick mine workers?":("reuters21578","19431"),
 "How old is Carlton Cole?":("bbc","sport/162"),
 "Who is Ryanair's chief executive?":("bbc","business/047"),
 "What 2005 growth forecast does the IMF now have for France?":("bbc","business/098"),
 "How much is Google spending to digitise the university library collections?":("bbc","tech/236"),
 "How much did Sky pay for the 2005 Academy Awards TV rights?":("bbc","entertainment/059"),
 "How many people were wounded in the 1994 Jewish community center bombing in Argentina?":("agnews","test-1118"),
 "How many Delta pilots voted in favour of the concession package?":("agnews","test-5555"),
 "What is Matt Lawton's salary?":("agnews","test-7166"),
 "What is Yahoo paying X1 Technologies for its desktop search tool?":("agnews","test-7121"),
 "How many passengers were aboard the Lufthansa jet diverted to Cyprus?":("agnews","test-3197"),
 "How many Libyan soldiers were captured at Fada?":("reuters21578","7794"),
 "When did Trevor Brennan join Leinster?":("bbc","sport/321"),
 "Where is Pentland Industries based?":("reuters21578","16307"),
 "Where is Acton Corp headquartered?":("reuters21578","11386"),
 "Where was Matt Lawton born?":("agnews","test-7166"),
 "When was Consul Restaurant Corp founded?":("reuters21578","5482"),
 "When was X1 Technologies founded?":("agnews","test-7121"),
 "When did Geoff Dixon become Qantas chief executive?":("bbc","business/455"),
 "What was Deutsche Bank's net profit for 1986?":("reuters21578","12394"),
 "How many tug crew members joined the Australian ban on foreign container ships?":("reuters21578","14957"),
}
draft=[json.loads(l) for l in open('draft.jsonl')]
need=[]; gold=[]; absent=[]
for i,q in enumerate(draft,1):
    g={k:q.get(k) for k in KEYS}; g['id']='aza-%03d'%i
    if g['answers']:
        need.append((g['source'],g['doc']))
    else:
        src,doc=ABOUT[q['question']]
        need.append((src,doc))
        absent.append((g['id'],src,doc,q['question'],q['absent']))
    gold.append(g)
with open('gold.jsonl','w',encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g,ensure_ascii=False)+'\n')
# articles, verbatim lines, in archive order
want=set(need); lines=[]
for src in ['reuters21578','bbc','agnews']:
    for l in open(CORP+src+'.jsonl',encoding='utf-8'):
        r=json.loads(l)
        if (src,r['id']) in want: lines.append(l if l.endswith('\n') else l+'\n')
with open('articles.jsonl','w',encoding='utf-8') as f: f.writelines(lines)
with open('ABSENT_CHECKED','w',encoding='utf-8') as f:
    f.write('# One line per unanswerable question: id <TAB> near-miss article <TAB> searches (regexes ANDed, case-insensitive, over title+text of all 28,868 articles in reuters21578, bbc and agnews) = hit count [hits read]\n')
    for gid,src,doc,qq,res in absent:
        parts=['%s = %d%s'%(lab,n,(' ['+', '.join(h)+(' ...' if n>len(h) else '')+']') if n else '') for lab,n,h in res]
        f.write('%s\tabout %s:%s\t%s\n'%(gid,src,doc,' ; '.join(parts)))
print(len(gold),'questions;',len(lines),'articles;',len(absent),'unanswerable')
