# builds ../gold.jsonl and ../articles.jsonl from the entries below
import json, re
from arch import A
IDX={(r['source'],r['id']):r for r in A}
R,B,G="reuters21578","bbc","agnews"
Q=[]
def a(t,q,ans,src,doc,ev,norm=None,also=(),key=None):
    Q.append(dict(type=t,question=q,answers=list(ans),doc=doc,source=src,evidence=ev,normalized=norm,
                  also=[{"source":s,"doc":d,"evidence":e} for s,d,e in also],_key=key))
def u(t,q,near_src,near_doc,searches):
    Q.append(dict(type=t,question=q,answers=[],doc=None,source=None,evidence=None,normalized=None,also=[],
                  _near=(near_src,near_doc),_searches=searches))
def money(x,c): return {"amount":float(x),"currency":c}
def pct(x): return {"percent":float(x)}
def cnt(x): return {"count":x}

# ---------------- WHO ----------------
a("who","Who was Exxon's new president in March 1987?",["Lee R. Raymond","Raymond"],R,"6791",
  "Exxon's new president Lee R. Raymond said earlier that it could decide to close a French refinery.",
  also=[(R,"6060","Lee R. Raymond, Exxon's new president")],key=r"Exxon")
a("who","Which Merrill Lynch London executive did the SEC charge with insider trading in March 1987?",
  ["Nahum Vaskevitch","Vaskevitch"],R,"3832",
  "Merrill Lynch in London said any further amplification on the SEC charge against its executive Nahum Vaskevitch",
  also=[(R,"3682","Nahum Vaskevitch, the managing director of the Mergers and Aquisitions Department"),
        (R,"3716","The SEC charged Nahum Vaskevitch, a managing director of Merrill Lynch"),
        (R,"3877","Nahum Vaskevitch, managing director of the Mergers and Acquisitions Department"),
        (R,"3883","the SEC charge against its executive Nahum Vaskevitch"),
        (R,"3914","Nahum Vaskevitch, head of Merrill Lynch and Co's <MER> London mergers office"),
        (R,"4343","Merrill had suspended the official, Nahum Vaskevitch"),
        (R,"11141","former Merrill Lynch executive Nahum Vaskevitch, who has been charged with insider trading")],key=r"Vaskevitch")
a("who","Who chairs Phelps Dodge?",["G. Robert Durham","Durham"],R,"18339",
  "chairman G. Robert Durham said",
  also=[(R,"18280","chairman G. Robert Durham said"),(R,"18317","Phelps Dodge Corp chairman G. Robert Durham said")],key=r"Phelps Dodge")
a("who","Who heads the political department of Iraq's Defence Ministry?",["Abdul Jabbar Muhsen"],R,"3525",
  "The political department head at Iraq's Defence Ministry, Abdul Jabbar Muhsen,",
  also=[(R,"3464","The political department head at Iraq's Defence Ministry, Abdul Jabbar Muhsen,"),
        (R,"3280","The head of the defence ministry political department, Abdul Jabbar Muhsen")],key=r"Muhsen")
a("who","Which bank lead-managed CBS's 400 mln dlr convertible debt issue in March 1987?",["Morgan Stanley Ltd","Morgan Stanley"],R,"4704",
  "said Morgan Stanley Ltd as lead manager",also=[(R,"4669","said Morgan Stanley Ltd as lead manager")],key=r"CBS")
a("who","Who is Petrobras's export director?",["Carlos Santana","Santana"],R,"4593",
  "Export director Carlos Santana told a press conference",
  also=[(R,"4689","Export director Carlos Santana told reporters")],key=r"Petrobras")
a("who","Who was president of MCI Communications in 1987?",["Bert Roberts","Roberts"],R,"2130",
  "MCI Communications Corp President Bert Roberts said",
  also=[(R,"2072","MCI president Bert Roberts told a news briefing here")],key=r"MCI")
a("who","Who bought Source Telecomputing from Reader's Digest?",
  ["Welsh, Carson, Anderson and Stowe"],R,"15052",
  "the venture capital firm of <Welsh, Carson, Anderson and Stowe>",key=r"Source Telecomputing|Welsh, Carson")
a("who","Which grain exporter will supply the wheat Britain is sending China as food aid in April 1987?",
  ["Ceres UK Ltd","Ceres UK"],R,"17383","The wheat will be supplied by grain exporter Ceres UK Ltd.",key=r"Ceres")
