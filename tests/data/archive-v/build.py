"""Builds gold.jsonl and articles.jsonl of archive-v from drafts.py (selection, final wording, `also`)."""
import json, re, sys, collections
sys.path.insert(0, '/work/gold/archive-v')
import drafts
C = '/work/shared/corpora/'
ORDER = ['reuters21578', 'bbc', 'agnews']
arts, raw = {}, {}
for s in ORDER:
    for line in open(C + s + '.jsonl'):
        r = json.loads(line); arts[(s, r['id'])] = r; raw[(s, r['id'])] = line.rstrip('\n')
R, B, G = 'reuters21578', 'bbc', 'agnews'

A_SEL = {  # draft index -> final question wording (None = keep draft wording)
 # who
 2: None, 14: None, 18: None,
 21: "Which congresswoman attacked United Airlines' minority hiring in 1987?",
 28: "Which Zambian president tried to end maize subsidies?",
 35: "Which Canadian drugmaker is LyphoMed's joint venture partner?",
 45: "Who chaired Hanson Industries in 1987?", 66: None, 73: None, 84: None,
 88: "Who became U.S. Commerce Secretary in October 1987?", 111: None, 119: None,
 126: "Who is managing director of Dublin's Media Lab Europe?",
 140: "Who penned tsunami fundraiser Grief Never Grows Old?",
 144: "Who became Tottenham's caretaker boss after Jacques Santini quit?",
 # when
 16: "In which year did China post its record post-1949 budget deficit?",
 22: "Since when has United Airlines been under a minority-hiring court order?",
 36: "When does Eli Lilly's Keflex patent expire?",
 39: "When was Britain's 1987 general election?", 42: None,
 46: "When did Hanson complete its Kaiser Cement acquisition?", 50: None,
 58: "When did Southern Connecticut Gas last win a rate increase before 1987?",
 70: "When should gas sales from Noble Affiliates' Ship Shoal 80 find start?",
 93: "When did Nippon Shinpan sign its card deal with Visa International?",
 95: "When did the Korea Fund list on the New York Stock Exchange?",
 99: "When is Varity's special shareholders' meeting in 1987?",
 117: "When was Britain's Anti-Terrorism, Crime and Security Act introduced?", 120: None,
 125: "When did Dublin's Media Lab Europe open?",
 147: "When did Thatcher secure Britain's EU budget rebate?",
 # how_much
 0: "To what per-share price did the AFG Industries and Wagner and Brown partnership raise its GenCorp offer?",
 3: "What is Alcan Australia's bid for Alcan New Zealand worth?",
 8: "How big an investment is Armco and Stelco's M.E. International venture?",
 15: "How big was China's 1986 budget deficit?", 47: None, 63: None,
 67: "What did Dominion Textile bid for Avondale Mills?",
 82: "How much did Canon's Newport News plant cost?", 86: None,
 108: "How much does Trek United hope to raise for a fifth Star Trek: Enterprise series?",
 146: "What did the Foreign Office's 2005 EU White Paper cost?", 159: None,
 # how_many
 6: None, 13: "How many processing centers does First Financial Management operate?",
 19: "How many patients can Wellcome's initial Retrovir supply treat?",
 31: "How many shares did Colonial Municipal Income Trust's IPO comprise when it got under way?",
 64: "How many miles of pipeline does Tennessee Gas run?", 69: None,
 79: "How many dairy cattle for Egypt did the CCC export bonus awarded to Esmah Nevada cover?",
 92: None, 113: None, 116: None, 121: None,
 135: "How many piano notes does Victor Wong's software use?", 139: None, 141: None,
 152: None, 154: None, 157: "How long until T-Mobile USA offers broadband mobile data?",
 # where
 5: None, 12: None,
 25: "Where did the Social Democrats win a by-election in February 1987?", 51: None,
 61: "In which city are the Bass brothers based?",
 81: "Where did Canon of Virginia open its copier plant?",
 105: "Where is Gandalf's partner Apparel Computer Systems based?", 109: None, 122: None,
 124: "Where is the 2004 Fifa World Player gala held?", 131: None,
 134: "At which university is blind student Victor Wong studying?", 149: None,
 153: None, 160: None, 162: None, 163: "In which city was a Citibank branch bombed?",
}
U_SEL = [1, 4, 53, 97, 158, 172,   # who
         10, 123, 130, 133, 150, 167,   # when
         7, 17, 37, 48, 56, 65, 75, 112, 114, 156,   # how_much
         24, 83, 138, 164, 171,   # how_many
         165, 166, 168, 169, 170]   # where
