from lib import Q
# AG News items, mostly one question each
Q('where', "Where did protesters greet Taiwan's Chen Shui-bian on his US stopover?", ["Seattle"], 'a:test-1140',
  "Taiwan President Chen Shui-bian visited Seattle under tight security", None)
Q('how_many', "How long did Chen Shui-bian stay in Seattle?", about='a:test-1140',
  absent="/Chen Shui-bian/ 5 articles; +/Seattle/ 1 (test-1140: 'brief visit', no duration); +/hours|day|night/ 3 (no stay length)")
Q('where', "Where was the 2004 Samsung World Championship played?", ["Big Horn Golf Course in Palm Desert, California", "Palm Desert, California", "Big Horn Golf Course", "Palm Desert"], 'a:test-3996',
  "at the Samsung World Championship at Big Horn Golf Course in Palm Desert, California", None)
Q('how_much', "How much prize money did Grace Park earn at the Samsung World Championship?", about='a:test-3996',
  absent="/Grace Park|Samsung World/ 4 articles; /Grace Park/ +/prize|earn|\\$|paycheck/ 0")
Q('where', "Where was the 2004 Breeders' Cup held?", ["Lone Star Park", "GRAND PRAIRIE, Tex.", "GRAND PRAIRIE, Texas"], 'a:test-4876',
  "when he runs Saturday in the Breeders' Cup Classic at Lone Star Park", None,
  also=[('a:test-4744', "Breeders ' Cup program at Lone Star Park"), ('a:test-4902', "Breeders ' Cup Turf at Lone Star Park"),
        ('a:test-4912', "Breeders ' Cup World Thoroughbred Championships at Lone Star Park")])
Q('where', "Where was the 2004 Lexmark Indy 300 run?", ["Surfers Paradise"], 'a:test-4412',
  "needed to win seven more points than Junqueira in Surfers Paradise", None)
Q('where', "Where were the 2004 WTA Tour Championships played?", ["Los Angeles", "LOS ANGELES"], 'a:test-5460',
  "The Frenchwoman could overtake Lindsay Davenport with a win in Los Angeles.", None,
  also=[('b:sport/474', "won their opening matches at the Tour Championships in Los Angeles"),
        ('a:test-5654', "LOS ANGELES : France 's Amelie Mauresmo has booked her berth in the semi-finals of the season-ending WTA Tour Championships")])
Q('where', "In which city were three Americans convicted of torturing Afghans?", ["KABUL, Afghanistan", "KABUL"], 'a:test-1844',
  "KABUL, Afghanistan -- Three Americans", None,
  also=[('a:test-431', "KABUL, Afghanistan Aug. 23, 2004 - A defense lawyer for one of three Americans accused of torturing")])
Q('how_many', "How many years in prison did the Afghan court give the ex-Green Beret?", about='a:test-1844',
  absent="/torturing|private jail|Green Beret/ 3 articles (test-431 trial, test-1844 verdict, test-1545 Abu Ghraib); +/years|sentence/ only 'sentenced to prison' and an unrelated 8 months; /Idema/ 0")
Q('where', "Where was the skull fragment showing early colonial surgery found?", ["Jamestown", "a 400-year-old trash pit at Jamestown"], 'a:test-6764',
  "A skull fragment found in a 400-year-old trash pit at Jamestown", None)
Q('where', "Which province is the couple in Canada's first same-sex divorce from?", ["Ontario"], 'a:test-1756',
  "Now that an Ontario couple has been given Canada 's first same-sex divorce", None)
Q('who', "Who are the couple granted Canada's first same-sex divorce?", about='a:test-1756',
  absent="/same-sex divorce/ 1 article (test-1756, couple unnamed); /same-sex|gay/ +/divorce/ 1 (same)")
Q('where', "Where was the costliest House race of 2004?", ["Dallas"], 'a:test-4332',
  "Ground zero for the country's costliest House race is Dallas", None)
Q('who', "Which congressmen are fighting the costliest 2004 House race, in Dallas?", about='a:test-4332',
  absent="/Dallas/ 101 articles; +/Frost|Sessions|costliest/ 1 (test-4332, names neither); /Martin Frost|Pete Sessions/ 1 (Reuters 1987 budget talks, not this race)")
Q('where', "On which London street did Apple open its new store?", ["Regent Street"], 'a:test-6140',
  "Apple gave us a sneak peek at the new Regent Street Store", None)
Q('who', "Who manages Apple's Regent Street store in London?", about='a:test-6140',
  absent="/Regent Street/ 3 articles (bbc business/317, tech/359 unrelated; test-6140 no manager); /Apple/ 182 articles, +/Regent Street/ 1 (test-6140, no manager named), +/manager|head/ 18 (none about the store)")
