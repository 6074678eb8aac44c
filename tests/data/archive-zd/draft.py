# Draft questions for archive-zd. A(...) = answerable, U(...) = unanswerable.
# srch / checks: lists of regex term-sets (all terms must match, case-insensitive) run over all three files.
Q = []
def A(t, q, a, src, doc, ev, norm, also=(), srch=()):
    Q.append(dict(t=t, q=q, a=list(a), src=src, doc=doc, ev=ev, norm=norm, also=list(also), srch=list(srch)))
def U(t, q, about, checks):
    Q.append(dict(t=t, q=q, a=[], src=None, doc=None, ev=None, norm=None, also=[], about=about, checks=list(checks)))
R, B, G = 'reuters21578', 'bbc', 'agnews'
def M(x, cur): return {"amount": float(x), "currency": cur}
def P(x): return {"percent": float(x)}
def N(x): return {"count": x}

# --- reuters 677 Versatile icebreaker
A('how_many', "How many person years of direct employment would Versatile's polar icebreaker contract generate?",
  ["1,000"], R, "677", "will generate 1,000 person years of direct employment", N(1000),
  srch=[['icebreaker|ice breaker','person.years|employment']])
A('when', "When will Canada's polar icebreaker from Versatile be completed?",
  ["1992"], R, "677", "would begin next year and completed in 1992", "1992",
  srch=[['icebreaker|ice breaker','1992|complet']])
A('where', "Where did John Crosbie announce the Versatile icebreaker deal?",
  ["Vancouver"], R, "677", "In a Vancouver address, Crosbie said", None,
  srch=[['Crosbie','Versatile|icebreaker']])
U('how_many', "How many crew will the Versatile polar icebreaker carry?", (R, "677"),
  [['icebreaker|ice breaker','crew'], ['Versatile','crew'], ['icebreaker|ice breaker','personnel|sailors|complement']])

# --- reuters 264 Qantas (344 repeats the text)
A('how_much', "What will Qantas pay for each Boeing 747-400?",
  ["250 mln Australian dlrs"], R, "264", "at a cost of 250 mln Australian dlrs each", M(250e6,'AUD'),
  also=[(R,"344","at a cost of 250 mln Australian dlrs each")],
  srch=[['Qantas','747'],['747-400','mln']])
A('who', "Who is the chairman of Qantas?",
  ["Jim Leslie", "Leslie"], R, "264", "chairman Jim Leslie said", None,
  also=[(R,"344","chairman Jim Leslie said")],
  srch=[['Qantas','chairman'],['Qantas','Leslie']])
A('how_many', "How far can Qantas's new Boeing 747-400s fly?",
  ["12,500 kms"], R, "264", "The 400 series has a designed range of 12,500 kms", N(12500),
  also=[(R,"344","The 400 series has a designed range of 12,500 kms")],
  srch=[['747','range'],['747','12,500|12500']])
U('who', "Which engine maker did Qantas finally pick for its Boeing 747-400 fleet?", (R, "264"),
  [['Qantas','engine'],['747-400','engine'],['Qantas','Rolls|Pratt|General Electric']])

# --- reuters 1210 ECGD
A('who', "Who was named executive director of Britain's Export Credits Guarantee Department in March 1987?",
  ["Malcolm Stephens", "Stephens"], R, "1210", "has named Malcolm Stephens, director of export finance at Barclay's Bank Plc", None,
  srch=[['Export Credits Guarantee|ECGD','executive director|chief executive']])
A('how_many', "How old was the ECGD's Jack Gill at retirement?",
  ["57"], R, "1210", "Stephens replaces Jack Gill, who is retiring early aged 57.", N(57),
  srch=[['Jack Gill']])
U('how_many', "How old is Malcolm Stephens, the ECGD's new head?", (R, "1210"),
  [['Malcolm Stephens'],['Stephens','ECGD|Export Credits','aged|year.old|\\b\\d\\d\\b, '],['Stephens','\\d\\d-year-old|aged \\d\\d']])
A('how_much', "What was the ECGD's debt to the Exchequer in the year to March 31, 1986?",
  ["756 mln stg"], R, "1210", "its debt to the Exchequer almost doubled to 756 mln stg", M(756e6,'GBP'),
  srch=[['ECGD|Export Credits','Exchequer']])

# --- reuters 1840 Pan Am
A('how_many', "How many management jobs will Pan Am eliminate?",
  ["464"], R, "1840", "The airline said it will eliminate 464 managment positions", N(464),
  srch=[['Pan Am','management','positions|jobs']])
A('who', "Who is Pan Am's vice chairman?",
  ["Martin R. Shugrue", "Shugrue"], R, "1840", "Pan Am vice chairman Martin R. Shugrue said in a statement", None,
  srch=[['Pan Am','vice chairman']])
A('how_much', "How big a pay cut is Pan Am asking its unions to accept?",
  ["20 pct"], R, "1840", "Pan Am said it is seeking a 20 pct pay cut from its unions.", P(20),
  srch=[['Pan Am','pay cut|wage cut|concession']])
U('who', "Who is Pan Am's chief financial officer?", (R, "1840"),
  [['Pan Am','chief financial|financial officer|CFO'],['Pan American','finance chief|treasurer'],['Pan Am','finance|financial','vice president|officer|director']])

# --- reuters 3026 Iomega
A('how_many', "How many positions did Iomega permanently cut in its March 1987 restructuring?",
  ["183"], R, "3026", "will result in the permanent elimination of 183 positions", N(183),
  srch=[['Iomega','lay|position|job']])