U_WORDING = {
 112: "How much did the Star Trek fans' Los Angeles Times advert cost?",
 123: "When did Pretenders guitarist James Honeyman-Scott die?",
 130: "When did S&P previously change India's foreign currency rating?",
 168: "Where did Hee-Won Han lose a playoff before her Safeway Classic win?",
}
# also: draft index -> list of (source, doc, span in that doc, add_span_to_answers)
ALSO = {
 0: [(R, '12858', '110 dlrs', False), (R, '13077', '110 dlrs per share', False)],
 8: [(R, '19362', '15 mln U.S. dlr', True)],
 14: [(R, '8627', 'Wang Bingqian', False), (R, '9732', 'Wang Bingqian', False), (R, '10635', 'Wang Bingqian', False)],
 15: [(R, '9732', '7.08 billion', True)],
 16: [(R, '8627', '1979', False)],
 25: [(R, '222', 'Greenwich', False), (R, '4721', 'Greenwich', False), (R, '4738', 'Greenwich', False), (R, '5161', 'Greenwich', False)],
 28: [(R, '5190', 'Kenneth Kaunda', False), (R, '15033', 'Kenneth Kaunda', False)],
 36: [(R, '4877', 'April 21', True), (R, '18803', 'April 21', True)],
 39: [(R, d, 'June 11', False) for d in ['17461', '17966', '18103', '18107', '19191', '19353']],
 46: [(R, '1303', 'Kaiser Cement shareholders today approved', False)],
 47: [(R, '1303', 'about 250 mln dlrs', False)],
 61: [(R, d, 'Fort Worth, Texas', False) for d in ['3413', '3547', '11029', '17784', '19880']],
 88: [(R, '20727', 'C. William Verity', False), (R, '20860', 'William Verity', True), (R, '21107', 'C. William Verity', False)],
 134: [(B, 'tech/323', 'Cornell University', False)],
 135: [(B, 'tech/323', '88', False)],
 139: [(B, 'entertainment/129', '18 reissues', False), (B, 'entertainment/261', '18 reissues', False),
       (B, 'entertainment/240', '18 reissues', False), (B, 'entertainment/242', 'all 18 of his original UK chart-toppers', False),
       (B, 'entertainment/234', "Elvis's 18 number one singles", False)],
 140: [(B, 'entertainment/130', 'Mike Read', False)],
 141: [(B, 'tech/356', '3km/h', False)],
 146: [(B, 'politics/383', 'about £2,500', False)],
 147: [(B, 'politics/358', '1984', False), (B, 'politics/373', '1984', False), (B, 'politics/383', '1984', False)],
 159: [(G, 'test-3547', '4 percent', False)],
}
NOTES = {
 1: "2 hits, both name CFOs of AFG (Gary Miller) or Wagner and Brown (Joel Reed), none of GenCorp",
 4: "only hit is the near-miss article (names Alcan Australia's deputy chairman only)",
 53: "near-miss article says 'An unnamed investment advisor'; 16596 names Goldman Sachs as FMC's banker for its 1986 restructuring, a different matter",
 97: "2 hits (6980, 14869); neither names a manager or adviser of the Korea Europe Fund",
 158: "AG item says only 'its chief executive'; BBC tech/041 and tech/376 name Rene Obermann as chief executive of T-Mobile (the international parent), not of T-Mobile USA",
 172: "0 hits; the three Century Business Credit stories name only chairman/CEO Stanley Tananbaum and president Andrew Tananbaum",
 10: "hits 19183 and 19362 (Stelco's version); neither gives a start date for production",
 123: "only hit is the near-miss article, which mentions the deaths without dates",
 130: "2 hits (business/018, business/428 about Pakistan); no date of an earlier India rating change",
 133: "only hit is the near-miss article; it gives 9 February only as the date details will be published",
 150: "hits on 'David Mitchell' are unrelated people (energy official, novelist); the AG item gives no date",
 167: "Axlon appears only in the near-miss article; other 'Bushnell' hits are William Bushnell of Amoskeag",
 7: "Diplomat Electronics appears only in the near-miss article; 'diplomat'+'loss' hits are about diplomats",
 17: "0 hits for China + defence + 1987 + budget; also 0 for china + military|armed forces|defence + 1987 + budget|spending",
 37: "Novopharm appears only in the near-miss article; no investment figure",
 48: "'Northwest Terminals' only in near-miss article (total 50.2 mln dlrs for both deals); 3791 says terms of Lone Star's terminal deal were not disclosed",
 56: "Mascot Gold hits: 7480 (no price) and 17791 (Royex's 87 mln dlr gain on the sale, not the price); other Lacana hits are stock-market reports",
 65: "only hit is the near-miss article, which says the spokesman had no specific figure for Tennessee Gas",
 75: "hits 3184 and 3326 (Bank of Ireland CD facility); neither gives a price",
 112: "only hit is the near-miss article; 0 hits for trek + advert + cost",
 114: "0 hits",
 156: "only hit is the near-miss article, which says Dell cut the target without a figure",
 24: "the broad search hits many unrelated 'black' stories; 'black pilots' occurs only in the near-miss article, with no number",
 83: "only hit is the near-miss article; 0 hits for canon + virginia + employ|worker|job",
 138: "only hit is the near-miss article; no number of voters",
 164: "only hit is the near-miss article; no count of branches",
 171: "Reuters Albertson's stories (572, 616, 722, 732) give no store total; AG Albertsons items are 2004 and give none for 1987",
 165: "Diplomat Electronics appears only in the near-miss article (gives only the new site, Glendale)",
 166: "Axlon appears only in the near-miss article; no location",
 168: "3 Safeway Classic items (test-2070, test-2091, test-2100) describe the win (Portland, Ore.; Columbia Edgewater) but not where the earlier playoff was lost",
 169: "Trek United appears only in the near-miss article; no location",
 170: "3 hits (11963, 12298, 12306); none gives a location",
}
ANS_FIX = {160: ["MUNICH"]}   # draft answers that needed fixing

