# Draft questions for archive-zp (appended as written). A(...) = answerable, U(...) = unanswerable near miss.
# chk: regexes that must ALL match another archive record for it to be a candidate 'also' (last regex = answer form).
# absent: list of searches (each a list of regexes that must all match one record) run over all three files.
Q = []
def A(t, q, a, d, s, e, n, chk):
    Q.append(dict(type=t, question=q, answers=a, doc=d, source=s, evidence=e, normalized=n, chk=chk))
def U(t, q, about, absent):
    Q.append(dict(type=t, question=q, answers=[], doc=None, source=None, evidence=None, normalized=None, about=about, absent=absent))
R, B, G = 'reuters21578', 'bbc', 'agnews'
USD = lambda x: {"amount": float(x), "currency": "USD"}
P = lambda x: {"percent": float(x)}
N = lambda x: {"count": x}

# ---- reuters 347 (Philippine debt)
A('how_many', "How many banks sat on the Philippines' bank advisory committee in its 1987 debt talks?", ["12"], '347', R,
  "the country's 12-bank advisory committee", N(12), [r'Philippin', r'advisory committee', r'\b12\b'])
A('how_much', "How much Philippine debt falling due was Manila seeking to restructure in its 1987 bank talks?", ["3.6 billion dlrs"], '347', R,
  "restructuring 3.6 billion dlrs of debt repayments", USD(3.6e9), [r'Philippin|Manila', r'3\.6 billion dlrs'])
U('who', "Who chaired Business Day, the Manila newspaper that reported the Philippine debt bond plan?", ('reuters21578','347'),
  [[r'Business Day', r'chairman|publisher|editor|owner']])
# ---- 1809 Channon
A('who', "Who was Britain's trade secretary in March 1987?", ["Paul Channon", "Channon"], '1809', R,
  "Paul Channon, secretary for trade and industry", None, [r'Channon', r'Trade and Industry Secretary', r'Trade and Industry Secretary (Paul\)? )?Channon|Trade and Industry Secretary Paul Channon|Industry Secretary Paul\) Channon'])
A('how_much', "How large was Japan's 1986 trade surplus with EC nations, according to Paul Channon?", ["16.7 billion dlrs"], '1809', R,
  "with EC nations, 16.7 billion dlrs", USD(16.7e9), [r'Channon', r'16\.7 billion'])
A('who', "Which Belgian minister warned in March 1987 that the EC would tax U.S. exports if the textile bill passed?", ["Herman De Croo", "De Croo"], '1809', R,
  "Belgian Trade Minister Herman De Croo", None, [r'De Croo', r'textile'])
# ---- 3020 Poehl
A('where', "In which city did Deutsche Bank hold the closed symposium where Poehl hinted at a German rate cut?", ["Duesseldorf"], '3020', R,
  "a symposium in Duesseldorf last week organised by Deutsche Bank Ag", None, [r'Poehl', r'symposium', r'Duesseldorf'])
A('how_many', "Roughly how many bankers heard Karl Otto Poehl at the Duesseldorf symposium in March 1987?", ["about 200", "200"], '3020', R,
  "Poehl told about 200 bankers", N(200), [r'Poehl', r'200 bankers'])
U('when', "On what date did Karl Otto Poehl address the Deutsche Bank symposium in Duesseldorf?", ('reuters21578','3020'),
  [[r'Poehl', r'Duesseldorf'], [r'Poehl', r'symposium']])
# ---- 3484 Japan car exports
A('how_many', "How many vehicles did Japan ship to Europe in January 1987?", ["174,133 units", "174,133"], '3484', R,
  "rose 38 pct from a year earlier to 174,133 units", N(174133), [r'174,133'])
A('how_much', "By what percentage did Japanese vehicle exports to Europe drop year-on-year in December 1986?", ["70.4 pct"], '3484', R,
  "exports fell 70.4 pct year-on-year", P(70.4), [r'Japan', r'export', r'70\.4 pct'])
U('how_many', "How many vehicles did Japan export to the EC in December 1986?", ('reuters21578','3484'),
  [[r'Japan', r'(vehicle|car)', r'export', r'December', r'(EC|Europe)', r'units'], [r'70\.4 pct'], [r'Japan', r'December', r'vehicle|car', r'Europe|EC', r'[0-9,]+ (units|vehicles|cars)']])
# ---- 10779 chip row
A('who', "Who chaired the Electronic Industries Association of Japan during the 1987 chip dispute?", ["Shoichi Saba", "Saba"], '10779', R,
  "said Shoichi Saba, Chairman of the Electronic Industries Association of Japan", None, [r'Electronic Industries Association of Japan|Saba', r'Saba'])
U('how_much', "How much did Japanese chipmakers lose in sales because of the 1987 U.S. tariffs?", ('reuters21578','10779'),
  [[r'(chip|semiconductor)', r'tariff', r'(lost|loss|lose)', r'sales']])
# ---- 14987 Stoltenberg
A('how_much', "By how much had the mark risen against the dollar, according to Stoltenberg in April 1987?", ["85 pct"], '14987', R,
  "the mark was up 85 pct against the dollar", P(85), [r'mark', r'85 pct'])
# ---- 19428 Zondervan
A('how_many', "How many Zondervan shares did the Altschul and Apostolakis group sell in June 1987?", ["89,000 shares", "89,000"], '19428', R,
  "it sold 89,000 shares between June 9 and 15", N(89000), [r'Zondervan', r'89,000'])
A('how_much', "What stake in Zondervan was Miwok Capital Corp holding in June 1987?", ["10.6 pct"], '19428', R,
  "a California broker with a 10.6 pct stake", P(10.6), [r'Miwok', r'10\.6 pct'])
A('where', "Where is stockbroker Jeffrey Wendel based?", ["Minneapolis"], '19428', R,
  "Minneapolis stockbroker Jeffrey Wendel", None, [r'Wendel', r'Minneapolis'])
U('where', "In which city is Zondervan Corp headquartered?", ('reuters21578','19428'),
  [[r'Zondervan', r'headquarter'], [r'Zondervan', r'based'], [r'Zondervan', r'Grand Rapids'], [r'Zondervan', r'Mich']])