U('how_much', "How much severance did Iomega set aside for the workers it laid off in 1987?", (R, "3026"),
  [['Iomega','severance'],['Iomega','charge|provision|restructuring']])

# --- reuters 3369 S&P Chrysler
A('how_much', "How much Chrysler debt did Standard and Poor's put on CreditWatch over the American Motors deal?",
  ["6.6 billion dlrs"], R, "3369", "placed 6.6 billion dlrs of Chrysler Corp securities on CreditWatch", M(6.6e9,'USD'),
  srch=[['Chrysler','CreditWatch|creditwatch'],['Chrysler','6\\.6 b']])

# --- reuters 3984 Hughes / Baker
A('how_much', "After Hughes Tool shareholders approved the Baker merger, what yearly cost savings did chairman William Kistler forecast?",
  ["about 50 mln dlrs", "50 mln dlrs"], R, "3984", "will result in annual cost savings of about 50 mln dlrs", M(50e6,'USD'),
  srch=[['Baker','Hughes','saving']])
A('how_long' if False else 'how_many', "How long will Baker and Hughes have to find a buyer for the Reed drilling bit business under the revised terms?",
  ["six months"], R, "3984", "give the companies six months to find a buyer for the Reed drilling bit business", N(6),
  srch=[['Reed','drilling bit|bit business']])
U('how_much', "What price did Baker Hughes get for the Reed drilling bit business?", (R, "3984"),
  [['Reed','drilling bit|bit business','sold|sale|price|buyer'],['Reed Tool|Reed drill'],['Baker Hughes','Reed']])

# --- reuters 5827 Zambia copper routes
A('who', "Who is the general manager of the Tanzania-Zambia Railway Authority?",
  ["Standwell Mapara", "Mapara"], R, "5827", "Standwell Mapara, general manager of the Tanzania-Zambia Railway Authority (TAZARA)", None,
  srch=[['TAZARA|Tazara|Tanzania-Zambia','general manager|chief|director'],['Mapara']])
A('how_many', "How much Zambian copper was produced in 1986?",
  ["463,000 tonnes", "463,354 tonnes"], R, "5827", "Zambian copper production fell to 463,000 tonnes last year from 526,000 in 1985", N(463000),
  also=[(R,"18849","from a record 1986 low of 463,354 tonnes")],
  srch=[['Zambia','copper','production|output','tonnes']])
A('where', "Through which port has TAZARA been channelling nearly all Zambian mineral exports?",
  ["Dar es Salaam"], R, "5827", "channelled along the TAZARA line to Dar es Salaam for the last three months", None,
  srch=[['Zambia','copper|mineral','Dar es Salaam']])
U('how_many', "How many kilometres long is the TAZARA railway line?", (R, "5827"),
  [['TAZARA|Tazara|Tanzania-Zambia','km|kilomet|miles'],['Tanzania','railway','km|kilomet|miles']])

# --- reuters 8033 Alberta budget
A('who', "Who is Alberta's provincial treasurer?",
  ["Dick Johnston", "Johnston"], R, "8033", "provincial treasurer Dick Johnston said", None,
  srch=[['Alberta','treasurer'],['Dick Johnston']])
A('how_much', "What deficit does Alberta's 1987-88 budget forecast?",
  ["1.90 billion dlrs"], R, "8033", "The budget forecasts the 1987-88 provincial deficit to be 1.90 billion dlrs", M(1.9e9,'CAD'),
  srch=[['Alberta','deficit']])
A('when', "From what date does Alberta's higher general corporate tax rate apply?",
  ["April 1"], R, "8033", "will increase its general corporate tax rate on April 1 to 15 pct from 11 pct", "1987-04-01",
  srch=[['Alberta','corporate tax']])
A('how_much', "To what level is Alberta raising its general corporate tax rate in 1987?",
  ["15 pct"], R, "8033", "will increase its general corporate tax rate on April 1 to 15 pct from 11 pct", P(15),
  srch=[['Alberta','corporate','tax','pct']])
U('how_much', "How much revenue does Alberta expect its new eight pct high-income surtax to raise?", (R, "8033"),
  [['Alberta','surtax'],['Alberta','surtax','raise|revenue|yield|generate'],['Alberta','budget','mln|billion']])

# --- reuters 16456 Aequitron
A('how_much', "How much did the wrongful death suit against Aequitron Medical seek in damages?",
  ["one mln dlrs"], R, "16456", "The suit, asking one mln dlrs in damages", M(1e6,'USD'),
  srch=[['Aequitron']])
A('where', "In which city was the wrongful death lawsuit against Aequitron Medical filed?",
  ["Atlanta"], R, "16456", "was originally filed in U.S. district court in Atlanta in August 1986", None,
  srch=[['Aequitron','court']])
A('when', "When was the Aequitron wrongful death suit filed?",
  ["August 1986"], R, "16456", "was originally filed in U.S. district court in Atlanta in August 1986", "1986-08",
  srch=[['Aequitron','filed']])
U('who', "Who is the president of Aequitron Medical?", (R, "16456"),
  [['Aequitron','president|chairman|chief executive|officer'],['Aequitron']])

# --- reuters 16680 Dome Petroleum
A('how_much', "What was Dome Petroleum's loss for 1986?",
  ["2.2 billion dlrs"], R, "16680", "It reported a 1986 loss of 2.2 billion dlrs (1.65 billion dlrs U.S.)", M(2.2e9,'CAD'),
  srch=[['Dome','1986','loss']])
A('how_many', "How many barrels of crude oil reserves does Dome Petroleum hold?",
  ["about 176 mln barrels", "176 mln barrels"], R, "16680", "It holds reserves of about 176 mln barrels of crude oil", N(176000000),
  srch=[['Dome','reserves','barrels']])
