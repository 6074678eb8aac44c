# Builds gold.jsonl and articles.jsonl for archive-k from the hand-written entries below.
import json, re
CORP = "/work/shared/corpora/"
TEXT = {}
RAW = {}
for src in ["reuters21578", "bbc", "agnews"]:
    for l in open(CORP + src + ".jsonl"):
        r = json.loads(l)
        TEXT[(src, r["id"])] = r["text"]
        RAW[(src, r["id"])] = l.rstrip("\n")

S = {"r": "reuters21578", "b": "bbc", "a": "agnews"}

def sent(src, doc, anchor):
    """Return the sentence of the article text that contains anchor (exact)."""
    t = TEXT[(src, doc)]
    i = t.find(anchor)
    assert i >= 0, (src, doc, anchor)
    # sentence start: after last '. ' or '\n' before i
    st = max(t.rfind(". ", 0, i) + 2 if t.rfind(". ", 0, i) >= 0 else 0,
             t.rfind("\n", 0, i) + 1)
    en_candidates = [x for x in (t.find(". ", i + len(anchor)), t.find("\n", i + len(anchor))) if x >= 0]
    en = min(en_candidates) + 1 if en_candidates else len(t)
    return t[st:en].strip()

Q = []
def A(typ, q, answers, s, doc, anchor=None, norm=None, also=()):
    src = S[s]
    ev = sent(src, doc, anchor or answers[0])
    assert answers[0] in ev, (q, answers[0], ev)
    al = []
    for (s2, d2, a2) in also:
        al.append({"source": S[s2], "doc": d2, "evidence": sent(S[s2], d2, a2)})
    Q.append(dict(type=typ, question=q, answers=list(answers), doc=doc, source=src,
                  evidence=ev, normalized=norm, also=al))

UNANS_DOCS = []
def U(typ, q, s, doc):
    UNANS_DOCS.append((S[s], doc))
    Q.append(dict(type=typ, question=q, answers=[], doc=None, source=None,
                  evidence=None, normalized=None, also=[]))

def M(x, cur):  return {"amount": float(x), "currency": cur}
def P(x):       return {"percent": float(x)}
def C(x):       return {"count": x}

# ---------------- WHO (answerable) ----------------
A("who", "Who was Zambia's finance minister in June 1987?", ["Gibson Chigaga", "Chigaga"], "r", "19716")
A("who", "Which investment bank is underwriting Outboard Marine's two mln share offering?", ["Morgan Stanley", "Morgan Stanley Inc"], "r", "2735", anchor="underwritten solely by Morgan Stanley",
  also=[("r", "1634", "two mln common share offering with Morgan Stanley Inc")])
A("who", "Who is the chairman of Outboard Marine Corp?", ["Charles Strang", "Strang"], "r", "2735")
A("who", "Which British government-owned company makes Blowpipe missiles?", ["Short Brothers"], "r", "9247")
A("who", "Who is the general manager of Peru's central bank?", ["Hector Neyra", "Neyra"], "r", "18361",
  also=[("r", "6757", "hector neyra"), ("r", "6866", "Hector Neyra")])
A("who", "Who is vice-governor of China's Anhui province?", ["Yang Jike"], "r", "11769")
A("who", "Who is Uganda's marketing minister?", ["John Sebaana-Kizito", "Sebaana-Kizito"], "r", "8200")
A("who", "Who chaired Fannie Mae in 1987?", ["David Maxwell", "Maxwell"], "r", "12696",
  also=[("r", "5747", "David Maxwell, Fannie Mae's chairman")])
A("who", "Which French bank owns 40 pct of Saudi French?", ["Banque Indosuez", "Indosuez"], "r", "4067", anchor="40 pct owned by Banque Indosuez",
  also=[("r", "3032", "40 pct owned by Banque Indosuez")])
