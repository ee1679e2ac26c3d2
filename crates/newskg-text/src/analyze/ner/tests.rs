use super::*;

fn words<'a>(text: &'a str, tags: &'a str) -> Vec<Word<'a>> {
    text.split(' ')
        .zip(tags.split(' '))
        .map(|(text, tag)| Word { text, tag })
        .collect()
}

#[test]
fn bilou_labels_and_spans_round_trip() {
    let spans = vec![
        NameSpan {
            start: 0,
            end: 2,
            kind: NameKind::Person,
        },
        NameSpan {
            start: 3,
            end: 4,
            kind: NameKind::Place,
        },
        NameSpan {
            start: 5,
            end: 8,
            kind: NameKind::Organization,
        },
    ];
    let labels = labels_of(&spans, 9);
    assert_eq!(spans_of(&labels), spans);
    // Every adjacent pair is allowed, and the sequence may end where it ends.
    let mut prev = None;
    for &l in &labels {
        assert!(allowed(prev, Some(l)), "{prev:?} then {l}");
        prev = Some(l);
    }
    assert!(allowed(prev, None));
}

#[test]
fn constraints_refuse_broken_names() {
    let b_per = label(NameKind::Person, B);
    let l_org = label(NameKind::Organization, L);
    let i_per = label(NameKind::Person, I);
    assert!(
        !allowed(Some(b_per), Some(l_org)),
        "a name cannot change kind"
    );
    assert!(!allowed(Some(b_per), Some(OUT)), "an open name must close");
    assert!(!allowed(None, Some(i_per)), "a name cannot start inside");
    assert!(
        !allowed(Some(b_per), None),
        "a sentence cannot end inside a name"
    );
}

#[test]
fn shapes_cut_runs_at_two() {
    assert_eq!(shape("Blair"), "Xxx");
    assert_eq!(shape("NATO"), "XX");
    assert_eq!(shape("2024"), "dd");
    assert_eq!(shape("McDonald's"), "XxXxx'x");
}

#[test]
fn headlines_are_all_capitals() {
    assert!(all_caps(&words("JAPAN GET LUCKY WIN", "NNP VB JJ NN")));
    assert!(!all_caps(&words(
        "The UN met in Paris",
        "DT NNP VBD IN NNP"
    )));
}

#[test]
fn document_evidence_sees_case_elsewhere() {
    let doc = vec![
        words("Support for the plan grew .", "NN IN DT NN VBD ."),
        words("They voted in support .", "PRP VBD IN NN ."),
        words("Mr Wolfe met Smith .", "NNP NNP VBD NNP ."),
    ];
    let ev = DocEvidence::of(&doc);
    assert!(ev.lower.contains("support"));
    assert!(ev.title.contains("wolfe") && ev.title.contains("smith"));
    assert!(
        !ev.title.contains("mr"),
        "a sentence's first word says nothing"
    );
    let p = Prepared::new(&doc[0], &ev);
    assert_eq!(p.case[0], 1, "capitalised here, lower case elsewhere");
}

#[test]
fn gazetteer_marks_cover_whole_names_in_headlines_too() {
    let s = words(
        "Troops left Burkina Faso on Monday",
        "NNS VBD NNP NNP IN NNP",
    );
    let marks = gazetteer_marks(&s, false);
    assert_eq!(marks[2], Some((1, B)));
    assert_eq!(marks[3], Some((1, L)));
    assert_eq!(marks[0], None);
    let caps = words("TROOPS LEAVE BURKINA FASO", "NNS VBP NNP NNP");
    let marks = gazetteer_marks(&caps, true);
    assert_eq!(marks[2], Some((1, B)), "capitals are looked up title-cased");
}

