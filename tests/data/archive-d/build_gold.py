#!/usr/bin/env python3
"""Build gold.jsonl and articles.jsonl for archive-d from the hand-written entries below."""
import json, collections

OUT = "/work/gold/archive-d"
R, B, A = "reuters21578", "bbc", "agnews"

def usd(x): return {"amount": float(x), "currency": "USD"}
def gbp(x): return {"amount": float(x), "currency": "GBP"}
def pct(x): return {"percent": float(x)}
def cnt(x): return {"count": x}

Q = []
def a(typ, q, answers, src, doc, ev, norm, also=()):
    Q.append(dict(type=typ, question=q, answers=list(answers), doc=doc, source=src,
                  evidence=ev, normalized=norm,
                  also=[{"source": s, "doc": d, "evidence": e} for s, d, e in also]))
def u(typ, q, about):
    Q.append(dict(type=typ, question=q, answers=[], doc=None, source=None, evidence=None,
                  normalized=None, also=[], _about=about))

# 1 bbc business/188 Qwest / MCI
a("who", "Who is the chairman of Qwest?", ["Richard Notebaert", "Notebaert"], B, "business/188",
  "Qwest chairman Richard Notebaert", None)
a("how_much", "How much did Qwest pay the SEC to settle charges it massaged its earnings?",
  ["$250m"], B, "business/188",
  "Qwest, meanwhile, had to pay the Securities and Exchange Commission $250m in October", usd(250e6),
  [(B, "business/162", "paying the Securities and Exchange Commission $250m in October")])
u("who", "Who is the chief executive of Verizon?", (B, "business/188"))

# 2 reuters 10051 Outboard Marine
a("when", "In what year do Outboard Marine's 9.15 pct sinking fund debentures mature?", ["2017"], R, "10051",
  "sinking fund debentures due 2017", "2017")
u("where", "Where is Outboard Marine Corp headquartered?", (R, "10051"))

# 3 reuters 1252 GE / AMR
a("who", "Which Drexel Burnham Lambert analyst expects GE's jet engine operating profit to hit 1.3 billion dlrs by 1991?",
  ["Nicholas Heymann", "Heymann"], R, "1252",
  "said Nicholas Heymann, analyst at Drexel Burnham Lambert Inc.", None)

# 4 reuters 7219 Conrow / MDB funding
a("how_much", "How much funding for the multilateral development banks did the Reagan administration request for fiscal 1988?",
  ["1.8 billion dlrs", "1.8 billion dlr"], R, "7219",
  "The administration has proposed development bank funding of 1.8 billion dlrs for fiscal year 1988.", usd(1.8e9),
  [(R, "7214", "The administration has proposed development bank funding of 1.8 billion dlrs for fiscal year 1988"),
   (R, "5944", "a 1.8 billion dlr request for fiscal 1988")])

# 5 bbc business/134 US jobs
a("how_many", "How many jobs did the US economy create in October 2004?", ["337,000"], B, "business/134",
  "The US economy added 337,000 jobs in October", cnt(337000),
  [(B, "business/121", "US firms created 337,000 jobs last month"),
   (A, "test-5147", "job creation in the U.S. economy was double expectations at 337,000 in October")])
a("who", "Who was the US Bureau of Labor commissioner in 2004?", ["Kathleen Utgoff", "Utgoff"], B, "business/134",
  "Kathleen Utgoff, commissioner of the Bureau of Labor", None)
u("how_many", "How many manufacturing jobs did the US lose in October 2004?", (B, "business/134"))

# 6 reuters 6716 Denman
a("who", "Who headed the European Community's delegation in Washington in 1987?",
  ["Sir Roy Denman", "Roy Denman", "Denman"], R, "6716",
  "Sir Roy Denman, head of the EC delegation in Washington", None,
  [(R, "7477", "Sir Roy Denman, Head of the EC Delegation in Washington"),
   (R, "7515", "Sir Roy Denman, Head of the EC Delegation in Washington"),
   (R, "16039", "Roy Denman, head of the EC delegation here"),
   (R, "18399", "Roy Denman, the European Community representative in Washington")])

# 7 bbc politics/094 McConnell
a("where", "At which school did Jack McConnell tell pupils it was fine to get drunk once in a while?",
  ["Glenurquhart High School"], B, "politics/094",
  "The first minister's comments came in a question and answer session at Glenurquhart High School in Inverness", None)

