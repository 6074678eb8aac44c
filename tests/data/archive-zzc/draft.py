# Draft questions for archive-zzc. Each A(...) is answerable, U(...) unanswerable.
# key/ans: regexes used by check.py to find other articles stating the answer (also) or conflicting values.
Q = []
def A(t, q, answers, src, doc, ev, norm, key, ans=None, also=None):
    Q.append(dict(type=t, question=q, answers=answers, source=src, doc=doc, evidence=ev, normalized=norm,
                  key=key, ans=ans, also=also or []))
def U(t, q, about, checks):
    Q.append(dict(type=t, question=q, answers=[], source=None, doc=None, evidence=None, normalized=None,
                  about=about, checks=checks, also=[]))
R, B, G = 'reuters21578', 'bbc', 'agnews'
def money(a, c): return {"amount": float(a), "currency": c}
def pct(p): return {"percent": float(p)}
def cnt(n): return {"count": n}

# --- reuters 8755 Draugen (1987-03-24)
A('how_much', "How much is the development scheme Norske Shell has nearly completed for the Draugen oil field worth?",
  ["10 billion crown"], R, '8755', "a 10 billion crown development scheme for Norway's Draugen oil field", money(1e10, 'NOK'), r'Draugen', r'10 billion crown')
A('how_many', "How many barrels of oil is the Draugen field's reservoir thought to hold?",
  ["375 mln barrels", "375 mln"], R, '8755', "estimated to contain 375 mln barrels of oil", cnt(375000000), r'Draugen', r'375')
A('when', "When could Norway's Draugen field begin production?",
  ["1992"], R, '8755', "the field could come on stream in 1992", "1992", r'Draugen', r'1992')
A('where', "Off which part of Norway is the Haltenbanken tract, home of the Draugen field?",
  ["central Norway"], R, '8755', "the Haltenbanken tract off central Norway", None, r'Haltenbanken', r'central Norway',
  also=[(R, '9279', 'the Haltenbanken exploration tract off central Norway'), (R, '17618', 'the Haltenbanken exploration tract off central Norway')])
U('how_many', "How many barrels a day is Shell's Draugen field projected to produce?", ('reuters21578', '8755'),
  [[r'Draugen'], [r'Haltenbanken'], [r'Norske Shell', r'barrels (a|per) day|bpd|b/d'], [r'Shell', r'Norw', r'output|production', r'barrels (a|per) day|bpd']])

# --- reuters 10041 Volvo (1987-03-26)
A('who', "Who is the chief executive of AB Volvo?",
  ["Pehr Gyllenhammar", "Gyllenhammar"], R, '10041', "company chief executive Pehr Gyllenhammar", None, r'Volvo', r'Gyllenhammar|chief executive|president')
A('how_much', "What were Volvo's total sales in 1986?",
  ["84.09 billion crowns"], R, '10041', "total sales were 84.09 billion crowns", money(84.09e9, 'SEK'), r'Volvo', r'84\.09|84,09|sales')
U('how_many', "How many cars did Volvo sell in 1986?", ('reuters21578', '10041'),
  [[r'Volvo'], [r'Volvo', r'cars'], [r'Volvo', r'sold|deliver|units|vehicles'], [r'Volvo', r'1986', r'\d[\d,.]* (mln )?(cars|vehicles|units)']])

# --- reuters 10456 GM Pontiac strike (1987-03-27)
A('how_many', "How many workers does the UAW represent at GM's Pontiac, Michigan truck and bus plant?",
  ["9,000"], R, '10456', "which represents 9,000 workers at Pontiac", cnt(9000), r'Pontiac', r'9,000',
  also=[(R, '7230', 'the 9,000 workers at the Pontiac facility'), (R, '7396', 'the 9,000 UAW-represented workers at the facility'), (R, '10030', 'a strike by 9,000 hourly workers at the facility'), (R, '10113', "The union's 9,000 workers walked off the job at GM's Pontiac"), (R, '11654', 'walkout by 9,000 UAW workers at Pontiac')])
A('who', "Who is vice president of UAW Local 594?",
  ["Ron Miller", "Miller"], R, '10456', "Ron Miller, vice president for UAW local 594", None, r'Local 594', r'vice president|Miller')
