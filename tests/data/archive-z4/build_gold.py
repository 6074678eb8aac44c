#!/usr/bin/env python3
"""Build gold.jsonl and articles.jsonl for archive-z4 from the question definitions below.

Each question: (type, question, answers, (source, doc) or None, evidence, normalized, also)
  also = list of (source, doc, evidence) for OTHER archive articles stating a correct answer.
Near-miss (unanswerable) questions carry `about=(source, doc)`: the article the near miss is
built on; it is written to articles.jsonl but not into gold.jsonl (doc/source stay null).
"""
import json, os

CORPORA = "/work/shared/corpora"
HERE = os.path.dirname(os.path.abspath(__file__))
R, B, A = "reuters21578", "bbc", "agnews"


def money(amount, cur):
    return {"amount": float(amount), "currency": cur}


def pct(p):
    return {"percent": float(p)}


def cnt(n):
    return {"count": n}


def Q(typ, question, answers, doc, evidence, normalized=None, also=()):
    return dict(typ=typ, question=question, answers=answers, doc=doc, evidence=evidence,
                normalized=normalized, also=list(also), about=None)


def U(typ, question, about):
    return dict(typ=typ, question=question, answers=[], doc=None, evidence=None,
                normalized=None, also=[], about=about)


QUESTIONS = [
    # --- reuters21578 5274 (1987-03-16) Turkish trade deficit
    Q("how_much", "How large was Turkey's trade deficit in 1986?", ["3.65 billion dlrs"], (R, "5274"),
      "Turkey's trade deficit rose to 3.65 billion dlrs in 1986", money(3.65e9, "USD")),
    U("how_much", "What was Turkey's trade deficit in January 1987?", (R, "5274")),
    # --- 15301 (1987-04-08) Reagan diary notes
    Q("when", "Up to what date do the Reagan diary notes offered to the Iran arms committees run?",
      ["December 19, 1986"], (R, "15301"),
      "The notes will cover the period from January 1, 1984 to December 19, 1986", "1986-12-19"),
    # --- 17986 (1987-06-02) CSR / Monier / Equiticorp Tasman
    Q("who", "Who is the executive director of CSR Ltd?", ["Gene Herbert", "Herbert"], (R, "17986"),
      "CSR executive director Gene Herbert told Reuters"),
    Q("how_much", "What cash price per Monier share did Equiticorp Tasman offer?", ["4.15 dlrs"], (R, "17986"),
      "ETL said today it would offer 4.15 dlrs each for Monier's issued capital", money(4.15, "AUD"),
      also=[(R, "17876", "<Equiticorp Tasman Ltd> (ETL) said it will offer 4.15 dlrs a share cash")]),
    Q("who", "Which New Zealand entrepreneur controls Equiticorp Tasman?", ["Allan Hawkins", "Hawkins"], (R, "17986"),
      "controlled by New Zealand entrepreneur Allan Hawkins",
      also=[(R, "17876", "ETL chairman Allan Hawkins")]),
    U("who", "Who is the chairman of CSR Ltd?", (R, "17986")),
    # --- 6959 (1987-03-19) Australian GDP
    Q("how_much", "By how much did Australia's real GDP grow in the fourth quarter of 1986?", ["1.1 pct"], (R, "6959"),
      "Real GDP rose 1.1 pct in the fourth quarter of 1986", pct(1.1),
      also=[(R, "6943", "(GDP) rose 1.1 pct in the fourth quarter of 1986")]),
    # --- 11161 (1987-03-30) Gencorp
    Q("when", "To what date did Gencorp postpone the separate trading of its rights during the General Acquisition bid?",
      ["April six", "April 6"], (R, "11161"),
      "was extended to April six from April three", "1987-04-06",
      also=[(R, "11253", "to April 6 from April 3")]),
    # --- 4503 (1987-03-12) Iowa Beef lockout
    Q("when", "When did Iowa Beef Processors plan to reopen its Dakota City plant after the lockout?",
      ["March 16"], (R, "4503"),
      "plans to resume operations March 16", "1987-03-16",
      also=[(R, "4514", "plans to resume operations March 16"),
            (R, "4564", "planned to reopen the plant, one of the largest in the nation, on March 16")]),
    Q("how_many", "How many union members were hit by the Iowa Beef lockout in Dakota City?",
      ["2,800", "About 2,800"], (R, "4503"),
      "About 2,800 members of Local 222 are affected by the shutdown.", cnt(2800),
      also=[(R, "2495", "About 2,800 UFCWU members are affected"),
            (R, "4514", "About 2,800 members of Local 222 are affected by the shutdown."),
            (R, "4577", "About 2,800 UFCWU members have been locked out"),
            (R, "6317", "which affected 2,800 members of the United Food and Commercial Workers Union")]),
    # --- 15264 (1987-04-08) Teck / Highland Valley
    Q("who", "Who is Teck Corp's vice-president of administration?", ["John Guminski", "Guminski"], (R, "15264"),
      "Teck vice-president of administration John Guminski"),
    Q("when", "When did Cominco and Lornex agree to form the Highland Valley copper venture?",
      ["January 1986"], (R, "15264"),
      "agreed in January 1986 to form the joint venture", "1986-01"),
    U("who", "Who is the chairman of Teck Corp?", (R, "15264")),
    U("how_many", "How many people work at the Highland Valley copper joint venture?", (R, "15264")),
    # --- 12116 (1987-04-01) Kraft
    Q("how_much", "How much did Kraft spend on research and development in 1986?", ["66.7 mln dlrs"], (R, "12116"),
      "research and development expenditures rose 12 pct in 1986 to 66.7 mln dlrs", money(66.7e6, "USD")),
    U("how_much", "How much does Kraft plan to spend on advertising in 1987?", (R, "12116")),
    # --- 11184 (1987-03-31) Philippines debt
    Q("how_many", "How many creditor banks does the Philippines have?", ["483"], (R, "11184"),
      "sent telexes of the accord to the country's 483 creditor banks", cnt(483),
      also=[(R, "10733", "all the Philippines' 483 creditor banks worldwide"),
            (R, "10799", "all the Philippines' 483 creditor banks worldwide"),
            (R, "11240", "sent telexes of the accord to the country's 483 creditor banks"),
            (R, "20050", "all 483 creditor banks"),
            (R, "21402", "Philippines' 483 creditor banks")]),
    Q("how_much", "How much will Manila prepay its bank creditors over 1987-89 under the 10.3 billion dlr debt pact?",
      ["111 mln dlrs", "111 mln dlr"], (R, "11184"),
      "Manila will pay 111 mln dlrs over 1987, 1988 and 1989", money(111e6, "USD"),
      also=[(R, "11148", "the extra 111 mln dlr prepayment"),
            (R, "11240", "Manila will pay 111 mln dlrs over 1987, 1988 and 1989"),
            (R, "12784", "Manila will pay its commercial creditors 111 mln dlrs over 1987-1989"),
            (R, "12800", "Manila will pay its commercial creditors 111 mln dlrs over 1987-1989")]),
    # --- 19046 (1987-06-19) Japan machinery orders
    Q("how_much", "By how much did Japan's private machinery orders fall in April 1987 from March?",
      ["10.4 pct"], (R, "19046"),
      "excluding shipbuilding, fell 10.4 pct in April from March", pct(10.4)),
    # --- 8239 (1987-03-23) Nigeria debt talks
    Q("who", "Who was Nigeria's finance minister in 1987?", ["Che Okongwu", "Chu Okongwu", "Okongwu"], (R, "8239"),
      "headed by Finance Minister Che Okongwu",
      also=[(R, "8881", "Nigerian Finance Minister Chu Okongwu"),
            (R, "10525", "Nigerian Finance Minister Chu Okongwu")]),
    Q("how_much", "What were British exports to Nigeria worth in 1986?", ["565 mln stg"], (R, "8239"),
      "British exports to Nigeria were 565 mln stg in 1986", money(565e6, "GBP")),
    Q("when", "In what year did Britain's ECGD suspend export insurance cover for Nigeria?", ["1983"], (R, "8239"),
      "which was suspended in 1983", "1983",
      also=[(R, "8881", "The ECGD suspended its cover for exports to Nigeria in 1983.")]),
    # --- 3536 (1987-03-11) Storehouse convertible
    Q("how_much", "What conversion price was fixed for Storehouse's convertible bond?", ["346 pence"], (R, "3536"),
      "has been fixed at 346 pence", money(3.46, "GBP")),
    # --- 3684 (1987-03-11) Henry Ansbacher / Adams and Porter
    Q("how_much", "What was Henry Ansbacher's 1986 pretax profit?", ["5.56 mln stg"], (R, "3684"),
      "a 1986 pretax profit rise to 5.56 mln stg", money(5.56e6, "GBP")),
    U("where", "In which city is insurance broker Adams and Porter based?", (R, "3684")),
    # --- 18808 (1987-06-18) Enzon / Kodak
    Q("how_much", "What stake does Eastman Kodak hold in Enzon?", ["18.7 pct"], (R, "18808"),
      "Kodak owns 18.7 pct of Enzon", pct(18.7),
      also=[(R, "2271", "acquired an 18.7 pct equity interest in Enzon Inc")]),
    # --- 5252 (1987-03-16) Kowloon-Canton Railway
    Q("how_much", "How much will the new Kowloon-Canton Railway link cost?", ["1.26 billion H.K. Dlrs"], (R, "5252"),
      "is expected to cost 1.26 billion H.K. Dlrs", money(1.26e9, "HKD")),
    Q("how_many", "How long will the planned Kowloon-Canton Railway link be?", ["14.9-kilometre"], (R, "5252"),
      "the 14.9-kilometre link will connect the two independent lines", cnt(14.9)),
    U("when", "When will construction of the new Kowloon-Canton Railway link begin?", (R, "5252")),
    # --- 18186 (1987-06-02) Texaco pipeline
    Q("where", "At which river crossing did Texaco's flood-hit crude pipeline leak in 1987?",
      ["Red River", "the Red River crossing"], (R, "18186"),
      "an undetermined leak at the Red River crossing",
      also=[(R, "17771", "Flooding in the Red River on the Texas/Oklahoma border has shut down the Basin Pipeline"),
            (R, "18389", "an apparent rupture caused by flooding of the Red River")]),
    Q("how_many", "How many barrels a day was the Texaco pipeline shipping before the Red River shutdown?",
      ["225,000", "roughly 225,000"], (R, "18186"),
      "The pipeline was shipping roughly 225,000 barrels of crude oil per day", cnt(225000),
      also=[(R, "18389", "an average 225,000 bpd shipped during the 30 days before its shutdown")]),
    # --- 9342 (1987-03-25) Bristol-Myers AIDS vaccine
    Q("who", "Which Bristol-Myers unit developed its AIDS vaccine?", ["Oncogen", "Genetic Systems"], (R, "9342"),
      "on behalf of its Oncogen subsidiary, which developed the vaccine",
      also=[(R, "6320", "scientists at its Genetic Systems unit"),
            (R, "6544", "Scientists at the company's Genetic Systems unit created an AIDS vaccine")]),
    Q("who", "Who led the first U.S. team to seek approval for human AIDS vaccine tests?",
      ["Allan Goldstein", "Goldstein"], (R, "9342"),
      "At team headed by Allan Goldstein of George Washington University"),
    Q("where", "At which university does AIDS researcher Allan Goldstein work?",
      ["George Washington University"], (R, "9342"),
      "Allan Goldstein of George Washington University"),
    U("where", "Where is Oncogen, the Bristol-Myers AIDS vaccine unit, based?", (R, "9342")),
    # --- 20396 (1987-10-20) Jacobs / Gillette / Allegheny
    Q("how_many", "How many Allegheny International shares did Irwin Jacobs and Carl Pohlad acquire?",
      ["854,900"], (R, "20396"),
      "they had acquired 854,900 shares", cnt(854900)),
    U("how_much", "At what price did Irwin Jacobs sell his Gillette stake?", (R, "20396")),
    # --- 16759 (1987-04-17) South Korea
    Q("who", "Who is South Korea's trade minister?",
      ["Rha Woong-bae", "Rha Woong-Bae", "Rha Woong Bae", "Woong-Bae Rha", "Rah Woon Bae"], (R, "16759"),
      "talks with Trade Minister Rha Woong-bae",
      also=[(R, "1656", "Trade Minister Woong-Bae Rha said"),
            (R, "3199", "South Korean Foreign Trade Minister Rah Woon Bae"),
            (R, "3512", "Korean trade minister Rha Woong-Bae"),
            (R, "3902", "South Korean Trade Minister Rha Woong Bae"),
            (R, "3931", "South Korean Trade Minister Rha Woong Bae"),
            (R, "7135", "South Korean trade minister Rha Woong Bae"),
            (R, "16788", "Trade Minister Rha Woong Bae"),
            (R, "11209", "Trade Minister Rha Woong-bae told"),
            (R, "16935", "South Korean Trade Minister Rha Woong-bae"),
            (R, "16957", "South Korean Trade Minister Rha Woong-bae")]),
    # --- 8542 (1987-03-23) Bally / Scientific Games
    Q("who", "Who became chairman and chief executive of Scientific Games in April 1987?",
      ["Daniel Bower", "Bower"], (R, "8542"),
      "Daniel Bower, co-founder and president of Scientific Games, will assume Koza's former position as chairman and chief executive officer"),
    Q("where", "Where is Scientific Games, Bally's lottery unit, located?", ["Norcross, Ga.", "Norcross"], (R, "8542"),
      "its lottery subsidiary, Scientific Games Inc, Norcross, Ga."),
    U("how_many", "How old is Scientific Games co-founder John Koza?", (R, "8542")),
    # --- 20698 (1987-10-20) Telex / TLX Partners
    Q("when", "When did TLX Partners launch its tender offer for Telex?", ["October 9"], (R, "20698"),
      "tender offer commenced on October 9", "1987-10-09"),
    Q("who", "Which New York financier controls TLX Partners?", ["Asher Edelman", "Edelman"], (R, "20698"),
      "a group controlled by New York financier Asher Edelman",
      also=[(R, "20824", "TLX Partners, a group led by Asher Edelman"),
            (R, "21419", "Asher Edelman's TLX Partners")]),
    U("how_many", "How many Telex shares does Asher Edelman's TLX Partners own?", (R, "20698")),
    # --- 10622 (1987-03-28) China FECs
    Q("when", "When were China's Foreign Exchange Certificates introduced?", ["1980"], (R, "10622"),
      "The FECs were introduced in 1980", "1980"),
    Q("who", "Who was president of the Bank of China in March 1987?", ["Wang Deyan"], (R, "10622"),
      "Bank of China President Wang Deyan"),
    # --- 14928 (1987-04-08) nickel
    Q("how_many", "What non-Socialist world nickel demand did Shearson Lehman forecast for 1987?",
      ["556,000 tonnes", "556,000"], (R, "14928"),
      "total non-Socialist world demand at 556,000 tonnes", cnt(556000)),
    # --- 8771 (1987-03-24) Claremont / Champion Products
    Q("how_many", "How many seats are on Champion Products' board of directors?", ["nine"], (R, "8771"),
      "its nine-member board of directors", cnt(9)),
    Q("who", "Who is the chairman of Champion Products?", ["John Tanis", "Tanis"], (R, "8771"),
      "Champion Chairman John Tanis"),
    U("where", "Where is Champion Products headquartered?", (R, "8771")),
    # --- 9541 (1987-03-25) Ford air bags
    Q("when", "Until what year was the passenger-side air bag requirement delayed at Ford's request?",
      ["1994"], (R, "9541"),
      "delay for four years until 1994", "1994"),
    # --- 13187 (1987-04-03) Time Inc / Scott, Foresman
    Q("who", "Who is Time Inc's chief financial officer?", ["Thayer Bigelow", "Bigelow"], (R, "13187"),
      "chief financial officer Thayer Bigelow",
      also=[(R, "12917", "Time Inc's chief financial officer, Thayer Bigelow")]),
    U("how_much", "How much did Time Inc pay for Scott, Foresman?", (R, "13187")),
    # --- 8331 (1987-03-23) Amselco / Nerco gold plant
    Q("where", "Near which town is the Alligator Ridge gold mine?", ["Ely, Nev.", "Ely"], (R, "8331"),
      "the Alligator Ridge Mine near Ely, Nev."),
    Q("how_many", "How many ounces of gold is the new Alligator Ridge plant expected to extract?",
      ["70,000"], (R, "8331"),
      "to recover 70,000 ounces of gold over three years", cnt(70000)),
    Q("when", "When is the Amselco-Nerco gold extraction plant due to start operating?", ["October"], (R, "8331"),
      "is set to start in October", "1987-10"),
    U("how_much", "How much will the Amselco-Nerco gold extraction plant cost?", (R, "8331")),
    # --- 7642 (1987-03-20) Baltic ice
    Q("how_many", "How many ships were trapped by Baltic ice off Finland and Sweden in March 1987?",
      ["50", "up to 50"], (R, "7642"),
      "up to 50 vessels were reported to be stuck in the ice", cnt(50)),
    Q("where", "At which Soviet oil ports had Baltic ice conditions eased in March 1987?",
      ["Ventspils and Klaipeda", "Ventspils", "Klaipeda"], (R, "7642"),
      "the Soviet oil ports of Ventspils and Klaipeda had eased"),
    # --- 15571 (1987-04-09) International Proteins / Hanson
    Q("how_many", "How many shares is International Proteins selling to Hanson Trust's U.S. unit?",
      ["330,000"], (R, "15571"),
      "330,000 common shares at 11.75 dlrs a share", cnt(330000)),
    Q("who", "Who is the president of Hanson Industries?", ["David Clarke", "Clarke"], (R, "15571"),
      "David Clarke the president of another Hanson Trust subsidiary, Hanson Industries"),
    U("where", "Where is International Proteins Corp based?", (R, "15571")),
    # --- 10662 (1987-03-29) Peru gold
    Q("where", "Near which town were Peru's new gold deposits found in 1987?", ["San Ignasio"], (R, "10662"),
      "near the town of San Ignasio",
      also=[(R, "10811", "near the town of San Ignasio")]),
    U("when", "When will Peru's Tomaque gold treatment plant start up?", (R, "10662")),
    # --- 16029 (1987-04-09) MP Co / IPCO
    Q("where", "Where is Prime Medical Products based?", ["Greenwood, S.C.", "Greenwood"], (R, "16029"),
      "Prime Medical Products Inc, a Greenwood, S.C., medical supplies firm"),
    # --- 15894 (1987-04-09) Disney family / Holly Sugar
    Q("when", "When did Shamrock Holdings submit its bid for Holly Sugar?", ["April 8"], (R, "15894"),
      "it submitted the bid on April 8", "1987-04-08"),
    U("how_many", "How many Holly Sugar shares are outstanding?", (R, "15894")),
    U("where", "Where is Holly Sugar Corp based?", (R, "15894")),
    # --- 208 (1987-02-26) Japan / U.S. car parts
    Q("when", "When did U.S. negotiators open talks with Japan on buying American car parts?",
      ["last August"], (R, "208"),
      "U.S. negotiators opened talks last August with Japanese officials", "1986-08",
      also=[(R, "11076", "Since last August Smart has been leading talks")]),
    # --- 20935 (1987-10-19) Texaco sulphur removal (near miss only)
    U("where", "Where will Texaco test sulphur removal in its coal gasifier?", (R, "20935")),

    # --- bbc entertainment/071 Kevin Spacey, Beyond the Sea
    Q("how_many", "How old was Kevin Spacey at the UK premiere of Beyond the Sea?", ["45"], (B, "entertainment/071"),
      "Spacey, 45, wrote, directed and starred in the film", cnt(45)),
    U("how_much", "How much did Kevin Spacey's Beyond the Sea cost to make?", (B, "entertainment/071")),
    # --- bbc entertainment/044 Ossie Davis
    Q("how_many", "How old was actor Ossie Davis when he died?", ["87"], (B, "entertainment/044"),
      "found dead at the age of 87", cnt(87),
      also=[(B, "entertainment/043", "died in Miami at the age of 87"),
            (B, "entertainment/356", "died in Miami at the age of 87")]),
    Q("where", "In which hotel was Ossie Davis found dead?", ["Shore Club hotel", "the Shore Club hotel", "Shore Club"],
      (B, "entertainment/044"), "at the Shore Club hotel in Miami Beach"),
    Q("when", "In what year did Ossie Davis make his film debut?", ["1950"], (B, "entertainment/044"),
      "His film debut, in 1950, was in the film No Way Out", "1950",
      also=[(B, "entertainment/043", "Davis made his acting debut in 1950"),
            (B, "entertainment/356", "Davis made his acting debut in 1950")]),
    U("when", "In what year was Ossie Davis born?", (B, "entertainment/044")),
    # --- bbc business/278 SBC / AT&T
    Q("how_many", "How many jobs does SBC expect to cut after buying AT&T?", ["12,800", "around 12,800"],
      (B, "business/278"), "it expects to cut around 12,800 jobs", cnt(12800)),
    Q("when", "In what year was AT&T founded?", ["1875"], (B, "business/278"),
      "which was founded in 1875 by telephone pioneer Alexander Graham Bell", "1875"),
    U("who", "Who is the chief executive of SBC Communications?", (B, "business/278")),
    # --- bbc sport/390 Matt Dawson
    Q("how_many", "How old is Wasps scrum-half Matt Dawson?", ["31"], (B, "sport/390"),
      "The 31-year-old World Cup winning scrum-half", cnt(31)),
    U("how_much", "What is Matt Dawson's new Wasps contract worth?", (B, "sport/390")),
    # --- bbc entertainment/230 Aaliyah
    Q("where", "Where did the plane carrying singer Aaliyah crash?", ["the Bahamas", "Bahamas"], (B, "entertainment/230"),
      "the plane crashed in the Bahamas"),
    Q("when", "In what year did R&B singer Aaliyah die?", ["2001"], (B, "entertainment/230"),
      "the ill-fated flight on which she died in 2001", "2001"),
    U("who", "Who was the pilot of the plane on which Aaliyah died?", (B, "entertainment/230")),
    # --- bbc entertainment/053 Boogeyman
    Q("who", "Which Evil Dead director produced Boogeyman?", ["Sam Raimi", "Raimi"], (B, "entertainment/053"),
      "produced by Evil Dead director Sam Raimi"),
    U("who", "Who directed the horror film Boogeyman?", (B, "entertainment/053")),
    # --- bbc sport/465 Henin-Hardenne
    Q("where", "Where did Henin-Hardenne lose her comeback exhibition to Dementieva?",
      ["Charleroi, Belgium", "Charleroi"], (B, "sport/465"),
      "in Charleroi, Belgium, on Sunday"),
    Q("who", "Who beat Justine Henin-Hardenne in her Charleroi exhibition match?",
      ["Elena Dementieva", "Dementieva"], (B, "sport/465"),
      "Justine Henin-Hardenne lost to Elena Dementieva in a comeback exhibition match"),
    U("who", "Who coaches Justine Henin-Hardenne?", (B, "sport/465")),
    # --- bbc business/152 oil above $50
    Q("who", "Who is Libya's oil minister?", ["Fathi Bin Shatwan"], (B, "business/152"),
      "Fathi Bin Shatwan, Libya's oil minister",
      also=[(B, "business/138", "Fathi Bin Shatwan, Libya's oil minister")]),
    # --- bbc business/122 Bank of America SEC settlement
    Q("how_much", "How much did five Bank of America subsidiaries agree to pay to settle the SEC market-timing probe?",
      ["$515m"], (B, "business/122"),
      "agreed to pay a total of $515m (£277m)", money(515e6, "USD")),
    # --- bbc entertainment/083 National Treasure
    Q("how_much", "What had National Treasure grossed in total after three weekends at number one?",
      ["$110.2m"], (B, "entertainment/083"),
      "taking its total to $110.2m (£56.7m)", money(110.2e6, "USD")),

    # --- agnews test-3449 Thomson media division
    Q("who", "Which investment group is buying Thomson Corp's media division?", ["Investcorp"], (A, "test-3449"),
      "sell its media division to investment group Investcorp"),
    U("when", "When is Thomson's sale of its media division to Investcorp due to close?", (A, "test-3449")),
    # --- agnews test-2225 scorpion record
    Q("how_many", "How many scorpions shared Nur Malena Hassan's glass case?", ["6,069"], (A, "test-2225"),
      "32 days in a glass case with 6,069 scorpions", cnt(6069)),
    U("how_many", "How long did the previous scorpion-box endurance record last?", (A, "test-2225")),
    # --- agnews test-5549 Delta pilots
    Q("how_much", "How much a year will the Delta pilots' concession package save the airline?",
      ["$1 billion"], (A, "test-5549"),
      "save the carrier $1 billion a year", money(1e9, "USD"),
      also=[(A, "test-5541", "save the carrier $1 billion a year"),
            (A, "test-5555", "save the carrier $1 billion a year")]),
    # --- agnews test-1505 Simon Mann
    Q("how_many", "How long a prison term did Zimbabwe give Simon Mann?", ["seven years"], (A, "test-1505"),
      "Simon Mann for seven years", cnt(7),
      also=[(A, "test-1530", "has been sentenced to seven years in jail")]),
    Q("where", "Which country was the coup plot in the Simon Mann case aimed at?",
      ["Equatorial Guinea"], (A, "test-1505"),
      "a foiled coup plot in oil-rich Equatorial Guinea",
      also=[(A, "test-1530", "plotting a coup in Equatorial Guinea")]),
    U("when", "When was Simon Mann arrested?", (A, "test-1505")),
    # --- agnews test-4694 Palmeiro
    Q("how_much", "What is Rafael Palmeiro's one-year Orioles contract worth?", ["$3 million"], (A, "test-4694"),
      "a one-year, $3 million contract", money(3e6, "USD")),
    U("how_many", "How old is Rafael Palmeiro?", (A, "test-4694")),
    # --- agnews test-4604 EDS
    Q("how_many", "How many jobs is EDS cutting through early retirement?", ["4,600"], (A, "test-4604"),
      "Electronic Data Systems is cutting 4,600 jobs through early retirement", cnt(4600)),
    U("who", "Who is the chief executive of EDS?", (A, "test-4604")),
    # --- agnews test-2870 Merck Vioxx
    Q("how_much", "How much market value did Merck lose after pulling Vioxx?", ["$25 billion"], (A, "test-2870"),
      "erased $25 billion of its market value", money(25e9, "USD")),
    U("when", "In what year did Merck launch Vioxx?", (A, "test-2870")),
    # --- agnews test-3587 Micky Adams
    Q("where", "At which stadium did Leicester City accept Micky Adams' resignation?",
      ["Walkers Stadium", "the Walkers Stadium"], (A, "test-3587"),
      "at an emergency board meeting at the Walkers Stadium"),
    # --- agnews test-6182 San Francisco hotel lockout
    Q("how_many", "How many San Francisco hotel workers were locked out?", ["4,300"], (A, "test-6182"),
      "the angst of 4,300 San Francisco hotel workers locked out", cnt(4300)),
    # --- agnews test-3494 Alstom China
    Q("how_much", "What are Alstom's train and locomotive contracts in China worth?",
      ["1 billion Euros", "up to 1 billion Euros", "1.23 billion dollars"], (A, "test-3494"),
      "contracts worth up to 1 billion Euros (1.23 billion dollars)", money(1e9, "EUR")),
]