A('where', "Where is Dome Petroleum based?",
  ["Calgary, Alberta", "Calgary"], R, "16680", "but Dome, which is based in Calgary, Alberta, said", None,
  also=[(R,"16130","Calgary-based Dome's restructuring plan"),(R,"16215","Calgary-based Dome's restructuring plan")],
  srch=[['Dome Petroleum','Calgary']])

# --- reuters 18411 Noranda / Brunswick
A('how_many', "When Noranda resumed contract talks at Brunswick Mining and Smelter in June 1987, how many unionized workers did the talks cover?",
  ["about 1,600", "1,600"], R, "18411", "continuing with about 1,600 unionized workers", N(1600),
  also=[(R,"18414","contract talks resumed with about 1,600 unionized workers")],
  srch=[['Brunswick Mining|Brunswick mine|Brunswick smelter'],['Noranda','union|workers','Brunswick']])
A('when', "On what date were Brunswick mine workers due to vote on a strike or contract offer?",
  ["June 22", "Monday"], R, "18411", "They will vote on June 22 either to authorize a strike", "1987-06-22",
  also=[(R,"18414","They will vote on June 22 either to authorize a strike"),(R,"19431","would start voting Monday on a tentative contract pact")],
  srch=[['Brunswick','vote|strike']])
A('where', "In which town is Brunswick Mining and Smelter's lead-zinc mine?",
  ["Bathurst", "Bathurst, New Brunswick"], R, "18411", "lead-zinc mine and lead smelter at Bathurst, New Brunswick", None,
  also=[(R,"18414","lead-zinc mine and lead smelter at Bathurst, New Brunswick")],
  srch=[['Bathurst']])
U('how_many', "How many tonnes of zinc did the Brunswick mine produce in 1985?", (R, "18411"),
  [['Brunswick','zinc','1985'],['Brunswick Mining'],['Bathurst','zinc']])

# --- reuters 18940 PNC
A('how_much', "How much did PNC add to its loan loss reserve?",
  ["110 mln dlrs", "110 mln dlr"], R, "18940", "raise its loan loss reserve by 110 mln dlrs to about 386 mln dlrs", M(110e6,'USD'),
  also=[(R,"19212","PNC's 110 mln dlr provision"),(R,"19434","loan loss provision of 110 mln dlrs")],
  srch=[['PNC','reserve']])
U('who', "Who is the chairman of PNC Financial?", (R, "18940"),
  [['PNC','chairman|chief executive|president'],['PNC Financial']])

# --- reuters 20863 Chase Manhattan
A('who', "Who is the president of Chase Manhattan?",
  ["Thomas Labrecque", "Labrecque"], R, "20863", "Chase Manhattan Corp (CMB) president Thomas Labrecque said", None,
  srch=[['Chase Manhattan','president'],['Labrecque']])
A('how_much', "By how much did Chase Manhattan's share price fall in the October 19, 1987 market slide?",
  ["23 pct"], R, "20863", "Chase's stock price, however, dropped 23 pct", P(23),
  srch=[['Chase','stock|shares','dropped|fell|down|declin']])
U('how_much', "At what price did Chase Manhattan's shares close after the October 19, 1987 crash?", (R, "20863"),
  [['Chase Manhattan','closed|close at|ended'],['Chase','stock price'],['Chase Manhattan','share price|shares fell|shares were'],['Chase Manhattan','Chase.{0,40}(fell|dropped|down|off|closed|rose) \\d'],['Labrecque','dlrs|a share']])

# --- reuters 21145 Caterpillar
A('how_much', "What were Caterpillar's third-quarter 1987 earnings?",
  ["146 mln dlrs", "146 mln"], R, "21145", "Third-quarter earnings of the heavy machinery manufacturer increased to 146 mln dlrs", M(146e6,'USD'),
  also=[(R,"21176","Net profit 146 mln vs loss 26 mln")],
  srch=[['Caterpillar','146|third.quarter|3rd qtr']])
A('how_much', "How much did Caterpillar earn in 1986?",
  ["76 mln dlrs"], R, "21145", "In 1986, the company earned 76 mln dlrs or 77 cents a share.", M(76e6,'USD'),
  srch=[['Caterpillar','1986','earn|net|profit']])
U('how_many', "How many workers does Caterpillar employ?", (R, "21145"),
  [['Caterpillar','employees|workers|workforce|employs'],['Caterpillar','\\d[\\d,]* (employees|workers|people)'],['Caterpillar','payroll|employment']])

# --- reuters 7427 Asea
A('how_much', "What did Asea earn in 1986?",
  ["2.53 billion Swedish crowns", "371.1 mln dlrs"], R, "7427", "when it earned 2.53 billion Swedish crowns, or 371.1 mln dlrs", M(2.53e9,'SEK'),
  srch=[['Asea','1986','earn|profit']])
A('where', "In which Swedish town is the Asea Group based?",
  ["Vasteras"], R, "7427", "the diversified industrial concern based in Vasteras, Sweden", None,
  srch=[['Asea','Vasteras|based']])

# --- reuters 8210 Exxon McIvor
A('who', "Which Exxon executive said the world's growing reliance on Middle East oil cannot be stopped?",
  ["Donald K. McIvor", "McIvor", "Donald McIvor"], R, "8210", "Donald K. McIvor, an Exxon Corp <XON> Director and senior vice president", None,
  also=[(R,"8131","Exxon Corp <XON> director and senior vice-president Donald McIvor said")],
  srch=[['McIvor'],['Exxon','Mideast|Middle East','dependen']])
