# Draft question list. Each answerable: (type, question, answers, doc, evidence, normalized, also[(doc, evidence)])
# Unanswerable: (type, question, about_doc, search_patterns)
A = []
U = []
def a(t, q, ans, doc, ev, norm=None, also=()):
    A.append(dict(type=t, question=q, answers=ans, doc=doc, evidence=ev, normalized=norm, also=list(also)))
def u(t, q, about, pats):
    U.append(dict(type=t, question=q, about=about, pats=pats))
M = lambda amt, cur: {"amount": float(amt), "currency": cur}
P = lambda p: {"percent": float(p)}
N = lambda c: {"count": c}

# ---------------- WHO ----------------
a("who", "Which Yankees pitcher broke his hand punching a clubhouse wall?", ["Kevin Brown", "Brown"], "test-1142",
  "Kevin Brown's frustrating season finally reached a boiling point",
  also=[("test-1199", "Kevin Brown had successful surgery on his broken left hand")])
a("who", "Which PeopleSoft chief executive's mistaken remarks forced the board to file a corrected meeting transcript with the SEC?",
  ["Craig Conway", "Conway"], "test-3665", "PeopleSoft 's board knew that CEO Craig Conway had erred in his comments")
a("who", "Whom did Davydenko defeat in the Kremlin Cup semis?", ["Mikhail Youzhny", "Youzhny"], "test-3942",
  "to beat Russian Davis Cup teammate Mikhail Youzhny in a tough Kremlin Cup semifinal")
a("who", "Who took the men's Olympic triathlon gold in Athens?", ["Hamish Carter"], "test-741",
  "NEW ZEALAND scored an unprecedented Olympic double in the men 's triathlon yesterday when Hamish Carter")
a("who", "Who is the author of the biography 'Namath'?", ["Mark Kriegel", "Kriegel"], "test-874",
  "Mark Kriegel's 441-page biography includes plenty of football")
a("who", "Who is science director at the European Space Agency?", ["David Southwood", "Professor David Southwood"], "test-5850",
  "Professor David Southwood, director of science for the European Space Agency (ESA)")
a("who", "Which Chinese diver finished second behind Guo Jingjing in the women's 3-meter springboard?", ["Wu Minxia"], "test-697",
  "Wu Minxia made it a 1-2 finish for the world 's diving superpower, taking the silver")
a("who", "Which games industry veteran started Digital Chocolate?", ["Trip Hawkins", "Hawkins"], "test-1627",
  "Video game pioneer Trip Hawkins is going mobile. His latest act, a Silicon Valley company called Digital Chocolate")
a("who", "Who is Tata Teleservices' vice president of networks?", ["R. Sridharan", "Mr R. Sridharan", "Sridharan"], "tech/023",
  "said Mr R. Sridharan, vice president of networks at Tata")
a("who", "Which administrators did Argonaut Games bring in?", ["David Rubin & Partners"], "tech/114",
  "Argonaut called in administrators David Rubin & Partners on Friday",
  also=[("tech/119", "said David Rubin of administrators David Rubin & Partners")])
a("who", "Who runs wi-fi hotspot operator Broadreach?", ["Magnus McEwen-King", "McEwen-King"], "tech/339",
  "Broadreach chief executive Magnus McEwen-King")
a("who", "Which anti-virus software maker is Microsoft buying?", ["Sybari Software", "Sybari"], "tech/003",
  "Microsoft said it would buy anti-virus software maker Sybari Software",
  also=[("tech/007", "the company announced it was to buy security software maker Sybari Software")])
a("who", "Which University of Texas student did the Texas attorney general sue as an alleged spammer?",
  ["Ryan Samuel Pitylak", "Pitylak"], "tech/273", "The Texas lawsuit was filed against Ryan Samuel Pitylak, a University ofTexas student")
