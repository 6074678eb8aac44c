import json, sys, re
sys.path.insert(0, '.')
from build_lib import sent, REC, RAW
R, B, G = 'reuters21578', 'bbc', 'agnews'
items = []
def A(typ, q, answers, src, doc, norm, needle=None, also=()):
    items.append(dict(kind='A', type=typ, question=q, answers=answers, source=src, doc=doc,
                      needle=needle or answers[0], normalized=norm, also=list(also)))
def U(typ, q, near, searches):
    items.append(dict(kind='U', type=typ, question=q, near=near, searches=searches))
def M(a, c): return {"amount": float(a), "currency": c}
def P(p): return {"percent": float(p)}
def N(n): return {"count": n}

# ---------------- Reuters ----------------
A('how_much', "How much did Zimbabwe earn from coffee exports in 1986?", ["33 mln U.S. Dlrs"], R, '1030', M(33e6, 'USD'))
A('how_many', "How many commercial growers belong to Zimbabwe's Commercial Coffee Growers Association?", ["173"], R, '1030', N(173), needle="173 commercial coffee growers")
U('who', "Who chairs Zimbabwe's Commercial Coffee Growers Association?", (R, '1030'), [['Coffee Growers'], ['Zimbabwe', 'coffee', 'chairman|president|chairs']])
A('who', "Who was chairman of Dutch retailer Ahold in 1987?", ["Albert Heijn", "Heijn"], R, '3273', None)
A('how_much', "What net profit did Ahold earn in 1986?", ["132.4 mln guilders"], R, '3273', M(132.4e6, 'NLG'))
U('how_many', "How many stores did Ahold operate in the United States in 1987?", (R, '3273'), [['Ahold', 'stores|supermarkets|outlets|shops|chains?']])
U('when', "When did Albert Heijn become chairman of Ahold?", (R, '3273'), [['Heijn'], ['Ahold', 'chairman']])
A('how_many', "How many loans did the Inter-American Development Bank make in 1986?", ["63"], R, '8277', N(63), needle="63 loans",
  also=[(R, '8271', "63 loans")])
A('how_much', "What was the Inter-American Development Bank's cumulative lending at the end of 1986?", ["35.44 billion dlrs"], R, '8277', M(35.44e9, 'USD'),
  also=[(R, '8271', "35.44 billion dlrs")])
A('who', "Which bank took over the deposits of the failed First State Bank in Billings, Oklahoma?", ["First National Trust Co of Perry", "First National Trust Co"], R, '10223', None)
A('how_many', "How many U.S. banks had failed in 1987 when First State Bank of Billings, Oklahoma, was closed?", ["51"], R, '10223', N(51), needle="bank failures this year to 51")
A('how_much', "What is Nixdorf's computer order from the West German Federal Labour Office worth?", ["about 300 mln marks", "300 mln marks"], R, '10327', M(300e6, 'DEM'))
A('how_many', "How many counsellors will get computers under Nixdorf's labour office contract?", ["12,000"], R, '10327', N(12000))
A('when', "By when should Nixdorf finish installing the labour exchange computers?", ["early 1990", "1990"], R, '10327', "1990")
A('how_much', "How much is Nerco paying for its Broussard Gas Field stake?", ["about 22.5 mln dlrs", "22.5 mln dlrs"], R, '12851', M(22.5e6, 'USD'),
  also=[(R, '16007', "about 22.5 mln dlrs")])
A('who', "Which holding company owns about 90 pct of Nerco?", ["PacifiCorp", "Pacificorp"], R, '12851', None,
  also=[(R, '8331', "Pacificorp")])
A('where', "In which state is the Broussard Gas Field that Nerco is buying into?", ["southern Louisiana", "Louisiana"], R, '12851', None,
  also=[(R, '16007', "southern Louisiana")])
A('who', "Who is Colombia's Director of Public Credit?", ["Mauricio Cabrera", "Cabrera"], R, '15687', None,
  also=[(R, '9655', "Mauricio Cabrera"), (R, '13809', "Mauricio Cabrera"), (R, '14277', "Mauricio Cabrera")])
