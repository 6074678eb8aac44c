# draft questions: (type, question, answers, src, doc, evidence, normalized, also[(src,doc,evidence)])
R='reuters21578'; B='bbc'; A='agnews'
def usd(x): return {"amount": float(x), "currency": "USD"}
def cur(x,c): return {"amount": float(x), "currency": c}
def pct(x): return {"percent": float(x)}
def cnt(x): return {"count": x}
Q=[]
def a(t,q,ans,src,doc,ev,norm=None,also=()): Q.append(dict(type=t,question=q,answers=ans,src=src,doc=doc,ev=ev,norm=norm,also=list(also)))
def u(t,q,ent,checks): Q.append(dict(type=t,question=q,answers=[],src=None,doc=None,ev=None,norm=None,also=[],unans=True,ent=ent,checks=checks))

# ---------- Reuters ----------
a('who',"Which bank is arranging Salomon SA's euro-commercial paper program?",["Morgan Guaranty Ltd","Morgan Guaranty"],R,'10580',"Morgan Guaranty Ltd is the arranger for the program",
  also=[(R,'11011',"Morgan Guaranty Ltd is the arranger")])
a('how_much',"How big is the euro-CP program the French ski-binding maker Salomon is setting up?",["75 mln dlr"],R,'10580',"it is seeking a 75 mln dlr euro-commercial paper program",usd(75e6),
  also=[(R,'11011',"The financing involves a 75 mln dlr euro-commercial paper program")])
a('how_much',"What is the total size of Minebea's equity warrant eurobond launched in June 1987?",["200 mln U.S. Dlr"],R,'18364',"The bond was part of a 200 mln U.S. Dlr equity warrant Eurobond issued by Minebea",usd(200e6))
a('when',"From what date can holders exercise the warrants on Minebea's Singapore-launched eurobond?",["July 1, 1987"],R,'18364',"from July 1, 1987 to June 10, 1992","1987-07-01")
a('who',"Which firm launched the London half of Minebea's 200 mln dlr warrant bond?",["Nomura International Ltd","Nomura International","Nomura"],R,'18364',"Nomura International Ltd launched the other 100 mln dlr bond in London")
a('how_much',"What stake does Houston-based Wedge Group hold in American Medical International?",["5.5 pct"],R,'748',"Wedge Group, which has a 5.5 pct stake",pct(5.5),
  also=[(R,'545',"a Houston investment firm with a 5.5 pct stake in American Medical International Inc")])
a('who',"Who is American Medical International's biggest investor?",["the Bass family of Texas","the Bass family","Bass family"],R,'748',"including the biggest investor, the Bass family of Texas")
a('who',"Which Dean Witter analyst said a management buyout of AMI could not be ruled out?",["Larry Feinberg","Feinberg"],R,'748',"Larry Feinberg, an analyst with Dean Witter Reynolds Inc")
a('how_many',"How far is the man-made Fish Lake from Basra?",["10 km","10 kilometres"],R,'1410',"some 10 km (six miles) from Basra",cnt(10),
  also=[(R,'243',"10 kilometres (six miles) east of Iraq's second largest city of Basra"),(R,'2034',"Fish Lake, 10 km east of Basra")])
a('who',"Who is succeeding Robert Blanz at Mountain Bell?",["A. Gary Ames","Gary Ames","Ames"],R,'13132',"it named A. Gary Ames to succeed Robert Blanz")
a('when',"When is Mountain Bell's Robert Blanz retiring?",["June 1"],R,'13132',"retire effective June 1","1987-06-01")
a('where',"In which Egyptian city did UAE oil minister Mana Said al-Oteiba arrive after the June 1987 OPEC meeting?",["Alexandria"],R,'19506',"arrived in Alexandria last night")
a('how_many',"How many barrels a day of oil was Egypt producing in 1987?",["870,000 barrels per day","870,000 bpd","870,000"],R,'19506',"its oil production of 870,000 barrels per day",cnt(870000),
  also=[(R,'2231',"its current output of 870,000 bpd")])
a('how_much',"How much cash per share did Paul Bilzerian's June 1987 proposal for Pay N' Pak include?",["16.67 dlrs"],R,'17573',"on a blended basis 16.67 dlrs in cash",usd(16.67),
  also=[(R,'18229',"on a blended basis 16.67 dlrs in cash")])
