# Draft questions for archive-zz. Fields: t,q,a,doc,src,ev,norm,also[(src,doc,ev)],about(src,doc) for unanswerable,absent[[regex,...],...]
R='reuters21578'; B='bbc'; A='agnews'
Q=[]
# --- Bolivia 9591
Q.append(dict(t='when', q="Since when has Bolivia made no payments on the debt it owes commercial banks?",
  a=["March 1984","March, 1984"], doc='9591', src=R, ev="Bolivia halted all payments on its commercial bank debt in March 1984", norm="1984-03",
  also=[(R,'9630',"Bolivia halted all payments on its commercial bank debt in March 1984"),(R,'4548',"commercial banks since March, 1984"),(R,'8055',"has not been paid since March, 1984")]))
Q.append(dict(t='who', q="Which bank leads Bolivia's bank advisory committee?",
  a=["Bank of America"], doc='9591', src=R, ev="Bolivia's bank advisory committee, led by Bank of America", norm=None,
  also=[(R,'9630',"Bolivia's bank advisory committee, led by Bank of America")]))
Q.append(dict(t='how_much', q="How much aid is the United States giving Bolivia to wipe out its coca crops?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'9591'),
  absent=[['Bolivia','coca|cocaine|drug|narcotic','U\\.S\\.|United States|Washington|American'],['Bolivia','coca','dlrs|dollars|mln|billion'],['Bolivia','eradicat'],['Bolivia','aid','U\\.S\\.|United States','mln|billion']]))
# --- Triguna 11822
Q.append(dict(t='how_much', q="What percentage of Indonesia's Triguna Utama Machinery does Mitsubishi Heavy Industries own?",
  a=["40 pct"], doc='11822', src=R, ev="owned 40 pct by MHI", norm={"percent":40.0}, also=[]))
Q.append(dict(t='when', q="When was Triguna Utama Machinery Industries founded?",
  a=["1982"], doc='11822', src=R, ev="Triguna, set up in 1982", norm="1982", also=[]))
Q.append(dict(t='who', q="Who is buying the Triguna shares held by Mitsubishi Heavy and C. Itoh?",
  a=["Caterpillar Tractor Co","Caterpillar"], doc='11822', src=R, ev="to <Caterpillar Tractor Co>", norm=None, also=[]))
Q.append(dict(t='how_much', q="What price is Caterpillar paying for the 65 pct Triguna stake?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'11822'),
  absent=[['Triguna'],['Caterpillar','Indonesia'],['Caterpillar','Mitsubishi|C\\. Itoh','stake'],['Caterpillar','forklift|excavator','Indonesia|Mitsubishi']]))
# --- South Korea 18490
Q.append(dict(t='who', q="Who was South Korea's deputy prime minister in mid-June 1987?",
  a=["Chun In-Yong","Chung"], doc='18490', src=R, ev="Deputy Prime Minister Chun In-Yong told reporters", norm=None, also=[]))
Q.append(dict(t='how_much', q="By how much did South Korea's GNP grow in 1986?",
  a=["12.5 pct"], doc='18490', src=R, ev="GNP rose 12.5 pct in calendar 1986", norm={"percent":12.5},
  also=[(R,'13274',"against a 12.5 pct rise in 1986")]))
Q.append(dict(t='who', q="Who led the IMF team that discussed a won revaluation in Seoul in June 1987?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'18490'),
  absent=[['Korea','IMF|International Monetary Fund','team|mission|delegation'],['Korea|Seoul','IMF|International Monetary Fund','led by|headed by|head of|chief of'],['won','revaluation','IMF|International Monetary Fund']]))
# --- Hodel 18066
Q.append(dict(t='how_much', q="What oil price does Donald Hodel expect by the year 2000?",
  a=["33 dlrs a barrel","around 33 dlrs a barrel"], doc='18066', src=R, ev="probably to around 33 dlrs a barrel in current dollars", norm={"amount":33.0,"currency":"USD"},
  also=[(R,'18108',"probably to around 33 dlrs a barrel in current dollars")]))
