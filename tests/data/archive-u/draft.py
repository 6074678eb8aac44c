# Draft of archive-u questions. A(...) answerable, U(...) unanswerable.
# A(type, question, answers, doc, evidence_hint, normalized, also=[(doc, hint), ...], chk=[regex,...])
# chk: entity regexes used to look for other articles that contain the first/any answer.
# U(type, question, about_doc, checks=[[regex AND ...], ...])
Q = []
def A(t, q, ans, doc, hint, norm, also=(), chk=()):
    Q.append(dict(kind='A', type=t, question=q, answers=ans, doc=doc, hint=hint, normalized=norm, also=list(also), chk=list(chk)))
def U(t, q, about, checks):
    Q.append(dict(kind='U', type=t, question=q, about=about, checks=checks))
def M(a, c): return {"amount": float(a), "currency": c}
def P(p): return {"percent": float(p)}
def N(n): return {"count": n}

# ---------------- Reuters ----------------
# 18438 Valin Pollin / Carter Organisation
A('how_much', "How much has Valin Pollin agreed to pay for the Carter Organisation?", ["up to 114.6 mln dlrs", "114.6 mln dlrs"], '18438', "for up to 114.6 mln dlrs", M(114.6e6,'USD'), chk=['Carter Organi'])
A('who', "Who chairs the Carter Organisation?", ["Donald Carter"], '18438', "Chairman Donald Carter", None, chk=['Donald Carter'])
U('how_much', "What pretax profit did Valin Pollin itself make in 1986?", '18438', [['Valin Pollin'], ['Valin', 'pretax|pre-tax']])
# 17159 Cominco fertilizer plant
A('how_many', "How many employees will lose their jobs when Cominco closes its fertilizer plant in British Columbia?", ["140"], '17159', "140 employees", N(140), chk=['Cominco','fertili'])
A('where', "Where is the fertilizer plant that Cominco is shutting down permanently?", ["Kimberley, British Columbia", "Kimberley"], '17159', "fertilizer plant at Kimberley", None, chk=['Cominco','fertili'])
U('how_much', "How much money did Cominco's Kimberley fertilizer plant lose in 1985?", '17159', [['Cominco','fertili'], ['Kimberley','phosphate|ammonium'], ['Cominco','1985','lost']])
# 1456 / 5035 B.C. Resources
A('how_much', "How large is the new credit facility British Columbia Resources Investment Corp negotiated with its lenders in March 1987?", ["360 mln dlr"], '1456', "360 mln dlr credit facility", M(360e6,'CAD'), also=[('5035', "new 360 mln dlr restructured credit facility")], chk=['B\\.C\\. Resources|British Columbia Resources'])
A('how_much', "To what amount did B.C. Resources reduce its long-term debt during 1986?", ["900 mln dlrs"], '1456', "cut long term debt in 1986 to 900 mln dlrs", M(900e6,'CAD'), chk=['B\\.C\\. Resources|British Columbia Resources'])
U('who', "Who is the chief executive of British Columbia Resources Investment Corp?", '1456', [['B\\.C\\. Resources|British Columbia Resources|BC Resources'], ['Westar', 'chief executive|president|chairman']])
# 21368 / 21423 Soviet 1988 plan
A('who', "Who is the Soviet finance minister who presented 1988 defence spending to the Supreme Soviet?", ["Boris Gostev", "Gostev", "Boris Gustev", "Gustev"], '21368', "Finance Minister Boris Gostev", None, also=[('21423', "Finance Minister Boris Gustev")], chk=['Gostev|Gustev','Soviet.{0,20}finance minister|finance minister.{0,30}Soviet'])
A('how_much', "What will Soviet defence spending total in 1988 according to the Supreme Soviet budget?", ["32 billion dlrs", "20.2 billion roubles"], '21368', "would total 32 billion dlrs", M(32e9,'USD'), also=[('21423', "20.2 billion roubles")], chk=['Soviet','defen[cs]e'])
A('how_many', "How much grain does the Kremlin plan to harvest in 1988?", ["235 mln tonnes"], '21368', "235 mln tonnes of grain in 1988", N(235000000), also=[('21423', "235 mln tonnes in 1988")], chk=['Soviet','235 mln'])
A('who', "Who heads the Soviet state planning committee Gosplan?", ["Nikolai Talyzin", "Talyzin"], '21368', "Planning chief Nikolai Talyzin", None, also=[('21423', "Soviet Planning chief Nikolai Talyzin")], chk=['Gosplan|planning chief|planning committee'])
# 5147 / 5158 Bank of China
A('how_much', "To what level did the Bank of China raise its capital in 1987?", ["five billion yuan"], '5147', "increased its capital to five billion yuan", M(5e9,'CNY'), also=[('5158', "to five billion yuan")], chk=['Bank of China'])
A('how_many', "How many domestic institutions did the Bank of China have at the end of 1986?", ["369"], '5147', "369 domestic institutions", N(369), chk=['Bank of China'])
U('who', "Who is the president of the Bank of China?", '5147', [['Bank of China','president|chairman|governor'], ['Bank of China','Wang Deyan|Wang Dejan']])
# 4790 Sallie Mae
A('who', "Which firm is managing Sallie Mae's 12.125 pct note offering redeemable in Australian dollars?", ["Morgan Stanley"], '4790', "managed by Morgan Stanley", None, chk=['Sallie Mae|Student Loan Marketing'])
A('when', "When do Sallie Mae's three-year 12.125 pct Australian dollar-linked notes mature?", ["march 20, 1990"], '4790', "due march 20, 1990", "1990-03-20", chk=['Sallie Mae|Student Loan Marketing'])
# 6382 Air Atlanta
A('how_many', "How many U.S. cities does Air Atlanta fly to?", ["11"], '6382', "flies to 11 U.S. Cities", N(11), chk=['Air Atlanta'])
A('how_many', "How many people work for Air Atlanta?", ["400"], '6382', "employs 400 people", N(400), chk=['Air Atlanta'])
U('how_much', "How much money did Air Atlanta lose in 1986?", '6382', [['Air Atlanta'], ['Atlanta','regional','loss|lost']])
# 17721 British Airways
A('who', "Who was British Airways' chief executive in 1987?", ["Colin Marshall"], '17721', "chief executive officer, Colin Marshall", None, also=[('17779', "Colin Marshall told Reuters")], chk=['British Airways','chief executive'])
A('how_many', "How many jetliners were in British Airways' fleet after its 1987 privatisation?", ["167"], '17721', "fleet of 167 jetliners", N(167), chk=['British Airways','fleet'])
A('how_much', "What total debt did British Airways carry at March 31, 1987?", ["279 mln stg"], '17721', "total debt of 279 mln stg", M(279e6,'GBP'), chk=['British Airways','debt'])
# 16548 World Airways
A('how_many', "How many additional employees did World Airways lay off at its Oakland maintenance operation in April 1987?", ["103"], '16548', "additional 103 employees", N(103), chk=['World Airways'])
U('who', "Who is the president of World Airways?", '16548', [['World Airways','president|chairman|chief executive']])
# 19068 Telemecanique
A('who', "Who is chairman of French electronics group La Telemecanique?", ["Jacques Valla", "Valla"], '19068', "chairman Jacques Valla", None, chk=['Telemecanique'])
A('how_much', "What dividend did Telemecanique pay for 1986?", ["57 francs"], '19068', "dividend of 57 francs", M(57,'FRF'), chk=['Telemecanique'])
U('how_many', "How many people does Telemecanique employ?", '19068', [['Telemecanique'], ['Telemecanique','employ|workers|staff']])
# 7056 BP sale
A('how_many', "About how many BP shares did the British government still hold in March 1987?", ["about 578.5 mln", "578.5 mln"], '7056', "about 578.5 mln shares in BP", N(578500000), chk=['British Petroleum|BP','578'])
A('how_much', "What privatisation proceeds does the U.K. Treasury expect per year from 1987/88?", ["5.0 billion stg a year", "5.0 billion stg"], '7056', "which remains 5.0 billion stg a year", M(5e9,'GBP'), chk=['privati[sz]ation','5\\.0 billion|five billion'])
# 1278 Premier Industrial
A('who', "Who became president of Premier Industrial Corp in March 1987?", ["William Hamilton", "Hamilton"], '1278', "William Hamilton president", None, chk=['Premier Industrial'])
A('who', "Who is the chief financial officer of Premier Industrial Corp?", ["Philip Sims", "Sims"], '1278', "Philip Sims and Bruce Johnson were named executive vice presidents, responsible for finance and the electronics group, respectively. Sims continues as treasurer and chief financial officer", None, chk=['Premier Industrial'])
U('where', "In which city is Premier Industrial Corp headquartered?", '1278', [['Premier Industrial'], ['Premier Industrial','based|headquarter|Cleveland']])
# 8204 GenCorp
A('where', "In which city did General Partners sue to block GenCorp's shareholder vote?", ["Columbus, Ohio", "Columbus"], '8204', "U.S. District Court in Columbus, Ohio", None, chk=['GenCorp','Columbus'])
A('when', "On what date is GenCorp's 1987 annual meeting?", ["March 31"], '8204', "March 31 annual meeting", "1987-03-31", chk=['GenCorp','annual meeting'])
# 13265 AGL / TMOC
A('how_much', "What value does the Australian Gas Light Co counter-bid put on each TMOC share?", ["4.75 dlrs"], '13265', "values TMOC shares at 4.75 dlrs", M(4.75,'AUD'), chk=['TMOC'])
A('how_much', "What stake in TMOC Resources does Australian Gas Light already own?", ["10.5 pct"], '13265', "already holds 10.5 pct", P(10.5), also=[('8615', "has a 10.5 pct stake in TMOC")], chk=['TMOC'])
A('where', "In which Australian state is TMOC's Moonie oil field?", ["Queensland"], '13265', "mainly in Queensland where it owns the Moonie oil field", None, also=[('8100', "In Queensland, TMOC has extensive interests in the Surat Basin, including the 100 pct owned and operated Moonie oil field")], chk=['Moonie'])
U('who', "Who is the chief executive of the Australian Gas Light Co?", '13265', [['Australian Gas Light|AGL'], ['Gas Light','chief executive|managing director|chairman']])
# 10106 USX
A('how_much', "What stake does USX hold in the Yates Field in west Texas?", ["49 pct"], '10106', "49 pct interest in the giant Yates Field", P(49), chk=['Yates'])
A('how_much', "How much of USX did Carl Icahn still own in late March 1987, according to David Roderick?", ["11.4 pct"], '10106', "still apparently has 11.4 pct", P(11.4), chk=['USX','Ic[ah]+n'])
# 1749 Noland
A('how_many', "How old is Lloyd U. Noland III?", ["43"], '1749', "Noland III, 43", N(43), chk=['Noland'])
A('who', "Who will be Noland Co's new president and chief operating officer from April 1987?", ["Carl Watson", "Watson"], '1749', "Carl Watson president", None, chk=['Noland'])
A('when', "On what date does Lloyd U. Noland Jr. retire as chairman of Noland Co?", ["April 23"], '1749', "effective April 23", "1987-04-23", chk=['Noland'])
U('when', "In which year was Noland Co founded?", '1749', [['Noland'], ['Noland','founded|established']])
# 260 Nippon Kokan affiliates
A('how_many', "How many workers does Azuma Steel employ?", ["1,100"], '260', "employs 1,100 workers", N(1100), chk=['Azuma'])
A('how_much', "What stake does Nippon Kokan hold in Toshin Steel?", ["41.9 pct"], '260', "owned 41.9 pct by Nippon Kokan", P(41.9), chk=['Toshin'])
U('how_many', "How many workers does Nippon Kokan itself employ?", '260', [['Nippon Kokan|NKK'], ['Nippon Kokan|NKK','workers|employees|staff|jobs']])
# 3047 Istanbul
A('how_many', "How many people live in Istanbul, according to the Reuters report on the March 1987 blizzard?", ["6.5 mln"], '3047', "city of 6.5 mln people", N(6500000), chk=['Istanbul','mln'])
U('how_many', "How many people died in the March 1987 Istanbul blizzard?", '3047', [['Istanbul','snow|blizzard'], ['Turkey','snow|blizzard']])
# 5800 China grain
A('when', "In which year did China's grain imports peak?", ["1982"], '5800', "peaked at 16.15 mln tonnes in 1982", "1982", chk=['China','grain','import'])
A('how_many', "What is China's grain output target for 1987?", ["405 mln tonnes"], '5800', "1987 grain output target of 405 mln tonnes", N(405000000), chk=['China','grain','405'])
# 16253 Taiwan tariffs
A('how_many', "On how many foreign goods did Taiwan propose tariff cuts in April 1987?", ["862"], '16253', "import tariff cuts on 862 foreign goods", N(862), also=[('16094', "import tariff cuts on 862 foreign goods"), ('16357', "import tariff cuts on 862 foreign goods")], chk=['Taiwan','tariff'])
A('who', "Which Taiwanese customs official announced the 862-item tariff cut list?", ["Wang Der-Hwa"], '16253', "Wang Der-Hwa, Deputy Director", None, also=[('16094', "Wang Der-Hwa, Deputy Director"), ('16357', "Wang Der-Hwa, Deputy Director")], chk=['Wang Der'])
A('when', "When could Taiwan's new tariff cuts on 862 goods start?", ["April 20"], '16253', "possibly starting on April 20", "1987-04-20", also=[('16094', "possibly starting on April 20"), ('16357', "possibly starting on April 20")], chk=['Taiwan','tariff','April 20'])
# 8416 Tin Council
A('who', "Which judge ruled against AMT's petition to wind up the International Tin Council?", ["Mr Justice Millett", "Millett"], '8416', "Mr Justice Millett", None, chk=['Tin Council|ITC','wind'])
A('when', "When was the verdict blocking AMT's petition to wind up the Tin Council given?", ["January 22"], '8416', "on January 22", "1987-01-22", chk=['Tin Council|ITC','wind'])
A('who', "Who heads the broker creditors group Tinco Realisations?", ["Michael Arnold", "Arnold"], '8416', "Michael Arnold, head of the broker creditors group", None, chk=['Tinco'])
A('when', "When is Maclaine Watson's case seeking a receiver for the tin council's assets due to be heard?", ["April 28"], '8416', "is to be heard on April 28", "1987-04-28", chk=['Maclaine|receiver','Tin|ITC'])
# 227 Keating
A('how_much', "What current account deficit did Paul Keating expect for Australia in 1986/87, after revising the forecast?", ["around 14 billion", "14 billion"], '227', "around 14 billion", M(14e9,'AUD'), chk=['Australia','current account','14'])
# 10121 Royal Bank of Canada
A('who', "Who is the chairman of the Royal Bank of Canada?", ["Allan Taylor", "Taylor"], '10121', "Royal Bank of Canada Chairman Allan Taylor", None, also=[('1152', "chairman Allan Taylor said problems"), ('1193', "chairman Allan Taylor said in a statement"), ('18144', "chairman Allan Taylor said in a statement")], chk=['Royal Bank','chairman'])
# 10325 Tokyo SE
A('how_many', "By how many minutes did the Tokyo Stock Exchange shorten its stock trading session from March 30, 1987?", ["30 minutes"], '10325', "by 30 minutes from March 30", N(30), also=[('10700', "by 30 minutes")], chk=['Tokyo','trading','minutes'])
A('how_many', "How many shares traded on the Tokyo Stock Exchange on its record day of March 27, 1987?", ["2.6 billion shares", "2.6 billion"], '10325', "record 2.6 billion shares today", N(2600000000), also=[('10700', "record turnover of 2.6 billion shares on Friday")], chk=['Tokyo','2\\.6 billion'])
# 4266 British Telecom
A('who', "Who is deputy chairman of British Telecom?", ["Graeme Odgers", "Odgers"], '4266', "deputy chairman Graeme Odgers", None, chk=['British Telecom','deputy chairman'])
A('how_much', "How much did British Telecom save in salaries during its 1987 engineering strike?", ["50 mln stg"], '4266', "at 50 mln stg", M(50e6,'GBP'), chk=['British Telecom','strike'])
# 335 Hungary
A('how_much', "What was Hungary's state budget deficit in 1986?", ["47 billion forints"], '335', "preliminary 47 billion forints last year", M(47e9,'HUF'), chk=['Hungar','deficit'])
A('who', "Who is Hungary's deputy prime minister?", ["Frigyes Berecz", "Berecz"], '335', "Deputy Prime Minister Frigyes Berecz", None, chk=['Hungar','deputy prime minister'])
U('when', "When did Hungary's four-month basic wage freeze begin?", '335', [['Hungar','wage freeze|freeze'], ['Hungar','wage','December|January']])
# 9668 Telegraph
A('how_much', "What stake did Hollinger hold in The Daily Telegraph in 1987?", ["58 pct"], '9668', "58 pct-owned", P(58), chk=['Hollinger','Telegraph'])
A('where', "In which English city will the Daily Telegraph and News International jointly print newspapers?", ["Manchester"], '9668', "in Manchester, England", None, chk=['Telegraph','News International'])
U('how_much', "How much did News International pay for its half of the Telegraph's Trafford Park Printing unit?", '9668', [['Trafford'], ['Telegraph','News International']])
# 16710 Gulf Canada
A('how_much', "What working interest did Gulf Canada buy in the East Hurghada concession in the Gulf of Suez?", ["25 pct"], '16710', "acquired a 25 pct working interest", P(25), chk=['Gulf Canada','Suez|Hurghada'])
A('how_much', "How much will the four-well drilling program planned for 1987 in the East Hurghada concession cost?", ["15.6 mln U.S. dlr"], '16710', "15.6 mln U.S. dlr four-well program", M(15.6e6,'USD'), chk=['Hurghada'])
U('how_much', "How much did Gulf Canada pay for its stake in the Gulf of Suez oil concession?", '16710', [['Gulf Canada','Suez|Egypt|Hurghada']])
# 17933 UK reserves
A('how_much', "By how much did Britain's underlying gold and currency reserves rise in May 1987?", ["4.76 billion dlrs"], '17933', "record underlying 4.76 billion dlrs", M(4.76e9,'USD'), chk=['reserves','4\\.76'])
A('when', "When was the previous record rise in Britain's underlying reserves, before May 1987?", ["October 1977"], '17933', "seen in October 1977", "1977-10", chk=['reserves','1977'])
# 21535 Volkskas
A('how_much', "What was South Africa's annual inflation rate according to Volkskas Bank's October 1987 review?", ["some 17 pct", "17 pct"], '21535', "annual rate of some 17 pct", P(17), chk=['South Africa','inflation','17 pct'])
# 19498 NBC strike
A('how_many', "How many NBC employees does the NABET union represent?", ["2,800"], '19498', "representing 2,800 of NBC's 8,000 workers", N(2800), also=[('12328', "representatives of 2,800 writers, editors and technicians"), ('19007', "represening 2,800 workers"), ('19816', "representing 2,800 of NBC's 8,000 workers")], chk=['NBC','2,800'])
A('when', "Before the June 1987 walkout, when was NBC last hit by a strike?", ["1976"], '19498', "first for NBC since 1976", "1976", chk=['NBC','1976'])
A('how_much', "What is the average yearly salary of the NBC workers represented by NABET?", ["65,000 dlrs a year", "65,000 dlrs"], '19498', "is 65,000 dlrs a year", M(65000,'USD'), chk=['NBC','65,000'])
U('how_many', "How long did NBC's 1976 strike last?", '19498', [['NBC','1976'], ['NBC','strike','weeks|days']])
# 9376 Anheuser-Busch
A('who', "Which executive resigned as president of Anheuser-Busch Inc in March 1987?", ["Dennis Long"], '9376', "Dennis Long, vice president", None, chk=['Anheuser','resign'])
A('who', "Who replaced Dennis Long as president of Anheuser-Busch's beer unit?", ["August Busch III"], '9376', "replaced as president of the unit by August Busch III", None, chk=['Anheuser','August Busch'])
# 1850 Iowa bank
A('who', "Which bank took over the deposits of the failed First State Bank of Rockford, Iowa?", ["First Security Bank and Trust Co of Charles City, Iowa", "First Security Bank and Trust Co"], '1850', "assumed by First Security Bank and Trust Co of Charles City, Iowa", None, chk=['Rockford|First Security'])
A('how_much', "How much will the FDIC pay the bank that assumed First State Bank of Rockford's deposits?", ["4.1 mln dlrs"], '1850', "pay the assuming bank 4.1 mln dlrs", M(4.1e6,'USD'), chk=['Rockford'])
A('where', "In which Iowa city is the bank that assumed the failed First State Bank of Rockford?", ["Charles City"], '1850', "First Security Bank and Trust Co of Charles City, Iowa", None, chk=['Charles City'])
U('how_many', "How many employees did the failed First State Bank of Rockford, Iowa have?", '1850', [['Rockford'], ['First State Bank','Iowa']])
# 11251 Hapag-Lloyd
A('how_many', "How many container units will Hapag-Lloyd's new Chinese-built vessel carry?", ["2,700"], '11251', "would carry 2,700 container units", N(2700), chk=['Hapag'])
A('where', "In which city is the shipyard building Hapag-Lloyd's new Australia-service container ship?", ["Shanghai"], '11251', "shipyards> in Shanghai", None, chk=['Hapag|Hudong'])
U('how_much', "What is the total value of Hapag-Lloyd's container ship order with China's Hudong shipyards?", '11251', [['Hapag'], ['Hudong']])
# 11217 India Maruti
A('how_many', "How many Maruti cars did India agree to export to Hungary in its first car export deal?", ["500"], '11217', "sell 500 mini passenger cars to Hungary", N(500), chk=['Maruti|India','Hungary','car'])
A('how_much', "What stake did Suzuki hold in Maruti Udyog in 1987?", ["26 pct"], '11217', "balance of 26 pct is held by Suzuki", P(26), also=[('8647', "MUL, 26 pct owned by Suzuki")], chk=['Maruti'])
U('who', "Who was the chairman of Maruti Udyog in 1987?", '11217', [['Maruti'], ['Maruti','chairman|managing director|chief executive']])
# 9186 Jardine / Hopewell
A('how_much', "What stake will Jardine Matheson take in the Hopewell-led consortium proposing Hong Kong's second airport?", ["five pct"], '9186', "take up a five pct stake", P(5), chk=['Jardine','Hopewell|airport'])
A('who', "Who chairs Hopewell Holdings?", ["Gordon Wu", "Wu"], '9186', "Chairman of the firm Gordon Wu", None, chk=['Hopewell'])
A('how_much', "How much is the Hopewell-led Lantau infrastructure development plan for Hong Kong worth?", ["25 billion H.K. Dlr", "25 billion"], '9186', "25 billion H.K. Dlr infrastructure", M(25e9,'HKD'), chk=['Lantau|Hopewell'])
# 7558 Guinness
A('how_much', "How much is Guinness trying to recover from Ernest Saunders and Thomas Ward?", ["5.2 mln stg"], '7558', "for recovery of 5.2 mln stg", M(5.2e6,'GBP'), also=[('9172', "recover 5.2 mln stg")], chk=['Guinness','5\\.2 mln'])
A('when', "When did Ernest Saunders resign his executive posts at Guinness?", ["January"], '7558', "resigned from his executive positions at Guinness in January", "1987-01", chk=['Saunders','resign'])
# 12532 Eli Lilly / Elizabeth Arden
A('how_much', "What were Elizabeth Arden's sales in 1986?", ["398 mln dlrs"], '12532', "sales last year of 398 mln dlrs", M(398e6,'USD'), chk=['Arden'])
A('when', "In which year did Eli Lilly acquire Elizabeth Arden?", ["1971"], '12532', "acquired in 1971", "1971", chk=['Arden'])
A('who', "Which investment bank did Eli Lilly hire to evaluate offers for Elizabeth Arden?", ["Morgan Stanley and Co", "Morgan Stanley"], '12532', "retained Morgan Stanley and Co", None, chk=['Arden'])
# 3574 St Joe Gold
A('where', "Where is St. Joe Gold's Golden Patricia gold property?", ["northwestern Ontario", "Ontario"], '3574', "Golden Patricia gold property in northwestern Ontario", None, also=[('3646', "Golden Patricia gold property in northwestern Ontario")], chk=['Golden Patricia'])
A('where', "In which U.S. state is St. Joe Gold's Richmond Hill gold and silver deposit?", ["South Dakota"], '3574', "Carbonate district of western South Dakota", None, also=[('3646', "Carbonate district of western South Dakota")], chk=['Richmond Hill'])
U('who', "Who is the president of St. Joe Gold Corp?", '3574', [['St\\.? Joe Gold'], ['St\\.? Joe','president|chairman|chief executive']])
# ---------------- BBC ----------------
# sport/156 Souness / Owen
A('how_many', "How many league and cup goals did Jackie Milburn score for Newcastle?", ["200"], 'sport/156', "Milburn scored 200 league and cup goals", N(200), chk=['Milburn'])
A('how_many', "How many goals had Alan Shearer scored for Newcastle when Souness said he hoped Shearer would carry on?", ["187"], 'sport/156', "Shearer currently has 187 goals", N(187), chk=['Shearer','goals'])
A('who', "Which Peruvian international did Graeme Souness try to bring back to Newcastle in the January transfer window?", ["Nolberto Solano", "Solano"], 'sport/156', "bring back Nolberto Solano", None, chk=['Solano'])
# entertainment/206 Osbournes
A('how_much', "How much did The Osbournes reportedly earn the Osbourne family?", ["$85m"], 'entertainment/206', "a reported $85m", M(85e6,'USD'), chk=['Osbourne'])
A('where', "At which awards ceremony did Ozzy Osbourne say there would be no more episodes of The Osbournes?", ["MTV Europe Awards in Rome", "MTV Europe Awards"], 'entertainment/206', "MTV Europe Awards in Rome", None, chk=['Osbourne','MTV'])
A('how_many', "How many series of The Osbournes were made?", ["three"], 'entertainment/206', "ran for three series", N(3), chk=['Osbourne','series'])
U('how_many', "How many episodes of The Osbournes were broadcast in total?", 'entertainment/206', [['Osbournes','episodes'], ['Osbourne','episode']])
# business/308 EADS
A('who', "Who is set to replace Philippe Camus at the head of EADS?", ["Noel Forgeard", "Forgeard"], 'business/308', "Airbus head Noel Forgeard is now set to replace Mr Camus", None, chk=['EADS|Camus'])
A('how_much', "What share of EADS does the Lagardere group own?", ["30%"], 'business/308', "which owns 30% of EADS", P(30), chk=['Lagardere'])
A('how_much', "By how much was EADS's A380 superjumbo project said to be over budget?", ["1.45bn euros"], 'business/308', "running 1.45bn euros", M(1.45e9,'EUR'), chk=['A380','budget'])
U('how_many', "How old is Philippe Camus, the departing French co-head of EADS?", 'business/308', [['Camus'], ['Forgeard']])
# business/170 UK house prices
A('how_much', "What was the average UK house price in December 2004 according to the Office of the Deputy Prime Minister?", ["£178,906"], 'business/170', "to £178,906", M(178906,'GBP'), chk=['house price','178,906|Deputy Prime Minister'])
A('how_much', "By how much did UK house prices fall in December 2004, according to ODPM figures?", ["0.7%"], 'business/170', "fell 0.7% in December", P(0.7), chk=['house prices','December','0\\.7%'])
# sport/492 LTA awards
A('who', "Who was the Lawn Tennis Association's young player of the year for 2004?", ["Andrew Murray", "Murray"], 'sport/492', "Scotland's Andrew Murray was named young player of the year", None, chk=['young player of the year','Murray'])
A('who', "Who won the LTA's disabled player of the year award for 2004?", ["Peter Norfolk", "Norfolk"], 'sport/492', "Peter Norfolk won disabled player of the year", None, chk=['Norfolk'])
A('where', "At which tournament did Tim Henman plan to start his 2005 season?", ["Kooyong", "Kooyong Classic"], 'sport/492', "start his 2005 campaign at the Kooyong event", None, chk=['Henman','Kooyong'])
# politics/144 Quentin Davies mugging
A('how_many', "How old is Quentin Davies, the MP mugged in Kenya?", ["60"], 'politics/144', "Mr Davies, 60,", N(60), chk=['Quentin Davies'])
A('where', "In which city was Conservative MP Quentin Davies mugged?", ["Nairobi"], 'politics/144', "in the capital, Nairobi", None, chk=['Quentin Davies|Davies.{0,40}mugg|mugg.{0,60}Davies'])
A('how_much', "How much money was stolen from MP Quentin Davies when he was mugged?", ["more than £600", "£600"], 'politics/144', "more than £600", M(600,'GBP'), chk=['mugg'])
U('when', "In which year was Quentin Davies first elected as an MP?", 'politics/144', [['Quentin Davies'], ['Davies','Grantham']])
# sport/429 Nadal Mexican Open
A('who', "Whom did Rafael Nadal defeat to reach the Mexican Open semi-finals?", ["Guillermo Canas", "Canas"], 'sport/429', "beat Guillermo Canas", None, chk=['Nadal','Mexic|Acapulco'])
A('where', "In which city is the Mexican Open tennis tournament played?", ["Acapulco"], 'sport/429', "Mexican Open semis in Acapulco", None, chk=['Mexican Open'])
A('who', "Who did Nadal beat in the final of the Brazil Open?", ["Alberto Martin"], 'sport/429', "beat Alberto Martin", None, chk=['Brazil Open|Alberto Martin'])
# business/167 Solidere
A('how_much', "How far did Solidere shares fall when Beirut trading resumed after Rafik Hariri's assassination?", ["15%"], 'business/167', "fell 15% in renewed trading", P(15), chk=['Solidere'])
A('how_much', "At what price did Solidere shares close on the first day of trading after Hariri's killing?", ["$8.08"], 'business/167', "down at $8.08", M(8.08,'USD'), chk=['Solidere'])
U('who', "Who is the chairman of Solidere?", 'business/167', [['Solidere'], ['Solidere','chairman|chief executive']])
# business/254 News Corp video games
A('who', "Who is News Corp's chief operating officer?", ["Peter Chernin", "Chernin"], 'business/254', "chief operating officer Peter Chernin", None, chk=['News Corp','Chernin|chief operating officer'])
A('how_much', "What was Activision's stock market value when News Corp was eyeing video games firms?", ["about $2.95bn", "$2.95bn"], 'business/254', "capitalisation of about $2.95bn", M(2.95e9,'USD'), chk=['Activision'])
A('where', "Where is video games publisher Activision based?", ["Santa Monica"], 'business/254', "Santa Monica-based Activison", None, chk=['Activision|Activison'])
# business/488 US budget deficit
A('how_much', "What US budget deficit did officials forecast for the 2005 fiscal year in the CBO's worse-than-expected estimate?", ["$368bn"], 'business/488', "worse-than-expected $368bn", M(368e9,'USD'), chk=['deficit','368'])
A('how_much', "What was the record US budget deficit for the 12 months to 30 September 2004?", ["$412bn"], 'business/488', "record $412bn", M(412e9,'USD'), chk=['deficit','412'])
# business/074 Turkcell
A('how_much', "To what level did Iran's parliament cut Turkcell's stake in the new Iranian mobile network?", ["49%"], 'business/074', "from 70% to 49%", P(49), chk=['Turkcell'])
A('how_much', "How much was Turkcell's Iranian mobile phone deal worth?", ["$3bn"], 'business/074', "pull out of the $3bn deal", M(3e9,'USD'), chk=['Turkcell'])
A('when', "When was Tehran's new Imam Khomeini International Airport closed by the army?", ["May 2004"], 'business/074', "opened in May 2004", "2004-05", chk=['Imam Khomeini|Khomeini'])
U('who', "Who is the chief executive of Turkcell?", 'business/074', [['Turkcell'], ['Turkcell','chief executive|chairman|boss']])
# entertainment/260 Aguilera
A('how_many', "How old was Jordan Bratman when he got engaged to Christina Aguilera?", ["26"], 'entertainment/260', "Bratman, 26,", N(26), chk=['Bratman'])
A('who', "Who is Christina Aguilera's agent?", ["Meghan Prophet", "Prophet"], 'entertainment/260', "Aguilera's agent Meghan Prophet", None, chk=['Aguilera'])
A('when', "When did Christina Aguilera reach number one in the UK with Genie in a Bottle?", ["October 1999"], 'entertainment/260', "in October 1999", "1999-10", chk=['Genie in a Bottle|Aguilera'])
U('where', "Where will Christina Aguilera and Jordan Bratman get married?", 'entertainment/260', [['Aguilera'], ['Bratman']])
# business/326 Fannie Mae
A('who', "Who was Fannie Mae's chief financial officer when the firm's top bosses quit over accounting irregularities?", ["Tim Howard", "Howard"], 'business/326', "chief financial officer Tim Howard", None, chk=['Fannie Mae','Howard|chief financial'])
A('how_much', "By how much could Fannie Mae have to restate its earnings after the accounting scandal?", ["$9bn"], 'business/326', "up to $9bn", M(9e9,'USD'), chk=['Fannie Mae','restate'])
A('how_much', "How big a fine did Freddie Mac pay after its accounting investigation?", ["$125m"], 'business/326', "$125m fine", M(125e6,'USD'), chk=['Freddie Mac'])
U('who', "Who was appointed to replace Franklin Raines as Fannie Mae's chief executive?", 'business/326', [['Fannie Mae'], ['Raines'], ['Fannie','Mudd|interim|acting chief|successor']])
# entertainment/329 Van Gogh / Rotterdam
A('when', "When was film director Theo van Gogh killed?", ["November 2004"], 'entertainment/329', "stabbed to death in November 2004", "2004-11", chk=['van Gogh'])
A('who', "Which politician made the film Submission with Theo van Gogh?", ["Ayaan Hirsi Ali", "Hirsi Ali"], 'entertainment/329', "Somali-Dutch politician Ayaan Hirsi Ali", None, chk=['Submission|Hirsi Ali'])
A('who', "Who is the director of the Rotterdam Film Festival?", ["Sandra den Hamer"], 'entertainment/329', "Festival director Sandra den Hamer", None, chk=['Rotterdam'])
A('how_many', "How many films compete for the Tiger Awards at the Rotterdam Film Festival?", ["14"], 'entertainment/329', "14 films competing", N(14), chk=['Rotterdam|Tiger Award'])
U('where', "In which city was Theo van Gogh murdered?", 'entertainment/329', [['van Gogh'], ['Van Gogh','Amsterdam']])
# sport/351 Tait
A('how_many', "How old was Mathew Tait when he was picked for England's Six Nations opener against Wales?", ["18"], 'sport/351', "The 18-year-old", N(18), chk=['Tait'])
A('where', "In which city was England's 2005 Six Nations opener against Wales played?", ["Cardiff"], 'sport/351', "Six Nations opener in Cardiff", None, chk=['Six Nations','Wales','England','Cardiff|Millennium'])
# tech/380 Sun Grid
A('how_much', "What does Sun Microsystems charge per hour for its Sun Grid computing service?", ["$1"], 'tech/380', "costs users $1 (53p)", M(1,'USD'), chk=['Sun Grid|grid computing|Sun Microsystems'])
A('who', "Who is Sun Microsystems' chief operating officer?", ["Jonathan Schwartz", "Schwartz"], 'tech/380', "chief operating officer Jonathan Schwartz", None, chk=['Sun Microsystems|Schwartz'])
U('how_much', "How much did it cost Sun Microsystems to develop its Sun Grid system?", 'tech/380', [['Sun Grid'], ['Sun Microsystems','grid']])
# ---------------- AG News ----------------
A('how_many', "How many British troops began preparing to redeploy from southern Iraq to near Baghdad?", ["850", "Some 850"], 'test-4340', "Some 850 British troops", N(850), chk=['British troops|Black Watch','Baghdad'])
A('how_many', "How many career points had Gary Payton reached when the FleetCenter announcer trumpeted his milestone?", ["20,000"], 'test-5504', "20,000-point club", N(20000), chk=['Payton'])
A('how_many', "How old was the girl killed by a Taliban suicide bomber on a busy Kabul street?", ["12"], 'test-4379', "12-year-old girl", N(12), chk=['Kabul','suicide|bomb'])
A('how_much', "How much is China to invest in Argentina over the next ten years?", ["nearly $20bn", "$20bn"], 'test-5885', "nearly $20bn", M(20e9,'USD'), chk=['Argentin','China|Chinese'])
A('how_many', "For how many years in a row had Bill Gates topped Forbes' ranking of the richest Americans?", ["11"], 'test-2546', "for already 11 year", N(11), chk=['Gates','Forbes'])
A('how_many', "How many Boeing 777-300ER jets does Singapore Airlines plan to buy?", ["up to 31", "31"], 'test-602', "buy up to 31 Boeing", N(31), chk=['Singapore Air','Boeing'])
A('how_much', "What is Singapore Airlines' planned order for Boeing 777-300ER planes worth?", ["about $7.35 billion", "$7.35 billion", "$7.35B"], 'test-602', "worth about $7.35 billion", M(7.35e9,'USD'), chk=['Singapore Air','Boeing'])
A('how_much', "How much did Rogers Communications agree to pay for Toronto's SkyDome?", ["$25 million"], 'test-6578', "$25 million deal", M(25e6,'USD'), chk=['SkyDome'])
A('how_many', "How close to Titan was NASA's Cassini spacecraft targeted to pass on its first close flyby?", ["750 miles"], 'test-4595', "within just 750 miles", N(750), chk=['Cassini|Titan','miles'])
A('how_many', "How many disabled athletes came to Athens for the 2004 Paralympics opening ceremony?", ["Nearly 4,000", "4,000"], 'test-1970', "Nearly 4,000 disabled athletes", N(4000), chk=['Paralympic'])
A('how_many', "How many companies did Honeywell sue over LCD patent infringement?", ["34"], 'test-3335', "lawsuits against 34 companies", N(34), chk=['Honeywell','LCD|patent'])
U('when', "When will Singapore Airlines take delivery of its new Boeing 777-300ER jets?", 'test-602', [['Singapore Air','777|Boeing']])
U('when', "In which year did Toronto's SkyDome open?", 'test-6578', [['SkyDome'], ['Sky Dome']])
U('how_many', "How many countries sent athletes to the 2004 Athens Paralympics?", 'test-1970', [['Paralympic']])
