#!/usr/bin/env python3
"""Builds gold.jsonl and articles.jsonl for the archive-z5 set.

Question definitions are below. Every answer / evidence string is checked to be an exact
substring of the named article (answers: of the doc or of one of the `also` articles).
Unanswerable questions carry `about` = the article the near miss is about (copied to
articles.jsonl) and `checks` = the searches used to confirm absence (written to ABSENT_CHECKED
by absent_check.py).
"""
import json

CORPORA = "/work/shared/corpora/"
R, B, A = "reuters21578", "bbc", "agnews"


def Q(typ, question, answers, src, doc, evidence, normalized=None, also=()):
    return dict(type=typ, question=question, answers=list(answers), source=src, doc=doc,
                evidence=evidence, normalized=normalized,
                also=[{"source": s, "doc": d, "evidence": e} for s, d, e in also])


def U(typ, question, src, doc, checks):
    return dict(type=typ, question=question, answers=[], source=None, doc=None, evidence=None,
                normalized=None, also=[], about=(src, doc), checks=checks)


def money(amount, cur):
    return {"amount": float(amount), "currency": cur}


def pct(p):
    return {"percent": float(p)}


def cnt(n):
    return {"count": n}


QUESTIONS = [
    # ---------------- reuters 500: FAA fines
    Q("how_much", "How much did the FAA fine Delta Air Lines?", ["140,400 dlrs"], R, "500",
      "The Federal Aviation Administration fined Delta Air Lines Inc 140,400 dlrs", money(140400, "USD")),
    Q("how_much", "What penalty did American Airlines get from the FAA's special safety inspections?",
      ["1.5 mln dlrs"], R, "500", "American Airlines was penalized 1.5 mln dlrs", money(1.5e6, "USD")),
    U("how_many", "How many safety violations did the FAA cite against Delta Air Lines?", R, "500",
      [["delta", "FAA|federal aviation"], ["delta air", "violation"], ["delta", "fine", "violations"], ["FAA|aviation administration", "violations", "\\b[0-9,]+ (alleged )?(safety )?violations"]]),

    # ---------------- 3344 National Fuel Gas
    Q("when", "What is the record date for National Fuel Gas's two-for-one stock split?", ["May 29", "May 29, 1987"],
      R, "3344", "National Fuel Gas said the split will be paid to holders of record May 29.", "1987-05-29",
      [(R, "5440", "had said the record date for the split is May 29, 1987")]),
    Q("how_many", "How many shares did National Fuel Gas have outstanding before its 1987 split?", ["11,928,871"],
      R, "3344", "The company now has 11,928,871 shares outstanding.", cnt(11928871)),
    U("who", "Who is the chairman of National Fuel Gas?", R, "3344",
      [["national fuel"], ["national fuel", "chairman|president|chief executive|CEO"], ["<NFG>", "said"]]),

    # ---------------- 6757 Peru
    Q("who", "Who is the general manager of Peru's central bank?", ["hector neyra", "Hector Neyra", "Neyra"], R, "6757",
      "Central bank general manager hector neyra told reporters", None,
      [(R, "6866", "Central bank general manager Hector Neyra told reporters"),
       (R, "18361", "central bank general manager Hector Neyra said")]),
    Q("when", "On what day in 1985 did Alan Garcia take office as Peru's president?", ["july 28, 1985"], R, "6757",
      "when garcia took office on july 28, 1985", "1985-07-28"),
    Q("how_much", "How large were Peru's short-term trade credit lines when Alan Garcia took office?",
      ["210 million dollars", "210 mln dlrs"], R, "6757",
      "The trade credits stood at 210 million dollars when garcia took office", money(210e6, "USD"),
      [(R, "6866", "Trade credits were 210 mln dlrs when Garcia took office in 1985")]),

    # ---------------- 7903 ATT
    Q("how_many", "By how many jobs did ATT cut its work force during 1986?", ["32,000"], R, "7903",
      "related to reducing its work force by 32,000", cnt(32000),
      [(R, "8439", "ATT reduced its work force by 32,000 people last year")]),
    Q("how_much", "What were ATT's 1986 earnings?", ["139 mln dlrs", "139 mln"], R, "7903",
      "For 1986, ATT's earnings dropped to 139 mln dlrs", money(139e6, "USD"),
      [(R, "8439", "ATT as a whole reported a 1986 profit of 139 mln")]),

    # ---------------- 2785 Pioneer Group / Teberebie
    Q("how_much", "What stake does Pioneer Group hold in Teberebie Goldfields?", ["70 pct"], R, "2785",
      "The Pioneer Group Inc said its 70 pct-owned Teberebie Goldfields Ltd venture", pct(70),
      [(R, "2762", "The Pioneer Group Inc said its 70 pct-owned Teberebie Goldfields Ltd venture")]),
    Q("where", "In which country is Pioneer Group's Teberebie Goldfields venture looking for gold?", ["Ghana"],
      R, "2785", "was granted an additional concession of land in Ghana to seek and mine gold", None,
      [(R, "2762", "has been granted an additional concession of land in Ghana to look for and mine gold")]),
    Q("how_many", "How much additional land was Teberebie Goldfields granted in its new concession?",
      ["14.5 square kilometers", "14.5"], R, "2785",
      "The State Gold Mining Corp of Ghana granted the venture an additional 14.5 square kilometers in Teberebie",
      cnt(14.5),
      [(R, "2762", "granted the venture an additional 14.5 square kilometers in Teberebie")]),
    U("when", "When was Teberebie Goldfields granted its original 11.5 square kilometre concession?", R, "2785",
      [["teberebie"], ["ghana", "gold", "concession"], ["pioneer group"], ["11\\.5 square"]]),

    # ---------------- 20576 Ford
    Q("how_much", "How much did Ford spend in 1986 upgrading its vehicle plants?", ["3.4 billion dlrs"], R, "20576",
      "In 1986, Ford spent 3.4 billion dlrs to upgrade vehicle manufacturing plants", money(3.4e9, "USD")),
    U("how_much", "According to chairman Donald Petersen, how much will Ford spend on new products and plant upgrades over the next five years?",
      R, "20576",
      [["\\bford\\b", "next five years|five-year|five years"], ["petersen", "spend"],
       ["\\bford\\b", "capital (spending|expenditure)"], ["\\bford\\b", "spend|invest", "billion|bln"]]),

    # ---------------- 8511 Yugoslavia
    Q("how_many", "How many inspectors did Yugoslavia deploy to check the price rollback?", ["1,350"], R, "8511",
      "some 1,350 inspectors will check whether merchants in Yugoslavia have fully complied", cnt(1350)),
    Q("how_many", "How many products were affected by Yugoslavia's March 1987 price rollback?", ["over 19,000", "19,000"],
      R, "8511", "Tanjug said over 19,000 products will be affected.", cnt(19000)),

    # ---------------- 6321 Labatt
    Q("how_much", "What share of the Canadian beer market does Molson hold?", ["32 pct", "about 32 pct"], R, "6321",
      "<Molson Companies Ltd> holds about 32 pct", pct(32)),
    Q("where", "Where did John Labatt open an office as it studied expansion in Europe?", ["London"], R, "6321",
      "The company opened a London office about six months ago", None),
    U("how_much", "How much is John Labatt prepared to invest in its European expansion?", R, "6321",
      [["labatt", "europe"], ["labatt", "invest"], ["labatt", "brewer(y|ies)", "(mln|billion|bln)"], ["labatt", "europe", "mln|million|billion|bln|dlrs|stg"]]),

    # ---------------- 19962 Cyclops / Dixons
    Q("how_much", "How much per share will the remaining public Cyclops shareholders receive in the Dixons merger?",
      ["95 dlrs a share", "95 dlrs"], R, "19962",
      "the remaining public Cyclops shareholders are to receive 95 dlrs a share", money(95, "USD"),
      [(R, "19690", "Dixons will proceed to pay 95 dlrs a share to the remaining Cyclops shareholders")]),
    Q("when", "When was the sale of Cyclops Corp's steel businesses to a former Alleghany unit expected to close?", ["June 30"], R, "19962",
      "is expected to be completed June 30", "1987-06-30"),

    # ---------------- 11118 Exxon synfuels
    Q("who", "Which Exxon Co USA senior vice president predicted a role for synthetic fuels?", ["Joe McMillan", "McMillan"],
      R, "11118", "Joe McMillan, a senior vice president", None),
    Q("who", "Who is the chairman of Ashland Oil?", ["John Hall", "Hall"], R, "11118",
      "Ashland Oil, Inc. chairman John Hall", None,
      [(R, "10975", "Chairman John Hall said")]),
    Q("where", "In which city did Exxon's Joe McMillan address the American Institute of Chemical Engineers?",
      ["Houston"], R, "11118", "after addressing a Houston meeting of the American Institute of Chemical Engineers"),
    U("how_many", "How old is Exxon executive Joe McMillan?", R, "11118",
      [["mcmillan"], ["mcmillan", "year-old|years old|aged|, [0-9]{2},"], ["exxon", "senior vice president"]]),

    # ---------------- 565 Amgen
    Q("how_much", "How big is the research partnership Amgen signed a letter of intent for?", ["75 mln dlr"], R, "565",
      "an estimated 75 mln dlr research and development limited partnership", money(75e6, "USD")),

    # ---------------- 15799 Craxi
    Q("how_many", "How many ministers did Italy's Christian Democrats pull out of Craxi's cabinet in April 1987?",
      ["16"], R, "15799", "withdraw their 16 ministers from the 30 member cabinet", cnt(16),
      [(R, "13548", "has decided to withdraw its 16 ministers"),
       (R, "13671", "decided to withdraw their 16 ministers"),
       (R, "14419", "to withdraw their 16 ministers")]),

    # ---------------- 5063 BankAmerica Paraguay
    Q("where", "In which city is BankAmerica's Paraguay branch?", ["Asuncion"], R, "5063",
      "seeking a buyer for its branch in Asuncion, Paraguay"),
    Q("how_many", "How many people work at Bank of America's operations in Paraguay?", ["80", "about 80"], R, "5063",
      "which employ about 80 people", cnt(80)),
    U("who", "Which bank is buying BankAmerica's branch in Paraguay?", R, "5063",
      [["paraguay", "bank ?america|bank of america"], ["asuncion"], ["paraguay", "bank", "buy|acquir|purchas"]]),

    # ---------------- 4774 Conseco
    Q("who", "Which company agreed to buy Western National Life Insurance from Beneficial?", ["Conseco Inc", "Conseco"],
      R, "4774", "Conseco Inc said it has signed a definitive agreement to acquire Western National Life Insurance Co",
      None,
      [(R, "5625", "Conseco's proposal to acquire Western National Life Insurance Co from Beneficial Corp")]),
    Q("how_much", "What is Conseco paying for Western National Life Insurance?", ["275 mln dlrs", "275 mln dlr"],
      R, "4774", "from Beneficial Corp for 275 mln dlrs in cash", money(275e6, "USD"),
      [(R, "15659", "the proposed 275 mln dlr acquisition of Western National Life Insurance Co")]),
    Q("when", "On what date did Beneficial agree in principle to sell American Centennial Insurance to a management group?",
      ["March Three"], R, "4774", "On March Three, it said it agreed in principle to sell its American Centennial",
      "1987-03-03"),
    U("where", "In which city is Conseco Inc based?", R, "4774",
      [["conseco"], ["conseco", "carmel|indiana|indianapolis"], ["conseco", "based|headquarter"]]),

    # ---------------- 5456 Mrs Fields
    Q("who", "Who is the chairman of Mrs Fields Inc?", ["Randall Fields", "Fields"], R, "5456",
      "chairman Randall Fields told a news conference"),
    Q("how_many", "How many new U.S. stores does Mrs Fields plan to open in 1987?", ["125"], R, "5456",
      "the opening of 125 new stores in the U.S.", cnt(125)),
    U("where", "In which city is Mrs Fields Inc headquartered?", R, "5456",
      [["mrs\\.? fields"], ["fields", "cookie"], ["fields", "park city|salt lake|utah"], ["mrs\\.? fields", "based|headquarter|city"]]),
    U("who", "Who is the finance director of Mrs Fields Inc?", R, "5456",
      [["mrs\\.? fields", "financial officer|CFO|finance director|treasurer"], ["mrs\\.? fields"]]),
    U("how_many", "How many stores does Mrs Fields operate in total?", R, "5456",
      [["mrs\\.? fields"], ["fields", "stores|outlets|units"], ["cookie", "stores"]]),

    # ---------------- 243 Iran
    Q("how_many", "How many Iraqi tanks and personnel carriers did Iran claim to destroy near Basra on March 1, 1987?",
      ["45"], R, "243", "destroyed 45 enemy tanks and personnel carriers", cnt(45)),

    # ---------------- 8839 Shearson / Nippon Life
    Q("how_much", "What is Nippon Life paying for 13 pct of Shearson Lehman Brothers?",
      ["538 mln dlrs", "538 mln dlr"], R, "8839", "Nippon Life will receive 13 pct of Shearson for 538 mln dlrs.",
      money(538e6, "USD"),
      [(R, "8561", "to Nippon Life insurance co for 538 mln dlrs"),
       (R, "8628", "Nippon Life Insurance Co's 538 mln dlr purchase of a 13 pct stake in Shearson"),
       (R, "8666", "Nippon Life Insurance Co's 538 mln dlr purchase of a 13 pct stake in Shearson")]),
    Q("where", "In which city will Nippon Life and Shearson set up their joint venture?", ["London"], R, "8839",
      "would form a joint venture company in London", None,
      [(R, "8561", "providing for a joint venture in London"),
       (R, "8628", "calls for a 50-50 joint venture in London"),
       (R, "8666", "calls for a 50-50 joint venture in London")]),

    # ---------------- 18314 Bell Atlantic Mobile
    Q("when", "When does Bell Atlantic Mobile Systems expect its New York cellular rates to take effect?", ["July 1"],
      R, "18314", "The company expects the rates to go into effect July 1", "1987-07-01"),

    # ---------------- 5154 Iran missiles
    Q("how_many", "How far can a Soviet Styx missile fly?", ["50 miles", "up to 50 miles"], R, "5154",
      "Styx missiles have a range of up to 50 miles.", cnt(50)),

    # ---------------- 10168 BP / Shell
    Q("who", "Who is BP's managing director?", ["David Simon", "Simon"], R, "10168",
      "BP managing director David Simon's denial", None,
      [(R, "10078", "BP Managing Director David Simon said")]),
    Q("how_much", "How much did Royal Dutch/Shell finally pay for the Shell Oil minority stake?",
      ["5.67 billion dlrs"], R, "10168", "It ended up paying 5.67 billion dlrs for the outstanding Shell Oil stake",
      money(5.67e9, "USD")),

    # ---------------- 16882 El Pollo Asado
    Q("who", "Who was named president of El Pollo Asado?", ["Richard J. Peterson", "Peterson"], R, "16882",
      "Richard J. Peterson has been named president"),
    Q("who", "Who is El Pollo Asado's chief financial officer?", ["Ronald A. Paradis", "Paradis"], R, "16882",
      "chief financial officer Ronald A. Paradis"),

    # ---------------- 7486 GM Livonia
    Q("where", "Where is the GM parts plant whose workers voted on a team-concept contract in March 1987?",
      ["Livonia, Mich.", "Livonia"], R, "7486", "GM's Livonia, Mich., parts plant"),
    Q("how_many", "How many UAW members at GM's Livonia plant were to vote on the local contract?",
      ["Some 3,000", "3,000"], R, "7486", "Some 3,000 members of the United Auto Workers", cnt(3000)),
    Q("when", "When were GM's Livonia parts workers scheduled to vote on their new local contract?", ["tomorrow"],
      R, "7486", "are scheduled to vote tomorrow on a new contract", "1987-03-20"),

    # ---------------- 9258 McFarland / Petrominerals
    Q("how_many", "How many Petrominerals shares will be swapped for each McFarland Energy share?", ["5.4"], R, "9258",
      "McFarland said it would exchange one common share for each 5.4 Petrominerals shares.", cnt(5.4)),
    U("when", "When will shareholders vote on McFarland Energy's acquisition of Petrominerals?", R, "9258",
      [["petrominerals"], ["mcfarland energy"], ["mcfarland", "meeting|vote"]]),

    # ---------------- 20876 Gabelli Equity Trust
    Q("how_many", "How many of its shares does Gabelli Equity Trust intend to buy back?", ["up to one mln", "one mln"],
      R, "20876", "intends to repurchase up to one mln shares of its common", cnt(1000000)),
    U("how_much", "What is Gabelli Equity Trust's net asset value per share?", R, "20876",
      [["gabelli equity"], ["gabelli", "net asset value"], ["gabelli", "asset value"], ["gabelli equity", "dlrs a share|dlrs per share|per share|a share"]]),
    U("when", "When did Gabelli Equity Trust's board authorize the share repurchase?", R, "20876",
      [["gabelli equity"], ["gabelli", "repurchase|buy ?back|buy back"], ["gabelli", "authori[sz]"]]),

    # ---------------- 4710 France budget
    Q("how_much", "What was France's final 1986 budget deficit?", ["141.1 billion francs"], R, "4710",
      "France's 1986 budget deficit has been revised down to 141.1 billion francs", money(141.1e9, "FRF"),
      [(R, "5318", "a cut in the state budget deficit to 141.1 billion francs last year")]),

    # ---------------- 1711 Texas
    Q("who", "Which Texas Railroad Commissioner urged tax breaks for stripper wells?", ["James Nugent", "Nugent"],
      R, "1711", "Texas Railroad Commissioner James Nugent"),
    Q("how_much", "What is the rate of Texas's oil severance tax?", ["4.6 pct"], R, "1711",
      "from the state's 4.6 pct severance tax", pct(4.6)),

    # ---------------- 523 Sony Bridgend
    Q("where", "In which Welsh town is Sony expanding its television factory?", ["Bridgend"], R, "523",
      "doubling capacity at its Bridgend, Wales, television and components factory"),
    Q("how_much", "How much is Sony spending to expand its Bridgend TV plant?", ["30 mln stg"], R, "523",
      "in a 30 mln stg expansion", money(30e6, "GBP")),
    Q("how_many", "How many jobs will Sony's Bridgend expansion create?", ["300"], R, "523",
      "The move will add 300 jobs at Bridgend", cnt(300)),
    U("when", "When did Sony open its Bridgend television factory?", R, "523",
      [["bridgend"], ["sony", "wales|welsh"], ["sony", "u\\.?k\\.?|britain|british", "opened|established|built"]]),
    U("who", "Who was the managing director of Sony (U.K.) Ltd in 1987?", R, "523",
      [["sony", "u\\.?k\\.?|britain|british|bridgend", "managing director|chairman|president|chief executive"],
       ["sony \\(u\\.?k\\.?\\)"]]),

    # ---------------- 17486 Cominco
    Q("how_many", "How many union members voted against Cominco's tentative three-year contract?", ["1,229"],
      R, "17486", "The vote was 1,229, or 54.5 pct, against", cnt(1229),
      [(R, "17480", "The vote was 1,229, or 54.5 pct, against")]),
    Q("when", "When did the strike at Cominco's Trail smelter and Kimberley mine begin?", ["May nine", "May 9"], R, "17486",
      "went on strike May nine", "1987-05-09",
      [(R, "17480", "went on strike May 9"),
       (R, "17783", "shut down since the strike began May 9"),
       (R, "17805", "shut down since the strike began May 9"),
       (R, "18337", "shut down since the strike started May 9"),
       (R, "18412", "The strike, which began May nine"),
       (R, "18416", "the strike, which began May 9"),
       (R, "19477", "The workers went on strike May 9")]),

    # ---------------- 6563 Pentair
    Q("how_much", "At what price is Pentair offering its new convertible preferred shares?",
      ["25 dlrs a share", "25 dlrs per share", "25 dlrs"], R, "6563",
      "cumulative convertible preferred stock for 25 dlrs a share", money(25, "USD"),
      [(R, "3724", "at an expected price of 25 dlrs per share"),
       (R, "6902", "preferred stock priced at 25 dlrs per share")]),
    Q("when", "When did Pentair acquire McNeil Corp?", ["August 1986", "last August"], R, "6563",
      "the acquisition of McNeil Corp in August 1986", "1986-08",
      [(R, "6902", "the acquisition of McNeil Corp in August 1986"),
       (R, "3724", "the acquisition of McNeil Corp last August")]),
    U("how_much", "How much did Pentair pay for McNeil Corp?", R, "6563",
      [["mcneil"], ["pentair"], ["mcneil", "(mln|billion|bln|million) (dlrs|dollars)"], ["pentair", "acqui", "mln|million|bln|billion"]]),
    U("where", "Where is Pentair Inc headquartered?", R, "6563",
      [["pentair"], ["pentair", "minn|st\\.? paul|headquarter|based"]]),

    # ---------------- 10192 Latin American oil exporters
    Q("who", "Who is Trinidad and Tobago's energy minister?", ["Kelvin Ramnath", "Ramnath"], R, "10192",
      "Energy Minister Kelvin Ramnath of Trinidad-Tobago", None,
      [(R, "9077", "Energy Minister Kelvin Ramnath said")]),

    # ---------------- 16864 Argentina
    Q("who", "Who is Argentina's undersecretary for external debt?", ["Jorge Gonzalez", "Gonzalez"], R, "16864",
      "said Jorge Gonzalez, undersecretary for external debt in the economics ministry"),
    Q("how_many", "How many creditor banks does Argentina have?", ["350"], R, "16864",
      "over 100 of the country's 350 creditors", cnt(350),
      [(R, "19072", "agreed to by 350 banks worldwide"),
       (R, "19456", "about a third of Argentina's 350 creditor banks")]),
    Q("when", "When was Argentina's previous bank financing package finally signed?", ["August 1985"], R, "16864",
      "agreed with the Citibank-led steering committee in December 1984 but not signed until August 1985", "1985-08"),

    # ---------------- 10216 Ketza River
    Q("where", "Where is the Ketza River gold deposit?", ["the Yukon", "Yukon"], R, "10216",
      "their jointly owned Ketza River gold deposit in the Yukon", None,
      [(R, "10214", "Ketza River gold deposit in the Yukon")]),
    Q("how_much", "What will it cost to develop the Ketza River mine and mill?", ["21.1 mln dlrs"], R, "10216",
      "development costs for the mine and mill would total 21.1 mln dlrs", money(21.1e6, "CAD"),
      [(R, "10214", "development costs for the mine and mill would total 21.1 mln dlrs")]),
    Q("how_many", "How long is the planned mine life at Ketza River?", ["4.25 years"], R, "10216",
      "for a mine life of 4.25 years", cnt(4.25),
      [(R, "10214", "for a mine life of 4.25 years")]),
    U("where", "Where is Canamax Resources based?", R, "10216",
      [["canamax"], ["canamax", "toronto|vancouver|calgary|based|headquarter"]]),

    # ---------------- 6945 Muldoon
    Q("who", "Which former New Zealand prime minister says the NZ dollar is overvalued?", ["Robert Muldoon", "Muldoon"],
      R, "6945", "Former Prime Minister Robert Muldoon, an outspoken advocate of a managed float"),
    Q("how_much", "What value does Robert Muldoon think the New Zealand dollar should have?",
      ["48 U.S. Cents", "around 48 U.S. Cents", "48 cents"], R, "6945",
      "the exchange rate should be around 48 U.S. Cents", money(0.48, "USD")),

    # ---------------- 18926 First Wisconsin
    Q("who", "Which company is buying the First Wisconsin Center?",
      ["Trammell Crow Co", "Trammell Crow", "Trammel Crow Co", "Trammel Crow"], R, "18926",
      "and adjacent property to Trammell Crow Co for 195 mln dlrs", None,
      [(R, "19296", "Trammel Crow Co said it agreed to buy the 42-story headquarters building of First Wisconsin Corp")]),
    Q("how_much", "What price did First Wisconsin get for its Milwaukee headquarters building?", ["195 mln dlrs"],
      R, "18926", "to Trammell Crow Co for 195 mln dlrs", money(195e6, "USD")),
    Q("how_many", "How many stories tall is the First Wisconsin Center?", ["42"], R, "18926",
      "next to the 42-story center", cnt(42),
      [(R, "19296", "the 42-story headquarters building of First Wisconsin Corp")]),
    Q("where", "In which city is the First Wisconsin Center?", ["Milwaukee"], R, "18926",
      "its First Wisconsin Center in Milwaukee", None,
      [(R, "19296", "the remainder of the eight-acre site in Milwaukee")]),

    # ---------------- 4823 Dutch helicopters
    Q("how_much", "What is the Dutch army helicopter order worth?", ["2.5-billion guilder"], R, "4823",
      "a 2.5-billion guilder helicopter order", money(2.5e9, "NLG")),
    Q("how_many", "How many new army helicopters do the Dutch want to buy?", ["50"], R, "4823",
      "The Dutch seek 50 new army helicopters over a 10-year period", cnt(50)),
    Q("when", "By what year must the first batch of the Dutch army's new helicopters be operative?", ["1990"],
      R, "4823", "The first batch of 20 helicopters has to be operative in 1990", "1990"),

    # ---------------- 8417 Carling O'Keefe stadium
    Q("how_much", "How much is Carling O'Keefe contributing to the domed stadium?", ["5.0 mln Canadian dlrs", "5.0 mln dlr"],
      R, "8417", "agreed to contribute 5.0 mln Canadian dlrs towards the 245 mln dlr cost", money(5e6, "CAD")),
    Q("where", "In which city is the domed stadium Carling O'Keefe is helping to pay for?", ["Toronto"], R, "8417",
      "the 245 mln dlr cost of building a dome stadium in Toronto"),
    U("when", "When is Toronto's domed stadium due to open?", R, "8417",
      [["dome(d)? stadium"], ["toronto", "stadium"], ["argonauts"], ["skydome|sky dome"]]),

    # ---------------- 6667 Unisys
    Q("when", "When will Unisys begin shipping its Infoguard security software?", ["July 1987"], R, "6667",
      "shipments will begin in July 1987", "1987-07"),

    # ---------------- 19677 Pennzoil / SEC brief
    Q("when", "When is the SEC expected to file its amicus brief in the Texaco-Pennzoil case?",
      ["July 20", "about July 20"], R, "19677", "the brief is expected to be filed about July 20", "1987-07-20",
      [(R, "19618", "the brief will be filed around the week of July 20"),
       (R, "19897", "the SEC will file its brief the week of July 20")]),

    # ---------------- 1429 Dow South Africa
    U("how_much", "What price did Dow Chemical get for its South African chemicals and plastics business?", R, "1429",
      [["dow chemical", "south afric"], ["\\bdow\\b", "south afric", "sell|sale|sold"], ["\\bdow\\b", "south afric", "mln|million|rand|dlrs"]]),

    # ================= BBC
    Q("how_much", "What were General Electric's net profits for 2004?", ["$16.6bn"], B, "business/288",
      "Net profit was up 6% at $16.6bn.", money(16.6e9, "USD")),
    Q("how_much", "What were total US retail sales in 2004?", ["$4.06 trillion"], B, "business/450",
      "with annual sales coming in at $4.06 trillion", money(4.06e12, "USD")),
    Q("who", "Which UBS economist commented on the December US retail sales figures?", ["Maury Harris"], B,
      "business/450", "UBS economist Maury Harris told Reuters"),
    Q("where", "Where will Kim Collins run the 60m at the Norwich Union Grand Prix?", ["Birmingham"], B, "sport/010",
      "will compete in the 60m at the Norwich Union Grand Prix in Birmingham on 18 February", None,
      [(B, "sport/094", "take on Maurice Greene and Kim Collins in Birmingham on 18 February"),
       (B, "sport/069", "the Norwich Union Birmingham Indoor Grand Prix")]),
    Q("when", "On what date will Kim Collins race at the Norwich Union Grand Prix?", ["18 February"], B, "sport/010",
      "Norwich Union Grand Prix in Birmingham on 18 February", None,
      [(B, "sport/094", "Kim Collins in Birmingham on 18 February")]),
    Q("where", "Where does Kim Collins plan to defend his 100m world title?", ["Helsinki", "Finland"], B, "sport/010",
      "I plan to defend my 100m world title in Helsinki in August"),
    U("how_many", "How old is sprinter Kim Collins?", B, "sport/010",
      [["kim collins"], ["collins", "year-old|aged|years old"], ["collins", "sprint|100m", "\\b[12][0-9]\\b"], ["collins", "st kitts|nevis"]]),
    Q("how_many", "How many viewers watched the first Passport to Paradise show?", ["more than 4.1 million", "4.1 million"],
      B, "entertainment/186", "The first instalment attracted more than 4.1 million viewers", cnt(4100000)),
    Q("who", "Who is Marsh & McLennan's new chief executive?", ["Michael Cherkasky", "Cherkasky"], B, "business/333",
      "Marsh's new chief executive, Michael Cherkasky", None,
      [(B, "business/265", "Marsh's new chief executive, Michael Cherkasky"),
       (B, "business/103", "Marsh chief executive Michael Cherkasky said")]),
    U("who", "Who was Marsh & McLennan's chief executive before Michael Cherkasky?", B, "business/333",
      [["marsh", "greenberg"], ["marsh", "former (chief|chairman|boss)|predecessor|replaced its chief|stepped down|ousted"],
       ["mclennan"]]),
    Q("how_much", "How much in damages can Californians seek under the state's anti-spyware law?", ["$1,000", "up to $1,000"],
      B, "tech/096", "Consumers are able to seek up to $1,000 in damages", money(1000, "USD"),
      [(B, "tech/377", "Consumers are able to seek up to $1,000 in damages")]),
    Q("when", "When does California's anti-spyware law take effect?", ["1 January"], B, "tech/096",
      "From 1 January, a new law is being introduced to protect computer users from software known as spyware.", None,
      [(B, "tech/377", "From 1 January, a new law is being introduced")]),
    Q("where", "Which seat was UKIP candidate Nicholas Betts-Green selected to fight?", ["Suffolk Coastal"], B,
      "politics/145", "who had been selected to fight the Suffolk Coastal seat"),
    U("when", "When did Nicholas Betts-Green attend the BNP meeting?", B, "politics/145",
      [["betts-green"], ["ukip", "\\bBNP\\b"], ["suffolk coastal"]]),
    Q("where", "At which Paris venue did Elton John play his tsunami charity concert?",
      ["Bastille opera house", "the French capital's Bastille opera house", "Bastille"], B, "entertainment/111",
      "at the French capital's Bastille opera house"),
    Q("how_many", "How big was the audience at Elton John's Paris tsunami concert?", ["2,700"], B, "entertainment/111",
      "The British singer played to a 2,700-strong audience", cnt(2700)),
    Q("where", "In which country will the charity backed by Elton John's Paris concert rebuild a children's shelter?",
      ["Sri Lanka"], B, "entertainment/111", "rebuild a children's shelter in Sri Lanka"),
    U("how_much", "How much money did Elton John's Paris tsunami concert raise?", B, "entertainment/111",
      [["elton", "tsunami"], ["elton", "paris"], ["fondation pour l|foundation for childhood"],
       ["elton", "raised (about|around|more than|over|\\$|£)"]]),
    Q("how_many", "How many posthumous Grammys did Ray Charles win?", ["eight"], B, "entertainment/264",
      "he was given eight posthumous Grammy Awards", cnt(8),
      [(B, "entertainment/344", "Charles won eight Grammy Awards")]),
    Q("who", "Who won song of the year at the Grammys where Ray Charles won eight awards?", ["John Mayer", "Mayer"],
      B, "entertainment/264", "song of the year, went to US singer-songwriter John Mayer for Daughters"),
    Q("where", "Where did Tim Henman beat Greg Rusedski after saving a match point?",
      ["Dubai", "the Dubai Tennis Championships"], B, "sport/421",
      "defeat British rival Greg Rusedski 4-6 7-6 (8-6) 6-4 at the Dubai Tennis Championships"),
    Q("who", "Whom did Tim Henman face in the Dubai last 16 after beating Rusedski?", ["Igor Andreev", "Andreev"],
      B, "sport/421", "Henman, who now faces Russian Igor Andreev in the last 16"),
    Q("how_many", "How old is Dustin Hoffman?", ["67"], B, "entertainment/315",
      "The 67-year-old also said he stopped working", cnt(67)),
    U("where", "In which city did Dustin Hoffman hold his Meet the Fockers press conference?", B, "entertainment/315",
      [["hoffman"], ["hoffman", "press conference"], ["fockers", "london"]]),
    Q("how_many", "How old is Mark Philippoussis?", ["28"], B, "sport/496",
      "The 28-year-old suffered two tears to the adductor muscle", cnt(28)),
    Q("how_many", "How many searches does the average search engine user carry out per month, according to Pew?",
      ["34"], B, "tech/081", "carrying out 34 separate searches", cnt(34),
      [(B, "tech/393", "carrying out 34 separate searches")]),

    # ================= AG News
    Q("who", "Which kicker's last-second field goal gave Ohio State a 24-21 win over Marshall?", ["Mike Nugent", "Nugent"],
      A, "test-1554", "Mike Nugent 's 55-yard field goal as time expired"),
    Q("how_many", "How long was Mike Nugent's winning field goal against Marshall?", ["55-yard", "55"], A, "test-1554",
      "Mike Nugent 's 55-yard field goal", cnt(55)),
    U("how_many", "How old is Ohio State kicker Mike Nugent?", A, "test-1554",
      [["nugent"], ["ohio state", "kicker|field goal"], ["nugent", "year-old|aged|senior|junior"]]),
    U("how_many", "How many spectators saw Ohio State beat Marshall 24-21?", A, "test-1554",
      [["ohio state", "marshall"], ["ohio state", "crowd|attendance|fans|spectators|sellout|sell-out"], ["buckeyes", "crowd|attendance|fans"]]),
    Q("how_many", "How many Muslims detained after the deadly riot does Thailand plan to prosecute?", ["300"], A, "test-4887",
      "the government would prosecute 300 Muslims", cnt(300)),
    Q("when", "When was Sean O'Keefe named to head NASA?", ["December 2001"], A, "test-7248",
      "Named to head NASA by President Bush in December 2001", "2001-12"),
    Q("how_many", "How long had Sean O'Keefe been NASA administrator when he resigned?",
      ["three years", "three tumultuous years", "three turbulent years"], A, "test-7482",
      "he is leaving the position he has held for three years", cnt(3),
      [(A, "test-7275", "is resigning after three tumultuous years heading the US space program"),
       (A, "test-7303", "spending three turbulent years at the helm of the US space agency")]),
    U("who", "Who was named to succeed Sean O'Keefe as NASA administrator?", A, "test-7482",
      [["nasa", "successor|succeed|replace|nominat"], ["griffin"], ["o ?'keefe"]]),
    Q("how_much", "How much did Google raise in its IPO?", ["$1.67 billion"], A, "test-240",
      "raising $1.67 billion", money(1.67e9, "USD")),
    Q("how_much", "How big was MCI Inc's third-quarter loss after it wrote down the value of its assets?", ["$3.4 billion"], A, "test-5088",
      "quarterly loss ballooned to $3.4 billion", money(3.4e9, "USD")),
    Q("how_much", "How much in trade sanctions against the U.S. did the WTO authorize over the import duties law?",
      ["$150 million", "about $150 million"], A, "test-6462",
      "authorized about $150 million in trade sanctions on the U.S.", money(150e6, "USD")),
    Q("how_much", "What price have advance copies of Halo 2 fetched on eBay?", ["$265", "as much as $265"], A, "test-5172",
      "have already fetched as much as $265 on Internet auction site eBay", money(265, "USD")),
    U("how_much", "What is the official retail price of Halo 2?", A, "test-5172",
      [["halo 2"], ["halo", "\\$|price"], ["xbox", "49"], ["halo", "39\\.99|49\\.99|£[0-9]+|\\$[0-9]+\\.99|dollars|retail"]]),
    Q("who", "Which rookie caught Byron Leftwich's last-second touchdown pass against Buffalo?",
      ["Ernest Wilford", "Wilford"], A, "test-1605", "a 7-yard toss to rookie Ernest Wilford as time ran out"),
    Q("who", "Which Kenyan environmentalist won the Nobel Peace Prize?", ["Wangari Maathai", "Maathai"], A, "test-3435",
      "Kenyan environmentalist Wangari Maathai planted a tree to celebrate winning the Nobel Peace Prize", None,
      [(A, "test-3429", "Wangari Maathai has won the Nobel Peace Prize"),
       (A, "test-3432", "Wangari Maathai, a Kenyan environmentalist, today became the first African woman to win the Nobel peace prize"),
       (A, "test-3455", "Wangari Maathai, a Kenyan who has worked tirelessly"),
       (A, "test-3484", "won the 2004 Nobel Peace Prize yesterday"),
       (A, "test-3644", "Kenya's Nobel Peace Prize winner, Wangari Maathai")]),
    Q("how_many", "How old is Nobel laureate Wangari Maathai?", ["64"], A, "test-3432", "Ms Maathai, 64,", cnt(64)),
    Q("where", "Where did Pope John Paul II celebrate an open-air Mass for sick pilgrims?", ["LOURDES"],
      A, "test-36", "LOURDES, France - A frail Pope John Paul II"),
    Q("where", "Where is the Ford plant that was shut by a parts shortage?", ["Hapeville"], A, "test-933",
      "Workers at the Ford plant in Hapeville"),
    Q("when", "When was the Abu Ghraib reservist ordered to stand trial in Baghdad?", ["Jan. 7"], A, "test-4308",
      "to stand trial Jan. 7 in Baghdad"),
    U("where", "In which city is El Pollo Asado Inc based?", R, "16882",
      [["pollo asado"], ["el pollo"], ["el pollo", "based|headquarter|calif|arizona|phoenix|los angeles|city"]]),
]