#[test]
fn place_marks_take_the_longest_listed_name_from_a_capitalised_word() {
    // Codes are class * 4 + position + 1, classes numbered from 1 in PLACE_CLASSES.
    let code = |class: &str, pos: u8| {
        let c = compact::PLACE_CLASSES
            .iter()
            .position(|c| *c == class)
            .unwrap() as u8
            + 1;
        c * 4 + pos + 1
    };
    let s = words(
        "Flights from Los Angeles to Western Asia and Nairobi resumed",
        "NNS IN NNP NNP IN JJ NNP CC NNP VBD",
    );
    let marks = place_marks(&s, false, &[0; 10]);
    assert_eq!(
        &marks[2..4],
        &[code("city1", B), code("city1", L)],
        "{marks:?}"
    );
    assert_eq!(
        &marks[5..7],
        &[code("continent", B), code("continent", L)],
        "a world region: {marks:?}"
    );
    assert_eq!(marks[8], code("city1", U));
    assert_eq!(marks[0], 0, "Flights is no place");
    assert_eq!(marks[9], 0);
    let lower = words("the los angeles office", "DT JJ NN NN");
    assert!(
        place_marks(&lower, false, &[0; 4]).iter().all(|&m| m == 0),
        "a name starts at a capitalised word"
    );
    let caps = words("STORMS HIT LOS ANGELES", "NNS VBD NNP NNP");
    let marks = place_marks(&caps, true, &[0; 4]);
    assert_eq!(
        &marks[2..],
        &[code("city1", B), code("city1", L)],
        "{marks:?}"
    );
}

#[test]
fn a_known_persons_full_name_is_marked_and_is_no_place() {
    let s = words(
        "Crowds cheered Aung San Suu Kyi and Vladimir Putin in Yangon",
        "NNS VBD NNP NNP NNP NNP CC NNP NNP IN NNP",
    );
    let persons = person_marks(&s);
    assert_eq!(&persons[2..6], &[1 + B, 1 + I, 1 + I, 1 + L], "{persons:?}");
    assert_eq!(&persons[7..9], &[1 + B, 1 + L]);
    assert_eq!(persons[10], 0);
    assert_ne!(
        place_marks(&s[2..4], false, &[0, 0])[0],
        0,
        "Aung San alone is a town"
    );
    let places = place_marks(&s, false, &persons);
    assert_eq!(
        places[2], 0,
        "inside a person's name it is none: {places:?}"
    );
    assert_ne!(places[10], 0, "Yangon is a city");
    let caps = words("PUTIN: VLADIMIR PUTIN SPEAKS", "NNP NNP NNP VBZ");
    assert_eq!(&person_marks(&caps)[1..3], &[1 + B, 1 + L]);
}

#[test]
fn the_compiled_place_list_holds_the_data_file_and_bad_lines_are_refused() {
    let table = compact::Table::new(PLACES);
    let class = |name: &str| table.get(name.as_bytes()).map(|v| v[0]);
    assert_eq!(class("Europe"), Some(1));
    assert_eq!(class("Texas"), Some(2), "a first-level division");
    assert_eq!(class("Los Angeles"), Some(3), "a city of millions");
    assert_eq!(class("March"), None, "a month is a date first");
    assert_eq!(class("europe"), None, "names are kept as written");
    let data = include_str!("../../../../../data/names/places.tsv");
    let lines = data.lines().filter(|l| !l.starts_with('#')).count();
    assert!(lines > 10_000, "{lines}");
    for bad in [
        "Lagos",
        "Lagos\ttown",
        "Lagos \tcity1",
        "Lagos\tcity1\nLagos\tcity2",
    ] {
        let e = compact::compile_places(bad).unwrap_err();
        assert!(e.starts_with("line "), "{bad:?}: {e}");
    }
}

#[test]
fn a_persons_name_starts_after_its_title_words() {
    let doc = vec![
        words("Prime Minister Tony Blair spoke", "NNP NNP NNP NNP VBD"),
        words("Mr Brown and King Abdullah met", "NNP NNP CC NNP NNP VBD"),
        words("Lord Jones is not Lord", "NNP NNP VBZ RB NNP"),
    ];
    let person = |start, end| NameSpan {
        start,
        end,
        kind: NameKind::Person,
    };
    let mut spans = vec![
        vec![person(0, 4)],
        vec![person(0, 2), person(3, 5)],
        vec![
            person(0, 2),
            person(4, 5),
            NameSpan {
                start: 0,
                end: 1,
                kind: NameKind::Place,
            },
        ],
    ];
    untitled(&doc, &mut spans);
    assert_eq!(spans[0], vec![person(2, 4)]);
    assert_eq!(spans[1], vec![person(1, 2), person(4, 5)]);
    assert_eq!(spans[2][0], person(1, 2));
    assert_eq!(spans[2][1], person(4, 5), "a title alone stays a name");
    assert_eq!(spans[2][2].start, 0, "only persons' names are trimmed");
    assert!(is_title("Mr.") && is_title("PRESIDENT") && !is_title("Blair"));
    assert!(parse_words(TITLE_WORDS).is_ok_and(|t| t.len() > 30));
    for bad in ["prime minister", "Mr"] {
        let e = parse_words(bad).unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
    }
}