A('how_much', "What share of Colombia's 1987 exports will go on debt servicing?", ["34.6 pct"], R, '15687', P(34.6))
A('how_much', "At what price will USX offer its new convertible preference stock?", ["50 dlrs a share"], R, '18593', M(50, 'USD'),
  also=[(R, '18561', "50 dlrs a share")])
A('how_much', "What annual dividend will USX's new convertible preference stock pay?", ["3.50 dlrs a share per year", "3.50 dlrs a share"], R, '18593', M(3.5, 'USD'),
  also=[(R, '18561', "3.50 dlrs a share")])
A('when', "Since what year has Cable and Wireless operated in Qatar?", ["1951"], R, '19488', "1951")
A('who', "Who is Cable and Wireless's manager in Qatar?", ["Colin Davies", "Davies"], R, '19488', None)
U('how_much', "How much is Qatar paying Cable and Wireless to take over its franchise?", (R, '19488'), [['Cable and Wireless', 'Qatar'], ['QTELC|Qatar General Telecommunications']])
A('how_much', "What percentage of MCA's outstanding common stock does its October 1987 buyback plan cover?", ["about 13 pct", "13 pct"], R, '20543', P(13))
U('how_much', "What price per share is MCA paying in its ten mln share buyback?", (R, '20543'), [['MCA', 'buy ?back|repurchase|buy up to']])
A('who', "Who was named president of Hooker Holdings (U.S.A.) Inc?", ["A. Anthony McLellen", "McLellen"], R, '14541', None)
U('who', "Who is the chief executive of Australia's Hooker Corp?", (R, '14541'), [['Hooker Corp', 'chief executive|chairman|managing director|president']])
A('how_many', "How far below the surface is the new high-grade zone at the D'Or Val mine?", ["about 1,450 feet", "1,450 feet"], R, '8948', N(1450))
A('where', "Where is the D'Or Val gold mine?", ["northern Quebec", "Quebec"], R, '8948', None)
U('how_many', "How many ounces of gold did the D'Or Val mine produce in 1986?", (R, '8948'), [["D'Or Val|Dor Val|D'Orval"]])
A('when', "When does subscription for Thesing's 10 mln Swiss franc bond close?", ["May 13"], R, '15505', "1987-05-13")
A('how_many', "How long is the term of the Thesing-Verwaltungsgesellschaft Swiss franc bond?", ["eight year"], R, '15505', N(8), needle="eight year bond")
A('how_much', "What coupon does Thesing's Swiss franc bond carry?", ["6-3/8 pct"], R, '15505', P(6.375))
A('how_much', "How big a third-quarter charge is California Microwave taking?", ["9.7 mln dlrs"], R, '9072', M(9.7e6, 'USD'))
A('where', "Where is California Microwave reducing its workforce?", ["Sunnyvale"], R, '9072', None)
U('who', "Who is California Microwave's chief executive?", (R, '9072'), [['California Microwave']])
A('where', "In which city were Reagan and Mulroney due to hold their April 1987 summit?", ["Ottawa"], R, '3560', None, needle="summit in Ottawa",
  also=[(R, '4008', "summit in Ottawa")])
A('how_much', "What is Niedermeyer-Martin's lumber contract with Iraq worth?", ["13 mln dlr"], R, '3942', M(13e6, 'USD'))
A('who', "Who is president of Portland lumber firm Niedermeyer-Martin?", ["Edward Niedermeyer", "Niedermeyer"], R, '3942', None)
A('where', "In which city is Niedermeyer-Martin Co based?", ["Portland"], R, '3942', None, needle="Portland-based")
U('when', "When will Niedermeyer-Martin make its first lumber shipment to Iraq?", (R, '3942'), [['Niedermeyer'], ['Iraq', 'lumber|softwood|plywood']])
A('who', "Who chairs SVZ, the Rotterdam port employers' organization?", ["Jacques Schoufour", "Schoufour"], R, '2310', None,
  also=[(R, '969', "Jacques Schoufour")])
