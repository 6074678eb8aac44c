# Draft questions for archive-v. A(...) = answerable, U(...) = unanswerable near miss.
# keys: regexes (all must match, case-insensitive) used to find OTHER archive articles about the same
# entity/event when looking for `also`; srch: for U, list of regex-lists searched over the whole archive.
QS = []
def A(t, q, ans, src, doc, norm=None, keys=(), ev=None, also=()):
    QS.append(dict(kind='A', type=t, question=q, answers=list(ans), source=src, doc=doc, normalized=norm,
                   keys=list(keys), ev=ev, also=list(also)))
def U(t, q, src, doc, srch):
    QS.append(dict(kind='U', type=t, question=q, source=None, doc=None, near=(src, doc), answers=[],
                   normalized=None, srch=srch))
R, B, G = 'reuters21578', 'bbc', 'agnews'
M = lambda a, c: {"amount": a, "currency": c}
P = lambda p: {"percent": p}
N = lambda n: {"count": n}

# ---------------- Reuters ----------------
A('how_much', "What per-share price did the AFG Industries and Wagner and Brown partnership offer for GenCorp?",
  ["110 dlrs per share", "110 dlrs"], R, '14543', M(110.0, 'USD'), keys=[r'gencorp', r'\b110 dlr'])
U('who', "Who is GenCorp's chief financial officer?", R, '14543',
  [[r'gencorp', r'chief financial|financial officer|\bCFO\b|treasurer']])
A('who', "Who is deputy chairman of Alcan Australia?", ["Jeremy Davis", "Davis"], R, '10335', None, keys=[r'alcan australia'])
A('how_much', "What is Alcan Australia's cash offer for Alcan New Zealand worth?", ["39.3 mln N.Z. Dlr"], R, '10335',
  M(39.3e6, 'NZD'), keys=[r'alcan new zealand|alcan n\.?z'])
U('who', "Who is the chief executive of Alcan New Zealand?", R, '10335',
  [[r'alcan new zealand|alcan n\.?z', r'chief executive|managing director|chairman|president']])
A('where', "Where is Diplomat Electronics moving its head office?", ["Glendale, Calif.", "Glendale"], R, '2912', None,
  keys=[r'diplomat'])
A('how_many', "How many headquarters employees will Diplomat Electronics dismiss?", ["100"], R, '2912', N(100), keys=[r'diplomat electronics'])
U('how_much', "How much did Diplomat Electronics lose in 1986?", R, '2912',
  [[r'diplomat electronics'], [r'\bdiplomat\b', r'loss|lost']])
A('how_much', "How much investment will the Armco-Stelco venture M.E. International represent?", ["15 mln dlrs"], R, '19183',
  M(15e6, 'USD'), keys=[r'M\.E\. International|stelco'])
A('who', "Which Stelco subsidiary is Armco's partner in the M.E. International venture?", ["Stelco Erie Corp", "Stelco Erie"],
  R, '19183', None, keys=[r'stelco'])
U('when', "When will the Armco-Stelco joint venture M.E. International start production?", R, '19183',
  [[r'M\.E\. International'], [r'stelco', r'armco']])
A('how_much', "How much cash did First Financial Management pay for Tel-A-Data's processing contracts?", ["5.7 mln dlrs"], R, '7912',
  M(5.7e6, 'USD'), keys=[r'tel-a-data'])
A('where', "In which Illinois town is Tel-A-Data's processing center?", ["Lombard, Illinois", "Lombard"], R, '7912', None, keys=[r'tel-a-data'])
A('how_many', "How many data processing centers does First Financial Management run?", ["35"], R, '7912', N(35),
  keys=[r'first financial management'])
A('who', "Who was China's finance minister in March 1987?", ["Wang Bingqian"], R, '9691', None,
  keys=[r'china|chinese', r'finance minister'])
A('how_much', "How big was China's budget deficit in 1986?", ["7.08 billion yuan"], R, '9691', M(7.08e9, 'CNY'),
  keys=[r'china|chinese', r'deficit', r'1986'])
A('when', "In which year did China run its record post-1949 budget deficit?", ["1979"], R, '9691', "1979",
  keys=[r'china|chinese', r'deficit', r'1979'])