#[test]
fn short_forms_take_the_full_name_kind() {
    let doc = vec![
        words("Prime Minister Tony Blair spoke .", "NNP NNP NNP NNP VBD ."),
        words("Later , Blair left for Paris .", "RB , NNP VBD IN NNP ."),
        words("Blair said Friday was fine .", "NNP VBD NNP VBD JJ ."),
        words("On Friday , friday came .", "IN NNP , NN VBD ."),
    ];
    let mut spans = vec![
        vec![NameSpan {
            start: 2,
            end: 4,
            kind: NameKind::Person,
        }],
        vec![],
        vec![NameSpan {
            start: 0,
            end: 1,
            kind: NameKind::Organization,
        }],
        vec![],
    ];
    short_forms(&doc, &mut spans, &DocEvidence::of(&doc));
    assert_eq!(
        spans[1],
        vec![NameSpan {
            start: 2,
            end: 3,
            kind: NameKind::Person
        }],
        "the surname alone is the person"
    );
    assert_eq!(
        spans[2],
        vec![NameSpan {
            start: 0,
            end: 1,
            kind: NameKind::Person
        }],
        "a surname taken for another kind becomes the person"
    );
    assert!(
        spans[3].is_empty(),
        "a word also written in lower case is not carried: {:?}",
        spans[3]
    );
}

#[test]
fn a_one_word_organisation_is_carried_to_its_other_mentions() {
    let doc = vec![
        words("Zantor said profits rose .", "NNP VBD NNS VBD ."),
        words("Analysts expect Zantor to grow .", "NNS VBP NNP TO VB ."),
        words(
            "Mr Okafor said Okafor would stay .",
            "NNP NNP VBD NNP MD VB .",
        ),
    ];
    let org = |start| NameSpan {
        start,
        end: start + 1,
        kind: NameKind::Organization,
    };
    let mut spans = vec![vec![org(0)], vec![], vec![]];
    short_forms(&doc, &mut spans, &DocEvidence::of(&doc));
    assert_eq!(spans[1], vec![org(2)]);
    assert!(spans[2].is_empty(), "{:?}", spans[2]);
}

#[test]
fn a_word_the_article_repeats_as_a_name_and_the_model_never_labels_is_an_organisation() {
    let doc = vec![
        words("Shares in Zantor rose .", "NNS IN NNP VBD ."),
        words("Analysts said Zantor would grow .", "NNS VBD NNP MD VB ."),
        // "the Budget" is a common noun with a capital; "Islamic" modifies a noun; "Leeds"
        // is a place; "Taylor" a surname.
        words(
            "The Budget helped Islamic banks in Leeds .",
            "DT NNP VBD NNP NNS IN NNP .",
        ),
        words(
            "Before the Budget , Islamic banks and Taylor met .",
            "IN DT NNP , NNP NNS CC NNP VBD .",
        ),
        words(
            "Leeds and Taylor said Budget plans for Islamic banking helped .",
            "NNP CC NNP VBD NNP NNS IN NNP NN VBD .",
        ),
        // Once written in lower case, a word is an ordinary one.
        words(
            "The Widget rose . Shares in Widget rose and Widget fell .",
            "DT NNP VBD . NNS IN NNP VBD CC NNP VBD .",
        ),
        words("A widget is small .", "DT NN VBZ JJ ."),
    ];
    let mut spans = vec![Vec::new(); doc.len()];
    repeated::repeated(&doc, &mut spans, &DocEvidence::of(&doc));
    let found: Vec<(usize, &str, NameKind)> = (spans.iter().enumerate())
        .flat_map(|(si, sp)| sp.iter().map(move |n| (si, n)))
        .map(|(si, n)| (si, doc[si][n.start].text, n.kind))
        .collect();
    assert_eq!(
        found,
        [
            (0, "Zantor", NameKind::Organization),
            (1, "Zantor", NameKind::Organization)
        ]
    );
}