U('how_many', "How many trucks a day does GM's Pontiac, Michigan truck and bus plant build?", ('reuters21578', '10456'),
  [[r'Pontiac', r'UAW|United Auto|truck and bus'], [r'Pontiac', r'a day|per day|daily|per hour|an hour|a year|annually|capacity'], [r'Pontiac', r'\d[\d,]* (trucks|vehicles|buses|units)']])

# --- reuters 5486 Upjohn Rogaine (1987-03-16)
A('who', "Which Ohio State University professor told the FDA panel that Rogaine appears safe?",
  ["Carl Leier", "Leier"], R, '5486', "Ohio State University Professor of Medicine Carl Leier", None, r'Rogaine|minoxidil|Ohio State', r'Leier')
U('how_much', "What price will Upjohn charge for Rogaine in the United States?", ('reuters21578', '5486'),
  [[r'Rogaine'], [r'minoxidil'], [r'Upjohn', r'baldness|hair'], [r'Upjohn', r'price', r'Rogaine|minoxidil|baldness']])
U('when', "When did the FDA approve Upjohn's Rogaine for treating baldness?", ('reuters21578', '5486'),
  [[r'Rogaine'], [r'minoxidil'], [r'Upjohn', r'baldness|hair'], [r'Upjohn', r'approv', r'baldness|Rogaine|minoxidil']])

# --- reuters 7050 SJNB (1987-03-19)
A('who', "Who will be interim chief executive of SJNB Financial?",
  ["William Pfeifle", "Pfeifle"], R, '7050', "vice chairman William Pfeifle, 68, will act as interim president", None, r'SJNB|San Jose National', r'Pfeifle')
U('how_many', "How old is Douglas McLendon, who quit as SJNB Financial's chief executive?", ('reuters21578', '7050'),
  [[r'McLendon'], [r'SJNB'], [r'San Jose National']])

# --- reuters 7616 Cineplex (1987-03-20)
A('how_much', "At what price did Cineplex Odeon chairman Garth Drabinsky buy shares from the company's treasury?",
  ["17.50 dlrs"], R, '7616', "750,000 common shares at 17.50 dlrs each", money(17.5, 'USD'), r'Cineplex', r'17\.50|17-1/2')
U('where', "In which city is Cineplex Odeon Corp headquartered?", ('reuters21578', '7616'),
  [[r'Cineplex'], [r'Cineplex', r'Toronto|based|headquarter|Canad']])

# --- reuters 18555 Chile (1987-06-18)
A('how_much', "How much of Chile's foreign debt did the rescheduling agreements signed in June 1987 cover?",
  ["10.6 billion dlrs", "10.6 billion dlr"], R, '18555', "reschedule 10.6 billion dlrs of the country's foreign debt", money(10.6e9, 'USD'), r'Chile', r'10\.6 (billion|bln)',
  also=[(R, '26', 'a 10.6 billion dlr debt rescheduling pact between Chile and its bank advisory panel'), (R, '3614', 'the rescheduling of some 10.6 billion dlrs of debt'), (R, '3627', 'the rescheduling of some 10.6 billion dlrs of debt')])
A('who', "Which bank chairs Chile's bank advisory committee?",
  ["Manufacturers Hanover", "Manufacturers Hanover Trust Co"], R, '18555', "Manufacturers Hanover, which chairs a 12-bank advisory committee", None, r'Chile', r'Manufacturers Hanover|advisory committee|steering committee')
A('how_many', "How many of its own shares did United Technologies authorize buying back in October 1987?",
  ["six mln", "up to six mln"], R, '20663', "buy up to six mln shares", cnt(6000000), r'United Technologies|United Tech', r'six mln|6 mln|6,000,000')
U('how_much', "How much is United Technologies' October 1987 share buyback expected to cost?", ('reuters21578', '20663'),
  [[r'United Tech'], [r'United Tech', r'buy ?back|repurchase|buy up to']])

# --- reuters 21397 Xidex (1987-10-19)
A('who', "Who is Xidex Corp's new chief executive?",
  ["Bert Zaccaria", "Zaccaria"], R, '21397', "by executive vice president and chief operating officer Bert Zaccaria", None, r'Xidex', r'Zaccaria|chief executive')