a('who',"Which Philips unit is Varian negotiating to buy?",["Pye TVT Limited","Pye TVT"],R,'1217',"broadcast transmission unit in the United Kingdom, Pye TVT Limited")
a('how_many',"How many pages long was the EC's 1987 report on U.S. trade barriers?",["25"],R,'12602',"the detailed 25-page report",cnt(25))
a('how_much',"According to the EC, what were the U.S. export enhancement program subsidies worth by March 1987?",["about 620 mln dlrs","620 mln dlrs"],R,'12602',"The subsidies granted so far were worth about 620 mln dlrs",usd(620e6))
a('how_many',"How long will the first refueling outage of Diablo Canyon Unit 2 last?",["about 12 weeks","12 weeks"],R,'13035',"The refueling outage is expected to last about 12 weeks",cnt(12))
a('how_much',"For what share of its first year did Diablo Canyon Unit 2 generate power?",["93.7 pct"],R,'13035',"Unit 2 generated power about 93.7 pct of the time",pct(93.7))
a('who',"Which magazine editor offered 34 dlrs a share for Harper and Row?",["Theodore Cross","Cross"],R,'3336',"Theodore Cross, editor of Business and Society Review",
  also=[(R,'5286',"Private investor Theodore Cross last week offered 34 dlrs a share for Harper and Row"),(R,'6442',"a group formed by Theodore Cross offered to acquire Harper and Row for 34 dlrs per share"),(R,'8518',"an earlier 34 dlrs a share bid by Theodore Cross"),(R,'12485',"Theodore Cross offered to acquire Harper and Row for 34 dlrs per share")])
a('who',"Which bank agreed to lend Theodore Cross money for his Harper and Row takeover?",["the First National Bank of Boston","First National Bank of Boston"],R,'3336',"borrowed from the First National Bank of Boston")
a('how_many',"How many Harper and Row shares did the Cross investor group already own?",["261,650"],R,'3336',"they already hold 261,650 Harper and Row common shares",cnt(261650))
a('how_much',"What total cost did Cross put on his proposed Harper and Row merger?",["190 mln dlrs"],R,'3336',"the total cost of completing the merger would be 190 mln dlrs",usd(190e6))
a('when',"When was Austria's 20 billion yen, 8.5 pct samurai bond originally due?",["August 18, 1993"],R,'1914',"due on August 18, 1993","1993-08-18")
a('how_much',"What was the size of the samurai bond Austria decided to redeem early?",["20 billion yen"],R,'1914',"a 20 billion yen, 12-year, 8.5 pct samurai bond",cur(20e9,'JPY'))
a('who',"Who is Somalia's Minister of State for Planning?",["Yusuf Ali Osman","Osman"],R,'8157',"Minister of State for Planning Yusuf Ali Osman")
a('how_many',"After how many years may foreign investors take their capital out of Somalia under the new law?",["five years","five"],R,'8157',"repatriation of the whole value of the investment after five years",cnt(5))
a('how_many',"How many warships was the U.S. building its 1987 Gulf fleet up to?",["10"],R,'19882',"beefing up its Gulf fleet from seven to 10 warships",cnt(10),
  also=[(R,'19684',"increasing its Gulf fleet from seven to 10 warships")])
a('who',"Which battleship was the U.S. sending to patrol outside the Strait of Hormuz in June 1987?",["Missouri","the refurbished battleship Missouri"],R,'19882',"the refurbished battleship Missouri",
  also=[(R,'19684',"sending the refurbished battleship Missouri")])