A("who", "Who is president of Forrester Research?", ["George Colony"], "r", "19589")
A("who", "Who is Elders IXL's strategy executive director?", ["Stuart Kelso", "Kelso"], "r", "14893")
A("who", "Who is Investec's chief economist?", ["Philip Shaw"], "b", "business/481",
  also=[("b", "business/119", "Philip Shaw, chief economist at Investec Securities")])
A("who", "Who is Winn-Dixie's biggest creditor?", ["Kraft Foods"], "b", "business/145")
A("who", "Who is Electrolux's chief executive?", ["Hans Straberg"], "b", "business/058")
A("who", "Whom does Boateng succeed as South Africa high commissioner?", ["Ann Grant"], "b", "politics/407")
A("who", "Which pitching instructor held the Texas Rangers' single-season saves record before Francisco Cordero?", ["John Wetteland", "Wetteland"], "a", "test-1597")
A("who", "Who chairs Uganda's Coffee Marketing Board?", ["J. Makumbi", "Makumbi"], "r", "3034")

# ---------------- WHEN (answerable) ----------------
A("when", "By what year must Portugal's grain imports be fully liberalised under its EC entry terms?", ["1990"], "r", "4289", anchor="liberalised in 1990", norm="1990",
  also=[("r", "8400", "liberalised in 1990"), ("r", "8656", "liberalised in 1990")])
A("when", "From what date was the Jinja-Kisumu rail ferry out of service after its 1987 accident?", ["February 21"], "r", "8200", norm="1987-02-21")
A("when", "When was the second round of Japan's spring 1987 local elections?", ["April 26"], "r", "15373", norm="1987-04-26",
  also=[("r", "15795", "the second on April 26")])
A("when", "When was Ecuador's Paribas-arranged oil pre-financing loan signed?", ["October 28", "last October 28"], "r", "5270", norm="1986-10-28",
  also=[("r", "5179", "signed last October 28")])
A("when", "On what date did the Edelman/Dominion group sell its Burlington Industries options?", ["May 28"], "r", "17837", norm="1987-05-28",
  also=[("r", "17864", "May 28 sale of options")])
A("when", "In what year will the Air Force choose the winning Advanced Tactical Fighter team?", ["1991"], "r", "11453", norm="1991")
A("when", "Until when is RGC's Mt Lyell copper mine now expected to operate?", ["1994"], "r", "5788", norm="1994")
A("when", "When did Heck's Inc file for bankruptcy protection?", ["March 5"], "r", "6092", anchor="Heck's on March 5", norm="1987-03-05",
  also=[("r", "11345", "bankruptcy filing on March 5")])
A("when", "From which month will Norway make finance and insurance firms report lending monthly?", ["June"], "r", "14906", anchor="from June", norm="1987-06")
A("when", "From what date did USDA start charging the Transportation Department interest on its cargo preference debt?", ["April 1"], "r", "11587", anchor="accruing April 1", norm="1987-04-01")
A("when", "When was the soap Brookside axed?", ["2003"], "b", "entertainment/211", anchor="axed in 2003", norm="2003")
A("when", "Since when has Bob Murray been a Sunderland director?", ["1984"], "b", "business/367", norm="1984")
A("when", "When was Paul Boateng first elected to Parliament?", ["1987"], "b", "politics/407", anchor="Parliament in 1987", norm="1987",
  also=[("b", "politics/143", "Paul Boateng and Bernie Grant - in 1987")])
A("when", "When did BYU lose 28-27 at Boise State?", ["Sept. 24, 2004"], "a", "test-6733", norm="2004-09-24")
A("when", "In what year did Mark Haymore's Indiana team win the NCAA title unbeaten?", ["1976"], "a", "test-6607", norm="1976")

# ---------------- WHERE (answerable) ----------------
A("where", "In which city did a civil court bar Portugal's grain agency EPAC from import tenders?", ["Lisbon"], "r", "4289", anchor="Lisbon's civil court",
  also=[("r", "8400", "Lisbon"), ("r", "8656", "Lisbon's civil court")])