A('how_many', "How many super giant oil fields have been discovered worldwide, according to Exxon's McIvor?",
  ["37"], R, "8210", "Of those 37 super giants only 11 lie outside the Middle East", N(37),
  also=[(R,"8131","Only 11 of these 37 super-giant fields lie outside the Middle East")],
  srch=[['super.?giant']])

# --- reuters 8471 Canadair
A('how_many', "How many passengers would Canadair's stretched commuter version of the Challenger seat?",
  ["48"], R, "8471", "into a 48-passenger commuter aircraft", N(48),
  srch=[['Challenger','commuter|passenger']])
U('how_much', "What is the list price of a Canadair Challenger business jet?", (R, "8471"),
  [['Challenger','price|cost'],['Canadair','price'],['Challenger','jet','mln'],['Challenger','dlrs|dollars']])

# --- reuters 10721 Wallenberg / Ericsson
A('how_much', "What share of Ericsson's voting rights did the Wallenberg group hold after raising its stake in March 1987?",
  ["37.5"], R, "10721", "to 37.5 of the voting rights from 28.9 pct", P(37.5),
  srch=[['Wallenberg','Ericsson'],['Ericsson','voting']])

# --- reuters 12138 Canadian Tire
A('how_much', "At what price per share did CTC Dealer Holdings extend its offer for Canadian Tire common shares?",
  ["165.36 dlrs"], R, "12138", "at a fixed price of 165.36 dlrs a share", M(165.36,'CAD'),
  srch=[['Canadian Tire','165|dlrs a share|price']])
A('when', "After the Billes family let their tender agreement lapse in 1987, until what date did CTC Dealer Holdings extend its Canadian Tire offer?",
  ["May 11"], R, "12138", "It added that it extended its offer to May 11", "1987-05-11",
  srch=[['Canadian Tire','May 11|extend']])
A('how_much', "What share of Canadian Tire common stock do Alfred, David and Martha Billes control?",
  ["60 pct"], R, "12138", "The Billes control 60 pct of Canadian Tire common.", P(60),
  also=[(R,"19871","who agreed to tender their 60 pct holding of Canadian Tire's common shares")],
  srch=[['Billes']])

# --- reuters 15350 PDVSA Carbozulia
A('who', "Who is the president of the Venezuelan coal venture Carbozulia?",
  ["Luis Urdaneta", "Urdaneta"], R, "15350", "Carboulia President Luis Urdaneta said", None,
  srch=[['Carbozulia|Carboulia|Guasare'],['Urdaneta']])
A('how_much', "What is the estimated total cost of the Carbozulia coal project in Venezuela?",
  ["500 mln dlrs"], R, "15350", "at an estimated total cost of 500 mln dlrs", M(500e6,'USD'),
  srch=[['Carbozulia|Guasare','cost|mln']])
A('where', "In which Venezuelan state are the Guasare coal deposits?",
  ["Zulia", "western Zulia state", "western zulia state"], R, "15350", "to exploit the coal deposits at Guasare in western Zulia state", None,
  also=[(R,"9065","exploit the coal deposits at Guasare in western Zulia state"),(R,"14689","mine the coal deposits at guasare in western zulia state")],
  srch=[['Guasare'],['Zulia','coal']])

# --- reuters 5534 Volkswagen currency loss
A('who', "Which chief state prosecutor is leading the Volkswagen currency fraud inquiry?",
  ["Carl Hermann Retemeyer", "Retemeyer"], R, "5534", "Chief state prosecutor Carl Hermann Retemeyer told Reuters", None,
  also=[(R,"6633","Prosecutor Carl Hermann Retemeyer told Reuters"),(R,"13609","the chief state prosecutor Carl Hermann Retemeyer said"),(R,"13652","the chief state prosecutor Carl Hermann Retemeyer said")],
  srch=[['Retemeyer'],['Volkswagen|VW','prosecutor']])

# --- bbc business/053 Reuters results
A('who', "Who is the chief executive of Reuters?",
  ["Tom Glocer", "Glocer"], B, "business/053", "chief executive Tom Glocer said", None,
  srch=[['Glocer'],['Reuters','chief executive']])
A('how_much', "By how much did Reuters' profits rise in 2004?",
  ["52%"], B, "business/053", "posting a 52% rise in profits for the year to £198m", P(52),
  srch=[['Reuters','profit','2004']])
A('where', "Where is Reuters moving its London headquarters from Fleet Street?",
  ["Canary Wharf"], B, "business/053", "new headquarters in London at Canary Wharf", None,
  srch=[['Reuters','Canary Wharf|Fleet Street']])
U('how_many', "How many Reuters staff will move to the new Canary Wharf headquarters?", (B, "business/053"),
  [['Reuters','Canary Wharf'],['Reuters','staff|employees|workers','headquarters|move'],['Reuters','Canary Wharf|Fleet Street','staff|employees|jobs|workers']])

# --- bbc business/338 Yili
A('who', "Who is the chairman of Chinese milk firm Yili?",
  ["Zheng Junhuai"], B, "business/338", "oust chairman Zheng Junhuai", None,
  srch=[['Yili']])
A('how_much', "How much company money are Yili executives suspected of misusing?",
  ["417m yuan", "$50.4m", "£26m"], B, "business/338", "wrongly using 417m yuan ($50.4m; £26m) of company funds", M(417e6,'CNY'),
  srch=[['Yili','yuan']])
U('who', "Who is the chief financial officer of Yili?", (B, "business/338"),
  [['Yili','financial officer|finance'],['Inner Mongolia Yili']])

