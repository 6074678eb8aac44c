import json
R,B,A="reuters21578","bbc","agnews"
Q=[]
def a(t,q,ans,src,doc,ev,norm=None,also=()):
    Q.append(dict(type=t,question=q,answers=ans,doc=doc,source=src,evidence=ev,normalized=norm,
                  also=[{"source":s,"doc":d,"evidence":e} for s,d,e in also]))
def u(t,q,checks,near):
    Q.append(dict(type=t,question=q,answers=[],doc=None,source=None,evidence=None,normalized=None,also=[],_chk=checks,_near=near))
def M(x,c): return {"amount":float(x),"currency":c}
def P(x): return {"percent":float(x)}
def C(x): return {"count":x}

# ---------------- Reuters ----------------
a("how_much","What price per share did Warburg, Pincus offer for Symbion stock in its March 1987 tender?",
  ["3.50 dlrs per share","3.50 dlrs","3.50-dlr-per-share","3.50 dlr"],R,"7253","at 3.50 dlrs per share",M(3.5,"USD"),
  [(R,"5293","Symbion Inc at 3.50 dlrs each"),(R,"12965","the 3.50-dlr-per-share cash price")])
a("how_many","How many Symbion shares were outstanding?",["7,472,000"],R,"7253","Symbion has 7,472,000 shares outstanding",C(7472000))
u("who","Who is Symbion's chief executive?",["symbion && chief executive|president|chairman|CEO|chief officer","symbion && said .{0,40}(Mr|Dr)\\.? [A-Z]"],("reuters21578","7253"))
u("where","In which city is artificial-heart maker Symbion based?",["symbion && based|headquarter|salt lake|city|utah"],("reuters21578","7253"))
a("where","Where was the failed Plaza National Bank located?",["Del Rio","Del Rio, Texas"],R,"4589","Plaza National Bank, Del Rio, Texas")
a("how_much","How large were Plaza National Bank's assets when regulators shut it?",["34.8 mln dlrs"],R,"4589","with assets of 34.8 mln dlrs",M(34.8e6,"USD"))
a("who","Which company took over the deposits of the First National Bank of Olney?",["Olney Bancshares Inc.","Olney Bancshares Inc","Olney Bancshares"],R,"4589","by Olney Bancshares Inc., Olney, Texas")
u("how_many","How many employees did Plaza National Bank of Del Rio have?",["plaza national|del rio && employ|staff|workers|people","plaza national && \\d"],("reuters21578","4589"))
a("who","Who was the Soviet Union's deputy trade representative in the U.S. in March 1987?",["Albert Melnikov","Melnikov","Albert Melknikov"],R,"1777","said Albert Melnikov, deputy trade representative of the Soviet Union to the United States",None,
  [(R,"1731","Albert Melnikov, deputy trade representative of the Soviet Union"),(R,"1834","Albert Melknikov, deputy trade representative of the Soviet Union to the United States")])
a("how_many","How many tonnes of U.S. corn did Soviet trade official Albert Melnikov confirm Moscow had bought?",["1.5 mln tonnes","1.5 mln"],R,"1777","which he confirmed at 1.5 mln tonnes",C(1500000),
  [(R,"4988","the Soviet Union has purchased an additional 1.5 mln tonnes of U.S. corn")])
a("who","Who headed Japan's Economic Planning Agency in June 1987?",["Tetsuo Kondo","Kondo"],R,"19059","Tetsuo Kondo, director general of the government's Economic Planning Agency (EPA)",None,
  [(R,"10271","EPA chief Tetsuo Kondo"),(R,"18507","Economic Planning Minister Tetsuo Kondo"),(R,"19047","Economic Planning Minister Tetsuo Kondo"),(R,"19062","Economic Planning Minister Tetsuo Kondo")])