U('how_much', "How much did China budget for defence spending in 1987?", R, '9691',
  [[r'china|chinese', r'defen[cs]e', r'1987', r'budget']])
A('who', "Who is Burroughs Wellcome's product manager for Retrovir?", ["Paul Dreyer", "Dreyer"], R, '8384', None,
  keys=[r'retrovir|AZT|wellcome'])
A('how_many', "How many patients can Burroughs Wellcome's current supply of Retrovir treat?", ["15,000"], R, '8384', N(15000),
  keys=[r'retrovir|AZT|azidothymidine'])
U('how_much', "What will a year of Retrovir treatment cost a patient?", R, '8384',
  [[r'retrovir|AZT|azidothymidine', r'cost|price|dlrs']])
A('who', "Which congresswoman chairs the House subcommittee that attacked United Airlines' minority hiring?",
  ["Cardiss Collins", "Rep. Cardiss Collins", "Collins"], R, '721', None, keys=[r'united airlines|UAL', r'minorit'],
  ev="whose chairman, Rep. Cardiss Collins, called the treatment of minorities by the country's largest airline")
A('when', "Since what year has United Airlines been under a court order to hire more minorities?", ["1976"], R, '721', "1976",
  keys=[r'united airlines|UAL', r'minorit|court order'])
A('who', "Who is United Airlines' senior vice president for human resources?", ["David Pringle", "Pringle"], R, '721', None,
  keys=[r'united airlines|UAL', r'human resources'])
U('how_many', "How many black pilots does United Airlines employ?", R, '721',
  [[r'united airlines|UAL', r'black pilots|black']])
A('where', "Where was the by-election won by the Social Democrats in February 1987?", ["Greenwich"], R, '234', None,
  keys=[r'greenwich', r'by-election|social democrat'])
A('how_much', "What share of the vote did the MORI poll for The Sunday Times give the Conservatives in early 1987?", ["41 pct"], R, '234',
  P(41.0), keys=[r'MORI', r'sunday times'])
U('who', "Who won the Greenwich by-election for the Social Democrats?", R, '234',
  [[r'greenwich', r'by-election|social democrat|SDP']])
A('who', "Which Zambian president tried to scrap maize subsidies in December 1986?", ["Kenneth Kaunda", "Kaunda"], R, '5338', None,
  keys=[r'kaunda', r'maize|subsid'])
A('how_much', "How much of its value had the kwacha lost under Zambia's currency auction?", ["85 pct"], R, '5338', P(85.0),
  keys=[r'kwacha', r'auction'])
U('when', "When will Zambia's weekly foreign exchange auction resume?", R, '5338',
  [[r'zambia', r'auction', r'resum|restart|reopen']])
A('how_many', "How many shares is Colonial Municipal Income Trust selling in its initial public offering?", ["26 mln"], R, '7173',
  N(26000000), keys=[r'colonial municipal'])
A('how_much', "What is the offering price of Colonial Municipal Income Trust shares?", ["10 dlrs each", "10 dlrs"], R, '7173',
  M(10.0, 'USD'), keys=[r'colonial municipal'])
A('who', "Which bank is lead manager of Zuercher Ziegeleien's warrant bond?", ["Swiss Bank Corp"], R, '7834', None, keys=[r'zuercher ziegeleien|ziegeleien'])
A('when', "When is Zuercher Ziegeleien's announced rights issue to be conducted?", ["May 11"], R, '7834', "1987-05-11",
  keys=[r'ziegeleien'])
A('who', "Which Canadian drugmaker is LyphoMed forming a joint venture with?", ["Novopharm Ltd", "Novopharm"], R, '1097', None,
  keys=[r'lyphomed'])
A('when', "When does the patent on Eli Lilly's Keflex expire?", ["April"], R, '1097', "1987-04", keys=[r'keflex'])
U('how_much', "How much will LyphoMed invest in its joint venture with Novopharm?", R, '1097',
  [[r'lyphomed', r'novopharm'], [r'novopharm']])
A('how_much', "What support did the Marplan poll in Today give Thatcher's Conservatives in early June 1987?", ["44 pct"], R, '17893',
  P(44.0), keys=[r'marplan'])
