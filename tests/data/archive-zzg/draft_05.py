from lib import Q
# b:business/500 Eurotunnel
Q('who', "Who is Eurotunnel's chief executive?", ["Jean-Louis Raymond", "Raymond"], 'b:business/500',
  "said chief executive Jean-Louis Raymond", None)
Q('when', "In what year did a shareholder revolt oust Eurotunnel's old board?", ["2004"], 'b:business/500',
  "A shareholder revolt threw out the old board in 2004.", "2004")
Q('how_many', "How many banks are keeping Eurotunnel afloat?", ["200-plus", "200"], 'b:business/500',
  "kept afloat by the 200-plus banks", {"count": 200})
Q('how_much', "What net loss did Eurotunnel report for 2004?", about='b:business/500',
  absent="/Eurotunnel/ 3 articles (2 Reuters 1987 financing, bbc business/500); +/loss|lost/ 0; business/500 gives only sales (789m euros) and debt (6bn euros)")
# b:politics/164 Scots tsunami toll
Q('how_many', "How old was tsunami victim Dominic Stephenson?", ["27"], 'b:politics/164',
  "The 27-year-old was holidaying on the Thai island of Koh Phi Phi", {"count": 27})
Q('where', "On which island was Dominic Stephenson holidaying when the tsunami hit?", ["Koh Phi Phi", "the Thai island of Koh Phi Phi"], 'b:politics/164',
  "holidaying on the Thai island of Koh Phi Phi", None)
Q('how_many', "How many staff did the Scottish Executive second to tsunami aid agencies?", ["11"], 'b:politics/164',
  "The Scottish Executive has seconded 11 staff to the aid agencies.", {"count": 11})
Q('how_many', "How many Scots were injured in the Asian tsunami?", about='b:politics/164',
  absent="/tsunami|tidal wave/ 74 articles; +/Scot.*injured|injured.*Scot/ 0; politics/164 gives dead (three) and missing (three) only; /Scottish|Scots/ 104 articles, +/injur/ 11 (all sport injuries), +/tsunami/ 2 (entertainment/104 concert; politics/164) with no injured figure")
# b:entertainment/110 Suge Knight
Q('where', "Where was Suge Knight arrested for violating parole?", ["Barstow, California", "Barstow"], 'b:entertainment/110',
  "He was arrested in Barstow, California, on Saturday", None)
Q('how_many', "How old is rap mogul Suge Knight?", ["39"], 'b:entertainment/110',
  "Mr Knight, 39, was jailed in October 1996", {"count": 39})
Q('when', "When was Suge Knight jailed after the fight hours before Tupac Shakur was shot?", ["October 1996"], 'b:entertainment/110',
  "Mr Knight, 39, was jailed in October 1996", "1996-10")
Q('where', "In which city is Death Row Records headquartered?", about='b:entertainment/110',
  absent="/Suge|Death Row/ 4 articles (2 Reuters 'suger' typos, entertainment/383 film; only entertainment/110 about the label); /Death Row/ +/based|headquarter|Los Angeles/ 0")
# b:politics/212 Lynton Crosby
Q('who', "Who is the Conservatives' election campaign director?", ["Lynton Crosby", "Crosby"], 'b:politics/212',
  "Australian Lynton Crosby told the party leader", None,
  also=[('b:politics/329', "Australian Lynton Crosby told the party leader"), ('b:politics/411', "Lynton Crosby, the Australian strategist")])
Q('how_many', "How many elections did Lynton Crosby help John Howard win?", ["four"], 'b:politics/212',
  "The strategist helped Australia's PM, John Howard, win four elections.", {"count": 4},
  also=[('b:politics/329', "win four elections")])
Q('how_much', "How much are the Tories paying Lynton Crosby?", about='b:politics/212',
  absent="/Lynton Crosby|Crosby/ 14 articles (3 bbc about him: politics/212, 329, 411); /Lynton Crosby/ 3, +/fee|paid|salary|£/ 1 (politics/411, 'faithful' false hit, no pay figure)")
# b:politics/076 NAO defence
Q('how_many', "How many defence projects did the NAO's annual report cover?", ["20"], 'b:politics/076',
  "A National Audit Office report on the 20 biggest projects", {"count": 20})