a('how_many',"How many cigarette machines does Status Game operate?",["500"],R,'12568',"the 500 cigarette machines it owns",cnt(500))
a('where',"In which city does Status Game operate the cigarette machines that will sell condoms?",["Las Vegas"],R,'12568',"cigarette machines it owns and operates in Las Vegas")
a('how_much',"What investment budget did Venezuela's PDVSA have for 1987?",["20 billion bolivars"],R,'19869',"investment plans, estimated at 20 billion bolivars for 1987",cur(20e9,'VEB'))
a('how_much',"What were PDVSA's 1986 foreign earnings from oil and petrochemical sales?",["8.023 billion dlrs"],R,'19869',"were 8.023 billion dlrs",usd(8.023e9))
a('how_much',"What is Nynex's Fort Drum communications contract worth?",["nine mln dlrs"],R,'1310',"a contract valued at nine mln dlrs",usd(9e6))
a('how_many',"How far is the new Fort Drum Light Infantry Post from Syracuse?",["about 65 miles","65 miles"],R,'1310',"about 65 miles north of Syracuse",cnt(65))
a('where',"Near which town is the new Fort Drum Light Infantry Post?",["Watertown"],R,'1310',"Fort Drum Light Infantry Post near Watertown")
a('how_many',"How many points did the Dow drop on March 30, 1987?",["57"],R,'11502',"Monday's 57 point drop in the Dow Jones industrial average",cnt(57))
a('how_much',"By how much had stocks risen under Reagan, according to Marlin Fitzwater in March 1987?",["239 pct"],R,'11502',"the stock market had risen 239 pct since Reagan took office",pct(239))
a('how_many',"How much compound feed did Japan produce in 1986/87?",["25.80 mln tonnes"],R,'18482',"rose 2.3 pct to 25.80 mln tonnes",cnt(25800000))
a('how_much',"What was the corn compounding ratio in Japanese feed in 1986/87?",["45.2 pct"],R,'18482',"The corn compounding ratio rose to 45.2 pct",pct(45.2))
a('who',"Who heads Colombia's private coffee exporters' association?",["Gilberto Arango","Arango"],R,'15357',"Gilberto Arango, president of the private exporters' association",
  also=[(R,'5002',"Gilberto Arango, president of the private exporters' association"),(R,'5134',"Gilberto Arango, president of the private exporters' association"),(R,'5471',"Gilberto Arango, president of the exporters' association"),(R,'7124',"Gilberto Arango, president of Colombia's exporters' association")])
a('how_many',"How many bags had Colombia's private exporters registered in 1987 up to April 6?",["1,322,804 bags","1,322,804"],R,'15357',"private exporters had registered 1,322,804 bags",cnt(1322804))
a('how_much',"What price per share is J.C. Penney paying for its Beeba's Creations stake?",["18.75 dlrs a share","18.75 dlrs"],R,'12083',"for 18.75 dlrs a share",usd(18.75))
a('how_many',"In how many Penney stores will the Beeba's junior shops be created?",["about 100","100"],R,'12083',"in about 100 Penney stores",cnt(100))
a('when',"When are the Beeba's junior specialty shops due to open in Penney stores?",["early 1988"],R,'12083',"in about 100 Penney stores in early 1988","1988")
a('how_much',"How much is Computer Associates paying for UCCEL?",["about 800 mln dlrs","800 mln dlrs","800 mln dlr"],R,'17507',"Computer Associates will pay about 800 mln dlrs in stock",usd(800e6),
  also=[(R,'17700',"Computer Associates International Inc's 800 mln dlr merger with Uccel Corp")])
a('who',"Who is Computer Associates' chairman?",["Charles Wang","Charles B. Wang","Wang"],R,'17507',"Charles Wang, currently Computer Associates chairman and chief executive",
  also=[(R,'17700',"Computer Associates founder and chairman Charles B. Wang")])
a('when',"When is the Computer Associates-UCCEL merger expected to close?",["August"],R,'17507',"Closing of the transaction is anticipated in August","1987-08",
  also=[(R,'17700',"When the deal is completed sometime in August")])