#[test]
fn the_shipped_model_finds_names_in_sentences_of_our_own() {
    let r = Recognizer::get();
    let doc = vec![
        words(
            "Angela Merkel met Emmanuel Macron in Berlin on Tuesday .",
            "NNP NNP VBD NNP NNP IN NNP IN NNP .",
        ),
        words(
            "Prime Minister Tony Blair told the BBC that the Labour Party would win .",
            "NNP NNP NNP NNP VBD DT NNP IN DT NNP NNP MD VB .",
        ),
        words(
            "Later , Merkel and Blair flew to Paris .",
            "RB , NNP CC NNP VBD IN NNP .",
        ),
    ];
    let found = r.recognize(&doc);
    let has = |s: usize, start: usize, end: usize, kind: NameKind| {
        found[s].contains(&NameSpan { start, end, kind })
    };
    use NameKind::*;
    assert!(
        has(0, 0, 2, Person) && has(0, 3, 5, Person),
        "{:?}",
        found[0]
    );
    assert!(has(0, 6, 7, Place), "{:?}", found[0]);
    assert!(
        has(1, 2, 4, Person),
        "the title is no part of the name: {:?}",
        found[1]
    );
    assert!(
        has(1, 6, 7, Organization) && has(1, 9, 11, Organization),
        "{:?}",
        found[1]
    );
    assert!(
        has(2, 2, 3, Person) && has(2, 4, 5, Person),
        "{:?}",
        found[2]
    );
    assert!(has(2, 7, 8, Place), "{:?}", found[2]);
    assert!(!found[0].iter().any(|n| n.start == 8), "Tuesday is no name");
}

#[test]
fn the_compiled_name_list_holds_the_data_file_and_bad_lines_are_refused() {
    let names = Names::get();
    assert_eq!(
        names.buckets("john"),
        (1, 2),
        "John: a common first name, a rarer surname"
    );
    assert_eq!(names.buckets("smith"), (0, 1));
    assert_eq!(names.buckets("friday"), (0, 2));
    assert_eq!(names.buckets("the"), (0, 0));
    let data = include_str!("../../../../../data/names/census.tsv");
    let lines = data.lines().filter(|l| !l.starts_with('#')).count();
    assert!(lines > 30_000, "{lines}");
    for bad in ["john\tfirst", "john\tmiddle\t3", "john\tfirst\tx"] {
        let e = compact::compile_names(bad).unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
    }
}

#[test]
fn a_model_compiled_in_place_scores_as_its_weights_say() {
    let mut t = train::Trainer::default();
    // A one-sentence document: the trainer learns that "Blair" is a person.
    let doc = train::GoldDoc {
        sentences: vec![vec![
            ("Blair".into(), "NNP".into()),
            ("spoke".into(), "VBD".into()),
        ]],
        names: vec![vec![NameSpan {
            start: 0,
            end: 1,
            kind: NameKind::Person,
        }]],
    };
    for _ in 0..3 {
        t.epoch(std::slice::from_ref(&doc));
    }
    let m = t.model(0.0).expect("the model reads back");
    let ev = DocEvidence::of(&[words("Blair spoke", "NNP VBD")]);
    let s = words("Blair spoke", "NNP VBD");
    assert_eq!(
        spans_of(&m.label(&Prepared::new(&s, &ev))),
        vec![NameSpan {
            start: 0,
            end: 1,
            kind: NameKind::Person
        }]
    );
    assert!(Model::from_bytes(b"not a model").is_none());
}

#[test]
fn a_name_whose_first_word_is_an_adjective_or_verb_is_found_whole() {
    // The training data once cut "United" and "Saudi" off (UD tags them VERB and ADJ).
    let r = Recognizer::get();
    let doc = vec![words(
        "Troops left the United States and Saudi Arabia for the United Kingdom .",
        "NNS VBD DT NNP NNPS CC NNP NNP IN DT NNP NNP .",
    )];
    let found = r.recognize(&doc);
    for (start, end) in [(3, 5), (6, 8), (10, 12)] {
        assert!(
            found[0].contains(&NameSpan {
                start,
                end,
                kind: NameKind::Place
            }),
            "{start}..{end}: {:?}",
            found[0]
        );
    }
}