# --- bbc business/404 Continental Airlines
A('where', "Where is Continental Airlines based?",
  ["Houston"], B, "business/404", "Houston-based Continental now has debt and pension payments", None,
  srch=[['Continental','Houston']])
A('how_much', "How much does Continental Airlines need to cut from wage costs by the end of February?",
  ["$500m"], B, "business/404", "if it fails to reduce wage costs by $500m by the end of February", M(500e6,'USD'),
  srch=[['Continental','wage|\\$500m']])
U('who', "Who was Continental Airlines' chief executive when it warned it could run out of cash?", (B, "business/404"),
  [['Continental Airlines','chief executive|chairman|boss|president'],['Continental','Kellner|Bethune']])

# --- bbc business/467 GM
A('how_much', "What was General Motors' net profit in the fourth quarter of 2004?",
  ["$630m", "£481.5m"], B, "business/467", "The US giant earned $630m (£481.5m) in the October-to-December period", M(630e6,'USD'),
  srch=[['General Motors|GM','fourth quarter|\\$630m']])
A('who', "Who was General Motors' chairman and chief executive in 2004?",
  ["Rick Wagoner", "Wagoner"], B, "business/467", "GM chairman and chief executive Rick Wagoner said", None,
  also=[(B,"business/160","said GM chief executive Rick Wagoner"),(G,"test-1799","GM chairman Rick Wagoner says")],
  srch=[['Wagoner'],['General Motors','chairman|chief executive']])
U('how_many', "How many cars did General Motors Europe sell in 2004?", (B, "business/467"),
  [['General Motors|GM','Europe','sold|sales','vehicles|cars|units'],['Opel|Vauxhall','sold|sales'],['GM Europe|General Motors Europe']])

# --- bbc business/329 house prices
A('how_much', "What was the average asking price of a home in December, according to Rightmove?",
  ["£189,733"], B, "business/329", "from £190,329 in November to £189,733 in December", M(189733,'GBP'),
  also=[(B,"business/323","from £190,329 in November to £189,733 in December")],
  srch=[['Rightmove'],['asking price','December']])

# --- bbc entertainment/335 Hide and Seek
A('how_much', "How much did the De Niro thriller Hide and Seek take in its opening weekend at the North American box office?",
  ["$22m", "£11.7m"], B, "entertainment/335", "after taking $22m (£11.7m) at the box office", M(22e6,'USD'),
  also=[(B,"entertainment/049","after taking $22m (£11.7m) at the box office")],
  srch=[['Hide and Seek']])
U('who', "Who directed the Robert De Niro thriller Hide and Seek?", (B, "entertainment/335"),
  [['Hide and Seek','direct'],['Hide and Seek','Polson|director']])

# --- bbc sport/153 Ian Rush
A('how_many', "How old was Ian Rush when his future as Chester manager was in doubt?",
  ["43"], B, "sport/153", "cannot afford to sack the 43-year-old Liverpool legend", N(43),
  srch=[['Ian Rush|Rush','Chester'],['Rush','year.old|aged']])
A('who', "Who chairs Chester City football club?",
  ["Steve Vaughan", "Vaughan"], B, "sport/153", "Chairman Steve Vaughan claims he cannot afford to sack", None,
  srch=[['Chester','chairman'],['Vaughan','Chester']])
U('how_much', "How much was the severance package Chester offered Ian Rush?", (B, "sport/153"),
  [['Rush','Chester','£|settlement|severance|package'],['Rush','Aizlewood']])

# --- bbc sport/027 Kelly Holmes
A('who', "Who was voted European Athletics male athlete of 2004?",
  ["Christian Olsson", "Olsson"], B, "sport/027", "Swedish triple jumper Christian Olsson was voted male athlete of the year", None,
  srch=[['Olsson'],['European Athletics|EAA','athlete of']])
A('when', "In what year did Sally Gunnell win the European Athletics woman athlete award?",
  ["1993"], B, "sport/027", "Sally Gunnell won for her world 400m hurdles win in 1993", "1993",
  srch=[['Gunnell']])
U('where', "Where was the ceremony at which Kelly Holmes received her European Athletics award?", (B, "sport/027"),
  [['Holmes','European Athletics|EAA','ceremony|gala|held in'],['European Athletics|EAA','ceremony|gala']])

# --- bbc sport/444 Hewitt v Dent
A('who', "Who beat top seed Lleyton Hewitt in the Australian Hardcourt Championships quarter-finals?",
  ["Taylor Dent", "Dent"], B, "sport/444", "Lleyton Hewitt suffered a shock defeat to Taylor Dent", None,
  also=[(B,"sport/458","Lleyton Hewitt suffered a shock defeat to Taylor Dent")],
  srch=[['Hewitt','Dent'],['Hardcourt']])
A('where', "In which city are the Australian Hardcourt Championships played?",
  ["Adelaide"], B, "sport/444", "Australian Hardcourt Championships in Adelaide", None,
  also=[(B,"sport/458","Australian Hardcourt Championships in Adelaide"),(B,"sport/452","Australian hardcourt championships in Adelaide"),(B,"sport/453","Australian hardcourt championships in Adelaide"),(B,"sport/498","Australian hardcourt event in Adelaide")],
  srch=[['Hardcourt'],['Adelaide','tennis|seed|Hewitt']])
U('how_many', "How old is the American tennis player Taylor Dent?", (B, "sport/444"),
  [['Taylor Dent'],['Taylor Dent','year.old|aged|age of'],['\\bDent\\b','\\d\\d-year-old|aged \\d\\d'],['Taylor Dent','born|birthday']])