Q.append(dict(t='how_many', q="How many stripper wells had been shut because of low prices, according to Hodel?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'18066'),
  absent=[['stripper'],['Hodel','wells'],['wells','shut|closed|plugged|abandon','low (oil )?prices','\\d[\\d,]* (stripper|oil )?wells']]))
# --- Rowntree 4081
Q.append(dict(t='who', q="Who is the chairman of Rowntree Mackintosh?",
  a=["Kenneth Dixon","Dixon"], doc='4081', src=R, ev="chairman Kenneth Dixon", norm=None, also=[]))
Q.append(dict(t='how_much', q="What pre-tax profit did Rowntree Mackintosh earn in the year to January 3, 1987?",
  a=["84 mln stg","84.0 mln stg"], doc='4081', src=R, ev="pretax profit of 84 mln stg", norm={"amount":84000000.0,"currency":"GBP"},
  also=[(R,'4092',"Pretax profit 84.0 mln stg")]))
Q.append(dict(t='when', q="In what year did Rowntree Mackintosh enter speciality retailing?",
  a=["1983"], doc='4081', src=R, ev="speciality retailing business which Rowntree first entered in 1983", norm="1983", also=[]))
Q.append(dict(t='who', q="Who is Rowntree Mackintosh's chief executive?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'4081'),
  absent=[['Rowntree','chief executive|managing director|chief exec|\\bCEO\\b'],['Rowntree','president'],['Rowntree']]))
# --- GM layoffs 18697
Q.append(dict(t='how_many', q="How many Janesville workers is General Motors putting on indefinite layoff in August 1987?",
  a=["350"], doc='18697', src=R, ev="350 of the 3,800 workers at the Janesville plant", norm={"count":350}, also=[]))
Q.append(dict(t='when', q="When do GM's layoffs at the Lordstown, Ohio plant take effect?",
  a=["August 24"], doc='18697', src=R, ev="will be laid off effective August 24", norm="1987-08-24", also=[]))
Q.append(dict(t='how_many', q="How many people work at GM's Lordstown plant?",
  a=["5,100"], doc='18697', src=R, ev="Another 500 workers of the 5,100 employed at GM's Lordstown, Ohio, plant", norm={"count":5100}, also=[]))
Q.append(dict(t='how_much', q="How much will GM save by laying off 850 workers at Janesville and Lordstown?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'18697'),
  absent=[['Janesville|Lordstown'],['General Motors|\\bGM\\b','lay ?off|laid off','850'],['General Motors|\\bGM\\b','lay ?off','sav(e|ing)','Cavalier|Cimarron|Sunbird']]))
# --- Colombia 1880
Q.append(dict(t='how_much', q="How much coffee revenue could Colombia lose in 1987 as prices fall, according to its finance minister?",
  a=["1.5 billion dlrs"], doc='1880', src=R, ev="could mean a loss of 1.5 billion dlrs in revenues for 1987", norm={"amount":1500000000.0,"currency":"USD"},
  also=[(R,'2467',"could mean a loss of 1.5 billion dlrs in revenues for 1987")]))
Q.append(dict(t='how_much', q="What was Colombia's total foreign debt according to Reuters in early March 1987?",
  a=["13.6 billion dlrs"], doc='1880', src=R, ev="has a total foreign debt of 13.6 billion dlrs", norm={"amount":13600000000.0,"currency":"USD"},
  also=[(R,'2467',"has a total foreign debt of 13.6 billion dlrs")]))
# --- Pemex 17478
Q.append(dict(t='who', q="Who is Pemex's executive vice president for international trade?",
  a=["Adrian Lajous","Lajous"], doc='17478', src=R, ev="Adrian Lajous, Pemex' executive vice president of international trade", norm=None, also=[]))
Q.append(dict(t='how_much', q="At what level did a Pemex official in June 1987 expect crude prices to stay until year-end?",
  a=["around 18 dlrs a barrel","18 dlrs a barrel"], doc='17478', src=R, ev="Crude oil prices could remain around 18 dlrs a barrel until the end of the year", norm={"amount":18.0,"currency":"USD"}, also=[]))