a("who","Who is governor of Taiwan's central bank?",["Chang Chi-cheng","Chang Chi-Cheng","Chang"],R,"956",
  "Central bank governor Chang Chi-cheng rejected a request by textile makers",
  also=[(R,"891","Central bank governor Chang Chi-cheng rejected"),(R,"1002","Central bank governor Chang Chi-cheng rejected"),
        (R,"1940","Bank governor Chang Chi-Cheng told reporters"),(R,"4093","Central bank governor Chang Chi-cheng said last week"),
        (R,"5841","central bank governor Chang Chi-cheng as saying"),(R,"8597","Central bank Governor Chang Chi-cheng told reporters"),
        (R,"17382","Central Bank governor Chang Chi-cheng defended"),(R,"18461","Central Bank Governor Chang Chi-Cheng has said"),
        (R,"19040","Central bank governor Chang Chi-Cheng told reporters"),(R,"20264","Central Bank Governor Chang Chi-cheng told reporters")],
  key=r"Chang Chi-cheng")
a("who","Who is president of the Swedish mining group Boliden?",["Kjell Nilsson","Nilsson"],R,"11841",
  "Boliden president Kjell Nilsson told a news conference",
  also=[(R,"11829","Boliden president Kjell Nilsson told a news conference"),(R,"11860","President Kjell Nilsson, announcing the 600 mln crown deal"),
        (R,"21293","the group's chief executive, Kjell Nilsson")],key=r"Boliden")
a("who","Which Hungarian firm wants to buy Shell-developed oil well equipment from Mitsubishi Heavy and Mitsui?",
  ["Chemokomplex"],R,"5828","the Hungarian company, Chemokomplex, has asked the World Bank",key=r"Chemokomplex")
a("who","Who leads Uganda's rebel Holy Spirit Movement?",["Alice Lakwena","Lakwena"],R,"21516",
  "the rebel Holy Spirit Movement of priestess Alice Lakwena",key=r"Lakwena|Holy Spirit")
a("who","Who is Karl Otto Poehl's deputy at the Bundesbank?",["Helmut Schlesinger","Schlesinger"],R,"17272",
  "Poehl's deputy, Helmut Schlesinger, a conservative monetarist",
  also=[(R,"17249","Poehl's deputy, Helmut Schlesinger, a conservative monetarist"),
        (R,"17448","Bundesbank Deputy President Helmut Schlesinger said"),
        (R,"21508","his deputy, Helmut Schlesinger")],key=r"Schlesinger")
a("who","Whom did Sergio Marchionne replace as Fiat Auto chief?",["Herbert Demel","Demel"],B,"business/189",
  "Sergio Marchionne has replaced Herbert Demel as chief executive of Fiat Auto",key=r"Demel|Fiat Auto")
# who unanswerable (7)
u("who","Who is the chief executive of CIS Technologies?",R,"13005",
  [["CIS Technologies|CIS Tech|CISIF|<CIH>","chief executive|president|chairman|officer|director"]])
u("who","Which company agreed to buy National Healthcare's five rural hospitals in March 1987?",R,"3266",
  [["National Heal?thcare","hospital"],["rural hospitals"]])
u("who","Who is the chief executive of ABN Amro?",B,"business/297",
  [["ABN Amro","chief executive|chairman|boss|head of|president"]])
u("who","Who will replace William Morrow as head of Vodafone's UK business?",B,"business/234",
  [["Vodafone","Morrow"],["Vodafone","UK chief executive|UK business|UK operation"]])
u("who","Who is the president of Gander Mountain?",R,"20375",
  [["Gander","president|chairman|chief executive|officer"]])
u("who","Who heads Britain's Overseas Development Administration?",R,"17383",
  [["Overseas Development","minister|head|director|chief|secretary"]])
u("who","Who is president of Noble Affiliates' Samedan Oil Corp?",R,"17108",
  [["Samedan"],["Noble Affiliates","president|chairman|chief"]])

# ---------------- WHEN ----------------
a("when","As of April 1987, by what date was Swiss Re's purchase of CIS Technologies shares expected to be completed?",
  ["June 11"],R,"13005","The transaction is expected to be complete by June 11.","1987-06-11",key=r"CIS Technologies")
a("when","When was First Boston's tender offer for Allegheny International set to expire?",["April Nine","April 9","April nine"],R,"4733",
  "the offer and withdrawal rioghts will expire April Nine unless extended","1987-04-09",
  also=[(R,"4910","The offer expires April 9, unless extended."),(R,"5091","will expire at midnight April nine unless extended")],key=r"Allegheny")
a("when","When does CBS's 400 mln dlr convertible debt mature?",["April 7, 2002"],R,"4704",
  "400 mln dlrs of convertible debt due April 7, 2002","2002-04-07",
  also=[(R,"4669","400 mln dlrs of convertible debt due April 7, 2002")],key=r"CBS")
a("when","When did Southern Connecticut Gas last receive a rate increase before its 1987 filing?",["January 1985"],R,"9645",
  "it last received a rate hike of three pct, or 4.8 mln dlrs, in January 1985","1985-01",key=r"Southern Connecticut Gas")
a("when","In what year did Reader's Digest buy its stake in Source Telecomputing?",["1980"],R,"15052",
  "It said it purchased an 80 pct stake in Source in 1980","1980",key=r"Source Telecomputing")