#[test]
fn a_dateline_names_the_place_the_story_was_filed_from() {
    let r = Recognizer::get();
    let doc = vec![
        words("NIAMEY 2024-03-05", "NNP CD"),
        words(
            "KANO , March 3 ( Reuters ) - Gunmen attacked a market .",
            "NNP , NNP CD -LRB- NNP -RRB- : NNS VBD DT NN .",
        ),
        words(
            "Amnesty International ( AI ) said the vote was fair .",
            "NNP NNP -LRB- NNP -RRB- VBD DT NN VBD JJ .",
        ),
        words("Jane Doe , 3 May", "NNP NNP , CD NNP"),
    ];
    let found = r.recognize(&doc);
    let place_at = |s: usize, end: usize| {
        found[s].contains(&NameSpan {
            start: 0,
            end,
            kind: NameKind::Place,
        })
    };
    assert!(place_at(0, 1), "{:?}", found[0]);
    assert!(place_at(1, 1), "{:?}", found[1]);
    // Brackets after a name, with the story going on, are no dateline; nor is a name in
    // title case the model takes for a person.
    assert!(!place_at(2, 2), "{:?}", found[2]);
    assert!(!place_at(3, 2), "{:?}", found[3]);
    assert_eq!(dateline_place(&doc[2]), None);
}

#[test]
fn a_dateline_ends_after_its_dash_and_may_cut_the_month_short() {
    let wire = words(
        "TUNIS , Sept. 9 - Police dispersed the crowd .",
        "NNP , NNP CD : NNS VBD DT NN .",
    );
    assert_eq!(dateline_end(&wire), Some(5));
    assert_eq!(dateline_place(&wire), Some(1));
    let short = words(
        "LIMA , Feb 2 - Miners marched .",
        "NNP , NNP CD : NNS VBD .",
    );
    assert_eq!(dateline_end(&short), Some(5));
    // A dateline alone has nothing after it to parse apart; a place that opens a
    // sentence with no date is no dateline.
    assert_eq!(dateline_end(&words("LIMA , Feb 2", "NNP , NNP CD")), None);
    let plain = words("Lima is calm - for now .", "NNP VBZ JJ : IN RB .");
    assert_eq!(dateline_end(&plain), None);
}

#[test]
fn a_first_name_and_a_surname_the_article_uses_alone_make_a_person() {
    let doc = vec![
        words(
            "Rebecca Okafor will lead the campaign .",
            "NNP NNP MD VB DT NN .",
        ),
        words("Ms Okafor said so .", "NNP NNP VBD RB ."),
    ];
    let ev = DocEvidence::of(&doc);
    // As if the model had taken the full name for an organisation.
    let mut spans = vec![
        vec![NameSpan {
            start: 0,
            end: 2,
            kind: NameKind::Organization,
        }],
        vec![NameSpan {
            start: 1,
            end: 2,
            kind: NameKind::Person,
        }],
    ];
    first_and_surname(&doc, &mut spans, &ev);
    assert_eq!(spans[0][0].kind, NameKind::Person);
    // Without the surname alone as a person, or without a first name, nothing changes.
    let mut other = vec![
        vec![NameSpan {
            start: 0,
            end: 2,
            kind: NameKind::Organization,
        }],
        vec![],
    ];
    first_and_surname(&doc, &mut other, &ev);
    assert_eq!(other[0][0].kind, NameKind::Organization);
    let firm = vec![
        words("Goldman Okafor hired staff .", "NNP NNP VBD NNS ."),
        words("Okafor said so .", "NNP VBD RB ."),
    ];
    let mut spans = vec![
        vec![NameSpan {
            start: 0,
            end: 2,
            kind: NameKind::Organization,
        }],
        vec![NameSpan {
            start: 0,
            end: 1,
            kind: NameKind::Person,
        }],
    ];
    first_and_surname(&firm, &mut spans, &DocEvidence::of(&firm));
    assert_eq!(
        spans[0][0].kind,
        NameKind::Organization,
        "Goldman is no first name"
    );
}