Q.append(dict(t='where', q="In which city did Pemex's Adrian Lajous address Japanese businessmen?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'17478'),
  absent=[['Lajous'],['Pemex|Petroleos Mexicanos','Japanese business'],['Pemex|Petroleos Mexicanos','Tokyo|Osaka']]))
# --- Airbus 4724
Q.append(dict(t='how_many', q="How many Airbus A340s has Air France said it wants to buy?",
  a=["seven"], doc='4724', src=R, ev="Air France has said it wants to buy seven of the aircraft", norm={"count":7}, also=[]))
Q.append(dict(t='how_many', q="How many firm A340 orders had Lufthansa placed by March 1987?",
  a=["15"], doc='4724', src=R, ev="which has placed 15 firm orders and 15 options for the plane", norm={"count":15}, also=[]))
Q.append(dict(t='how_much', q="What is the projected cost of the Airbus A340/A330 programme?",
  a=["2.5 billion dlr"], doc='4724', src=R, ev="to fund the 2.5 billion dlr project", norm={"amount":2500000000.0,"currency":"USD"},
  also=[(R,'4725',"funding guarantees from its member governments for the 2.5 billion dlr programme")]))
Q.append(dict(t='who', q="Who chairs the Airbus Industrie supervisory board?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'4724'),
  absent=[['Airbus','supervisory'],['Airbus','supervisory','chair|head|led by|president'],['Airbus','chairman'],['Airbus','Strauss']]))
# --- Texaco/Pennzoil 14615
Q.append(dict(t='who', q="Which Houston law firm represented Pennzoil in its fight over Texaco's 10.3 billion dlr judgment bond?",
  a=["Baker and Botts"], doc='14615', src=R, ev="an attorney at the Houston law firm of Baker and Botts representing Pennzoil", norm=None, also=[]))
# --- FTC 17431
Q.append(dict(t='who', q="Who was chairman of the Federal Trade Commission in April 1987?",
  a=["Daniel Oliver","Oliver"], doc='17431', src=R, ev="FTC Chairman Daniel Oliver said in a statement", norm=None, also=[]))
Q.append(dict(t='how_much', q="What yearly net cost to the economy did the FTC put on a five dlr a barrel oil import fee?",
  a=["3.6 billion dlrs"], doc='17431', src=R, ev="would have a net cost to the economy of 3.6 billion dlrs a year", norm={"amount":3600000000.0,"currency":"USD"}, also=[]))
Q.append(dict(t='who', q="Who directed the FTC bureau of economics study on an oil import fee?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'17431'),
  absent=[['bureau of economics'],['FTC|Federal Trade Commission','import fee|oil tariff|import tariff'],['FTC|Federal Trade Commission','oil','study','director|directed|author|economist']]))
# --- Suncook 16431
Q.append(dict(t='who', q="Besides BankEast, which bank has bid for New Hampshire's Suncook Bank?",
  a=["Bank of New Hampshire","Bank of New Hampshire Corp's <BNHC> Bank of New Hampshire"], doc='16431', src=R, ev="Bank of New Hampshire also has made a bid for Suncook Bank", norm=None, also=[]))
Q.append(dict(t='where', q="Which court barred Suncook Bank from sending out shareholder meeting notices?",
  a=["Merrimack County Superior Court","a state Superior Court"], doc='16431', src=R, ev="the order came from the Merrimack County Superior Court", norm=None, also=[]))
Q.append(dict(t='how_much', q="What percentage of Suncook Bank does BankEast own?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'16431'),
  absent=[['Suncook'],['BankEast'],['BankEast','pct|percent|stake']]))
# --- Cooper Basin 12728
Q.append(dict(t='how_many', q="To what figure were the Cooper Basin joint ventures' recoverable gas reserves raised in April 1987?",
  a=["2,721.7 billion cubic feet","2,721.7"], doc='12728', src=R, ev="upgraded to 2,721.7 billion cubic feet (bcf)", norm={"count":2721.7}, also=[]))
Q.append(dict(t='who', q="Which consultant reassessed the gas reserves of Santos's Cooper Basin ventures?",
  a=["Coles Nikiforuk Pennell Associates"], doc='12728', src=R, ev="consultant <Coles Nikiforuk Pennell Associates>", norm=None, also=[]))
