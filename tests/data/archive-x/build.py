#!/usr/bin/env python3
"""Builds gold.jsonl and articles.jsonl for archive-x from the hand-written list below.
Each entry: (type, question, answers, (source, doc, anchor) or None, normalized, also)
anchor: unique substring of the article; the evidence is the sentence around it.
also: list of (source, doc, anchor) for other archive articles stating a correct answer."""
import json, re
CORP = "/work/shared/corpora/"
R, B, G = "reuters21578", "bbc", "agnews"
idx = {}
for s in (R, B, G):
    for l in open(CORP + s + ".jsonl", encoding="utf-8"):
        r = json.loads(l); idx[(s, r["id"])] = (l.rstrip("\n"), r)

def sentence(text, anchor):
    if anchor.startswith("="):
        assert anchor[1:] in text, anchor
        return anchor[1:]
    i = text.find(anchor)
    assert i >= 0, anchor
    assert text.count(anchor) == 1, ("anchor not unique", anchor)
    st = 0
    for sep in (". ", "\n", "? ", "! "):
        k = text.rfind(sep, 0, i)
        if k >= 0: st = max(st, k + len(sep))
    j = i + len(anchor); en = len(text)
    for sep in (". ", "\n"):
        k = text.find(sep, j)
        if k >= 0: en = min(en, k + 1)
    return text[st:en].strip()

def money(a, c): return {"amount": float(a), "currency": c}
def pct(p): return {"percent": float(p)}
def cnt(n): return {"count": n}