# --- bbc sport/441 rankings
A('how_many', "To what world ranking did Britain's Elena Baltacha rise after the Australian Open?",
  ["120"], B, "sport/441", "has risen to 120 in the world", N(120),
  srch=[['Baltacha']])
A('who', "Whom did Serena Williams beat in the 2005 Australian Open final?",
  ["Lindsay Davenport", "Davenport"], B, "sport/441", "with victory over Lindsay Davenport, the world number one", None,
  also=[(B,"sport/488","Serena Williams staged a remarkable recovery to beat Lindsay Davenport")],
  srch=[['Serena','Australian Open','Davenport'],['Serena','Australian Open','beat|victory|final']])

# --- bbc entertainment/170 EastEnders
A('who', "Which US network is reportedly planning an American remake of EastEnders?",
  ["Fox", "Fox TV network", "Fox TV"], B, "entertainment/170", "have reportedly been drawn up by the Fox TV network", None,
  srch=[['EastEnders','US|American','remake|version']])
A('where', "In which city would the American version of EastEnders be set?",
  ["Chicago"], B, "entertainment/170", "a series about a community of working class people in of Chicago", None,
  srch=[['EastEnders','Chicago']])
U('when', "When is the US remake of EastEnders due to premiere?", (B, "entertainment/170"),
  [['EastEnders','US|American','remake|version'],['EastEnders','Fox','premiere|air|launch|screen']])

# --- agnews
A('how_many', "How many died in eastern Indonesia's 6.0 quake?",
  ["six"], G, "test-5567", "killing six people and injuring at least six more", N(6),
  also=[(G,"test-5576","At least six people are killed as a strong earthquake jolts an island in eastern Indonesia")],
  srch=[['Indonesia','quake','6\\.0'],['Indonesia','quake','kill']])
U('where', "Which Indonesian island was struck by the 6.0-magnitude quake that killed six people?", (G, "test-5567"),
  [['Indonesia','quake','6\\.0'],['Indonesia','quake','six']])
A('who', "Whom did Western Michigan hire as head coach?",
  ["Bill Cubit", "Cubit"], G, "test-236", "Stanford offensive coordinator Bill Cubit was hired Tuesday as head coach at Western Michigan", None,
  srch=[['Cubit'],['Western Michigan','coach']])
U('how_many', "How old is Bill Cubit, Western Michigan's new head coach?", (G, "test-236"),
  [['Cubit'],['Western Michigan','coach','year.old|aged']])
A('how_many', "How many people joined Rome's all-night cultural festival?",
  ["Two million"], G, "test-2030", "Two million people massed in the streets of Rome", N(2000000),
  srch=[['Rome','all-night|overnight|white night|Notte Bianca']])
U('who', "Who is the mayor of Rome who reported the all-night festival turnout?", (G, "test-2030"),
  [['Rome','mayor'],['Veltroni']])
A('how_many', "How many passing yards did Stefan LeFors throw for in Louisville's rout of Tulane?",
  ["247"], G, "test-5915", "Stefan LeFors passed for 247 yards", N(247),
  srch=[['LeFors'],['Louisville','Tulane']])
A('who', "Who hit the longest homer in the history of U.S. Cellular Field?",
  ["Joe Borchard", "Borchard"], G, "test-944", "Joe Borchard wows the crowd with the longest homer", None,
  srch=[['Borchard'],['Cellular Field','longest|homer']])
U('how_many', "How far did Joe Borchard's record home run at U.S. Cellular Field travel?", (G, "test-944"),
  [['Borchard'],['Cellular Field','feet|foot']])
A('where', "In which city is Shah Rukh Khan's concert that upset Buddhist monks being held?",
  ["COLOMBO"], G, "test-7226", "COLOMBO: Bollywood superstar Shah Rukh Khan has apologised", None,
  srch=[['Shah Rukh Khan|Shahrukh'],['Buddhist','monks','concert']])
U('when', "On what date is Shah Rukh Khan's Colombo concert scheduled?", (G, "test-7226"),
  [['Shah Rukh Khan|Shahrukh'],['Colombo','concert']])
A('where', "At which stadium was England's friendly against Spain in which Beckham returned?",
  ["Santiago Bernabeu Stadium", "Real Madrid 's Santiago Bernabeu Stadium", "Bernabeu"], G, "test-5666", "against Spain at Real Madrid 's Santiago Bernabeu Stadium", None,
  also=[(G,"test-5860","Spain meet England in the Bernabeu")],
  srch=[['Bernabeu'],['England','Spain','friendly']])
A('how_many', "For how many games did the Washington Wizards suspend Kwame Brown?",
  ["one game"], G, "test-7070", "The Washington Wizards suspended Kwame Brown for one game", N(1),
  srch=[['Kwame Brown']])
A('who', "Which team were the Wizards playing when Kwame Brown's conduct got him suspended?",
  ["Denver"], G, "test-7070", "for his actions during the previous night's game against Denver", None,
  srch=[['Kwame Brown','Denver|Nuggets']])

# --- reuters 264 Qantas (when)
A('when', "When is Qantas due to receive its first Boeing 747-400?",
  ["April 1989"], R, "264", "The first is due for delivery in April 1989", "1989-04",
  also=[(R,"344","The first is due for delivery in April 1989")],
  srch=[['Qantas','deliver']])

# --- reuters 18411 Noranda (when)
A('when', "When does the contract of the Brunswick smelter workers expire?",
  ["July 21"], R, "18411", "The smelter workers' pact expires July 21.", "1987-07-21",
  also=[(R,"18414","The smelter workers' pact expires July 21."),(R,"19431","the smelter's on July 21")],
  srch=[['Brunswick','smelter','July']])

