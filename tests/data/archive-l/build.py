#!/usr/bin/env python3
"""Builds gold.jsonl and articles.jsonl for archive-l from the hand-written question table below.
Evidence strings are cut automatically out of the article text (the sentence around a given
needle), so they are exact substrings by construction; everything else is hand-written."""
import json, re
C = '/work/shared/corpora/'
SRC = {'R': 'reuters21578', 'B': 'bbc', 'A': 'agnews'}
ART = {}
for s in SRC.values():
    for l in open(C + s + '.jsonl', encoding='utf-8'):
        r = json.loads(l)
        ART[(s, r['id'])] = (l.rstrip('\n'), r)

def ev(src, doc, needle):
    t = ART[(src, doc)][1]['text']
    i = t.find(needle)
    if i < 0:
        raise SystemExit('needle not found: %s %s %r' % (src, doc, needle))
    ps = t.rfind('\n\n', 0, i); ps = 0 if ps < 0 else ps + 2
    pe = t.find('\n\n', i + len(needle)); pe = len(t) if pe < 0 else pe
    # sentence start: last ". " before needle that is not an abbreviation-like split
    left = ps
    for m in re.finditer(r'[.!?]["\']? (?=["A-Z])', t[ps:i]):
        left = ps + m.end()
    right = pe
    m = re.search(r'[.!?]["\']?(?= |$)', t[i + len(needle):pe])
    if m:
        right = i + len(needle) + m.end()
    s = t[left:right]
    if len(s) > 420:
        a = max(left, i - 180); b = min(right, i + len(needle) + 180)
        s = t[a:b]
    return s

def mon(a, cur): return {'amount': float(a), 'currency': cur}
def pct(p): return {'percent': float(p)}
def cnt(n): return {'count': n}