a("who", "Which horse beat favourite Kitten's Joy in the Breeders' Cup Turf at Lone Star Park?", ["Better Talk Now"], "test-4902",
  "Overcoming huge favorite Kitten 's Joy, Better Talk Now pulled off a surprising upset")
a("who", "Who was booked for the 2005 Super Bowl halftime show?", ["Paul McCartney", "Sir Paul McCartney", "McCartney"], "test-6265",
  "Paul McCartney will headline the 2005 Super Bowl halftime show",
  also=[("test-6303", "have signed a deal with Sir Paul McCartney to entertain millions"),
        ("entertainment/175", "Sir Paul McCartney will provide the half-time entertainment"),
        ("entertainment/133", "Sir Paul McCartney wowed fans with a live mini-concert at American football's Super Bowl"),
        ("entertainment/145", "Sir Paul McCartney wowed fans with a live mini-concert at American football's Super Bowl")])
# ---------------- WHEN ----------------
a("when", "When is TDC's budget mobile brand easyMobile due to launch in Britain?", ["March 2005"], "test-6566",
  "with mobile network operator T-Mobile in Britain in March 2005", "2005-03")
a("when", "On what date did Shamil Basayev claim responsibility for the school siege in Beslan?", ["Sept. 17, 2004", "Friday"], "test-2013",
  "MOSCOW Sept. 17, 2004 - Chechen rebel leader Shamil Basayev purportedly took responsibility Friday", "2004-09-17")
a("when", "When did ICANN give its preliminary approval to the .mobi and .jobs domains?", ["Dec 13, 2004", "Monday"], "test-7305",
  "NEW YORK Dec 13, 2004 - The Internet 's key oversight agency gave a preliminary nod Monday", "2004-12-13")
a("when", "When were two ex-auditors of Parmalat sent to trial for market rigging?", ["Oct. 5, 2004"], "test-3208",
  "MILAN, Italy Oct. 5, 2004 - Two former auditors at Parmalat were ordered to stand trial", "2004-10-05")
a("when", "When did the Sony-led consortium agree in principle to acquire MGM?", ["Sept. 13, 2004"], "test-1663",
  "LOS ANGELES Sept. 13, 2004 - A consortium led by Sony Corp. has agreed in principle", "2004-09-13")
a("when", "The 2004 intrusion into the House of Commons was its worst security breach since which year?", ["1642"], "test-1910",
  "the worst security breach at the House of Commons since 1642", "1642")
a("when", "When did Firefox 1.0 come out?", ["9 November", "November 9, 2004", "Tuesday, November 9, 2004"], "tech/196",
  "the open-source browser Firefox 1.0, released on 9 November", None,
  also=[("test-5374", "Tuesday, November 9, 2004 will likely go down in the history books as the day the browser wars officially started")])
a("when", "When was Valve's Half-Life 2 officially released?", ["16 November"], "tech/195",
  "Half-Life 2 was officially released on 16 November")
a("when", "When did the Santy worm first appear?", ["20 December"], "tech/257",
  "The Santy worm first appeared on 20 December")
a("when", "When are peer-to-peer pirates Trowbridge and Chicoine to be sentenced?", ["29 April"], "tech/075",
  "The two men are due to be sentenced on 29 April.")
a("when", "On what date is MTV's Asia Aid tsunami concert?", ["3 February"], "tech/295",
  "MTV's Asia Aid will be held in Bangkok on 3 February")
a("when", "What is the deadline for UK gamers to sign up for the Four-Kings Painkiller qualifiers?", ["12 November"], "tech/140",
  "UK gamers have until 12 November to register their interest")
a("when", "By when does Sony aim to have shipped three million PSP consoles?", ["March 2005"], "tech/238",
  "Sony says it intends to ship three million of the consoles by March 2005.", "2005-03")
a("when", "At what time did NASA's Swift satellite lift off?", ["12:16 pm EST"], "test-6155",
  "aboard a Boeing Delta 2 rocket at 12:16 pm EST")