A('how_much', "What annual labour subsidy did the Dutch government withdraw from Rotterdam's general cargo sector?", ["10 mln guilder"], R, '2310', M(10e6, 'NLG'),
  also=[(R, '518', "10 mln guilder"), (R, '969', "10 mln guilder")])
A('when', "From what date is the Rotterdam port labour subsidy being withdrawn?", ["July 1"], R, '2310', "1987-07-01")
A('who', "Who is Venezuela's public finances director?", ["Jorge Marcano", "Marcano", "jorge marcano"], R, '2423', None,
  also=[(R, d, n) for d, n in [('137', 'jorge marcano'), ('1140', 'Jorge Marcano'), ('1472', 'Jorge Marcano'), ('17228', 'Jorge Marcano'),
                                ('17287', 'Jorge Marcano'), ('17450', 'Jorge Marcano'), ('17458', 'Jorge Marcano'), ('19429', 'jorge marcano')]])
A('how_many', "How many creditor banks does Venezuela have?", ["450"], R, '2423', N(450), needle="450 creditor banks")
A('how_much', "At what price can Evans and Sutherland's 1987 convertible debentures be converted into stock?", ["48.50 dlrs per share"], R, '4895', M(48.5, 'USD'))
A('who', "Which firm managed Evans and Sutherland's 50 mln dlr convertible debenture offering?", ["Hambrecht and Quist Inc", "Hambrecht and Quist"], R, '4895', None,
  also=[(R, '2413', "Hambrecht and Quist Inc"), (R, '2690', "Hambrecht and Quist Inc")])
A('where', "Where will Swedish Export Credit's 220 mln Australian dlr bond be listed?", ["Luxembourg"], R, '5823', None)
A('when', "When does Swedish Export Credit's dual-currency Australian dollar bond mature?", ["March 26, 1992", "1992"], R, '5823', "1992-03-26",
  also=[(R, '7575', "due 1992")])
A('how_many', "To what level will Petronas cut Malaysia's crude output from May 1, 1987?", ["420,000 barrels per day", "420,000 bpd", "420,000"], R, '6432', N(420000),
  also=[(R, '20008', "In May, Malaysia cut output to 420,000 bpd")])
A('who', "Who is president of New England Electric System?", ["Samuel Huntington", "Huntington"], R, '6740', None,
  also=[(R, '6742', "Samuel Huntington")])
A('how_much', "How big a write-down could New England Electric face on its oil and gas unit?", ["about 235 mln dlrs", "235 mln dlrs"], R, '6740', M(235e6, 'USD'))
A('how_much', "How much did the insider trading ring allegedly led by Nahum Vaskevitch make?", ["four mln dlrs", "more than four mln dlrs"], R, '8700', M(4e6, 'USD'),
  also=[(R, '3682', "more than four mln dlrs"), (R, '3877', "more than four mln dlrs"), (R, '11141', "more than four mln dlrs")])
A('how_many', "For how long were the Vaskevitch-linked Credit Suisse accounts initially frozen?", ["30 days"], R, '8700', N(30))
U('how_much', "How much money was held in the Credit Suisse accounts frozen in the Vaskevitch probe?", (R, '8700'), [['Credit Suisse', 'Vaskevitch|Sofer|Plenmeer|Meda Establishment']], )
A('who', "Whom will Gordon Macklin succeed as chairman of Hambrecht and Quist?", ["Hugh T. Wyles", "Wyles"], R, '8886', None)
A('where', "In which city is brokerage Hambrecht and Quist based?", ["San Francisco"], R, '8886', None, needle="The San Francisco brokerage firm",
  also=[(R, '367', "Hambrecht & Quist in San Francisco"), (R, '11042', "Hambrecht and Quist of San Francisco")])