a("how_many","How many combines did Massey Combines ship to Saudi Arabia?",["48"],R,"5953","shipped 48 large conventional combines",C(48))
a("where","In which city is Massey Combines' Saudi distributor?",["Riyadh"],R,"5953","Saudi Arabian distributor, located in Riyadh")
a("how_much","What percentage of Massey Combines Corp does Varity own?",["45 pct"],R,"5953","Massey Combines Corp, 45 pct owned by Varity Corp",P(45))
u("who","Who is president of Massey Combines Corp?",["massey && president|chief executive|chairman|CEO"],("reuters21578","5953"))
a("who","Who was America's OECD ambassador in 1987?",["Edward Streator","Streator"],R,"17394","U.S. Ambassador to the Organisation for Economic Cooperation and Development Edward Streator")
a("how_much","At what price had Kloeckner-Werke shares last closed before trading was suspended in April 1987?",["67.20 marks"],R,"17253","Kloeckner shares closed Friday at 67.20 marks",M(67.2,"DEM"))
a("how_much","What stake does Kloeckner-Werke hold in Maxhuette?",["just over 49 pct","49 pct"],R,"17253","Kloeckner owns just over 49 pct of the share capital",P(49))
u("how_many","How many people work for the Bavarian steelmaker Maxhuette?",["maxh|maximil && employ|workers|jobs|staff|workforce"],("reuters21578","17253"))
a("how_many","How long is the pipeline planned under Mexico's Pacific petroleum project?",["267-klm","267-km","160.2-mile"],R,"12369","a 267-klm (160.2-mile) pipeline",C(267),
  [(R,"12392","a 267-km pipeline")])
a("how_much","How large is the Japanese Eximbank credit financing Mexico's Pacific oil pipeline?",["500 mln dlr"],R,"12369","a 500 mln dlr credit from japan's eximbank",M(500e6,"USD"),
  [(R,"12392","a 500 mln dlr credit from japan's eximbank"),(R,"918","500 mln dlruntied loan from the Export-Import Bank of Japan")])
a("where","Which Pacific coast port will Mexico's new oil pipeline from Nuevo Teapa reach?",["salina cruz","Salina Cruz"],R,"12369","salina cruz, oaxaca on the pacific coast",None,
  [(R,"12392","salina cruz, oaxaca, on the pacific coast"),(R,"918","Salina Cruz on the Pacific Coast")])
u("how_much","What interest rate does Japan's Eximbank charge on its 500 mln dlr loan for Mexico's pipeline?",["eximbank|export-import bank of japan && mexic|pemex && interest|libor|spread|pct|percent|rate"],("reuters21578","12369"))
a("how_much","What was the advanced visual display market worth in 1986, according to Philips?",["683 mln dlrs"],R,"19253","Last year, the market was worth 683 mln dlrs",M(683e6,"USD"))
a("who","Which Philips spokesman discussed pocket-sized LCD prices?",["Jack Reemers","Reemers"],R,"19253","Philips spokesman Jack Reemers")
u("how_much","How much is Philips investing in LCD production?",["philips && lcd|liquid crystal|display && invest|spend|capital|mln|billion"],("reuters21578","19253"))
a("who","Who was vice-president of APT, the ATT-Philips telecoms venture, in March 1987?",["Wim Huisman","Huisman"],R,"6090","APT vice-president Wim Huisman")
a("how_much","What sale price did the French government set for CGCT?",["500 mln francs"],R,"6090","to be sold by the government for 500 mln francs",M(500e6,"FRF"),
  [(R,"9954","set a price of 500 mln francs for the whole company"),(R,"10563","has been priced at 500 mln francs")])
u("how_many","How many employees does French telephone maker CGCT have?",["CGCT|generale de constructions && employ|workers|staff|jobs|workforce"],("reuters21578","6090"))
a("how_much","How much did Hungary raise meat prices in April 1987?",["an average 18 pct","18 pct"],R,"16103","the price of meat will rise by an average 18 pct",P(18),
  [(R,"16241","the price of meat will rise by an average 18 pct")])
a("how_much","How big was Hungary's 1986 budget deficit?",["47 billion forints"],R,"16103","the budget deficit tripled in 1986 to 47 billion forints",M(47e9,"HUF"),
  [(R,"335","budget deficit rose to a preliminary 47 billion forints last year"),(R,"3593","tripled to a provisional 47 billion forints last year")])
u("how_much","By how much did Hungary increase pensions in April 1987?",["hungar && pension|family allowance"],("reuters21578","16103"))
a("how_much","How much did Revlon pay for Germaine Monteil?",["2.5 mln dlrs"],R,"7820","sold to Revlon for 2.5 mln dlrs in cash",M(2.5e6,"USD"))
a("who","Which company sold the Germaine Monteil cosmetics business to Revlon?",["Beecham Group PLC","Beecham","Beecham Plc"],R,"7820","from the Beecham Group PLC",None,
  [(R,"13068","Beecham Plc said last month it was selling its Germain Monteil unit to Revlon")])