a("when", "On what date did closing arguments start in Calvin Murphy's trial?", ["Dec. 6, 2004", "Monday, Dec. 6, 2004"], "test-2027",
  "waits for the start of closing arguments in his trial Monday, Dec. 6, 2004", "2004-12-06")
# ---------------- HOW_MUCH ----------------
a("how_much", "What is Sprint paying for Nextel?", ["more than $36 billion", "$36 billion", "about $36 billion"], "test-7149",
  "Sprint Corp. is in advanced talks to buy Nextel Communications Inc. for more than $36 billion", M(36e9, "USD"),
  also=[("test-7445", "would buy mobile telephone company Nextel Communications Inc. for about $36 billion")])
a("how_much", "How much did Kroger's quarterly profit rise when price cuts made it miss estimates?", ["29 percent"], "test-181",
  "on Tuesday posted a 29 percent rise in quarterly profit due to cost controls", P(29))
a("how_much", "What is Motorola Israel's scanner contract with the US Postal Service worth?", ["about $300 million", "$300 million"], "test-5340",
  "under a three-year deal worth about $300 million", M(300e6, "USD"))
a("how_much", "How much did Larry Ellison earn in salary and bonus in Oracle's financial year to May 31?", ["$US3.85 million", "$5.53 million"], "test-1585",
  "earned $US3.85 million ($5.53 million) in salary and bonus for the financial year that ended May 31", M(3.85e6, "USD"))
a("how_much", "What price is eBay paying for Rent.com?", ["$415 million"], "test-7600",
  "EBay plans to buy the apartment and home rental service Rent.com for $415 million", M(415e6, "USD"))
a("how_much", "What is GE's quarterly dividend per share after its 10 percent increase?", ["22 cents per share", "22 cents"], "test-7118",
  "raised the company 's quarterly dividend by 10 percent to 22 cents per share", M(0.22, "USD"))
a("how_much", "What is Carl Pavano's four-year contract with the Yankees worth?", ["in excess of $38 million", "$38 million"], "test-7187",
  "snaring New Englander Carl Pavano with a four-year deal in excess of $38 million", M(38e6, "USD"))
a("how_much", "What record level did US internet advertising revenue hit in the second quarter?", ["US$2.37 billion", "$3.5 billion"], "test-2228",
  "US internet ad revenue jumped to a record US$2.37 billion ($3.5 billion) in the second quarter", M(2.37e9, "USD"))
a("how_much", "How deep is the pay cut Delta pilots accepted under CEO Gerald Grinstein's plan?", ["32.5"], "test-6681",
  "That 's the starting date for the 32.5 pay cut agreed upon under Chief Executive Gerald Grinstein 's master plan.", P(32.5))
a("how_much", "How much is each Pilgrim Baxter founder paying to settle improper trading charges?", ["$80 million each", "$80 million"], "test-5987",
  "The two founders of the Pilgrim Baxter mutual fund family have agreed to pay $80 million each", M(80e6, "USD"))
a("how_much", "What does Sony's PSP cost in Japan?", ["19,800 yen", "about 19,800 yen"], "tech/238",
  "The PSP is selling in Japan for 19,800 yen ($188; £98)", M(19800, "JPY"),
  also=[("tech/112", "will cost about 19,800 yen (145 euros)"),
        ("test-4683", "for its new PlayStation Portable - 19,800 yen ($186)")])
a("how_much", "What is the budget of the EU's NM2 personalised media project?", ["7.5m euro", "£5.1m"], "tech/113",
  "an ambitious new 7.5m euro (£5.1m) project funded by the European Union", M(7.5e6, "EUR"))
a("how_much", "What maximum fine do P2P pirates William Trowbridge and Michael Chicoine face?", ["$250,000", "£130,000"], "tech/075",
  "The pair face jail terms of up to five years and a $250,000 (£130,000) fine.", M(250000, "USD"))