# 8 reuters 10423 Elders / Carling
a("when", "Until what date did Elders IXL extend its takeover offer for Carling O'Keefe?",
  ["April 23, 1987", "midnight April 23, 1987", "April 23"], R, "10423",
  "to midnight April 23, 1987, from March 25", "1987-04-23",
  [(R, "17053", "the offer for the ordinary shares closed on April 23")])

# 9 reuters 8288 Patrick Petroleum / Bayou
u("who", "Who is the president of Bayou Resources?", (R, "8288"))
u("where", "In which city is Patrick Petroleum based?", (R, "8288"))

# 10 bbc business/484 Datamonitor
a("how_much", "What average annual income do British children aged 10 to 17 have, according to Datamonitor?",
  ["£775"], B, "business/484", "had an annual income of £775", gbp(775))
u("how_much", "What is the average annual income of Spanish children?", (B, "business/484"))
u("where", "Where is market analyst Datamonitor based?", (B, "business/484"))
u("who", "Which Datamonitor analyst wrote the report on European children's spending power?", (B, "business/484"))

# 11 bbc politics/119 Lord Scarman
a("how_many", "How old was Lord Scarman when he died?", ["93"], B, "politics/119",
  "has died aged 93", cnt(93))
a("when", "In which year did Lord Scarman chair the tribunal on civil disturbances in Northern Ireland?",
  ["1969"], B, "politics/119",
  "He also chaired the 1969 tribunal set up to investigate civil disturbances in Northern Ireland", "1969")
u("when", "In what year was Lord Scarman born?", (B, "politics/119"))
u("where", "Where did Lord Scarman die?", (B, "politics/119"))

# 12 reuters 6112 Playboy
a("who", "Who is the spokeswoman for Playboy Enterprises?", ["Robyn Radomski", "Radomski"], R, "6112",
  "spokeswoman Robyn Radomski said", None)
u("how_much", "How much did Playboy Enterprises earn in fiscal 1986?", (R, "6112"))
u("when", "In what year did Hugh Hefner found Playboy?", (R, "6112"))

# 13 reuters 2198 Chrysler split
a("when", "When is Chrysler's 50 pct stock dividend for the three-for-two split payable?", ["April 13"], R, "2198",
  "the stock dividend is payable April 13", "1987-04-13")

# 14 reuters 1893 New Zealand meat debt
a("how_much", "How much Meat Price Stabilisation Scheme debt did New Zealand agree to write off?",
  ["1.03 billion N.Z. Dlrs"], R, "1893",
  "write off 1.03 billion N.Z. Dlrs of debt", {"amount": 1.03e9, "currency": "NZD"})
a("who", "Who was New Zealand's agriculture minister in March 1987?", ["Colin Moyle", "Moyle"], R, "1893",
  "Agriculture Minister Colin Moyle", None)

# 15 reuters 6613 American Express Mexico swap
a("how_many", "How many hotel rooms will American Express's Mexican debt-for-equity swap pay for?",
  ["3,000"], R, "6613", "to fund the construction of 3,000 hotel rooms around Mexico", cnt(3000))
u("who", "Who is the chairman of American Express Bank?", (R, "6613"))
u("where", "In which Mexican resorts will the hotels financed by American Express's debt swap be built?", (R, "6613"))

# 16 bbc business/135 feta
a("where", "Where is Britain's only feta maker, Shepherds Purse Cheeses, based?", ["Yorkshire"], B, "business/135",
  "Britain's sole feta producer, Yorkshire company Shepherds Purse Cheeses", None)
a("how_many", "How many tonnes of feta does Denmark make each year?", ["about 30,000 tonnes", "30,000 tonnes", "30,000"],
  B, "business/135", "producing about 30,000 tonnes a year", cnt(30000))
u("how_many", "How many tonnes of feta does Germany produce a year?", (B, "business/135"))

# 17 reuters 3360 mortgage rates
a("how_much", "What was the average commitment rate on fixed-rate mortgages in early February 1987?",
  ["9.54 pct"], R, "3360", "dropped to 9.54 pct in early February", pct(9.54))
a("when", "The 9.26 pct average rate on U.S. home loans closed in early February 1987 was the lowest since when?", ["March 1978"], R, "3360",
  "the lowest rate since March 1978", "1978-03")