# (type, question, answers, (srcletter, doc, needle) or None, normalized, [also (srcletter, doc, needle)])
Q = [
# ---------------- who ----------------
('who', "Who is E.F. Hutton's joint managing director in London?", ["Harry Romney", "Romney"], ('R','20051','Harry Romney'), None, []),
('who', "Who leads Bolivia's miners union?", ["Simon Reyes"], ('R','6934','Simon Reyes'), None, []),
('who', "Who heads the bond division of Yamaichi Securities?", ["Katsuyuki Okayasu", "Okayasu"], ('R','6357','Katsuyuki Okayasu, general manager'), None, []),
('who', "Which bank is arranging the five billion dlr credit backing BP's tender for Standard Oil?", ["Morgan Guaranty Trust Co of New York", "Morgan Guaranty"], ('R','9742','Morgan Guaranty Trust Co of New York said as arranger'), None, [('R','10133','Morgan Guaranty Trust Co of New York, which is arranging'), ('R','13051','on behalf of Morgan Guaranty Trust Co of New York, the arranger')]),
('who', "Which American Soybean Association vice president spoke at the October 1987 Outlook 87 conference?", ["James Adams", "Adams"], ('R','20461','ASA Vice President James Adams'), None, []),
('who', "Who was COSATU's general secretary in 1987?", ["Jay Naidoo", "Naidoo"], ('R','12519','Jay Naidoo, general secretary'), None, []),
('who', "Which WTO spokesman commented on the end of textile quotas?", ["Keith Rockwell"], ('B','business/296','WTO spokesman Keith Rockwell'), None, []),
('who', "Who chairs Abu Dhabi Commercial Bank?", ["Sheikh Suroor bin Sultan al-Dhahiri", "Suroor bin Sultan al-Dhahiri", "Sheikh Suroor"], ('R','17247','Sheikh Suroor bin Sultan al-Dhahiri, Chairman'), None, []),
('who', "Who is chairman of National Computer Systems?", ["Charles Oswald", "Oswald"], ('R','15602','Chairman Charles Oswald'), None, []),
('who', "Who presides over Australia's Arbitration Commission?", ["Justice Barry Maddern", "Barry Maddern", "Maddern"], ('R','3432','Commission President Justice Barry Maddern'), None, []),
('who', "Who founded the Swedish biotech company Fermenta?", ["Refaat el-Sayed", "el-Sayed", "Reefat el-Sayed"], ('R','3081','Refaat el-Sayed, sacked'), None, [('R','2652',"founder and former chief executive Refaat el-Sayed"), ('R','4677','founder and former chief executive Reefat el-Sayed')]),
('who', "Who is Nicaragua's foreign trade minister?", ["Alejandro Martinez Cuenca", "Martinez Cuenca"], ('R','7406','Nicaraguan foreign trade minister Alejandro Martinez Cuenca'), None, [('R','8105',"External Trade Minister Alejandro Martinez Cuenca"), ('R','10640','Nicaraguan Foreign Trade Minister Alejandro Martinez Cuenca'), ('R','10902','Nicaraguan External Trade Minister Alejandro Martinez Cuenca'), ('R','11224','Nicaraguan External Trade Minister Alejandro Martinez Cuenca')]),
('who', "Which judge is hearing Yukos's bankruptcy case in Houston?", ["Letitia Clark", "Judge Letitia Clark"], ('B','business/164','bankruptcy Judge Letitia Clark'), None, [('B','business/025','Texas Judge Letitia Clark'), ('B','business/192','US bankruptcy judge Letitia Clark'), ('B','business/299','Judge Letitia Clark said'), ('B','business/391','Judge Letitia Clark will hear')]),
('who', "Who heads Athletics Kenya?", ["Isaiah Kiplagat", "Kiplagat"], ('B','sport/021','AK chief Isaiah Kiplagat'), None, [('B','sport/013','AK chief Isaiah Kiplagat')]),
('who', "Which Uefa spokesman commented on approving artificial pitches?", ["Rob Faulkner"], ('B','sport/204','Uefa spokesman Rob Faulkner'), None, []),
('who', "Who is Taiwan's foreign minister?", ["Mark Chen", "Chen Tan- sun"], ('A','test-2744','Taiwan Foreign Minister Mark Chen'), None, [('A','test-2722','Taiwan Foreign Minister Chen Tan- sun')]),
('who', "Which Al-Jazeera journalist did a Spanish court remand in custody?", ["Tayseer Alouni", "Alouni"], ('A','test-6161','Tayseer Alouni'), None, []),
# ---------------- when ----------------
('when', "When does Quebecor's 60 mln dlr convertible bond mature?", ["May 14, 1997"], ('R','10764','May 14, 1997'), '1997-05-14', [('R','10732','May 14, 1997')]),
('when', "When did the strike by black South African railway workers begin in 1987?", ["March 14"], ('R','12519','The strike began on March 14'), '1987-03-14', []),
('when', "When is DCNY Corp's 1987 annual meeting?", ["May 13"], ('R','6635','May 13 annual meeting'), '1987-05-13', []),
('when', "When is Dowty's purchase of Hydraulic Units from Boeing due to be completed?", ["July 1"], ('R','18435','due on July 1'), '1987-07-01', []),
('when', "When did Dreyer's Grand Ice Cream acquire Midwest Distributing?", ["December 30"], ('R','4751','which was acquired December 30'), '1986-12-30', []),
('when', "Before the Tower report poll of March 1987, when had Reagan's approval rating last been so low?", ["January 1983"], ('R','877','January 1983'), '1983-01', [('R','964','January 1983')]),
('when', "When will Genentech's 150 mln dlr convertible eurobonds mature?", ["March 27, 2002"], ('R','4221','mature on March 27, 2002'), '2002-03-27', [('R','4072','mature on March 27, 2002')]),
('when', "By what date must shipments under Algeria's fiscal 1987 GSM-102 credit guarantees be completed?", ["December 31, 1987"], ('R','5635','December 31, 1987'), '1987-12-31', [('R','14512','shipped by December 31, 1987')]),
('when', "When did the previous round of Philippine debt talks with bank creditors collapse?", ["November 7"], ('R','270','collapsed on November 7'), '1986-11-07', []),
('when', "On what date did Israeli helicopters strike a Hamas training camp in Gaza, killing at least 14 militants?", ["Sept. 7, 2004", "Tuesday"], ('A','test-1301','Sept. 7, 2004'), '2004-09-07', []),
('when', "When are Liberia's first post-war elections due?", ["11 October"], ('B','business/107','elections on 11 October'), None, []),
('when', "Since what year has the Vestey Group owned its Venezuelan ranch land?", ["1920"], ('B','business/029','since 1920'), '1920', []),
('when', "In which year did Graham Stuart win the FA Cup with Everton?", ["1995"], ('B','sport/186','FA Cup with the Toffees in 1995'), '1995', []),
('when', "When is Sony's PlayStation 3 expected to go on sale?", ["2006"], ('B','tech/320','The PlayStation 3 is expected in 2006'), '2006', [('B','tech/018','The PlayStation 3 is expected in 2006'), ('B','tech/190','The PlayStation 3 is expected in 2006')]),
('when', "In what year did the EC make all oilseed imports duty-free?", ["1962"], ('R','20461','The EC in 1962 ruled'), '1962', []),
# ---------------- how_much ----------------
('how_much', "How much did AVX agree to pay to settle the New Bedford harbor PCB claims?", ["two mln dlr"], ('R','1632','two mln dlr settlement with the U.S. government'), mon(2000000, 'USD'), []),
('how_much', "By how much has the U.S. share of the world soybean market fallen in volume since 1982?", ["35 pct"], ('R','20461','declined 35 pct in volume'), pct(35), []),
('how_much', "How much Data General senior debt did S&P downgrade in March 1987?", ["184 mln dlrs"], ('R','7748','184 mln dlrs of senior debt'), mon(184000000, 'USD'), []),
('how_much', "What is Dowty paying Boeing for Hydraulic Units Inc?", ["42.5 mln dlrs", "around 42.5 mln dlrs"], ('R','18435','for around 42.5 mln dlrs cash'), mon(42500000, 'USD'), []),
('how_much', "What is the maximum interest rate UAE courts allow on corporate loans once a debt case is filed?", ["12 pct"], ('R','17247','12 pct for corporate loans'), pct(12), []),
('how_much', "How much more per pound will most Magnum ABS resin grades cost under Dow's amended increase?", ["six cts a pound", "six cts"], ('R','11625','will rise six cts a pound'), mon(0.06, 'USD'), []),
('how_much', "By how much does National Computer Systems expect its fiscal-year earnings to improve?", ["20 pct", "about 20 pct"], ('R','15602','improve by about 20 pct'), pct(20), []),
('how_much', "What is the new price of fuel oil in Egypt after the April 1987 increase?", ["28 Egyptian pounds a ton", "28 Egyptian pounds"], ('R','17409','28 Egyptian pounds a ton'), mon(28, 'EGP'), []),
('how_much', "What share of Americans approved of Reagan's job performance in the poll after the Tower Commission report?", ["42 pct", "about 42 pct"], ('R','877',"42 pct of those surveyed approved"), pct(42), [('R','964','42 pct of those surveyed approved'), ('R','12773','to about 42 pct after the Tower Commission report')]),
('how_much', "How big a weekly pay rise did Australia's Arbitration Commission award in March 1987?", ["10 dlrs a week", "10 dlr a week", "10 dlrs"], ('R','3432','flat 10 dlrs a week wage increase'), mon(10, 'AUD'), [('R','3436','10 dlr a week flat rise'), ('R','12761','10 dlrs a week awarded by the Arbitration Commission'), ('R','12823','10 dlrs a week awarded by the Arbitration Commission')]),
('how_much', "How much did Eastern Air Lines lose in 1986?", ["130.8 mln dlrs"], ('R','12104','Eastern lost 130.8 mln dlrs in 1986'), mon(130800000, 'USD'), [('R','5298','Eastern lost 130.8 mln dlrs in 1986')]),
('how_much', "What is the conversion price of Genentech's 150 mln dlr convertible eurobond?", ["74 dlrs per share", "74 dlrs"], ('R','4221','conversion price at 74 dlrs per share'), mon(74, 'USD'), [('R','4072','conversion price at 74 dlrs per share')]),
('how_much', "What per-share offer from Ciba-Geigy did Spectra-Physics' board reject?", ["32 dlr a share", "32 dlrs per share", "32 dlrs a share"], ('R','18138','32 dlr a share bid from Ciba-Geigy'), mon(32, 'USD'), [('R','17502','32 dlrs per share unsolicited tender offer')]),
('how_much', "At what price did Krispy Kreme shares close after the restatement news?", ["$10.48"], ('B','business/386','to close at $10.48'), mon(10.48, 'USD'), []),
('how_much', "By how much did Japan's GDP shrink in the last three months of 2004?", ["0.1%"], ('B','business/044','fell by 0.1% in the last three months of 2004'), pct(0.1), [('B','business/156','0.1% contraction in the final three months of last year')]),
('how_much', "How much did Liberia's GDP grow in 2004?", ["2%"], ('B','business/107',"GDP rose by 2% in 2004"), pct(2), []),
('how_much', "What is ARM Holdings paying for Artisan Components?", ["about $913 million", "$913 million"], ('A','test-419','about $913 million'), mon(913000000, 'USD'), []),
# ---------------- how_many ----------------
('how_many', "How long was West German President von Weizsaecker's March 1987 visit to Bolivia?", ["four-day"], ('R','6934','four-day official tour'), cnt(4), [('R','7533','four-day visit of West German President'), ('R','7592','four-day visit of West German President'), ('R','7877','four-day official visit'), ('R','8062','Weizsaecker began a four-day visit here'), ('R','8427','began a four-day visit last Friday')]),
('how_many', "How long a strike did Hunosa's coal miners call over the restructuring plan?", ["72-hour"], ('R','7890','72-hour strike'), cnt(72), []),
('how_many', "How old was Chelsea's Wayne Bridge when he hurt his ankle at Newcastle?", ["24"], ('B','sport/111','The England international, 24, was hurt'), cnt(24), []),
('how_many', "How many Israeli-held detainees did Alann Steen's kidnappers want in exchange for him?", ["a hundred", "100"], ('R','8379','in exchange for a hundred detainees'), cnt(100), []),
('how_many', "On April 1, 1987, how many days of forward consumption did OECD oil stocks cover?", ["98 days", "98"], ('R','13256','98 days of forward consumption'), cnt(98), [('R','13266','98 days of forward consumption')]),
('how_many', "How many Taft Broadcasting shares does Carl Lindner's group control?", ["1,489,298"], ('R','3413','Taft stake to 1,489,298 shares'), cnt(1489298), [('R','11029','Lindner controls 1,489,298 shares')]),
('how_many', "How many members does the German engineering union IG Metall have?", ["about 2.5 mln", "2.5 mln"], ('R','14864','about 2.5 mln members'), cnt(2500000), [('R','9975','with 2.5 mln members')]),
('how_many', "How old was John Peel when he died?", ["65"], ('B','entertainment/197','aged 65 in October'), cnt(65), []),
('how_many', "How long was Liberia's civil war?", ["14-year"], ('B','business/107','14-year civil war'), cnt(14), []),
('how_many', "How many acres of Vestey's Hato El Charcote ranch do Venezuelan prosecutors plan to seize?", ["12,900 acres", "12,900"], ('B','business/029','seize 12,900 acres'), cnt(12900), []),
('how_many', "How old is Kenyan runner Susan Chepkemei?", ["29"], ('B','sport/021','The 29-year-old finished second'), cnt(29), [('B','sport/013','The 29-year-old would be a strong contender'), ('B','sport/019','The 29-year-old has finished second')]),
('how_many', "How old was Graham Stuart when he signed for Norwich?", ["34"], ('B','sport/186','the 34-year-old told'), cnt(34), []),
('how_many', "How many years had Sicily waited for a Serie A derby before Palermo played Messina?", ["39-year", "39"], ('A','test-5564','39-year wait'), cnt(39), []),
('how_many', "How long ago had a rocket attack cut short Hamid Karzai's previous trip, when he travelled north?", ["10 days", "10 days ago"], ('A','test-2525','10 days ago'), cnt(10), []),
('how_many', "How many US troops were hunting Mullah Omar and Bin Laden?", ["More than 18,000", "18,000"], ('A','test-7364','More than 18,000 US troops'), cnt(18000), []),
('how_many', "How long was the Asian tour Gerhard Schroeder began in China?", ["five day"], ('A','test-3626','five day Asian tour'), cnt(5), []),
# ---------------- where ----------------
('where', "Which harbor did AVX Corp pollute with PCBs?", ["New Bedford, Mass., harbor", "New Bedford"], ('R','1632','New Bedford, Mass., harbor'), None, []),
('where', "In which city did a court appoint a bailiff to find Fermenta's founder?", ["Stockholm"], ('R','3081','A Stockholm court today appointed a bailiff'), None, []),
('where', "In which city did Spectra-Physics sue Ciba-Geigy over its takeover bid?", ["Wilmington, Del.", "Wilmington", "Delaware"], ('R','18138','U.S. District Court in Wilmington, Del.'), None, [('R','17502','filed a lawsuit in Delaware federal court')]),
('where', "Where is Airbus Industrie headquartered?", ["Toulouse"], ('R','3286','Airbus headquarters in Toulouse'), None, [('R','3379','Airbus headquarters in Toulouse'), ('A','test-1287','The Toulouse, France-based plane maker')]),
('where', "In which region did West German engineering pay talks break down in April 1987?", ["North Wuerttemberg/North Baden"], ('R','14864','North Wuerttemberg/North Baden'), None, []),
('where', "Where did 4,000 Daimler-Benz workers join IG Metall's warning strike in April 1987?", ["Bremen"], ('R','14864','plant in Bremen'), None, []),
('where', "Where did Bombay Palace president Sant Chatwal brief the financial community in March 1987?", ["Dallas"], ('R','7381','members of the Dallas financial community'), None, []),
('where', "Where will Quebecor's 60 mln dlr convertible bonds be listed?", ["Luxembourg"], ('R','10764','listed in Luxembourg'), None, [('R','10732','listed in Luxembourg')]),
('where', "In which US city did Yukos file for bankruptcy?", ["Houston", "Houston, Texas"], ('B','business/164','Yukos submitted the suit in Houston, where it filed for bankruptcy'), None, [('B','business/025','Chapter 11 protection in Houston'), ('B','business/230','filed for bankruptcy in Houston, Texas'), ('B','business/332','in Houston, Texas, where Yukos, had filed for Chapter 11')]),
('where', "In which Venezuelan state are officials moving to seize Vestey's farmland?", ["Cojedes", "Cojedes state"], ('B','business/029','Officials in Cojedes state'), None, []),
('where', "Where was the Kenyan cross-country training camp that Susan Chepkemei skipped?", ["Embu"], ('B','sport/021','training camp in Embu'), None, [('B','sport/013','training camp in Embu'), ('B','sport/019','The camp in Embu')]),
('where', "In which city were details of the Cell processor for PlayStation 3 unveiled?", ["San Francisco"], ('B','tech/320','Conference in San Francisco'), None, [('B','tech/018','will be released in San Francisco on Monday'), ('B','tech/190','Conference in San Francisco')]),
('where', "Where was the three-day Elvis convention held for his 70th birthday?", ["Blackpool", "Blackpool, England"], ('B','entertainment/233','Blackpool, England'), None, []),
('where', "In which city was film director Theo van Gogh killed?", ["Amsterdam"], ('A','test-5042','killed yesterday morning in Amsterdam'), None, [('B','entertainment/057','stabbed to death in Amsterdam'), ('A','test-5128','in the streets of Amsterdam')]),
]