U('how_many', "How old is Xidex chairman Lester Colbert Jr.?", ('reuters21578', '21397'),
  [[r'Xidex'], [r'Colbert']])

# --- reuters 18589 Thrifty (1987-06-18)
A('who', "Which firm is managing underwriter for Thrifty Rent-A-Car System's initial public offering?",
  ["Alex. Brown and Sons Inc", "Alex. Brown and Sons"], R, '18589', "Alex. Brown and Sons Inc will be managing underwriter", None, r'Thrifty', r'Alex\.? Brown|underwrit')
A('how_many', "How many shares is Thrifty Rent-A-Car floating?",
  ["two mln"], R, '18589', "initial public offering of two mln shares", cnt(2000000), r'Thrifty', r'two mln|2 mln|2,000,000')
U('how_much', "At what price per share are Thrifty Rent-A-Car's IPO shares to be sold?", ('reuters21578', '18589'),
  [[r'Thrifty'], [r'Thrifty', r'dlrs|price']])

# --- reuters 5551 Worthen (1987-03-16)
A('who', "Who resigned as chief executive of Worthen Banking's First National Bank of Hot Springs?",
  ["G. Michael Sigman", "Sigman"], R, '5551', "G. Michael Sigman has resigned as president and chief executive officer", None, r'Worthen|Hot Springs', r'Sigman|resign')
U('who', "Who was named permanent president of Worthen's First National Bank of Hot Springs after Michael Sigman quit?", ('reuters21578', '5551'),
  [[r'Hot Springs'], [r'Worthen'], [r'Sigman'], [r'Patridge']])

# --- reuters 6267 USDA certificates (1987-03-17)
A('who', "Who is the USDA's Deputy Administrator for Commodity Operations?",
  ["Ralph Klopfenstein", "Klopfenstein"], R, '6267', "Ralph Klopfenstein, Deputy Administrator for Commodity Operations", None, r'Klopfenstein|Commodity Operations', r'Klopfenstein|Deputy Administrator',
  also=[(R, '12587', 'Ralph Klopfenstein, USDA deputy administrator for commodity operations'), (R, '14706', 'Ralph Klopfenstein, deputy administrator for commodity operations at USDA'), (R, '16271', 'Ralph Klopfenstein, deputy administrator of commodity operations')])

# --- reuters 3494 News International notes (1987-03-11)
A('how_much', "What coupon do News International's dollar notes due April 1990 pay?",
  ["7-1/2 pct"], R, '3494', "carrying a coupon of 7-1/2 pct", pct(7.5), r'News International', r'7-1/2|7\.5', also=[(R, '4716', 'The bonds pay 7-1/2 pct')])
A('when', "When do News International's 7-1/2 pct dollar notes mature?",
  ["April 10, 1990"], R, '3494', "notes due April 10, 1990", "1990-04-10", r'News International', r'1990')

# --- reuters 11124 Venezuela CVG (1987-03-30)
A('how_much', "How much does Venezuela's CVG plan to invest in new projects during 1987-89?",
  ["75 billion bolivars"], R, '11124', "will invest 75 billion bolivars in new projects during 1987-89", money(75e9, 'VEB'), r'CVG|Guayana', r'75 (billion|bln)')
A('when', "Before 1986, when had Venezuelan steelmaker Sidor last made a profit?",
  ["1978"], R, '11124', "the first time since 1978 Sidor turned a profit", "1978", r'Sidor', r'1978|profit')
U('how_many', "How many people work for Venezuela's Guayana Corporation (CVG)?", ('reuters21578', '11124'),
  [[r'CVG'], [r'Guayana'], [r'Sidor|Alcasa|Venalum|Interalumina|Ferrominera'], [r'CVG|Guayana', r'employ|workers|staff|workforce|jobs']])

# --- reuters 312 South Korea (1987-03-02)
A('how_much', "What was South Korea's current account surplus in 1986?",
  ["4.65 billion dlrs"], R, '312', "Last year South Korea's current account surplus was 4.65 billion dlrs", money(4.65e9, 'USD'), also=[(R, '14862', "South Korea's current account to a surplus of 4.65 billion dlrs in 1986"), (R, '14880', 'The current account recorded a surplus of 4.65 billion dlrs in 1986')], key=r'Korea', ans= r'4\.65|4\.6 (billion|bln)|4\.7 (billion|bln)|4\.61|4\.62|4\.64|4\.66')