# 18 bbc politics/267 Dick Morris / UKIP
a("who", "Which American political strategist is working for UKIP?", ["Dick Morris", "Morris"], B, "politics/267",
  "New Yorker Dick Morris", None)
a("where", "Which country had Dick Morris just come back from before joining UKIP's campaign?",
  ["the Ukraine", "Ukraine"], B, "politics/267", "after returning from the Ukraine", None)
u("how_much", "How much is UKIP paying Dick Morris?", (B, "politics/267"))

# 19 reuters 4953 Brazil strikes
a("how_many", "How many Brazilian oil industry workers threatened to strike against Petrobras in March 1987?",
  ["55,000"], R, "4953", "the threat of a strike by 55,000 oil industry employees", cnt(55000),
  [(R, "3869", "a threatened strike by 55,000 oil industry employees"),
   (R, "5156", "55,000 oil workers threatened action against the state-owned petroleum company Petrobras")])
a("where", "In which city was Petrobras due to hold pay talks with oil union leaders in March 1987?",
  ["Rio de Janeiro", "Rio"], R, "4953",
  "the company would meet union leaders for pay talks in Rio de Janeiro next Wednesday", None,
  [(R, "4867", "a meeting between Petrobras and oil industry leaders was set for next Wednesday in Rio")])

# 20 reuters 3086 Gencorp / KHJ-TV
a("when", "In what year did Fidelity Television first challenge RKO's licence for KHJ-TV?", ["1965"], R, "3086",
  "Fidelity Television originally filed a competing application for the RKO license for KHJ, an independent station, in 1965", "1965")

# 21 bbc business/021 Rank
a("who", "Who is the chief executive of Rank?", ["Mike Smith"], B, "business/021",
  "Since Mike Smith's appointment as chief executive in 1999", None)
u("who", "Who is the chairman of leisure group Rank?", (B, "business/021"))

# 22 reuters 4060 MITI survey
a("how_many", "How many major companies did MITI's survey on Japanese overseas production cover?", ["122"], R, "4060",
  "The survey covered 122 major firms in 17 sectors", cnt(122))

# 23 reuters 6689 Fleet / Norstar
a("who", "Who is Fleet Financial Group's comptroller?", ["Irv Goss"], R, "6689",
  "Fleet comptroller Irv Goss", None)
a("where", "In which city is Norstar Bancorp based?", ["Albany", "Albany N.y.", "Albany, N.Y."], R, "6689",
  "Norstar, an Albany N.y. holding company", None,
  [(R, "6914", "Albany, N.Y.-based Norstar"), (R, "7627", "Norstar is based in Albany, N.Y.")])
u("who", "Who is Fleet Financial Group's chief financial officer?", (R, "6689"))

# 24 reuters 195 NRC evacuation rule
a("where", "Where is the Shoreham nuclear plant?", ["Long Island, N.Y.", "Long Island"], R, "195",
  "Shoreham, Long Island, N.Y.", None)
u("who", "Which NRC commissioner voted against proposing the looser evacuation rule?", (R, "195"))

# 25 reuters 5484 Hoechst Celanese
a("how_much", "What did American Hoechst pay for Celanese?", ["2.8 billion dlrs", "2.84 billion dlrs"], R, "5484",
  "when American Hoechst bought Celanese for 2.8 billion dlrs", usd(2.8e9),
  [(R, "5421", "Hoechst completed the acquisition of Celanese for 2.84 billion dlrs")])
u("how_much", "What interest rate will the Hoechst Celanese debentures pay?", (R, "5484"))

# 26 bbc politics/398 Lib Dems
a("how_many", "In how many English council areas were the 2005 local elections being held?", ["37"], B, "politics/398",
  "the local elections being held in 37 English council areas", cnt(37))
a("when", "On what date were the 2005 English local council elections expected to be held?", ["5 May"], B, "politics/398",
  "which are all expected to be held on 5 May", None,
  [(B, "politics/309", "possibly on 5 May")])

# 27 reuters 833 Yeutter
a("how_much", "According to Clayton Yeutter, what are annual U.S. soybean and product exports to the EC worth?",
  ["2.4 billion dlrs"], R, "833", "who export some 2.4 billion dlrs in soybeans and products annually to the EC", usd(2.4e9))