a("how_much", "By what percentage did US blog readership grow in 2004?", ["58%", "58"], "tech/078",
  "blog readership has shot up by 58% in the last year", P(58),
  also=[("test-6595", "Blog readership shoots up 58 in 2004")])
# ---------------- HOW_MANY ----------------
a("how_many", "With how many strikeouts did Adam Dunn break the major league season record?", ["190"], "test-2864",
  "set the major league record for strikeouts in one season with 190", N(190))
a("how_many", "How many points did Shaquille O'Neal score in his Miami Heat debut?", ["16"], "test-5096",
  "shot 7-for-9 and finished with 16 points in his Miami debut", N(16))
a("how_many", "How old did Jacques Chirac turn in late 2004?", ["72"], "test-6619",
  "President Jacques Chirac passed his 72nd birthday yesterday", N(72))
a("how_many", "How old was Mercury astronaut Gordon Cooper when he died?", ["77"], "test-3158",
  "has died. He was 77", N(77))
a("how_many", "How old was ex-Eagles coach Nick Skorich at his death?", ["83"], "test-3095",
  "has died at the age of 83", N(83))
a("how_many", "How many scheduled flights is Southwest Airlines dropping?", ["88"], "test-434",
  "said it will eliminate 88 scheduled flights", N(88))
a("how_many", "How many US jobs is Eli Lilly cutting?", ["575"], "test-3818",
  "said Thursday it plans to cut 575 jobs", N(575))
a("how_many", "How many games is Vikings running back Onterrio Smith suspended for?", ["four games", "four"], "test-3217",
  "who has been suspended four games for violating the NFL 's substance abuse policy", N(4))
a("how_many", "How many gigabytes fit on Toshiba's 1.8in perpendicular-recording platter?", ["40GB"], "test-7394",
  "boost data density on a single 1.8in hard-disk platter to 40GB", N(40))
a("how_many", "How many listed subsidiaries does Magna International want to take private?", ["three"], "test-4488",
  "to take its three publicly traded subsidiaries private", N(3))
a("how_many", "How many broadband connections did BT sign up in its record quarter?", ["600,000"], "tech/129",
  "The 600,000 connections take the total number of people in the UK signing up for broadband from BT to almost 3.3 million", N(600000))
a("how_many", "How many gamers did Valve ban for pirating Half-Life 2?", ["20,000", "About 20,000"], "tech/195",
  "About 20,000 people have been banned from playing the Half-Life 2 game.", N(20000))
a("how_many", "How tall is the TFC 101 Tower in Taipei?", ["508m"], "tech/253",
  "the top of the 508m tall TFC 101 Tower in Taipei, Taiwan", N(508))
a("how_many", "How long was Rooster's concert phone-cast to 3G handsets?", ["45-minute"], "tech/182",
  "The 45-minute gig is due to be \"phone cast\" by the 3G mobile phone operator, 3.", N(45))
a("how_many", "How many patents was IBM granted in 2004?", ["3,248"], "tech/268",
  "IBM was granted 3,248 patents in 2004", N(3248))
# ---------------- WHERE ----------------
a("where", "In which city were truckers arrested under ESMA on the sixth day of the strike?", ["New Delhi"], "test-688",
  "New Delhi, August 26: The sixth day of the truckers strike")
a("where", "At which ground did New Zealand rout the United States by 210 runs?", ["the Oval", "Oval"], "test-1552",
  "in the ICC Champions Trophy Pool A match at the Oval yesterday")
a("where", "In which US state did a federal jury order Medtronic to pay an inventor $109 million?", ["Tennessee"], "test-2715",
  "A jury in federal court in Tennessee has ordered Medtronic Inc. to pay at least $109 million")
a("where", "From which launch site did NASA's Swift satellite take off?", ["Cape Canaveral Air Force Station", "Launch Complex 17A"], "test-6155",
  "from Launch Complex 17A at the Cape Canaveral Air Force Station")