U('how_much', "What current account surplus did South Korea forecast for 1988?", ('reuters21578', '312'),
  [[r'Korea', r'current account', r'1988'], [r'Korea', r'surplus', r'next year|1988']])

# --- reuters 14753 Nanometrics (1987-04-07)
A('how_many', "How many domestic employees does Nanometrics have?",
  ["141"], R, '14753', "its domestic workforce of 141 people", cnt(141), r'Nanometrics', r'141')
U('who', "Who is the chief executive of Nanometrics Inc?", ('reuters21578', '14753'),
  [[r'Nanometrics'], [r'Nanometrics', r'president|chief|chairman|executive']])
U('where', "Where is Nanometrics Inc headquartered?", ('reuters21578', '14753'),
  [[r'Nanometrics'], [r'Nanometrics', r'based|headquarter|Calif|Sunnyvale']])

# --- reuters 20052 IRRI (1987-10-20)
A('who', "Who will take over as director-general of the International Rice Research Institute in early 1988?",
  ["Klaus Lampe", "Lampe"], R, '20052', "agricultural scientist Klaus Lampe will take over as its director-general", None, r'Rice Research|IRRI', r'Lampe|director')
A('how_many', "How old is Klaus Lampe, the incoming head of the International Rice Research Institute?",
  ["56"], R, '20052', "Lampe, 56,", cnt(56), r'Lampe', r'56')
A('when', "Since when has M.S. Swaminathan led the International Rice Research Institute?",
  ["1982"], R, '20052', "Swaminathan, who has headed IRRI since 1982", "1982", r'Swaminathan', r'1982|since')
A('where', "Where is the International Rice Research Institute based?",
  ["Manila"], R, '20052', "The Manila-based International Rice Research Institute", None, r'Rice Research|IRRI', r'Manila|Los Banos|based')
U('where', "Where was Klaus Lampe, the new IRRI director-general, born?", ('reuters21578', '20052'),
  [[r'Lampe'], [r'Rice Research|IRRI'], [r'Lampe', r'born|native']])

# --- reuters 18494 New Zealand (1987-06-18)
A('how_much', "What budget surplus does New Zealand expect for fiscal March 1988?",
  ["379 mln N.Z. Dlr", "379 mln", "379 mln N.Z. Dlrs", "379 mln New Zealand dlrs"], R, '18494', "a 379 mln N.Z. Dlr budget surplus", money(379e6, 'NZD'), r'New Zealand', r'379',
  also=[(R, '18491', 'a budget surplus of 379 mln N.Z. Dlrs for the year ending March 1988'), (R, '18625', 'a budget surplus for the year ending March 1988 of 379 mln New Zealand dlrs')])
A('when', "When did New Zealand last repay part of its public debt before 1987?",
  ["1952"], R, '18494', "for the first time since 1952", "1952", r'New Zealand', r'1952')
A('who', "Which New Zealand minister announced the country's first budget surplus in 35 years?",
  ["Roger Douglas", "Douglas"], R, '18494', "Finance Minister Roger Douglas said", None, r'New Zealand', r'surplus.*35 years|35 years.*surplus|first time since 1952')

# --- reuters 10219 McIntyre Mines (1987-03-26)
A('who', "Who controls Smoky River Holdings, buyer of McIntyre Mines' Smoky River Coal?",
  ["Michael Henson", "Henson"], R, '10219', "an Alberta company controlled by Michael Henson", None, r'Smoky River', r'Henson|controlled')
A('how_much', "What stake did McIntyre Mines hold in Falconbridge in March 1987?",
  ["14 pct"], R, '10219', "its 14 pct interest in Falconbridge Ltd", pct(14), r'McIntyre', r'Falconbridge')
A('when', "By what date at the latest does McIntyre's letter of credit for Smoky River Coal's reclamation expire?",
  ["December 31, 1992"], R, '10219', "December 31, 1992", "1992-12-31", r'Smoky River', r'1992|expire')
U('how_much', "How much cash did Smoky River Holdings pay McIntyre Mines for Smoky River Coal?", ('reuters21578', '10219'),
  [[r'Smoky River'], [r'McIntyre', r'Smoky|coal'], [r'McIntyre', r'sale|sold|sell', r'dlr']])