a('who',"What new name did Federal Co choose in June 1987?",["Holly Farms Corp","Holly Farms"],R,'19326',"change its name to Holly Farms Corp")
a('who',"Who is the chairman of Federal Co?",["R. Lee Taylor","Taylor"],R,'19326',"The company's chairman R. Lee Taylor")
a('how_many',"How many wells will Chevron and Nippon Oil drill?",["About 50","50"],R,'11403',"About 50 onshore and offshore exploratory wells",cnt(50))
a('how_much',"What initial investment is Nippon Oil making in its U.S. venture with Chevron?",["more than 100 mln dlrs","100 mln dlrs"],R,'11403',"an initial investment of more than 100 mln dlrs",usd(100e6))
a('who',"Which investment bank is helping Schering-Plough sell the foreign Dr. Scholl's businesses?",["Merrill Lynch and Co Inc","Merrill Lynch"],R,'11895',"engaged Merrill Lynch and Co Inc <MER> to assist in the sale")
a('how_much',"What did Dr. Scholl's businesses in Europe, Latin America and the Far East sell in 1986?",["about 150 mln dlrs","150 mln dlrs"],R,'11895',"which had sales of about 150 mln dlrs in 1986",usd(150e6))
a('how_much',"To what will cargo assessments at the Port of New York and New Jersey be cut under the 1987 ILA deal?",["2.85 dlrs a ton","2.85 dlrs"],R,'3347',"reduced to 2.85 dlrs a ton from 5.85 dlrs a ton",usd(2.85))
a('when',"When do the lower cargo assessments at the New York port take effect?",["April one"],R,'3347',"effective April one","1987-04-01")
a('how_many',"How many shares is Data Technology Corp offering in its IPO?",["1,700,000"],R,'16445',"initial public offering of 1,700,000 shares",cnt(1700000))
a('who',"Which firms will manage Data Technology Corp's initial public offering?",["Hambrecht and Quist Inc","Hambrecht and Quist","Smith Barney, Harris Upham and Co Inc"],R,'16445',"managed by Hambrecht and Quist Inc and Smith Barney, Harris Upham and Co Inc")
a('how_much',"How much foreign investment did Malaysia attract in 1986?",["524.5 mln ringgit"],R,'16934',"rose to 524.5 mln ringgit",cur(524.5e6,'MYR'))
a('who',"Who is director-general of Malaysia's MIDA?",["N. Sadasivan","Sadasivan"],R,'16934',"MIDA director-general N. Sadasivan")
a('where',"Where is the Dutch-funded 180.3 mln ringgit petrochemical project in Malaysia?",["Bintulu"],R,'16934',"petrochemical project in Bintulu")
a('who',"Who was Noranda's spokesman on the 1987 Murdochville mine fire?",["Denis Morin","Morin"],R,'12641',"Noranda spokesman Denis Morin",
  also=[(R,'12651',"Noranda spokesman Denis Morin")])
a('how_many',"How much ore did Noranda's Murdochville mine produce in 1986?",["1,792,000 metric tons","1,792,000"],R,'12641',"The mine produced 1,792,000 metric tons of ore in 1986",cnt(1792000))
a('where',"In which province is Noranda's Murdochville copper mine?",["Quebec"],R,'12641',"its Murdochville, Quebec, copper mine",
  also=[(R,'12651',"its Murdochville, Quebec copper mine"),(R,'15166',"Murdochville, Quebec copper mine"),(R,'15932',"its Murdochville, Quebec, mine"),(R,'15988',"its Murdochville, Quebec mine")])
a('who',"Who is the president of Borealis Exploration?",["Lorne Spence","Spence"],R,'2574',"Borealis president Lorne Spence")
a('where',"Where is Borealis's Whale Cove gold property?",["in the Keewatin district of the Northwest Territories","Keewatin district of the Northwest Territories","Keewatin district","Northwest Territories"],R,'2574',"Whale Cove Gold Property in the Keewatin district of the Northwest Territories")
a('how_many',"How many Borealis shares will Faraway Gold Mines buy from Lorne Spence?",["575,000"],R,'2574',"Faraway will buy 575,000 Borealis shares",cnt(575000))
a('how_much',"What was Colombia's year-on-year inflation rate at the end of February 1987?",["19.77 pct"],R,'1681',"year-on-year inflation to 19.77 pct",pct(19.77))
a('how_many',"How many clients does Mario Gabelli's investment firm serve?",["more than 600","600"],R,'13210',"his more than 600 clients",cnt(600))
a('who',"Who is the chairman of GenCorp?",["A. William Reynolds","William Reynolds","Reynolds"],R,'13210',"chairman A. William Reynolds")
a('when',"When will Modulaire shareholders vote on the merger?",["July 15"],R,'17860',"special shareholders meeting for July 15","1987-07-15")
a('how_much',"What will Modulaire holders get per share in Waste Management stock?",["16 dlrs"],R,'17860',"would receive 16 dlrs in Waste Management stock",usd(16))
a('when',"By which model year must all new U.S. cars have air bags or automatic belts?",["the 1990-model year","1990-model year","1990"],R,'11037',"All new cars must have the devices by the 1990-model year","1990")
a('where',"In which country is Philips' broadcast transmission unit Pye TVT based?",["the United Kingdom","United Kingdom"],R,'1217',"broadcast transmission unit in the United Kingdom")
# ---------- BBC ----------
a('how_many',"How many CD albums were sold in the UK in 2004?",["174.6 million units","174.6 million"],B,'entertainment/321',"a record 174.6 million units sold",cnt(174600000))
a('who',"Who chairs the British Phonographic Industry?",["Peter Jameson","Jameson"],B,'entertainment/321',"said BPI chairman Peter Jameson")
a('how_much',"What were global recorded music sales worth in 2004?",["$33.6 billion","£17.7 billion"],B,'entertainment/321',"world music sales declined by 1.3% to $33.6 billion (£17.7 billion)",usd(33.6e9))
a('how_many',"How many Bafta awards did Half-Life 2 collect?",["six"],B,'tech/057',"Half-Life 2 has won six Bafta Awards",cnt(6))
a('who',"Which game took the Bafta for best Xbox game?",["Halo 2"],B,'tech/057',"Halo 2 won the best Xbox game category")
a('how_much',"How much compensation must Chongqing Lifan pay Honda?",["1.47m yuan","$177,600"],B,'business/342',"it must pay 1.47m yuan ($177,600) in compensation",cur(1.47e6,'CNY'))
a('where',"In which city did Honda win its motorbike copyright case against Lifan?",["Beijing"],B,'business/342',"Honda has won a copyright case in Beijing")
a('who',"Who will take over as chief executive of Laura Ashley from Ainum Mohd-Saaid?",["Lillian Tan","Ms Tan"],B,'business/393',"Ms Mohd-Saaid is to be replaced by Lillian Tan")
a('when',"In what year was the Laura Ashley company founded?",["1955"],B,'business/393',"founded by its late namesake in Kent in 1955","1955")
a('where',"In which English county was Laura Ashley founded?",["Kent"],B,'business/393',"founded by its late namesake in Kent in 1955")
a('who',"Which magistrate granted Nicole Kidman's restraining order against two photographers?",["Lee Gilmore","Gilmore"],B,'entertainment/327',"Magistrate Lee Gilmore, who issued the restraining order")
a('where',"At which court did Nicole Kidman win her order against the paparazzi?",["Waverley Local Court"],B,'entertainment/327',"restraining order at Waverley Local Court in Sydney")
a('where',"In which city is the SAP Open played?",["San Jose"],B,'sport/511',"the final of the SAP Open in San Jose",
  also=[(B,'sport/507',"Big guns ease through in San Jose"),(B,'sport/509',"quarter-finals of the SAP Open.\n\nAgassi was often bamboozled by the Austrian's drop shots in San Jose")])