a("when","On what date did Taiwan's textile federation ask the government to hold the Taiwan dollar at 35 to the U.S. dollar?",
  ["February 19"],R,"956","The Federation asked the government on February 19 to hold the exchange rate at that level.","1987-02-19",
  also=[(R,"891","The Federation asked the government on February 19"),(R,"1002","The Federation asked the government on February 19")],
  key=r"Textile Federation")
a("when","Since when has Karl Otto Poehl led the Bundesbank?",["January 1, 1980","1980"],R,"17272",
  "Poehl has been Bundesbank chief since January 1, 1980","1980-01-01",
  also=[(R,"17249","Poehl has been Bundesbank chief since January 1, 1980"),(R,"17259","Poehl has been Bundesbank chief since January 1, 1980"),
        (R,"17915","appointed Poehl to his present job in 1980")],key=r"Poehl")
a("when","When were details of Alsthom's planned electrical-equipment job cuts due to go to labour representatives?",["March 19"],R,"5246",
  "Details of the proposed staff reductions will be put to labour representatives at a meeting on March 19.","1987-03-19",key=r"Alsthom")
a("when","By when does National Healthcare plan to finish selling its five rural hospitals?",["the end of July","end of July"],R,"3266",
  "it plans to complete the sales, which are subject to various regulatory approvals, by the end of July","1987-07",key=r"National Heal?thcare")
a("when","When will Hoechst begin producing its Ozadisc magneto-optical discs?",["mid-1988"],R,"333",
  "Hoechst will start to produce the discs by mid-1988","1988",key=r"Ozadisc|magneto-optical")
a("when","On what date did Iran launch its 1987 cross-border offensive near Basra?",["January 9"],R,"3525",
  "after an Iranian cross-border offensive launched on January 9","1987-01-09",
  also=[(R,"3464","after an Iranian cross-border offensive launched on January 9"),
        (R,"107","the operation code-named Karbala-5 launched into Iraq on January 9")],key=r"Basra")
a("when","Since what year has Petrobras been a regular buyer of Saudi oil?",["1955"],R,"4593",
  "Petrobras has been Saudi Arabia's traditional client since 1955.","1955",key=r"Petrobras")
a("when","Until when does Arsene Wenger's new Arsenal contract run?",["May 2008"],B,"sport/196",
  "Arsenal manager Arsene Wenger has signed a new contract to stay at the club until May 2008.","2008-05",
  also=[(G,"test-4696","retaining the Frenchman 's services until May 2008")],key=r"Wenger")
a("when","When did Herbert Demel take charge of Fiat Auto?",["November 2003"],B,"business/189",
  "Mr Demel, a car industry veteran, took the helm in November 2003","2003-11",key=r"Demel")
a("when","When did Channel 4's soap Brookside start?",["1982"],B,"entertainment/198",
  "when the Channel 4 soap began in 1982","1982",key=r"Brookside")
# when unanswerable (7)
u("when","When will the first Hilton Suites hotel open?",R,"5607",[["Hilton","Suites"]])
u("when","When will Allis-Chalmers hold the shareholder meeting that must approve selling its mining equipment business to Boliden?",
  R,"11841",[["Allis-Chalmers","meeting|vote|shareholders"]])
u("when","When did Alpine Associates buy its Leaseway Transport shares?",R,"3632",
  [["Alpine Associates"],["Leaseway","Alpine"],["Leaseway","565,100|5.9 pct"]])
u("when","By what date will ABN Amro complete its 2,850 job cuts?",B,"business/297",
  [["ABN Amro","2,850|job cuts|jobs|staff"]])
u("when","When is Ceres UK's food-aid wheat due to arrive in China?",R,"17383",
  [["Ceres"],["China","wheat","food aid","arriv|deliver"]])
u("when","When will Norsk Data publish its full-year 1987 results?",R,"21546",[["Norsk Data"]])
u("when","When did Paul Gascoigne join Boston United as player-coach?",G,"test-3303",[["Gascoigne|Gazza"],["Boston","player-coach"]])

# ---------------- HOW MUCH ----------------
a("how_much","What did the Soros group pay for Goodrich shares?",["69 mln dlrs","about 69 mln dlrs"],R,"6065",
  "The group said it paid about 69 mln dlrs for the 1,389,600 Goodrich shares",money(69e6,"USD"),key=r"Goodrich")
a("how_much","What was BASF Corp's net profit in 1986?",["105 mln dlrs","105 mln"],R,"9175",
  "net profit of its U.S. Operating company, BASF Corp, rose last calendar year to 105 mln dlrs from 39 mln in 1985",money(105e6,"USD"),
  also=[(R,"9417","Net 105 mln dlrs vs 39 mln")],key=r"BASF")