A("where", "Where is GM's Fiero assembly plant?", ["Pontiac, Mich.", "Pontiac"], "r", "10169")
A("where", "Where is the refinery that Union Pacific and PDVSA will jointly own?", ["Corpus Christi, Texas", "Corpus Christi"], "r", "4367",
  also=[("r", "3906", "corpus christi, texas"), ("r", "4315", "Corpus Christi, Texas"), ("r", "5116", "Corpus Christi, Texas"),
        ("r", "11559", "Corpus Christi, Texas"), ("r", "11025", "Corpus Christi, Texas"),
        ("r", "6125", "champlin's corpus christi refinery")])
A("where", "Where is Meridian Reserve Inc based?", ["Santa Ana, Calif.", "Santa Ana"], "r", "14679")
A("where", "Where will Northrop build its Tacit Rainbow missile facility?", ["Perry, Ga.", "Perry"], "r", "11453")
A("where", "In which Australian state is the Mt Lyell copper mine?", ["Tasmania"], "r", "5788", anchor="mine in Tasmania")
A("where", "Where was Reagan vacationing as he weighed the 1987 chip sanctions on Japan?", ["Santa Barbara"], "r", "16794",
  also=[("r", "16567", "Santa Barbara"), ("r", "16926", "Santa Barbara")])
A("where", "In which city is The Software Link Inc based?", ["Atlanta"], "r", "19589")
A("where", "Which city hosted the October 1987 meeting of Brazil's CNPC export marketing committee?", ["Brasilia"], "r", "20382")
A("where", "Where is Winn-Dixie headquartered?", ["Jacksonville, Florida", "Jacksonville"], "b", "business/145")
A("where", "Where does Electrolux make cookers in County Durham?", ["Spennymoor"], "b", "business/058")
A("where", "Where did Haile Gebrselassie win a half-marathon after his Achilles operation?", ["Almeria"], "b", "sport/053")
A("where", "In which city is tennis's Heineken Open played?", ["Auckland"], "b", "sport/452")
A("where", "In which capital did residents fight locusts with sticks and burning tires?", ["DAKAR"], "a", "test-1054")

# ---------------- HOW_MUCH (answerable) ----------------
A("how_much", "What does a night at Tokyo's Okubo House cost?", ["9.80 dlrs"], "r", "6338", norm=M(9.8, "USD"))
A("how_much", "How much did the strong yen cut foreign visitor numbers to Japan in 1986?", ["11.5 pct"], "r", "6338", norm=P(11.5))
A("how_much", "How much did Peru owe the World Bank at the end of 1985?", ["521 mln dlrs"], "r", "18361", norm=M(521e6, "USD"))
A("how_much", "What is the Union Pacific-PDVSA refinery venture worth?", ["190 mln dlrs"], "r", "4367", norm=M(190e6, "USD"))
A("how_much", "How big was the oil pre-export loan Banque Paribas arranged for Ecuador?", ["220 mln dlr"], "r", "5270", norm=M(220e6, "USD"),
  also=[("r", "5179", "220 mln dlr")])
A("how_much", "What was Saudi American Bank's 1986 net profit?", ["80.7 mln riyals"], "r", "4067", norm=M(80.7e6, "SAR"))
A("how_much", "What is IBM's OS/2 expected to sell for?", ["325 dlrs"], "r", "19589", norm=M(325, "USD"))
A("how_much", "How much per share did Asher Edelman's group offer for Burlington Industries after raising its bid?", ["77 dlrs"], "r", "17837", norm=M(77, "USD"))
A("how_much", "How much will Northrop spend on company-funded research and development in 1987?", ["70 mln dlrs"], "r", "11453", norm=M(70e6, "USD"))
A("how_much", "What was Hydro-Quebec's rejected power export deal with New England worth?", ["three billion Canadian dlrs"], "r", "18733", norm=M(3e9, "CAD"),
  also=[("r", "12272", "three billion Canadian dlrs")])
