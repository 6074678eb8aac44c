#!/usr/bin/env python3
"""Re-runs the absence searches for every unanswerable archive-x question over the WHOLE
archive (reuters21578.jsonl, bbc.jsonl, agnews.jsonl; title + text, case-insensitive regex)
and writes ABSENT_CHECKED: one line per question with each search (all patterns must match
the same article) and the ids of the articles it hit. Every hit was then read by hand and
found not to state the asked-for fact (notes below)."""
import json, re
CORP = "/work/shared/corpora/"
arts = []
for s in ("reuters21578", "bbc", "agnews"):
    for l in open(CORP + s + ".jsonl", encoding="utf-8"):
        r = json.loads(l); arts.append((s, r["id"], (r["title"] or "") + "\n" + r["text"]))

S = {
"Who is the president of Thai Airways International?": [["Thai Airways|Thai International|Thai Airways Company", r"\bpresident\b|chairman|managing director|chief executive|director[- ]general|\bchief\b"]],
"Who is president of the American Electronic Association?": [["American Electronic|\\bAEA\\b", r"\bpresident\b|chairman|chief executive|head"]],
"Who is Charter Co's chief executive?": [["Charter Co|Charter's|Charter said|<CHR>", r"chief executive|\bpresident\b|\bCEO\b"]],
"Who is chief executive of Brinkmann Instruments?": [["Brinkmann", r"chief executive|\bpresident\b|chairman|\bCEO\b|head"]],
"Which brokerage handled New Jersey's April 21, 1987 program stock sale?": [["New Jersey|N\\.J\\.", r"program (trade|sale)|divest", r"brokerage|broker|handled|Salomon|Goldman|Morgan|Merrill|Kidder|Shearson"]],
"Who approached Toronto Sun Publishing with the idea for a British tabloid?": [["Toronto Sun", r"tabloid|Britain|British|U\.K\."]],
"Who is president of the Islamic Development Bank?": [["Islamic Development Bank|\\bIDB\\b", r"\bpresident\b|chairman|governor|head"]],
"When did William Hague marry Ffion?": [["Ffion"], ["Hague", r"married|wedding|wife"]],
"When will the Cray supercomputer bought by Japan's Kansai group be installed?": [["Cray", r"Kansai|Advanced Telecommunications|ATR\b|Osaka"], ["Advanced Telecommunications Research"]],
"When was tennis player Sania Mirza born?": [["Mirza", r"born|birthday|\b19[89]\d\b"]],
"When is Upland Minerals expected to complete its purchase of Consolidated Brazilian Mines?": [["Upland Minerals|Consolidated Brazilian"], ["Upland", r"complet|close|expected|Brazil"]],
"When was Amtorg Trading Corp founded?": [["Amtorg"]],
"When will Roger Boisjoly's lawsuit against Morton Thiokol go to trial?": [["Boisjoly"], ["Thiokol", r"trial|court date|hearing"]],
"When did CSI:NY first air on Five?": [[r"CSI: ?NY|CSI:NY"], [r"\bFive\b", "CSI"]],
"How much is Upland Minerals paying for Consolidated Brazilian Mines?": [["Upland Minerals|Consolidated Brazilian"], ["Upland", r"dlrs|shares|price|terms"]],
"How much in damages is Roger Boisjoly seeking from Morton Thiokol?": [["Boisjoly"], ["Thiokol", r"damages|lawsuit|suit", r"dlrs|mln"]],
"What is UK Athletics' new kit deal with adidas worth?": [["adidas"], ["UK Athletics", r"deal|sponsor", r"£|\$|million|\dm\b"]],
"How much prize money did Sania Mirza earn at the Australian Open?": [["Mirza", r"prize|money|£|\$|earn|dollar"], ["Australian Open", r"prize money"]],
"How much in legal fees had the California lawyers in the Microsoft settlement requested?": [["Microsoft", r"California", r"fee|lawyer"], ["Microsoft", r"legal fees"]],
"How much did Industrial Equity pay in total for its 5.4 pct stake in Triton Oil?": [["Industrial Equity", "Triton"], ["Triton Oil", r"mln dlrs|total|paid"]],
"How much did Five's CSI:NY mail-out campaign cost?": [["CSI", r"cost|£|\$|spent|budget"], [r"\bFive\b", r"dossier|promotion pack"]],
"How many people does Unilever employ?": [["Unilever", r"employ|workers|staff|workforce|jobs|people"]],
"How many bowling centers does Brunswick operate?": [["Brunswick", r"bowling|recreation cent"]],
"How long a prison term did lawyer Michael David receive for insider trading?": [[r"Michael David\b"], ["Paul, Weiss", r"insider|sentenc|prison|jail"]],
"How many Petro-Canada shares is Ottawa selling?": [["Petro-Canada|PetroCanada", r"shares|million|stake"]],
"How many hijackers seized the plane carrying Eritrean deportees from Libya?": [["Eritrea"], [r"hijack", r"Libya|Sudan|Khartoum"]],
"How many people does Thai Airways International employ?": [["Thai Airways|Thai International|Thai Airways Company", r"employ|workers|staff|workforce|jobs"]],
"How many employees does Genentech have?": [["Genentech|Genetech", r"employ|workers|staff|workforce|jobs"]],
"Where was the 1987 U.S.-USSR business meeting addressed by Amtorg's Sergey Frolov held?": [[r"U\.S\.-USSR|U\.S\.-Soviet|US-Soviet|USSR-U\.S\.|Soviet-U\.S\.", r"business meeting|trade council|business council|trade and economic council"], ["Frolov"]],
"Where did Thai Airways International hold its March 1987 marketing conference?": [["Thai Airways|Thai International", r"conference|meeting|seminar"]],
"Where is Brinkmann Instruments headquartered?": [["Brinkmann"]],
"Where is Consolidated Brazilian Mines International headquartered?": [["Consolidated Brazilian"]],
}
NOTE = {
"Who is the president of Thai Airways International?": "only 282 (names a finance VP and an executive VP) and 11781 (stock-exchange president): no Thai Airways president",
"Who is president of the American Electronic Association?": "only 717, which names only the senior vice president",
"Who is Charter Co's chief executive?": "hits are unrelated Charter/president mentions; 11680 names the chairman, not a chief executive",
"Who is chief executive of Brinkmann Instruments?": "no hit",
"Which brokerage handled New Jersey's April 21, 1987 program stock sale?": "only 16996, which says Machold would not disclose the brokerage house",
"Who approached Toronto Sun Publishing with the idea for a British tabloid?": "only 5488, which says the person was not identified",
"Who is president of the Islamic Development Bank?": "only 9908, which mentions an IDB governors meeting, no president named",
"When did William Hague marry Ffion?": "Ffion only in politics/083 and politics/285 ('wife Ffion'); no wedding date",
"When will the Cray supercomputer bought by Japan's Kansai group be installed?": "17920 says the machine will 'eventually' be installed, no date; 13306 is a different MITI Cray II plan",
"When was tennis player Sania Mirza born?": "Mirza articles give age 18 only, no birth date",
"When is Upland Minerals expected to complete its purchase of Consolidated Brazilian Mines?": "only 12225/12236 (terms not disclosed, no completion date); other 'Upland' hits are upland cotton",
"When was Amtorg Trading Corp founded?": "856, 3441, 3553 mention Amtorg without a founding date",
"When will Roger Boisjoly's lawsuit against Morton Thiokol go to trial?": "16634/16828 give no trial date",
"When did CSI:NY first air on Five?": "CSI:NY only in entertainment/173, no first-broadcast date",
"How much is Upland Minerals paying for Consolidated Brazilian Mines?": "12225/12236 say 'Terms were not disclosed'",
"How much in damages is Roger Boisjoly seeking from Morton Thiokol?": "16634 says he seeks damages, no amount; 16828 gives none",
"What is UK Athletics' new kit deal with adidas worth?": "sport/015 gives no value; tech/395 and test-5479 are unrelated adidas items",
"How much prize money did Sania Mirza earn at the Australian Open?": "no Mirza prize-money figure; sport/432 and sport/438 discuss prize money generally, not Mirza",
"How much in legal fees had the California lawyers in the Microsoft settlement requested?": "test-1928 says 'less than half the legal fees they requested' without the amount",
"How much did Industrial Equity pay in total for its 5.4 pct stake in Triton Oil?": "21319 gives 969,515 shares and the Oct 8 price of 22.50 for 250,000 shares, no total cost",
"How much did Five's CSI:NY mail-out campaign cost?": "CSI cost hits are unrelated (ATT/Wang/telex prices, entertainment/193 forensic funding); dossier hits are entertainment/173 (no cost) and test-5977 (Madrid Olympic bid)",
"How many people does Unilever employ?": "only hit 14691 is a gold-stock item ('people are overlooking'); no Unilever workforce figure",
"How many bowling centers does Brunswick operate?": "8510 mentions recreation centers but no count",
"How long a prison term did lawyer Michael David receive for insider trading?": "only 769, which gives sentences for Shapiro and Silverman, not David",
"How many Petro-Canada shares is Ottawa selling?": "test-2378 (price, 19 percent stake), test-2050 ($3.1 billion), 18419 (Ecuador wells): no share count",
"How many hijackers seized the plane carrying Eritrean deportees from Libya?": "test-776 says 'Eritrean deportees' without a number of hijackers",
"How many people does Thai Airways International employ?": "no Thai Airways workforce figure",
"How many employees does Genentech have?": "no Genentech workforce figure",
"Where was the 1987 U.S.-USSR business meeting addressed by Amtorg's Sergey Frolov held?": "3441/3553 say only 'a U.S.-USSR business meeting'; 3014 is a summit item",
"Where did Thai Airways International hold its March 1987 marketing conference?": "282 says 'a weekend marketing conference' with no place",
"Where is Brinkmann Instruments headquartered?": "only 21408, which gives no location for Brinkmann",
"Where is Consolidated Brazilian Mines International headquartered?": "only 12225/12236: properties in Brazil, no headquarters",
}
gold = {json.loads(l)["question"]: json.loads(l) for l in open("gold.jsonl", encoding="utf-8")}
out = []
for qtext, searches in sorted(S.items(), key=lambda kv: gold[kv[0]]["id"]):
    g = gold[qtext]; qid = g["id"]; assert g["answers"] == [], qid
    parts = []
    for pats in searches:
        rx = [re.compile(p, re.I) for p in pats]
        hits = [f"{s}:{i}" for s, i, t in arts if all(r.search(t) for r in rx)]
        parts.append("search[" + " AND ".join("/" + p + "/" for p in pats) + f"] -> {len(hits)} hits" + (": " + ", ".join(hits[:25]) + (" ..." if len(hits) > 25 else "") if hits else ""))
    out.append(f"{qid}\t{g['question']}\t" + " ; ".join(parts) + f"\tchecked: {NOTE[qtext]}")
assert len(out) == sum(1 for g in gold.values() if not g["answers"])
open("ABSENT_CHECKED", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "lines")