# --- Purolator/Hutton 12156
Q.append(dict(t='who', q="Which Purolator director is a retired vice chairman of Prudential Insurance?",
  a=["Frank Hoenemeyer","Hoenemeyer"], doc='12156', src=R, ev="Frank Hoenemeyer, a retired vice chairman of Prudential Insurance Co", norm=None, also=[]))
Q.append(dict(t='when', q="When did Purolator Courier's board turn down Hutton's first buyout proposal?",
  a=["February third"], doc='12156', src=R, ev="an initial offer from Hutton was rejected by the board of directors February third", norm="1987-02-03", also=[]))
Q.append(dict(t='how_much', q="What fee did Goldman Sachs get for advising Purolator's directors on the Hutton offer?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'12156'),
  absent=[['Purolator','Goldman'],['Purolator','fee'],['Goldman','Purolator|Hutton LBO|PC Acquisition']]))
# --- Kenya shipping 1723
Q.append(dict(t='how_much', q="With how much initial capital is the Kenya National Shipping Line being set up?",
  a=["100 mln shillings"], doc='1723', src=R, ev="with an initial capital of 100 mln shillings", norm={"amount":100000000.0,"currency":"KES"}, also=[]))
Q.append(dict(t='who', q="Which Hamburg shipping company is the Kenya Ports Authority's partner in the new national line?",
  a=["Unimar Seetransport"], doc='1723', src=R, ev="the Hamburg-based shipping line Unimar Seetransport", norm=None, also=[]))
Q.append(dict(t='how_much', q="What share of the Kenya National Shipping Line will the KPA hold?",
  a=["70 pct"], doc='1723', src=R, ev="KPA will hold 70 pct of the shares in the new company", norm={"percent":70.0}, also=[]))
Q.append(dict(t='how_many', q="How many ships will the Kenya National Shipping Line charter at the start?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'1723'),
  absent=[['Kenya','shipping line'],['Kenya National Shipping'],['Kenya','charter','vessel|ship'],['Unimar']]))
# --- Atlantis / Charter-Crellin 21040
Q.append(dict(t='how_much', q="What stake in Charter-Crellin has Atlantis Group built up?",
  a=["6.3 pct"], doc='21040', src=R, ev="or 6.3 pct of the total outstanding", norm={"percent":6.3}, also=[]))
Q.append(dict(t='how_much', q="How much did Atlantis Group pay in total for its Charter-Crellin shares?",
  a=["about 1.51 mln dlrs","1.51 mln dlrs"], doc='21040', src=R, ev="or for a total of about 1.51 mln dlrs", norm={"amount":1510000.0,"currency":"USD"}, also=[]))
Q.append(dict(t='how_many', q="How many Charter-Crellin shares did Atlantis buy?",
  a=["100,000"], doc='21040', src=R, ev="bought 100,000 shares of Charter-Crellin Inc common stock", norm={"count":100000}, also=[]))
# --- Yugoslavia 20955
Q.append(dict(t='how_much', q="What was Yugoslavia's inflation rate when Mikulic proposed new taxes in October 1987?",
  a=["123 pct"], doc='20955', src=R, ev="rein in the country's 123 pct inflation", norm={"percent":123.0}, also=[]))
Q.append(dict(t='when', q="When are Yugoslav deputies due to vote on Mikulic's October 1987 recovery plan?",
  a=["November","in November"], doc='20955', src=R, ev="the draft has to be debated and voted on by deputies in November", norm="1987-11", also=[]))
Q.append(dict(t='who', q="Who is senior research fellow at the Belgrade Institute for Industrial Economy?",
  a=["Zoran Popov","Popov"], doc='20955', src=R, ev="Zoran Popov, senior research fellow at The Belgrade Institute for Industrial Economy", norm=None, also=[]))
# --- Aramco 17519
Q.append(dict(t='how_many', q="How many barrels a day was Exxon allocated under the January 1987 Aramco agreement?",
  a=["440,000 bpd","440,000"], doc='17519', src=R, ev="Exxon Corp <XON> 440,000 bpd", norm={"count":440000}, also=[]))