A("how_much", "What price did Bredero Vast Goed shares close at on the Tuesday they slumped?", ["58.00 guilders"], "r", "10474", norm=M(58.0, "NLG"))
A("how_much", "What net profit did Lufthansa make in 2004?", ["400m euros"], "b", "business/109", norm=M(400e6, "EUR"))
A("how_much", "What price per share is Bob Murray offering Sunderland FC shareholders?", ["31p"], "b", "business/367", anchor="31p a share", norm=M(0.31, "GBP"))
A("how_much", "At what price will Reliance buy back its shares?", ["570 rupees"], "b", "business/352", norm=M(570, "INR"))
A("how_much", "How much is Nintendo's DS media adapter expected to cost?", ["5000 yen", "£25"], "b", "tech/247", norm=M(5000, "JPY"))
A("how_much", "How much will Delta's pilot pay cut save?", ["$5 billion"], "a", "test-5581", norm=M(5e9, "USD"))
A("how_much", "By how much did UK retail sales fall in December 2004?", ["1%"], "b", "business/481", anchor="dropped by 1%", norm=P(1))

# ---------------- HOW_MANY (answerable) ----------------
A("how_many", "How old is Tokyo English teacher Cheryl Richmond?", ["25"], "r", "6338", anchor="25-year-old Canadian", norm=C(25))
A("how_many", "According to Gibson Chigaga, how long did Zambia's currency auction system survive?", ["18 months"], "r", "19716", norm=C(18))
A("how_many", "How many shares did Outboard Marine have outstanding in March 1987?", ["17 mln"], "r", "2735", anchor="Outboard now has 17 mln shares outstanding", norm=C(17000000),
  also=[("r", "1634", "17 mln shares outstanding")])
A("how_many", "How many Blowpipes did Oliver North seek?", ["20"], "r", "9247", anchor="20 Blowpipe missiles", norm=C(20))
A("how_many", "How many bags of unsold coffee did Uganda's Coffee Marketing Board hold in early February 1987?", ["750,000 bags", "750,000"], "r", "8200", norm=C(750000))
A("how_many", "How many years does PDVSA's crude supply agreement with the Champlin refinery run?", ["25"], "r", "4367", anchor="25-year agreement", norm=C(25),
  also=[("r", "11559", "25-year feedstock agreement")])
A("how_many", "To how many days would SEC chairman John Shad shorten the takeover disclosure period?", ["two days"], "r", "2247", norm=C(2))
A("how_many", "How many local seats were at stake in Japan's April 1987 local elections?", ["2,500"], "r", "15373", anchor="Over 2,500 local seats", norm=C(2500),
  also=[("r", "15795", "Over 2,500 local seats")])
A("how_many", "How long was Hydro-Quebec's New England power contract?", ["10-year", "10 years"], "r", "18733", anchor="10-year agreement", norm=C(10),
  also=[("r", "7479", "over 10 years starting in 1990")])
A("how_many", "How many pubs does Elders' Courage unit own?", ["5,000"], "r", "14893", anchor="around 5,000 public houses", norm=C(5000))
A("how_many", "How far did Phillips Idowu jump at the British trials in Sheffield?", ["17.30m"], "b", "sport/020", norm=C(17.3),
  also=[("b", "sport/012", "17.30m"), ("b", "sport/058", "landed 17.30m"), ("b", "sport/059", "17.30m")])
A("how_many", "How old is Paul Boateng?", ["53"], "b", "politics/407", anchor="Mr Boateng, 53", norm=C(53))
A("how_many", "How old is Manchester United's Kieran Richardson?", ["20"], "a", "test-6931", anchor="The 20-year-old Londoner", norm=C(20))
A("how_many", "How old was ex-Indiana player Mark Haymore at death?", ["48"], "a", "test-6607", anchor="He was 48", norm=C(48))
A("how_many", "How long has the lone Pacific whale with a unique voice been roaming?", ["12 years"], "a", "test-7090", norm=C(12))
A("how_many", "How long was the prison term for the Virginia spammer convicted with his sister?", ["nine years"], "a", "test-5140", norm=C(9),
  also=[("a", "test-5112", "nine years in prison"), ("b", "tech/132", "serve nine years in prison"), ("b", "tech/176", "serve nine years in prison")])