U('how_much', "What salary will Gordon Macklin receive as chairman of Hambrecht and Quist?", (R, '8886'), [['Macklin', 'salary|compensation|pay|paid|earn']])
A('who', "Who became chief executive of Congress Video Group in March 1987?", ["Lawrence Kieves", "Kieves"], R, '11432', None)
U('who', "Who replaced Lawrence Kieves as Congress Video Group's chief financial officer?", (R, '11432'), [['Congress Video'], ['Kieves']])
U('where', "Where is Congress Video Group headquartered?", (R, '11432'), [['Congress Video']])
A('how_many', "How many workers did the Rohm and Haas Philadelphia plant cancer studies cover?", ["about 6,000", "6,000"], R, '12989', N(6000))
A('how_many', "How many individual lawsuits over bischloromethyl ether deaths did Rohm and Haas settle?", ["22"], R, '12989', N(22), needle="settled 22 individual lawsuits")
A('where', "Where is the Rohm and Haas plant whose workers showed high cancer death rates?", ["Philadelphia"], R, '12989', None, needle="its Philadelphia plant")
U('how_much', "How much did Rohm and Haas pay to settle the bischloromethyl ether lawsuits?", (R, '12989'), [['Rohm and Haas|Rohm/Haas|Rohm', 'settle'], ['bischloromethyl']])
A('who', "Which Assistant Treasury Secretary backed extending the research tax credit in 1987?", ["Roger Mentz", "Mentz"], R, '13150', None)
A('how_much', "What is the current rate of the U.S. research tax credit, as of April 1987?", ["20 pct"], R, '13150', P(20))
A('how_many', "How many people died in the August 1985 Japan Air Lines jumbo jet crash?", ["520"], R, '13249', N(520), needle="killing 520 people",
  also=[(R, '15073', "killed 520 people"), (R, '16089', "killed 520 people"), (R, '19043', "killed 520 people"), (R, '19060', "520 died")])
A('when', "On what date did the Japan Air Lines 747 crash that killed 520 people happen?", ["August 12, 1985"], R, '13249', "1985-08-12",
  also=[(R, '15073', "August 12, 1985"), (R, '19043', "August 12, 1985")])
A('where', "At which airport did the doomed JAL 747 suffer its 1978 tail-scrape accident?", ["Osaka airport", "Osaka"], R, '13249', None)
A('how_many', "How many people survived the 1985 Japan Air Lines jumbo crash?", ["four"], R, '13249', N(4), needle="There were only four survivors",
  also=[(R, '15073', "There were only four survivors")])
A('who', "Which Toshiba senior vice-president spoke on the Toshiba Machine export scandal?", ["Osamu Iemura", "Iemura"], R, '17453', None)
A('how_much', "How much was the U.S. Air Force computer deal reportedly lost by Toshiba worth?", ["100 mln dlrs"], R, '17453', M(100e6, 'USD'),
  also=[(R, '19425', "100 mln dlrs")])
A('how_much', "What stake in Di Giorgio does Gabelli hold?", ["28.5 pct"], R, '19799', P(28.5),
  also=[(R, '19713', "28.5 pct")])
A('when', "Until when is Gabelli's buyout proposal for Di Giorgio open?", ["July 17"], R, '19799', "1987-07-17",
  also=[(R, '19713', "July 17")])
U('who', "Who is the chief executive of Di Giorgio Corp?", (R, '19799'), [['Giorgio', 'chief executive|chairman|president']])
A('who', "Who is Melville Corp's new chief financial officer?", ["Robert Huth", "Huth"], R, '4379', None)
U('how_many', "How old is Robert Huth, Melville's new finance chief?", (R, '4379'), [['Huth']])
A('who', "Who is Farah Manufacturing's incoming chief financial officer?", ["Christopher Carameros", "Carameros"], R, '5685', None)
A('how_many', "How many years did Christopher Carameros spend in public accounting?", ["12 years"], R, '5685', N(12))
A('how_many', "How old was Morgan Guaranty's Peter Culver when he died?", ["42"], R, '4975', N(42), needle="Culver, 42")
A('where', "In which city did J.P. Morgan executive Peter Culver die?", ["Frankfurt"], R, '4975', None)
A('how_many', "How many school buses is Navistar recalling?", ["19,000"], R, '5521', N(19000))
U('how_many', "How many people were injured in the accident linked to Navistar's brake defect?", (R, '5521'), [['Navistar', 'recall|brake|injur|accident']])
A('where', "Where is the Ford plant that Scicon will automate?", ["Hermosillo, Mexico", "Hermosillo"], R, '3809', None)
U('how_much', "What is Scicon's automation contract for Ford's Hermosillo plant worth?", (R, '3809'), [['Scicon|Hermosillo'], ['Ford', 'automation']])
U('how_much', "What is Ericsson's Idaho switching contract with U S West worth?", (R, '14267'), [['Ericsson', 'U S West|U.S. West|Mountain Bell|Idaho']])
A('how_many', "How many old switches will Ericsson's AXE equipment replace in Idaho?", ["50", "more than 50"], R, '14267', N(50), needle="replacing 50 older",
  also=[(R, '14039', "more than 50 older exchanges")])