# 28 reuters 8461 Swiss banking secrecy
a("how_much", "Under the Swiss bankers' revised code, above what cash sum must banks identify counter customers?",
  ["100,000 francs"], R, "8461", "worth more than 100,000 francs", {"amount": 100000.0, "currency": "CHF"})

# 29 reuters 5802 Syria budget
a("how_much", "What size of 1987 budget did the Syrian government propose?", ["41.7 billion Syrian pounds"], R, "5802",
  "a 1987 budget of up to 41.7 billion Syrian pounds", {"amount": 41.7e9, "currency": "SYP"})

# 30 reuters 3901 Argentine meat exports
a("how_many", "How many tonnes of meat did Argentina export in 1986?", ["220,911 tonnes", "220,911"], R, "3901",
  "Argentine meat exports during Jan/Dec 1986 totalled 220,911 tonnes", cnt(220911))
u("how_many", "How many tonnes of pork did Argentina export in 1986?", (R, "3901"))

# 31 bbc politics/142 EU referendum
a("who", "Who directs the anti-constitution campaign Vote No?", ["Neil O'Brien"], B, "politics/142",
  "Neil O'Brien, director of anti-constitution group Vote No", None)
a("where", "In which city did Tony Blair sign the EU constitution?", ["Rome"], B, "politics/142",
  "Mr Blair signed the constitution at a ceremony in Rome in November", None,
  [(B, "politics/222", "The treaty was signed by all 25 current EU members in Rome last October"),
   (B, "business/183", "As European leaders gather in Rome on Friday to sign the new EU constitution")])
u("when", "On what exact date will Britain hold its referendum on the EU constitution?", (B, "politics/142"))

# 32 bbc business/406 US retailers
a("who", "Who is president of the Retail Consulting Group?", ["Kurt Barnard", "Barnard"], B, "business/406",
  "Kurt Barnard, president of industry forecaster Retail Consulting Group", None,
  [(B, "business/155", "Kurt Barnard, president of Barnard's Retail Consulting Group")])

# 33 reuters 8423 Dominion Chesterfield
a("when", "When is Dominion Resources' Chesterfield 7 generating unit due to enter service?", ["June 1990"], R, "8423",
  "planned for service in June 1990", "1990-06")
u("how_much", "How much will Dominion Resources' Chesterfield 8 unit cost?", (R, "8423"))

# 34 bbc business/163 US PPI
a("how_much", "By how much did US core producer prices jump in January 2005?", ["0.8%"], B, "business/163",
  "surged by 0.8%", pct(0.8))

# 35 bbc politics/232 Livingstone
a("who", "Which Evening Standard reporter did Ken Livingstone liken to a concentration camp guard?",
  ["Oliver Finegold", "Finegold"], B, "politics/232",
  "The mayor accused Oliver Finegold, of the Evening Standard newspaper", None,
  [(B, "politics/154", "asking reporter Oliver Finegold if he is a \"German war criminal\""),
   (B, "politics/186", "Evening Standard reporter Oliver Finegold"),
   (B, "politics/316", "likening the reporter, Oliver Finegold, to a concentration camp guard")])
u("when", "On what date did Ken Livingstone make his concentration camp guard remark?", (B, "politics/232"))

# 36 reuters 7099 personal income
a("how_much", "What was the U.S. personal savings rate in February 1987?", ["3.6 pct"], R, "7099",
  "The personal savings rate eased to 3.6 pct in February", pct(3.6))

# 37 bbc business/101 Australia rates
a("who", "Who is governor of the Reserve Bank of Australia?", ["Ian Macfarlane", "Macfarlane"], B, "business/101",
  "said Ian Macfarlane, Governor of the Reserve Bank", None)
a("when", "Before its move to 5.5%, when had Australia's central bank last raised interest rates?",
  ["December 2003"], B, "business/101", "The rate hike was the first since December 2003", "2003-12")

# 38 bbc business/384 Next
a("how_many", "How many Next stores were hit by new Next openings nearby?", ["49"], B, "business/384",
  "the 49 Next stores directly affected by new store openings", cnt(49))
u("how_many", "How many stores does the retailer Next operate?", (B, "business/384"))