# --- reuters 7977 Cyclops (1987-03-20)
A('how_much', "To what price per share did Cyacq raise its tender offer for Cyclops Corp on March 20, 1987?",
  ["92.50 dlrs"], R, '7977', "raised its tender offer to acquire Cyclops Corp to 92.50 dlrs a share", money(92.5, 'USD'), r'Cyclops', r'92\.50|92-1/2')
A('where', "In which city is Cyclops Corp based?",
  ["Pittsburgh"], R, '7977', "the Pittsburgh-based company", None, r'Cyclops', r'Pittsburgh|based', also=[(R, '4303', 'the Pittsburgh-based maker of carbon tool and specialty steel products')])
# --- reuters 3795 Meese / Chrysler-AMC (1987-03-11)
A('how_much', "How much of American Motors does Renault own?",
  ["about 46 pct", "46 pct", "46.2 pct"], R, '3795', "Renault currently holds about 46 pct of AMC", pct(46), r'American Motors|AMC', r'Renault',
  also=[(R, '3056', '46 pct owned by Renault'), (R, '3241', 'a 46.2 pct direct stake'), (R, '8872', 'American Motors is 46 pct owned by Renault'), (R, '8874', 'American Motors is 46 pct owned by Renault')])
U('when', "When did the Justice Department approve Chrysler's purchase of American Motors?", ('reuters21578', '3795'),
  [[r'Chrysler', r'American Motors|AMC', r'Justice Department|antitrust'], [r'Chrysler', r'American Motors|AMC', r'clear|approv'], [r'Chrysler', r'AMC', r'waiting period|Hart-Scott']])

# --- reuters 8082 Franco-German helicopter (1987-03-22)
A('when', "When was the Franco-German combat helicopter project first drafted?",
  ["1984"], R, '8082', "The project, first drafted in 1984", "1984", r'helicopter', r'1984')
A('when', "By when is the joint Franco-German commission on the combat helicopter due to present its final report?",
  ["July", "by July"], R, '8082', "present a final report by July", "1987-07", r'helicopter', r'final report|July')
A('where', "In which city is Messerschmitt-Boelkow-Blohm based?",
  ["Munich"], R, '8082', "<Messerschmitt-Boelkow-Blohm> of Munich", None, r'Messerschmitt|MBB', r'Munich')
U('how_much', "How much is the Franco-German combat helicopter programme expected to cost?", ('reuters21578', '8082'),
  [[r'helicopter', r'France|French', r'Germany|German'], [r'helicopter', r'Aerospatiale|Messerschmitt|MBB'], [r'helicopter', r'French|France', r'German', r'cost|francs|marks|dlrs|billion']])

# --- reuters 21074 Mobil grocery bags (1987-10-19)
A('where', "At which plant is Mobil Chemical adding two plastic grocery sack production lines?",
  ["Temple, Texas", "Temple"], R, '21074', "two new manufacturing lines at its Temple, Texas, plant", None, r'Mobil', r'Temple')
U('how_much', "How much will Mobil Chemical's new plastic grocery sack lines in Texas cost?", ('reuters21578', '21074'),
  [[r'Mobil', r'grocery|sack'], [r'Mobil', r'Temple'], [r'Mobil', r'plastic bag|plastic sack|trash bag']])

# --- reuters 785 Anchor Glass (1987-03-02)
A('when', "When is Anchor Glass Container's stock split effective?",
  ["March 24"], R, '785', "split two-for-one effective March 24", "1987-03-24", r'Anchor Glass', r'split|March 24')
U('when', "When was Anchor Glass Container Corp founded?", ('reuters21578', '785'),
  [[r'Anchor Glass'], [r'Anchor Glass', r'founded|formed|established|incorporated|created|since 19']])

# --- reuters 10753 CertainTeed (1987-03-30)
A('how_much', "What share of CertainTeed does Saint-Gobain own?",
  ["57 pct"], R, '10753', "is 57 pct owned by Cie de Saint-Gobain", pct(57), r'CertainTeed', r'Saint-Gobain|St\.? Gobain')