a("where", "Where did cricketer Keith Miller die?", ["Melbourne"], "test-3571",
  "has died in Melbourne aged 84")
a("where", "In which Pakistani city did a car bomb at a rally kill at least 37 people?", ["Multan"], "test-3312",
  "in the central Pakistani city of Multan")
a("where", "In which city was Calvin Murphy tried?", ["Houston"], "test-2027",
  "in his trial Monday, Dec. 6, 2004, in Houston")
a("where", "From which cosmodrome did the Soyuz carrying Leroy Chiao and Salizhan Sharipov blast off?",
  ["Baikonur cosmodrome", "Baikonur Cosmodrome", "Baikonur", "Kazakhstan"], "test-3763",
  "lifted off from the Baikonur cosmodrome Thursday",
  also=[("test-3740", "will leave the Baikonur Cosmodrome on a Soyuz rocket"),
        ("test-3781", "after blasting off from the Baikonur cosmodrome in Kazakhstan"),
        ("test-463", "will take off from the Baikonur space station in the former Soviet republic of Kazakhstan")])
a("where", "Where is Tata Teleservices based?", ["Chennai"], "tech/023",
  "This has led Chennai-based Tata to turn to equipment that uses lasers")
a("where", "In which Chinese province is the Wolong Nature Reserve?", ["Sichuan Province", "Sichuan"], "tech/107",
  "The Wolong Nature Reserve in the Sichuan Province of southwest China")
a("where", "Which city will host MTV's Asia Aid concert?", ["Bangkok"], "tech/295",
  "MTV's Asia Aid will be held in Bangkok on 3 February")
a("where", "In which German city is the Cebit fair held?", ["Hanover"], "tech/347",
  "Cebit, the world's largest hi-tech fair, has opened its doors in Hanover",
  also=[("tech/395", "CeBit fever has taken over Hanover.")])
a("where", "Where will the first stop of the CPL World Tour take place?", ["Istanbul, Turkey", "Istanbul"], "tech/140",
  "The first stop on the world tour will be Istanbul, Turkey from 10-13 February.",
  also=[("tech/274", "the first leg will be in Istanbul")])
a("where", "Where is Argonaut Games headquartered?", ["Edgware", "Edgware in north London", "north London"], "tech/114",
  "there are 80 staff at Argonaut headquarters in Edgware in north London",
  also=[("tech/119", "there were 80 workers at Argonaut headquarters in Edgware in north London")])
a("where", "Where did Diego Maradona go for cocaine addiction treatment?", ["Cuba", "Havana"], "test-2221",
  "Argentine soccer legend Diego Maradona finally departed for Cuba Monday")
a("how_much", "How big was Sun Microsystems' first-quarter net loss?", ["$174 million"], "test-3835",
  "Sun Microsystems managed to reduce its net loss in the first quarter to $174 million", M(174e6, "USD"))

# ---------------- UNANSWERABLE (near misses) ----------------
# pats: list of AND-groups (regexes, case-insensitive) run over title+text of every archive article
u("who", "Who will be chief executive of the merged Sprint Nextel?", "test-7149",
  [["Sprint", "Nextel"], ["Gary Forsee|Tim Donahue|\\bForsee\\b"], ["Sprint|Nextel", "chief executive|CEO|chairman"]])
u("who", "Who is the inventor Medtronic was ordered to pay $109 million?", "test-2715",
  [["Medtronic"], ["spinal fusion"], ["Michelson"]])
u("who", "Who is chief executive of BT Retail?", "tech/129",
  [["BT Retail"], ["Danon"]])
u("who", "Who wrote the Santy worm?", "tech/257",
  [["Santy"], ["phpBB"]])
u("who", "Who is the European Space Agency's director general?", "test-5850",
  [["ESA\\b|European Space Agency", "director|chief|head|boss"], ["Dordain"]])