# 39 reuters 5098 Brazil / Gros
a("how_much", "How much was Brazil paying its foreign commercial creditors each month before the interest suspension?",
  ["about 500 mln dlrs", "500 mln dlrs"], R, "5098",
  "Brazil was paying about 500 mln dlrs a month to its commercial foreign creditors", usd(500e6))

# 40 reuters 7560 SAS MD-11
a("how_many", "How many MD-11 jets did SAS intend to order?", ["12"], R, "7560",
  "a 10-billion crown order for 12 McDonnell Douglas", cnt(12))
a("where", "In which city did the SAS board meet before postponing the MD-11 decision?", ["Copenhagen"], R, "7560",
  "a Copenhagen board meeting of the airline", None)
u("how_much", "What price did Airbus Industrie offer SAS for its A340 jets?", (R, "7560"))

# 41 reuters 3645 Chrysler / AMC
a("how_many", "How many employees did American Motors have when Chrysler bid for it?", ["19,000"], R, "3645",
  "the future of its 19,000 employees in doubt", cnt(19000),
  [(R, "4043", "the fate of many of its 19,000-plus employees")])
a("where", "Where is American Motors' Jeep plant?", ["Toledo, Ohio", "Toledo"], R, "3645",
  "its Toledo, Ohio, Jeep plant", None,
  [(R, "4043", "AMC's Toledo, Ohio Jeep plant")])

# 42 bbc business/350 dollar vs euro
a("how_much", "What was the dollar trading at against the euro at 1800 GMT on the Monday it hit its new low?",
  ["$1.364"], B, "business/350", "The US currency was trading at $1.364 per euro at 1800 GMT on Monday", usd(1.364))

# 43 reuters 1984 Chile tremor
a("how_many", "How far is Antofagasta from Santiago?", ["1,000 km"], R, "1984",
  "Antofagasta, 1,000 km north of Santiago", cnt(1000))
a("where", "Which towns lie at the centre of Chile's mining region?", ["Chuquicamata and Calama", "Chuquicamata", "Calama"],
  R, "1984", "Chuquicamata and Calama, at the centre of Chile's mining region", None)

# 44 reuters 4364 Nord Est
a("how_much", "What stake does French holding company Nord Est hold in Vallourec?", ["12.5 pct"], R, "4364",
  "Vallourec, in which Nord Est has a 12.5 pct stake", pct(12.5))

# 45 bbc business/272 Brazil markets
a("how_many", "At what level did Brazil's Bovespa index close when it set its record?", ["24,997 points", "24,997"],
  B, "business/272", "closed at 24,997 points on Friday", cnt(24997))

# 46 bbc politics/296 Archer
a("how_many", "How long was Lord Archer in prison?", ["two years"], B, "politics/296",
  "Lord Archer spent two years in prison", cnt(2))
a("when", "When was Lord Archer released from jail?", ["July 2003"], B, "politics/296",
  "since his release from prison in July 2003", "2003-07")

# 47 reuters 7534 Ningbo
a("how_many", "How far is the port of Ningbo from Shanghai?", ["130 miles"], R, "7534",
  "only 130 miles from Shanghai", cnt(130))
a("where", "At which city does Ningbo's single-track rail line join China's national network?", ["Hangzhou"], R, "7534",
  "a single track rail line linking it to Hangzhou, where it joins the national network", None)

# 48 reuters 2132 Finland
a("how_much", "How big was Finland's foreign trade surplus in 1986?", ["5.04 billion markka"], R, "2132",
  "from 2.50 billion markka to 5.04 billion markka", {"amount": 5.04e9, "currency": "FIM"})

# 49 bbc business/115 GlaxoSmithKline
u("who", "Who is the chairman of GlaxoSmithKline?", (B, "business/115"))

# 50 reuters 9136 Matsushita convertible
a("when", "When does Matsushita's 200 billion yen convertible bond mature?", ["September 30, 1996"], R, "9136",
  "maturing on September 30, 1996", "1996-09-30",
  [(R, "9245", "maturing on September 30, 1996")])
u("how_much", "What coupon will Matsushita's 200 billion yen convertible bond carry?", (R, "9136"))

# 51 reuters 10134 Bolivia talks
a("where", "Where did Bolivia's government open church-mediated talks with COB union leaders on March 26, 1987?",
  ["the archbishopric of La Paz", "La Paz"], R, "10134", "to the meeting at the archbishopric of La Paz", None)