A('when', "On what date was Britain's 1987 general election held?", ["June 11"], R, '17893', "1987-06-11",
  keys=[r'election', r'june 11|11 june', r'britain|british|thatcher|u\.k\.'])
A('how_much', "By how much did U.S. after-tax corporate profits rise in the fourth quarter of 1986?", ["8.3 billion dlrs", "6.1 pct"],
  R, '6431', M(8.3e9, 'USD'), keys=[r'corporate profits|profits of u\.s\. corporations'])
A('who', "Who is lead manager of the Nordic Investment Bank's Danish crown bond?", ["Enskilda Securities"], R, '3641', None,
  keys=[r'nordic investment bank'])
A('when', "When does Nordic Investment Bank's 300 mln Danish crown bond mature?", ["April 15, 1994"], R, '3641', "1994-04-15",
  keys=[r'nordic investment bank'])
A('where', "On which exchange will Nordic Investment Bank's Danish crown bond be listed?", ["Luxembourg"], R, '3641', None,
  keys=[r'nordic investment bank', r'crown'])
A('how_much', "How much debt had commercial banks rescheduled for Latin debtors since October 1985, according to James Baker?",
  ["nearly 70 billion dlrs", "70 billion dlrs"], R, '8118', M(70e9, 'USD'), keys=[r'baker', r'reschedul'])
A('who', "Who is chairman of Hanson Industries?", ["Gordon White"], R, '3607', None, keys=[r'hanson'])
A('when', "When did Hanson Industries complete its purchase of Kaiser Cement?", ["March 3"], R, '3607', "1987-03-03",
  keys=[r'kaiser cement'])
A('how_much', "What did Hanson pay for Kaiser Cement?", ["about 250 mln dlrs", "250 mln dlrs"], R, '3607', M(250e6, 'USD'),
  keys=[r'kaiser cement'])
U('how_much', "How much is Lone Star Industries paying Hanson for Kaiser Cement's Northwest Terminals?", R, '3607',
  [[r'northwest terminal'], [r'lone star', r'kaiser']])
A('who', "Which firm was lead underwriter of Ford Motor Credit's 6.95 pct notes in March 1987?", ["Goldman Sachs"], R, '2407', None,
  keys=[r'ford motor credit', r'6\.95'])
A('when', "When did Ford Motor Credit last sell notes of the same maturity as its March 1987 issue due 1990?", ["October 7, 1986"], R, '2407',
  "1986-10-07", keys=[r'ford motor credit', r'october 7'])
A('where', "Where is FMC's wholly owned gold mine?", ["Paradise Peak, Nev.", "Paradise Peak"], R, '17163', None, keys=[r'paradise peak'])
A('how_much', "What stake does FMC hold in the Jerritt Canyon gold mine?", ["30 pct"], R, '17163', P(30.0), keys=[r'jerritt canyon'])
U('who', "Which investment adviser did FMC hire to evaluate its gold properties?", R, '17163',
  [[r'\bFMC\b', r'gold', r'advis']])
A('how_much', "At what price will Lacana Mining issue its five mln new shares?", ["12 dlrs each", "12 dlrs"], R, '7480', M(12.0, 'USD'),
  keys=[r'lacana'])
A('how_much', "What stake did Lacana Mining recently buy in Mascot Gold Mines?", ["51 pct"], R, '7480', P(51.0), keys=[r'mascot gold'])
U('how_much', "How much did Lacana Mining pay for its stake in Mascot Gold Mines?", R, '7480',
  [[r'mascot gold'], [r'lacana']])
A('how_much', "How much of a rate increase is Southern Connecticut Gas seeking in 1987?", ["4.2 mln dlrs", "2.7 pct"], R, '9645',
  M(4.2e6, 'USD'), keys=[r'southern connecticut gas|connecticut energy'])
A('when', "When did Southern Connecticut Gas last get a rate increase before 1987?", ["January 1985"], R, '9645', "1985-01",
  keys=[r'southern connecticut gas|connecticut energy'])
A('who', "Which media analyst at Smith Barney commented on the Bass Group's interest in Taft Broadcasting?", ["Edward Atorino", "Atorino"],
  R, '11074', None, keys=[r'atorino'])