A('who', "Which bank is arranging CertainTeed's 150 mln dlr multiple facility?",
  ["Chemical Bank International"], R, '10753', "Chemical Bank International said as arranger", None, r'CertainTeed', r'arrang|Chemical Bank')
U('how_many', "How many people does building products maker CertainTeed employ?", ('reuters21578', '10753'),
  [[r'CertainTeed'], [r'CertainTeed', r'employ|workers|staff|workforce']])

# --- reuters 15055 Continental Bank of Canada (1987-04-08)
A('how_much', "For how much did Continental Bank of Canada sell most of its assets to Lloyds Bank Canada?",
  ["200 mln Canadian dlr", "200 mln"], R, '15055', "200 mln Canadian dlr sale of most Continental assets", money(200e6, 'CAD'), r'Continental Bank', r'Lloyds', also=[(R, '2827', 'its 200 mln Canadian dlr acquisition of Continental Bank of Canada')])

# --- reuters 6698 Eagle Entertainment (1987-03-18)
A('who', "Who is producing the film Green Monkey?",
  ["Sandy Howard"], R, '6698', "are being produced by Sandy Howard", None, r'Green Monkey|Street Justice|Sandy Howard', r'Howard')
U('where', "In which city is Eagle Entertainment Inc based?", ('reuters21578', '6698'),
  [[r'Eagle Entertainment'], [r'Performance Guarantees'], [r'Eagle Entertainment', r'based|headquarter|Calif|Los Angeles|New York']])

# --- reuters 2869 General Instrument (1987-03-06)
A('how_much', "How much is General Instrument's Navy contract for P-3C Orion and SH-2F support work worth?",
  ["36.0 mln dlr"], R, '2869', "a 36.0 mln dlr contract", money(36e6, 'USD'), r'General Instrument', r'36\.0|36 mln|Orion')

# --- bbc sport/169 Mourinho
A('who', "Which fourth official ushered Jose Mourinho from the touchline during the Carling Cup final?",
  ["Phil Crossley", "Crossley"], B, 'sport/169', "fourth official Phil Crossley", None, r'Mourinho', r'Crossley|fourth official')
A('how_many', "In which minute did Chelsea equalise against Liverpool in the 2005 Carling Cup final?",
  ["79", "79 minutes"], B, 'sport/169', "Chelsea's equaliser on 79 minutes", cnt(79), r'Carling Cup', r'79|Gerrard own goal|own goal')

# --- bbc sport/472 Davis Cup
A('where', "In which city was the 2004 Davis Cup final between Spain and the United States played?",
  ["Seville"], B, 'sport/472', "in front of a partisan crowd in Seville", None, r'Davis Cup', r'Seville|Sevilla', also=[(B, 'sport/466', "Andy Roddick in the fourth rubber in Seville"), (B, 'sport/469', "to end the USA's challenge in Seville"), (B, 'sport/470', "to end the USA's challenge in Seville"), (B, 'sport/491', "the 2004 Davis Cup final in Seville"), (B, 'sport/495', "a 3-2 home success over the USA in Seville"), (B, 'sport/499', "the Davis Cup crown they won in Seville")])
A('who', "Who captained Spain's Davis Cup team in the 2004 final against the US?",
  ["Jordi Arrese", "Arrese"], B, 'sport/472', "Spain coach Jordi Arrese", None, r'Davis Cup', r'Arrese|coach|captain', also=[(B, 'sport/423', "Spain captain Jordi Arrese"), (B, 'sport/469', "Spanish captain Jordi Arrese"), (B, 'sport/470', "Spanish captain Jordi Arrese")])

# --- bbc entertainment/225 Celebrity Big Brother
A('how_many', "How old is Jackie Stallone, mother of Sylvester?",
  ["71"], B, 'entertainment/225', "Stallone, 71,", cnt(71), r'Jackie Stallone|Stallone', r'71|year-old|aged')
A('how_much', "What share of viewers voted to keep John McCririck in Celebrity Big Brother over Jackie Stallone?",
  ["67%"], B, 'entertainment/225', "67% of people voted to keep the racing pundit in the house", pct(67), r'McCririck', r'%', also=[(B, 'entertainment/180', "received 67% of the vote to keep him in the house")])
