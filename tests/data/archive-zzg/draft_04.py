from lib import Q
# r:21411 Warner / Berkey
Q('how_much', "What stake in Berkey Inc did Warner Communications' investment unit acquire in 1987?", ["8.2 pct"], 'r:21411',
  "the equivalent of 8.2 pct of the company's common stock outstanding", {"percent": 8.2})
Q('when', "On what date did Warner Communications Investors pay Berkey for its Series B convertible preferred?", ["September 23"], 'r:21411',
  "it paid about one mln dlrs to Berkey on September 23", "1987-09-23")
Q('how_much', "What is the exercise price of the Berkey warrants held by Warner Communications?", about='r:21411',
  absent="/Berkey/ 3 articles; +/warrant.*(dlrs|price)|exercise/ 1 (16326, Berkey's own offering, no price); 21411 gives warrant share count only")
# r:18412 Cominco strike
Q('how_much', "How much did Cominco say the 1987 strike at Trail and Kimberley was costing it each day in debt service?", ["five mln Canadian dlrs"], 'r:18412',
  "the strike is costing it five mln Canadian dlrs a day in debt service costs", {"amount": 5000000.0, "currency": "CAD"},
  also=[('r:18416', "is costing it five mln Canadian dlrs a day in debt service costs")])
Q('how_many', "How many long tons of zinc did Cominco's Trail smelter produce in 1986?", ["240,000 long tons", "240,000"], 'r:18412',
  "The Trail smelter produced 240,000 long tons of zinc", {"count": 240000},
  also=[('r:19477', "The Trail smelter produced 240,000 long tons of zinc"), ('r:18337', "The Trail smelter produced 240,000 long tons of zinc"),
        ('r:6144', "Trail produced 240,000 long tons of zinc"), ('r:17109', "Cominco's Trail operations produced 240,000 long tons of zinc"),
        ('r:17480', "The Trail smelter, about 400 miles east of Vancouver, produced 240,000 long tons of zinc"),
        ('r:17486', "The Trail smelter, about 400 miles east of Vancouver, produced 240,000 long tons of zinc"),
        ('r:17783', "The Trail smelter, about 400 miles east of Vancouver, produced 240,000 long tons of zinc"),
        ('r:17805', "The Trail smelter, about 400 miles east of Vancouver, produced 240,000 long tons of zinc")])
Q('how_much', "How much revenue had Cominco lost in total to the 1987 strike by mid-June?", about='r:18412',
  absent="/Cominco/ 26 articles; +/lost revenue|revenue loss|lost .* revenue/ 2 (18412, 18416: company has not estimated total lost revenue); +/strike/ 12, none gives a revenue loss figure")
# r:16768 Dai Nippon Printing
Q('how_much', "How large is Dai Nippon Printing's 15-year convertible bond issue?", ["25 billion yen"], 'r:16768',
  "It will issue a 25 billion yen 15-year bond", {"amount": 25000000000.0, "currency": "JPY"})
Q('when', "When does Dai Nippon Printing's six-year convertible bond mature?", ["May 31 1993"], 'r:16768',
  "the six-year on May 31 1993", "1993-05-31")
Q('how_much', "What coupon will Dai Nippon Printing's 25 billion yen convertible bond pay?", about='r:16768',
  absent="/Dai Nippon Printing/ 1 article (16768: coupon to be set at next board meeting); /Dai Nippon/ +/coupon|pct/ 1 (same); /DPRI/ 1")
# r:8096 Rafidain Bank Jordan
Q('who', "Who is the area manager of Rafidain Bank's Jordan branch?", ["Adnan Abdul Karim al-Azzawi", "al-Azzawi"], 'r:8096',
  "Rafidain's Area Manager Adnan Abdul Karim al-Azzawi", None)
Q('how_much', "What minimum paid-up capital did Jordan require of banks by 1986?", ["five mln dinars"], 'r:8096',
  "the country's minimum requirement of five mln dinars", {"amount": 5000000.0, "currency": "JOD"})