A('when', "When did Mexico's ban on fresh fruit from San Diego and Orange counties take effect?", ["September 25"], R, '20250', "1987-09-25")
A('when', "When is a verdict due in the Dutch leasing firms' case against IBM Nederland?", ["April 16"], R, '10369', "1987-04-16")
A('where', "In which court did three Dutch leasing firms sue IBM Nederland?", ["the Amsterdam district court", "Amsterdam district court", "Amsterdam"], R, '10369', None)
A('how_much', "How much does Faberge's fraud suit against Porterfield Buying Unit seek?", ["11 mln dlr"], R, '2575', M(11e6, 'USD'))
A('where', "In which city did Computone Systems file its chapter 11 plan?", ["Atlanta"], R, '17774', None)
A('how_many', "How many hectares of sugar beet will Hungary plant in 1987?", ["105,000 hectares", "105,000"], R, '4117', N(105000))
A('who', "Who is president of the U.S. Export-Import Bank?", ["John Bohn", "Bohn"], R, '2096', None,
  also=[(R, '8885', "John Bohn")])
A('how_much', "To what level will Exim raise exporters' commercial-risk cover on medium-term guarantees?", ["98 pct"], R, '2096', P(98))

# ---------------- BBC ----------------
A('how_much', "How fast did the French economy grow in 2004 as a whole?", ["2.3%"], B, 'business/190', P(2.3),
  also=[(B, 'business/023', "2.3%")])
A('who', "Which French statistics office reported fourth-quarter 2004 GDP growth of 0.8%?", ["INSEE"], B, 'business/190', None)
A('how_much', "What profit did Lenovo make in the three months to December, shortly after agreeing to buy IBM's PC unit?", ["HK$327m"], B, 'business/250', M(327e6, 'HKD'))
A('how_much', "By what percentage had Lenovo's shares fallen since it announced the IBM PC deal?", ["20%"], B, 'business/250', P(20))
U('how_many', "How many employees does Lenovo have?", (B, 'business/250'), [['Lenovo', 'employ|staff|workers|workforce|people']])
A('how_much', "What is Munich Re's exposure to the Asian tsunami?", ["less than 100m euros", "100m euros"], B, 'business/346', M(100e6, 'EUR'))
A('how_many', "How many people did Hurricane Mitch kill?", ["about 10,000", "10,000"], B, 'business/346', N(10000),
  also=[(B, 'business/353', "about 10,000")])