U('how_much', "How much was Jackie Stallone paid to appear on Celebrity Big Brother?", ('bbc', 'entertainment/225'),
  [[r'Jackie Stallone'], [r'Stallone', r'Big Brother'], [r'Celebrity Big Brother', r'paid|fee|£|\$']])

# --- bbc politics/391 EU referendum cost
A('how_much', "How much would it cost to hold a UK referendum on the European constitution?",
  ["£80m"], B, 'politics/391', "It could cost £80m to run a UK referendum", money(80e6, 'GBP'), r'referendum', r'constitution', )
A('who', "Which minister disclosed the likely cost of a UK referendum on the EU constitution?",
  ["Chris Leslie", "Leslie"], B, 'politics/391', "Constitutional Affairs Minister Chris Leslie", None, r'Chris Leslie|Mr Leslie', r'referendum')
A('when', "When did Britain hold its only previous referendum before the planned vote on the EU constitution?",
  ["1975"], B, 'politics/391', "in the 1975 referendum", "1975", r'referendum', r'1975')

# --- bbc politics/385 vaccine pledge
A('how_much', "How much did Gordon Brown offer to the international immunisation finance scheme?",
  ["£960m", "£1bn"], B, 'politics/385', "Gordon Brown has offered £960m ($1.8bn) over 15 years", money(960e6, 'GBP'), r'immunisation|vaccin', r'960|Gavi')
A('how_many', "Over how many years is Britain's £960m vaccine pledge spread?",
  ["15 years", "15"], B, 'politics/385', "£960m ($1.8bn) over 15 years", cnt(15), r'960m', r'years')

# --- bbc business/012 Indonesia fuel
A('how_much', "What did Indonesia's 2004 fuel subsidies cost?",
  ["59.2 trillion rupiah"], B, 'business/012', "It spent 59.2 trillion rupiah ($6.58bn; £3.5bn) on fuel subsidies in 2004", money(59.2e12, 'IDR'), r'Indonesia', r'subsid')
A('who', "Who is Indonesia's State Minister for National Development Planning?",
  ["Sri Mulyani Indrawati"], B, 'business/012', "said Sri Mulyani Indrawati, State Minister for National Development Planning", None, r'Indonesia', r'Mulyani|Development Planning')
U('how_much', "What does kerosene cost per litre in Indonesia?", ('bbc', 'business/012'),
  [[r'Indonesia', r'fuel'], [r'kerosene', r'litre|liter|rupiah|price'], [r'Indonesia', r'kerosene'], [r'Indonesia', r'fuel price', r'litre|liter|rupiah']])

# --- bbc sport/448 Kuznetsova
A('where', "Where was Svetlana Kuznetsova playing when she tested positive for ephedrine?",
  ["Charleroi"], B, 'sport/448', "Kuznetsova was playing in an exhibition event in Charleroi at the time", None, r'Kuznetsova', r'Charleroi|Belgi')
A('when', "When did Kuznetsova test positive for ephedrine?",
  ["19 December"], B, 'sport/448', "tested positive for the stimulant ephedrine on 19 December", None, r'Kuznetsova', r'December')

# --- bbc entertainment/156 Soul Train
A('where', "Where will the Soul Train Awards ceremony be held?",
  ["Hollywood"], B, 'entertainment/156', "The Soul Train Awards ceremony will take place in Hollywood on 28 February", None, r'Soul Train', r'Hollywood')
A('when', "When will the Soul Train Awards ceremony take place?",
  ["28 February"], B, 'entertainment/156', "will take place in Hollywood on 28 February", None, r'Soul Train', r'February')

# --- bbc business/348 US airline chaos
U('who', "Who is the chief executive of Delta's Comair subsidiary?", ('bbc', 'business/348'),
  [[r'Comair'], [r'Comair', r'chief|president|chairman|head']])
U('where', "In which city is Comair headquartered?", ('bbc', 'business/348'),
  [[r'Comair'], [r'Comair', r'based|headquarter|Cincinnati|Kentucky|Erlanger']])
U('when', "When did US Airways first file for Chapter 11 bankruptcy protection?", ('bbc', 'business/348'),
  [[r'US Airways', r'Chapter 11|bankruptcy'], [r'US Airways', r'bankruptcy', r'2002|August|first time|previous'], [r'USAir', r'bankruptcy|Chapter 11']])