# ---- 3187 Brazil coffee
A('who', "Who was production director of the Brazilian Coffee Institute in March 1987?", ["Oripes Gomes", "Gomes"], '3187', R,
  "IBC production director Oripes Gomes", None, [r'Oripes|Gomes', r'IBC|Coffee Institute', r'Gomes'])
A('how_many', "How many bags of coffee had Brazilian growers delivered to the IBC by early March 1987?", ["2.2 mln bags", "2.2 mln"], '3187', R,
  "producers have already delivered 2.2 mln bags", N(2200000), [r'IBC', r'deliver', r'2\.2 mln bags'])
# ---- 5903 Genetics Institute
A('where', "Where is the plant Genetics Institute bought from Henley Group?", ["Andover, Mass.", "Andover"], '5903', R,
  "a 139,000 square foot plant on 50 acres in Andover, Mass.", None, [r'Genetics Institute', r'Andover'])
A('how_much', "What did Genetics Institute pay Henley Group for its plant?", ["15.3 mln dlrs"], '5903', R,
  "from Henley Group Inc <HENG> for 15.3 mln dlrs", USD(15.3e6), [r'Genetics Institute', r'15\.3 mln'])
U('who', "Who was the chief executive of Genetics Institute in 1987?", ('reuters21578','5903'),
  [[r'Genetics Institute', r'chief executive'], [r'Genetics Institute', r'president'], [r'Genetics Institute', r'chairman'], [r'Genetics Institute', r'\bCEO\b'], [r'Schmergel'], [r'Genetics Institute', r'executive|officer']])
# ---- 6343 Japan quake
A('how_many', "How far offshore was the epicentre of the March 1987 earthquake near Hyuga?", ["40 km"], '6343', R,
  "40 km offshore east of the city of Hyuga", N(40), [r'Hyuga', r'40 (km|kilomet)'])
A('where', "In which prefecture did a man die in the March 1987 southwest Japan earthquake?", ["Miyazaki prefecture", "Miyazaki"], '6343', R,
  "A man died in Miyazaki prefecture", None, [r'(quake|earthquake)', r'Miyazaki'])
U('how_many', "How many houses were destroyed in the March 1987 Kyushu earthquake?", ('reuters21578','6343'),
  [[r'(quake|earthquake)', r'Kyushu|Miyazaki|Hyuga', r'(house|home|building)s? (were |was )?(destroy|collaps|damag)'], [r'(quake|earthquake)', r'Kyushu|Miyazaki|Hyuga']])
# ---- 8615 TMOC / Santos
A('how_much', "What per-share price did Santos bid for TMOC Resources?", ["4.00 dlr", "four dlrs"], '8615', R,
  "Santos Ltd's <STOS.S> 4.00 dlr a share takeover bid", {"amount": 4.0, "currency": "AUD"}, [r'TMOC', r'Santos', r'4\.00 dlr|four dlrs'])
A('how_much', "How much of TMOC Resources did Elders Resources own?", ["19.9 pct"], '8615', R,
  "Elders Resources holds 19.9 pct of TMOC's 62 mln shares", P(19.9), [r'TMOC', r'19\.9 pct'])
A('who', "Which firm was TMOC Resources' corporate adviser on the Santos bid?", ["Macquarie Hill Samuel Corporate Services", "Macquarie Hill Samuel"], '8615', R,
  "advice from Macquarie Hill Samuel Corporate Services, its corporate advisor", None, [r'TMOC', r'Macquarie'])
U('who', "Who was the managing director of TMOC Resources during the 1987 Santos bid?", ('reuters21578','8615'),
  [[r'TMOC', r'managing director'], [r'TMOC', r'chief executive'], [r'TMOC', r'chairman'], [r'Moonie', r'chairman|director|executive']])
# ---- 11332 New Plan Realty
A('when', "When did New Plan Realty Trust plan to redeem its 8-3/8 pct convertible debentures?", ["April 30"], '11332', R,
  "it plans to redeem on April 30", "1987-04-30", [r'New Plan Realty', r'redeem', r'April 30'])
A('how_much', "What was the conversion price on New Plan Realty Trust's 8-3/8 pct debentures?", ["11.49 dlrs"], '11332', R,
  "The current adjusted conversion price is 11.49 dlrs a share", USD(11.49), [r'New Plan', r'11\.49'])
A('who', "Which bank was trustee for New Plan Realty Trust's convertible debentures?", ["Bankers Trust"], '11332', R,
  "Bankers Trust is the trustee for the debentures", None, [r'New Plan Realty', r'trustee'])
# ---- 12879 China prices
A('how_many', "For how many years had China kept its sugar selling price frozen, as of April 1987?", ["20 years"], '12879', R,
  "the selling price of sugar has not changed for 20 years", N(20), [r'sugar', r'China', r'20 years'])
A('how_much', "What share of China's sugar mills were losing money or shut in early 1987?", ["more than 40 pct", "40 pct"], '12879', R,
  "more than 40 pct of China's sugar mills were losing money or had closed", P(40), [r'China', r'sugar mills', r'40 pct'])
U('how_much', "How much did China's state subsidies for sugar cost in 1986?", ('reuters21578','12879'),
  [[r'China', r'sugar', r'subsid'], [r'Chin', r'price subsid']])
# ---- 17274 Baldrige
A('where', "Where was Malcolm Baldrige when he urged Nakasone to bring specific trade proposals in April 1987?", ["Hong Kong"], '17274', R,
  "during a stopover in Hong Kong", None, [r'Baldrige', r'Nakasone', r'Hong Kong'])
# ---- 19890 CXR / Torotel
A('how_much', "How much did CXR Telcom originally pay for Torotel's Halcyon Communications unit?", ["10.3 mln dlr"], '19890', R,
  "the 10.3 mln dlr price it paid for Halycon was excessive", USD(10.3e6), [r'Halcyon|Halycon', r'10\.3 mln'])
A('how_much', "How much cash did CXR agree to pay Torotel to end the Halcyon litigation?", ["1,350,000 dlrs"], '19890', R,
  "CXR to pay to Torotel 1,350,000 dlrs", USD(1350000), [r'Torotel', r'1,350,000|1\.35 mln'])