u("who", "Who is chief executive of Danish telecoms operator TDC?", "test-6566",
  [["\\bTDC\\b"], ["Tele Danmark|Danish telecom"]])

u("when", "When was Mark Kriegel's Namath biography published?", "test-874",
  [["Namath|Kriegel"]])
u("when", "When did Mike Krzyzewski earn his 600th career win?", "test-7213",
  [["Krzyzewski|Coach K\\b"], ["Duke", "600th|No\\. 600"]])
u("when", "When was Mercury astronaut Gordon Cooper born?", "test-3158",
  [["Gordon Cooper|Cooper Jr"], ["Mercury", "astronaut", "born"]])
u("when", "When was apartment rental site Rent.com founded?", "test-7600",
  [["Rent\\.com"]])
u("when", "When is Sprint's acquisition of Nextel expected to close?", "test-7149",
  [["Sprint", "Nextel"]])
u("when", "When did construction of Taipei's TFC 101 Tower begin?", "tech/253",
  [["TFC|Taipei 101"], ["Taipei", "tower|skyscraper|building"]])

u("how_much", "How much is Microsoft paying for Sybari Software?", "tech/003",
  [["Sybari"]])
u("how_much", "How much did Argonaut Games' administrators raise by selling its studios?", "tech/114",
  [["Argonaut"], ["Morpheme|Just Add Monsters|Jez San"]])
u("how_much", "What did Taipei's TFC 101 Tower cost to build?", "tech/253",
  [["TFC|Taipei 101"], ["Taipei", "tower|skyscraper"]])
u("how_much", "How much will Eli Lilly save by cutting 575 jobs?", "test-3818",
  [["Lilly"]])
u("how_much", "What does Skype charge per minute for Skype Out calls?", "tech/339",
  [["Skype"]])
u("how_much", "What per-share price did Magna offer for its three subsidiaries?", "test-4488",
  [["Magna International|Magna Entertainment|Tesma|Decoma|Intier|\\bMagna\\b"]])

u("how_many", "How many copies of Half-Life 2 has Valve sold?", "tech/195",
  [["Half-Life|Half Life"], ["Valve", "sold|sales|copies"]])
u("how_many", "How many rebounds did Shaquille O'Neal grab in his Miami debut?", "test-5096",
  [["O ?'? ?Neal|Shaq", "rebound|debut"]])
u("how_many", "How many runs did the United States score against New Zealand at the Oval?", "test-1552",
  [["Champions Trophy"], ["New Zealand|Kiwis", "United States|USA|US rookies|Americans", "cricket|runs|wicket"]])
u("how_many", "How many visitors did Cebit attract in 2004?", "tech/347",
  [["Cebit|CeBIT"]])
u("how_many", "How many employees does Rent.com have?", "test-7600",
  [["Rent\\.com"]])
u("how_many", "How many people does Tata Teleservices employ?", "tech/023",
  [["Tata"]])

u("where", "At which London venue did Rooster play its 3G phone-cast gig?", "tech/182",
  [["Rooster"], ["phone ?cast|3G", "gig|concert|band"]])
u("where", "Where is alleged spam firm PayPerAction based?", "tech/273",
  [["PayPerAction|Leadplex|Pitylak|Trotter"]])
u("where", "Where did former Eagles coach Nick Skorich die?", "test-3095",
  [["Skorich"]])
u("where", "Where will the CPL World Tour grand final be held?", "tech/140",
  [["Cyberathlete|CPL World Tour|Four-Kings|Painkiller"], ["grand final", "CPL|Cyberathlete|Painkiller"]])
u("where", "At which arena did Duke beat Toledo for Krzyzewski's 700th win?", "test-7213",
  [["Krzyzewski"], ["Duke", "Toledo"], ["Cameron Indoor"]])
u("where", "Where will Motorola Israel make the Postal Service's new scanners?", "test-5340",
  [["Motorola Israel"], ["Postal Service", "Motorola|scanner"]])