Q('when', "In what year did Andrew Carnegie sell his steel holdings?", ["1901"], 'a:test-4932',
  "sold his steel holdings into a trust headed by JP Morgan in 1901", "1901")
Q('when', "When did Andrew Carnegie die?", about='a:test-4932',
  absent="/Carnegie/ 3 articles; +/died|death/ 1 (bbc entertainment/263, Ray Charles, unrelated); test-4932 gives only 1901 sale")
Q('when', "On what date did Svetlana Kuznetsova win the 2004 US Open final?", ["Sept. 11, 2004"], 'a:test-1556',
  "NEW YORK Sept. 11, 2004 - Pounding ferocious forehands", "2004-09-11")
Q('who', "Who was Princess Diana's voice coach?", ["Peter Settelen", "Settelen"], 'a:test-6668',
  "The tapes were recorded by Diana 's voice coach, Peter Settelen.", None)
Q('when', "When were Princess Diana's tapes with her voice coach recorded?", about='a:test-6668',
  absent="/Settelen|voice coach/ 1 article (test-6668, no recording date); /Diana/ 130 articles, +/tape/ 1 (same)")
Q('who', "Which accounting firm resigned as Netopia's auditor?", ["KPMG LLP", "KPMG"], 'a:test-1852',
  "Netopia Inc. a maker of networking gear, on Thursday said its auditor KPMG LLP resigned", None)
Q('how_many', "How many babies were born from frozen eggs in the Italian study?", ["13"], 'a:test-1620',
  "Italian researchers have achieved 13 human births using previously frozen eggs", {"count": 13})
Q('where', "In which Italian city were the frozen-egg births achieved?", about='a:test-1620',
  absent="/frozen eggs|frozen egg/ 1 article (test-1620, no city); /Italian researchers/ +/egg/ 1 (same)")
Q('how_many', "How old is online dater Mary Bellis Waller?", ["64"], 'a:test-2708',
  "Mary Bellis Waller, now 64", {"count": 64})
Q('how_many', "How many safety groups protested GM's Corvette ad?", ["seven"], 'a:test-572',
  "Protests from seven safety groups have prompted General Motors to pull a television ad", {"count": 7})
Q('how_many', "How long did the Kobe Bryant case occupy the Colorado town?", ["14-month", "14 months"][:1], 'a:test-1148',
  "after a 14-month occupation", {"count": 14})
Q('how_many', "How many flights did federal officials plan to cut temporarily at O'Hare?", ["37"], 'a:test-196',
  "temporarily cut 37 flights operating at Chicago's O'Hare International Airport", {"count": 37})
Q('when', "When did the temporary flight cuts at Chicago's O'Hare take effect?", about='a:test-196',
  absent="/O'Hare|OHare/ 5 articles (3 Reuters 1987 unrelated; test-185 88 arrivals/hour, test-196 37 flights); +/effect|begin|start|November|December/ 2 (3992, 5896: 1987, unrelated); test-185/196 give no start date")
Q('who', "Which Colombian cartel kingpin are U.S. investigators lining up witnesses against?", ["Gilberto Rodriguez Orejuela", "Rodriguez Orejuela"], 'a:test-2884',
  "Colombian cartel kingpin Gilberto Rodriguez Orejuela", None)
Q('when', "When is Gilberto Rodriguez Orejuela's U.S. trial due to begin?", about='a:test-2884',
  absent="/Rodriguez Orejuela|Cali cartel/ 2 articles (test-2884 witnesses; test-6880 extradition), +/trial/ no date; /Orejuela/ 1")
Q('where', "In which US state did NASA's Genesis capsule crash?", about='a:test-1364',
  absent="/Genesis/ 7 articles (6 agnews on the capsule, 1 Reuters unrelated); +/Utah|desert/ 0 in text (only test-1364 title says 'desert'); +/Nevada|Arizona|California/ only test-2415 samples sent to California researchers")
Q('who', "Which Japanese club offered Ailton a contract?", about='a:test-3284',
  absent="/Ailton/ 1 article (test-3284: 'a concrete offer from Japan', club not named); /Schalke/ +/Japan/ 1 (same)")
Q('how_much', "What will AMD's PIC internet device cost?", about='a:test-4780',
  absent="/AMD|Advanced Micro/ 76 articles; +/PIC|personal Internet/ 6 (only test-4780 about the device, no price; rest false 'pic' substrings)")
Q('who', "Who will replace KPMG as Netopia's auditor?", about='a:test-1852',
  absent="/Netopia/ 1 article (test-1852); +/auditor/ 1 (KPMG resigned; no successor named)")