u("how_much","What were Germaine Monteil's annual sales?",["monteil && sales|revenue|turnover"],("reuters21578","7820"))
a("how_many","How many West German steel workers would the June 1987 lay-off and retraining plan cover?",["20,000"],R,"18456","retrain 20,000 steel workers",C(20000),
  [(R,"18407","retrain 20,000 steel workers")])
a("how_much","What would redundancy payments cost under the German steel industry's June 1987 job-cut proposal?",["600 mln marks"],R,"18456","Redundancies are estimated at 600 mln marks",M(600e6,"DEM"))
a("how_many","How many bags of coffee was Uganda's Coffee Marketing Board stockpiling in April 1987?",["455,000"],R,"16097","The CMB has 455,000 60-kg bags of coffee",C(455000))
a("who","Who is chairman of Seton Co?",["Philip D. Kaltenbacher","Kaltenbacher"],R,"5455","chairman and chief executive officer Philip D. Kaltenbacher")
a("how_much","What did Seton's chairman offer per share in his March 1987 buyout proposal?",["15.75 dlrs per share","15.75 dlrs"],R,"5455","to acquire Seton for 15.75 dlrs per share in cash",M(15.75,"USD"))
u("how_many","How old is Seton chairman Philip Kaltenbacher?",["kaltenbacher && age|aged|old|\\d\\d,"],("reuters21578","5455"))
u("where","Where is Seton Co headquartered?",["seton && based|headquarter|offices|N\\.J\\.|new jersey|newark"],("reuters21578","5455"))
a("when","When did the Tower Commission publish its report on the Iran arms affair?",["February 26"],R,"11770","In a scathing report on February 26",'1987-02-26')
a("when","On what date did Reagan publicly accept the Tower report's conclusions?",["March 4"],R,"11770","Reagan accepted the report's conclusions in a speech on March 4","1987-03-04")
a("who","Who led the rescue effort for the Herald of Free Enterprise?",["Jacques Thas","Thas"],R,"2959","Jacques Thas, in charge of rescue for the Herald of Free Enterprise")
a("how_many","According to Belgian rescue chief Jacques Thas, how many passengers and crew were aboard the Herald of Free Enterprise?",["543"],R,"2959","32 of the 543 passsengers and crew",C(543),
  [(R,"2955","the ferry was carrying 543 people")])
u("who","Who was captain of the Herald of Free Enterprise?",["herald of free enterprise|zeebrugge|ferry|townsend thoresen && captain|master|skipper|commander|helmsman"],("reuters21578","2959"))
a("how_much","How much was GPA's April 1987 engine order with CFM International worth?",["320 mln dlr","320 mln dlrs"],R,"16557","placed a 320 mln dlr order",M(320e6,"USD"),
  [(R,"16691","CFM56-5 engines worth 320 mln dlrs")])
a("who","Who is chairman of GPA Airbus 320?",["Peter Swift","Swift"],R,"16557","GPA Airbus 320 chairman Peter Swift")
a("where","Where is GPA Airbus 320 based?",["Shannon, Ireland","Shannon"],R,"16557","based in Shannon, Ireland",None,
  [(R,"16691","GPA Airbus 320 Group Ltd, Shannon, Ireland")])
u("how_much","What is the price of each Airbus A320 that GPA has on order?",["a320 && gpa|guinness peat && dlrs|price|cost|worth"],("reuters21578","16557"))
a("how_much","How much did Henley Group raise in its 1986 initial public offering?",["1.19 billion dlrs"],R,"5726","raised 1.19 billion dlrs",M(1.19e9,"USD"))
a("when","When did Conrail first turn a profit?",["1981"],R,"5726","turned its first profit in 1981","1981")
a("when","In what year did Conrail stop running passenger trains?",["1982"],R,"5726","Conrail operated its last passenger service in 1982","1982")
a("who","Who was Lloyds Bank's treasurer in June 1987?",["Alan Moore","Moore"],R,"19353","Alan Moore, Lloyds Treasurer",None,
  [(R,"19247","Lloyds Treasurer Alan Moore")])
a("how_much","How much did Lloyds Merchant Bank lose in 1986?",["28 mln stg"],R,"19353","a loss of 28 mln stg",M(28e6,"GBP"))
a("how_many","How many gilt market makers were there when Big Bang began?",["27"],R,"19353","sustain 27 market makers",C(27),
  [(R,"19247","began Big Bang with 27 market makers")])