a("how_much","What did Phelps Dodge pay for Columbian Chemicals?",["240 mln dlrs"],R,"18339",
  "last year paid 240 mln dlrs for Columbian Chemicals Co",money(240e6,"USD"),
  also=[(R,"18317","last year paid 240 mln dlrs for Columbian Chemicals Co")],key=r"Columbian Chemicals")
a("how_much","What price per share is Swiss Reinsurance paying for new CIS Technologies stock?",["2.50 dlrs a share","2.50 dlrs"],R,"13005",
  "Swiss Re will acquire 5.5 mln newly issued CIS stock at 2.50 dlrs a share",money(2.50,"USD"),key=r"CIS Technologies")
a("how_much","At what price can CBS's 1987 convertible debt be exchanged for CBS shares?",["200 dlrs per share","200 dlrs"],R,"4704",
  "convertible into shares of CBS at a price of 200 dlrs per share",money(200,"USD"),
  also=[(R,"4669","convertible into shares of CBS at a price of 200 dlrs per share")],key=r"CBS")
a("how_much","What was the Saudi crude deal that Petrobras cancelled in March 1987 worth?",["40 mln dlr","40-mln dlr"],R,"4593",
  "Petrobras, cancelled a 40 mln dlr crude oil purchase from Saudi Arabia",money(40e6,"USD"),
  also=[(R,"4689","Petrobras has cancelled a 40 mln dlr crude oil purchase from Saudi Arabia"),
        (R,"5123","Petrobras cancelled a 40-mln dlr crude oil purchase from the Saudis"),
        (R,"5125","Petrobras cancelled a 40 mln dlr crude oil purchase from the Saudis"),
        (R,"5281","Petrobras cancelled a 40 mln dlr crude oil purchase from the Saudis"),
        (R,"13096","Petrobras cancelled a 40-mln dlr oil purchase from Saudi Arabia")],key=r"Petrobras")
a("how_much","How much did Alpine Associates pay for its Leaseway Transport stake?",["28.1 mln dlrs"],R,"3632",
  "it bought the stock for 28.1 mln dlrs",money(28.1e6,"USD"),key=r"Leaseway")
a("how_much","How much did MCI Communications lose in the fourth quarter of 1986?",["448 mln dlr"],R,"2130",
  "MCI reported a 448 mln dlr loss",money(448e6,"USD"),key=r"MCI")
a("how_much","What is Northwest Airlines' Airbus A340 order worth?",["more than 2.5 billion dlrs","2.5 billion dlrs"],R,"12985",
  "in a deal worth more than 2.5 billion dlrs",money(2.5e9,"USD"),key=r"Northwest")
a("how_much","What was IBM's net income in the first quarter of 1987?",["785 mln dlrs","785 mln"],R,"16264",
  "IBM said net income fell to 785 mln dlrs or 1.30 dlrs a share",money(785e6,"USD"),
  also=[(R,"16246","Net 785 mln vs 1.02 billion")],key=r"IBM|International Business Machines")
a("how_much","How much extra revenue would Southern Connecticut Gas's proposed 1987 rate increase bring in?",["about 4.2 mln dlrs","4.2 mln dlrs"],R,"9645",
  "raise its rates by 2.7 pct, or about 4.2 mln dlrs",money(4.2e6,"USD"),key=r"Southern Connecticut Gas")
a("how_much","What is Mark IV Industries offering per Conrac share?",["25 dlr per share","25 dlrs a share","25 dlrs each","25 dlr a share","25-dlr-per-share","25 dlr"],R,"8690",
  "Mark IV Industries Inc said it has started the 25 dlr per share tender offer for all shares of Conrac Corp",money(25,"USD"),
  also=[(R,"8512","begin a tender offer at 25 dlrs a share for all outstanding shares of Conrac Corp"),
        (R,"8944","saying the 25 dlr offer is inadequate"),
        (R,"8947","the 25-dlr-per-share tender offer for all its shares launched this morning by Mark IV Industries Inc"),
        (R,"11915","tender offer for all Conract shares at 25 dlrs each"),
        (R,"12146","rejected a 25 dlr a share tender offer from Mark IV Industries Inc"),
        (R,"14949","Mark IV Industries Inc <IV> started tendering for all Conrac shares at 25 dlrs each")],key=r"Conrac")
a("how_much","What will Britain's April 1987 wheat aid shipment to China cost its aid program?",["3.4 mln stg"],R,"17383",
  "at a cost to the British aid program of 3.4 mln stg",money(3.4e6,"GBP"),key=r"Ceres|Overseas Development")
a("how_much","What is Boliden paying for Allis-Chalmers' mining equipment unit?",["600 mln crowns","600 mln crown"],R,"11841",
  "for 600 mln crowns",money(600e6,"SEK"),
  also=[(R,"11829","for 600 mln crowns"),(R,"11860","announcing the 600 mln crown deal")],key=r"Boliden")