# --- reuters 3293 Union Carbide
A('when', "When did Union Carbide unveil its recapitalization plan?",
  ["November 1986"], R, "3293", "a recapitalization plan unveiled in November 1986", "1986-11",
  srch=[['Union Carbide|Carbide','recapitali']])
A('who', "Which investment bank is underwriting Union Carbide's senior subordinated notes due 1994?",
  ["First Boston Corp", "First Boston"], R, "3293", "will be underwritten by First Boston Corp", None,
  also=[(R,"7255","said sole manager First Boston Corp")],
  srch=[['Union Carbide','underwrit|manager']])

# --- reuters 3230 Piezo
A('when', "When did Piezo Electric Products default on dividends to its preferred holders?",
  ["January 31"], R, "3230", "defaulted on dividends to preferred holders on January 31", "1987-01-31",
  srch=[['Piezo','default|dividend']])
A('where', "Where is Piezo Electric Products based?",
  ["Cambridge, Mass.", "Cambridge"], R, "3230", "The Cambridge, Mass., research firm defaulted on dividends", None,
  srch=[['Piezo','Cambridge|based']])
A('how_many', "How many Piezo Electric preferred shares do Providence Securities and its two executives hold?",
  ["104,500"], R, "3230", "who hold a combined 104,500 preferred shares", N(104500),
  srch=[['Piezo','preferred','shares']])
U('when', "In what year was Piezo Electric Products founded?", (R, "3230"),
  [['Piezo','founded|established|incorporated|formed in'],['Piezo']])

# --- reuters 15033 Zambia maize
A('how_many', "How many people died in the riots over Zambia's maize meal price increase?",
  ["at least 15", "15", "Fifteen"], R, "15033", "led to food riots in which at least 15 people died", N(15),
  also=[(R,"5190","led to riots in which 15 people were killed"),(R,"7658","food riots in the Copperbelt last December, which left 15 people dead"),(R,"17509","Fifteen people were killed in the Copperbelt during food riots last December")],
  srch=[['Zambia','riot','kill|died|dead|death']])
A('when', "When did the maize meal price riots in Zambia happen?",
  ["Last December", "last December"], R, "15033", "Last December, a 120 pct increase in the consumer price for refined maize meal", "1986-12",
  also=[(R,"12438","There was widespread rioting and looting in Zambia last December"),(R,"7658","food riots in the Copperbelt last December"),(R,"17509","food riots last December"),(R,"5190","tried to abolish maize subsidies last December"),(R,"5338","tried to abolish maize subsidies last December")],
  srch=[['Zambia','riot','December']])
A('how_much', "What is Zambia's new producer price for a 90-kg bag of maize?",
  ["8.67 dlrs"], R, "15033", "from 6.10 dlrs to 8.67 dlrs per 90-kg bag", M(8.67,'USD'),
  srch=[['Zambia','maize','producer price|bag']])

# --- reuters 7879 Allied-Lyons
A('who', "Who is the chairman of Allied-Lyons?",
  ["Derrick Holden-Brown", "Holden-Brown"], R, "7879", "chairman Derrick Holden-Brown said", None,
  also=[(R,"4518","Allied-Lyons chairman Derrick Holden-Brown said"),(R,"7918","chairman Derrick Holden-Brown said")],
  srch=[['Allied.Lyons','chairman']])
A('when', "When did Hiram Walker-Gooderham's reorganization take effect?",
  ["March 1, 1987"], R, "7879", "a previously announced reorganization put into effect March 1, 1987", "1987-03-01",
  srch=[['Hiram Walker','reorgani|restructur']])

# --- reuters 8838 Control Data
A('how_much', "How much did Control Data lose in 1986?",
  ["264.5 mln dlrs"], R, "8838", "Last year, the company lost 264.5 mln dlrs", M(264.5e6,'USD'),
  srch=[['Control Data','loss|lost']])
A('when', "Since when has Control Data's computer business been unprofitable?",
  ["1983"], R, "8838", "But Control's computer business has not been profitable since 1983.", "1983",
  srch=[['Control Data','profitable|1983']])
A('where', "Where is Control Data based?",
  ["Minneapolis"], R, "8838", "The large Minneapolis-based computer concern", None,
  srch=[['Control Data','Minneapolis|based']])
# --- reuters 6087 Texas Eastern PCBs
A('how_many', "At how many sites did Texas Eastern bury PCBs?",
  ["51"], R, "6087", "Texas Eastern admitted burying PCBs at 51 sites", N(51),
  srch=[['Texas Eastern','PCB|sites']])
A('when', "Since when had the EPA known about PCB contamination along the Texas Eastern pipeline?",
  ["the fall of 1985", "1985"], R, "6087", "the EPA knew as early as the fall of 1985 about PCB contamination", "1985",
  srch=[['PCB','Texas Eastern|pipeline','EPA']])
U('how_much', "How much will Texas Eastern's PCB cleanup cost?", (R, "6087"),
  [['Texas Eastern','PCB|clean'],['PCB','cleanup|clean up','mln|billion|dlrs']])

# --- bbc business/338 Yili (when)
A('when', "When was Yili's management buyout?",
  ["July 2003"], B, "business/338", "to support a management buyout back in July 2003", "2003-07",
  srch=[['Yili','buyout|2003']])