u("how_many","How many Lloyds staff were affected by its exit from gilt and Eurobond market making?",["lloyds && gilt|eurobond && staff|jobs|employees|people|redeploy"],("reuters21578","19353"))
a("who","Who is president of the Desjardins Group?",["Claude Beland","Beland"],R,"5512","president Claude Beland")
a("when","When was the Desjardins Group founded?",["1900"],R,"5512","which was founded in 1900","1900")
a("how_much","What share of Quebec mortgage loans does the Desjardins credit union group hold?",["50 pct"],R,"5512","50 pct of mortgage loans",P(50))
u("how_many","How many members does the Desjardins Group have?",["desjardins && members|membership|depositors|caisses|\\d+ (mln|million|branches)"],("reuters21578","5512"))
a("when","When will New Zealand release its consultative document on the proposed anti-tax-haven law?",["September"],R,"18513","A consultative document will be released in September","1987-09")
a("when","On what date did Taiwan's textile federation ask the government to hold the Taiwan dollar at 35 to the U.S. dollar?",["February 19"],R,"891","The Federation asked the government on February 19","1987-02-19")
a("how_much","How much were Taiwan's textile exports worth in 1986?",["7.8 billion U.S. Dlrs"],R,"891","Textile exports surged to 7.8 billion U.S. Dlrs last year",M(7.8e9,"USD"))
a("how_much","What pretax profit did British Telecom report for 1986/87?",["2.07 billion stg"],R,"18579","1986/87 pretax profits to 2.07 billion stg",M(2.07e9,"GBP"))
a("who","Who was British Telecom's chairman in 1987?",["Sir George Jefferson","George Jefferson","Jefferson"],R,"18579","BT chairman Sir George Jefferson",None,
  [(R,"4098","chairman Sir George Jefferson")])
u("how_many","How many people did British Telecom employ in 1987?",["british telecom|\\bBT\\b && employ|staff|workforce|workers|jobs|payroll"],("reuters21578","18579"))
a("who","Which woman's promotion was at issue in the Supreme Court's March 1987 affirmative action ruling?",["Diane Joyce"],R,"9716","a female road yard clerk, Diane Joyce")
u("how_many","How old was Diane Joyce when she won the disputed 1980 promotion?",["joyce && age|aged|old|\\d\\d,"],("reuters21578","9716"))
a("who","Who was chairman of Canadian Imperial Bank of Commerce in April 1987?",["R. Donald Fullerton","Donald Fullerton","Fullerton"],R,"16613","bank chairman R. Donald Fullerton")
a("how_much","How much has Canadian Imperial Bank of Commerce lent to Dome Petroleum?",["about 900 mln Canadian dlrs","900 mln Canadian dlrs"],R,"16613","Canadian Imperial has about 900 mln Canadian dlrs in outstanding loans to Dome",M(900e6,"CAD"))
a("how_much","What will the Japan-Thailand rare metals pilot plant cost?",["500 mln yen"],R,"3460","a 500 mln yen pilot plant",M(500e6,"JPY"))
a("where","In which city will Japan build its rare metals pilot plant with Thailand?",["Bangkok"],R,"3460","pilot plant in Bangkok")
a("when","When do Japan and Thailand aim to start commercial production of rare metals?",["1989"],R,"3460","commercial production of rare metals in 1989","1989")
a("how_much","What per-share price did Ecolab agree to pay for Chemlawn?",["36.50 dlrs a share","36.50 dlrs"],R,"8010","for 36.50 dlrs a share in cash",M(36.5,"USD"),
  [(R,"8691","ChemLawn Corp at 36.50 dlrs each"),(R,"9285","at 36.50 dlrs a share from Ecolab Inc"),(R,"16805","ChemLawn shares at 36.50 dlrs each")])