a("how_much","What pay rise had Spanish private bank employers offered before the June 1987 strike?",["4.75 pct"],R,"19226",
  "Employers offered a 4.75 pct wage increase last month.",pct(4.75),
  also=[(R,"19070","Banks implemented a 4.75 pct wage increase last month.")],key=r"bank")
a("how_much","What cash price per share did Murphy Oil offer minority holders of Murphy Oil Co Ltd?",["31 dlrs (Canadian)","31 dlrs"],R,"19341",
  "would be offered the option to receive 31 dlrs (Canadian) a share cash",money(31,"CAD"),key=r"Murphy Oil")
# how_much unanswerable (6)
u("how_much","How much did Welsh, Carson, Anderson and Stowe pay for Source Telecomputing?",R,"15052",
  [["Source Telecomputing|Welsh, Carson"]])
u("how_much","How much is Kroger paying for the nine Safeway stores in Dallas?",R,"13090",
  [["Kroger","Safeway|Dallas"],["Safeway","Dallas","stores","dlrs"]])
u("how_much","What did Norfolk Southern pay Rouge Steel for its Pike County coal reserves?",R,"2395",
  [["Rouge Steel|Pike County|Pocahontas Land"],["Norfolk Southern","coal","dlrs"]])
u("how_much","How much did Noble Affiliates bid for the West Cameron 296 tract?",R,"17108",
  [["West Cameron"],["Noble Affiliates|Samedan"]])
u("how_much","How much will Alsthom save by cutting 420 jobs in its electrical equipment division?",R,"5246",
  [["Alsthom"]])
u("how_much","How much will Agere Systems' restructuring cost?",G,"test-2760",[["Agere"]])

# ---------------- HOW MANY ----------------
a("how_many","How many Goodrich shares did the Soros group buy?",["1,389,600"],R,"6065",
  "paid about 69 mln dlrs for the 1,389,600 Goodrich shares",cnt(1389600),key=r"Goodrich")
a("how_many","According to Australia's trade negotiations minister in October 1987, how many producers make up the Cairns Group?",
  ["14"],R,"21391","the Cairns Group of 14 major agricultural producers",cnt(14),
  also=[(R,"20091","the Cairns Group of 14 agricultural and commodity producers")],key=r"Cairns Group")
a("how_many","How much recoverable coal did Norfolk Southern buy from Ford's Rouge Steel unit?",["112 mln tons"],R,"2395",
  "completed the purchase of 112 mln tons of recoverable coal reserves",cnt(112000000),key=r"Rouge Steel")
a("how_far" if False else "how_many","How far is the Karda Ku peak from Baghdad?",["340 kms"],R,"3525",
  "overlooking the northern post of Haj Omran and 340 kms north of Baghdad",cnt(340),
  also=[(R,"3464","overlooking the northern post of Haj Omran and 340 kms north of Baghdad")],key=r"Karda Ku")
a("how_many","How many new CIS Technologies shares will Swiss Re get?",["5.5 mln"],R,"13005",
  "Swiss Re will acquire 5.5 mln newly issued CIS stock",cnt(5500000),key=r"CIS Technologies")
a("how_many","How many jobs will Sony's second Malaysian audio subsidiary create?",["1,000 jobs","1,000"],R,"8631",
  "and provide 1,000 jobs",cnt(1000),key=r"Sony")
a("how_many","How many common shares is Gander Mountain now authorized to issue?",["10 million"],R,"20375",
  "approved a doubling of authorized common shares to 10 million from five million",cnt(10000000),key=r"Gander")
a("how_many","How many U.S. IBM employees were expected to take the retirement incentives announced in 1986?",["more than 12,000","12,000"],R,"16264",
  "it expects more than 12,000 U.S. employees to take advantage of the retirement incentives",cnt(12000),key=r"IBM|International Business Machines")
a("how_many","What is the annual capacity in tonnes of Esso SAF's Port Jerome refinery?",["seven mln tonnes"],R,"6791",
  "The Port Jerome refinery has an annual production capacity of seven mln tonnes",cnt(7000000),key=r"Port Jerome")
a("how_many","How much feed wheat is Britain shipping to China as food aid in April 1987?",["39,250 tonnes"],R,"17383",
  "The U.K. Will ship 39,250 tonnes of feed wheat to China this month",cnt(39250),key=r"China")
a("how_many","How many jobs will Alsthom's electrical equipment division lose?",["420 jobs","420"],R,"5246",
  "it planned to slash 420 jobs this year",cnt(420),key=r"Alsthom")
a("how_many","How many Safeway stores in Dallas is Kroger buying?",["nine"],R,"13090",
  "Kroger Co said it agreed to buy nine retail food stores from the Dallas division",cnt(9),key=r"Kroger")