# --- German bank pay talks 17139
Q.append(dict(t='who', q="Who chairs West Germany's bank employers' federation?",
  a=["Horst Burgard","Burgard"], doc='17139', src=R, ev="the chairman of the bank employers' federation, Horst Burgard", norm=None, also=[]))
Q.append(dict(t='how_much', q="What pay increase did West German bank employers impose after wage talks collapsed in April 1987?",
  a=["3.6 pct"], doc='17139', src=R, ev="The employers have unilaterally imposed a 3.6 pct pay rise", norm={"percent":3.6}, also=[]))
Q.append(dict(t='how_many', q="How many bank employees are covered by West Germany's 1987 bank wage negotiations?",
  a=["380,000"], doc='17139', src=R, ev="the wage negotiations for the 380,000 bank employees", norm={"count":380000}, also=[]))
# --- CBS/Fox 18292
Q.append(dict(t='who', q="Who is the president of CBS/Fox Video?",
  a=["James Fifield","Fifield"], doc='18292', src=R, ev="President James Fifield said in an interview", norm=None, also=[]))
Q.append(dict(t='how_much', q="What were CBS/Fox Video's revenues in 1986?",
  a=["361 mln dlrs"], doc='18292', src=R, ev="up from 361 mln dlrs last year", norm={"amount":361000000.0,"currency":"USD"}, also=[]))
Q.append(dict(t='how_much', q="What net profit did CBS/Fox Video make in 1986?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'18292'),
  absent=[['CBS/Fox|CBS-Fox|CBS Fox'],['Fifield'],['CBS','20th Century|Twentieth Century','video','profit|net income|earnings']]))
# --- Brazil strikes 9479
Q.append(dict(t='who', q="Who heads the political science department at Brasilia university?",
  a=["David Fleischer","Fleischer"], doc='9479', src=R, ev="David Fleischer, head of the political science department in Brasilia university", norm=None, also=[]))
Q.append(dict(t='how_many', q="How many federal universities did Brazil's striking teachers work at in March 1987?",
  a=["42"], doc='9479', src=R, ev="Brazil's 50,000 university teachers in the 42 federal universities launched a national strike", norm={"count":42}, also=[]))
# --- Costa Rica sugar 7501
Q.append(dict(t='how_many', q="How many tonnes of sugar could Costa Rica ship to the Soviet Union in 1987?",
  a=["45,000 tonnes"], doc='7501', src=R, ev="up to 45,000 tonnes of sugar could be exported to the Soviet Union this year", norm={"count":45000}, also=[]))
Q.append(dict(t='where', q="At which port was a Soviet ship to load Costa Rican sugar?",
  a=["Punta Morales"], doc='7501', src=R, ev="the Pacific port of Punta Morales", norm=None, also=[]))
Q.append(dict(t='how_much', q="What price did the Soviet Union pay for Costa Rican sugar in 1987?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'7501'),
  absent=[['Costa Rica','Soviet|USSR|Moscow'],['Costa Rica','sugar','price'],['Alfaro'],['Punta Morales']]))
# ======== BBC / AG News / extra Reuters ========
# --- T in the Park ent/267
Q.append(dict(t='where', q="Where is the T in the Park music festival held?",
  a=["Balado near Kinross","Balado"], doc='entertainment/267', src=B, ev="which takes place at Balado near Kinross in July", norm=None,
  also=[(B,'entertainment/283',"held over the weekend of 9 and 10 July in Balado near Kinross")]))
Q.append(dict(t='who', q="Who heads Big Day Out, the company behind T in the Park?",
  a=["Geoff Ellis","Ellis"], doc='entertainment/267', src=B, ev="Geoff Ellis, CEO of festival organisers Big Day Out Ltd", norm=None, also=[]))
Q.append(dict(t='how_much', q="What did a ticket for T in the Park 2005 cost?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(B,'entertainment/267'),
  absent=[['T in the Park','£|pounds|price|cost'],['T in the Park','ticket'],['Balado','£|price']]))