a("where","Where is Ecolab based?",["St. Paul, Minn.","St. Paul"],R,"8010","based in St. Paul, Minn.")
u("who","Who is Ecolab's chief executive?",["ecolab && chief executive|president|chairman|CEO|chief officer"],("reuters21578","8010"))
a("when","Until what date did Owens-Illinois extend its tender offer for Brockway?",["October 30","midnight October 30"],R,"20618","has been extended to midnight October 30","1987-10-30")
a("how_many","How many Brockway shares had been tendered to Owens-Illinois by October 19, 1987?",["1,598,789"],R,"20618","1,598,789 common shares",C(1598789))
a("who","Which Sanford C. Bernstein analyst attended Texaco's post-bankruptcy meeting with analysts?",["Richard Pzena","Pzena"],R,"16713","said Richard Pzena of Sanford C. Bernstein and Co, who attended the meeting")
a("how_much","What is the basic price of ATT's Spirit phone system?",["1,500 dlrs"],R,"17026","a basic price tag of 1,500 dlrs",M(1500,"USD"))
a("how_many","How many telephones can ATT's Merlin system handle?",["72"],R,"17026","up to 32 lines and 72 telephones",C(72))
a("when","When did Moody's begin its review of Fluor Corp's debt?",["February 6"],R,"645","a review begun February 6","1987-02-06")
a("how_much","How much Fluor Corp debt did Moody's downgrade in March 1987?",["about 390 mln dlrs","390 mln dlrs"],R,"645","lowered the ratings on about 390 mln dlrs",M(390e6,"USD"))
u("who","Who is Fluor Corp's chief financial officer?",["fluor && chief financial|finance chief|CFO|financial officer|treasurer"],("reuters21578","645"))
a("when","When were Japan's six-month tankoku bills introduced?",["February 1986"],R,"10761","Tankoku, introduced in February 1986","1986-02",
  [(R,"10677","Tankoku, introduced in February 1986")])

# ---------------- BBC ----------------
a("where","Where is Andrew Fisher, who auctioned ad space on his forehead, from?",["Omaha, Nebraska","Omaha"],B,"tech/209","Andrew Fisher, from Omaha, Nebraska")
a("how_many","How old was Andrew Fisher when he auctioned his forehead on eBay?",["20"],B,"tech/209","A 20-year-old US man",C(20))
u("how_much","What did the winning bidder finally pay to advertise on Andrew Fisher's forehead?",["fisher|forehead && bid|paid|won|winning|\\$|£"],("bbc","tech/209"))
a("where","In which city were Fiat and GM due to meet over the Fiat put option?",["Zurich"],B,"business/359","1330 GMT in Zurich",None,
  [(A,"test-7231","a meeting between the two companies in Zurich on Tuesday")])
a("how_much","What stake in Fiat's car division did GM buy in 2000?",["20%"],B,"business/359","GM's decision to buy 20% of Fiat's auto division in 2000",P(20),
  [(B,"business/078","GM's offer to buy a 20% stake"),(B,"business/160","GM swapped a 6% stake in itself for 20% of Fiat")])
a("who","Who won best director at the Independent Spirit Awards where Sideways swept the board?",["Alexander Payne","Payne"],B,"entertainment/062","Alexander Payne won best director",None,
  [(B,"entertainment/370","Alexander Payne won best director")])
a("how_many","How many members vote for the Independent Spirit Awards?",["9,000"],B,"entertainment/062","voted for by the 9,000 members",C(9000),
  [(B,"entertainment/370","voted for by the 9,000 members")])