Q('when', "By what date will Rafidain Bank's Jordan branch have fully paid in its higher capital?", about='r:8096',
  absent="/Rafidain/ 2 articles; +/pay in|paid-up|how long/ 1 (8096: did not say how long it would take to pay it in); 288 is an unrelated eurocredit")
# r:17143 Jamaica budget
Q('how_much', "How big was the budget Edward Seaga presented for Jamaica in April 1987?", ["6.9 billion jamaica dlrs", "6.9 billion dlr"], 'r:17143',
  "a budget of 6.9 billion jamaica dlrs", {"amount": 6900000000.0, "currency": "JMD"})
Q('how_much', "What was Jamaica's unemployment rate when Seaga presented the 1987 budget?", ["23.6 pct"], 'r:17143',
  "unemployment stood at 23.6 pct", {"percent": 23.6})
# r:6284 FAO Peru
Q('how_much', "How much technical assistance did FAO agree to give Peru in March 1987 for farm development studies?", ["160,000 dlrs"], 'r:6284',
  "signed an agreement to aid peru with 160,000 dlrs in technical asistance", {"amount": 160000.0, "currency": "USD"})
Q('how_many', "How many people were left homeless by the March 1987 mudslides near Lima?", ["25,000"], 'r:6284',
  "the estimated 25,000 made homeless by mudslides last week on the outskirts of Lima", {"count": 25000})
Q('who', "Who was director-general of the FAO in 1987?", ["Edouard Saouma", "Saouma"], 'r:6284',
  "The Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma", None,
  also=[('r:12718', "Food and Agricultural Organisation (FAO) director Edouard Saouma")])
# r:13707 Wang
Q('how_much', "What does Wang's VS 5T TEMPEST minicomputer cost?", ["13,500 dlrs"], 'r:13707',
  "VS 5T and VS 6T, priced at 13,500 dlrs and 21,500 dlrs, respectively", {"amount": 13500.0, "currency": "USD"})
# r:18888 Johnson Matthey refinery
Q('how_many', "How many members does South Africa's Chemical Workers Industrial Union have?", ["30,000"], 'r:18888',
  "The 30,000-member mainly black Chemical Workers Industrial Union", {"count": 30000})
Q('where', "Where does Johnson Matthey's South African subsidiary want to move its platinum refinery?", ["Bophuthatswana homeland", "Bophuthatswana"], 'r:18888',
  "the planned move to the Bophuthatswana homeland", None)
Q('how_many', "How many workers are employed at the Matthey Rustenburg platinum refinery near Johannesburg?", about='r:18888',
  absent="/Johnson Matthey|Matthey Rustenburg/ 7 articles; +/workers|employ|jobs/ 1 (18888: union size 30,000, no refinery headcount); /Rustenburg/ +/[0-9,]+ (workers|employees|staff)/ checked: none for the refinery")
# r:1656 Korea trade minister
Q('who', "Who was South Korea's trade minister in March 1987?", ["Woong-Bae Rha", "Rha Woong-Bae", "Rha Woong Bae", "Rha"], 'r:1656',
  "Trade Minister Woong-Bae Rha said", None,
  also=[('r:3512', "Korean trade minister Rha Woong-Bae"), ('r:3902', "South Korean Trade Minister Rha Woong Bae"),
        ('r:3931', "South Korean Trade Minister Rha Woong Bae")])
# r:17296 Baker trip
Q('when', "When had U.S. Treasury Secretary James Baker been due to set off on his cancelled 1987 trip to Australia?", ["April 30"], 'r:17296',
  "who was to have left April 30 and returned May 6", "1987-04-30")
Q('why' if False else 'who', "Who replaced James Baker on the cancelled April 1987 U.S. Treasury trip to Australia?", about='r:17296',
  absent="/Baker/ 303 articles; +/Australia/ 3 (17296, 17218: trip cancelled, no replacement named; 7493 unrelated); /Treasury/ +/Australia/ +/instead|in his place|replace/ 0 relevant")