# --- Amir Khan test-6876
Q.append(dict(t='where', q="Where did Amir Khan fight Michael Evans after the Athens Olympics?",
  a=["Liverpool Olympia"], doc='test-6876', src=A, ev="at Liverpool Olympia last night", norm=None, also=[]))
Q.append(dict(t='who', q="Who did Amir Khan beat in his first bout since his Olympic silver?",
  a=["Michael Evans","American Michael Evans"], doc='test-6876', src=A, ev="victory over American Michael Evans", norm=None, also=[]))
Q.append(dict(t='how_many', q="How many rounds did Amir Khan's bout against Michael Evans last?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-6876'),
  absent=[['Amir Khan'],['Khan','Evans'],['Khan','round'],['Khan','boxing|boxer','rounds?']]))
# --- Sun / SevenSpace test-6600
Q.append(dict(t='where', q="Where is SevenSpace, the IT services firm Sun Microsystems is buying, based?",
  a=["Ashburn, Virginia","Ashburn"], doc='test-6600', src=A, ev="agreed to purchase Ashburn, Virginia, IT services company SevenSpace", norm=None, also=[]))
Q.append(dict(t='how_much', q="How much is Sun Microsystems paying for SevenSpace?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-6600'),
  absent=[['SevenSpace|Seven Space'],['Sun Microsystems|Sun Micro','acqui|purchase|buy','Virginia|IT services'],['Sun','Ashburn']]))
Q.append(dict(t='when', q="When was SevenSpace founded?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-6600'),
  absent=[['SevenSpace|Seven Space'],['Ashburn']]))
# --- Kinnock politics/289
Q.append(dict(t='where', q="Where was Neil Kinnock born?",
  a=["Tredegar"], doc='politics/289', src=B, ev="Born in 1942 in Tredegar", norm=None, also=[]))
Q.append(dict(t='when', q="In what year was Neil Kinnock born?",
  a=["1942"], doc='politics/289', src=B, ev="Born in 1942 in Tredegar", norm="1942", also=[]))
Q.append(dict(t='when', q="When did Neil Kinnock quit as an MP to join the European Commission?",
  a=["1995"], doc='politics/289', src=B, ev="He remained an MP until 1995, when he resigned to become European commission for transport", norm="1995", also=[]))
Q.append(dict(t='how_many', q="How old was Neil Kinnock when first elected to Parliament?",
  a=["28"], doc='politics/289', src=B, ev="he became an MP at the age of just 28", norm={"count":28}, also=[]))
Q.append(dict(t='when', q="In what year did Neil Kinnock marry Glenys?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(B,'politics/289'),
  absent=[['Kinnock','marri|wedding|\\bwed\\b'],['Glenys'],['Kinnock','wife']]))
# --- NRJ awards ent/243
Q.append(dict(t='where', q="In which city were the NRJ Music Awards at which U2 were honoured held?",
  a=["Cannes"], doc='entertainment/243', src=B, ev="at the Cannes ceremony", norm=None, also=[]))
# --- Coast Guard / Ivan test-1776
Q.append(dict(t='where', q="In which states did the Coast Guard close ports as Hurricane Ivan approached?",
  a=["Alabama, Florida and Mississippi"], doc='test-1776', src=A, ev="in the Gulf of Mexico coast states of Alabama, Florida and Mississippi", norm=None, also=[]))
Q.append(dict(t='how_many', q="How many Gulf ports did the Coast Guard shut ahead of Hurricane Ivan?",
  a=["five"], doc='test-1776', src=A, ev="The U.S. Coast Guard shut five ports on Wednesday", norm={"count":5}, also=[]))
# --- Unimar (Kenya 1723)
Q.append(dict(t='where', q="Where is Unimar Seetransport, Kenya's shipping-line partner, based?",
  a=["Hamburg"], doc='1723', src=R, ev="the Hamburg-based shipping line Unimar Seetransport", norm=None, also=[]))
# --- Forsberg test-2376
Q.append(dict(t='where', q="At which arena was Peter Forsberg's retired No. 21 jersey lowered from the rafters?",
  a=["Kempehallen"], doc='test-2376', src=A, ev="was lowered from the rafters at Kempehallen", norm=None, also=[]))