a("who","Who directs the Arkansas State University venue where Nelly was booked to play?",["Tim Dean","Dean"],B,"entertainment/281","Tim Dean, director of the Arkansas State University venue")
a("where","In which town did church ministers urge a boycott of Nelly's concert?",["Jonesboro"],B,"entertainment/281","More than 20 Jonesboro ministers urged music fans to boycott")
u("how_much","How much did tickets cost for Nelly's Arkansas State University concert?",["nelly && ticket|\\$|dollars","jonesboro && ticket|\\$"],("bbc","entertainment/281"))
a("who","Who was Deutsche Boerse's chairman when hedge funds opposed its LSE bid?",["Rolf Breuer","Breuer"],B,"business/203","Deutsche's chairman Rolf Breuer")
a("when","On what date was Deutsche Boerse's annual general meeting scheduled, when TCI sought to oust its board?",["May 25"],B,"business/203","the annual general meeting on May 25",None)
a("how_much","How much will Real Sociedad pay Rangers to take Dragan Mladenovic on loan?",["£150,000"],B,"sport/117","Sociedad say they will pay Rangers £150,000",M(150000,"GBP"))
a("how_many","How old is midfielder Dragan Mladenovic?",["28"],B,"sport/117","The 28-year-old",C(28))
u("how_many","How long is Dragan Mladenovic's contract with Rangers?",["mladenovic && contract|deal|years|until"],("bbc","sport/117"))
a("who","Whom did Lleyton Hewitt beat in the Sydney International final?",["Ivo Minar","Minar"],B,"sport/450","victory over Ivo Minar in the final of the Sydney International")
u("how_much","How much prize money did Lleyton Hewitt collect for winning the Sydney International against Ivo Minar?",["hewitt && sydney && prize|\\$|£|money|cheque"],("bbc","sport/450"))
a("when","When is the Great Edinburgh International Cross Country that Susan Chepkemei joined?",["15 January"],B,"sport/024","competes in Edinburgh on 15 January",None)
a("where","Where was the Great Edinburgh six-kilometre cross country event staged when Chepkemei won it?",["Newcastle"],B,"sport/024","when it was staged in Newcastle")
a("how_much","What record half-year net profit did Qantas report for the six months to 31 December?",["A$458.4m"],B,"business/128","rose 28% to A$458.4m",M(458.4e6,"AUD"))
a("who","Who was Qantas's chief financial officer when it posted record half-year profits?",["Peter Gregg","Gregg"],B,"business/128","chief financial officer Peter Gregg")
u("when","When did Geoff Dixon become chief executive of Qantas?",["dixon && qantas && (appointed|became|took over|since|joined|named)"],("bbc","business/128"))
a("how_much","What was the average house price in England and Wales in the last quarter of 2004, according to the Land Registry?",["£182,920"],B,"business/248","The average house price in England and Wales was £182,920",M(182920,"GBP"))
a("where","Which region of England and Wales saw the biggest annual house price rise in late 2004?",["Wales"],B,"business/248","The biggest annual gains were made in Wales")
a("how_much","How much does Nasdaq plan to raise from its share sale?",["$100m"],B,"business/365","plans to raise $100m",M(100e6,"USD"),
  [(B,"business/267","plans to raise $100m")])
u("who","Who is the chief executive of Nasdaq Stock Market?",["nasdaq && chief executive|chairman|president|boss|head"],("bbc","business/365"))
a("where","At which cinema will the Directors Guild of Great Britain awards be held?",["Curzon Mayfair cinema","Curzon Mayfair"],B,"entertainment/377","held at the Curzon Mayfair cinema in London")
a("who","Who will receive the Directors Guild of Great Britain's lifetime achievement award?",["Sam Mendes","Mendes"],B,"entertainment/377","Sam Mendes will receive a lifetime achievement award")
a("how_much","What is the highest one-way economy fare under Delta's SimpliFares?",["$499"],B,"business/395","no one-way economy fare will now be priced higher than $499",M(499,"USD"))
a("where","Which city is Delta Air Lines' second-largest hub?",["Cincinnati"],B,"business/395","Cincinnati, its second-largest hub")
u("how_many","How many passengers does Delta Air Lines carry a year?",["delta && passengers && \\d"],("bbc","business/395"))
a("how_much","How much did Rosneft pay for Yukos's Yugansk unit?",["$9.3bn"],B,"business/230","Rosneft bought the unit for $9.3bn",M(9.3e9,"USD"),
  [(B,"business/003","Rosneft bought the Yugansk unit for $9.3bn"),(B,"business/077","Yugansk was sold for $9.3bn"),(B,"business/127","Rosneft for $9.3bn"),(B,"business/164","Rosneft for $9.3bn")])
a("how_many","How old was Chelsea goalkeeper Carlo Cudicini when he missed the Carling Cup final?",["31"],B,"sport/174","The 31-year-old",C(31))
a("how_many","How many clean sheets did Carlo Cudicini keep for Chelsea in the season before Cech arrived?",["24"],B,"sport/174","a club record 24 clean sheets",C(24))
a("who","Who was India's commerce minister when India-Pakistan trade tripled?",["Kamal Nath","Nath"],B,"business/347","India's federal commerce Minister Kamal Nath",None,
  [(B,"business/068","Kamal Nath, Commerce and Industry Minister")])
a("how_much","How much was India-Pakistan trade worth in April-July 2004?",["$186.3m"],B,"business/347","rose to $186.3m",M(186.3e6,"USD"))