def load(src):
    recs = {}
    with open(f"{CORPORA}/{src}.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            recs[r["id"]] = line.rstrip("\n")
    return recs


def main():
    raw = {s: load(s) for s in (R, B, A)}
    gold, used = [], []
    for n, q in enumerate(QUESTIONS, 1):
        doc = q["doc"]
        rec = {
            "id": f"az4-{n:03d}",
            "type": q["typ"],
            "question": q["question"],
            "answers": q["answers"],
            "doc": doc[1] if doc else None,
            "source": doc[0] if doc else None,
            "evidence": q["evidence"],
            "normalized": q["normalized"],
            "also": [{"source": s, "doc": d, "evidence": e} for s, d, e in q["also"]],
        }
        gold.append(rec)
        art = doc or q["about"]
        if art not in used:
            used.append(art)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in gold:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for s, d in used:
            f.write(raw[s][d] + "\n")   # the archive's line, verbatim
    # near-miss article map, for the README / ABSENT_CHECKED
    with open(os.path.join(HERE, "near_miss_articles.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tsource\tdoc\tquestion\n")
        for rec, q in zip(gold, QUESTIONS):
            if q["about"]:
                f.write(f"{rec['id']}\t{q['about'][0]}\t{q['about'][1]}\t{rec['question']}\n")
    print(len(gold), "questions;", len(used), "articles")


if __name__ == "__main__":
    main()