A('where', "In which city's federal court did CXR sue over its Halcyon purchase?", ["San Francisco"], '19890', R,
  "CXR filed the suit in San Francisco federal court", None, [r'CXR', r'San Francisco'])
A('when', "When did CXR Telcom buy Halcyon Communications from Torotel?", ["March, 1986"], '19890', R,
  "the sale of Torotel's former Halcyon Communications Inc unit to CXR in March, 1986", "1986-03", [r'Halcyon|Halycon', r'March,? 1986'])
U('who', "Who was chief executive of Torotel Inc in 1987?", ('reuters21578','19890'),
  [[r'Torotel', r'chief executive'], [r'Torotel', r'president'], [r'Torotel', r'chairman']])
# ---- 19946 Robins / Rorer
A('how_much', "What was Rorer Group's June 1987 share-swap proposal for A.H. Robins worth?", ["about 720 mln dlrs", "720 mln dlrs"], '19946', R,
  "a share swap worth about 720 mln dlrs", USD(720e6), [r'Rorer', r'Robins', r'720 mln'])
A('how_many', "How many Dalkon Shield claims would the trusts in Rorer's second Robins bid have to handle?", ["about 320,000", "320,000"], '19946', R,
  "about 320,000 claims by women", N(320000), [r'Dalkon', r'320,000'])
A('when', "Until when did Rorer extend its deadline for a response from A.H. Robins?", ["July 2"], '19946', R,
  "extend until 1800 EDT July 2 its deadline", "1987-07-02", [r'Rorer', r'Robins', r'July 2\b'])
U('who', "Who was chairman of Rorer Group during its 1987 bid for A.H. Robins?", ('reuters21578','19946'),
  [[r'Rorer', r'chairman'], [r'Rorer', r'chief executive'], [r'Rorer', r'president'], [r'Eckman'], [r'Rorer']])
# ---- 20824 Edelman / Telex
A('how_much', "How much per share was Asher Edelman's group offering for Telex Corp in October 1987?", ["65 dlr"], '20824', R,
  "its 65 dlr per share bid for Telex Corp", USD(65), [r'Telex', r'Edelman', r'65 dlr'])
A('who', "Who headed merchant banking at Shearson Lehman in October 1987?", ["Daniel Good", "Good"], '20824', R,
  "said Daniel Good, head of Shearson Lehman merchant banking", None, [r'Daniel Good'])
A('how_much', "How much bridge financing did Shearson agree to give the Edelman group for its Telex bid?", ["up to 600 mln dlrs", "600 mln dlrs"], '20824', R,
  "bridge financing of up to 600 mln dlrs for the Edelman group", USD(600e6), [r'Telex', r'bridge', r'600 mln'])
U('who', "Who was chairman of Telex Corp when Edelman bid for it?", ('reuters21578','20824'),
  [[r'Telex', r'chairman'], [r'Telex', r'chief executive'], [r'Telex', r'president'], [r'Telex Corp|TLX|Telex <TC>', r'chairman|chief executive|president|officer']])
# ---- 9370 Drexel
A('how_much', "How much capital did Drexel Burnham Lambert say it had in March 1987?", ["1.9 billion dlrs"], '9370', R,
  "We have capital of 1.9 billion dlrs", USD(1.9e9), [r'Drexel', r'1\.9 billion'])
# ---- 2119 World Bank package
A('how_much', "How big was the World Bank multicurrency financing package coordinated by DG Bank in March 1987?", ["232 mln U.S. Dlrs", "232 mln"], '2119', R,
  "a multicurrency financing package totalling 232 mln U.S. Dlrs", USD(232e6), [r'World Bank', r'232 mln'])
A('when', "When does the World Bank's 250 mln mark five-year eurobond led by DG Bank mature?", ["March 17, 1992"], '2119', R,
  "matures on March 17, 1992", "1992-03-17", [r'World Bank', r'March 17, 1992'])
A('who', "Which bank led the five billion yen bond in the World Bank's March 1987 financing package?", ["The Norinchukin Bank", "Norinchukin Bank", "Norinchukin"], '2119', R,
  "led by The Norinchukin Bank", None, [r'World Bank', r'Norinchukin'])
# ---- 17424 NY meat cutters
A('how_many', "How many New York City meat cutters does UFCW local 174 represent?", ["1,900"], '17424', R,
  "representing 1,900 meat cutters in New York city", N(1900), [r'meat cutters', r'1,900'])
A('when', "When did the New York meat cutters' contract expire in 1987?", ["April 26"], '17424', R,
  "The contract expired April 26", "1987-04-26", [r'meat', r'local 174|UFCW', r'April 26'])
U('who', "Who was the chief negotiator for the Greater New York Association of Meat and Poultry Dealers?", ('reuters21578','17424'),
  [[r'Association of Meat and Poultry'], [r'meat cutters', r'negotiat']])
# ---- 5184 Saudi
A('how_much', "How much did Saudi Arabia draw from its reserves in its 1987 budget, according to its commerce minister?", ["more than 50 billion riyals", "50 billion riyals"], '5184', R,
  "drawing down more than 50 billion riyals of reserves", {"amount": 50e9, "currency": "SAR"}, [r'Saudi', r'reserves', r'50 billion riyals'])
A('who', "Who was Saudi Arabia's commerce minister in March 1987?", ["Suleiman Abdulaziz al-Salim", "Salim"], '5184', R,
  "Commerce Minister Suleiman Abdulaziz al-Salim", None, [r'Saudi', r'Commerce Minister', r'Salim'])
# ---- 18510 Finland
A('how_much', "By how much did the Bank of Finland expect industrial investment to grow in 1987?", ["10 pct"], '18510', R,
  "Finnish industrial investment will rise 10 pct in 1987", P(10), [r'Finland|Finnish', r'investment', r'10 pct'])
# ---- 4011 Cetus
A('who', "Which company's scientists developed a one-day prenatal test for sickle cell anemia?", ["Cetus Corp", "Cetus"], '4011', R,
  "developed by Cetus Corp <CTUS> researchers", None, [r'sickle', r'Cetus'])
U('when', "When will the Cetus sickle cell prenatal test go on the market?", ('reuters21578','4011'),
  [[r'sickle'], [r'Cetus', r'(test|diagnos)', r'(market|sale|launch|availab)']])