# ---------------- AG News ----------------
a("how_much","How much were the Czech Republic's mobile phone operators fined in total?",["$1.7 million"],A,"test-1874","fined a total of $1.7 million",M(1.7e6,"USD"))
u("who","Who heads the Czech competition authority that fined the mobile operators?",["czech && competition|antitrust && (chairman|head|chief|director|president)"],("agnews","test-1874"))
a("how_much","How much will News Corporation spend on new printing plants for News International?",["more than GBP 600million","GBP 600million"],A,"test-3695","more than GBP 600million on new printing plants",M(600e6,"GBP"))
a("when","When did News Corporation announce its investment in News International's printing plants?",["Oct. 12, 2004"],A,"test-3695","LONDON--Oct. 12, 2004--","2004-10-12")
u("how_many","How many printing plants is News International building with its new investment?",["news international|news corp && printing && plants|presses|sites && \\d|three|four|two"],("agnews","test-3695"))
a("how_many","How many years had passed since Saudi Arabia last held local elections?",["41 years","41"],A,"test-1829","For the first time in 41 years",C(41))
a("how_many","How many days did Thailand's prime minister give officials to wipe out bird flu?",["30 days","30"],A,"test-2831","gave officials 30 days to eradicate the epidemic",C(30))
u("how_many","How many volunteers joined Thailand's bird flu drive?",["thai && bird flu && volunteers"],("agnews","test-2831"))
a("how_much","What is the C-130 electronics upgrade contract awarded to Boeing worth?",["$4 billion"],A,"test-3701","a $4 billion contract",M(4e9,"USD"))
a("when","When was the C-130 electronics upgrade contract awarded to Boeing?",["2001"],A,"test-3701","awarded to Boeing Co. in 2001","2001")
a("where","Near which city did a Russian nuclear reactor shut down after a malfunction?",["Saratov"],A,"test-5165","near the city of Saratov on the Volga river")
u("when","When was the Russian nuclear power station near Saratov commissioned?",["saratov|balakovo && built|commissioned|opened|since|19\\d\\d"],("agnews","test-5165"))
a("where","Where did the African Union issue its 24-hour ultimatum to Sudan and the Darfur rebels?",["ABUJA"],A,"test-7571","ABUJA (Reuters) - The African Union issued a 24-hour deadline")
a("how_many","How long did the African Union give Khartoum and the Darfur rebels to stop fighting?",["24-hour"],A,"test-7571","issued a 24-hour deadline",C(24))
a("who","Who finished second behind Bode Miller in the first U.S. 1-2 in a World Cup downhill?",["Daron Rahlves","Rahlves"],A,"test-6860","Daron Rahlves was second")
u("where","Where was the World Cup downhill in which Bode Miller took his fourth win of the season?",["bode miller|rahlves && downhill|world cup && (in|at) [A-Z]"],("agnews","test-6860"))
a("who","Who was Oracle's president during its bid for PeopleSoft?",["Charles Phillips","Phillips"],A,"test-686","Oracle Corp. President Charles Phillips")
u("who","Who was Oracle's chief financial officer during its bid for PeopleSoft?",["oracle && chief financial|finance chief|CFO|financial officer"],("agnews","test-686"))

# ---------------- additions ----------------
a("where","Where was Uganda's Coffee Marketing Board stockpiling unshipped coffee in April 1987?",["Kampala"],R,"16097","stockpiled in Kampala awaiting shipment")
a("where","Where did England win the first IRB Sevens event of the 2004-05 season?",["Dubai"],B,"sport/381","England beat Fiji 26-21 in a dramatic final in Dubai",None,
  [(B,"sport/400","England won the first event of the International Rugby Board World Sevens series in Dubai")])
a("when","On what date is the Directors Guild of Great Britain awards ceremony?",["20 March"],B,"entertainment/377","in London on 20 March",None)
u("where","Where is the Desjardins Group headquartered?",["desjardins && based|headquarter|levis|montreal|quebec city|head office"],("reuters21578","5512"))
u("where","Where is Massey Combines Corp headquartered?",["massey && based|headquarter|toronto|brantford|des moines|head office"],("reuters21578","5953"))
u("when","When did Philip Kaltenbacher become chairman of Seton?",["kaltenbacher && since|became|named|elected|appointed|19\\d\\d"],("reuters21578","5455"))
u("when","When was artificial-heart maker Symbion founded?",["symbion && founded|formed|established|incorporated|19\\d\\d"],("reuters21578","7253"))
u("when","When does Andrew Fisher's eBay forehead auction close?",["fisher|forehead && auction|ebay && end|close|finish|deadline|ends"],("bbc","tech/209"))