A('how_much', "What stake in Taft Broadcasting does the Bass Group hold?", ["24.9 pct"], R, '11074', P(24.9), keys=[r'taft', r'bass'])
A('where', "In which city are the Bass brothers who lead the Bass Group based?", ["Fort Worth, Texas", "Fort Worth"], R, '11074', None,
  keys=[r'bass', r'fort worth'])
U('how_much', "How much has the Bass Group offered per share for Taft Broadcasting?", R, '11074',
  [[r'\bbass\b', r'taft', r'per share|dlrs a share|dlrs per']])
A('how_much', "How much take-or-pay exposure does Tenneco face?", ["1.7 billion dlrs"], R, '19471', M(1.7e9, 'USD'),
  keys=[r'tenneco', r'take-or-pay|take or pay'])
A('how_many', "How many miles of pipeline does Tennessee Gas Pipeline run?", ["2,000 miles", "2,000"], R, '19471', N(2000),
  keys=[r'tennessee gas'])
U('how_much', "How much take-or-pay exposure does Tennessee Gas Pipeline face on its own?", R, '19471',
  [[r'tennessee gas', r'take-or-pay|take or pay']])
A('who', "Who is president and chairman of Dominion Textile?", ["Thomas Bell", "Bell"], R, '15091', None, keys=[r'dominion textile'])
A('how_much', "How much did Dominion Textile unsuccessfully bid for Avondale Mills?", ["104-mln- U.S.-dlr"], R, '15091', M(104e6, 'USD'),
  keys=[r'avondale'])
U('how_many', "How many Burlington Industries shares has Asher Edelman bought?", R, '15091',
  [[r'edelman', r'burlington']])
A('how_many', "How far offshore Louisiana is Noble Affiliates' Ship Shoal 80 gas discovery?", ["about 10 miles", "10 miles"], R, '10521',
  N(10), keys=[r'ship shoal 80|noble affiliates|samedan'])
A('when', "When should gas sales from Noble Affiliates' Ship Shoal 80 well begin?", ["the first quarter of 1988", "first quarter of 1988"],
  R, '10521', "1988-Q1", keys=[r'ship shoal 80|samedan'])
A('how_many', "How deep was Samedan's Ship Shoal 80 discovery well drilled?", ["7,500 feet", "7,500"], R, '10521', N(7500),
  keys=[r'ship shoal 80|samedan'])
A('who', "Who was named president and co-chief executive of Axlon in March 1987?", ["Austin C. Marshall", "Marshall"], R, '3544', None,
  keys=[r'axlon'])
A('who', "Which bank bought BankAmerica Finance Ltd?", ["Bank of Ireland"], R, '3184', None, keys=[r'bankamerica finance'])
A('how_much', "What pre-tax gain does BankAmerica expect from selling BankAmerica Finance?", ["23 mln dlrs"], R, '3184', M(23e6, 'USD'),
  keys=[r'bankamerica finance'])
U('how_much', "What price did Bank of Ireland pay for BankAmerica Finance?", R, '3184',
  [[r'bankamerica finance'], [r'bank of ireland', r'bankamerica']])
A('who', "Who leads the investor group buying BancTEXAS's Sulphur Springs affiliate?", ["Gene Watson"], R, '21140', None,
  keys=[r'sulphur springs'])
A('how_many', "How many new stores does Albertson's plan to open in 1987?", ["33 to 35"], R, '616', None, keys=[r"albertson"])
A('how_much', "How much will Albertson's spend on new and remodeled stores in 1987?", ["in excess of 200 mln dlrs", "200 mln dlrs"],
  R, '616', M(200e6, 'USD'), keys=[r"albertson"])
A('how_many', "How many dairy cattle for Egypt were covered by the export bonus the CCC accepted in March 1987?", ["760 head", "760"],
  R, '9290', N(760), keys=[r'egypt', r'dairy cattle'])
A('who', "Which company received the CCC export bonus on dairy cattle for Egypt in March 1987?", ["Esmah Nevada Inc", "Esmah Nevada"],
  R, '9290', None, keys=[r'esmah'])
A('where', "Where has Canon of Virginia opened its new copier plant?", ["Newport News, Va.", "Newport News"], R, '19230', None,
  keys=[r'canon', r'virginia'])