a("how_many","How many U.S.-made cars did Ford sell in February 1987?",["157,031"],R,"1544",
  "Ford's sales of U.S. cars for the month of February were up 6.9 pct to 157,031 from 146,898.",cnt(157031),key=r"Ford")
a("how_many","For how many more years was Poehl to stay Bundesbank president?",["eight years","eight","eight-year"],R,"17272",
  "keep Bundesbank President Karl Otto Poehl in office for a further eight years",cnt(8),
  also=[(R,"17249","keep Bundesbank President Karl Otto Poehl in office for a further eight years"),
        (R,"17259","keep Poehl in office for another eight years"),
        (R,"17915","Poehl is likely to have his contract renewed for another eight years"),
        (R,"21508","gave Poehl another eight-year term")],key=r"Poehl")
a("how_many","How many international goals did Mia Hamm score?",["158 goals","158"],B,"sport/241",
  "with 158 goals in 276 games for the US",cnt(158),key=r"Hamm")
a("how_many","How old was actress Anna Keaveney when she died?",["55"],B,"entertainment/198",
  "has died of lung cancer aged 55",cnt(55),key=r"Keaveney")
# how_many unanswerable (6)
u("how_many","How many staff work at Esso's Fos sur Mer refinery?",R,"6791",
  [["Fos","refiner"],["Esso SAF|ESSO SAF"]])
u("how_many","How many people does Sony's Toyo Audio subsidiary in Penang employ?",R,"8631",[["Toyo Audio"],["Penang"]])
u("how_many","How many passengers were injured in the Philippine train crash into a ravine?",G,"test-5562",
  [["Philippine|Manila",r"\btrain|\brail"],["ravine"],["derail"]])
u("how_many","How many 3G customers does Vodafone have in Japan?",B,"business/234",
  [["Vodafone","Japan"],["Vodafone","3G|third-generation"]])
u("how_many","How many Holy Spirit Movement rebels closed Uganda's main road to Kenya in October 1987?",R,"21516",
  [["Holy Spirit|Lakwena"],["Uganda","rebels"]])
u("how_many","How many employees will Agere Systems have after its 500 job cuts?",G,"test-2760",[["Agere"]])

# ---------------- WHERE ----------------
a("where","In which Texas town did BASF build its second acrylic acid plant?",["Freeport, Texas","Freeport"],R,"9175",
  "the second acrylic acid plant in Freeport, Texas",key=r"acrylic")
a("where","In which county are the coal reserves Norfolk Southern bought from Rouge Steel?",["Pike County, Ky.","Pike County"],R,"2395",
  "112 mln tons of recoverable coal reserves in Pike County, Ky.",key=r"Rouge Steel|Pike County")
a("where","Where will Barron Hilton unveil the Hilton Suites?",["the Waldorf Astoria","Waldorf Astoria"],R,"5607",
  "at a press conference Tuesday at the Waldorf Astoria",key=r"Hilton")
a("where","Where is securities dealer Alpine Associates based?",["Cresskill, N.J.","Cresskill"],R,"3632",
  "Alpine Associates, a Cresskill, N.J. securities dealer",key=r"Alpine Associates")
a("where","In which Malaysian state will Sony's second audio subsidiary be located?",["Penang"],R,"8631",
  "<Sony Electronics (M) Sdn Bhd> in Penang will have initial capital of about 2.5 billion yen",key=r"Sony")
a("where","Where is Kerdix Inc based?",["Boulder, Colorado","Boulder"],R,"333",
  "<Kerdix Inc.>, Boulder, Colorado",key=r"Kerdix")
a("where","Which city's trip did Alan Greenspan cut short after the October 1987 stock market crash?",["Dallas"],R,"20184",
  "Alan Greenspan cut short a scheduled trip to Dallas",key=r"Greenspan")
a("where","Where is Murphy Oil's Canadian subsidiary based?",["Calgary, Alberta, Canada","Calgary, Alberta","Calgary"],R,"19341",
  "Murphy Oil Co Ltd of Calgary, Alberta, Canada",key=r"Murphy Oil")
a("where","Through which Kenyan port does most of Uganda's foreign trade pass?",["Mombasa"],R,"21516",
  "carry 90 pct of Uganda's foreign trade to the Kenyan port of Mombasa",
  also=[(R,"4785","Uganda has a direct rail link with the Kenyan port of Mombasa through which it conducts 70 pct of its external trade")],
  key=r"Uganda")
a("where","Which of Esso SAF's two French refineries lies west of Paris?",["Port Jerome"],R,"6791",
  "He said Port Jerome west of Paris and Fos sur Mer on the Mediterranean",
  also=[(R,"6060","Port Jerome west of paris with a similar capacity")],key=r"Port Jerome")