# unanswerable: (type, question, (srcletter, doc) the near-miss article)
U = [
('who', "Who is the chief executive of Unitel Video?", ('R','2219')),
('who', "Who is president of National Computer Systems?", ('R','15602')),
('who', "Who is chairman of Quaker State Oil Refining?", ('R','7332')),
('who', "Who is Spectra-Physics' chief executive?", ('R','18138')),
('who', "Who is Krispy Kreme's chief executive?", ('B','business/386')),
('who', "Who runs Artisan Components, the chip design firm ARM is buying?", ('A','test-419')),
('when', "When was Spain's state coal company Hunosa founded?", ('R','7890')),
('when', "When did Boeing acquire Hydraulic Units Inc?", ('R','18435')),
('when', "In what year was Fermenta founded?", ('R','3081')),
('when', "When will Tayseer Alouni's trial begin?", ('A','test-6161')),
('when', "When was the train driver whose dismissal sparked the 1987 South African rail strike fired?", ('R','12519')),
('when', "When did Michael Landes first buy shares in Unitel Video?", ('R','2219')),
('how_much', "What will the cleanup of New Bedford harbor cost?", ('R','1632')),
('how_much', "What coupon was finally fixed on Quebecor's 60 mln dlr convertible bond?", ('R','10764')),
('how_much', "What was Hydraulic Units Inc's 1986 net profit after tax?", ('R','18435')),
('how_much', "What fee did Norwich pay Charlton for Graham Stuart?", ('B','sport/186')),
('how_much', "How much will Sony's PlayStation 3 cost?", ('B','tech/320')),
('how_much', "What does gasoline cost in Egypt after the April 1987 fuel price rises?", ('R','17409')),
('how_much', "How large is Liberia's external debt?", ('B','business/107')),
('how_many', "How many people does E.F. Hutton employ in London?", ('R','20051')),
('how_many', "How many workers does Hunosa employ?", ('R','7890')),
('how_many', "How many restaurants does Bombay Palace Restaurants operate?", ('R','7381')),
('how_many', "How old is Fermenta founder Refaat el-Sayed?", ('R','3081')),
('how_many', "How old was Theo van Gogh when he was killed?", ('A','test-5042')),
('how_many', "How many countries did Gerhard Schroeder's Asian tour that began in China cover?", ('A','test-3626')),
('where', "Where is Hydraulic Units Inc based?", ('R','18435')),
('where', "In which city is Zimbabwe's Astra Corporation headquartered?", ('R','12546')),
('where', "Where is Midwest Distributing Co, acquired by Dreyer's, based?", ('R','4751')),
('where', "In which Spanish city is Al-Jazeera's Tayseer Alouni being held?", ('A','test-6161')),
('where', "Where is Krispy Kreme headquartered?", ('B','business/386')),
('where', "In which city is the Vestey Group headquartered?", ('B','business/029')),
]