# --- bbc business/290 Bank of England
A('when', "When did the Bank of England start the run of five rate rises that took rates to 4.75%?",
  ["November 2003"], B, "business/290", "Rates went up five times from November 2003", "2003-11",
  also=[(B,"business/438","Rates went up five times from November 2003"),(B,"business/119","Interest rates rose five times between November 2003 and August 2004"),(B,"business/289","The Bank of England raised interest rates five times between November 2003 and August last year"),(B,"business/405","five interest rate rises since November 2003")],
  srch=[['November 2003'],['rates?','five times|five rises|fifth']])

# --- more unanswerable when
U('when', "When will Canadair decide whether to build the stretched Challenger commuter jet?", (R, "8471"),
  [['Canadair','decide|decision'],['Challenger','stretch','decide|decision|launch'],['Bombardier','Challenger']])
U('when', "When did the Chinese-built TAZARA railway open?", (R, "5827"),
  [['TAZARA|Tazara|Tanzania-Zambia','opened|built in|completed|19[67]\\d'],['Tanzania','Zambia','railway','opened|completed']])
U('when', "When will Reuters complete its move to Canary Wharf?", (B, "business/053"),
  [['Reuters','Canary Wharf'],['Reuters','headquarters','move|relocat']])


# --- swaps to spread the set over more articles (added late)
A('who', "Which drugmaker's Iressa cancer treatment failed to help patients live longer?",
  ["AstraZeneca"], G, "test-7544", "AstraZeneca today suffered a massive setback after tests showed its blockbuster Iressa cancer treatment", None,
  srch=[['Iressa']])
A('where', "Where is the BAR Formula One team based?",
  ["Brackley"], G, "test-6005", "interested in purchasing the Brackley team", None,
  srch=[['Brackley'],['\\bBAR\\b','Honda']])
A('how_many', "How old is Manchester United striker Ole Gunnar Solskjaer?",
  ["31"], B, "sport/249", "The 31-year-old Norway international had surgery in Sweden", N(31),
  srch=[['Solskjaer']])
A('how_many', "By the Labor Department's first estimate, how many jobs did the US add in December 2004?",
  ["157,000"], B, "business/416", "157,000 new jobs were added last month", N(157000),
  also=[(B,"business/292","157,000 new jobs were added last month"),(B,"business/007","revised down the jobs gains in December 2004, from 157,000 to 133,000"),(B,"business/253","revised down the jobs gains in December 2004, from 157,000 to 133,000")],
  srch=[['US|American','jobs','December'],['payroll','December']])
A('who', "Who is the chief executive of Panlogic?",
  ["William Makower", "Makower"], B, "tech/074", "said William Makower, chief executive of Panlogic", None,
  srch=[['Panlogic|Makower']])
A('how_many', "How many former top Ahold executives settled US securities fraud charges alongside the company?",
  ["three", "Three"], G, "test-3743", "and three former top executives have agreed to settle U.S. securities fraud charges", N(3),
  also=[(B,"business/448","Three former Ahold top executives last year agreed to settle fraud charges")],
  srch=[['Ahold','settle']])

A('who', "Which Houston player scored three times in the 8-6 win over Pittsburgh?",
  ["Carlos Beltran", "Beltran"], G, "test-1136", "Carlos Beltran went two for four with a homer and scored three times", None,
  srch=[['Beltran'],['Houston','Pittsburgh','8-6']])

# Questions drafted but left out of the final set (to meet the type balance and the total of 110):
DROP = [
  'How big a pay cut is Pan Am asking its unions to accept?',
  'To what level is Alberta raising its general corporate tax rate in 1987?',
  "What were Caterpillar's third-quarter 1987 earnings?",
  'What share of Canadian Tire common stock do Alfred, David and Martha Billes control?',
  'What is the estimated total cost of the Carbozulia coal project in Venezuela?',
  "What was the ECGD's debt to the Exchequer in the year to March 31, 1986?",
  "How much Chrysler debt did Standard and Poor's put on CreditWatch over the American Motors deal?",
  "What share of Ericsson's voting rights did the Wallenberg group hold after raising its stake in March 1987?",
  'How much company money are Yili executives suspected of misusing?',
  'How much does Continental Airlines need to cut from wage costs by the end of February?',
  'How many barrels of crude oil reserves does Dome Petroleum hold?',
  "How many super giant oil fields have been discovered worldwide, according to Exxon's McIvor?",
  'How many Piezo Electric preferred shares do Providence Securities and its two executives hold?',
  'When Noranda resumed contract talks at Brunswick Mining and Smelter in June 1987, how many unionized workers did the talks cover?',
  'How many positions did Iomega permanently cut in its March 1987 restructuring?',
  "How many passing yards did Stefan LeFors throw for in Louisville's rout of Tulane?",
  "Which Exxon executive said the world's growing reliance on Middle East oil cannot be stopped?",
  'Which chief state prosecutor is leading the Volkswagen currency fraud inquiry?',
  "Which investment bank is underwriting Union Carbide's senior subordinated notes due 1994?",
  "Which team were the Wizards playing when Kwame Brown's conduct got him suspended?",
  'Who beat top seed Lleyton Hewitt in the Australian Hardcourt Championships quarter-finals?',
  'Whom did Serena Williams beat in the 2005 Australian Open final?',
  "Who is Alberta's provincial treasurer?",
  'In which city was the wrongful death lawsuit against Aequitron Medical filed?',
  'At how many sites did Texas Eastern bury PCBs?',
  "How many person years of direct employment would Versatile's polar icebreaker contract generate?",
  "Who is Pan Am's vice chairman?",
  'How much did the wrongful death suit against Aequitron Medical seek in damages?',
  "Who was General Motors' chairman and chief executive in 2004?",
]