A('how_much', "How much did Canon's Virginia plant cost?", ["26 mln dlr"], R, '19230', M(26e6, 'USD'), keys=[r'canon', r'virginia'])
U('how_many', "How many workers will Canon's Newport News plant employ?", R, '19230',
  [[r'canon', r'newport news'], [r'canon', r'virginia', r'employ|worker|job']])
A('who', "Who offered to take Century Business Credit private?", ["Stanley Tananbaum", "Tananbaum"], R, '12298', None,
  keys=[r'century business credit'])
A('how_much', "How much per share is Stanley Tananbaum offering for Century Business Credit?", ["24.40 dlrs per share", "24.40 dlrs"],
  R, '12298', M(24.40, 'USD'), keys=[r'century business credit'])
A('how_much', "What is Arco's posted price for West Texas Intermediate after its October 1987 increase?", ["19.00 dlrs a barrel", "19.00 dlrs"],
  R, '20936', M(19.0, 'USD'), keys=[r'\barco\b|atlantic richfield', r'west texas intermediate'])
A('when', "When had Arco last changed its crude oil postings before its October 19, 1987 increase?", ["September 30"], R, '20936',
  "1987-09-30", keys=[r'\barco\b', r'september 30'])
A('who', "Who was sworn in as U.S. Commerce Secretary in October 1987?", ["C. William Verity", "Verity"], R, '21031', None,
  keys=[r'verity'])
A('how_much', "At what price are NEECO shares being offered?", ["18.25 dlrs each", "18.25 dlrs"], R, '2120', M(18.25, 'USD'), keys=[r'neeco'])
A('how_many', "How many NEECO shares is the company itself selling in the offering?", ["1,200,000"], R, '2120', N(1200000), keys=[r'neeco'])
A('how_many', "How many companies did the Long-Term Credit Bank of Japan survey on 1987 capital spending?", ["1,169"], R, '8652', N(1169),
  keys=[r'long-term credit bank', r'survey'])
A('how_many', "In how many countries will the Nippon Shinpan-Master Joint Card be honoured?", ["160"], R, '21560', N(160),
  keys=[r'nippon shinpan'])
A('when', "When did Nippon Shinpan reach its card agreement with Visa International?", ["September 29"], R, '21560', "1987-09-29",
  keys=[r'nippon shinpan'])
A('who', "Which Lucky Securities director commented on the Korea Europe Fund?", ["Park Sin-bom"], R, '6980', None, keys=[r'park sin-bom|lucky securities'])
A('when', "When was the Korea Fund listed on the New York Stock Exchange?", ["September 1984"], R, '6980', "1984-09",
  keys=[r'korea fund'])
A('where', "In which city will the Korea Europe Fund be listed?", ["London"], R, '6980', None, keys=[r'korea europe fund'])
U('who', "Who will manage the Korea Europe Fund's portfolio?", R, '6980',
  [[r'korea europe fund']])
A('how_many', "How many companies does Saudi Arabia's new share index cover?", ["48"], R, '5170', N(48), keys=[r'saudi', r'index'])
A('when', "When will Varity hold its special shareholders' meeting on transferring stated capital?", ["April 9"], R, '5092', "1987-04-09",
  keys=[r'varity'])
A('who', "Under what name was Varity Corp previously known?", ["Massey-Ferguson Ltd", "Massey-Ferguson"], R, '5092', None,
  keys=[r'varity', r'massey'])
A('how_many', "How many Gelco shares does the Mutual Shares investor group hold?", ["575,859"], R, '6103', N(575859), keys=[r'gelco'])
A('where', "Where is Mutual Shares Corp based?", ["New York"], R, '6103', None, keys=[r'mutual shares'])
A('how_many', "To what level will the EC raise Argentina's quota for high-quality Hilton beef?", ["34,300 tonnes", "34,300"], R, '20511',
  N(34300), keys=[r'hilton beef'])
A('how_much', "How big a shortfall was expected in the EC budget for 1987, according to the June 1987 summit reports?",
  ["5.7 billion dlr"], R, '19591', M(5.7e9, 'USD'), keys=[r'\bEC\b|european community', r'shortfall|deficit', r'5\.7 billion'])
A('where', "Where is Apparel Computer Systems, Gandalf's marketing partner, based?", ["Concord, Calif.", "Concord"], R, '15627', None,
  keys=[r'apparel computer'])