U('who', "Who is the chief executive of Swiss Re?", (B, 'business/346'), [['Swiss Re', 'chief executive|chairman|boss']])
A('how_many', "How many identity theft cases did the FTC record in 2004?", ["246,570"], B, 'business/079', N(246570))
A('how_much', "How much did reported fraud cost US consumers in 2004?", ["$546m"], B, 'business/079', M(546e6, 'USD'))
A('how_many', "How many aerospace firms took part in the Aero India 2005 air show?", ["More than 240", "240"], B, 'business/130', N(240))
A('who', "Which Indian budget airline agreed to buy ten Boeing 737-800 planes?", ["SpiceJet"], B, 'business/130', None)
A('how_much', "What is SpiceJet's order for ten Boeing 737-800s worth?", ["$630m"], B, 'business/130', M(630e6, 'USD'))
U('how_much', "How much is Lockheed's P-3 Orion agreement with Hindustan Aeronautics worth?", (B, 'business/130'), [['Lockheed', 'Hindustan|HAL|P-3|Orion']])
A('who', "Who won the Special Award at the children's Baftas where Shrek 2 was voted best film?", ["Floella Benjamin"], B, 'entertainment/070', None)
A('how_many', "How many children voted for Shrek 2 at the children's Bafta awards?", ["More than 6,000", "6,000"], B, 'entertainment/070', N(6000))
A('how_many', "How old was record producer Terry Melcher when he died?", ["62"], B, 'entertainment/124', N(62), needle="has died aged 62")
A('where', "Where did record producer Terry Melcher die?", ["his home in Beverly Hills, California", "Beverly Hills, California", "Beverly Hills"], B, 'entertainment/124', None)
U('where', "Where was record producer Terry Melcher born?", (B, 'entertainment/124'), [['Melcher', 'born|birth|native']])
A('where', "At which venue were the 2005 Grammy Awards held?", ["the Staples Center", "Staples Center"], B, 'entertainment/139', None)
A('who', "Who hosted the 2005 Grammy Awards ceremony?", ["Queen Latifah"], B, 'entertainment/139', None)
A('when', "On what date were the 2005 Grammy Awards presented?", ["13 February"], B, 'entertainment/139', None,
  also=[(B, 'entertainment/146', "13 February")])
A('how_much', "How much in damages is RDF Media seeking from Fox over Trading Spouses?", ["$18 million"], B, 'entertainment/205', M(18e6, 'USD'))
U('how_many', "How many viewers watched the first episode of Fox's Trading Spouses?", (B, 'entertainment/205'), [['Trading Spouses'], ['Wife Swap', 'viewers|audience|ratings']])
A('how_many', "How many sequels has the original Friday the 13th film spawned?", ["ten"], B, 'entertainment/379', N(10), needle="spawned ten sequels")
A('when', "When does Tarantino's CSI episode air in the US?", ["19 May"], B, 'entertainment/379', None,
  also=[(B, 'entertainment/365', "19 May")])
U('how_much', "How much will Quentin Tarantino be paid to make the Friday the 13th sequel?", (B, 'entertainment/379'), [['Tarantino', 'paid|fee|salary|\\$|£']])
A('how_many', "What height did Isinbayeva clear to win pole vault gold in Athens?", ["4.91m"], B, 'sport/029', N(4.91))
A('how_many', "How long was Adrian Mutu banned for taking cocaine?", ["seven months"], B, 'sport/203', N(7))
A('who', "Who represents Adrian Mutu as his agent?", ["Alessandro Moggi"], B, 'sport/203', None)
A('how_much', "How much was Craig Bellamy fined by Newcastle?", ["about £80,000", "£80,000", "two weeks' wages"], B, 'sport/260', M(80000, 'GBP'),
  also=[(B, 'sport/187', "two weeks' wages")])
U('how_much', "How much did Newcastle pay to sign Craig Bellamy?", (B, 'sport/260'), [['Bellamy', '£|fee|signed|signing']])
A('when', "On what date was the 2005 London Marathon run?", ["17 April"], B, 'sport/011', None,
  also=[(B, 'sport/002', "17 April"), (B, 'sport/065', "17 April"), (B, 'sport/019', "17 April")])
A('who', "Who scored twice for Dundee United in their 4-1 Scottish Cup win over Aberdeen?", ["James Grady", "Grady"], B, 'sport/107', None)
A('how_many', "What was the attendance at Dundee United's 4-1 Scottish Cup win over Aberdeen?", ["8,661"], B, 'sport/107', N(8661))
A('who', "Who heads the Greek Athletics Federation?", ["Vassilli Sevastis", "Sevastis", "Vassilis Sevastis"], B, 'sport/080', None,
  also=[(B, 'sport/081', "Vassilis Sevastis")])

# ---------------- AG News ----------------
A('who', "Who was the U.S. Ryder Cup captain in 2004?", ["Hal Sutton"], G, 'test-61', None,
  also=[(G, 'test-1759', "Hal Sutton"), (G, 'test-5030', "Hal Sutton"), (G, 'test-1813', "Hal Sutton")])