# --- Brando ent/048
Q.append(dict(t='where', q="Where did Marlon Brando die?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(B,'entertainment/048'),
  absent=[['Brando','died|death|dies'],['Brando','Los Angeles|hospital|UCLA|home|California'],['Marlon Brando']]))
Q.append(dict(t='when', q="On what date did Marlon Brando die?",
  a=["1 July"], doc='entertainment/048', src=B, ev="Marlon Brando's death on 1 July at the age of 80", norm="2004-07-01", also=[]))
Q.append(dict(t='how_many', q="How old was Marlon Brando when he died?",
  a=["80"], doc='entertainment/048', src=B, ev="Marlon Brando's death on 1 July at the age of 80", norm={"count":80},
  also=[(B,'entertainment/056',"who died last July at the age of 80")]))
# --- Atlantis (21040), CBS/Fox (18292), Triguna (11822) where-unanswerables
Q.append(dict(t='where', q="Where is Atlantis Group, the Charter-Crellin stake buyer, headquartered?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'21040'),
  absent=[['Atlantis Group|Atlantis <AGH>'],['Atlantis','based|headquarter'],['Charter-Crellin']]))
Q.append(dict(t='where', q="In which city is CBS/Fox Video headquartered?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'18292'),
  absent=[['CBS/Fox|CBS Fox|CBS-Fox'],['Fifield'],['CBS','Fox','video','based|headquarter']]))
Q.append(dict(t='where', q="In which Indonesian city does Triguna build its forklifts?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'11822'),
  absent=[['Triguna'],['forklift','Indonesia'],['Mitsubishi','Indonesia','excavator|forklift']]))
# --- Avcen Jetpod test-5289
Q.append(dict(t='who', q="Which company designed the Jetpod flying taxi?",
  a=["Avcen"], doc='test-5289', src=A, ev="British company Avcen, designers of \"Jetpod \" taxi", norm=None, also=[]))
Q.append(dict(t='how_many', q="How fast can Avcen's Jetpod taxi fly?",
  a=["350 mph","up to 350 mph","563 kph"], doc='test-5289', src=A, ev="with speeds of up to 350 mph (563 kph)", norm={"count":350}, also=[]))
Q.append(dict(t='where', q="In which city is Jetpod designer Avcen based?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-5289'),
  absent=[['Avcen'],['Jetpod'],['flying taxi']]))
Q.append(dict(t='when', q="When was Avcen, the British maker of the Jetpod, founded?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-5289'),
  absent=[['Avcen'],['Jetpod'],['flying taxi']]))
Q.append(dict(t='how_many', q="How many passengers can the Jetpod flying taxi carry?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-5289'),
  absent=[['Avcen'],['Jetpod'],['flying taxi'],['taxi','passengers','mph']]))
Q.append(dict(t='who', q="Who founded Avcen?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-5289'),
  absent=[['Avcen'],['Jetpod'],['flying taxi']]))
# --- Michael Johnson sport/037
Q.append(dict(t='where', q="In which city did Michael Johnson criticise British sprinters at a coaches' conference?",
  a=["Birmingham"], doc='sport/037', src=B, ev="Speaking at an elite coaches' conference in Birmingham", norm=None, also=[]))
# --- Rowntree 4081 where
Q.append(dict(t='where', q="Which country was Rowntree Mackintosh's biggest source of trading profit in 1986?",
  a=["U.K.","The U.K."], doc='4081', src=R, ev="The U.K. Remained Rowntree's largest centre for trading profits", norm=None, also=[]))
# --- Maternity politics/001
Q.append(dict(t='how_much', q="By how much will maternity pay rise under Patricia Hewitt's plan?",
  a=["£1,400"], doc='politics/001', src=B, ev="Maternity pay for new mothers is to rise by £1,400", norm={"amount":1400.0,"currency":"GBP"}, also=[]))
Q.append(dict(t='when', q="By what year does Labour plan nine months of paid maternity leave?",
  a=["2007","by 2007"], doc='politics/001', src=B, ev="paid leave would be increased to nine months by 2007", norm="2007", also=[]))