A('where', "Where is First Bank System's Lewiston subsidiary located?", ["Lewiston, Mont."], R, '16922', None, keys=[r'lewiston'])
A('where', "In which city is Chase Manhattan acting as issuing agent for NEC's euro-commercial paper?", ["London"], R, '9359', None,
  keys=[r'\bNEC\b', r'commercial paper|euro-cp'])

# ---------------- BBC ----------------
A('how_much', "How much did the fan website Trek United hope to raise to fund a fifth series of Star Trek: Enterprise?", ["$32m", "£17m"],
  B, 'entertainment/183', M(32e6, 'USD'), keys=[r'trek united|star trek'])
A('where', "In which city did Star Trek fans plan a rally to save Enterprise?", ["Los Angeles"], B, 'entertainment/183', None,
  keys=[r'star trek', r'rally'], ev="will stage a rally in Los Angeles on 25 February")
A('how_many', "How many viewers did the fourth series of Star Trek: Enterprise average per episode?", ["2.9 million"], B, 'entertainment/183',
  N(2900000), keys=[r'enterprise', r'viewers'])
A('who', "Which actor plays Captain Archer in Star Trek: Enterprise?", ["Scott Bakula", "Bakula"], B, 'entertainment/183', None,
  keys=[r'captain archer|bakula'])
U('how_much', "How much did the Star Trek fans' full-page advert in the Los Angeles Times cost?", B, 'entertainment/183',
  [[r'star trek', r'los angeles times'], [r'trek', r'advert|\bad\b', r'cost']])
A('how_many', "Within how many years should all crown courts have separate facilities for witnesses, under Lord Falconer's plan?",
  ["four years"], B, 'politics/118', N(4), keys=[r'falconer', r'witness'])
U('how_much', "How much will Lord Falconer's five-year plan to support court witnesses cost?", B, 'politics/118',
  [[r'falconer', r'witness', r'£|cost|million|funding']])
A('who', "Which QC resigned from the special advocates panel over the UK's anti-terror laws?", ["Ian MacDonald QC", "Ian MacDonald"],
  B, 'politics/160', None, keys=[r'macdonald|mcdonald', r'terror|advocate'])
A('how_many', "How many lawyers sit on the panel of special advocates cleared to act for terror suspects?", ["19"], B, 'politics/160',
  N(19), keys=[r'special advocate|security clearance'], ev="He was part of a 19-strong panel")
A('when', "When was the Anti-Terrorism, Crime and Security Act introduced?", ["2001"], B, 'politics/160', "2001",
  keys=[r'anti-terrorism, crime and security act'])
U('how_many', "How many terror suspects were detained without trial under the UK's anti-terror law when Ian MacDonald QC resigned?",
  B, 'politics/160', [[r'macdonald', r'detain|detention'], [r'belmarsh|detainees', r'held', r'\b(eleven|twelve|\d+) (foreign|men|detainees|suspects)']])
A('who', "Who inducted U2 into the Rock and Roll Hall of Fame?", ["Bruce Springsteen", "Springsteen"], B, 'entertainment/291', None,
  keys=[r'hall of fame', r'u2'])
A('when', "In which year was U2 formed?", ["1977"], B, 'entertainment/291', "1977", keys=[r'\bU2\b', r'1977|formed'])
A('how_many', "How old was Chrissie Hynde when the Pretenders entered the Rock and Roll Hall of Fame?", ["53"], B, 'entertainment/291',
  N(53), keys=[r'hynde'])
A('where', "At which New York hotel was the 2005 Rock and Roll Hall of Fame ceremony held?", ["Waldorf Astoria", "New York's Waldorf Astoria"],
  B, 'entertainment/291', None, keys=[r'hall of fame', r'waldorf'])
U('when', "When was the Pretenders' guitarist James Honeyman-Scott's death?", B, 'entertainment/291',
  [[r'honeyman-scott'], [r'farndon']])
A('where', "Where is the Fifa World Player of the Year award ceremony for 2004 held?", ["Zurich's Opera house", "Zurich"], B, 'sport/271', None,
  keys=[r'world player of the year', r'zurich'])
