use super::*;

fn words<'a>(text: &'a str, tags: &'a str) -> Vec<Word<'a>> {
    let (t, g): (Vec<_>, Vec<_>) = (text.split(' ').collect(), tags.split(' ').collect());
    assert_eq!(t.len(), g.len(), "{text}");
    t.into_iter()
        .zip(g)
        .map(|(text, tag)| Word { text, tag })
        .collect()
}

fn span(start: usize, end: usize, kind: NameKind) -> NameSpan {
    NameSpan { start, end, kind }
}

/// The spans after the pass, for sentences given with the spans a model found.
fn after(doc: &[Vec<Word>], mut spans: Vec<Vec<NameSpan>>) -> Vec<Vec<NameSpan>> {
    institutions(doc, &mut spans, &DocEvidence::of(doc));
    spans
}

use NameKind::*;

#[test]
fn the_shipped_word_list_loads_and_bad_lines_are_refused() {
    let w = InstitutionWords::get();
    assert!(w.heads.contains("Office") && w.alone.contains("Cabinet"));
    assert!(InstitutionWords::parse("head\tOffice\nalone\tOffice\n").is_ok());
    let bad = InstitutionWords::parse("head\tOffice\nheads\tBank\n")
        .err()
        .unwrap();
    assert!(bad.contains("line 2"), "{bad}");
    assert!(
        InstitutionWords::parse("head Office\n").is_err(),
        "a tab is needed"
    );
    assert!(
        InstitutionWords::parse("alone\tCabinet\n").is_err(),
        "alone needs head"
    );
}

#[test]
fn a_phrase_ending_in_an_institution_noun_is_one_organisation() {
    let doc = vec![words(
        "The National Audit Office said the Royal Mail scheme cost more .",
        "DT NNP NNP NNP VBD DT NNP NNP NN VBD JJR .",
    )];
    let got = after(&doc, vec![vec![]]);
    assert_eq!(
        got[0],
        vec![span(1, 4, Organization)],
        "not 'The', not 'Mail'"
    );
}

#[test]
fn of_and_for_go_on_with_the_name_and_fragments_join() {
    let doc = vec![
        words(
            "A spokesman for the Department for Education said so .",
            "DT NN IN DT NNP IN NNP VBD RB .",
        ),
        words(
            "Chelsea appealed to the Court of Arbitration for Sport on Monday .",
            "NNP VBD IN DT NNP IN NNP IN NNP IN NNP .",
        ),
        words(
            "The Bank of England wrote to the Treasury .",
            "DT NNP IN NNP VBD IN DT NNP .",
        ),
    ];
    let got = after(
        &doc,
        vec![
            vec![span(4, 5, Organization), span(6, 7, Organization)],
            vec![span(0, 1, Person), span(4, 7, Organization)],
            vec![span(1, 2, Person), span(3, 4, Place)],
        ],
    );
    assert_eq!(got[0], vec![span(4, 7, Organization)]);
    assert_eq!(
        got[1],
        vec![span(0, 1, Person), span(4, 9, Organization)],
        "'on Monday' is no part of it"
    );
    assert_eq!(
        got[2],
        vec![span(1, 4, Organization), span(7, 8, Organization)],
        "a person or place the model saw inside the name gives way; 'Treasury' stands alone"
    );
}

#[test]
fn and_and_a_plurals_apostrophe_join_the_words_before_the_head() {
    let doc = vec![
        words(
            "Members of the Public and Commercial Services Union and the Transport and General Workers ' Union voted .",
            "NNS IN DT NNP CC NNP NNPS NNP CC DT NNP CC NNP NNPS POS NNP VBD .",
        ),
        words(
            "Britain and the European Union agreed ; Mr Blair 's Cabinet met .",
            "NNP CC DT NNP NNP VBD : NNP NNP POS NNP VBD .",
        ),
    ];
    let got = after(&doc, vec![vec![], vec![]]);
    assert_eq!(
        got[0],
        vec![span(3, 8, Organization), span(10, 16, Organization)]
    );
    assert_eq!(
        got[1],
        vec![span(3, 5, Organization), span(10, 11, Organization)],
        "'the' stops the name; \"'s\" is no part of one"
    );
}

