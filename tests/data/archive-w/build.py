#!/usr/bin/env python3
"""Builds gold.jsonl and articles.jsonl for archive-w from the hand-written list below."""
import json
C='/work/shared/corpora/'
FN={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}
R,B,A='reuters21578','bbc','agnews'
def M(a,c): return {"amount":float(a),"currency":c}
def P(p): return {"percent":float(p)}
def N(n): return {"count":n}
# (type, question, answers, source, doc, evidence, normalized, also[(source,doc,evidence)])
Q=[
# ---- Reuters: DSM 15125
('who',"Who chairs Dutch chemical group DSM?",["Hans van Liemt","van Liemt"],R,'15125',"DSM chairman Hans van Liemt told journalists",None,[]),
('how_much',"What net profit did DSM earn in 1986?",["412 mln guilders"],R,'15125',"1986 net profit to 412 mln guilders",M(412e6,'NLG'),[(R,'14930',"its 1986 net profit rose to 412 mln guilders")]),
('how_many',"How many people does the Dutch chemical firm DSM employ?",[],R,'15125',None,None,[]),
# ---- Tribune 20285
('who',"Who was Tribune Co's president in October 1987?",["Stanton Cook","Cook"],R,'20285',"Tribune President Stanton Cook said",None,[]),
('how_much',"By what percentage did Tribune's third-quarter 1987 earnings drop?",["73 pct"],R,'20285',"led to a 73 pct decline in the company's 1987 third-quarter earnings",P(73),[]),
('how_many',"How many jobs were cut at the New York Daily News, leading to Tribune's 1987 severance charge?",[],R,'20285',None,None,[]),
# ---- Finnair 11952
('how_many',"How many MD-11 jets did Finnair firmly order from McDonnell Douglas?",["two"],R,'11952',"it ordered two McDonnell Douglas Corp <MD.N> MD-11 passenger planes",N(2),[(R,'12105',"will purchase two McDonnell Douglas MD-11 advanced long-range tri-jets")]),
('when',"When is Finnair due to receive its first MD-11?",["October 1990"],R,'11952',"for delivery in October 1990 and May 1991",'1990-10',[(R,'12105',"The first of the aircraft will be delivered in October 1990")]),
('how_much',"What price is Finnair paying for its two MD-11 planes?",[],R,'11952',None,None,[]),
# ---- Belgium 4672
('who',"Who was Belgium's budget minister in March 1987?",["Guy Verhofstadt","Verhofstadt"],R,'4672',"Budget Minister Guy Verhofstadt said before the meeting",None,[(R,'3779',"Belgian Budget Minister Guy Verhofstadt has proposed a plan")]),
('how_much',"What was Belgium's net financing requirement in 1986?",["561 billion francs","561 billion"],R,'4672',"Last year, Belgium had a financing requirement of 561 billion francs",M(561e9,'BEF'),[(R,'5472',"the government financing requirement is estimated at 561 billion francs"),(R,'9191',"to around 420 billion francs from 561 billion last year"),(R,'17914',"below 420 billion francs compared with 561 billion in 1986")]),
# ---- Drexel 14691
# ---- ASA 2087
('who',"Who led the American Soybean Association in March 1987?",["David Haggard","Dave Haggard","Haggard"],R,'2087',"David Haggard, ASA president, told Reuters",None,[(R,'7356',"David Haggard, American Soybean Association, ASA, president"),(R,'9617',"American Soybean Association President Dave Haggard said")]),
# ---- Sumita 10661
('how_many',"How many times had Japan cut its discount rate since early 1986, according to Satoshi Sumita?",["five"],R,'10661',"eased by the five discount rate cuts by Japan since the beginning of last year",N(5),[(R,'10774',"eased by the five discount rate cuts by Japan since the beginning of last year")]),
# ---- Howe 20991
('where',"In which city did Geoffrey Howe hold a press conference on the U.S. raid on an Iranian oil platform?",["Luxembourg"],R,'20991',"At a press conferenced in Luxembourg during a meeting of European Community (EC) ministers",None,[]),
# ---- Chase Corp 21571
('who',"Who is chairman of New Zealand's Chase Corp?",["Colin Reynolds"],R,'21571',"Chase chairman Colin Reynolds said",None,[]),
('how_much',"What is Chase Corp's bid for the rest of Entregrowth worth?",["34.2 mln dlrs"],R,'21571',"worth 34.2 mln dlrs",M(34.2e6,'NZD'),[]),
('when',"When does Chase Corp's takeover offer for Entregrowth International close?",[],R,'21571',None,None,[]),
# ---- Herald ferry 3440
('how_many',"How many drums of toxic chemicals had been recovered from the Herald of Free Enterprise by March 9, 1987?",["72"],R,'3440',"A total of 72 drums of various toxic materials",N(72),[]),
('how_many',"How many working days did Smit Tak estimate the Herald of Free Enterprise salvage job would take?",["35 working days","35"],R,'3440',"He estimated the job itself would require 35 working days",N(35),[]),
# ---- First Interstate 9804
('who',"Who is First Interstate Bancorp's chairman?",["Joseph Pinola","Pinola"],R,'9804',"First Interstate Bancorp Chairman Joseph Pinola said",None,[(R,'9803',"Chairman Joseph Pinola said"),(R,'9978',"Chairman Joseph Pinola is still looking for a good buy"),(R,'15683',"First Interstate Chairman Joseph Pinola told Reuters"),(R,'17162',"First Interstate Bank Corp Chairman Joseph Pinola said"),(R,'17164',"First Interstate Chairman Joseph Pinola said")]),
# ---- Brazil 9464
('when',"When did Brazilian Planning Minister Joao Sayad resign?",["March 17"],R,'9464',"the resignation of Planning Minister Joao Sayad on March 17",'1987-03-17',[(R,'6285',"Brazilian Planning Minister Joao Sayad resigned, a presidential spokesman said"),(R,'6937',"Joao Sayad, who resigned yesterday from his post as Planning Minister")]),
# ---- Morrell 3318
('how_many',"How many union members walked out at John Morrell's Sioux City plant?",["800","About 800"],R,'3318',"About 800 members of the United Food and Commercial Workers Union",N(800),[]),
('where',"In which city is the John Morrell pork plant that the UFCWU struck in March 1987?",["Sioux City"],R,'3318',"struck John Morrell's Sioux City, Iowa, pork processing plant",None,[]),
('who',"Who is the president of meatpacker John Morrell and Co?",[],R,'3318',None,None,[]),
# ---- AFG 9401
('where',"Where is A-1 Quality Glass based?",["Salt Lake City"],R,'9401',"A-1 Quality Glass, of Salt Lake City",None,[]),
('how_much',"How much did AFG Industries pay for A-1 Quality Glass?",[],R,'9401',None,None,[]),
# ---- Nippon Light Metal 272
('when',"When will Ryoka Light Metal Industries stop smelting aluminium?",["April"],R,'272',"will stop smelting in April",'1987-04',[]),
# ---- Deng grain 8161
# ---- Toyota 17806
# ---- Turner and Newall 6363
('how_much',"At what price is Turner and Newall offering its rights issue shares?",["205p"],R,'6363',"The shares would be offered at 205p",M(2.05,'GBP'),[]),
('who',"Who chaired Turner and Newall at the time of its 1987 rights issue?",[],R,'6363',None,None,[]),
# ---- SEC / CME 7445
('who',"Who heads the SEC's division of market regulation?",["Richard Ketchum","Ketchum"],R,'7445',"Richard Ketchum, director of the SEC's division of market regulation",None,[(R,'7502',"Richard Ketchum, director of SEC's division of market regulation"),(R,'18775',"Richard Ketchum, head of the SEC's division of market regulation")]),
# ---- Nacco 651
('who',"Who was chairman of Nacco Industries in 1987?",[],R,'651',None,None,[]),
# ---- Rolls Royce 3185
('who',"Which bank is arranging Rolls Royce's 250 mln stg credit facility?",["S.G. Warburg and Co Ltd","S.G. Warburg"],R,'3185',"S.G. Warburg and Co Ltd is arranger for the financing",None,[]),
# ---- Morgan warrants 6658
('how_many',"How many gold warrants is Morgan Guaranty Trust issuing?",["12,000"],R,'6658',"plans an issue of 12,000 warrants for gold bullion",N(12000),[]),
# ---- Cribb 11152
('how_many',"How old was Kenneth Cribb when Reagan named him domestic affairs adviser?",[],R,'11152',None,None,[]),
# ---- Swissair 7055
('how_much',"What is Swissair's March 1987 MD-11 order worth?",["1.2 billion Swiss francs"],R,'7055',"was worth a total 1.2 billion Swiss francs",M(1.2e9,'CHF'),[(R,'7560',"worth 1.2 billion Swiss francs"),(R,'11247',"is worth 1.2 billion Swiss francs")]),
('how_much',"How much is Swissair paying for each MD-11 jet?",[],R,'7055',None,None,[]),
# ---- Alitalia 10772
('how_many',"How many domestic flights did Alitalia cancel because of the pilots' action?",["96"],R,'10772',"it had cancelled 96 domestic flights",N(96),[]),
('how_many',"How long do Alitalia's pilots stop work each day during their March 1987 action?",["four hours"],R,'10772',"striking for four hours during the busy morning period every day",N(4),[]),
('how_many',"How many Alitalia pilots joined the March 1987 industrial action?",[],R,'10772',None,None,[]),
# ---- Alexanders 15128
# ---- Spain corn 12872
('where',"From which port will the Spanish corn bought by Greece be shipped?",["Valencia"],R,'12872',"The corn will be shipped in the coming days from Valencia",None,[]),
('how_much',"At what price did Greece buy Spanish corn in April 1987?",["28.95 pesetas per kilo","28.95 pesetas"],R,'12872',"the sale price was around 28.95 pesetas per kilo",M(28.95,'ESP'),[]),
# ---- USAir 2128
# ---- Yugoslavia 18529
('how_much',"How large is the EC loan Yugoslavia signed in June 1987?",["550 mln ECU"],R,'18529',"Yugoslavia has signed up for a 550 mln ECU loan",M(550e6,'XEU'),[]),
('where',"In which city was Yugoslavia's 550 mln ECU loan from the EC signed?",["Brussels"],R,'18529',"was signed last night in Brussels",None,[]),
('how_many',"How long is the term of the EC's 550 mln ECU loan to Yugoslavia?",["20 year","20"],R,'18529',"The 20 year, 7.5 pct interest loan",N(20),[]),
('when',"When will the European Parliament ratify the EC's 550 mln ECU loan to Yugoslavia?",[],R,'18529',None,None,[]),
# ---- Soviet grain 13458
('how_many',"How old is retiring Soviet Grain Products Minister Grigory Zolotukhin?",["75"],R,'13458',"Grain Products Minister Grigory Zolotukhin, 75, was being retired",N(75),[]),
('when',"When was Grigory Zolotukhin first appointed Soviet grain products minister?",[],R,'13458',None,None,[]),
# ---- Conseco 18687
('where',"Where is Conseco Industries headquartered?",[],R,'18687',None,None,[]),
# ---- VW Toyota 19098
('where',"At which Volkswagen plant would Toyota Hi Lux pick-ups be built?",["Hanover"],R,'19098',"assemble Toyota Hi Lux light trucks at VW's Hanover plant",None,[(R,'19544',"build light pick-up trucks with Toyota Motor Corp <TOYO.T> at an under-utilised plant in Hanover")]),
# ---- Bangladesh 19539
# ---- Arab bankers 10633
# ---- BBC business/205 Orange / Easymobile
('who',"Which network will Easymobile rent its airtime from?",["T-Mobile"],B,'business/205',"airtime - which will be rented from T-Mobile",None,[(A,'test-6566',"with mobile network operator T-Mobile in Britain")]),
('how_many',"How long did Orange and Easygroup negotiate before Orange went to court?",["six months"],B,'business/205',"after six months of talks",N(6),[]),
('how_much',"How much will Easymobile charge per minute for calls?",[],B,'business/205',None,None,[]),
# ---- BBC entertainment/088 Ocean's Twelve
('how_much',"How much did Ocean's Twelve take on its US opening weekend?",["$40.8m"],B,'entertainment/088',"It took $40.8m (£21m) in weekend ticket sales",M(40.8e6,'USD'),[(B,'entertainment/074',"It took $40.8m (£21m) in weekend ticket sales")]),
# ---- BBC business/148 Fiat / Alfa
('how_much',"How much did GM pay Fiat to escape its obligation to buy the carmaker?",["1.55bn euros","$2bn"],B,'business/148',"GM had to pay former partner Fiat 1.55bn euros ($2bn; £1.1bn)",M(1.55e9,'EUR'),[(B,'business/160',"General Motors of the US is to pay Fiat 1.55bn euros ($2bn; £1.1bn)"),(B,'business/051',"reaching a $2bn (1.53bn euros; £1.05bn) settlement with GM"),(B,'business/189',"GM will pay Fiat $2bn as part of the settlement")]),
('where',"In which country will GM build the six-cylinder engines for Alfa Romeo?",["Australia"],B,'business/148',"the new engines will be made by GM in Australia",None,[]),
('when',"When will Fiat shut the Alfa Romeo engine line at Arese?",[],B,'business/148',None,None,[]),
# ---- BBC business/070 Circuit City
('how_much',"What stake in Circuit City does Highfields Capital already hold?",["6.7%"],B,'business/070',"which already owns 6.7% of Circuit City's shares",P(6.7),[]),
('where',"In which city is Highfields Capital Management based?",["Boston"],B,'business/070',"Boston-based private investment firm Highfields Capital Management",None,[]),
('who',"Who is Circuit City's chief executive?",[],B,'business/070',None,None,[]),
# ---- BBC business/394 US Airways
('how_many',"How many flight attendants does the union that accepted US Airways' pay cut represent?",["5,200"],B,'business/394',"A union representing 5,200 flight attendants",N(5200),[]),
# ---- BBC entertainment/295 Poppins
('how_many',"How old was Julie Andrews when she saw the Mary Poppins stage musical?",["69"],B,'entertainment/295',"Dame Julie, 69, return to the theatre",N(69),[]),
('where',"At which theatre is the West End Mary Poppins musical playing?",["Prince Edward Theatre"],B,'entertainment/295',"staged at the Prince Edward Theatre",None,[]),
# ---- BBC business/040 Umbro
('how_much',"What were Umbro's total sales in 2004?",[],B,'business/040',None,None,[]),
# ---- BBC business/343 Air Jamaica
('who',"Which hotel tycoon bought a majority of Air Jamaica from the state?",["Gordon Stewart"],B,'business/343',"the state sold a majority stake to hotel tycoon Gordon Stewart in 1994",None,[]),
('when',"When did Jamaica's government sell control of Air Jamaica?",["1994"],B,'business/343',"sold a majority stake to hotel tycoon Gordon Stewart in 1994",'1994',[]),
('who',"Who is Air Jamaica's chief executive?",[],B,'business/343',None,None,[]),
# ---- BBC business/400 Monsanto
('when',"In what year did Monsanto's manager bribe the Indonesian environment ministry official?",["2002"],B,'business/400',"a high-level official in Indonesia's environment ministry in 2002",'2002',[]),
('who',"Who was Monsanto's chief executive when it was fined over the Indonesian bribe?",[],B,'business/400',None,None,[]),
# ---- BBC business/421 LSE
('who',"Who is the chief executive of Deutsche Boerse?",["Werner Seifert","Seifert"],B,'business/421',"Deutsche Boerse chief executive Werner Seifert",None,[(B,'business/203',"chief executive Werner Seifert"),(B,'business/316',"Werner Seifert, chief executive of the Frankfurt-based exchange"),(B,'business/392',"Deutsche Boerse chief Werner Seifert")]),
('how_much',"How much was Deutsche Boerse's rejected bid for the London Stock Exchange?",["£1.3bn"],B,'business/421',"A £1.3bn offer from Deutsche Boerse has already been rejected",M(1.3e9,'GBP'),[(B,'business/171',"Deutsche Boerse has offered £1.3bn"),(B,'business/264',"Deutsche Boerse previously offered £1.3bn"),(B,'business/279',"its initial £1.3bn offer"),(B,'business/319',"rejected a £1.3bn ($2.5bn) takeover offer from Deutsche Boerse"),(B,'business/392',"valuing it at £1.3bn")]),
('how_many',"How many Deutsche Boerse jobs do Frankfurt unions fear would move to London?",["300"],B,'business/421',"up to 300 jobs would be moved to London",N(300),[(B,'business/264',"up to 300 jobs would be moved to London")]),
# ---- BBC entertainment/067 Cesar
('how_many',"How old is L'Esquive actress Sara Forestier?",["18"],B,'entertainment/067',"the 18-year-old actress Sara Forestier",N(18),[]),
# ---- BBC tech/400 cyber
('who',"Who quit as director of the US National Cyber Security Division?",["Amit Yoran","Yoran"],B,'tech/400',"Amit Yoran was director of the National Cyber Security Division",None,[(A,'test-2949',"Amit Yoran leaves the Department of Homeland Security"),(A,'test-2966',"Amit Yoran, the government's cybersecurity chief, abruptly resigned")]),
('when',"When did Amit Yoran take up his US cyber security post?",["September 2003"],B,'tech/400',"Mr Yoran took up his post in September 2003",'2003-09',[]),
# ---- BBC business/340 Venezuela-China
('how_many',"How much fuel oil a month has Venezuela offered to supply China?",["120,000 barrels","120,000"],B,'business/340',"supply 120,000 barrels of fuel oil a month to China",N(120000),[]),
('how_much',"How much will China invest in new Venezuelan refineries under the Chavez deal?",[],B,'business/340',None,None,[]),
# ---- BBC business/355 Israel
('how_much',"How fast was Israel's economy forecast to grow in 2004?",["4.2%"],B,'business/355',"forecast to grow by 4.2% in 2004",P(4.2),[]),
('how_much',"What was Israel's unemployment rate in 2004?",[],B,'business/355',None,None,[]),
# ---- BBC entertainment/265 Abba
('where',"In which city did Abba reunite for the Swedish premiere of Mamma Mia!?",["Stockholm"],B,'entertainment/265',"Fans camped outside Stockholm's Cirkus theatre",None,[]),
('when',"When did Abba split up?",["1982"],B,'entertainment/265',"since the band split up in 1982",'1982',[]),
('how_much',"How much has the musical Mamma Mia! grossed worldwide?",[],B,'entertainment/265',None,None,[]),
# ---- AG News
('how_much',"How much is Home Depot paying Kmart for 18 stores?",["$271 million"],A,'test-427',"for $271 million",M(271e6,'USD'),[]),
('when',"When will Home Depot take possession of the 18 stores it bought from Kmart?",[],A,'test-427',None,None,[]),
('how_many',"How many PowerBook batteries did Apple recall?",["28,000"],A,'test-280',"a safety recall for 28,000 batteries",N(28000),[]),
('how_much',"How much will Apple's PowerBook battery recall cost?",[],A,'test-280',None,None,[]),
('how_many',"How many people died when a house fell onto a mosque in Morocco?",["10"],A,'test-5164',"killing 10 people and injuring five others",N(10),[]),
('where',"In which town did a house collapse onto a mosque, killing 10 Moroccans?",[],A,'test-5164',None,None,[]),
('who',"Which Cuban boxer beat Vanes Martirosyan at the Athens Olympics?",["Lorenzo Aragon"],A,'test-301',"defeated 20-11 by Lorenzo Aragon of Cuba",None,[]),
('how_many',"How many notebook power adaptors did Dell recall worldwide?",["4.4m","4.4 million"],A,'test-3442',"Dell today asked 4.4m notebook users to return their power adaptors",N(4400000),[(A,'test-3471',"4.4 million worldwide"),(A,'test-3611',"About 4.4 million AC adapters sold worldwide with Dell notebooks")]),
('how_much',"How much will Dell's power adaptor recall cost the company?",[],A,'test-3442',None,None,[]),
('where',"Where did the Pitcairn Island sex-assault trial hand down its verdicts?",["Adamstown"],A,'test-4456',"handed down their verdicts in Adamstown",None,[]),
('how_many',"How many years in prison did the Pitcairn men receive?",[],A,'test-4456',None,None,[]),
('who',"Who stepped down as Bombardier's chief executive?",["Paul Tellier","Tellier"],A,'test-7237',"Paul Tellier has disembarked as president and chief executive officer of Bombardier Inc.",None,[(B,'business/304',"Paul Tellier, who was also Bombardier's president, left the company"),(A,'test-7250',"Paul Tellier was stepping down early as president and chief executive officer"),(A,'test-7287',"the sudden departure of Paul Tellier, chief executive"),(A,'test-7302',"Paul Tellier stepped down as president and chief executive of Bombardier Inc.")]),
('how_much',"How much severance will Paul Tellier get from Bombardier?",[],A,'test-7237',None,None,[]),
# ---- additions (where / when / who / more near misses)
('who',"Who is Swissair's president?",["Robert Staubli","Staubli"],R,'7055',"President Robert Staubli told a news conference",None,[(R,'7066',"President Robert Staubli told a news conference")]),
('where',"Where is Tempo Auto Glass based?",["Tacoma, Wash.","Tacoma"],R,'9401',"Tempo Auto Glass, of Tacoma, Wash.",None,[]),
('when',"Until what date can Morgan Guaranty's 1987 gold warrants be exercised?",["July 31, 1991"],R,'6658',"in the period from April 30, 1987, to July 31, 1991",'1991-07-31',[]),
('when',"When did the union contract at John Morrell's Sioux City plant expire?",["January 31"],R,'3318',"the old pact expired January 31",'1987-01-31',[]),
('when',"On what date was Turner and Newall's offer for AE declared unconditional?",["December 5"],R,'6363',"not declared unconditional until December 5",'1986-12-05',[]),
('when',"When was Wilfried Martens to present the March 1987 Belgian budget accord to parliament?",["Monday","on Monday"],R,'4672',"Prime Minister Wilfried Martens would announce it to Parliament on Monday",'1987-03-16',[(R,'5472',"Belgian Prime Minister Wilfried Martens announced to Parliament a plan")]),
('when',"In which model year would Toyota's rumoured luxury car franchise open?",["the 1989 model year","1989"],R,'17806',"would open in the 1989 model year",'1989',[]),
('how_many',"How many employees does Nippon Light Metal have?",[],R,'272',None,None,[]),
('where',"Near which city is Fiat's Arese engine plant?",["Milan"],B,'business/148',"the Fiat Powertrain plant at Arese near Milan",None,[]),
('where',"In which US state is Circuit City based?",["Virginia"],B,'business/070',"take the Virginia-based firm private",None,[]),
('who',"Who runs Highfields Capital Management?",[],B,'business/070',None,None,[]),
('when',"In what year will Umbro's Chelsea replica kit deal end?",["2006"],B,'business/040',"would end in 2006, five years earlier than expected",'2006',[]),
('when',"When did US Airways first emerge from Chapter 11 bankruptcy?",["March 2003"],B,'business/394',"it emerged from Chapter 11 bankruptcy in March 2003",'2003-03',[]),
('where',"Where is Air Jamaica's head office?",[],B,'business/343',None,None,[]),
('where',"In which city was the Monsanto subsidiary where bribery irregularities surfaced?",["Jakarta"],B,'business/400',"irregularities at a Jakarta-based subsidiary in 2001",None,[]),
('where',"Which country's judges presided over the Pitcairn Island sex-abuse trials?",["New Zealand"],A,'test-4456',"The three New Zealand judges presiding over sexual assault cases",None,[]),
]

recs={}
for s,f in FN.items():
    for l in open(C+f,encoding='utf-8'):
        r=json.loads(l); recs[(s,r['id'])]=(l.rstrip('\n'),r)
# attach near-miss article for unanswerables (for articles.jsonl): the preceding answerable's doc
out=[]; arts=[]; near=[]
for i,(t,q,ans,src,doc,ev,norm,also) in enumerate(Q,1):
    if (src,doc) not in arts: arts.append((src,doc))
    if not ans: near.append((f"aw-{i:03d}",src,doc)); src=doc=ev=None; norm=None; also=[]
    out.append({"id":f"aw-{i:03d}","type":t,"question":q,"answers":ans,"doc":doc,"source":src,"evidence":ev,
                "normalized":norm,"also":[{"source":a,"doc":b,"evidence":c} for a,b,c in also]})
with open('gold.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
with open('articles.jsonl','w',encoding='utf-8') as f:
    for k in arts: f.write(recs[k][0]+'\n')
with open('near_miss.tsv','w') as f:
    f.write('id\tsource\tdoc\n')
    for a,b,c in near: f.write(f'{a}\t{b}\t{c}\n')
print(len(out),'questions',len(arts),'articles')