# --- reuters 21397 Xidex
U('where', "In which city is Xidex Corp based?", ('reuters21578', '21397'),
  [[r'Xidex'], [r'Xidex', r'based|headquarter|Calif|Sunnyvale']])

# --- agnews
A('where', "In which German town is Nokia trialling mobile phones as public transport tickets?",
  ["Hanau"], G, 'test-4989', "test wireless public transport fares in Hanau, near Frankfurt in Germany", None, r'Nokia', r'Hanau',
  also=[(B, 'tech/181', "travellers in the city of Hanau, near Frankfurt")])
U('how_many', "How many passengers are taking part in Nokia's Hanau mobile ticketing trial?", ('agnews', 'test-4989'),
  [[r'Hanau'], [r'Nokia', r'ticket'], [r'Nokia', r'trial', r'passengers|users|participants']])
A('where', "In which town is Saint Anne's Hospital, where a woman died after gastric bypass surgery?",
  ["Fall River"], G, 'test-3423', "at Saint Anne's Hospital in Fall River", None, r"Saint Anne|St\.? Anne", r'Fall River')
A('where', "In which city was Timberwolves center Michael Olowokandi arrested after police used a stun gun?",
  ["Indianapolis", "an Indianapolis club"], G, 'test-6429', "when he refused to leave an Indianapolis club", None, r'Olowokandi', r'Indianapolis')

# --- reuters 20052 IRRI (extra)
A('when', "When will Klaus Lampe become IRRI director-general?",
  ["early 1988", "in early 1988"], R, '20052', "will take over as its director-general in early 1988", "1988", r'Lampe', r'1988')

# --- swaps for article spread
A('where', "At which ground did Middlesbrough draw 2-2 with Charlton?",
  ["the Riverside", "Riverside"], B, 'sport/106', "a battling draw with Charlton at the Riverside", None, r'Middlesbrough', r'Riverside')
A('how_many', "How many points did LeBron James score in Cleveland's 103-97 win over the Nets?",
  ["27"], G, 'test-6924', "LeBron James scored 27 points", cnt(27), r'LeBron', r'Nets')
A('how_much', "How much emergency money is Texas's Adult Protective Services agency getting?",
  ["$10 million"], G, 'test-3006', "an emergency infusion of $10 million", money(10e6, 'USD'), r'Adult Protective', r'million')
A('who', "Which American gymnast won silver on the balance beam at the Athens Olympics?",
  ["Carly Patterson", "Patterson"], G, 'test-462', "American Carly Patterson", None, r'balance beam', r'silver')
A('how_much', "What were Electronic Arts' revenues in 2004?",
  ["$3bn"], B, 'tech/276', "Its revenues were $3bn (£1.65bn) in 2004", money(3e9, 'USD'), r'Electronic Arts|\bEA\b', r'revenue')
A('who', "Who is the chief executive of Euronext?",
  ["Jean-Francois Theodore", "Theodore"], B, 'business/264', "Euronext chief Jean-Francois Theodore", None, r'Euronext', r'Theodore',
  also=[(B, 'business/319', "Euronext chief executive Jean-Francois Theodore"), (B, 'business/392', "Euronext chief Jean-Francois Theodore")])
A('how_many', "How many U.S. homes are expected to use internet telephony by 2009?",
  ["12 million"], G, 'test-3384', "should reach 12 million by 2009", cnt(12000000), r'VoIP|telephony', r'2009')
A('how_many', "How many members sit on the London Assembly?",
  ["25"], B, 'politics/154', "which is made up of 25 members", cnt(25), r'London Assembly', r'members')
A('how_many', "How many passengers were stranded by the US Airways and Comair Christmas disruption?",
  ["30,000"], B, 'business/348', "left 30,000 passengers stranded", cnt(30000), r'US Airways|Comair', r'stranded')
A('how_many', "How many suspected Eta members did French security forces arrest?",
  ["20"], G, 'test-3042', "have arrested 20 people suspected of being members", cnt(20), r'\bEta\b', r'arrest')
A('how_many', "How many consecutive starts had Brett Favre made when Green Bay beat St. Louis 45-17?",
  ["200", "200th"], G, 'test-6621', "his 200th consecutive start", cnt(200), r'Favre', r'consecutive|start')