Q = [
# ---------------- WHO (answerable) ----------------
("who", "Which executive handles finance at Thai Airways International?", ["Thamnoon Wanglee", "Thamnoon"], (R, "282", "Thamnoon Wanglee, vice-president"), None, []),
("who", "Which bank is lead manager of Genentech's 1987 convertible eurobond?", ["Credit Suisse First Boston", "CSFB"], (R, "3487", "Credit Suisse First Boston (CSFB) said as lead manager"), None,
    [(R, "4072", "Credit Suisse First Boston Ltd (CSFB) said as lead manager"), (R, "4221", "Credit Suisse First Boston")]),
("who", "Who is Amtorg Trading Corp's top economist?", ["Sergey Frolov", "Frolov"], (R, "3441", "Sergey Frolov, chief economist"), None,
    [(R, "3553", "Sergey Frolov, chief economist")]),
("who", "Who is senior vice president of the American Electronic Association?", ["Ralph Thomson"], (R, "717", "AEA senior vice president Ralph Thomson"), None, []),
("who", "Which former engineer accused Morton Thiokol of criminal responsibility for the Challenger deaths?", ["Roger Boisjoly", "Boisjoly"], (R, "16634", "engineer Roger Boisjoly, alleged"), None,
    [(R, "16828", "engineer Roger Boisjoly")]),
("who", "Who is Unilever's finance director?", ["Niall Fitzgerald"], (R, "1019", "Finance director Niall Fitzgerald"), None, []),
("who", "Who chairs Brunswick Corp?", ["Jack Reichert"], (R, "8510", "chairman and president Jack Reichert"), None, []),
("who", "Who runs New Jersey's Division of Investment?", ["Roland Machold", "Machold"], (R, "16996", "Roland Machold, director"), None, []),
("who", "Who was elected Charter Co's chairman after its reorganization?", ["Carl H. Lindner", "Lindner"], (R, "11680", "Carl H. Lindner has been elected"), None, []),
("who", "Who will chair AirCal until its merger into American Airlines is completed?", ["Richard D. Pearson", "Pearson"], (R, "11468", "Richard D. Pearson, coordinator"), None, []),
("who", "Who is Toronto Sun Publishing's finance vice-president?", ["Bruce Jackson", "Jackson"], (R, "5488", "vice-president of finance Bruce Jackson"), None, []),
("who", "Which security firm alerted iTunes users to the playlist flaw?", ["iDefence"], (B, "tech/284", "Security firm iDefence"), None, []),
("who", "Which Lib Dem complained to the information commissioner about Labour's election cold calls?", ["Matthew Taylor"], (B, "politics/396", "Lib Dem chairman Matthew Taylor has written"), None,
    [(B, "politics/337", "Lib Dem chairman Matthew Taylor wrote to the watchdog")]),
("who", "Which company will supply UK Athletics squads with kit for the next four years?", ["adidas"], (B, "sport/015", "new deal with adidas"), None, []),
("who", "Who is Marion Jones' attorney?", ["Rich Nichols"], (B, "sport/036", "her attorney Rich Nichols"), None, []),
("who", "Which actor will voice The Guide in the Hitchhiker's Guide film?", ["Stephen Fry", "Fry"], (B, "entertainment/299", "=Actor Stephen Fry is joining the cast of the forthcoming film adaptation of The Hitchhiker's Guide To The Galaxy.\n\nFry will provide the voice of The Guide"), None, []),
("who", "Who coaches Memphis forward Sean Banks?", ["John Calipari", "Calipari"], (G, "test-7343", "Coach John Calipari"), None, []),
("who", "Which investor was given three years probation in the Michael David insider trading case?", ["Daniel J. Silverman", "Silverman"], (R, "769", "Daniel J. Silverman, who pleaded guilty"), None, []),
# ---------------- WHEN (answerable) ----------------
("when", "When was the informal group of Latin American and Caribbean oil exporters formed?", ["1983"], (R, "9674", "Petroleum Exporters, formed in 1983"), "1983",
    [(R, "10192", "Caribbean oil exporters, formed in 1983")]),
("when", "On what date does the Dutch state's 6.25 pct bullet bond due 1995 pay?", ["May 1"], (R, "11448", "has a May 1 coupon and paydate"), "1987-05-01", []),
("when", "By what date was Japan's Petroleum Council due to wrap up its deregulation talks?", ["June 12"], (R, "17886", "close its discussions on June 12"), "1987-06-12", []),
("when", "By when must New Jersey shed its holdings in companies doing business with South Africa?", ["August 1988"], (R, "16996", "=Under N.J. state law enacted in August 1985, the state must divest all securities, stocks and bonds, of companies that do business in, or with South Africa by August 1988"), "1988-08", []),
("when", "When did the Islamic Development Bank open?", ["October 1975"], (R, "10649", "opened in October 1975"), "1975-10", []),
("when", "When did Industrial Equity get U.S. clearance to buy up to half of Triton Oil?", ["September 11"], (R, "21319", "on September 11"), "1987-09-11", []),
("when", "When would a joint De Havilland-Short Brothers commuter plane enter service?", ["1991"], (R, "8404", "new aircraft in 1991"), "1991", []),
("when", "When was Apple's iTunes music store launched?", ["2003"], (B, "tech/284", "since it launched in 2003"), "2003", []),
("when", "In which year did Jane Campbell become the first woman to divorce her husband?", ["1801"], (B, "politics/393", "That happened in 1801"), "1801", []),
("when", "When will Paul Schrader's original version of Exorcist: The Beginning have its world premiere?", ["18 March"], (B, "entertainment/362", "screened on 18 March"), None, []),
("when", "When did Hitchhiker's Guide author Douglas Adams die?", ["2001"], (B, "entertainment/299", "who died in 2001"), "2001", []),
("when", "When did Carstairs escapee Michael Ferguson slash a man in a Coatbridge doctors' surgery?", ["1994"], (B, "politics/174", "in Coatbridge in 1994"), "1994", []),
("when", "When were the seven Challenger astronauts killed?", ["January 1986", "Jan 28, 1986", "1986"], (R, "16634", "astronauts in January 1986"), "1986-01",
    [(R, "16562", "Challenger explosion in January 1986"), (R, "16828", "exploded after takeoff Jan 28, 1986"), (R, "218", "including the loss of the Challenger shuttle")]),
("when", "When does Taiwan's 1987/88 financial year begin?", ["July 1"], (R, "5187", "financial year 1987/88 starting July 1"), "1987-07-01",
    [(R, "5817", "fiscal 1987/88 starting July 1")]),
# ---------------- HOW_MUCH (answerable) ----------------
("how_much", "What stake does Conoco hold in the group offered Dutch offshore blocks Q4a, E12c and E15b?", ["67.5 pct"], (R, "15964", "Conoco has a 67.5 pct interest"), pct(67.5), []),
("how_much", "What did U.S. electronics companies' sales total in 1986?", ["226.5 billion dlrs"], (R, "717", "=U.S. electronic companies' sales last year totalled 226.5 billion dlrs"), money(226.5e9, "USD"), []),
("how_much", "What price per share did Unilever pay for Chesebrough-Pond's?", ["72.50 dlrs a share", "72.50 dlrs"], (R, "1019", "for 72.50 dlrs a share"), money(72.5, "USD"), []),
("how_much", "How much did Prospect Group spend buying its Brinkmann Instruments shares?", ["5.69 mln dlrs"], (R, "21408", "a total of 5.69 mln dlrs"), money(5.69e6, "USD"), []),
("how_much", "How much in new loans were banks asked to provide Argentina for 1987 and 1988?", ["1.95 billion dlrs", "1.95 billion dlr"], (R, "18843", "91 pct of the 1.95 billion dlrs"), money(1.95e9, "USD"),
    [(R, "19072", "part of the 1.95 billion dlrs in new loans"), (R, "19456", "of the 1.95 billion dlr loan"), (R, "19558", "to a 1.95 billion dlr loan")]),
("how_much", "What is the supercomputer Japan's Kansai Economic Federation plans to buy worth?", ["three billion yen"], (R, "17920", "buy a three billion yen supercomputer"), money(3e9, "JPY"), []),
("how_much", "How much spending does Thailand's 1987/88 budget propose?", ["243.5 billion baht"], (R, "16987", "spending of 243.5 billion baht"), money(243.5e9, "THB"), []),
("how_much", "To what price per share did General Partners offer to raise its GenCorp bid?", ["110 dlrs"], (R, "12858", "to 110 dlrs cash per share"), money(110, "USD"),
    [(R, "13077", "raise its bid to 110 dlrs per share")]),
("how_much", "How much has Sea-Land agreed to pay for United States Lines' Transpacific vessels and facilities?", ["125 mln dlrs"], (R, "10582", "agreed to pay 125 mln dlrs"), money(125e6, "USD"), []),
("how_much", "What share of International Aero Engines does Pratt and Whitney own?", ["30 pct"], (R, "15314", "IAE, 30 pct owned"), pct(30), []),
("how_much", "How much did Gordon Brown move from central to local government budgets in his pre-Budget report?", ["£512m"], (B, "politics/357", "reallocated £512m"), money(512e6, "GBP"), []),
("how_much", "What share of Russia's crude oil output will Rosneft control after buying Baikal Finance Group?", ["about 16%", "16%"], (B, "business/332", "control about 16%"), pct(16), []),
("how_much", "How much did Yahoo pay for MusicMatch?", ["$160 million"], (G, "test-2108", "$160 million aquisition"), money(160e6, "USD"), []),
("how_much", "What share price did Ottawa set for the sale of its Petro-Canada stake?", ["C$64.50", "$50.42"], (G, "test-2378", "C$64.50 ($50.42) in the sale"), money(64.5, "CAD"), []),
("how_much", "What is SAP's contract to overhaul the US Postal Service's human resources systems worth?", ["$35 million"], (G, "test-476", "SAP has landed a $35 million deal"), money(35e6, "USD"), []),
("how_much", "How much was the California class-action settlement with Microsoft?", ["$1.1 billion"], (G, "test-1928", "$1.1 billion class-action settlement"), money(1.1e9, "USD"), []),
# ---------------- HOW_MANY (answerable) ----------------
("how_many", "How many aircraft does Thai Airways International aim to have by 1995?", ["58"], (R, "282", "fleet to 58 from 30 aircraft"), cnt(58), []),
("how_many", "How many mining concessions does Consolidated Brazilian Mines own?", ["42"], (R, "12225", "Consolidated owns 42 mining concessions"), cnt(42),
    [(R, "12236", "Consolidated owns 42 mining concessions")]),
("how_many", "How many Boeing 767-300 jets did American Airlines order in March 1987?", ["15"], (R, "979", "acquire 15 Boeing Co <BA> 767-300 planes"), cnt(15),
    [(R, "970", "15 Boeing Co <BA> 767's"), (R, "1006", "15 Boeing Co <BA> 767-300ER"), (R, "1060", "order for 15 extended-range 767-300's"), (R, "1227", "AMR agreed to buy 15 planes from Boeing"), (R, "1252", "order of 15 Boeing Co <BA>")]),
("how_many", "How long a jail term did former broker Morton Shapiro get?", ["two month", "two months"][:1], (R, "769", "drew a two month jail sentence"), cnt(2), []),
("how_many", "What is the maximum fill rate of the U.S. Strategic Petroleum Reserve?", ["100,000 bpd", "100,000 barrels a day"], (R, "6578", "maximum fill rate (of 100,000 bpd)"), cnt(100000),
    [(R, "6163", "capacity is 100,000 barrels a day")]),
("how_many", "How many wholly licensed Japanese securities firms operate in London?", ["58"], (R, "4995", "58 wholly-licensed Japanese firms"), cnt(58), []),
("how_many", "How many stocks did New Jersey sell in its April 21, 1987 program trade?", ["23"], (R, "16996", "sold 23 stocks in a program trade"), cnt(23), []),
("how_many", "How many foreign bank creditors does Argentina have?", ["350"], (R, "18843", "Argentina's 350 foreign bank creditors"), cnt(350),
    [(R, "16864", "the country's 350 creditors"), (R, "19072", "agreed to by 350 banks worldwide"), (R, "19456", "Argentina's 350 creditor banks")]),
("how_many", "How many Japanese steelmakers planned a seamless pipe export cartel in 1987?", ["Four", "four"], (R, "10275", "Four major Japanese steelmakers"), cnt(4), []),
("how_many", "How many times oversubscribed was the Paribas privatisation flotation?", ["40 times", "40"], (R, "2009", "which was 40 times oversubscribed"), cnt(40), []),
("how_many", "How many CSI:NY promotional packs did Five mail out?", ["55,000"], (B, "entertainment/173", "sent out 55,000 promotion packs"), cnt(55000), []),
("how_many", "How many Europeans are connected to the net by broadband, according to Nielsen/NetRatings?", ["Just over 54 million", "54 million"], (B, "tech/146", "Just over 54 million people are hooked up"), cnt(54000000),
    [(B, "tech/158", "Just over 54 million people are hooked up")]),
("how_many", "How old was Sania Mirza when Serena Williams knocked her out of the Australian Open?", ["18"], (B, "sport/447", "The 18-year-old Mirza"), cnt(18),
    [(B, "sport/435", "The 18-year-old Indian"), (B, "sport/439", "18-year-old Mirza beat"), (B, "sport/510", "the 18-ye")]),
("how_many", "How long had the four Britons been held at Guantanamo Bay when their release was announced?", ["almost three years", "three years"], (B, "politics/192", "have been held by the US for almost three years"), cnt(3),
    [(B, "politics/205", "at Guantanamo Bay for almost three years"), (B, "politics/151", "were held for three years")]),
("how_many", "How many employees of a Turkish construction company were kidnapped by militants in Iraq?", ["10"], (G, "test-2219", "lives of 10 employees"), cnt(10), []),
("how_many", "How many more weightlifters were thrown out of the Athens Olympics for failing dope tests?", ["six"], (G, "test-269", "six more athletes"), cnt(6), []),
# ---------------- WHERE (answerable) ----------------
("where", "In which city did Latin American oil exporters meet in March 1987 to discuss a U.S. oil import tax?", ["Caracas"], (R, "9674", "gather in Caracas tommorrow"), None, []),
("where", "Where is the Islamic Development Bank based?", ["Jeddah"], (R, "10649", "The Jeddah-based Islamic Development Bank"), None, []),
("where", "Where is Upland Minerals and Chemicals Corp based?", ["New York"], (R, "12225", "New York-based Upland"), None, []),
("where", "Off which country were Louisiana Land, Conoco and Oranje-Nassau offered exploration blocks?", ["The Netherlands", "Netherlands"], (R, "15964", "four exploration blocks offshore The Netherlands"), None, []),
("where", "In which Indian city does tennis player Sania Mirza live?", ["Hyderabad"], (B, "sport/447", "southern Indian city of Hyderabad"), None, []),
("where", "Which constituency does William Hague hope to keep representing as an MP?", ["Richmond, North Yorks", "Richmond"], (B, "politics/285", "remain MP for Richmond, North Yorks"), None,
    [(B, "politics/083", "remain MP for Richmond, North Yorks")]),
("where", "In which city will Paul Schrader's Exorcist prequel be premiered?", ["Brussels"], (B, "entertainment/362", "Fantastic Film in Brussels"), None, []),
("where", "At which festival will Paul Schrader's version of Exorcist: The Beginning be screened?", ["International Festival of Fantastic Film"], (B, "entertainment/362", "International Festival of Fantastic Film"), None, []),
("where", "In which country did Vicente Fox plan to meet George W. Bush at the APEC summit?", ["Chile"], (G, "test-5966", "=Mexico President Vicente Fox said Wednesday he will meet with US President George W. Bush in Chile during the economic summit of Pacific Rim nations."), None, []),
("where", "In which city did the plane hijacked by Eritrean deportees land?", ["KHARTOUM", "Sudanese capital"], (G, "test-776", "KHARTOUM, Sudan"), None, []),
("where", "Where did Carstairs patient Michael Ferguson go on the trip from which he failed to return?", ["East Kilbride"], (B, "politics/174", "a trip to East Kilbride"), None, []),
("where", "At which ground did Wasps beat London Irish 33-19?", ["Madejski Stadium"], (B, "sport/294", "at the Madejski Stadium"), None, []),
("where", "Which city is Guantanamo detainee Moazzam Begg from?", ["Birmingham"], (B, "politics/192", "Moazzam Begg, from Birmingham"), None,
    [(B, "politics/205", "Moazzam Begg, from Birmingham")]),
("where", "In which country did broadband use grow fastest, according to Nielsen/NetRatings?", ["Italy"], (B, "tech/146", "The biggest jump was in Italy"), None,
    [(B, "tech/158", "The biggest jump was in Italy")]),
# ---------------- UNANSWERABLE (near misses) ----------------
("who", "Who is the president of Thai Airways International?", [], (R, "282", None), None, []),
("who", "Who is president of the American Electronic Association?", [], (R, "717", None), None, []),
("who", "Who is Charter Co's chief executive?", [], (R, "11680", None), None, []),
("who", "Who is chief executive of Brinkmann Instruments?", [], (R, "21408", None), None, []),
("who", "Which brokerage handled New Jersey's April 21, 1987 program stock sale?", [], (R, "16996", None), None, []),
("who", "Who approached Toronto Sun Publishing with the idea for a British tabloid?", [], (R, "5488", None), None, []),
("who", "Who is president of the Islamic Development Bank?", [], (R, "10649", None), None, []),
("when", "When did William Hague marry Ffion?", [], (B, "politics/285", None), None, []),
("when", "When will the Cray supercomputer bought by Japan's Kansai group be installed?", [], (R, "17920", None), None, []),
("when", "When was tennis player Sania Mirza born?", [], (B, "sport/447", None), None, []),
("when", "When is Upland Minerals expected to complete its purchase of Consolidated Brazilian Mines?", [], (R, "12225", None), None, []),
("when", "When was Amtorg Trading Corp founded?", [], (R, "3441", None), None, []),
("when", "When will Roger Boisjoly's lawsuit against Morton Thiokol go to trial?", [], (R, "16634", None), None, []),
("when", "When did CSI:NY first air on Five?", [], (B, "entertainment/173", None), None, []),
("how_much", "How much is Upland Minerals paying for Consolidated Brazilian Mines?", [], (R, "12225", None), None, []),
("how_much", "How much in damages is Roger Boisjoly seeking from Morton Thiokol?", [], (R, "16634", None), None, []),
("how_much", "What is UK Athletics' new kit deal with adidas worth?", [], (B, "sport/015", None), None, []),
("how_much", "How much prize money did Sania Mirza earn at the Australian Open?", [], (B, "sport/447", None), None, []),
("how_much", "How much in legal fees had the California lawyers in the Microsoft settlement requested?", [], (G, "test-1928", None), None, []),
("how_much", "How much did Industrial Equity pay in total for its 5.4 pct stake in Triton Oil?", [], (R, "21319", None), None, []),
("how_much", "How much did Five's CSI:NY mail-out campaign cost?", [], (B, "entertainment/173", None), None, []),
("how_many", "How many people does Unilever employ?", [], (R, "1019", None), None, []),
("how_many", "How many bowling centers does Brunswick operate?", [], (R, "8510", None), None, []),
("how_many", "How long a prison term did lawyer Michael David receive for insider trading?", [], (R, "769", None), None, []),
("how_many", "How many Petro-Canada shares is Ottawa selling?", [], (G, "test-2378", None), None, []),
("how_many", "How many hijackers seized the plane carrying Eritrean deportees from Libya?", [], (G, "test-776", None), None, []),
("how_many", "How many people does Thai Airways International employ?", [], (R, "282", None), None, []),
("how_many", "How many employees does Genentech have?", [], (R, "3487", None), None, []),
("where", "Where was the 1987 U.S.-USSR business meeting addressed by Amtorg's Sergey Frolov held?", [], (R, "3441", None), None, []),
("where", "Where did Thai Airways International hold its March 1987 marketing conference?", [], (R, "282", None), None, []),
("where", "Where is Brinkmann Instruments headquartered?", [], (R, "21408", None), None, []),
("where", "Where is Consolidated Brazilian Mines International headquartered?", [], (R, "12225", None), None, []),
]