SPLIT = re.compile(r'(?<=[a-z0-9%)"\'])[.!?]["\']?\s+(?=[A-Z"\'(])|\n+')
def sentence(text, span):
    i = text.find(span)
    assert i >= 0, (span, text[:80])
    # sentence boundaries around i
    starts = [0] + [m.end() for m in SPLIT.finditer(text) if m.end() <= i]
    st = starts[-1]
    m = SPLIT.search(text, i + len(span))
    en = m.start() + 1 if m else len(text)
    ev = text[st:en].strip()
    if span not in ev: ev = span
    return ev

out, used = [], set()
n = 0
for i, q in enumerate(drafts.QS):
    if q['kind'] == 'A' and i in A_SEL:
        answers = ANS_FIX.get(i, q['answers'])
        doc = (q['source'], q['doc']); text = arts[doc]['text']
        ev = q['ev'] or sentence(text, answers[0])
        also = []
        for (s, d, span, add) in ALSO.get(i, []):
            t = arts[(s, d)]['text']
            also.append({"source": s, "doc": d, "evidence": sentence(t, span)})
            if add and span not in answers: answers = answers + [span]
        # exact duplicates of the source text elsewhere in the archive
        for k, a in arts.items():
            if k != doc and a['text'] == text and not any(x['source'] == k[0] and x['doc'] == k[1] for x in also):
                also.append({"source": k[0], "doc": k[1], "evidence": ev})
        used.add(doc)
        out.append((i, dict(type=q['type'], question=A_SEL[i] or q['question'], answers=answers, doc=q['doc'],
                            source=q['source'], evidence=ev, normalized=q['normalized'], also=also)))
    elif q['kind'] == 'U' and i in U_SEL:
        used.add(q['near'])
        out.append((i, dict(type=q['type'], question=U_WORDING.get(i, q['question']), answers=[], doc=None,
                            source=None, evidence=None, normalized=None, also=[])))
# order: group by source article order of first appearance as in drafts (keeps answerable + near misses together)
with open('gold.jsonl', 'w') as f:
    for k, (i, d) in enumerate(out, 1):
        rec = {"id": f"av-{k:03d}"}; rec.update(d)
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w') as f:
    for s in ORDER:
        for (src, doc) in sorted(used, key=lambda x: (ORDER.index(x[0]), x[1])):
            if src == s: f.write(raw[(src, doc)] + '\n')
# ABSENT_CHECKED
with open('ABSENT_CHECKED', 'w') as f:
    for k, (i, d) in enumerate(out, 1):
        if d['doc'] is None:
            q = drafts.QS[i]
            f.write(f"av-{k:03d}\tnear-miss article {q['near'][0]}/{q['near'][1]}\tsearches (all three files, case-insensitive regex, all terms of a group must co-occur in one article): "
                    + ' ; '.join('[' + ' AND '.join(g) + ']' for g in q['srch']) + "\tresult: " + NOTES[i] + "\n")
c = collections.Counter((d['type'], d['doc'] is None) for _, d in out)
print(len(out), 'questions;', len(used), 'articles'); print(sorted(c.items()))
