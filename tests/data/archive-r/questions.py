R='reuters21578'; B='bbc'; A='agnews'
def usd(x): return {"amount": float(x), "currency": "USD"}
def gbp(x): return {"amount": float(x), "currency": "GBP"}
def pct(x): return {"percent": float(x)}
def cnt(x): return {"count": x}
# (type, question, answers, src, doc, evidence, normalized, also[(src,doc,evidence)])
# unanswerable: (type, question, None, src_of_nearmiss, doc_of_nearmiss, None, None, [])
F = [
# Foley's 18685
('how_many',"How many staff will Foley's Dallas distribution operation keep?",["125"],R,'18685',"cutting staff to 125 from 300",cnt(125),[]),
('where',"Where will Foley's offer jobs to displaced Dallas hourly workers?",["Houston distribution center","Houston"],R,'18685',"comparable jobs at its Houston distribution center",None,[]),
('how_much',"What will Foley's Dallas distribution consolidation cost?",None,R,'18685',None,None,[]),
('when',"When will Foley's finish consolidating its Dallas distribution operations?",None,R,'18685',None,None,[]),
# Allied-Lyons 4518 / 7918
('who',"Who chairs Allied-Lyons?",["Derrick Holden-Brown","Holden-Brown"],R,'4518',"Allied-Lyons chairman Derrick Holden-Brown",None,
  [(R,'7879',"chairman Derrick Holden-Brown said in a speech prepared for delivery to Toronto analysts"),(R,'7918',"chairman Derrick Holden-Brown said in answer to reporters' queries")]),
('how_much',"What did Allied-Lyons pay for 51 pct of Hiram Walker-Gooderham?",["about 600 mln U.S. dlrs","600 mln U.S. dlrs"],R,'4518',"Allied-Lyons got 51 pct control of Hiram Walker-Gooderham last year for about 600 mln U.S. dlrs",usd(600e6),[]),
('when',"When did Allied-Lyons move to acquire Hiram Walker-Gooderham and Worts?",["March, 1986"],R,'7918',"acquire Hiram Walker-Gooderham and Worts Ltd in March, 1986",'1986-03',[]),
('how_much',"How large a stake in Castlemaine Toohey did Allied-Lyons sell?",["24.9 pct"],R,'7918',"its 24.9 pct interest in Australian brewers Castlemaine Toohey",pct(24.9),[]),
('how_much',"What price did Allied-Lyons get for its Castlemaine Toohey interest?",None,R,'7918',None,None,[]),
# Toshiba 12513
('how_much',"How much did Toshiba spend on R and D in the year to March 31, 1986?",["190.3 billion yen"],R,'12513',"Toshiba, which spent 190.3 billion yen on research and development in the year ended March 31 1986",{"amount":190.3e9,"currency":"JPY"},[]),
('who',"Who is Toshiba's public relations manager?",["Yuji Wakayama","Wakayama"],R,'12513',"manager of Toshiba's public relations Yuji Wakayama",None,[]),
('how_many',"How long before Toshiba's superconductors appear in marketable machines?",["five years"],R,'12513',"it will probably be five years before it can incorporate superconductors in marketable machines",cnt(5),[]),
('who',"Who led the Toshiba team that developed superconductive wire?",None,R,'12513',None,None,[]),
('how_much',"How much did Toshiba spend developing its superconductive wire?",None,R,'12513',None,None,[]),
('where',"At which Toshiba laboratory was the superconductive wire developed?",None,R,'12513',None,None,[]),
# IADB 8310
('how_much',"How much extra did James Baker offer for the IADB's seventh capital replenishment?",["nine billion dlrs","nine billion dlr"],R,'8310',"put up an additional nine billion dlrs to the seventh IADB four-year capital replenishment",usd(9e9),
  [(R,'8548',"ready to subscribe nine billion dlrs to a new four-year capital replenishment of the Bank"),(R,'9673',"conditioned a nine billion dlr increase in its contribution on approving the reforms")]),
# Dana 11709
('how_much',"How much Dana Corp debt did Moody's downgrade?",["700 mln dlrs"],R,'11709',"downgraded 700 mln dlrs of debt of Dana Corp",usd(700e6),
  [(R,'6230',"may downgrade 700 mln dlrs of debt of Dana Corp")]),
# Volvo 6991
('who',"Which bank lead-manages Volvo's 70 billion eurolire bond?",["Banca Commerciale Italiana"],R,'6991',"lead manager Banca Commerciale Italiana said",None,
  [(R,'7018',"lead manager Banca Commerciale Italiana said")]),
('when',"When does AB Volvo's 70 billion eurolire bond mature?",["May 31, 1990"],R,'6991',"bond due May 31, 1990",'1990-05-31',
  [(R,'7018',"bond due May 31, 1990")]),
# USSR 10350
('how_many',"How many Soviet ministries had direct foreign trading rights by late March 1987?",["21"],R,'10350',"Kamentsev said 21 ministries and 75 enterprises now had the right to deal for themselves on world markets",cnt(21),[]),
# First City 18471
('how_much',"What did First City Bancorp of Texas lose in the first quarter of 1987?",["44.5 mln dlrs"],R,'18471',"had a first quarter loss of 44.5 mln dlrs",usd(44.5e6),[]),
# Hungary 10520
('when',"When was Hungary's wage freeze due to expire in 1987?",["April 1"],R,'10520',"wage freeze decree would expire on April 1",'1987-04-01',
  [(R,'335',"A four-month basic wage freeze expires on April 1.")]),
# Advance Circuits 803
('who',"Which lender signed a 9.5 mln dlr loan pact with Advance Circuits?",["Washington Square Capital Inc","Washington Square Capital"],R,'803',"borrowing agreement with Washington Square Capital Inc",None,[]),
('when',"When is Advance Circuits' new loan due?",["March 1990"],R,'803',"the entire loan is due March 1990",'1990-03',[]),
('how_much',"How much did Advance Circuits owe First National Bank of St. Paul?",None,R,'803',None,None,[]),
('who',"Who is the chief executive of Washington Square Capital?",None,R,'803',None,None,[]),
# NZ 16740
('how_much',"How much did New Zealand's CPI rise in the year to March 1987?",["18.3 pct"],R,'16740',"For the 12 months ended March 1987 the CPI rose 18.3 pct",pct(18.3),[]),
# Rotterdam 4735
('when',"Until what date were Rotterdam port employers barred from pursuing their redundancy plans?",["May 7"],R,'4735',"served with an injunction until May 7",'1987-05-07',
  [(R,'4781',"until the court sits again on May 7"),(R,'5870',"could not proceed until a final ruling on May 7"),(R,'14959',"The court is due to make a final ruling on May 7")]),
('where',"Which city's court blocked the Rotterdam port redundancies in March 1987?",["Amsterdam"],R,'4735',"An Amsterdam court yesterday ruled there had been a legal fault",None,
  [(R,'4781',"yesterday's ruling by an Amsterdam court"),(R,'5870',"A court in Amsterdam ruled last week"),(R,'14959',"following an Amsterdam court's interim injunction")]),
('when',"When did the 1987 strikes in Rotterdam port's general cargo sector start?",["January 19"],R,'4735',"lightning strikes that began on January 19",'1987-01-19',
  [(R,'518',"the strikes which started January 19"),(R,'969',"began on January 19 in protest at plans for 800 redundancies"),(R,'2310',"The series of strikes in the sector started on January 19"),(R,'3796',"The dispute began on January 19"),(R,'4781',"the strikes, which began on January 19"),(R,'5870',"general cargo sector began on January 19"),(R,'14959',"Two months of strikes in the sector began on January 19")]),
# South Africa 8980
('when',"When will banks get the first three pct repayment under South Africa's new debt accord?",["July 15","July 15, 1987"],R,'8980',"banks will receive on July 15 repayments representing three pct",'1987-07-15',
  [(R,'8819',"The three pct payment will be due July 15, 1987."),(R,'8901',"a three pct down payment permitted on July 15, 1987")]),
# SNET 12216
('who',"Who is SNET's senior vice president of finance?",["Daniel Miglio","Miglio"],R,'12216',"senior vice president of finance Daniel Miglio",None,[]),
# Chemical 723
('where',"Where is Chemical Bank centralizing its Gulf activities?",["Bahrain"],R,'723',"centralizing the bank's Gulf activities in Bahrain",None,[]),
('how_many',"How many people worked at Chemical Bank's Dubai office?",None,R,'723',None,None,[]),
('when',"On what date will Chemical Bank's Dubai office close?",None,R,'723',None,None,[]),
# Bangladesh 19662
('how_much',"What revenue will Bangladesh lose by scrapping the land development tax?",["130 mln taka"],R,'19662',"revenue shortfall of 130 mln taka",{"amount":130e6,"currency":"BDT"},[]),
('who',"Who is secretary-general of the Bangladesh Nationalist Party?",["K.M. Obaidur Rahman","Obaidur Rahman"],R,'19662',"the opposition Bangladesh Nationalist Party, K.M. Obaidur Rahman",None,[]),
('when',"When does Bangladesh's fiscal year 1987/88 begin?",["July 1"],R,'19662',"for fiscal 1987/88 starting July 1",'1987-07-01',
  [(R,'14847',"1987/88 fiscal year beginning July 1"),(R,'19539',"fiscal 1987/88 beginning on July 1")]),
# Disney 4506
('who',"Who will be president of Euro Disneyland?",["Robert J. Fitzpatrick","Fitzpatrick"],R,'4506',"named Robert J. Fitzpatrick, president of Euro Disneyland",None,[]),
('how_many',"How far from Paris is the Euro Disneyland site?",["20 miles"],R,'4506',"20 miles east of Paris",cnt(20),
  [(R,'4694',"to be built 20 miles east of Paris"),(R,'8693',"a new town 20 miles east of Paris")]),
('where',"In which French town will Euro Disneyland be built?",["Marne-la-Vallee"],R,'4506',"nearly 5,000 acres in Marne-la-Vallee",None,
  [(R,'8693',"5,000 acres at Marne-la-Vallee")]),
('when',"When did Robert Fitzpatrick become president of the California Institute of the Arts?",None,R,'4506',None,None,[]),
# Walsh 3590
('how_many',"How long did prosecutor Lawrence Walsh want immunity for North and Poindexter delayed?",["at least 90 days","90 days"],R,'3590',"delay limited immunity for North and Poindexter for at least 90 days",cnt(90),
  [(R,'5405',"hold off on their request for at least 90 days"),(R,'6589',"hold off for 90 days before hearing testimony from Oliver North and John Poindexter")]),
# Surinam 1888
('where',"Where is Surinam's four-day economic crisis congress being held?",None,R,'1888',None,None,[]),
# Oranges 15675
('where',"Which Italian region's oranges suffered frost damage in March 1987?",["Calabria"],R,'15675',"damage to oranges in the Calabria region in southern Italy",None,[]),
# Airbus 20704
('who',"Which French minister said Airbus would cooperate with McDonnell Douglas?",["Jacques Douffiagues","Douffiagues"],R,'20704',"French Transport Ministry Jacques Douffiagues said",None,[]),
('when',"When were U.S. and EC officials to meet in London over Airbus?",["October 27"],R,'20704',"in London on October 27",'1987-10-27',[]),
# Swift 16519
('who',"Which company is buying Swift Independent's Huron pork plant?",["Huron Dressed Beef"],R,'16519',"pork plant to Huron Dressed Beef",None,
  [(R,'16379',"pork plant to Huron Dressed Beef")]),
('how_much',"How much is Huron Dressed Beef paying for Swift's South Dakota pork plant?",None,R,'16519',None,None,[]),
('when',"When is Swift Independent's sale of its Huron pork plant expected to close?",None,R,'16519',None,None,[]),
('how_many',"How many workers does Huron Dressed Beef plan to hire at the Huron pork plant?",None,R,'16519',None,None,[]),
# Datapoint 16575
('who',"Who is Datapoint's new chief financial officer?",["John Peter"],R,'16575',"John Peter as chief financial officer",None,[]),
('who',"Who replaced John Peter as Datapoint's corporate controller?",None,R,'16575',None,None,[]),
('where',"In which city is Datapoint Corp headquartered?",None,R,'16575',None,None,[]),
# Barclays 13926
('when',"When does John Kerslake take charge of Barclays' North American operations?",["June 1"],R,'13926',"takes up his new job on June 1",'1987-06-01',[]),
# Ethylene 12770
# UMOA 10995
('where',"Where did UMOA hold its extraordinary meeting in February 1987?",["Yamoussoukro"],R,'10995',"an extraordinary UMOA meeting held in Ivory Coast's inland capital, Yamoussoukro",None,
  [(R,'10936',"an extraordinary UMOA meeting held in Ivory Coast's inland capital, Yamoussoukro")]),
# Holiday 2527
('when',"When do Holiday Inns' 900 mln dlr senior notes mature?",["1994"],R,'2527',"900 mln dlrs of senior notes due 1994",'1994',
  [(R,'2860',"900 mln dlrs of notes due 1994"),(R,'3148',"900 mln dlr issue of senior notes due 1994")]),
# Ecolab 8529
('how_much',"What is Ecolab paying for ChemLawn?",["370 mln dlr","about 370 mln dlrs","370 mln dlrs"],R,'8529',"ChemLawn Corp <CHEM> for 370 mln dlr",usd(370e6),
  [(R,'8010',"for a total of about 370 mln dlrs"),(R,'8495',"acquire ChemLawn for 370 mln dlrs"),(R,'9285',"in a transaction valued at about 370 mln dlrs")]),
# GATT 16507
('how_many',"How many GATT secretariat staff joined the April 1987 strike?",["Some 340","340"],R,'16507',"Some 340 General Agreement on Tariffs and Trade (GATT) secretariat staff staged a half-day strike",cnt(340),
  [(R,'16511',"Some 340 General Agreement on Tariffs and Trade (GATT) secretariat staff staged a half-day strike")]),
# Kongsberg 19071
('who',"Which Norwegian prosecutor is investigating Kongsberg Vaapenfabrikk?",["Tor-Aksel Busch","Busch"],R,'19071',"State prosecutor Tor-Aksel Busch",None,[]),
# Portugal 11442
('how_many',"How many new jobs a year does Portugal's eight-year economic plan foresee?",["32,000"],R,'11442',"creation of 32,000 new jobs a year",cnt(32000),[]),
# Stifel 19283
('how_much',"How much per share did Laidlaw Adams and Peck offer for Stifel?",["15 dlrs a share","15 dlrs"],R,'19283',"15 dlrs a share in cash",usd(15),[]),
('when',"When does Laidlaw's Stifel merger proposal expire?",["July 1"],R,'19283',"The proposal, which expires July 1",'1987-07-01',[]),
('who',"Who is the chief executive of Laidlaw Adams and Peck?",None,R,'19283',None,None,[]),
('where',"Where is Laidlaw Adams and Peck headquartered?",None,R,'19283',None,None,[]),
# Rank Xerox 18811
('when',"When was Rank Xerox South Africa founded?",["1964"],R,'18811',"Rank Xerox South Africa was founded in 1964",'1964',[]),
('how_much',"What price did Altron pay for Rank Xerox South Africa?",None,R,'18811',None,None,[]),
('where',"In which city is Rank Xerox South Africa based?",None,R,'18811',None,None,[]),
# India 8640
('where',"Where did India launch its first intercontinental-range rocket from?",["Sriharikota"],R,'8640',"blasted off from Sriharikota near Madras",None,
  [(R,'9125',"the failure of the rocket at Sriharikota in south India")]),
('how_many',"How heavy was the satellite on India's first intercontinental-range rocket?",["145 kg"],R,'8640',"placed a 145 kg satellite in a 400 km earth orbit",cnt(145),
  [(R,'9125',"placed a 145 kg satellite payload in a 400 km earth orbit")]),
('when',"When did India put its first satellite launch vehicle into space?",["1980"],R,'8640',"India put its first satellite launch vehicle into space in 1980",'1980',[]),
# ---- BBC
('how_many',"How old is runner Hayley Yelling?",["32"],B,'sport/087',"The 32-year-old will race alongside Olympic 5,000m finalist Pavey",cnt(32),[]),
('where',"Where are the GB World Cross Country trials held?",["Wollaton Park in Nottingham","Wollaton Park","Nottingham"],B,'sport/087',"the trials at Wollaton Park in Nottingham",None,[]),
('where',"Where did Hayley Yelling win the European cross country title?",None,B,'sport/087',None,None,[]),
('how_much',"What does the RNID's Video Relay Service cost per minute?",["£7.00 per minute","£7.00"],B,'tech/251',"from the current £7.00 per minute",gbp(7.0),[]),
('who',"Who is RNID's technology director?",["Guido Gybels","Gybels"],B,'tech/251',"RNID technology director, Guido Gybels",None,[]),
('how_many',"How many deaf people are taking part in the RNID video relay pilot?",None,B,'tech/251',None,None,[]),
('where',"In which city did Tony Blair buy Band Aid 20?",["Edinburgh"],B,'entertainment/143',"the charity single Band Aid 20 in Edinburgh",None,[]),
('how_much',"What annual profit did BP report for 2004?",["$16.2bn"],B,'business/221',"a 26% rise in annual profits to $16.2bn",usd(16.2e9),[]),
('how_many',"What jobless total did Germany's labour agency report for January 2005?",["5.037 million"],B,'business/275',"the jobless total had reached 5.037 million in January",cnt(5037000),[]),
('how_many',"What height did Yelena Isinbayeva clear for her new indoor record?",["4.89 metres","4.89"],B,'sport/006',"clearing 4.89 metres in Lievin",cnt(4.89),[]),
('where',"Where did Isinbayeva set her 4.89m indoor world record?",["Lievin"],B,'sport/006',"clearing 4.89 metres in Lievin",None,[]),
('who',"Who sang One Night as Elvis on Top of the Pops?",["Mario Kombou","Kombou"],B,'entertainment/242',"Mario Kombou, who plays the Presley role on stage, will sing One Night",None,[]),
('how_many',"How old is Jailhouse Rock star Mario Kombou?",None,B,'entertainment/242',None,None,[]),
('how_much',"What did the Millennium Dome cost taxpayers in the four years after closing?",["£28.7m"],B,'politics/006',"the Dome cost taxpayers £28.7m to maintain and sell in the four years after it closed",gbp(28.7e6),[]),
('how_much',"How much did Singapore's economy grow in 2004?",["8.1%"],B,'business/371',"Singapore's economy grew by 8.1% in 2004",pct(8.1),
  [(B,'business/256',"Singapore's economy grew by 8.1% in 2004")]),
('who',"Which Blackburn player broke Arjen Robben's foot?",["Aaron Mokoena","Mokoena"],B,'sport/114',"felled by Blackburn midfielder Aaron Mokoena",None,[]),
('how_many',"How long will Arjen Robben be out with his broken foot?",["at least six weeks","six weeks"],B,'sport/114',"will be out for at least six weeks",cnt(6),
  [(B,'sport/110',"Robben had been expected to be out for six weeks")]),
('where',"Where did Arjen Robben have his MRI scan?",None,B,'sport/114',None,None,[]),
('how_many',"How many texts did UK mobile users send in 2004?",["26 billion"],B,'tech/287',"26 billion texts were sent in total in 2004",cnt(26000000000),
  [(B,'tech/372',"26 billion texts were sent in total in 2004")]),
('when',"When did UK texting hit its monthly high before December 2004?",["October 2004"],B,'tech/287',"the previous highest monthly total was in October 2004",'2004-10',
  [(B,'tech/372',"the previous highest monthly total was in October 2004")]),
('who',"Who runs the Australian Rugby Union?",["Gary Flowers","Flowers"],B,'sport/402',"ARU chief executive Gary Flowers",None,[]),
('when',"On what date will Sydney's north v south tsunami rugby match be played?",None,B,'sport/402',None,None,[]),
('how_many',"How long will Matt Jansen be sidelined after cartilage surgery?",["three weeks"],B,'sport/213',"Matt Jansen faces three weeks out",cnt(3),[]),
('who',"Which surgeon operated on Matt Jansen's knee cartilage?",None,B,'sport/213',None,None,[]),
('where',"Where did Matt Jansen have his scooter accident?",None,B,'sport/213',None,None,[]),
('how_much',"How much will Kraft cut from its children's advertising budget?",None,B,'business/443',None,None,[]),
('where',"Where will Kelly Holmes first race on home soil after her Olympic double?",["Glasgow"],B,'sport/084',"January's Norwich Union International in Glasgow",None,
  [(B,'sport/052',"January's Norwich Union International in Glasgow"),(B,'sport/022',"in front of a sell-out crowd in Glasgow")]),
# ---- AG News
('who',"Who is Air Canada's new chief executive?",["Montie Brewer","Brewer"],A,'test-7421',"Montie Brewer has been appointed president and CEO of Air Canada",None,[]),
('how_much',"What is Permira paying for Ahold's Spanish operations?",["about $849 million","$849 million"],A,'test-3053',"for about $849 million",usd(849e6),[]),
('who',"Who heads Permira, buyer of Ahold's Spanish business?",None,A,'test-3053',None,None,[]),
('when',"When will Ahold complete the sale of its Spanish operations?",None,A,'test-3053',None,None,[]),
('how_many',"How many died in the Hebei power plant explosion?",["Thirteen"],A,'test-2411',"Thirteen people were killed",cnt(13),[]),
('where',"In which city did the Hebei power plant blast happen?",["Wu 'an City","Wu 'an"],A,'test-2411',"a power plant in Wu 'an City",None,[]),
('how_much',"What did Lenovo pay for IBM's PC business?",["$1.25 billion","US$1.25 billion"],A,'test-6938',"personal computer business for $1.25 billion",usd(1.25e9),
  [(A,'test-6937',"Lenovo will pay US$1.25 billion in cash for the business"),(A,'test-6948',"in a $1.25 billion deal")]),
('how_much',"What do the corporate tax breaks Bush signed without fanfare total?",["$136 billion"],A,'test-4436',"showering $136 billion in new tax breaks",usd(136e9),
  [(A,'test-3608',"a far-reaching, $136 billion corporate tax package")]),
('how_many',"How many jobs will Saks shed?",["700"],A,'test-2975',"close 11 stores and shed 700 jobs",cnt(700),[]),
('how_many',"How many stores will Saks still operate after closing 11?",None,A,'test-2975',None,None,[]),
('how_many',"How many jobs is Cingular Wireless cutting?",["about 7,000","7,000"],A,'test-6314',"Cingular Wireless will cut about 7,000 jobs",cnt(7000),[]),
('where',"In which city is the Romanian Open tennis tournament played?",["Bucharest"],A,'test-1652',"Bucharest, Romania (Sports Network)",None,[]),
]