def main():
    import random
    order = list(Q)
    random.Random(5757).shuffle(order)   # mix answerable and unanswerable questions
    gold, used = [], []
    for n, (typ, q, ans, src, norm, also) in enumerate(order, 1):
        s, d, anchor = src
        if (s, d) not in used: used.append((s, d))
        rec = {"id": "ax-%03d" % n, "type": typ, "question": q, "answers": ans}
        if ans:
            text = idx[(s, d)][1]["text"]
            ev = sentence(text, anchor)
            assert ans[0] in ev, (q, ans[0], ev)
            for a in ans: assert a in text or any(a in idx[(a2s, a2d)][1]["text"] for a2s, a2d, _ in also), (q, a)
            rec.update({"doc": d, "source": s, "evidence": ev, "normalized": norm})
            al = []
            for s2, d2, an2 in also:
                t2 = idx[(s2, d2)][1]["text"]
                ev2 = sentence(t2, an2)
                assert any(a in ev2 for a in ans), (q, d2, ev2)
                al.append({"source": s2, "doc": d2, "evidence": ev2})
            rec["also"] = al
        else:
            rec.update({"doc": None, "source": None, "evidence": None, "normalized": None, "also": []})
        gold.append(rec)
    with open("gold.jsonl", "w", encoding="utf-8") as f:
        for r in gold: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("articles.jsonl", "w", encoding="utf-8") as f:
        for k in used: f.write(idx[k][0] + "\n")
    print(len(gold), "questions,", len(used), "articles")
main()