# ---- 16162 gold
A('how_much', "At what price was gold fixed in London on the morning of April 13, 1987?", ["436.50 dlrs"], '16162', R,
  "was fixed this morning at 436.50 dlrs", USD(436.50), [r'gold', r'436\.50'])
A('how_much', "What was platinum's morning fix in London on April 13, 1987?", ["583.50 dlrs"], '16162', R,
  "Platinum was fixed this morning at 583.50 dlrs an ounce", USD(583.50), [r'platinum', r'583\.50'])
# ---- 5005 Rockwell
A('how_many', "How many shares had Rockwell International bought back from March 1986 to March 1987?", ["10.4 mln shares", "10.4 mln"], '5005', R,
  "it has bought 10.4 mln shares for 461 mln dlrs", N(10400000), [r'Rockwell', r'10\.4 mln'])
A('how_much', "How much did Rockwell spend buying back 18.1 mln shares since November 1983?", ["672 mln dlrs"], '5005', R,
  "the company has repurchased 18.1 mln shares for 672 mln dlrs", USD(672e6), [r'Rockwell', r'672 mln'])
# ---- 3855 ethanol
A('how_much', "How much is the federal excise tax exemption per gallon for ethanol-blended gasoline?", ["six cents"], '3855', R,
  "receives a six cents per gallon exemption from a nine cent federal excise tax", USD(0.06), [r'ethanol', r'exemption', r'six cents|six cts|6 cents'])
A('when', "When was the U.S. ethanol tax exemption due to run out, as of 1987?", ["the end of 1992", "1992"], '3855', R,
  "The exemption is to expire the end of 1992", "1992", [r'ethanol', r'exemption', r'1992'])
# ---- 11418 Arvin
A('who', "Who was chairman of Arvin Industries in March 1987?", ["James Baker"], '11418', R,
  "Chairman James Baker said", None, [r'Arvin', r'James Baker'])
A('how_much', "What revenue did Arvin Industries report for 1986?", ["995.6 mln"], '11418', R,
  "Arvin's 1986 revenues were 995.6 mln", USD(995.6e6), [r'Arvin', r'995\.6'])
U('how_much', "How much did Arvin Industries pay for Systems Research Laboratories?", ('reuters21578','11418'),
  [[r'Systems Research Lab'], [r'Arvin', r'Systems Research']])
# ---- 5335 Avia
A('where', "In which court did Avia Group shareholders sue to stop the Reebok sale?", ["Multnomah County Circuit court", "Multnomah County"], '5335', R,
  "filed a class a action suit in Multnomah County Circuit court", None, [r'Avia', r'Multnomah'])
A('how_many', "How many Avia shares did plaintiff Robert Withers hold?", ["954 shares", "954"], '5335', R,
  "Robert Withers, also of the Portland-area, who owns 954 shares", N(954), [r'Withers', r'954'])
# ---- 4916 IADB
A('how_much', "How large were Latin America's 1986 capital outflows, by the estimates Ortiz Mena declined to endorse?", ["35 billion dlrs"], '4916', R,
  "capital outflows from Latin America last year totaled 35 billion dlrs", USD(35e9), [r'Latin', r'capital (outflow|flight)', r'35 billion'])
U('how_many', "How many member countries did the Inter-American Development Bank have in 1987?", ('reuters21578','4916'),
  [[r'Inter-American Development Bank', r'member (countries|nations|states)'], [r'IADB|IDB', r'members'], [r'Inter-American Development Bank', r'[0-9]+ members']])
# ---- 19594 supertankers
A('how_many', "What is the tonnage of the Norwegian supertanker Mia Margrethe?", ["224,607 tonne", "224,607"], '19594', R,
  "The 224,607 tonne Norwegian ship Mia Margrethe", N(224607), [r'Margrethe', r'224,607'])
A('where', "Where did the tankers Mia Margrethe and Stena Concordia anchor after Iranian gunboat attacks?", ["off Bahrain", "Bahrain"], '19594', R,
  "have anchored off Bahrain for damage inspection", None, [r'Margrethe|Stena Concordia', r'Bahrain'])
U('how_many', "How many crew were aboard the Stena Concordia when Iranian gunboats hit it?", ('reuters21578','19594'),
  [[r'Stena Concordia'], [r'Concordia', r'crew']])
# ---- 14572 Westmin
A('how_many', "What daily ore capacity is Westmin Resources targeting at Myra Falls?", ["4,400 short tons", "4,400"], '14572', R,
  "by 33 pct to 4,400 short tons of ore a day", N(4400), [r'Myra Falls', r'4,400'])
A('how_much', "What will Westmin's Myra Falls expansion cost?", ["about 24 mln dlrs", "24 mln dlrs"], '14572', R,
  "the expansion will cost about 24 mln dlrs", {"amount": 24e6, "currency": "CAD"}, [r'Myra Falls|Westmin', r'24 mln'])
A('where', "In which province is Westmin's Myra Falls mine?", ["British Columbia"], '14572', R,
  "its Myra Falls, British Columbia, base and precious metal mine", None, [r'Myra Falls', r'British Columbia'])
A('how_many', "How many ounces of gold did Myra Falls produce in 1986?", ["44,000 ounces", "44,000"], '14572', R,
  "Myra Falls 1986 production was 44,000 ounces of gold", N(44000), [r'Myra Falls', r'44,000'])
U('how_many', "How many people work at Westmin's Myra Falls complex?", ('reuters21578','14572'),
  [[r'Myra Falls'], [r'Westmin', r'employ|workers|staff|workforce']])
# ---- 10016 Rowntree
A('who', "Which firm arranged Rowntree Mackintosh's 200 mln stg multiple option facility?", ["County Natwest Capital Markets Ltd", "County Natwest"], '10016', R,
  "County Natwest Capital Markets Ltd said as arranger", None, [r'Rowntree', r'County Natwest'])
# ---- 16032 Reye's
A('who', "Which doctor accused aspirin makers of delaying the Reye's Syndrome warning label?", ["Dr Edward Mortimer", "Edward Mortimer", "Mortimer"], '16032', R,
  "Dr Edward Mortimer of Case Western Reserve University", None, [r"Reye", r'Mortimer'])