A('how_many', "How many civilians did Darfur rebels say Sudanese forces killed in six villages?", ["75"], G, 'test-847', N(75), needle="75 civilians")
A('how_many', "How old is the man arrested in England over the Cisco source code theft?", ["20"], G, 'test-2035', N(20), needle="20-year-old")
U('who', "What is the name of the man arrested in England over the Cisco code theft?", (G, 'test-2035'), [['\\bCisco\\b', 'code|source|blueprint'], ['\\bCisco\\b', 'arrest|charged|held|police']])
A('how_many', "How many smuggled orangutans is Thailand under pressure to send back?", ["some 100", "100"], G, 'test-3778', N(100))
A('where', "To which city may Thailand move the smuggled orangutans?", ["Chiang Mai"], G, 'test-3778', None)
U('when', "When will Thailand return the smuggled orangutans to Indonesia?", (G, 'test-3778'), [['orangutan']])
A('how_much', "To what level did the Reserve Bank of India raise its repo rate?", ["4.75"], G, 'test-4534', P(4.75))
A('how_many', "How many people were on the high-speed train that derailed in eastern Australia?", ["more than 160", "160"], G, 'test-5809', N(160))
U('how_many', "How many people died in the high-speed train crash in eastern Australia?", (G, 'test-5809'), [['train', 'Australia|Queensland', 'crash|derail']])
A('how_much', "What record closing price did U.S. light crude set in October 2004?", ["$55.17"], G, 'test-5908', M(55.17, 'USD'), needle="$55.17 recorded Oct. 22 and Oct. 26")
A('how_many', "How high above the Tarn valley does the world's tallest bridge carry motorists?", ["270m"], G, 'test-7363', N(270))
A('who', "Who inaugurated the world's tallest bridge in southern France?", ["President Jacques Chirac", "Jacques Chirac", "Chirac"], G, 'test-7363', None,
  also=[(G, 'test-7315', "President Jacques Chirac")])
U('how_much', "How much did the world's tallest bridge in southern France cost to build?", (G, 'test-7363'), [['bridge|viaduct', 'Tarn|Millau|tallest']])
A('how_many', "How many Muslims died in Thai police custody in late October 2004?", ["78"], G, 'test-4801', N(78), needle="78 Muslims",
  also=[(G, 'test-4645', "78 Muslims")])
A('where', "From which cosmodrome did the Soyuz carrying two Russians and an American to the ISS in October 2004 launch?",
  ["the Baikonur cosmodrome in Kazakhstan", "Baikonur cosmodrome", "Baikonur", "Baikonur Cosmodrome"], G, 'test-3781', None,
  also=[(G, 'test-463', "Baikonur"), (G, 'test-3740', "Baikonur Cosmodrome")])

# ---------------- additions ----------------
A('when', "When did Boeing admit that its repairs to the crashed JAL 747 were faulty?", ["September 6, 1985"], R, '13249', "1985-09-06",
  also=[(R, '15073', "September 6, 1985"), (R, '19043', "September 6, 1985")])
A('when', "On what date was the 2005 Norwich Union Grand Prix in Birmingham held?", ["18 February"], B, 'sport/029', "2005-02-18",
  also=[(B, 'sport/010', "18 February"), (B, 'sport/022', "18 February"), (B, 'sport/067', "18 February"), (B, 'sport/073', "18 February"), (B, 'sport/094', "18 February")])
U('when', "When did Lenovo complete its purchase of IBM's PC division?", (B, 'business/250'), [['Lenovo'], ['IBM', 'PC', 'Lenovo', 'complet|closed|finali']])
U('when', "When was Hal Sutton appointed U.S. Ryder Cup captain?", (G, 'test-61'), [['Sutton', 'Ryder'], ['Ryder Cup', 'captain', 'named|appoint']])
U('when', "When did Robert Huth become a partner at Peat Marwick?", (R, '4379'), [['Huth'], ['Peat,? Marwick', 'partner']])
U('where', "Where is D'Or Val Mines Ltd headquartered?", (R, '8948'), [["D'Or Val|Dor Val|D'Orval"]])
U('where', "In which city was the Aero India 2005 air show held?", (B, 'business/130'), [['Aero India'], ['air ?show', 'India']])
U('where', "In which city is Farah Manufacturing headquartered?", (R, '5685'), [['Farah', 'based|headquarter|El Paso|Texas']])
U('where', "Where is Hooker Holdings (U.S.A.) Inc based?", (R, '14541'), [['Hooker Corp|Hooker Holdings']])