#[test]
fn single_institution_words_name_a_body_only_capitalised_inside_a_sentence() {
    let doc = vec![
        words(
            "He told Parliament the Cabinet would meet .",
            "PRP VBD NNP DT NNP MD VB .",
        ),
        words(
            "Cabinet ministers met ; the cabinet in the hall was old .",
            "NN NNS VBD : DT NN IN DT NN VBD JJ .",
        ),
        words("The Office said so .", "DT NNP VBD RB ."),
    ];
    let got = after(&doc, vec![vec![span(2, 3, Person)], vec![], vec![]]);
    assert_eq!(
        got[0],
        vec![span(2, 3, Organization), span(4, 5, Organization)],
        "a body taken for a person becomes the body"
    );
    assert!(
        got[1].is_empty(),
        "sentence-initial or lower case: {:?}",
        got[1]
    );
    assert!(
        got[2].is_empty(),
        "'Office' does not stand alone: {:?}",
        got[2]
    );
}

#[test]
fn places_the_gazetteer_knows_and_spans_that_straddle_stay() {
    let doc = vec![
        words(
            "Troops left the West Bank and the World Bank lent money .",
            "NNS VBD DT NNP NNP CC DT NNP NNP VBD NN .",
        ),
        words(
            "Foreign Office Minister Kim Howells spoke .",
            "NNP NNP NNP NNP NNP VBD .",
        ),
    ];
    let got = after(&doc, vec![vec![], vec![span(2, 5, Person)]]);
    assert_eq!(
        got[0],
        vec![span(7, 9, Organization)],
        "'West Bank' is a place in the gazetteer"
    );
    assert_eq!(
        got[1],
        vec![span(0, 2, Organization), span(2, 5, Person)],
        "the person after the name stays"
    );
}

#[test]
fn headlines_in_title_case_are_left_to_the_model() {
    let doc = vec![words(
        "Ministers Face Union Revolt Over Pensions",
        "NNS VBP NNP NNP IN NNS",
    )];
    assert!(after(&doc, vec![vec![]])[0].is_empty());
}

#[test]
fn abbreviations_take_their_names_kind() {
    let doc = vec![
        words(
            "The National Audit Office ( NAO ) criticised the plan .",
            "DT NNP NNP NNP -LRB- NNP -RRB- VBD DT NN .",
        ),
        words(
            "The Confederation of British Industry wants cuts .",
            "DT NNP IN JJ NNP VBZ NNS .",
        ),
        words(
            "Both the NAO and the CBI agree , as does the PM .",
            "DT DT NNP CC DT NNP VBP , IN VBZ DT NNP .",
        ),
    ];
    let runs_on = span(1, 7, Organization);
    let got = after(&doc, vec![vec![], vec![runs_on], vec![span(2, 3, Person)]]);
    assert_eq!(
        got[0],
        vec![span(1, 4, Organization), span(5, 6, Organization)]
    );
    assert_eq!(
        got[1],
        vec![span(1, 5, Organization)],
        "a name the model ran on into 'wants cuts' gives way"
    );
    assert_eq!(
        got[2],
        vec![span(2, 3, Organization), span(5, 6, Organization)],
        "one taken for a person is the organisation; 'PM' is no organisation's initials here"
    );
}

#[test]
fn names_that_run_on_into_ordinary_words_are_cut_to_their_capitalised_runs() {
    let doc = vec![words(
        "Ministers said Gordon Brown would visit the Bank of Scotland branch .",
        "NNS VBD NNP NNP MD VB DT NNP IN NNP NN .",
    )];
    // As a model might label it: one person over "Gordon Brown would visit", one place
    // over "the Bank of Scotland branch".
    let got = after(&doc, vec![vec![span(2, 6, Person), span(6, 11, Place)]]);
    assert_eq!(
        got[0],
        vec![span(2, 4, Person), span(7, 10, Organization)],
        "cut at 'would', 'the' and 'branch'; the bank is an institution"
    );
}

#[test]
fn a_name_run_on_past_an_institution_is_split_after_it() {
    let doc = vec![words(
        "Wessex Research Council Professor Helen Marsh said so .",
        "NNP NNP NNP NNP NNP NNP VBD RB .",
    )];
    // As a model might label it: one organisation over the body and the person.
    let got = after(&doc, vec![vec![span(1, 6, Organization)]]);
    assert_eq!(
        got[0],
        vec![span(0, 3, Organization), span(3, 6, Person)],
        "the words after the body hold a common first name"
    );
}