# ---------------- UNANSWERABLE ----------------
U("who", "Who is Outboard Marine's chief financial officer?", "r", "2735")
U("who", "Who is the chief executive of Bredero Vast Goed?", "r", "10474")
U("who", "Who heads Portugal's state grain agency EPAC?", "r", "4289")
U("who", "Which university will Stephen Shepard join as dean after leaving Business Week?", "a", "test-2191")
U("who", "Who was president of Fannie Mae in 1987?", "r", "12696")

U("when", "On what date will Outboard Marine launch its two mln share offering?", "r", "2735")
U("when", "When will the Amsterdam bourse publish its Bredero insider trading findings?", "r", "10474")
U("when", "In which year did Northrop terminate its F-20 fighter project?", "r", "11453")
U("when", "When did Norway's central bank last cut its overnight lending rate before April 1987?", "r", "14906")
U("when", "When did Gary Crowton become BYU's head football coach?", "a", "test-6733")
U("when", "When did Peter Lynch take over as Winn-Dixie's chief executive?", "b", "business/145")
U("when", "On what date was the Mt Lyell aid package from Tasmania's government signed?", "r", "5788")

U("where", "To which country will Electrolux move its Spennymoor cooker production?", "b", "business/058")
U("where", "In which city's court did Winn-Dixie file for Chapter 11?", "b", "business/145")
U("where", "Where is Midland and Scottish Resources headquartered?", "r", "17333")
U("where", "Where is United Saudi Commercial Bank headquartered?", "r", "4067")
U("where", "Through which South American country did Oliver North seek Blowpipe missiles?", "r", "9247")
U("where", "Which Canadian city is Tokyo English teacher Cheryl Richmond from?", "r", "6338")
U("where", "Where is Forrester Research based?", "r", "19589")

U("how_much", "At what price per share will Outboard Marine's two mln new shares be sold?", "r", "2735")
U("how_much", "How much did Peru owe the World Bank in overdue payments in June 1987?", "r", "18361")
U("how_much", "What salary will Paul Boateng earn as high commissioner to South Africa?", "b", "politics/407")
U("how_much", "What were American Dynamics Corp's 1986 revenues?", "r", "14679")
U("how_much", "How big was the quarterly loss Winn-Dixie reported before its bankruptcy filing?", "b", "business/145")
U("how_much", "How much will Northrop's Tacit Rainbow plant in Perry, Ga. cost?", "r", "11453")

U("how_many", "How many people does Courage Ltd employ?", "r", "14893")
U("how_many", "How many stores will Winn-Dixie close in bankruptcy?", "b", "business/145")
U("how_many", "How many passengers did Lufthansa carry in 2004?", "b", "business/109")
U("how_many", "How old is Haile Gebrselassie?", "b", "sport/053")
U("how_many", "How many people work at RGC's Mt Lyell copper mine?", "r", "5788")
U("how_many", "How many foreign visitors came to Japan in 1986?", "r", "6338")

# ---------------- write ----------------
with open("gold.jsonl", "w") as f:
    for i, q in enumerate(Q, 1):
        o = {"id": "ak-%03d" % i}
        for k in ["type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]:
            o[k] = q[k]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
arts = []
seen = set()
for q in Q:
    if q["doc"]:
        key = (q["source"], q["doc"])
        if key not in seen: seen.add(key); arts.append(key)
for key in UNANS_DOCS:
    if key not in seen: seen.add(key); arts.append(key)
order = {"reuters21578": 0, "bbc": 1, "agnews": 2}
arts.sort(key=lambda k: (order[k[0]], k[1]))
with open("articles.jsonl", "w") as f:
    for k in arts:
        f.write(RAW[k] + "\n")
from collections import Counter
print(len(Q), "questions;", len(arts), "articles", Counter(a[0] for a in arts))
print(Counter((q["type"], bool(q["answers"])) for q in Q))