# 52 bbc business/401 Marsh
a("who", "Which Marsh & McLennan senior vice president admitted seeking a non-competitive 'B' quote from AIG?",
  ["Robert Stearns", "Stearns"], B, "business/401", "senior vice president Robert Stearns", None)
u("where", "In which court did Marsh executive Robert Stearns enter his guilty plea?", (B, "business/401"))

# 53 bbc business/158 Qatar / Shell
a("when", "From which year will Shell's Qatargas-4 venture deliver 7.8 million tonnes of LNG a year?", ["2011"],
  B, "business/158", "7.8 million tonnes of LNG each year from 2011 onwards", "2011")

# 54 reuters 10244 UNITA / Benguela
a("where", "Where is the headquarters of UNITA leader Jonas Savimbi?", ["Jamba"], R, "10244",
  "his Jamba headquarters in southern Angola", None)
a("where", "At which Angolan port does the Benguela railroad end?", ["Lobito"], R, "10244",
  "the Angolan port of Lobito", None)

# 55 bbc business/161 Boeing / Sears
a("how_much", "How big a fine did former Boeing finance chief Michael Sears get?", ["$250,000"], B, "business/161",
  "a fine of $250,000", usd(250000))
a("when", "When did Darleen Druyun join Boeing?", ["January 2003"], B, "business/161",
  "She subsequently joined the company in January 2003", "2003-01")
a("where", "In which state's court did prosecutors file documents before Michael Sears was sentenced?", ["Virginia"],
  B, "business/161", "In documents filed in a Virginia court ahead of Mr Sears' sentencing", None)
u("when", "When did Michael Sears become Boeing's chief financial officer?", (B, "business/161"))

# 56 reuters 959 Daimler
a("where", "Which Daimler-Benz plant's works council refused to approve overtime?", ["Unterturkheim"], R, "959",
  "the works council at Daimler's Unterturkheim plant", None)

# 57 reuters 9386 Fiat
a("when", "On what date was the placement of Libya's stake in Fiat announced?", ["September 23", "September 23, 1986"],
  R, "9386", "the 2.13 billion dlr Fiat placement, announced on September 23", "1986-09-23",
  [(R, "5513", "On September 23, 1986, the day Fiat announced")])

# 58 bbc business/216 Nissan
a("who", "Whom did Nissan appoint chief operating officer as Carlos Ghosn moved to run Renault?",
  ["Toshiyuki Shiga", "Shiga"], B, "business/216",
  "As chief operating officer, Toshiyuki Shiga will run Nissan on a daily basis", None)

# 59 reuters 8743 Hungary
a("how_many", "How many small private ventures were operating in Hungary in 1986?", ["39,000"], R, "8743",
  "The number of small private ventures rose 4,000 to 39,000 in 1986", cnt(39000))

# 60 reuters 9208 Abu al-Bukhoosh
a("when", "On what date was Abu Dhabi's Abu al-Bukhoosh oilfield attacked from the air?",
  ["November 25", "last November 25"], R, "9208", "Unidentified planes hit the field, 100 miles off Abu Dhabi, last November 25",
  "1986-11-25")
u("when", "When will the Abu al-Bukhoosh oilfield reopen?", (R, "9208"))
u("how_many", "How many workers were injured in the raid on the Abu al-Bukhoosh field?", (R, "9208"))

# ---------------------------------------------------------------------------
if __name__ == "__main__":
    recs = {}
    for n in (R, B, A):
        for l in open(f"/work/shared/corpora/{n}.jsonl"):
            r = json.loads(l); recs[(n, r["id"])] = (l.rstrip("\n"), r)
    used = []
    out = []
    for i, q in enumerate(Q, 1):
        about = q.pop("_about", None)
        key = (q["source"], q["doc"]) if q["doc"] else about
        if key not in used:
            used.append(key)
        o = collections.OrderedDict()
        o["id"] = f"ad-{i:03d}"
        for k in ("type", "question", "answers", "doc", "source", "evidence", "normalized", "also"):
            o[k] = q[k]
        out.append(o)
    with open(f"{OUT}/gold.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(f"{OUT}/articles.jsonl", "w") as f:
        for key in used:
            f.write(recs[key][0] + "\n")
    print(len(out), "questions,", len(used), "articles")