#[test]
fn an_abbreviation_in_brackets_may_be_written_like_a_word() {
    let doc = vec![
        words(
            "The Guild of Rural Postmasters ( Grp ) met ministers .",
            "DT NNP IN JJ NNPS -LRB- NNP -RRB- VBD NNS .",
        ),
        words("Grp members voted .", "NNP NNS VBD ."),
        words(
            "The Guild of Rural Postmasters ( Wessex ) met ministers .",
            "DT NNP IN JJ NNPS -LRB- NNP -RRB- VBD NNS .",
        ),
    ];
    let got = after(&doc, vec![vec![], vec![], vec![]]);
    assert_eq!(
        got[0],
        vec![span(1, 5, Organization), span(6, 7, Organization)]
    );
    assert_eq!(got[1], vec![span(0, 1, Organization)]);
    assert!(
        !got[2]
            .iter()
            .any(|n| n.start == 6 && n.kind == Organization),
        "a word in brackets that is not the initials is no abbreviation: {:?}",
        got[2]
    );
}

#[test]
fn an_abbreviation_may_spell_the_small_words_of_the_name_in_small_letters() {
    let doc = vec![
        words(
            "The Office of Fair Trading ( OoFT ) wrote to the Department for Rural Affairs ( DfRA ) .",
            "DT NNP IN NNP NNP -LRB- NNP -RRB- VBD IN DT NNP IN NNP NNPS -LRB- NNP -RRB- .",
        ),
        words("OoFT and DfRA staff agreed .", "NNP CC NNP NNS VBD ."),
        // A capitalised word of the name left out, or letters no word begins with: none.
        words(
            "The Council of Water Boards ( CoB ) wrote to the Union of Hill Farmers ( UoX ) .",
            "DT NNP IN NNP NNPS -LRB- NNP -RRB- VBD IN DT NNP IN NNP NNPS -LRB- NNP -RRB- .",
        ),
        words("CoB and UoX staff agreed .", "NNP CC NNP NNS VBD ."),
    ];
    let got = after(&doc, vec![vec![], vec![], vec![], vec![]]);
    assert!(
        got[1].contains(&span(0, 1, Organization)),
        "{:?} {:?}",
        got[0],
        got[1]
    );
    assert!(got[1].contains(&span(2, 3, Organization)), "{:?}", got[1]);
    assert!(got[3].is_empty(), "{:?}", got[3]);
    assert!(mixed_initials(&doc[0][1..5], "OoFT"));
    let roads = words("Department for Roads and Bridges", "NNP IN NNPS CC NNPS");
    assert!(mixed_initials(&roads, "DfRB"), "'and' skipped");
    assert!(
        !mixed_initials(&doc[0][1..5], "OFT"),
        "capitals only: another rule's"
    );
}

#[test]
fn a_describing_noun_before_a_name_makes_it_an_organisation_here_and_later() {
    let doc = vec![
        words(
            "Shares in engineering group Brackley rose after car giant Orion Motors bid .",
            "NNS IN NN NN NNP VBD IN NN NN NNP NNPS VBD .",
        ),
        words("Brackley said it would talk .", "NNP VBD PRP MD VB ."),
        words(
            "Pressure group Roads 2040 and bank Hill & Dale objected .",
            "NN NN NNP CD CC NN NNP CC NNP VBD .",
        ),
        // A person's name after a describing noun is no organisation's.
        words(
            "Policy maker Alan Cole and firm boss Mr Jones spoke .",
            "NN NN NNP NNP CC NN NN NNP NNP VBD .",
        ),
    ];
    let found = after(
        &doc,
        vec![
            vec![span(9, 11, Person)],
            vec![],
            vec![],
            vec![span(2, 4, Person)],
        ],
    );
    assert!(
        found[0].contains(&span(4, 5, Organization)),
        "{:?}",
        found[0]
    );
    assert!(
        found[0].contains(&span(9, 11, Organization)),
        "{:?}",
        found[0]
    );
    assert!(
        found[1].contains(&span(0, 1, Organization)),
        "{:?}",
        found[1]
    );
    assert!(
        found[2].contains(&span(2, 4, Organization)),
        "{:?}",
        found[2]
    );
    assert!(
        found[2].contains(&span(6, 9, Organization)),
        "{:?}",
        found[2]
    );
    assert_eq!(found[3], vec![span(2, 4, Person)]);
    assert!(
        InstitutionWords::parse("descriptor\tFirm\n").is_err(),
        "lower case"
    );
}