DROP = """Who is Symbion's chief executive?
How many people work for the Bavarian steelmaker Maxhuette?
How old was Diane Joyce when she won the disputed 1980 promotion?
How many volunteers joined Thailand's bird flu drive?
Who heads the Czech competition authority that fined the mobile operators?
Who is Fluor Corp's chief financial officer?
How much prize money did Lleyton Hewitt collect for winning the Sydney International against Ivo Minar?
Who was America's OECD ambassador in 1987?
Which Philips spokesman discussed pocket-sized LCD prices?
Who was British Telecom's chairman in 1987?
Who was chairman of Canadian Imperial Bank of Commerce in April 1987?
Which Sanford C. Bernstein analyst attended Texaco's post-bankruptcy meeting with analysts?
Who directs the Arkansas State University venue where Nelly was booked to play?
Who was Qantas's chief financial officer when it posted record half-year profits?
Who was India's commerce minister when India-Pakistan trade tripled?
Which company sold the Germaine Monteil cosmetics business to Revlon?
What percentage of Massey Combines Corp does Varity own?
What stake does Kloeckner-Werke hold in Maxhuette?
What sale price did the French government set for CGCT?
How big was Hungary's 1986 budget deficit?
What would redundancy payments cost under the German steel industry's June 1987 job-cut proposal?
How much was GPA's April 1987 engine order with CFM International worth?
How much did Henley Group raise in its 1986 initial public offering?
What share of Quebec mortgage loans does the Desjardins credit union group hold?
How much were Taiwan's textile exports worth in 1986?
What pretax profit did British Telecom report for 1986/87?
How much has Canadian Imperial Bank of Commerce lent to Dome Petroleum?
What is the basic price of ATT's Spirit phone system?
How much Fluor Corp debt did Moody's downgrade in March 1987?
What stake in Fiat's car division did GM buy in 2000?
What was the average house price in England and Wales in the last quarter of 2004, according to the Land Registry?
How much does Nasdaq plan to raise from its share sale?
How much did Rosneft pay for Yukos's Yugansk unit?
How much was India-Pakistan trade worth in April-July 2004?
What is the C-130 electronics upgrade contract awarded to Boeing worth?
How many tonnes of U.S. corn did Soviet trade official Albert Melnikov confirm Moscow had bought?
How many telephones can ATT's Merlin system handle?
How many clean sheets did Carlo Cudicini keep for Chelsea in the season before Cech arrived?
How many West German steel workers would the June 1987 lay-off and retraining plan cover?
How many gilt market makers were there when Big Bang began?""".split("\n")
_qs=[q["question"] for q in Q]
for d in DROP: assert d in _qs, d
Q=[q for q in Q if q["question"] not in DROP]
u("who","Who is Symbion's chief executive?",["symbion && chief executive|president|chairman|CEO|chief officer"],("reuters21578","7253"))
for q in Q:
    if q["question"]=="When did Moody's begin its review of Fluor Corp's debt?":
        q["question"]="When did Moody's start reviewing Fluor's debt ratings?"
Q=[q for q in Q if q["question"]!="Where was the World Cup downhill in which Bode Miller took his fourth win of the season?"]
u("where","In which city is Kloeckner-Werke headquartered?",["kloeckner && based|headquarter|duisburg|head office|city"],("reuters21578","17253"))
for q in Q:
    if q["question"]=="Who is the chief executive of Nasdaq Stock Market?":
        q["question"]="Who led Nasdaq Stock Market when it planned its $100m share sale?"
        q["_chk"]=["nasdaq && chief executive|chairman|president|boss|head","nasdaq && \\$100m"]
    if q["question"]=="What did the winning bidder finally pay to advertise on Andrew Fisher's forehead?":
        q["_chk"]=["andrew fisher|forehead && ebay|auction|bid","fisher && \\$|£|paid|won"]
for q in Q:
    if q["question"].startswith("When is the Great Edinburgh International Cross Country"):
        q["also"]=[{"source":"bbc","doc":"sport/083","evidence":"Cross Country on 15 January"}]
    if q["question"].startswith("On what date did Taiwan's textile federation"):
        q["also"]=[{"source":"reuters21578","doc":d,"evidence":"The Federation asked the government on February 19"} for d in ("956","1002")]
