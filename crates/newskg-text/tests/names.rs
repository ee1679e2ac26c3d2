//! Persons and organisations as actors: what the recognizer names becomes an actor with
//! its mentions, short forms join the full name, and office holders are linked to Wikidata
//! from the persons gazetteer. Sentences written for these tests.

use newskg_text::extract::{extract, Extraction, Kind};

fn run(text: &str) -> Extraction {
    extract(&newskg_text::analyze::analyze(text), None)
}

fn actor<'x>(x: &'x Extraction, label: &str) -> Option<&'x newskg_text::extract::Actor> {
    x.actors.iter().find(|a| a.label == label)
}

fn mentions_of(x: &Extraction, label: &str) -> Vec<String> {
    let Some(i) = x.actors.iter().position(|a| a.label == label) else {
        return Vec::new();
    };
    x.mentions
        .iter()
        .filter(|m| m.actor == i)
        .map(|m| m.text.clone())
        .collect()
}

#[test]
fn a_named_person_is_an_actor_and_a_headline_surname_joins_the_full_name() {
    let x = run("Harlow praises the plan\n\n\
                 Marion Harlow, a lawyer from Leeds, said on Monday that the plan would work. \
                 Harlow added that she would meet the council again.");
    let a = actor(&x, "Marion Harlow").expect("the person is an actor");
    assert_eq!(a.kind, Kind::Person);
    assert_eq!(
        mentions_of(&x, "Marion Harlow").len(),
        3,
        "{:?}",
        x.mentions
    );
    assert!(
        actor(&x, "Harlow").is_none(),
        "no second actor for the surname"
    );
}

#[test]
fn office_holders_are_linked_by_full_name_and_by_surname_with_their_country() {
    let x = run("Tony Blair met Gerhard Schroeder in Berlin on Friday.");
    let blair = actor(&x, "Tony Blair").expect("Blair found");
    assert_eq!(blair.id.qid(), Some("Q9545"));
    // The surname alone is linked when the article names the person's country.
    let x = run(
        "The British government is divided. Mr Blair told MPs in London that Britain would stay.",
    );
    let blair = x.actors.iter().find(|a| a.id.qid() == Some("Q9545"));
    assert!(blair.is_some(), "{:?}", x.actors);
    // Without a country of his, a surname is not enough.
    let x = run("Mr Blair, a plumber from Ohio, fixed the pipes.");
    assert!(
        x.actors.iter().all(|a| a.id.qid() != Some("Q9545")),
        "{:?}",
        x.actors
    );
}

#[test]
fn an_organisation_the_gazetteer_does_not_know_is_an_actor() {
    let x = run("Workers at Northwind Logistics went on strike on Tuesday, the Transport Workers Union said.");
    let orgs: Vec<&str> = x
        .actors
        .iter()
        .filter(|a| a.kind == Kind::Organization)
        .map(|a| a.label.as_str())
        .collect();
    assert!(
        orgs.contains(&"Northwind Logistics") || orgs.contains(&"Transport Workers Union"),
        "{:?}",
        x.actors
    );
}

#[test]
fn titles_are_no_part_of_a_persons_name() {
    let x = run("Deputy Prime Minister Ronald Pettigrew and Home Secretary Alma Venn met Mr Pettigrew's aides.");
    for name in ["Ronald Pettigrew", "Alma Venn"] {
        assert!(actor(&x, name).is_some(), "{name}: {:?}", x.actors);
    }
    assert!(
        x.actors
            .iter()
            .all(|a| !a.label.contains("Minister") && !a.label.contains("Secretary")),
        "{:?}",
        x.actors
    );
}

#[test]
fn printed_offsets_count_characters() {
    let a = newskg_text::source::from_text(
        "Costs of £40m and café bills: Marion Harlow of Leeds said so.",
    );
    let x = newskg_text::extract_article_in_characters(&a);
    let chars: Vec<char> = a.text.chars().collect();
    assert!(!x.mentions.is_empty());
    for m in &x.mentions {
        let slice: String = chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.text, "{m:?}");
    }
}