A('how_much', "What share of Reye's Syndrome victims does the disease kill?", ["about 20 per cent", "20 per cent"], '16032', R,
  "kills about 20 per cent of its victims", P(20), [r"Reye", r'(kill|fatal|die|death|mortality)', r'[0-9]+ (per cent|pct|percent)'])
# ---- 3877 Vaskevitch
A('who', "Which Merrill Lynch London executive did the SEC accuse of running an insider trading scheme in March 1987?", ["Nahum Vaskevitch", "Vaskevitch"], '3877', R,
  "Nahum Vaskevitch, managing director of the Mergers and Acquisitions Department", None, [r'Vaskevitch'])
A('how_many', "About how many companies did Nahum Vaskevitch allegedly leak inside information on?", ["12"], '3877', R,
  "Vaskevitch leaked information about 12 companies", N(12), [r'Vaskevitch', r'12 companies'])
U('how_many', "How old was Nahum Vaskevitch when the SEC charged him?", ('reuters21578','3877'),
  [[r'Vaskevitch', r'[0-9]+-year|aged|age [0-9]'], [r'Vaskevitch', r', [0-9][0-9],']])
# ---- 20742 Chrysler
A('how_many', "How many shares a month was Chrysler repurchasing in 1987?", ["750,000 shares", "750,000"], '20742', R,
  "Chrysler said it bought 750,000 shares a month", N(750000), [r'Chrysler', r'750,000'])
A('how_many', "How many common shares outstanding is Chrysler aiming for?", ["200 mln", "200 mln common shares"], '20742', R,
  "its current goal is to have 200 mln common shares outstanding", N(200000000), [r'Chrysler', r'200 mln (common )?shares'])
# ---- 706 Rospatch
A('how_much', "What did Diagnostic Retrieval Systems offer per Rospatch share?", ["22 dlrs"], '706', R,
  "today's acquisition bid by Diagnostic Retrieval Systems Inc for 22 dlrs a share", USD(22), [r'Rospatch', r'Diagnostic', r'22 dlrs'])
A('who', "Who was Rospatch's chief executive in early 1987?", ["J.A. Parini", "Parini"], '706', R,
  "J.A. Parini, Rospatch chief executive", None, [r'Rospatch', r'Parini'])
A('when', "When did J.A. Parini respond to the Brookehill Group's Rospatch stake?", ["January eight"], '706', R,
  "responded on January eight", "1987-01-08", [r'Parini', r'January (8|eight)'])
U('where', "Where is Diagnostic Retrieval Systems headquartered?", ('reuters21578','706'),
  [[r'Diagnostic Retrieval', r'headquarter'], [r'Diagnostic Retrieval', r'based'], [r'Diagnostic Retrieval']])
# ---- 3068 Bank of France
A('how_much', "To what level did the Bank of France lower its intervention rate on March 9, 1987?", ["7-3/4 pct"], '3068', R,
  "cut its money market intervention rate to 7-3/4 pct from eight pct", P(7.75), [r'Bank of France', r'intervention rate', r'7-3/4'])
A('when', "When was the 1987 EMS realignment that put the French franc under pressure?", ["January 11"], '3068', R,
  "ahead of the EMS realignment on January 11", "1987-01-11", [r'(EMS|European Monetary System)', r'realign', r'January 1[12]|Jan 1[12]|January 10'])
# ---- 12198 Platte River
A('how_many', "How many firms bid for Platte River Power Authority's 1987 taxable bonds?", ["22"], '12198', R,
  "Underwriters said 22 firms bid for them", N(22), [r'Platte River', r'22 firms'])
A('who', "Which firm won Platte River Power Authority's taxable power revenue bonds?", ["First Boston Corp", "First Boston"], '12198', R,
  "First Boston Corp, acting as sole manager", None, [r'Platte River', r'First Boston'])
U('how_much', "What yield did the Platte River Power Authority taxable bonds carry?", ('reuters21578','12198'),
  [[r'Platte River', r'yield'], [r'Platte River']])
# ================= BBC
A('how_much', "What level did the dollar hit against the euro in New York after Greenspan's London speech before the G7 meeting?", ["$1.2871"], 'business/002', B,
  "the dollar reached $1.2871 against the euro", USD(1.2871), [r'1\.2871'])
A('who', "Who heads currency strategy at Bank of America in New York?", ["Robert Sinche", "Sinche"], 'business/002', B,
  "said Robert Sinche, head of currency strategy at Bank of America in New York", None, [r'Sinche'])
A('who', "Who is chief executive of Cadbury Schweppes?", ["Todd Stitzer", "Stitzer"], 'business/143', B,
  "said chief executive Todd Stitzer", None, [r'Cadbury', r'Stitzer'])
A('how_much', "What were Cadbury Schweppes' underlying pre-tax profits for 2004?", ["£933m", "$1.78bn"], 'business/143', B,
  "Underlying pre-tax profits rose 1% to £933m ($1.78bn) in 2004", {"amount": 933e6, "currency": "GBP"}, [r'Cadbury', r'933'])
A('how_many', "Roughly how many people does Cadbury Schweppes employ in the UK?", ["about 7,000", "7,000"], 'business/143', B,
  "with about 7,000 in the UK", N(7000), [r'Cadbury', r'7,000'])
U('who', "Who is the finance director of Cadbury Schweppes?", ('bbc','business/143'),
  [[r'Cadbury', r'finance director'], [r'Cadbury', r'chief financial|CFO'], [r'Cadbury', r'finance chief'], [r'Cadbury', r'financial director|finance boss']])
A('how_much', "How much is Federated Department Stores paying for May Department Stores?", ["$11bn", "£5.7bn"], 'business/155', B,
  "to buy rival May Department Stores for $11bn (£5.7bn)", USD(11e9), [r'Federated', r'May', r'11bn|11 billion'])
A('who', "Which May Department Stores chairman quit in January before the Federated deal?", ["Gene Kahn", "Kahn"], 'business/155', B,
  "May's chairman and chief executive Gene Kahn resigned in January", None, [r'Kahn', r'May'])
A('how_many', "About how many stores will the combined Federated and May chain operate?", ["about 1,000", "1,000"], 'business/155', B,
  "The combined firm will operate about 1,000 stores across the US", N(1000), [r'Federated', r'May', r'1,000 stores'])