#[test]
fn only_words_that_may_open_a_name_are_scored_outside_one() {
    let s = words(
        "the troops of the Bank of England left Niger on Monday",
        "DT NNS IN DT NNP IN NNP VBD NNP IN NNP",
    );
    let ev = DocEvidence::of(std::slice::from_ref(&s));
    let p = Prepared::new(&s, &ev);
    let model = &Recognizer::get().model;
    let mut calls = 0;
    let labels = decode(&p, Words::ThatMayOpenAName, |f, sc| {
        calls += 1;
        model.score(f, sc)
    });
    let all = decode(&p, Words::All, |f, sc| model.score(f, sc));
    assert_eq!(labels, all, "the same labels either way");
    assert_eq!(spans_of(&labels).len(), 2, "{:?}", spans_of(&labels));
    let expected = (0..s.len())
        .filter(|&i| opens_name(&p, i) || i > 0 && is_open(labels[i - 1]))
        .count();
    assert_eq!(calls, expected);
    assert_eq!(
        calls, 5,
        "Bank, of and England inside the name, Niger, Monday (a capital, no name); not the, troops, left, on"
    );
}

#[test]
fn a_name_begins_and_ends_on_a_word() {
    // The institution's name is split off before the bracketed abbreviation, and the model
    // left the bracket as a name of its own.
    let r = Recognizer::get();
    let doc = vec![words(
        "The Bank of England ( BoE ) kept rates on hold .",
        "DT NNP IN NNP -LRB- NNP -RRB- VBD NNS IN NN .",
    )];
    let found = r.recognize(&doc);
    assert!(
        found[0].iter().all(|n| doc[0][n.start..n.end]
            .iter()
            .all(|w| w.text != "(" && w.text != ")")),
        "{:?}",
        found[0]
    );
    assert!(
        found[0].contains(&NameSpan {
            start: 1,
            end: 4,
            kind: NameKind::Organization
        }),
        "{:?}",
        found[0]
    );
    // Directly: signs at a name's edges are cut, a name of signs alone is dropped.
    let s = words("“ Acme Corp ” ( )", "`` NNP NNP '' -LRB- -RRB-");
    let mut spans = vec![vec![
        NameSpan {
            start: 0,
            end: 4,
            kind: NameKind::Organization,
        },
        NameSpan {
            start: 4,
            end: 6,
            kind: NameKind::Organization,
        },
    ]];
    trim_signs(std::slice::from_ref(&s), &mut spans);
    assert_eq!(
        spans[0],
        [NameSpan {
            start: 1,
            end: 3,
            kind: NameKind::Organization
        }]
    );
}

#[test]
fn the_list_of_capitalised_words_that_name_nothing_reads_and_refuses_bad_lines() {
    let words = parse_words(repeated::NOT_NAMES).unwrap();
    assert!(words.contains("christmas"));
    assert!(parse_words("# c\nChristmas\n").is_err());
    assert!(parse_words("new year\n").is_err());
}

#[test]
fn a_name_run_over_a_title_inside_it_is_split_at_the_title() {
    let doc = vec![
        words("Labour MP Ann Okafor spoke .", "NNP NNP NNP NNP VBD ."),
        words("Green MP Tom Hale spoke .", "NNP NNP NNP NNP VBD ."),
        words("Ms Ann Okafor spoke .", "NNP NNP NNP VBD ."),
    ];
    let span = |start, end, kind| NameSpan { start, end, kind };
    let mut spans = vec![
        vec![span(0, 4, NameKind::Organization)],
        vec![span(0, 4, NameKind::Person)],
        vec![span(0, 3, NameKind::Person)],
    ];
    untitled(&doc, &mut spans);
    // The party keeps its kind; the words after the title are the person.
    assert_eq!(
        spans[0],
        [
            span(0, 1, NameKind::Organization),
            span(2, 4, NameKind::Person)
        ]
    );
    // Taken whole for a person, the words before the title are dropped.
    assert_eq!(spans[1], [span(2, 4, NameKind::Person)]);
    // A title opening a person's name is trimmed as before.
    assert_eq!(spans[2], [span(1, 3, NameKind::Person)]);
}

#[test]
fn a_conjunction_opening_a_quoted_sentence_opens_no_name() {
    let s = words("\" And Rosneft needs cash", "`` CC NNP VBZ NN");
    let t = words("\" The Hague ruled", "`` DT NNP VBD");
    let doc = vec![s, t];
    let span = |start, end| NameSpan {
        start,
        end,
        kind: NameKind::Organization,
    };
    let mut spans = vec![vec![span(1, 3)], vec![span(1, 3)]];
    opening_function_words(&doc, &mut spans);
    // "Rosneft" alone; "The Hague" keeps its determiner.
    assert_eq!(spans, vec![vec![span(2, 3)], vec![span(1, 3)]]);
}
