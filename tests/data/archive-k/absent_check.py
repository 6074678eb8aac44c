# Re-runs the whole-archive absence searches for the unanswerable questions and writes ABSENT_CHECKED.
# Each search = list of case-insensitive regexes that must ALL match an article (title + text), over all 3 files.
import json, re
CORP = "/work/shared/corpora/"
ARTS = []
for s in ["reuters21578", "bbc", "agnews"]:
    for l in open(CORP + s + ".jsonl"):
        r = json.loads(l); ARTS.append((s, r["id"], (r["title"] or "") + "\n" + r["text"]))
CHECKS = [
 ("ak-080", "reuters21578 2735", [["Outboard", r"financial officer|\bCFO\b|treasurer|finance director"], ["Outboard Marine"]]),
 ("ak-081", "reuters21578 10474", [["Bredero"], ["Bredero", r"chief executive|chairman|president|director"]]),
 ("ak-082", "reuters21578 4289", [[r"\bEPAC\b"], [r"\bEPAC\b", r"president|chairman|head|director|chief"], ["Abastecimento de Cereais"]]),
 ("ak-083", "agnews test-2191", [["Shepard"], [r"Business ?Week", r"dean"], [r"dean", r"journalism"]]),
 ("ak-084", "reuters21578 12696", [[r"Fannie Mae|Federal National Mortgage|FNMA", r"president"]]),
 ("ak-085", "reuters21578 2735", [["Outboard"], ["Outboard", r"offering"]]),
 ("ak-086", "reuters21578 10474", [["Bredero"], [r"Amsterdam", r"insider", r"inquiry|investigation|inquest"]]),
 ("ak-087", "reuters21578 11453", [[r"F-20|F20|Tigershark"], ["Northrop", r"terminat|cancel"]]),
 ("ak-088", "reuters21578 14906", [[r"Norway|Norwegian|Norges", r"overnight"], [r"Norges Bank|Norway's central bank|Norwegian central bank|Bank of Norway"]]),
 ("ak-089", "agnews test-6733", [["Crowton"], [r"\bBYU\b|Brigham Young", r"coach", r"hired|named|since|took over"]]),
 ("ak-090", "bbc business/145", [[r"Winn-Dixie|Winn Dixie"], ["Peter Lynch"]]),
 ("ak-091", "reuters21578 5788", [[r"Lyell|Renison|\bRGC\b"], ["Tasmania", r"aid"]]),
 ("ak-092", "bbc business/058", [["Electrolux"], ["Spennymoor"], ["Newton Aycliffe"]]),
 ("ak-093", "bbc business/145", [[r"Winn-Dixie|Winn Dixie"], [r"Winn", r"court|Chapter 11"]]),
 ("ak-094", "reuters21578 17333", [["Midland and Scottish"], [r"Midland & Scottish|Midland Scottish"]]),
 ("ak-095", "reuters21578 4067", [["United Saudi Commercial"], [r"\bUSCB\b"]]),
 ("ak-096", "reuters21578 9247", [["Blowpipe"], [r"Short Brothers|\bShorts\b", r"missile"], [r"Oliver North|Colonel North", r"missile"]]),
 ("ak-097", "reuters21578 6338", [["Cheryl Richmond"], ["Richmond", "Tokyo"]]),
 ("ak-098", "reuters21578 19589", [["Forrester Research"], ["George Colony"]]),
 ("ak-099", "reuters21578 2735", [["Outboard", r"offering"], ["Outboard", r"price|priced"]]),
 ("ak-100", "reuters21578 18361", [["Peru", "World Bank", r"arrear|overdue"], ["Peru", "World Bank"]]),
 ("ak-101", "bbc politics/407", [["Boateng"], [r"high commissioner", r"salary|paid|£"]]),
 ("ak-102", "reuters21578 14679", [["American Dynamics"], ["Meridian Reserve"]]),
 ("ak-103", "bbc business/145", [[r"Winn-Dixie|Winn Dixie"], [r"Winn", r"loss"]]),
 ("ak-104", "reuters21578 11453", [["Tacit Rainbow"], ["Northrop", r"Perry"]]),
 ("ak-105", "reuters21578 14893", [[r"\bCourage\b", r"Elders|Hanson|brewer|pubs"], [r"\bCourage Ltd|Courage's"]]),
 ("ak-106", "bbc business/145", [[r"Winn-Dixie|Winn Dixie"], [r"Winn", r"stores"]]),
 ("ak-107", "bbc business/109", [["Lufthansa", r"passenger"], ["Lufthansa", "2004"]]),
 ("ak-108", "bbc sport/053", [[r"Gebrselassie|Gebreselassie|Haile"], [r"Gebrselassie|Haile", r"year-old|aged|age of|\b3\d\b"]]),
 ("ak-109", "reuters21578 5788", [[r"Lyell|Renison|\bRGC\b"], [r"Lyell|Renison", r"employ|jobs|workers|staff|workforce"]]),
 ("ak-110", "reuters21578 6338", [[r"Japan", r"foreign visitors|tourists|visitor arrivals"], [r"Japan Tourist|Japan National Tourist|tourism", "Japan"]]),
]
with open("ABSENT_CHECKED", "w") as f:
    f.write("# id<TAB>near-miss article (source id)<TAB>whole-archive searches (case-insensitive regexes, AND within [...]) -> articles matched\n")
    for qid, art, searches in CHECKS:
        parts = []
        for srch in searches:
            pats = [re.compile(p, re.I) for p in srch]
            hits = [f"{s}:{i}" for s, i, t in ARTS if all(p.search(t) for p in pats)]
            shown = ",".join(hits[:12]) + (f",...(+{len(hits)-12})" if len(hits) > 12 else "")
            parts.append(f"[{' & '.join(srch)}] -> {len(hits)} ({shown})")
        f.write(f"{qid}\t{art}\t" + " ; ".join(parts) + " ; every hit read: none states the asked fact\n")
print(open("ABSENT_CHECKED").read())