a("where","Which country was Brazil's main oil supplier in early 1987?",["Iraq"],R,"4593",
  "Iraq is the main supplier with 235,000 bpd.",also=[(R,"4689","Iraq is the main supplier with 235,000 bpd.")],key=r"Brazil")
a("where","From which country does Hungary get 90 pct of its crude oil?",["the Soviet Union","Soviet Union"],R,"5828",
  "Hungary gets 90 pct of its crude oil from the Soviet Union.",key=r"Hungary")
a("where","Which northern Iraqi post does the Karda Ku peak overlook?",["Haj Omran"],R,"3525",
  "overlooking the northern post of Haj Omran",also=[(R,"3464","overlooking the northern post of Haj Omran")],key=r"Karda Ku")
a("where","Where was the concert at which Sizzla swore?",["St Thomas, Jamaica","St Thomas"],B,"entertainment/246",
  "he consistently swore during a concert in St Thomas, Jamaica",key=r"Sizzla")
a("where","Where is the BUPA Great Caledonian Run held?",["Edinburgh"],B,"sport/085",
  "the BUPA Great Caledonian Run in Edinburgh on 8 May",key=r"Caledonian Run")
a("where","Where was actress Anna Keaveney born?",["Runcorn, Cheshire","Runcorn"],B,"entertainment/198",
  "Born in Runcorn, Cheshire",key=r"Keaveney")
# where unanswerable (6)
u("where","In which city will the first Hilton Suites hotel be built?",R,"5607",[["Hilton","Suites"]])
u("where","Where is CIS Technologies headquartered?",R,"13005",
  [["CIS Technologies|CISIF|<CIH>","based|headquarter|offices"],["CIS Technologies|CISIF|<CIH>"]])
u("where","Where is Noble Affiliates' Samedan Oil Corp headquartered?",R,"17108",
  [["Samedan"],["Noble Affiliates","based|headquarter"]])
u("where","Where did Denver Broncos defensive tackle Luther Elliss play college football?",G,"test-7563",[["Elliss"]])
u("where","In which state are the five rural hospitals National Healthcare agreed to sell in 1987?",R,"3266",
  [["National Heal?thcare"],["rural hospitals"]])
u("where","Where does Agere Systems plan to make its 500 job cuts?",G,"test-2760",[["Agere"]])

# ---- rebalancing toward BBC / AG News: drop some Reuters questions, add these ----
DROP={"How much did MCI Communications lose in the fourth quarter of 1986?",
 "Which bank lead-managed CBS's 400 mln dlr convertible debt issue in March 1987?",
 "Which grain exporter will supply the wheat Britain is sending China as food aid in April 1987?",
 "Who heads the political department of Iraq's Defence Ministry?",
 "Who is Karl Otto Poehl's deputy at the Bundesbank?",
 "Who is governor of Taiwan's central bank?",
 "Since what year has Petrobras been a regular buyer of Saudi oil?",
 "When did Southern Connecticut Gas last receive a rate increase before its 1987 filing?",
 "On what date did Taiwan's textile federation ask the government to hold the Taiwan dollar at 35 to the U.S. dollar?",
 "How much did Alpine Associates pay for its Leaseway Transport stake?",
 "What pay rise had Spanish private bank employers offered before the June 1987 strike?",
 "How much extra revenue would Southern Connecticut Gas's proposed 1987 rate increase bring in?",
 "What was IBM's net income in the first quarter of 1987?",
 "How many jobs will Sony's second Malaysian audio subsidiary create?",
 "How many common shares is Gander Mountain now authorized to issue?",
 "How many U.S.-made cars did Ford sell in February 1987?",
 "How much feed wheat is Britain shipping to China as food aid in April 1987?",
 "How many Safeway stores in Dallas is Kroger buying?",
 "How many U.S. IBM employees were expected to take the retirement incentives announced in 1986?",
 "From which country does Hungary get 90 pct of its crude oil?",
 "Which country was Brazil's main oil supplier in early 1987?",
 "Where is Kerdix Inc based?",
 "Which northern Iraqi post does the Karda Ku peak overlook?",
 "How many employees will Agere Systems have after its 500 job cuts?",
}
Q[:]=[q for q in Q if q["question"] not in DROP]

a("who","Which Vodafone executive will run its troubled Japanese unit?",["William Morrow","Morrow"],B,"business/234",
  "Vodafone has drafted in its UK chief executive William Morrow to take charge of its troubled Japanese operation.",key=r"Morrow")
a("who","Which Myanmar prime minister was sacked and put under house arrest for corruption?",["General Khin Nyunt","Khin Nyunt"],G,"test-4077",
  "Myanmar's Prime Minister General Khin Nyunt",key=r"Khin Nyunt")
a("who","Who gave Barcelona the lead in their 2-1 win at Albacete?",["Andres Iniesta","Iniesta"],G,"test-7167",
  "Andres Iniesta put Barca ahead after just two minutes",key=r"Albacete|Iniesta")