U('who', "Who replaced Gene Kahn as chief executive of May Department Stores?", ('bbc','business/155'),
  [[r'Gene Kahn'], [r'May Department Stores', r'(succeed|replace|new chief|interim)']])
A('how_much', "How much did Rosneft pay for Yukos' Yugansk unit?", ["$9.3bn", "£5bn"], 'business/230', B,
  "State-owned Rosneft bought the unit for $9.3bn (£5bn)", USD(9.3e9), [r'Rosneft', r'Yugansk|Yuganskneftegas', r'9\.3bn|9\.35bn|9\.3 billion'])
A('where', "In which US city did Yukos file for bankruptcy?", ["Houston", "Houston, Texas"], 'business/230', B,
  "filed for bankruptcy in Houston, Texas", None, [r'Yukos', r'Houston'])
A('how_many', "How many with-profits investors were hit by Axa Sun Life's bonus cut?", ["up to 50,000", "50,000"], 'business/281', B,
  "annual bonus payouts for up to 50,000 with-profits investors", N(50000), [r'Axa', r'50,000'])
A('how_much', "To what rate did Axa Sun Life cut regular annual bonuses on former Equity & Law policies for 2004?", ["1%"], 'business/281', B,
  "are to be cut from 2% to 1% for 2004", P(1), [r'Axa', r'Equity', r'to 1%'])
A('how_many', "How many Tutsis did the hotel manager in Hotel Rwanda save?", ["1,200"], 'entertainment/047', B,
  "the hotel manager who saved 1,200 Tutsis", N(1200), [r'Rusesabagina|Hotel Rwanda', r'1,2[0-9]{2}'])
A('where', "In which country was most of Hotel Rwanda filmed?", ["South Africa"], 'entertainment/047', B,
  "Hotel Rwanda was shot mostly in South Africa", None, [r'Hotel Rwanda', r'(shot|film).{0,40}South Africa'])
U('how_much', "How much did Hotel Rwanda cost to make?", ('bbc','entertainment/047'),
  [[r'Hotel Rwanda', r'budget'], [r'Hotel Rwanda', r'cost'], [r'Hotel Rwanda', r'\$[0-9]|£[0-9]']])
A('where', "At which festival did Scissor Sisters play their award-winning gig of the year?", ["V Festival"], 'entertainment/128', B,
  "their performance at this year's V Festival", None, [r'Scissor Sisters', r'V Festival'])
A('how_many', "How many Virgin Radio listeners voted in the gig of the year survey won by Scissor Sisters?", ["nearly 4,000", "4,000"], 'entertainment/128', B,
  "voted for by nearly 4,000 listeners", N(4000), [r'Scissor Sisters', r'4,000'])
A('how_many', "How many episodes of Lisa Kudrow's HBO series Comeback were ordered?", ["Thirteen", "13"], 'entertainment/176', B,
  "Thirteen episodes of Comeback have been commissioned", N(13), [r'Kudrow', r'Comeback', r'[Tt]hirteen|13 episodes'])
A('how_many', "How old was Colin Farrell when he made his Scrubs cameo?", ["28"], 'entertainment/224', B,
  "The episode featuring the 28-year-old", N(28), [r'Farrell', r'28'])
A('when', "When did Colin Farrell appear in the BBC series Ballykissangel?", ["1999"], 'entertainment/224', B,
  "Ballykissangel in 1999", "1999", [r'Farrell', r'Ballykissangel'])
A('who', "Who is Ernst & Young's UK head of tax?", ["Aidan O'Carroll", "O'Carroll"], 'politics/354', B,
  "said Aidan O'Carroll, E&Y's UK head of tax", None, [r"O'Carroll"])
A('how_much', "How much in tax rises did Oliver Letwin say independent experts considered inevitable if Labour won?", ["£8 billion", "£8bn"], 'politics/354', B,
  "it will not contain the £8 billion of tax rises", {"amount": 8e9, "currency": "GBP"}, [r'Letwin|Tory|Conservative', r'£8 ?b(illio)?n'])
A('how_many', "How old was Kelly Holmes when a hamstring injury ruled her out of the 2005 European Indoors?", ["34"], 'sport/055', B,
  "The 34-year-old made a cautious start to the season", N(34), [r'Holmes', r'3[0-9]-year-old'])
A('who', "Who coaches Kelly Holmes?", ["Margot Jennings", "Jennings"], 'sport/055', B,
  "her coach Margot Jennings", None, [r'Holmes', r'Jennings|coach'])
A('how_much', "How much did Blackburn pay to sign Barry Ferguson in 2003?", ["£6.5m"], 'sport/189', B,
  "who moved to Lancashire in 2003 for £6.5m", {"amount": 6.5e6, "currency": "GBP"}, [r'Ferguson', r'Blackburn|Rovers|Lancashire', r'6\.5m|7\.5m'])
A('how_much', "What was the size of Everton's accepted offer for Barry Ferguson?", ["£5m"], 'sport/189', B,
  "Blackburn accepted a £5m offer for Ferguson from Everton", {"amount": 5e6, "currency": "GBP"}, [r'Ferguson', r'Everton', r'£[0-9.]+m'])
U('how_much', "What weekly wage was Barry Ferguson earning at Blackburn?", ('bbc','sport/189'),
  [[r'Ferguson', r'(wage|salary|a week|per week)'], [r'Ferguson', r'Blackburn|Rovers', r'£[0-9,.]+(k| a week|,000)']])
A('when', "During which years did Gordon Strachan manage Coventry?", ["from 1996 to 2001", "1996 to 2001"], 'sport/270', B,
  "he led for five years from 1996 to 2001", None, [r'Strachan', r'Coventry', r'199[0-9]'])
A('who', "Who was Portsmouth's chairman when Gordon Strachan turned the club down?", ["Milan Mandaric", "Mandaric"], 'sport/270', B,
  "Pompey chairman Milan Mandaric", None, [r'Mandaric'])
A('how_much', "How much was raised for tsunami victims at the Dementieva-Williams Hong Kong final?", ["£115,000"], 'sport/456', B,
  "raising £115,000 for victims of the tsunami disaster", {"amount": 115000.0, "currency": "GBP"}, [r'Dementieva|Hong Kong', r'tsunami', r'£115'])