A('when', "In which year did Dublin's Media Lab Europe open?", ["2000"], B, 'tech/282', "2000", keys=[r'media lab'])
A('who', "Who is managing director of Media Lab Europe?", ["Simon Jones"], B, 'tech/282', None, keys=[r'media lab'])
A('how_many', "How many people will lose their jobs when Dublin's Media Lab Europe closes?", ["more than 50", "50"], B, 'tech/282', N(50),
  keys=[r'media lab'])
U('how_much', "How much did the Irish government invest in setting up Media Lab Europe?", B, 'tech/282',
  [[r'media lab', r'irish government|government', r'euro|\$|£']])
A('who', "Which UBS strategist commented on India's credit rating upgrade by S&P?", ["Bhanu Baweja", "Baweja"], B, 'business/018', None,
  keys=[r'baweja'])
U('when', "When did S&P last change India's foreign currency rating before the upgrade that lifted it to BB+?", B, 'business/018',
  [[r'india', r"s&p|standard & poor|standard and poor", r'rating']])
A('where', "In which city will Iraq's communications ministry hold an investor road-show for its phone licences?", ["Amman, Jordan", "Amman"],
  B, 'business/129', None, keys=[r'iraq', r'road-show|roadshow|amman'])
A('how_many', "How many telephone licences is Iraq inviting bids for?", ["two"], B, 'business/129', N(2), keys=[r'iraq', r'licen[cs]e'])
U('when', "When is the deadline for bids on Iraq's two telephone licences?", B, 'business/129',
  [[r'iraq', r'licen[cs]e', r'deadline|bids|closing']])
A('where', "At which university is the blind student Victor Wong studying?", ["Cornell University", "Cornell"], B, 'tech/051', None,
  keys=[r'victor wong|cornell'])
A('how_many', "How many piano notes does Victor Wong's colour-to-sound software use?", ["88"], B, 'tech/051', N(88), keys=[r'wong', r'notes'])
A('how_many', "At what age did Victor Wong lose his sight?", ["seven"], B, 'tech/051', N(7), keys=[r'wong', r'blind'])
A('who', "Who won the top entertainment moment in the BBC's 2004 TV moments poll?", ["Natasha Kaplinsky", "Kaplinsky"], B,
  'entertainment/189', None, keys=[r'kaplinsky'])
U('how_many', "How many viewers voted in the BBC's 2004 TV Moments poll?", B, 'entertainment/189',
  [[r'tv moment', r'vote|voters|viewers']])
A('how_many', "How many Elvis Presley reissues are being released to mark his 70th birthday anniversary?", ["18"], B, 'entertainment/144',
  N(18), keys=[r'elvis|presley', r'reissue|re-release'])
A('who', "Who wrote the tsunami charity single Grief Never Grows Old?", ["Mike Read"], B, 'entertainment/144', None,
  keys=[r'grief never grows old'])
A('how_many', "How fast can Honda's Asimo robot run?", ["3km/h"], B, 'tech/246', N(3), keys=[r'asimo'])
A('how_many', "How tall is Honda's improved Asimo robot?", ["130cm"], B, 'tech/246', N(130), keys=[r'asimo'])
U('how_much', "How much does Honda's Asimo robot cost to build?", B, 'tech/246', [[r'asimo', r'cost|price|\$|£|yen']])
A('who', "Who was put in temporary charge of Tottenham after Jacques Santini resigned?", ["Martin Jol", "Jol"], B, 'sport/202', None,
  keys=[r'santini'])
U('when', "When did Jacques Santini join Tottenham?", B, 'sport/202', [[r'santini', r'joined|appointed|took over|moved']])
A('how_much', "How much did the Foreign Office's 2005 White Paper on the EU cost to produce?", ["about £2,500", "£2,500"], B, 'politics/082',
  M(2500.0, 'GBP'), keys=[r'white paper', r'\beu\b|europe'])
A('when', "In which year did Margaret Thatcher secure the UK's EU budget rebate?", ["1984"], B, 'politics/082', "1984",
  keys=[r'rebate', r'thatcher'])
A('where', "Where did Michael Johnson criticise British sprinters at an elite coaches' conference?", ["Birmingham"], B, 'sport/037', None,
  keys=[r'michael johnson', r'conference|birmingham'])