Q('who', "Who heads the National Audit Office?", ["Sir John Bourn", "John Bourn", "Bourn"], 'b:politics/076',
  "Sir John Bourn, head of the NAO", None,
  also=[('b:politics/006', "NAO head Sir John Bourn"), ('b:politics/080', "Auditor General Sir John Bourn"),
        ('b:politics/203', "National Audit Office chief Sir John Bourn")])
Q('when', "When will the Type 45 Destroyer enter service?", about='b:politics/076',
  absent="/Type 45/ 1 article (politics/076, no in-service date); /destroyer/ 15 articles, +/Type 45|in service/ 1 (politics/076, no date)")
# b:business/228 Sri Lanka banks
Q('who', "Who chairs the Sri Lanka Banks Association?", ["AL Gooneratne", "Gooneratne"], 'b:business/228',
  "SLBA chairman - and Commercial Bank managing director - AL Gooneratne", None)
Q('how_much', "How much do Sri Lanka's private banks have lent in the tsunami zone?", ["25bn rupees"], 'b:business/228',
  "the private banking sector has 25bn rupees ($250m; £135m) of loans outstanding in the disaster zone", {"amount": 25000000000.0, "currency": "LKR"})
Q('who', "Who heads Sri Lanka's state-owned People's Bank?", about='b:business/228',
  absent="/People's Bank/ 5 articles (3 Reuters China, bbc business/228 quotes only an unnamed spokesman); +/chairman|head|chief/ none for People's Bank Sri Lanka")
# b:business/124 Softbank
Q('how_many', "How many orders has Softbank's Otoku phone service received?", ["almost 900,000", "900,000"], 'b:business/124',
  "has had almost 900,000 orders", {"count": 900000})
Q('when', "When did Softbank launch its Otoku cut-rate phone service?", ["December"], 'b:business/124',
  "The service, launched in December", None)
Q('how_much', "How much did Softbank pay to acquire Japan Telecom?", about='b:business/124',
  absent="/Japan Telecom/ 6 articles (5 Reuters 1987 titles on a different merger; bbc business/124 no price); +/yen|\\$|bn|billion|paid|price/ only the 7.5bn yen operating loss; /Softbank|Otoku/ 2 articles")
# b:politics/404 Danny Kruger
Q('where', "In which constituency had Danny Kruger been due to stand?", ["Sedgefield"], 'b:politics/404',
  "had been due to take on Tony Blair in Sedgefield", None)
Q('who', "Who replaced Danny Kruger as Tory candidate in Sedgefield?", about='b:politics/404',
  absent="/Kruger/ 8 articles (only politics/404 about Danny Kruger); /Sedgefield/ 2 articles, +/candidate|stand|replace/ no replacement named")
# b:entertainment/310 Blackadder
Q('when', "When did the TV comedy Blackadder end?", ["1989"], 'b:entertainment/310',
  "hit comedy Blackadder, which ended in 1989", "1989")
Q('who', "Who played Baldrick in Blackadder?", ["Tony Robinson", "Robinson"], 'b:entertainment/310',
  "Tony Robinson, who played the servant Baldrick", None)
Q('where', "Where was the Blackadder millennium special first shown?", ["the Millennium Dome in Greenwich", "Millennium Dome"], 'b:entertainment/310',
  "It was shown at the Millennium Dome in Greenwich", None)
Q('how_many', "How many episodes of Blackadder were made?", about='b:entertainment/310',
  absent="/Blackadder/ 1 article (entertainment/310, no episode count); /Blackadder|Baldrick|Rowan Atkinson/ 2 articles, +/episode/ 2 (310 'farewell episode'; 353 Pink Panther/Danger Mouse, unrelated)")
# b:politics/156 honours
Q('how_many', "How old is Sir John Gieve?", ["54"], 'b:politics/156',
  "The knighting of Sir John, 54", {"count": 54})
Q('when', "When did John Gieve become Home Office permanent secretary?", ["April 2001"], 'b:politics/156',
  "Sir John was made permanent secretary in April 2001", "2001-04")