CUT = """How many U.S. banks had failed in 1987 when First State Bank of Billings, Oklahoma, was closed?
How many counsellors will get computers under Nixdorf's labour office contract?
To what level will Petronas cut Malaysia's crude output from May 1, 1987?
How many workers did the Rohm and Haas Philadelphia plant cancer studies cover?
How many individual lawsuits over bischloromethyl ether deaths did Rohm and Haas settle?
How many people survived the 1985 Japan Air Lines jumbo crash?
How many old switches will Ericsson's AXE equipment replace in Idaho?
How many hectares of sugar beet will Hungary plant in 1987?
How many identity theft cases did the FTC record in 2004?
How many aerospace firms took part in the Aero India 2005 air show?
How many children voted for Shrek 2 at the children's Bafta awards?
What height did Isinbayeva clear to win pole vault gold in Athens?
How many civilians did Darfur rebels say Sudanese forces killed in six villages?
How many smuggled orangutans is Thailand under pressure to send back?
How many creditor banks does Venezuela have?
What was the attendance at Dundee United's 4-1 Scottish Cup win over Aberdeen?
What was the Inter-American Development Bank's cumulative lending at the end of 1986?
What annual dividend will USX's new convertible preference stock pay?
What coupon does Thesing's Swiss franc bond carry?
What annual labour subsidy did the Dutch government withdraw from Rotterdam's general cargo sector?
At what price can Evans and Sutherland's 1987 convertible debentures be converted into stock?
How big a write-down could New England Electric face on its oil and gas unit?
What is the current rate of the U.S. research tax credit, as of April 1987?
How much was the U.S. Air Force computer deal reportedly lost by Toshiba worth?
How much does Faberge's fraud suit against Porterfield Buying Unit seek?
To what level will Exim raise exporters' commercial-risk cover on medium-term guarantees?
What profit did Lenovo make in the three months to December, shortly after agreeing to buy IBM's PC unit?
How much did reported fraud cost US consumers in 2004?
What share of Colombia's 1987 exports will go on debt servicing?
What net profit did Ahold earn in 1986?
Who is Cable and Wireless's manager in Qatar?
Who is president of Portland lumber firm Niedermeyer-Martin?
Which firm managed Evans and Sutherland's 50 mln dlr convertible debenture offering?
Whom will Gordon Macklin succeed as chairman of Hambrecht and Quist?
Which Assistant Treasury Secretary backed extending the research tax credit in 1987?
Which Toshiba senior vice-president spoke on the Toshiba Machine export scandal?
Which French statistics office reported fourth-quarter 2004 GDP growth of 0.8%?
Who represents Adrian Mutu as his agent?
Who scored twice for Dundee United in their 4-1 Scottish Cup win over Aberdeen?
Which Indian budget airline agreed to buy ten Boeing 737-800 planes?
Who is president of the U.S. Export-Import Bank?
Where is the Rohm and Haas plant whose workers showed high cancer death rates?
In which city did Computone Systems file its chapter 11 plan?
In which court did three Dutch leasing firms sue IBM Nederland?
What is Scicon's automation contract for Ford's Hermosillo plant worth?
What salary will Gordon Macklin receive as chairman of Hambrecht and Quist?
How much is Lockheed's P-3 Orion agreement with Hindustan Aeronautics worth?
How much will Quentin Tarantino be paid to make the Friday the 13th sequel?
How many ounces of gold did the D'Or Val mine produce in 1986?""".split("\n")
_qs = {i['question'] for i in items}
for c in CUT:
    assert c in _qs, c
items = [i for i in items if i['question'] not in CUT]