#[test]
fn a_name_after_a_place_noun_is_a_place_whatever_the_recognizer_says() {
    for text in [
        "The base in the northern town of Tessalit was handed over to the army.",
        "The base in the northern city of Gao was handed over to the army.",
    ] {
        let x = run(text);
        for m in &x.mentions {
            assert!(m.start < m.end && !m.text.is_empty(), "{text}: {m:?}");
        }
        let place = x
            .actors
            .iter()
            .find(|a| text.contains(&format!("of {} ", a.label)));
        let place = place.unwrap_or_else(|| panic!("{text}: {:?}", x.actors));
        assert!(place.kind.is_place(), "{text}: {place:?}");
    }
}

#[test]
fn a_name_set_after_a_place_noun_with_a_countrys_adjective_is_a_place_named_again_alone() {
    // "the Austrian mountain resort Lech": the adjective gives the country, and "Lech"
    // alone later is the same place, which places what happens there.
    let x = run(
        "Bankers gather in the Alps\n\nMore than 300 bankers are arriving in the Austrian \
         mountain resort Lech for the annual Alpine Finance Forum. Hundreds of farmers \
         protested against the forum in Lech on Monday.",
    );
    let lech = actor(&x, "Lech").unwrap_or_else(|| panic!("{:?}", x.actors));
    assert!(lech.kind.is_place(), "{lech:?}");
    assert_eq!(lech.country.as_deref(), Some("Q40"));
    assert_eq!(mentions_of(&x, "Lech"), ["Lech", "Lech"]);
    let protest = x
        .events
        .iter()
        .find(|e| e.event_type == newskg_text::extract::EventType::Protest);
    let protest = protest.unwrap_or_else(|| panic!("{:?}", x.events));
    let countries: Vec<&str> = protest
        .countries
        .iter()
        .map(|&c| x.actors[c].label.as_str())
        .collect();
    assert_eq!(countries, ["Austria"]);
    // Without a country's adjective, a name after a place noun may be the next phrase's.
    let x = run("Guests at the resort Hilton Hotels runs in the hills said the rooms were cold.");
    assert!(
        actor(&x, "Hilton Hotels").is_none_or(|a| !a.kind.is_place()),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_name_ending_in_a_firms_word_is_a_firm_which_its_first_word_names_again() {
    // The recognizer may take "Delta Air Lines" for a person's name; its last words say
    // it is a firm's, and "Delta" alone, before or after, is the same firm.
    let x = run(
        "Delta cuts fares in survival plan\n\nDelta Air Lines is cutting domestic fares by \
         as much as 50%. Delta is restructuring in a bid to fight off insolvency.",
    );
    let labels: Vec<(&str, Kind)> = x
        .actors
        .iter()
        .map(|a| (a.label.as_str(), a.kind))
        .collect();
    assert_eq!(labels, [("Delta Air Lines", Kind::Organization)]);
    assert_eq!(
        mentions_of(&x, "Delta Air Lines"),
        ["Delta", "Delta Air Lines", "Delta"]
    );
}

#[test]
fn a_knight_is_named_by_first_name_and_a_shared_first_name_joins_nobody() {
    let x = run("Sir Alan Whitcombe, the former adviser, led the inquiry. \
                 Sir Alan's report was published on Monday.");
    assert_eq!(mentions_of(&x, "Alan Whitcombe").len(), 2, "{:?}", x.actors);
    assert!(actor(&x, "Alan").is_none(), "{:?}", x.actors);
    let x = run("Alan Whitcombe met Alan Porter in Leeds. Later Sir Alan left.");
    assert!(
        x.actors
            .iter()
            .all(|a| a.label != "Alan Whitcombe" || mentions_of(&x, "Alan Whitcombe").len() == 1),
        "an ambiguous first name joins neither: {:?}",
        x.mentions
    );
}

#[test]
fn an_institution_is_one_organisation_with_its_abbreviation_and_the_country_inside_it() {
    let x = run(
        "The Office for Rural Statistics (ORS) said on Tuesday that farm incomes fell. \
                 The ORS report was welcomed by the Confederation of Welsh Farmers, \
                 and the CWF asked Parliament to act.",
    );
    let ors = actor(&x, "Office for Rural Statistics").expect("the whole name");
    // Named as an office "for" something: a state's agency.
    assert_eq!(ors.kind, Kind::Agency);
    assert_eq!(
        mentions_of(&x, "Office for Rural Statistics"),
        ["Office for Rural Statistics", "ORS", "ORS"],
        "the abbreviation in brackets and later joins the name"
    );
    assert_eq!(
        mentions_of(&x, "Confederation of Welsh Farmers"),
        ["Confederation of Welsh Farmers", "CWF"],
        "the name holds 'Welsh' and its initials join it: {:?}",
        x.actors
    );
    let x2 = run(
        "The Association of Chief Harbour Officers (Acho) said the port was safe. \
                  Acho members met on Monday.",
    );
    assert_eq!(
        mentions_of(&x2, "Association of Chief Harbour Officers"),
        ["Association of Chief Harbour Officers", "Acho", "Acho"],
        "{:?}",
        x2.actors
    );
    let parliament = actor(&x, "Parliament").expect("Parliament alone names the body");
    assert_eq!(parliament.kind, Kind::Organization);
    // A country that opens an organisation's name stays the country's mention.
    let x = run("The French Foreign Ministry said the envoy would return.");
    assert!(
        x.actors.iter().any(|a| a.id.qid() == Some("Q142")),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_lone_untitled_word_is_no_person_unless_the_article_names_one_so() {
    // The recognizer may take a union or a club for a person; news names persons in full
    // or with a title first.
    let x = run("Members of Unison voted on Monday, and Amicus said it would follow.");
    assert!(
        x.actors.iter().all(|a| a.kind != Kind::Person),
        "{:?}",
        x.actors
    );
    let x = run("Marion Harlow spoke first. Later Harlow left, and Mrs Grey followed.");
    assert_eq!(mentions_of(&x, "Marion Harlow").len(), 2, "{:?}", x.actors);
}

#[test]
fn a_surname_another_named_person_bears_is_not_linked_to_an_office_holder() {
    // Without another bearer, "Mr Blair" in a British article is the prime minister …
    let x = run(
        "The British government is divided. But Mr Blair told MPs in London that Britain would stay.",
    );
    assert!(
        x.actors.iter().any(|a| a.id.qid() == Some("Q9545")),
        "{:?}",
        x.actors
    );
    // … but when the article names a Kevin Blair — here only inside a trust's name, so no
    // person actor stands for him — "Mr Blair" may be either: no link.
    let x = run("The Kevin Blair Trust criticised the British government. \
         Mr Blair told MPs in London that Britain had failed.");
    assert!(
        x.actors.iter().all(|a| a.id.qid() != Some("Q9545")),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_surname_under_a_title_of_the_other_sex_is_not_linked_to_an_office_holder() {
    // "Mrs Blair" in a British article is not Tony Blair, "Baroness Kennedy" not Charles
    // Kennedy; "Mr Blair" is.
    let x = run("Mrs Blair visited a school in Britain on Monday. She met teachers.");
    assert!(
        x.actors.iter().all(|a| a.id.qid() != Some("Q9545")),
        "{:?}",
        x.actors
    );
    let x = run("Mr Blair visited a school in Britain on Monday. He met teachers.");
    assert!(
        x.actors.iter().any(|a| a.id.qid() == Some("Q9545")),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_plural_title_before_a_list_titles_each_name() {
    let x = run(
        "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said the rules \
         were unlawful. Princes William and Harry said they were very happy.",
    );
    for name in ["Bingham", "Steyn", "Hope", "Carswell"] {
        let a = actor(&x, name).unwrap_or_else(|| panic!("{name}: {:?}", x.actors));
        assert_eq!(a.kind, newskg_text::extract::Kind::Person, "{name}");
        assert_eq!(a.title.as_deref(), Some("Lord"), "{name}");
    }
    for name in ["William", "Harry"] {
        assert_eq!(
            actor(&x, name).map(|a| a.title.as_deref()),
            Some(Some("Prince")),
            "{name}: {:?}",
            x.actors
        );
    }
    assert!(actor(&x, "Lords Bingham").is_none() && actor(&x, "William and Harry").is_none());
}

#[test]
fn the_title_of_an_office_stands_for_the_one_holder_named_before() {
    // The gazetteer says Blair was prime minister of the United Kingdom, though the article
    // never writes "Prime Minister Tony Blair".
    let x = run("Tony Blair opened a school in Leeds on Monday. \
                 Later the prime minister said the town would get a new hospital.");
    assert_eq!(
        mentions_of(&x, "Tony Blair"),
        ["Tony Blair", "the prime minister"]
    );
    // A country in the description must be the office's.
    let x = run("Tony Blair opened a school in Leeds. The French prime minister was not there.");
    assert_eq!(mentions_of(&x, "Tony Blair"), ["Tony Blair"]);
    // Two holders of the office named: the title stands for neither.
    let x = run("Tony Blair met Ariel Sharon in London on Monday. \
                 The prime minister said the talks had gone well.");
    let described = x
        .mentions
        .iter()
        .filter(|m| m.text.to_lowercase() == "the prime minister");
    assert_eq!(described.count(), 0, "{:?}", x.mentions);
    // A name set beside the title is the holder's own.
    let x = run("Tony Blair opened a school in Leeds. \
                 The prime minister, Harold Bexley, was not there.");
    assert_eq!(mentions_of(&x, "Tony Blair"), ["Tony Blair"]);
    // An office the person never held.
    let x = run("Tony Blair opened a school in Leeds. The chancellor was not there.");
    assert_eq!(mentions_of(&x, "Tony Blair"), ["Tony Blair"]);
}

#[test]
fn a_title_stands_for_no_one_given_another_office_or_out_of_office_on_the_day() {
    // Brown held the chancellor's office first and the prime minister's later: given as
    // the chancellor, he is not "the prime minister" of this article.
    let x = run("Chancellor Gordon Brown set out his budget on Wednesday. \
                 The prime minister praised it.");
    assert_eq!(mentions_of(&x, "Gordon Brown"), ["Chancellor Gordon Brown"]);
    // With the day of publication known, the office must be held on it: Blair left
    // office in 2007.
    let text = "Tony Blair opened a school in Leeds. The prime minister praised it.";
    let on = |day: &str| {
        let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
        extract(&newskg_text::analyze::analyze(text), day)
    };
    assert_eq!(mentions_of(&on("2005-03-01"), "Tony Blair").len(), 2);
    assert_eq!(mentions_of(&on("2012-03-01"), "Tony Blair"), ["Tony Blair"]);
}

#[test]
fn a_plain_word_the_article_writes_as_a_body_again_and_again_is_an_organisation() {
    let x = run("Brightmoor appoints new boss\n\n\
                 Brightmoor has hired Anna Kell as its chief executive. Ms Kell was president \
                 of Brightmoor's US arm. Brightmoor had lost money in Asia.");
    let a = actor(&x, "Brightmoor").expect("the body is an actor");
    assert_eq!(a.kind, Kind::Organization);
    // Written once, or never as a body, it stays unknown.
    let x = run("Talks took place in Brightmoor on Monday.");
    assert!(actor(&x, "Brightmoor").is_none(), "{:?}", x.actors);
}

#[test]
fn a_name_before_a_firms_descriptor_is_an_organisation_all_through_the_article() {
    // "the Halden conglomerate" says what Halden is, so the bare "Halden" before it is the
    // same firm.
    let x = run(
        "Earlier this week, Halden reached an agreement with Tarrow. The Halden conglomerate owns Tarrow.",
    );
    let halden = actor(&x, "Halden").expect("Halden is an actor");
    assert_eq!(halden.kind, Kind::Organization, "{:?}", x.actors);
    assert_eq!(mentions_of(&x, "Halden").len(), 2, "{:?}", x.mentions);
    // A place before the descriptor says where the firm is, and a hyphenated word where it
    // is based.
    for text in [
        "The London firm said profits rose on Monday.",
        "The North Carolina-based firm said profits rose on Monday.",
    ] {
        let x = run(text);
        assert!(
            x.actors.iter().all(|a| a.kind != Kind::Organization),
            "{text}: {:?}",
            x.actors
        );
    }
}

#[test]
fn a_definite_office_of_a_named_place_is_a_person_of_its_own() {
    // No holder named: the office names one person, whom "he" may stand for.
    let x = run(
        "Election row\n\nEarlier the Bishop of Leeds wrote to the three parties. In an open \
         letter, he called on them to debate the environment. The mayor of Frankfurt said \
         he agreed. The chief executive of the Orwell group resigned.",
    );
    for office in ["Bishop of Leeds", "Mayor of Frankfurt"] {
        let a = actor(&x, office).unwrap_or_else(|| panic!("{office}: {:?}", x.actors));
        assert_eq!(a.kind, Kind::Person, "{office}");
    }
    assert!(
        (x.actors.iter()).all(|a| !(a.kind == Kind::Person && a.label.contains("Orwell"))),
        "{:?}",
        x.actors
    );
    let d: Vec<_> = (x.events.iter())
        .filter(|e| e.event_type == newskg_text::extract::EventType::Demand)
        .collect();
    assert_eq!(d.len(), 1, "{:?}", x.events);
    let agents: Vec<&str> = (d[0].agents.iter())
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert_eq!(agents, ["Bishop of Leeds"]);
}

#[test]
fn a_month_or_weekday_alone_after_a_preposition_is_a_date() {
    let x = run(
        "Bank news\n\nIn March, the bank agreed to pay $40m. The Mail on Sunday said \
         Theresa May would meet the bank's chief executive in the July to September period.",
    );
    for date in ["March", "Sunday", "July"] {
        assert!(actor(&x, date).is_none(), "{date}: {:?}", x.actors);
    }
    assert!(actor(&x, "Theresa May").is_some(), "{:?}", x.actors);
}

#[test]
fn a_body_whose_name_a_country_opens_is_a_body_of_that_country() {
    // "British Airways", "Indian Airlines": the country's adjective opens a company's name.
    let x = run(
        "A spokesman for British Airways said flights would resume on Monday. \
                 Indian Airlines said it would add routes.",
    );
    for (label, country) in [("British Airways", "Q145"), ("Indian Airlines", "Q668")] {
        let a = actor(&x, label).unwrap_or_else(|| panic!("{label}: {:?}", x.actors));
        assert_eq!(a.kind, Kind::Organization, "{label}");
        assert_eq!(a.country.as_deref(), Some(country), "{label}");
    }
    // A country's name opening or closing the name says the same ("Bank of Uganda"), but
    // not one that begins a place's name.
    let x = run(
        "Bank news\n\nThe board of Ghana Commercial Bank met on Monday. Shares rose after \
         Bank of Uganda agreed to buy Air Malawi. The Niger Delta Development Commission \
         said it would pay.",
    );
    for (label, country) in [
        ("Ghana Commercial Bank", "Q117"),
        ("Bank of Uganda", "Q1036"),
        ("Air Malawi", "Q1020"),
    ] {
        let a = actor(&x, label).unwrap_or_else(|| panic!("{label}: {:?}", x.actors));
        assert_eq!(a.kind, Kind::Organization, "{label}");
        assert_eq!(a.country.as_deref(), Some(country), "{label}");
    }
    assert!(
        (x.actors.iter()).all(|a| !a.label.contains("Delta") || a.country.is_none()),
        "{:?}",
        x.actors
    );
    // A state's body named after its country is the country's ("the country's mention
    // serves"), and so is a titled person the recognizer took for a body.
    let x = run(
        "The French Foreign Ministry said on Tuesday that the talks would go on. \
                 UK Chancellor Gordon Brown said growth would be strong.",
    );
    let orgs: Vec<&str> = (x.actors.iter())
        .filter(|a| a.kind == Kind::Organization)
        .map(|a| a.label.as_str())
        .collect();
    assert!(
        !orgs
            .iter()
            .any(|o| o.contains("Ministry") || o.contains("Chancellor")),
        "{:?}",
        x.actors
    );
}

#[test]
fn an_abbreviation_the_article_defines_is_the_body_it_abbreviates() {
    // Spelled with the small word in a small letter, and the body a listed one.
    let x = run("The Bank of England (BoE) kept rates on hold on Thursday. \
                 Later the BoE said inflation would fall.");
    let banks: Vec<_> = (x.actors.iter())
        .filter(|a| a.label == "Bank of England")
        .collect();
    assert_eq!(banks.len(), 1, "{:?}", x.actors);
    assert!(
        mentions_of(&x, "Bank of England").contains(&"BoE".to_string()),
        "{:?}",
        x.mentions
    );
}

#[test]
fn a_described_group_begins_at_its_determiner() {
    // "In 1998 the party said": the year before "the" is no part of the description, which
    // stands for the party named before.
    let x = run("The Green Party met in Leeds. In 1998 the party said it would not return.");
    assert!(
        !x.actors.iter().any(|a| a.label.contains("1998")),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_company_is_named_by_its_head_word_and_later_without_it() {
    // "Technologies", "Industries", "Telecom" head a firm's name, whatever the model reads.
    for (text, name) in [
        (
            "Shares in Thames Valley Technologies rose after the results.",
            "Thames Valley Technologies",
        ),
        (
            "The deal values Aldgate Industries at 2bn.",
            "Aldgate Industries",
        ),
        (
            "Analysts said Pennine Telecom was cheap.",
            "Pennine Telecom",
        ),
    ] {
        let x = run(text);
        assert_eq!(
            actor(&x, name).map(|a| a.kind),
            Some(Kind::Organization),
            "{text}: {:?}",
            x.actors
        );
    }
    // "Kestrel" after "Kestrel Communications" is the same firm.
    let x = run(
        "Kestrel Communications agreed to buy Orwell Holdings on Monday. Kestrel said the deal would close in May.",
    );
    assert_eq!(
        mentions_of(&x, "Kestrel Communications"),
        ["Kestrel Communications", "Kestrel"]
    );
    assert!(actor(&x, "Kestrel").is_none(), "{:?}", x.actors);
}

#[test]
fn a_name_in_capitals_that_acts_is_a_body_and_a_date_opens_no_name() {
    // "KLX agreed": a word in capitals that is the subject of what was done names a body.
    let x = run("Last month KLX agreed to a buyout by Verizon.");
    assert_eq!(
        actor(&x, "KLX").map(|a| a.kind),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
    // Not one that only "can" or "is".
    let x = run("Firms say ICT can help them grow.");
    assert!(actor(&x, "ICT").is_none(), "{:?}", x.actors);
    // The day before a firm's name is no part of it.
    let x = run("On Monday Acme Holdings agreed to a buyout by Verizon.");
    assert_eq!(
        actor(&x, "Acme Holdings").map(|a| a.kind),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_title_takes_a_surname_the_tagger_reads_as_plural() {
    // "Greaves" may be tagged as a plural proper noun; after "Lord" it is a surname.
    let x = run("Lord Greaves called for the law to be delayed.");
    assert_eq!(
        actor(&x, "Greaves").map(|a| a.kind),
        Some(Kind::Person),
        "{:?}",
        x.actors
    );
    // Not the head of a body's name after a word that is also a title.
    let x = run("General Motors agreed to pay Fiat 1.55bn euros.");
    assert!(actor(&x, "Motors").is_none(), "{:?}", x.actors);
    assert_eq!(
        actor(&x, "General Motors").map(|a| a.kind),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_peoples_adjective_after_a_title_or_a_given_name_is_a_surname() {
    let x = run("Welsh talks\n\n\
                 Council leader Anna German held talks with the unions on Monday. \
                 Mrs German said Mr French had agreed. Mr Lund met his French counterpart.");
    let a = actor(&x, "Anna German").expect("the surname makes a person");
    assert_eq!(a.kind, Kind::Person);
    assert_eq!(mentions_of(&x, "Anna German").len(), 2, "{:?}", x.mentions);
    assert!(actor(&x, "French").is_some_and(|a| a.kind == Kind::Person));
    // Before a noun it describes, it names the people's country.
    assert_eq!(mentions_of(&x, "France"), ["French"]);
    assert!(actor(&x, "Germany").is_none(), "{:?}", x.actors);
}

#[test]
fn a_country_word_makes_an_office_of_a_lower_case_title_and_a_counterpart_its_own() {
    // "Portuguese fisheries minister Rui Carvalho": Portugal's (Q45) minister, with the
    // office's own words; "his Belgian counterpart Luc Marchal": Belgium's (Q31), and a
    // counterpart holds no office by that name.
    let x = run(
        "Fishing quotas\n\nPortuguese fisheries minister Rui Carvalho met his Belgian \
                 counterpart Luc Marchal in Brussels on Monday.",
    );
    let rui = actor(&x, "Rui Carvalho").expect("the minister is an actor");
    assert_eq!(rui.country.as_deref(), Some("Q45"));
    assert_eq!(rui.title.as_deref(), Some("fisheries minister"));
    let luc = actor(&x, "Luc Marchal").expect("the counterpart is an actor");
    assert_eq!(luc.country.as_deref(), Some("Q31"));
    assert_eq!(luc.title, None);
    // Without a country's word, a lower-case title before a name makes no office.
    let x = run("Fishing quotas\n\nThe new fisheries minister Rui Carvalho met fishermen.");
    let rui = actor(&x, "Rui Carvalho");
    assert!(
        rui.is_none_or(|a| a.country.is_none() && a.title.is_none()),
        "{rui:?}"
    );
}

#[test]
fn a_party_before_a_lower_case_office_makes_a_title_of_the_words_between() {
    // "Labour health spokesman Peter Marsh": the party's name makes the office, whose
    // words run from after the party to the title.
    let x =
        run("Health plan attacked\n\nLabour health spokesman Peter Marsh said the plan was wrong.");
    let peter = actor(&x, "Peter Marsh").expect("the spokesman is an actor");
    assert_eq!(peter.title.as_deref(), Some("health spokesman"));
    // An honorific keeps its own title: "Labour peer Lord Vane" is a lord.
    let x = run("Peers revolt\n\nLabour peer Lord Vane said the bill was wrong.");
    let vane = actor(&x, "Vane").expect("the peer is an actor");
    assert_eq!(vane.title.as_deref(), Some("Lord"), "{:?}", x.actors);
}

#[test]
fn a_title_alone_names_no_body_and_a_country_before_adjectives_is_the_country() {
    // "Home Office Minister Lord Vane": the recognizer's lone "Minister" is a title, no
    // organisation.
    let x = run(
        "Book row\n\nThe book says the memo was actually written by Home Office Minister Lord \
         Vane and a Downing Street adviser.",
    );
    assert!(actor(&x, "Minister").is_none(), "{:?}", x.actors);
    assert!(actor(&x, "Vane").is_some(), "{:?}", x.actors);
    // "US Congressional elections": "US Congress" in the gazetteer ends inside a word, so
    // the name that ends on a word's end, "US", is the country, and "US Congressional" no
    // body.
    let x =
        run("Ads\n\nThe firm said the US Congressional elections would bring more advertising.");
    assert!(actor(&x, "US Congressional").is_none(), "{:?}", x.actors);
    assert_eq!(mentions_of(&x, "United States"), ["US"]);
}