rows = []
used_articles = []
def add_art(src, doc):
    if (src, doc) not in used_articles:
        used_articles.append((src, doc))
for t, q, ans, (sl, doc, needle), norm, also in Q:
    src = SRC[sl]
    add_art(src, doc)
    e = ev(src, doc, needle)
    al = [{'source': SRC[a], 'doc': d, 'evidence': ev(SRC[a], d, n)} for a, d, n in also]
    rows.append({'type': t, 'question': q, 'answers': ans, 'doc': doc, 'source': src,
                 'evidence': e, 'normalized': norm, 'also': al})
for t, q, (sl, doc) in U:
    add_art(SRC[sl], doc)
    rows.append({'type': t, 'question': q, 'answers': [], 'doc': None, 'source': None,
                 'evidence': None, 'normalized': None, 'also': []})
# interleave deterministically: shuffle with fixed seed so types/answerability are mixed
import random
random.Random(6464).shuffle(rows)
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for i, r in enumerate(rows, 1):
        o = {'id': 'al-%03d' % i}
        o.update(r)
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in sorted(used_articles, key=lambda k: (['reuters21578','bbc','agnews'].index(k[0]), k[1])):
        f.write(ART[k][0] + '\n')
print(len(rows), 'questions;', len(used_articles), 'articles')