DROP = [
    "What stake does Pioneer Group", "How much per share will the remaining public Cyclops",
    "How big is the research partnership Amgen", "What is Conseco paying", "What is Nippon Life paying",
    "How much did Royal Dutch/Shell", "What was France's final 1986", "What is the rate of Texas's",
    "What will it cost to develop the Ketza", "What price did First Wisconsin get", "What were total US retail",
    "How much did Google raise",
    "How much additional land was Teberebie", "How many products were affected", "How many Iraqi tanks",
    "How many UAW members", "How many jobs will Sony", "How many union members voted against Cominco",
    "How many creditor banks", "How many new army helicopters", "How many viewers watched",
    "How big was the audience at Elton", "How many searches does the average", "How many Muslims detained",
    "How many of its shares does Gabelli",
    "Who is El Pollo Asado's chief financial officer", "Which UBS economist", "Who is Trinidad and Tobago's",
    "In which city will Nippon Life", "Where does Kim Collins plan", "In which city is the First Wisconsin Center",
    "When was the Abu Ghraib reservist",
]
QUESTIONS = [q for q in QUESTIONS if not any(q["question"].startswith(d) for d in DROP)]


def load(src):
    out = {}
    with open(CORPORA + src + ".jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = (line.rstrip("\n"), r)
    return out


def main():
    data = {s: load(s) for s in (R, B, A)}
    gold, used_articles = [], []

    def use(src, doc):
        if (src, doc) not in used_articles:
            used_articles.append((src, doc))

    for n, q in enumerate(QUESTIONS, 1):
        qid = "az5-%03d" % n
        if q["answers"]:
            text = data[q["source"]][q["doc"]][1]["text"]
            assert q["evidence"] in text, (qid, "evidence")
            assert q["answers"][0] in q["evidence"], (qid, "first answer not in evidence")
            pool = [text] + [data[a["source"]][a["doc"]][1]["text"] for a in q["also"]]
            for a in q["also"]:
                assert a["evidence"] in data[a["source"]][a["doc"]][1]["text"], (qid, a["doc"])
            for ans in q["answers"]:
                assert any(ans in t for t in pool), (qid, ans)
            use(q["source"], q["doc"])
        else:
            use(*q["about"])
        gold.append({"id": qid, "type": q["type"], "question": q["question"], "answers": q["answers"],
                     "doc": q["doc"], "source": q["source"], "evidence": q["evidence"],
                     "normalized": q["normalized"], "also": q["also"]})

    with open("gold.jsonl", "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open("articles.jsonl", "w", encoding="utf-8") as f:
        for src, doc in used_articles:
            f.write(data[src][doc][0] + "\n")
    # unanswerable search specs for absent_check.py
    with open("absent_specs.json", "w", encoding="utf-8") as f:
        specs = [{"id": "az5-%03d" % n, "question": q["question"], "about": list(q["about"]), "checks": q["checks"]}
                 for n, q in enumerate(QUESTIONS, 1) if not q["answers"]]
        json.dump(specs, f, ensure_ascii=False, indent=1)
    print(len(gold), "questions,", len(used_articles), "articles")


if __name__ == "__main__":
    main()