a('how_much',"How much did Gerard Jugnot earn in 2004?",["5.45m Euros","£3.77m"],B,'entertainment/045',"Jugnot made 5.45m Euros (£3.77m) last year",cur(5.45e6,'EUR'))
a('who',"Which actor was France's second best-paid in 2004?",["Jean Reno","Reno"],B,'entertainment/045',"Godzilla star Jean Reno was France's second best-paid actor in 2004")
a('how_much',"What record price did US gasoline futures reach after the Western Refining fire?",["$1.4850 a gallon","$1.4850"],B,'business/045',"a record high of $1.4850 a gallon",usd(1.485))
a('where',"In which US state is the Western Refining refinery that caught fire?",["Texas"],B,'business/045',"Western Refining Company's refinery in Texas")
a('how_much',"How much was Northampton coach Budge Pountney fined by the RFU?",["£2,000"],B,'sport/319',"has been fined £2,000",cur(2000,'GBP'),
  also=[(B,'sport/343',"fined Northampton coach Budge Pountney £2,000")])
a('how_many',"How long is Budge Pountney's match-day coaching ban?",["six weeks","six-week"],B,'sport/319',"banned from match-day coaching for six weeks",cnt(6),
  also=[(B,'sport/343',"imposed a six-week ban")])
a('who',"Which referee did Budge Pountney call a disgrace?",["Steve Lander","Lander"],B,'sport/319',"referee Steve Lander's performance",
  also=[(B,'sport/343',"referee Steve Lander")])
a('how_much',"How much will 18 former Enron directors pay to settle the shareholder lawsuit?",["$168m","£89m"],B,'business/414',"agreed a $168m (£89m) settlement",usd(168e6))
a('when',"When is the Enron shareholder class action trial set to begin?",["October 2006"],B,'business/414',"scheduled to begin in October 2006","2006-10")
a('who',"Which university is the lead plaintiff in the Enron shareholder suit?",["the University of California","University of California"],B,'business/414',"Leading plaintiff, the University of California")
a('how_many',"What speed did IBM's Blue Gene/L prototype reach?",["70.72 teraflops","70.72"],B,'tech/141',"Blue Gene/L has managed speeds of 70.72 teraflops",cnt(70.72),
  also=[(B,'tech/173',"Blue Gene/L has managed speeds of 70.72 teraflops")])