a("who","Who led Barclays when it posted record 2004 profits?",["John Varley","Varley"],B,"business/126",
  "Barclays' chief John Varley said",key=r"Varley")
a("who","Who chairs Russia's State Duma?",["Boris Gryzlov","Gryzlov"],G,"test-3195",
  "Boris Gryzlov, chairman of the State Duma",also=[(G,"test-1873","Duma speaker Boris Gryzlov said")],key=r"Gryzlov|Duma")
a("when","Since what year has Sizzla been releasing albums?",["1995"],B,"entertainment/246",
  "has released 25 albums since 1995","1995",key=r"Sizzla")
a("when","By what year could a BMW crossover vehicle be on the market?",["2008"],B,"business/141",
  "implying that a BMW crossover could be on the market by 2008","2008",key=r"BMW")
a("when","When did Boris Gryzlov say the Duma would be ready to ratify the Kyoto Protocol?",["October","in October"],G,"test-3195",
  "the Duma will be prepared in October to ratify the Kyoto Protocol",None,key=r"Kyoto")
a("how_much","What one-off charge will ABN Amro take for cutting 2,850 jobs?",["790m euros"],B,"business/297",
  "will result in a one-off charge of 790m euros ($1.1bn)",money(790e6,"EUR"),key=r"ABN Amro")
a("how_much","How much did Novartis spend buying Hexal and a stake in Eon Labs?",["5.65bn euros","$7.4bn"],B,"business/201",
  "Swiss drugmaker Novartis has announced 5.65bn euros ($7.4bn; £3.9bn) of purchases",money(5.65e9,"EUR"),key=r"Hexal|Novartis")
a("how_much","What were Barclays' pre-tax profits for 2004?",["£4.6bn"],B,"business/126",
  "Profits for the year to 31 December rose 20% to £4.6bn ($8.6bn).",money(4.6e9,"GBP"),key=r"Barclays")
a("how_much","What equity value did China Resources Breweries pay for Lion Nathan's Chinese brewing interests?",["$71-million"],G,"test-1758",
  "for an equity value of $71-million",money(71e6,"USD"),key=r"Lion Nathan")
a("how_much","What did Chelsea pay Parma for Adrian Mutu?",["£15.8m"],B,"sport/199",
  "Mutu, a £15.8m signing from Parma last season",money(15.8e6,"GBP"),key=r"Mutu")
a("how_many","How old was Paul Gascoigne when he quit as Boston's player-coach?",["37"],G,"test-3303",
  "The 37-year-old former wants to complete the course",cnt(37),key=r"Gascoigne")
a("how_many","How long did Sean O'Keefe head NASA?",["three tumultuous years","three years","three turbulent years"],G,"test-7275",
  "is resigning after three tumultuous years heading the US space program",cnt(3),
  also=[(G,"test-7303","spending three turbulent years at the helm of the US space agency"),
        (G,"test-7482","he is leaving the position he has held for three years")],key=r"Keefe")
a("how_many","How many employees is Agere Systems laying off?",["500"],G,"test-2760",
  "it will lay off 500 employees, or 7.6 per cent of its workforce",cnt(500),key=r"Agere")
a("how_many","How many people died when Philippine train cars plunged into a ravine?",["at least four","four"],G,"test-5562",
  "killing at least four people",cnt(4),key=r"ravine")
a("how_many","How many jobs is ABN Amro cutting?",["2,850"],B,"business/297",
  "ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs",cnt(2850),key=r"ABN Amro")
a("how_many","How long was Sizzla jailed for swearing on stage?",["15 days"],B,"entertainment/246",
  "The singer must serve 15 days in prison",cnt(15),key=r"Sizzla")
a("where","At which ballpark did the Phillies announce Larry Bowa's dismissal?",["Citizens Bank Park"],G,"test-3027",
  "before Saturday 's game against the Marlins at Citizens Bank Park",key=r"Bowa")
a("where","Where did Barcelona win 2-1 to go 12 points clear in the Primera Liga?",["Albacete","at Albacete"],G,"test-7167",
  "thanks to a 2-1 win at Albacete",also=[(B,"sport/245","leaders Barcelona, who snatched a late 2-1 win at Albacete on Saturday")],key=r"Albacete")
a("where","Ahead of which motor show did BMW's Helmut Panke reveal its crossover plans?",["Geneva","the Geneva motor show"],B,"business/141",
  "Speaking at a BMW event ahead of the Geneva motor show",key=r"Panke")
a("where","What is ABN Amro's largest single market?",["the United States","United States"],B,"business/297",
  "a fall in mortgage lending in the United States - the bank's largest single market",key=r"ABN Amro")
u("how_many","How old was Larry Bowa when the Phillies fired him?",G,"test-3027",[["Bowa"],["Phillies","manager","year-old|aged"]])