A('where', "Where was the 2005 Hong Kong Champions Challenge final between Dementieva and Venus Williams played?", ["Victoria Park"], 'sport/456', B,
  "at the Victoria Park tennis court", None, [r'Dementieva', r'Victoria Park'])
A('when', "In what year did Martina Navratilova first retire?", ["1994"], 'sport/462', B,
  "made a comeback after retiring in 1994", "1994", [r'Navratilova', r'retir', r'199[0-9]'])
A('who', "Who was Navratilova's doubles partner at the 2005 Gold Coast tournament?", ["Nathalie Dechy", "Dechy"], 'sport/462', B,
  "Navratilova will partner Nathalie Dechy", None, [r'Navratilova', r'Dechy|partner'])
# ================= AG News
A('how_much', "What is the planned Washington baseball ballpark expected to cost?", ["$440 million"], 'test-3410', G,
  "the $440 million ballpark", USD(440e6), [r'ballpark|stadium', r'Washington|D\.?C\.?', r'\$[0-9]+ million'])
A('how_many', "How old was Hubie Brown when he retired as Grizzlies coach?", ["71"], 'test-6800', G,
  "Hubie Brown, 71,", N(71), [r'Hubie Brown', r'\b7[0-9]\b'])
A('how_many', "How many Cosatu members were deported from Zimbabwe in the minibus incident?", ["12"], 'test-4844', G,
  "A 12-member delegation", N(12), [r'Cosatu', r'[0-9]+-member|[0-9]+ member'])
A('where', "To which border town was the Cosatu delegation driven before being deported?", ["Beitbridge"], 'test-4844', G,
  "driven to Beitbridge overnight", None, [r'Cosatu', r'Beitbridge'])
A('how_much', "By how much did Archer Daniels Midland's quarterly earnings rise when its shares hit a 6 1/2-year high?", ["77 percent"], 'test-4865', G,
  "a 77 percent increase in quarterly earnings", P(77), [r'Archer Daniels|ADM', r'77 percent|77%'])
A('who', "Which quarterback threw four touchdown passes in Lehigh's 49-18 win over Georgetown?", ["Mark Borda", "Borda"], 'test-5216', G,
  "Mark Borda throws four touchdown passes", None, [r'Borda'])
A('how_much', "What was the total purse at the Pennsylvania Classic led by Vijay Singh?", ["$4.2 million"], 'test-2504', G,
  "the $4.2 million Pennsylvania Classic", USD(4.2e6), [r'Pennsylvania Classic', r'\$[0-9.]+ million'])
A('how_much', "How big was IBM's third-quarter charge to settle pension lawsuit claims?", ["$320 million"], 'test-4031', G,
  "a $320 million charge", USD(320e6), [r'IBM', r'pension', r'\$320'])
A('how_much', "How much was the FCC's proposed indecency fine against Fox over Married by America?", ["nearly $1.2 million", "$1.2 million", "$1.2M"], 'test-3686', G,
  "a record indecency fine of nearly $1.2 million", USD(1.2e6), [r'Fox', r'Married by America|indecency', r'\$1\.2 ?(million|M)|1\.18'])
A('how_many', "How long a state of emergency did Iraq's interim government declare before the January 2005 elections?", ["60 days"], 'test-5246', G,
  "declared a state of emergency for 60 days", N(60), [r'Iraq', r'(state of emergency|martial law)', r'60[- ]day'])
A('who', "Whom did Marat Safin beat in the 2004 Paris Masters final?", ["Radek Stepanek", "Stepanek"], 'test-5249', G,
  "he beat Czech qualifier Radek Stepanek", None, [r'Safin', r'Stepanek'])
A('how_many', "How old was Candlestick Park when it was renamed Monster Park?", ["44"], 'test-2714', G,
  "44-year-old Candlestick Park", N(44), [r'Candlestick', r'[0-9]+-year-old'])
A('how_many', "How many A380 superjumbos does Thai Airways plan to buy?", ["six"], 'test-746', G,
  "plans to buy six Airbus A380 double-decker aircraft", N(6), [r'Thai Airways', r'A380'])
A('when', "When will Thai Airways take delivery of its A380 superjumbos?", ["2008 and 2009"], 'test-746', G,
  "delivered in 2008 and 2009", None, [r'Thai Airways', r'A380', r'200[0-9]'])
A('how_many', "How many ticket offices is Continental Airlines shutting to cut costs?", ["14"], 'test-2816', G,
  "Continental Airlines is closing 14 of its ticketing offices systemwide", N(14), [r'Continental', r'ticket'])
A('how_many', "How many megabytes of free e-mail storage does Yahoo now offer?", ["250 MB", "250"], 'test-5861', G,
  "from 100 megabytes to 250 MB", N(250), [r'Yahoo', r'storage', r'250 ?(MB|megabytes)'])
A('how_many', "How many points did Dwyane Wade score in Miami's 98-93 win over the Wizards?", ["29"], 'test-7448', G,
  "Dwyane Wade had 29 points", N(29), [r'Wade', r'98-93'])
A('how_many', "How many unions signed Alitalia's deal to split the airline in two?", ["eight"], 'test-2408', G,
  "Alitalia signed a deal with eight of nine unions", N(8), [r'Alitalia', r'unions'])
A('where', "In which city did Zapatero host Chirac and Schroeder for a summit on the EU constitution?", ["Madrid"], 'test-1550', G,
  "Spanish PM to host French, German allies in Madrid summit (AFP)", None, [r'Zapatero', r'Chirac', r'Schroeder'])
A('who', "Who led Ohio State to its 37-21 win over Michigan?", ["Troy Smith", "Smith"], 'test-6173', G,
  "Troy Smith threw for 241 yards", None, [r'Troy Smith|Ohio State', r'Michigan', r'37-21'])
A('how_many', "How many career wins did Greg Maddux have after beating the Expos for Dusty Baker's 1,000th victory?", ["302"], 'test-968', G,
  "his 302nd career win", N(302), [r'Maddux', r'302'])
# ---- extra near misses (added after first absence checks)
U('how_many', "How old is Cadbury Schweppes boss Todd Stitzer?", ('bbc','business/143'),
  [[r'Stitzer', r'[0-9]+-year|aged|age [0-9]|, [0-9][0-9],'], [r'Cadbury', r'chief executive', r'[0-9]+-year-old']])