a('where',"Where is Nasa's Columbia supercomputer based?",["Ames Research Center","the US space agency's (Nasa) Ames Research Center in California","California"],B,'tech/141',"Columbia supercomputer based at the US space agency's (Nasa) Ames Research Center in California")
a('how_much',"How much debt did Argentina originally owe before interest in its $102.6bn restructuring?",["$81.8bn"],B,'business/093',"an original debt of $81.8bn plus interest",usd(81.8e9))
a('who',"Who will direct the Ian Curtis film Touching From A Distance?",["Anton Corbijn","Corbijn"],B,'entertainment/228',"directed by Dutch-born Anton Corbijn")
a('how_many',"How old was Joy Division singer Ian Curtis when he died?",["23"],B,'entertainment/228',"committed suicide in 1980 aged 23",cnt(23))
a('how_much',"What stake does Fiat own in Ferrari?",["56%"],B,'business/051',"Fiat owns a 56% stake in Ferrari",pct(56))
a('who',"Which Italian bank bought a minority stake in Ferrari in 2002?",["Mediobanca"],B,'business/051',"sell a minority stake to Italian bank Mediobanca")
a('when',"In which year did Fiat first buy into Ferrari?",["1969"],B,'business/051',"having first bought into the business in 1969","1969")
a('how_many',"How old is South Korean film director Im Kwon-Taek?",["68"],B,'entertainment/042',"The veteran film-maker, 68",cnt(68))
a('where',"At which festival did Im Kwon-Taek receive an honorary Golden Bear?",["the Berlin Film Festival","Berlin Film Festival","Berlin"],B,'entertainment/042',"honorary Golden Bear at the Berlin Film Festival")
a('when',"In which year did Im Kwon-Taek win best director at Cannes?",["2002"],B,'entertainment/042',"won the best director prize at the Cannes Film Festival in 2002","2002")
a('where',"In which Nebraska town did Johnny Carson grow up?",["Norfolk","Norfolk, Nebraska"],B,'entertainment/222',"He lived in Norfolk, Nebraska from the age of eight")
a('how_many',"For how many years did Johnny Carson host the Tonight Show?",["30 years","30"],B,'entertainment/222',"hosted the Tonight Show for 30 years",cnt(30))
# ---------- AG News ----------
a('who',"Who won the men's 200m backstroke at the Athens Olympics after winning an appeal against his disqualification?",["Aaron Peirsol","Peirsol"],A,'test-261',"Aaron Peirsol won his second gold medal")
a('how_many',"How many British tourists died in the bus crash in southern Jordan?",["Nine"],A,'test-4800',"Nine British tourists, two Jordanians and an Egyptian have been killed",cnt(9))
a('where',"Where in Jordan did the bus crash that killed nine British tourists happen?",["southern Jordan"],A,'test-4800',"in a bus accident in southern Jordan")
a('how_many',"How many jobs did Motorola say it would cut as it took a $50 million severance charge?",["1,000"],A,'test-2676',"it would cut 1,000 jobs",cnt(1000))
a('who',"Who lost the Pilot Pen final to Elena Bovina?",["Nathalie Dechy","Dechy"],A,'test-801',"Elena Bovina of Russia outlasted Nathalie Dechy of France")
a('who',"Which Bombardier chief executive departed suddenly, letting the Bombardier family retake control?",["Paul Tellier","Tellier"],A,'test-7287',"following the sudden departure of Paul Tellier, chief executive")
a('where',"Which city hosts the Volvo China Open golf event?",["Shanghai"],A,'test-6483',"the Volvo China Open in Shanghai")
a('how_much',"What were global server sales worth in the second quarter, according to Gartner?",["$11.55 billion"],A,'test-603',"rose 7.7 percent globally in the second quarter to $11.55 billion",usd(11.55e9))
a('how_much',"How much is Indian IT firm Aztec paying for Disha Technologies?",["12.1 million dollars"],A,'test-2103',"acquire software testing company Disha Technologies for 12.1 million dollars",usd(12.1e6))
a('when',"Before 2004, when did the Boston Red Sox last win the World Series?",["1918"],A,'test-4629',"their first World Series title since 1918","1918")
a('how_much',"By what percentage did Walt Disney's profit rise when ESPN and ABC ad gains offset the studio slowdown?",["24 percent"],A,'test-6054',"posted a 24 percent rise in profit",pct(24))