# --- Wilkinson sport/373
Q.append(dict(t='when', q="When did Fred Stokes captain England's rugby union side?",
  a=["1871"], doc='sport/373', src=B, ev="since Fred Stokes held the position in 1871", norm="1871", also=[]))
# --- Bush budget business/204
Q.append(dict(t='when', q="By what year does Bush's budget aim to cut the deficit to $230bn?",
  a=["2009","by 2009"], doc='business/204', src=B, ev="reducing the deficit to $230bn by 2009", norm="2009", also=[]))
# --- IBM Linux tech/012
Q.append(dict(t='when', q="In what year did IBM start its earlier $300m Linux programme?",
  a=["2001"], doc='tech/012', src=B, ev="In 2001 it put $300m into a three-year Linux program", norm="2001",
  also=[(B,'tech/331',"In 2001 it put $300m into a three-year Linux program")]))
# --- Caterpillar Mitsubishi (11822)
Q.append(dict(t='when', q="When was the Caterpillar Mitsubishi joint venture formed?",
  a=["1963"], doc='11822', src=R, ev="<Caterpillar Mitsubishi Ltd>, formed in 1963", norm="1963", also=[]))
# --- Kenya Ports Authority (1723)
Q.append(dict(t='when', q="When was the Kenya Ports Authority set up?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(R,'1723'),
  absent=[['Kenya Ports Authority'],['Kenya','ports? authority'],['Kenya','\\bKPA\\b']]))
# --- Caminiti test-4971
Q.append(dict(t='how_many', q="How old was Ken Caminiti when he died?",
  a=["41"], doc='test-4971', src=A, ev="before he died at age 41", norm={"count":41},
  also=[(A,'test-3564',"He was 41")]))
Q.append(dict(t='when', q="When did Ken Caminiti retire from baseball?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-4971'),
  absent=[['Caminiti'],['Caminiti','retire'],['Caminiti','19\\d\\d|200\\d']]))
# --- MSN Spaces tech/162
Q.append(dict(t='who', q="Which MSN executive described MSN Spaces as a simple self-expression tool?",
  a=["Blake Irving"], doc='tech/162', src=B, ev="said MSN's Blake Irving", norm=None,
  also=[(B,'tech/149',"said MSN's Blake Irving")]))
# --- Seagate test-6015
Q.append(dict(t='how_many', q="How many gigabytes can Seagate store on a single disc platter?",
  a=["133GB","133"], doc='test-6015', src=A, ev="managing to store 133GB per disc", norm={"count":133}, also=[]))
Q.append(dict(t='how_much', q="What will Seagate's 400GB hard drive sell for?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-6015'),
  absent=[['Seagate'],['Seagate','price|\\$|cost|dollars'],['400 ?GB']]))
# --- IMF Rajan test-7350
Q.append(dict(t='who', q="Who is the IMF's chief economist?",
  a=["Raghuram Rajan","Rajan"], doc='test-7350', src=A, ev="International Monetary Fund chief economist Raghuram Rajan said", norm=None, also=[]))
Q.append(dict(t='how_many', q="How many employees does SevenSpace have?",
  a=[], doc=None, src=None, ev=None, norm=None, also=[], about=(A,'test-6600'),
  absent=[['SevenSpace|Seven Space'],['Ashburn'],['Sun Microsystems|Sun Micro','employees|staff|workers','services']]))
# ---- apply replacements from patch1.py (questions moved to further articles) ----
_ns={}; exec(open('patch1.py').read(), _ns)
_hit=set()
for _i,_q in enumerate(Q):
    if _q['q'] in _ns['REPL']: Q[_i]=_ns['REPL'][_q['q']]; _hit.add(_q['q'])
assert _hit==set(_ns['REPL']), set(_ns['REPL'])-_hit
# answer variants that occur only in the 'also' articles are not kept in answers (answers must be substrings of doc text)
for _q in Q:
    if _q['q'].startswith("Since when has Bolivia"): _q['a']=["March 1984"]
    if _q['q'].startswith("What pre-tax profit did Rowntree"): _q['a']=["84 mln stg"]