U('how_many', "How old was Lisa Kudrow when HBO commissioned Comeback?", ('bbc','entertainment/176'),
  [[r'Kudrow', r'[0-9]+-year|aged|age [0-9]|, [0-9][0-9],'], [r'Kudrow']])
U('how_much', "How much will Thai Airways pay for its six A380s?", ('agnews','test-746'),
  [[r'Thai Airways', r'A380', r'\$|bln|billion|million|cost|worth|price|value'], [r'Thai Airways', r'(order|deal).{0,80}(\$|billion|million)']])
U('how_much', "How much will Continental Airlines save by closing ticket offices?", ('agnews','test-2816'),
  [[r'Continental', r'ticket', r'sav'], [r'Continental', r'ticket(ing)? office'], [r'Continental Airlines', r'cut costs|cost[- ]cutting', r'\$[0-9]']])
U('where', "Where is CXR Telcom headquartered?", ('reuters21578','19890'),
  [[r'CXR', r'based|headquarter'], [r'CXR', r'Calif|San Jose|Fremont|Mountain View'], [r'CXR']])
U('who', "Who owns the Norwegian supertanker Mia Margrethe?", ('reuters21578','19594'),
  [[r'Margrethe'], [r'Margrethe|Concordia', r'owner|owned|operator']])
U('how_many', "How many members does the Baltic International Freight Futures Exchange have?", ('reuters21578','5499'),
  [[r'BIFFEX|Baltic International Freight', r'[0-9,]+ members|membership|members? number'], [r'BIFFEX|Baltic International Freight', r'members']])
U('how_much', "At what price was silver fixed in London on April 13, 1987?", ('reuters21578','16162'),
  [[r'silver', r'fix', r'April 13|13 April'], [r'silver', r'fix(ed|ing) (this morning )?at'], [r'London', r'silver', r'fix']])
# ---- more when / where questions
A('when', "When was construction of Genetics Institute's Andover plant due to finish?", ["late 1987"], '5903', R,
  "Construction is to be completed by late 1987", "1987", [r'Genetics Institute', r'Andover', r'late 1987'])
A('when', "When could Westmin's Myra Falls expansion be running?", ["by 1988", "1988"], '14572', R,
  "could be in operation by 1988", "1988", [r'Myra Falls', r'1988'])
A('when', "When are New Plan Realty's 8-3/8 pct convertible debentures due?", ["Nov 15, 2000"], '11332', R,
  "convertible subordinated debentures due Nov 15, 2000", "2000-11-15", [r'New Plan', r'2000'])
A('when', "When do Platte River Power Authority's taxable power revenue bonds mature?", ["2005"], '12198', R,
  "taxable power revenue bonds due 2005", "2005", [r'Platte River', r'2005'])
A('when', "Gold's April 13, 1987 London fix was the highest since when?", ["October 8"], '16162', R,
  "The setting was the highest since October 8", "1986-10-08", [r'gold', r'fix', r'highest since October 8'])
A('when', "When did Rorer announce its second bid for A.H. Robins?", ["last Thursday"], '19946', R,
  "After Rorer announced its second bid for the company last Thursday", "1987-06-25", [r'Rorer', r'Robins', r'second (bid|offer|proposal)'])
A('when', "When had the Bank of France raised its intervention rate to eight pct?", ["January 2"], '3068', R,
  "raised from 7-1/4 pct on January 2", "1987-01-02", [r'Bank of France', r'intervention rate', r'January 2\b'])
A('when', "When was Colin Farrell's Scrubs episode due to air?", ["25 January"], 'entertainment/224', B,
  "will be screened on 25 January", None, [r'Farrell', r'Scrubs', r'January'])
A('when', "On what date will Gordon Brown deliver his pre-election Budget?", ["16 March"], 'politics/354', B,
  "will deliver his Budget to the House of Commons on 16 March", None, [r'Budget', r'16 March'])
A('when', "When did Barry Ferguson join Blackburn?", ["2003"], 'sport/189', B,
  "who moved to Lancashire in 2003", "2003", [r'Ferguson', r'Blackburn|Rovers|Lancashire', r'2003'])
U('when', "When did Candlestick Park open?", ('agnews','test-2714'),
  [[r'Candlestick'], [r'49ers', r'stadium|park', r'opened|built|19[56][0-9]']])
U('when', "When did Hubie Brown become Memphis Grizzlies coach?", ('agnews','test-6800'),
  [[r'Hubie'], [r'Grizzlies', r'coach', r'(hired|took over|named|since|appointed)']])
U('when', "When will Lisa Kudrow's Comeback premiere on HBO?", ('bbc','entertainment/176'),
  [[r'Kudrow'], [r'Comeback', r'HBO']])
A('where', "Where did Alan Greenspan give the speech that lifted the dollar before the G7 meeting?", ["London"], 'business/002', B,
  "Mr Greenspan's speech in London", None, [r'Greenspan', r'speech', r'in London'])
A('where', "Where did the Red Hot Chili Peppers play their runner-up gig of the year?", ["Hyde Park"], 'entertainment/128', B,
  "their Hyde Park performance in June", None, [r'Chili Peppers', r'Hyde Park'])
A('where', "Where is the Uncle Toby's Hardcourts tournament played?", ["Australia's Gold Coast", "Gold Coast"], 'sport/462', B,
  "the Uncle Toby's Hardcourts tournament on Australia's Gold Coast", None, [r"Uncle Toby", r'Gold Coast'])
A('where', "In which state is the Platte River Power Authority?", ["Colorado"], '12198', R,
  "Platte River Power Authority of Colorado", None, [r'Platte River', r'Colorado'])
A('where', "Where was Kelly Holmes to get intensive treatment for her hamstring?", ["South Africa"], 'sport/055', B,
  "Holmes will have now have intensive treatment in South Africa", None, [r'Holmes', r'hamstring', r'South Africa'])
U('where', "Where is Rowntree Mackintosh headquartered?", ('reuters21578','10016'),
  [[r'Rowntree', r'York'], [r'Rowntree', r'headquarter|based'], [r'Rowntree']])