# ---------------- AG News ----------------
A('where', "Which skating club do ice dancers Loren Galler-Rabinowitz and David Mitchell represent?", ["Skating Club of Boston", "Boston"],
  G, 'test-7086', None, keys=[r'galler-rabinowitz'])
U('when', "When will David Mitchell have shoulder surgery?", G, 'test-7086', [[r'galler-rabinowitz|david mitchell']])
A('how_many', "How many people were killed by the bombs near a US convoy in western Baghdad that Thursday?", ["37"], G, 'test-2835', N(37),
  keys=[r'baghdad', r'\b37\b'])
A('how_many', "How many passing yards did Peyton Manning have against the Titans in his co-MVP showdown with Steve McNair?", ["254 yards", "254"],
  G, 'test-2067', N(254), keys=[r'manning', r'mcnair|titans'])
A('where', "Where did the Colts beat the Titans 31-17?", ["Nashville"], G, 'test-2067', None, keys=[r'colts', r'titans'])
A('how_many', "How many acres had Alaska's record 2004 wildfires burned?", ["5 million acres", "5 million"], G, 'test-210', N(5000000),
  keys=[r'alaska', r'wildfire|fire'])
A('where', "In which country did Dell leave the low-end consumer PC market?", ["China"], G, 'test-48', None, keys=[r'dell', r'low-end'])
U('how_much', "What is Dell's revised growth target for China?", G, 'test-48', [[r'dell', r'china', r'growth target|target']])
A('how_many', "How long until T-Mobile USA expects to offer broadband mobile data services?", ["at least the next two years", "two years"],
  G, 'test-7056', N(2), keys=[r't-mobile', r'broadband|high-speed'])
U('who', "Who is the chief executive of T-Mobile USA?", G, 'test-7056', [[r't-mobile', r'chief executive|ceo|president']])
A('how_much', "What share of Americans have used the Internet to buy prescription drugs, according to the 2004 study?", ["4 percent"], G,
  'test-3606', P(4.0), keys=[r'prescription drugs', r'internet|online'])
A('where', "In which city was the BMW International Open played when Fredrik Jacobson shot 65?", ["MUNICH", "Munich"], G, 'test-714', None,
  keys=[r'jacobson', r'bmw'])
A('how_many', "What score did Fredrik Jacobson card in the second round of the BMW International Open?", ["65"], G, 'test-714', N(65),
  keys=[r'jacobson'])
A('where', "At which course did Hee-Won Han win the Safeway Classic in a playoff?", ["Columbia Edgewater Country Club"], G, 'test-2100', None,
  keys=[r'hee-won han|safeway'])
A('where', "In which city was a Citibank branch bombed, killing a security guard?", ["Buenos Aires"], G, 'test-5940', None,
  keys=[r'citibank', r'blast|bomb|explos'])
U('how_many', "How many Argentine bank branches were hit by the bombs that killed a guard at a Citibank branch?", G, 'test-5940',
  [[r'argentin', r'bank', r'blast|bomb|explos']])

# ---- extra near-miss questions added after the first absence searches ----
U('where', "Where was Diplomat Electronics headquartered before its planned move?", R, '2912',
  [[r'diplomat electronics'], [r'\bdiplomat\b', r'headquarter|based']])
U('where', "Where is Nolan Bushnell's company Axlon based?", R, '3544', [[r'axlon'], [r'bushnell']])
U('when', "In what year did Nolan Bushnell found Axlon?", R, '3544', [[r'axlon'], [r'bushnell', r'found']])
U('where', "In which city did Hee-Won Han lose a playoff the month before her Safeway Classic win?", G, 'test-2100',
  [[r'hee-won han|\bhan\b', r'playoff'], [r'hee-won']])
U('where', "Where is the Star Trek fan website Trek United based?", B, 'entertainment/183', [[r'trek united'], [r'star trek', r'fan']])
U('where', "In which city is Century Business Credit headquartered?", R, '12298', [[r'century business credit']])
U('how_many', "How many stores did Albertson's operate in early 1987?", R, '616',
  [[r"albertson"], [r"alberston"]])
U('who', "Who is Century Business Credit's chief financial officer?", R, '12298',
  [[r'century business credit', r'financial officer|treasurer|CFO|vice president']])
