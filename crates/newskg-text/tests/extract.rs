//! Extraction tests on sentences written for these tests: one or more per event class, and
//! the behaviours the extractor must get right (status, negation, staying forces,
//! civilians, passive voice, pronouns, time).

use chrono::NaiveDate;
use newskg_text::extract::{extract, Event, EventType, Extraction, Kind, Status};

fn run(text: &str, published: Option<&str>) -> Extraction {
    let doc = newskg_text::analyze::analyze(text);
    extract(
        &doc,
        published.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()),
    )
}

fn types(x: &Extraction) -> Vec<&'static str> {
    x.events.iter().map(|e| e.event_type.name()).collect()
}

/// The events of one type, in order.
fn of_type(x: &Extraction, ty: EventType) -> Vec<&Event> {
    x.events.iter().filter(|e| e.event_type == ty).collect()
}

/// The statuses of the events of one type, in order.
fn statuses(x: &Extraction, ty: EventType) -> Vec<Status> {
    of_type(x, ty).iter().map(|e| e.status).collect()
}

/// Asserts that `text` gives `n` events of type `ty`.
fn assert_count(text: &str, ty: EventType, n: usize) {
    let x = run(text, None);
    assert_eq!(of_type(&x, ty).len(), n, "{text}: {:?}", summary(&x));
}

/// Asserts the statuses of the events of type `ty` that `text` makes (no publication date).
fn assert_statuses(text: &str, ty: EventType, expected: &[Status]) {
    let x = run(text, None);
    assert_eq!(statuses(&x, ty), expected, "{text}: {:?}", summary(&x));
}

/// (type, status, force owners' QIDs, countries' QIDs) of each event.
fn summary(x: &Extraction) -> Vec<(&'static str, Status, Vec<String>, Vec<String>)> {
    x.events
        .iter()
        .map(|e| {
            let mut owners: Vec<String> = e
                .forces
                .iter()
                .flat_map(|&f| {
                    x.forces[f]
                        .owners
                        .iter()
                        .map(|&a| x.actors[a].id.to_string())
                })
                .collect();
            owners.sort();
            owners.dedup();
            let countries = e
                .countries
                .iter()
                .map(|&a| x.actors[a].id.to_string())
                .collect();
            (e.event_type.name(), e.status, owners, countries)
        })
        .collect()
}

fn has(x: &Extraction, t: &str, owner: &str, country: &str) -> bool {
    summary(x).iter().any(|(ty, st, o, c)| {
        *ty == t
            && !matches!(st, Status::Denied | Status::Hypothetical)
            && o.iter().any(|q| q == owner)
            && c.iter().any(|q| q == country)
    })
}

/// Asserts of each sentence (published on 10 January 2005) that it makes an event of type
/// `ty` when `makes`, and none of that type when not.
fn assert_makes(ty: &str, makes: bool, sentences: &[&str]) {
    for s in sentences {
        let x = run(s, Some("2005-01-10"));
        assert_eq!(types(&x).contains(&ty), makes, "{s}: {:?}", summary(&x));
    }
}

#[test]
fn every_event_class_has_a_trigger() {
    let cases = [
        (
            "Coup",
            "Army officers toppled the president of Guinea in a dawn raid.",
        ),
        (
            "Withdrawal",
            "British troops pulled out of Basra after four years.",
        ),
        (
            "Deployment",
            "Kenya will deploy police officers to Haiti, and Chad sent soldiers to Mali.",
        ),
        (
            "Arrival",
            "Two hundred Turkish soldiers landed in Libya on Tuesday.",
        ),
        (
            "Protest",
            "Students protested outside the parliament in Dhaka.",
        ),
        (
            "Meeting",
            "The foreign ministers of Japan and South Korea met in Tokyo.",
        ),
        (
            "Agreement",
            "Ethiopia and Eritrea signed a peace treaty in Jeddah.",
        ),
        ("Demand", "Sudan demanded that the UN mission end its work."),
        (
            "Sanction",
            "Canada imposed sanctions on three Iranian officials.",
        ),
        ("Attack", "Gunmen attacked a police post in northern Benin."),
        (
            "Designation",
            "The State Department designated the group a terrorist organisation.",
        ),
        (
            "Training",
            "Turkey is training Somali special forces in Mogadishu.",
        ),
        (
            "Election",
            "Voters in Senegal elected a new president in March.",
        ),
        (
            "Visit",
            "The Indian prime minister visited Kyiv for the first time.",
        ),
    ];
    for (t, s) in cases {
        let x = run(s, Some("2024-05-01"));
        assert!(
            types(&x).contains(&t),
            "{t} not found in {s:?}: {:?}",
            types(&x)
        );
    }
}

#[test]
fn a_vote_of_a_council_board_or_members_is_no_election() {
    assert_makes(
        "Election",
        false,
        &[
            "The security council voted unanimously on Friday to end the mission.",
            "The rate-setting committee voted to keep interest rates on hold.",
            "Union members have voted to strike over the cuts.",
            // Workers and staff vote on a motion; and an infinitive the tagger read as a
            // noun still has its "to" as a mark ("to strike" hung on the verb as obl).
            "Nurses at the hospital have voted to strike.",
            "Staff at the plant voted on Friday in favour of a walk-out.",
        ],
    );
    assert_makes(
        "Election",
        true,
        &["Voters in Ukraine voted on Sunday to choose a new president."],
    );
}

#[test]
fn what_a_vehicle_carries_arrives_with_it() {
    // The load of "planes carrying …" moves; a participle with no finite verb in its
    // sentence is the verb.
    for text in [
        "Two planes carrying about 100 Russian troops landed in Caracas on Saturday.",
        "A convoy with 200 Turkish soldiers crossed into Syria on Monday.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Arrival);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(e[0].forces.len(), 1, "{text}: {:?}", e[0]);
    }
    // Planes with no force aboard bring no troops.
    assert_makes(
        "Arrival",
        false,
        &["Two planes carrying aid landed in Caracas on Saturday."],
    );
}

#[test]
fn withdrawals_keep_owner_origin_and_status() {
    let x = run("The Netherlands has agreed to withdraw its forces from Afghanistan, its defence ministry said.", Some("2010-02-20"));
    assert!(
        summary(&x).iter().any(|(t, s, o, c)| *t == "Withdrawal"
            && *s == Status::Agreed
            && o == &vec!["Q55".to_string()]
            && c == &vec!["Q889".to_string()]),
        "{:?}",
        summary(&x)
    );
    let x = run(
        "The junta in Niamey demanded the immediate departure of Belgian soldiers.",
        None,
    );
    assert!(
        summary(&x).iter().any(|(t, s, o, c)| *t == "Withdrawal"
            && *s == Status::Demanded
            && o == &vec!["Q31".to_string()]
            && c == &vec!["Q1032".to_string()]),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn passive_voice_and_pronouns() {
    let x = run("Spanish troops were expelled from Mali in 2022.", None);
    assert!(has(&x, "Withdrawal", "Q29", "Q912"), "{:?}", summary(&x));
    let x = run("Portugal sent a small contingent to Mozambique last year. This month it began pulling them out.", Some("2024-05-01"));
    assert!(has(&x, "Withdrawal", "Q45", "Q1029"), "{:?}", summary(&x));
}

#[test]
fn staying_forces_and_civilians_are_no_departure() {
    let x = run(
        "Italian troops remain in Niger. Aircraft evacuated 2,000 civilians from Khartoum.",
        Some("2023-05-01"),
    );
    assert!(!types(&x).contains(&"Withdrawal"), "{:?}", summary(&x));
}

#[test]
fn negation_and_modality_set_the_status() {
    let x = run(
        "Washington has not announced any withdrawal of troops from Syria.",
        None,
    );
    assert!(
        statuses(&x, EventType::Withdrawal)
            .iter()
            .all(|s| *s == Status::Denied),
        "{:?}",
        summary(&x)
    );
    let x = run(
        "Hungary could withdraw its soldiers from Chad if the fighting spreads.",
        None,
    );
    assert!(
        statuses(&x, EventType::Withdrawal)
            .iter()
            .all(|s| *s == Status::Hypothetical),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_negative_subject_denies_and_any_event_is_only_thought_of() {
    // A subject no one fills ("neither", "nobody", "none", "nor") denies what its clause
    // tells, as "not" does.
    for text in [
        "Neither firm has agreed to the merger.",
        "Nobody attacked the convoy on the road to the border.",
        "None of the parties signed the treaty.",
    ] {
        let x = run(text, None);
        assert!(
            !x.events.is_empty() && x.events.iter().all(|e| e.status == Status::Denied),
            "{text}: {:?}",
            summary(&x)
        );
    }
    // "Any" picks out no event: one of whatever kind is only thought of ("opposed to any
    // deal", "any attack would be a mistake"); a negation still denies it.
    for text in [
        "Supporters of the club remain fiercely opposed to any deal.",
        "Any attack on the port would be a grave mistake, the minister said.",
        "The union will resist any strike by its own members.",
    ] {
        let x = run(text, None);
        assert!(
            !x.events.is_empty() && x.events.iter().all(|e| e.status == Status::Hypothetical),
            "{text}: {:?}",
            summary(&x)
        );
    }
    assert_statuses(
        "The two firms have not signed any deal.",
        EventType::Agreement,
        &[Status::Denied],
    );
}

#[test]
fn a_past_form_under_a_condition_does_not_put_what_comes_after_it_in_the_past() {
    // "if … were to …" supposes: the election it comes before is still to come; a past
    // told as fact puts it in the past.
    assert_statuses(
        "If the central bank were to raise rates before the election, voters would be angry.",
        EventType::Election,
        &[Status::Planned],
    );
    assert_statuses(
        "The minister resigned before the election.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn what_one_was_clever_or_right_to_do_was_done() {
    // An adjective of judgement on an act tells that it was done, at the copula's time,
    // also where quotation marks break the parse; not with a modal, which only advises.
    for text in [
        "Ms Ray had said Mr Dale was very clever to ask the clerk to review his case.",
        "Ms Ray had said Mr Dale was \"very clever\" to ask the clerk to review his case.",
    ] {
        assert_statuses(text, EventType::Demand, &[Status::Completed]);
    }
    // So does one of feeling, past a passive or perfect infinitive's auxiliaries.
    assert_statuses(
        "Envoy news\n\nMr Ross said: \"I am honoured to be asked to lead the talks.\"",
        EventType::Demand,
        &[Status::Completed],
    );
    let x = run("The minister would be wise to ask for a review.", None);
    assert!(
        !statuses(&x, EventType::Demand).contains(&Status::Completed),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_country_adjective_on_a_described_body_is_its_origin_not_a_party() {
    // "a Chinese carmaker" is a party to the deal; China is where it comes from. A state's
    // own officials still stand for it.
    let x = run(
        "The British firm Rover agreed a deal with a Chinese carmaker on Monday.",
        Some("2005-01-10"),
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deals[0].participants), ["Chinese carmaker"]);
    let x = run(
        "The British firm Rover held talks with Chinese officials on Monday.",
        Some("2005-01-10"),
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    assert!(labels_of(&x, &talks[0].participants).contains(&"China".to_string()));
}

#[test]
fn the_body_a_description_stands_for_is_the_one_the_text_described_so() {
    // "the brewer" is the body the text called a brewer, not the distiller named since.
    let x = run(
        "Danish brewer Carlsberg has bought a large stake in British distiller Diageo. Carlsberg bought 18% of Diageo for 4 euros a share. In a separate statement, Diageo confirmed the brewer had asked for talks.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Carlsberg"]);
}

#[test]
fn both_or_the_two_stand_for_the_last_two_named_of_their_kind() {
    // "Both firms", "the two banks": the two of that kind the text named last.
    let x = run(
        "Shares in Lloyds TSB rose on reports that US bank Wells Fargo wants to buy British bank Barclays. The two banks held talks in May.",
        Some("2005-01-10"),
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    let mut agents = agent_labels(&x, talks[0]);
    agents.sort();
    assert_eq!(agents, ["Barclays", "Wells Fargo"]);
}

#[test]
fn a_group_of_members_acts_as_its_members() {
    // A collective noun's "of" phrase names who acts, and an abbreviation in capitals
    // ("MPs") is a group noun wherever it stands.
    let x = run(
        "A group of MPs and peers has called for a tightening of the rules on betting.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["MPs", "peers"]);
    let x = run(
        "Last month opposition MPs urged ministers to publish the report.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["opposition MPs"]);
}

#[test]
fn an_event_a_fronted_phrase_names_takes_the_tense_of_the_clause_after_it() {
    // "After the election, X will …": the clause's future, read past its modal, tells the
    // election is still to come; its past that it is over.
    assert_statuses(
        "After the election, Mr Dale will become party leader.",
        EventType::Election,
        &[Status::Planned],
    );
    assert_statuses(
        "After the election, Mr Dale became party leader.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn a_conjunction_that_opens_a_clause_frames_no_event_noun() {
    // "since" opening a clause whose subject is the election is no preposition of time:
    // the clause's present tells the election is still to come.
    assert_statuses(
        "Ministers are cautious, since the election is imminent.",
        EventType::Election,
        &[Status::Planned],
    );
    assert_statuses(
        "Labour has led the polls since the election.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn a_deal_an_act_is_done_in_is_made_when_the_act_is() {
    // "in a deal worth …" frames the act: the deal is made at the act's time, however far
    // back the verb stands.
    assert_statuses(
        "The Danish brewer is to buy 37.5% of the Indian brewing group's shares in a deal worth $106m.",
        EventType::Agreement,
        &[Status::Planned],
    );
    assert_statuses(
        "The Danish brewer bought 37.5% of the Indian brewing group's shares in a deal worth $106m.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn what_cannot_be_prevented_or_comes_before_is_not_done() {
    // What cannot be prevented may come; what is foiled did not happen.
    assert_statuses(
        "Ministers admit the police cannot prevent every bomb attack.",
        EventType::Attack,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "The agency will be unable to stop all attacks on shipping.",
        EventType::Attack,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "Police foiled an attack on the airport.",
        EventType::Attack,
        &[Status::Denied],
    );
    // What one only aims or works to prevent may come.
    for text in [
        "Talks aimed at averting a walkout by train drivers will be held in Leeds on Friday.",
        "The drivers' union is working at preventing a strike.",
    ] {
        assert_statuses(text, EventType::Protest, &[Status::Hypothetical]);
    }
    // "X is likely to …" tells of what is to come, after a verb of saying too.
    assert_statuses(
        "The firm said the congressional elections are likely to bring more adverts.",
        EventType::Election,
        &[Status::Planned],
    );
    // A threat, a risk or a fear of an attack is of one that may come.
    for text in [
        "The threat of a terrorist attack remains high, ministers said.",
        "Officials spoke of the risk of a pre-election terror attack.",
    ] {
        assert_statuses(text, EventType::Attack, &[Status::Hypothetical]);
    }
    // A present tense under "before" or "until" has not happened yet; a past one has.
    assert_statuses(
        "The army must act before the rebels attack again.",
        EventType::Attack,
        &[Status::Planned],
    );
    // A negation outside the relative clause the event is in does not deny it.
    let x = run(
        "The defence can not be used in cases where someone has killed for revenge.",
        None,
    );
    assert!(
        !statuses(&x, EventType::Attack).contains(&Status::Denied),
        "{:?}",
        summary(&x)
    );
    assert_statuses(
        "The army struck the camps before the rebels attacked the town.",
        EventType::Attack,
        &[Status::Completed, Status::Completed],
    );
}

#[test]
fn trade_trends_and_things_met_are_no_events() {
    // Rivals attack in trade, and a market is attacked in trade.
    assert_makes(
        "Attack",
        false,
        &[
            "Its soap brands came under attack from rivals such as Unilever.",
            "Hyundai wants a bigger part in the Korean assault on the US market.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &["The base came under attack from rebels armed with mortars."],
    );
    // Prices and technology march and rally as trends; people march in processions.
    assert_makes(
        "Protest",
        false,
        &[
            "As oil prices continue their upward march, drivers suffer.",
            "A late rally in mining shares lifted the index.",
            "The march of technology has cost many jobs.",
            // The tagger reads "sterling" here as a verb in "-ing".
            "Strong sales data led to a rally for sterling on Tuesday.",
        ],
    );
    assert_makes(
        "Protest",
        true,
        &[
            "A march of 5,000 people went through the centre of Leeds.",
            "Farmers held a rally in Paris on Saturday.",
        ],
    );
    // What is met in the passive is satisfied or paid, unless it names people.
    assert_makes(
        "Meeting",
        false,
        &[
            "Shareholders said their interests were met by the offer.",
            // The parser hangs "were met" on "said": the noun before "were" is met.
            "Mr Ivanov said it was within the rights of a state-owned bank to ensure its \
             interests were met.",
        ],
    );
    assert_makes(
        "Meeting",
        true,
        &["The minister was met by officials at the airport on Monday."],
    );
    // Striking workers are on strike: no attack.
    assert_makes(
        "Attack",
        false,
        &["Pickets were held by striking civil servants across Wales."],
    );
}

#[test]
fn what_should_happen_is_demanded_not_done() {
    let status_of = |text: &str| -> Vec<Status> {
        let x = run(text, None);
        let got = statuses(&x, EventType::Withdrawal);
        assert!(!got.is_empty(), "{text}: {:?}", summary(&x));
        got
    };
    // "should" (and "ought to") before the trigger or the verb that governs a trigger noun.
    for text in [
        "The report says Oslo should carry out the gradual withdrawal of Norwegian soldiers from Mali.",
        "Norwegian soldiers should pull out of Mali by March, the council said.",
    ] {
        assert!(
            status_of(text).iter().all(|s| *s == Status::Demanded),
            "{text}: {:?}",
            status_of(text)
        );
    }
    // What the clause reports as done stays done.
    let text = "Oslo drew up a plan last year, and the withdrawal of Norwegian soldiers from Mali followed.";
    assert!(
        status_of(text).iter().all(|s| *s == Status::Completed),
        "{text}: {:?}",
        status_of(text)
    );
}

#[test]
fn time_is_resolved_against_the_publication_date() {
    let x = run(
        "Austrian troops arrived in Bosnia last March.",
        Some("2024-06-10"),
    );
    let e = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Arrival)
        .expect("arrival");
    let w = e.when.as_ref().expect("time");
    assert_eq!(w.earliest, NaiveDate::from_ymd_opt(2024, 3, 1));
    assert_eq!(w.latest, NaiveDate::from_ymd_opt(2024, 3, 31));
    assert_eq!(w.precision.name(), "Month");
}

#[test]
fn coups_before_departures_without_dates() {
    let x = run("Soldiers seized power in Gabon last year, prompting the new rulers to order French troops to leave.", None);
    let coup = x
        .events
        .iter()
        .position(|e| e.event_type == EventType::Coup)
        .expect("coup");
    let w = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Withdrawal)
        .expect("withdrawal");
    assert!(w.after.contains(&coup));
}

#[test]
fn attribution_is_recorded() {
    let x = run(
        "Russian instructors arrived in Bamako, according to Malian state television.",
        Some("2024-01-01"),
    );
    let e = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Arrival)
        .expect("arrival");
    assert_eq!(
        e.attribution.as_ref().map(|a| a.text.as_str()),
        Some("Malian state television")
    );
    let x = run(
        "Chinese peacekeepers left Juba, a UN spokesman told reporters.",
        Some("2024-01-01"),
    );
    let a = x.events[0].attribution.as_ref().expect("attribution");
    assert_eq!(a.text, "a UN spokesman");
    assert_eq!(a.to.as_deref(), Some("reporters"));
}

#[test]
fn words_that_only_look_like_events_make_no_claim() {
    for s in [
        "The new rules came into force on Monday, and applicants must send proof before they enter the country.",
        "\"Why do we need this law?\" he asked.",
        "The plan will meet the concerns of employers.",
        "Abolishing the poll tax was popular.",
        "The evidence demonstrates that the policy failed.",
        "He signed a letter to the editor.",
    ] {
        let x = run(s, Some("2005-01-10"));
        assert!(x.events.is_empty(), "{s}: {:?}", summary(&x));
    }
}

#[test]
fn a_place_name_inside_a_longer_name_is_not_the_place() {
    let x = run(
        "Oil theft in the Niger Delta rose, while the U.S. Army left Chad.",
        None,
    );
    let linked: Vec<String> = x
        .mentions
        .iter()
        .map(|m| x.actors[m.actor].id.to_string())
        .collect();
    assert!(!linked.iter().any(|l| l == "Q1032"), "{linked:?}");
    assert!(
        linked.iter().any(|l| l == "Q30") && linked.iter().any(|l| l == "Q657"),
        "{linked:?}"
    );
}

#[test]
fn places_the_gazetteer_does_not_know_and_forces_left_behind() {
    // Korlat is no city the tables know (Korla, a city of China, is one): its country is
    // the one named nearest.
    let x = run(
        "Spanish forces withdrew from the northern town of Korlat on Friday, Kazakhstan's defence ministry said, a setback for Madrid. \
         Kazakh troops entered the town hours later, leaving a small garrison at the station.",
        Some("2023-03-04"),
    );
    let s = summary(&x);
    assert!(
        s.iter().any(|(t, _, o, c)| *t == "Withdrawal"
            && o == &vec!["Q29".to_string()]
            && c == &vec!["Q232".to_string()]),
        "{s:?}"
    );
    assert!(
        s.iter().any(|(t, _, o, c)| *t == "Arrival"
            && o == &vec!["Q232".to_string()]
            && c == &vec!["Q232".to_string()]),
        "{s:?}"
    );
    assert_eq!(
        s.iter().filter(|(t, ..)| *t == "Withdrawal").count(),
        1,
        "a garrison left behind stays: {s:?}"
    );
}

#[test]
fn a_capital_acting_stands_for_its_government() {
    let x = run(
        "Washington will withdraw its troops from Syria, officials said.",
        Some("2019-10-14"),
    );
    assert!(has(&x, "Withdrawal", "Q30", "Q858"), "{:?}", summary(&x));
}

#[test]
fn an_explicit_sender_owns_the_forces_it_sends() {
    let x = run(
        "The Burmese military ousted the government. Thailand has sent soldiers to the frontier.",
        None,
    );
    assert!(
        summary(&x)
            .iter()
            .any(|(t, _, o, _)| *t == "Deployment" && o == &vec!["Q869".to_string()]),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn the_army_is_the_countrys_own() {
    let x = run(
        "Sudan told the United Nations to pull its mission out of the country. The request came two months after the army seized power.",
        Some("2021-12-01"),
    );
    let coup = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Coup)
        .expect("coup");
    let agents: Vec<String> = coup
        .agents
        .iter()
        .map(|&a| x.actors[a].id.to_string())
        .collect();
    assert_eq!(agents, vec!["Q1049"], "{:?}", summary(&x));
}

#[test]
fn a_demanded_departure_of_a_people_is_their_forces_departure() {
    let x = run("Mali has ordered the Danes to leave.", None);
    assert!(has(&x, "Withdrawal", "Q35", "Q912"), "{:?}", summary(&x));
}

#[test]
fn coordinated_states_own_the_forces_their_pronoun_names() {
    // Q27 Ireland, Q33 Finland, Q1013 Lesotho; Q912 Mali.
    let x = run(
        "Ireland and Finland withdrew their soldiers from Mali.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q27", "Q912"), "{:?}", summary(&x));
    assert!(has(&x, "Withdrawal", "Q33", "Q912"), "{:?}", summary(&x));
    // "from" after a verb's object says where the soldiers left, not whose they are.
    assert!(!summary(&x)
        .iter()
        .any(|(_, _, o, _)| o.iter().any(|q| q == "Q912")));
}

#[test]
fn a_quantity_of_a_force_is_the_subject() {
    // Q38 Italy, Q191 Estonia, Q213 Czech Republic; Q1032 Niger.
    let x = run(
        "Hundreds of soldiers from Italy, Estonia and the Czech Republic left Niger.",
        None,
    );
    for owner in ["Q38", "Q191", "Q213"] {
        assert!(has(&x, "Withdrawal", owner, "Q1032"), "{:?}", summary(&x));
    }
    let x = run(
        "The rest of the Belgian troops will leave Niger by May.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q31", "Q1032"), "{:?}", summary(&x));
}

#[test]
fn an_organisation_owns_its_multiword_mission() {
    // Q1065 United Nations; Q657 Chad.
    let x = run(
        "The government asked the United Nations peacekeeping mission to leave Chad.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q1065", "Q657"), "{:?}", summary(&x));
}

#[test]
fn a_new_clause_after_the_trigger_does_not_give_its_object() {
    // Q965 Burkina Faso, Q142 France; "Paris announced" starts another clause.
    let x = run(
        "Burkina Faso gave French troops a month to leave in January, and Paris announced the end of its operation in February.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q142", "Q965"), "{:?}", summary(&x));
    assert!(!summary(&x)
        .iter()
        .any(|(t, _, _, c)| *t == "Withdrawal" && c.iter().any(|q| q == "Q142")));
}

#[test]
fn a_collective_force_takes_its() {
    // Q30 United States, Q1032 Niger.
    let x = run(
        "The US military has completed its withdrawal from Niger.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q30", "Q1032"), "{:?}", summary(&x));
}

#[test]
fn a_named_operation_moving_is_its_states_force() {
    // Operation Serval was France's (Q142); Q912 Mali.
    let x = run(
        "The government demanded the immediate withdrawal of Operation Serval from Mali.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q142", "Q912"), "{:?}", summary(&x));
}

#[test]
fn a_force_after_a_place_and_a_comma_starts_its_own_clause() {
    // Q30 United States, Q1032 Niger.
    let x = run(
        "Niger ended the agreement with Washington, and American soldiers departed in September.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q30", "Q1032"), "{:?}", summary(&x));
    let x = run(
        "The junta demanded the withdrawal of the 1,100 American soldiers from Niger.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q30", "Q1032"), "{:?}", summary(&x));
}

#[test]
fn each_time_goes_to_the_event_it_is_closest_to() {
    let x = run(
        "The junta has ordered Italian troops to leave, the state broadcaster said on Monday, months after a coup in September.",
        Some("2024-01-15"),
    );
    let coup = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Coup)
        .expect("coup");
    let w = coup.when.as_ref().expect("the coup's time");
    assert_eq!(w.text, "September");
    assert_eq!(w.earliest, NaiveDate::from_ymd_opt(2023, 9, 1));
    // A time before an infinitive dates the verb it depends on.
    let x = run(
        "Thousands of people marched in Niamey on Friday to demand that foreign troops leave.",
        Some("2024-01-15"),
    );
    let protest = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Protest)
        .expect("protest");
    assert_eq!(
        protest.when.as_ref().map(|w| w.text.as_str()),
        Some("Friday")
    );
}

#[test]
fn a_time_of_its_own_clause_that_is_past_makes_a_plan_done() {
    // The meeting's own clause dates it last week, whatever infinitive it sits under.
    assert_statuses(
        "He announced his decision to quit the party at a public meeting in Leeds last week.",
        EventType::Meeting,
        &[Status::Completed],
    );
    assert_statuses(
        "The party used its majority to call an election last November.",
        EventType::Election,
        &[Status::Completed],
    );
    // A past time of another clause leaves the trigger's own tense alone.
    assert_statuses(
        "He said his remark last week was misread, but he will not contest the election.",
        EventType::Election,
        &[Status::Planned],
    );
}

#[test]
fn the_day_an_event_to_come_is_announced_is_not_its_own() {
    let when = |text: &str, ty: EventType| -> Option<String> {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        e[0].when.as_ref().map(|w| w.text.clone())
    };
    // The election comes later; Monday is the day it is made known.
    let text = "Election clues\n\nDavid Blunkett has given fresh clues that the general \
                election will be announced on Monday.";
    assert_eq!(when(text, EventType::Election), None);
    // A deal told as made takes the day it was announced.
    let text = "Acme news\n\nThe deal with Acme Holdings was announced on Tuesday.";
    assert_eq!(when(text, EventType::Agreement).as_deref(), Some("Tuesday"));
}

#[test]
fn the_day_of_a_report_dates_only_what_is_done_or_going_on_by_then() {
    let when = |text: &str, ty: EventType| -> Option<String> {
        let x = run(text, Some("2024-03-20"));
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        e[0].when.as_ref().map(|w| w.text.clone())
    };
    // Told in the past or the past perfect, or as to come: the day is the report's.
    for (text, ty) in [
        (
            "The newspaper on Monday said the minister told the generals to resign.",
            EventType::Demand,
        ),
        (
            "The radio reported on Saturday that the rulers had ended the military accord.",
            EventType::Agreement,
        ),
        (
            "Denmark will bring its troops home from Mali, the government said on Thursday.",
            EventType::Withdrawal,
        ),
    ] {
        assert_eq!(when(text, ty), None, "{text}");
    }
    // Done or going on by the report's day: the report's day dates it.
    for (text, ty) in [
        (
            "The last French soldiers have left Mali, the army said on Monday.",
            EventType::Withdrawal,
        ),
        (
            "The minister wrote to the council on Tuesday calling for an inquiry.",
            EventType::Demand,
        ),
    ] {
        assert!(when(text, ty).is_some(), "{text}");
    }
    // A time of the event's own clause stays its own.
    assert_eq!(
        when(
            "The minister said the troops would leave Mali on Friday.",
            EventType::Withdrawal
        )
        .as_deref(),
        Some("Friday")
    );
}

#[test]
fn a_junta_belongs_to_the_country_the_sentence_sets() {
    // An article about Chad (Q657) that turns to Niger (Q1032) in one sentence.
    let x = run(
        "Chad ended its defence pact with Paris. Chad's government said French troops would leave Chad. In Niger, a junta that took power in a coup expelled Belgian troops.",
        Some("2025-01-30"),
    );
    assert_eq!(countries_of(&x, EventType::Coup), ["Q1032"]);
    // A capital after "with" is a partner: the pact is Chad's, not France's.
    let countries = countries_of(&x, EventType::Agreement);
    assert!(countries.iter().any(|c| c == "Q657"), "{countries:?}");
}

#[test]
fn coordinated_adjectives_give_a_force_several_owners() {
    // Q967 Burundi, Q1036 Uganda; Q1045 Somalia.
    let x = run(
        "Burundian and Ugandan soldiers pulled out of Somalia.",
        None,
    );
    assert!(has(&x, "Withdrawal", "Q967", "Q1045"), "{:?}", summary(&x));
    assert!(has(&x, "Withdrawal", "Q1036", "Q1045"), "{:?}", summary(&x));
    // Joined by commas too, where the tagger reads one as a proper noun.
    let x = run(
        "The Belarusian, Armenian and Tajik units left Mali on Monday.",
        Some("2022-01-14"),
    );
    for owner in ["Q184", "Q399", "Q863"] {
        assert!(
            has(&x, "Withdrawal", owner, "Q912"),
            "{owner}: {:?}",
            summary(&x)
        );
    }
    // A place before the comma is no owner.
    let x = run(
        "In Somalia, Ugandan troops left their bases on Monday.",
        Some("2022-01-14"),
    );
    assert!(has(&x, "Withdrawal", "Q1036", "Q1045"), "{:?}", summary(&x));
    assert!(
        !has(&x, "Withdrawal", "Q1045", "Q1045"),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_denial_reaches_into_its_that_clause_and_a_condition_makes_a_hypothesis() {
    let status = |text: &str| {
        let x = run(text, None);
        x.events
            .iter()
            .find(|e| e.event_type == EventType::Withdrawal)
            .map(|e| e.status)
    };
    assert_eq!(
        status("The ministry denied that Dutch troops had left Mali."),
        Some(Status::Denied)
    );
    assert_eq!(
        status("Officials said that Dutch troops had left Mali."),
        Some(Status::Completed)
    );
    assert_eq!(
        status("Spain would withdraw its troops from Mali only if the talks failed."),
        Some(Status::Hypothetical)
    );
}

#[test]
fn whom_it_was_told_to_is_the_phrase_head_not_a_modifier() {
    let x = run(
        "Belgian troops left Niger, the minister told a Brussels news conference.",
        None,
    );
    let a = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Withdrawal)
        .and_then(|e| e.attribution.clone())
        .expect("attributed");
    assert_eq!(a.to.as_deref(), Some("a Brussels news conference"));
    assert_eq!(a.to_actor, None);
    let x = run("Belgian troops left Niger, an official told Reuters.", None);
    let a = x.events[0].attribution.clone().expect("attributed");
    assert_eq!(
        a.to_actor.map(|i| x.actors[i].label.as_str()),
        Some("Reuters")
    );
}

#[test]
fn relative_clauses_keep_their_nouns_and_times_to_themselves() {
    // Q7159 African Union; Q1045 Somalia; Q1036 Uganda.
    let x = run(
        "Somalia asked the African Union force, which includes soldiers from Uganda and Kenya, to leave. The African Union force, which includes soldiers from Uganda and Kenya, must leave Somalia by December.",
        Some("2024-06-01"),
    );
    assert!(has(&x, "Withdrawal", "Q7159", "Q1045"), "{:?}", summary(&x));
    let last = x
        .events
        .iter()
        .rev()
        .find(|e| e.event_type == EventType::Withdrawal)
        .unwrap();
    assert_eq!(last.status, Status::Ordered);
    // The time inside ", who arrived in 2013," dates the arrival, not the departure.
    let x = run(
        "Italian troops, who arrived in 2013, left Niger in August.",
        Some("2024-10-01"),
    );
    let when = |t: &str| {
        x.events
            .iter()
            .find(|e| e.event_type.name() == t)
            .and_then(|e| e.when.as_ref())
            .map(|w| w.text.clone())
    };
    assert_eq!(when("Arrival").as_deref(), Some("2013"));
    assert_eq!(when("Withdrawal").as_deref(), Some("August"));
}

#[test]
fn whose_forces_are_the_antecedents() {
    // Q816706 Southern African Development Community; Q974 DR Congo.
    let x = run(
        "Congo turned to the Southern African Development Community, whose troops arrived in Congo in December.",
        None,
    );
    assert!(has(&x, "Arrival", "Q816706", "Q974"), "{:?}", summary(&x));
}

#[test]
fn sanctions_and_training_concern_the_country_acted_on() {
    // Q1049 Sudan; Q30 United States; Q79 Egypt.
    let x = run(
        "Soldiers seized power in Sudan in October. The United States suspended aid to the country, while Egyptian officers trained Sudanese troops.",
        None,
    );
    for t in ["Sanction", "Training"] {
        let e = x.events.iter().find(|e| e.event_type.name() == t).expect(t);
        let c: Vec<String> = e
            .countries
            .iter()
            .map(|&a| x.actors[a].id.to_string())
            .collect();
        assert_eq!(c, ["Q1049"], "{t}");
    }
}

#[test]
fn a_negated_demand_negates_the_departure_and_who_clauses_are_skipped() {
    // Q1000 Gabon; Q142 France.
    let x = run(
        "Officers who overthrew the president of Gabon in August have not asked the French soldiers based in Libreville to leave.",
        None,
    );
    let w = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Withdrawal)
        .expect("withdrawal");
    assert_eq!(w.status, Status::Denied);
    let d = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Demand)
        .expect("demand");
    assert_eq!(d.status, Status::Denied);
    // The subject of "returned" is the troops, not Mali inside the relative clause.
    let x = run("Troops who left Mali in 2022 have returned to Chad.", None);
    let back = x
        .events
        .iter()
        .find(|e| e.event_type == EventType::Arrival)
        .expect("arrival");
    assert!(!back.forces.is_empty(), "{:?}", summary(&x));
}

#[test]
fn a_fronted_place_is_not_part_of_the_force_and_earlier_origins_carry_over() {
    // Q7159 African Union; Q1045 Somalia.
    let x = run("In Somalia, African Union troops are pulling out.", None);
    assert!(has(&x, "Withdrawal", "Q7159", "Q1045"), "{:?}", summary(&x));
    // The country left, named as an origin before, carries over; a capital acting
    // ("Washington had agreed") is not a place. Q30 United States, Q796 Iraq.
    let x = run(
        "The last convoy crossed into Kuwait, completing the withdrawal of US forces from Iraq. Under a 2008 agreement, Washington had agreed to pull all its troops out by the end of 2011.",
        None,
    );
    let last = x
        .events
        .iter()
        .rev()
        .find(|e| e.event_type == EventType::Withdrawal)
        .unwrap();
    let c: Vec<String> = last
        .countries
        .iter()
        .map(|&a| x.actors[a].id.to_string())
        .collect();
    assert_eq!(c, ["Q796"]);
}

#[test]
fn whom_an_order_sends_away_is_the_mover() {
    // Object control: the noun before "to" leaves. Staff, families and citizens move no
    // forces, so no withdrawal — whoever gave the order.
    for text in [
        "The United States ordered non-emergency embassy staff and their families to leave Niger on Thursday.",
        "The junta ordered the French ambassador to leave the country.",
        "Britain began evacuating its citizens from Sudan at the weekend.",
    ] {
        let x = run(text, Some("2023-08-01"));
        assert!(!types(&x).contains(&"Withdrawal"), "{text}: {:?}", summary(&x));
    }
    // Forces sent away are the movers, and a span of time before "to" controls nothing.
    let x = run(
        "Niger's junta ordered French troops to leave the country.",
        Some("2023-08-01"),
    );
    assert!(has(&x, "Withdrawal", "Q142", "Q1032"), "{:?}", summary(&x));
    let x = run(
        "The junta gave French troops a month to leave Niger.",
        Some("2023-08-01"),
    );
    assert!(has(&x, "Withdrawal", "Q142", "Q1032"), "{:?}", summary(&x));
    let x = run(
        "France decided to withdraw its troops from Mali.",
        Some("2022-02-17"),
    );
    assert!(has(&x, "Withdrawal", "Q142", "Q912"), "{:?}", summary(&x));
}

#[test]
fn what_is_dated_after_the_article_has_not_happened_yet() {
    let x = run(
        "Iraq's elections next Sunday will test the government. Chad held elections last week.",
        Some("2005-01-20"),
    );
    let s = summary(&x);
    let election = |c: &str| {
        s.iter()
            .find(|(t, _, _, cs)| *t == "Election" && cs.iter().any(|q| q == c))
    };
    assert_eq!(
        election("Q796").map(|e| e.1),
        Some(Status::Planned),
        "{s:?}"
    );
    assert_eq!(
        election("Q657").map(|e| e.1),
        Some(Status::Completed),
        "a past vote stays done: {s:?}"
    );
}

#[test]
fn what_is_moved_must_be_a_force() {
    assert_makes(
        "Withdrawal",
        false,
        &[
            "The party has withdrawn two of its campaign leaflets after complaints.",
            "The minister announced the withdrawal of the bill on Tuesday.",
            "Ghana pulled out of the tournament.",
        ],
    );
    let x = run(
        "Kenya withdrew 400 soldiers from Somalia on Monday.",
        Some("2005-01-10"),
    );
    assert!(has(&x, "Withdrawal", "Q114", "Q1045"), "{:?}", summary(&x));
    let x = run(
        "Chad announced the withdrawal of its troops from Niger.",
        Some("2005-01-10"),
    );
    assert!(has(&x, "Withdrawal", "Q657", "Q1032"), "{:?}", summary(&x));
}

#[test]
fn a_strike_of_another_kind_is_no_attack() {
    assert_makes(
        "Attack",
        false,
        &[
            "The former officer has been on hunger strike outside the embassy for a month.",
            "Unions called a general strike in Lagos.",
            "The two firms struck a deal worth $5m.",
            "Similar agreements had been struck with Ghana before.",
            "Under a deal struck in Accra, the rebels will disarm.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "A drone strike killed four fighters near Gao.",
            "Israeli jets struck Gaza overnight.",
            "The army said rebels had struck a convoy near Kidal.",
        ],
    );
}

#[test]
fn forces_moving_into_a_place_arrive() {
    for (s, owner, country) in [
        (
            "Nigerian troops drove into Bamako on Sunday.",
            "Q1033",
            "Q912",
        ),
        (
            "Chadian soldiers poured into northern Mali in January.",
            "Q657",
            "Q912",
        ),
        (
            "Some 300 Rwandan police officers landed in Bangui on Tuesday.",
            "Q1037",
            "Q929",
        ),
        (
            "Senegalese troops crossed the border into Gambia overnight.",
            "Q1041",
            "Q1005",
        ),
    ] {
        let x = run(s, Some("2017-01-25"));
        assert!(has(&x, "Arrival", owner, country), "{s}: {:?}", summary(&x));
    }
    // "in" must follow the verb: a month after it is no arrival.
    let x = run(
        "French troops moved in March to the border.",
        Some("2017-01-25"),
    );
    assert!(!types(&x).contains(&"Arrival"), "{:?}", summary(&x));
}

#[test]
fn police_are_a_force_only_when_the_text_says_whose() {
    let x = run(
        "The police officers left the warehouse after an hour.",
        Some("2005-01-10"),
    );
    assert!(
        x.forces.is_empty() && x.events.is_empty(),
        "{:?}",
        summary(&x)
    );
    let x = run(
        "The last Rwandan police officers left Bangui on Friday.",
        Some("2005-01-10"),
    );
    assert!(has(&x, "Withdrawal", "Q1037", "Q929"), "{:?}", summary(&x));
}

#[test]
fn soldiers_flown_home_leave() {
    let x = run(
        "The last French soldiers were flown out of Chad on Friday.",
        Some("2025-01-31"),
    );
    assert!(has(&x, "Withdrawal", "Q142", "Q657"), "{:?}", summary(&x));
}

#[test]
fn flying_out_to_a_place_is_no_departure() {
    let x = run(
        "About 100 British troops are ready to fly out and secure the airport.",
        Some("2005-01-10"),
    );
    assert!(!types(&x).contains(&"Withdrawal"), "{:?}", summary(&x));
}

#[test]
fn a_part_of_a_force_moves_for_it() {
    for s in [
        "About 300 Ghanaian troops were sent to Mali in May. Some of them landed in Bamako on 4 May.",
        "About 300 Ghanaian troops were sent to Mali in May. The first of them arrived in Bamako on 4 May.",
    ] {
        let x = run(s, Some("2022-06-01"));
        assert!(has(&x, "Arrival", "Q117", "Q912"), "{s}: {:?}", summary(&x));
    }
    // A place after "of" is no part of a group.
    let x = run(
        "The capital of Mali welcomed Ghanaian troops.",
        Some("2022-06-01"),
    );
    assert!(!types(&x).contains(&"Arrival"), "{:?}", summary(&x));
}

#[test]
fn a_company_takeover_is_no_coup() {
    assert_makes(
        "Coup",
        false,
        &[
            "Holcim agreed a takeover of Aggregate Industries worth $3bn.",
            "Shares rose on speculation of a takeover bid.",
            "The fund wants to take control of the airline.",
        ],
    );
    assert_makes(
        "Coup",
        true,
        &[
            "The military takeover in Niamey was condemned.",
            "Soldiers took control of the state broadcaster in Niger.",
            "Mali's army completed its takeover of power on Tuesday.",
        ],
    );
}

#[test]
fn market_demand_is_no_claim() {
    assert_makes(
        "Demand",
        false,
        &[
            "Economic growth drove demand for air travel in India.",
            "Domestic demand rose by 3% last year.",
        ],
    );
    assert_makes(
        "Demand",
        true,
        &[
            "The junta's demand was clear.",
            "Protesters repeated their demand for the withdrawal of French troops.",
            "Niger rejected the demand that it release Mohamed Bazoum.",
            "Turkey would not bow to demands to recognise Cyprus.",
            "The commission will be uncompromising in its demands on Kenya.",
        ],
    );
}

#[test]
fn the_takeover_after_a_coup_is_that_coup() {
    let x = run(
        "Officers in Gabon ousted President Ali Bongo on Wednesday. The takeover was condemned by the African Union.",
        Some("2023-08-31"),
    );
    // One coup, told twice: the takeover is a further mention of it.
    let coups = of_type(&x, EventType::Coup);
    assert_eq!(coups.len(), 1, "{:?}", summary(&x));
    assert_eq!(coups[0].mentions.len(), 1, "{:?}", coups[0]);
    assert_eq!(coups[0].mentions[0].trigger, "takeover");
}

#[test]
fn an_opinion_poll_is_no_election() {
    assert_makes(
        "Election",
        false,
        &[
            "Labour is still behind in the polls in Scotland.",
            "An opinion poll in Kenya put the party at 30%.",
            "A poll of 1,000 Kenyan voters found wide support for the plan.",
            "According to a poll in Ghana, most people back the president.",
            "Ministers keep seeing polls saying the party will win easily.",
        ],
    );
    assert_makes(
        "Election",
        true,
        &[
            "Kenya will go to the polls in December.",
            "The poll in Ghana is expected on 7 December.",
            "Ghana's president favours a February poll.",
            "Ghanaians waited until the Ghanaian polls closed.",
        ],
    );
}

#[test]
fn an_event_is_stated_by_the_first_mention_that_tells_its_status() {
    // The first mention only supposes a vote; the second tells the election as coming,
    // which is the event's status, so the second states it and the first is a further
    // mention, with its own source.
    let x = run(
        "Kennedy tours seats\n\nLabour say a Liberal Democrat vote could let the Tories in. \
         The general election is expected on 5 May.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    let e = elections[0];
    assert_eq!(e.status, Status::Planned);
    assert_eq!((e.sentence, e.trigger.as_str()), (2, "election"));
    assert!(e.attribution.is_none(), "{:?}", e.attribution);
    assert_eq!(e.mentions.len(), 1, "{:?}", e.mentions);
    assert_eq!(
        (e.mentions[0].sentence, e.mentions[0].trigger.as_str()),
        (1, "vote")
    );
    assert!(e.mentions[0].attribution.is_some());
}

#[test]
fn mentions_of_one_event_make_one_event() {
    let x = run(
        "Ghana will hold a general election on 7 December. The opposition says the election will be close. Ghana held an election in 2000.",
        Some("2004-11-01"),
    );
    let elections = of_type(&x, EventType::Election);
    // The coming election twice is one event with two mentions; the 2000 one is another.
    assert_eq!(elections.len(), 2, "{:?}", summary(&x));
    assert_eq!(elections[0].mentions.len(), 1, "{:?}", elections[0]);
    assert_eq!(elections[0].mentions[0].sentence, 1);
    assert!(elections[1].mentions.is_empty());
    // Two demands by different agents stay two.
    let x = run(
        "Mali demanded the withdrawal of French troops. Niger demanded that the US leave.",
        Some("2004-11-01"),
    );
    assert_eq!(
        types(&x).iter().filter(|t| **t == "Demand").count(),
        2,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_event_placed_by_a_temporal_preposition_keeps_its_own_status() {
    // The clause agrees the sanctions, not the election that came before them.
    let x = run(
        "Ministers agreed new sanctions on Ruritania after a disputed election.",
        Some("2020-10-01"),
    );
    assert_eq!(
        statuses(&x, EventType::Sanction),
        [Status::Agreed],
        "{:?}",
        summary(&x)
    );
    assert_eq!(
        statuses(&x, EventType::Election),
        [Status::Completed],
        "{:?}",
        summary(&x)
    );
    // Without the preposition the clause still governs its object.
    let x = run(
        "The opposition demanded a new election in Ruritania.",
        Some("2020-10-01"),
    );
    assert_eq!(
        statuses(&x, EventType::Election),
        [Status::Demanded],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn asking_for_something_is_a_demand_and_asking_a_question_is_not() {
    assert_makes(
        "Demand",
        true,
        &[
            "The government of Chad asked Paris to recall its ambassador.",
            "The mayor asked for calm after the riot.",
            "The union asked the court for an injunction against the strike.",
            "The central bank will ask lenders to \"freeze\" repayments for a year.",
            "Police asked anyone who saw the van to call the incident room.",
        ],
    );
    assert_makes(
        "Demand",
        false,
        &[
            "Pollsters asked 900 voters if they trusted the cabinet.",
            "Reporters asked whether the minister would resign.",
            "The committee asked what had gone wrong with the contract.",
        ],
    );
}

#[test]
fn what_a_present_clause_happens_before_is_still_to_come() {
    let status_of = |s: &str| statuses(&run(s, Some("2005-03-01")), EventType::Election);
    assert_eq!(
        status_of("Campaigning in Ruritania is gathering pace ahead of the general election."),
        [Status::Planned]
    );
    assert_eq!(
        status_of("The parties will publish their manifestos before the election in Ruritania."),
        [Status::Planned]
    );
    // Through a noun of quantity: "a series of referendums".
    assert_eq!(
        status_of(
            "The measures aim at boosting growth ahead of a series of referendums on the treaty."
        ),
        [Status::Planned]
    );
    // A present perfect speaks of now: what it happens before is still to come.
    assert_eq!(
        status_of(
            "Fuel prices have become the main issue for the parties ahead of the vote in Ruritania."
        ),
        [Status::Planned]
    );
    assert_eq!(
        status_of("The party has already spent its budget ahead of the election in Ruritania."),
        [Status::Planned]
    );
    // In a past clause it may well be over: the rule says nothing there.
    assert_ne!(
        status_of("The minister resigned before the election in Ruritania."),
        [Status::Planned]
    );
    assert_ne!(
        status_of("Fuel prices had become the main issue ahead of the election in Ruritania."),
        [Status::Planned]
    );
}

/// Asserts that `text` (no publication date) makes exactly one event of type `ty`, whose
/// agents' labels are `agents`.
fn assert_one_by(text: &str, ty: EventType, agents: &[&str]) {
    let x = run(text, None);
    let e = of_type(&x, ty);
    assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), agents, "{text}");
}

/// Asserts that `text` makes one event of type `ty`, with these participants.
fn assert_one_with(text: &str, ty: EventType, participants: &[&str]) {
    let x = run(text, None);
    let e = of_type(&x, ty);
    assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
    let names = labels_of(&x, &e[0].participants);
    assert_eq!(names, participants, "{text}: {:?}", summary(&x));
}

/// Asserts that `text` makes one event of type `ty`, with this status and these agents.
fn assert_one_told(text: &str, ty: EventType, status: Status, agents: &[&str]) {
    let x = run(text, None);
    let e = of_type(&x, ty);
    assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
    assert_eq!(e[0].status, status, "{text}");
    assert_eq!(agent_labels(&x, e[0]), agents, "{text}");
}

/// The labels of an event's agents.
fn agent_labels(x: &Extraction, e: &Event) -> Vec<String> {
    e.agents
        .iter()
        .map(|&a| x.actors[a].label.clone())
        .collect()
}

#[test]
fn buying_a_firm_or_a_stake_in_one_is_a_deal_but_buying_goods_is_not() {
    assert_one_by(
        "Dutch brewer Heineken has agreed to buy Danish brewer Carlsberg for $2bn.",
        EventType::Agreement,
        &["Heineken"],
    );
    assert_one_by(
        "German engineering firm Siemens bought a 30% stake in the Swiss bank UBS last year.",
        EventType::Agreement,
        &["Siemens"],
    );
    assert_makes(
        "Agreement",
        false,
        &[
            "Pension funds bought shares in the Swiss bank UBS on Monday.",
            "Shoppers bought more beer from Dutch brewer Heineken over the holiday.",
            "The delay bought the government some time.",
        ],
    );
}

#[test]
fn the_purchase_or_takeover_of_a_firm_is_a_deal_but_purchases_of_goods_are_not() {
    assert_statuses(
        "Dutch brewer Heineken has completed its takeover of Danish brewer Carlsberg.",
        EventType::Agreement,
        &[Status::Completed],
    );
    assert_statuses(
        "Markets were calm. Heineken said the purchase of a 30% stake in Danish brewer Carlsberg \
         would be completed in March.",
        EventType::Agreement,
        &[Status::Planned],
    );
    assert_makes(
        "Agreement",
        true,
        &["The acquisition of Danish brewer Carlsberg by Heineken was completed last month."],
    );
    assert_makes(
        "Agreement",
        false,
        &[
            // A plural tells of goods bought.
            "Heineken suspended purchases of its new Carlsberg beer in the US.",
            "The takeover of the paintings raised $2m.",
            "Shoppers delayed the purchase of new cars.",
        ],
    );
}

#[test]
fn instructing_or_begging_someone_to_act_is_a_demand_but_instructing_a_class_is_not() {
    let x = run(
        "Markets were calm. Anna Okafor instructed Kestrel Bank to stop lending to the firm.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Anna Okafor"]);
    assert_makes(
        "Demand",
        true,
        &["The minister begged the unions to return to work."],
    );
    assert_makes(
        "Demand",
        false,
        &[
            "Anna Okafor instructed a class of students at Kestrel Bank.",
            "Anna Okafor begged for mercy.",
        ],
    );
}

#[test]
fn a_visit_one_is_on_now_goes_on() {
    assert_statuses(
        "Markets were calm. Mr Okafor is on a three-day visit to India.",
        EventType::Visit,
        &[Status::UnderWay],
    );
    assert_statuses(
        "Markets were calm. Mr Okafor was on a visit to India.",
        EventType::Visit,
        &[Status::Completed],
    );
}

#[test]
fn a_participle_on_a_noun_tells_an_event_already_done() {
    // "will" is the attending's; "newly elected" says the election is over.
    assert_statuses(
        "The foreign minister will also be there - as will newly elected Ghanaian leader Anna \
         Okafor.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn what_one_was_ready_for_is_still_ahead() {
    assert_statuses(
        "Markets were calm. Mr Okafor said his party was ready for a 2005 poll.",
        EventType::Election,
        &[Status::Planned],
    );
    assert_statuses(
        "Markets were calm. The union was prepared for a long strike.",
        EventType::Protest,
        &[Status::Planned],
    );
}

#[test]
fn a_deal_that_still_has_to_be_approved_is_not_yet_made() {
    assert_statuses(
        "Markets were calm. The deal will still have to be approved by shareholders.",
        EventType::Agreement,
        &[Status::Planned],
    );
    // What the deal will bring tells nothing of its making.
    assert_statuses(
        "Markets were calm. The deal will give Heineken an entry into the UK market.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn a_deal_still_to_be_completed_is_planned() {
    assert_statuses(
        "Markets were calm. Heineken said the deal with Carlsberg would be completed soon.",
        EventType::Agreement,
        &[Status::Planned],
    );
    assert_statuses(
        "Markets were calm. Heineken said the deal with Carlsberg was completed on Monday.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn a_denied_opposition_or_a_forced_takeover_leaves_the_deal_its_own_status() {
    // Not opposing a deal leaves it possible, not denied.
    assert_statuses(
        "The watchdog said it would not oppose the purchase of Danish brewer Carlsberg by Heineken.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    // "forced" tells how the takeover comes about; "to halt" that it is still to be stopped.
    assert_statuses(
        "Danish brewer Carlsberg went to court, hoping to halt the forced takeover of Dutch brewer \
         Heineken.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
}

#[test]
fn the_party_as_a_possessor_stands_for_the_party_named_before() {
    assert_one_by(
        "The Liberal Democrats chose a new slogan. Supporters cheered at the party's spring \
         conference in Harrogate.",
        EventType::Meeting,
        &["Liberal Democrats"],
    );
    // What a firm named so owns on a market is no claim of its: "demand for" it is the
    // market's.
    assert_makes(
        "Demand",
        false,
        &["Dutch brewer Heineken sold a stake. Demand for the brewer's new shares was strong."],
    );
}

#[test]
fn a_described_subject_stands_for_the_name_set_flat_under_it() {
    // The tree heads the subject with the description; the name under it acts.
    assert_one_by(
        "Budget airline Ryanair has bought 40 jets in a deal with Boeing.",
        EventType::Agreement,
        &["Ryanair"],
    );
}

#[test]
fn he_she_and_his_stand_for_the_person_named_before() {
    let x = run(
        "Foreign Secretary Tom Brown flew to Accra on Monday. He met President John Mahama \
         on Tuesday. His visit ended on Wednesday.",
        None,
    );
    let meeting = of_type(&x, EventType::Meeting);
    assert_eq!(meeting.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, meeting[0]), ["Tom Brown"]);
    let visit = of_type(&x, EventType::Visit);
    assert!(
        visit.iter().any(|v| agent_labels(&x, v) == ["Tom Brown"]),
        "'his visit' is the subject's of the sentence before, not Mahama's: {visit:?}"
    );
    // A title gives the gender: "she" passes over Mr Brown for Mrs Ward.
    let x = run(
        "Mrs Anne Ward spoke to Mr Peter Hill. She demanded an inquiry into the contract.",
        None,
    );
    let demand = of_type(&x, EventType::Demand);
    assert_eq!(demand.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, demand[0]), ["Anne Ward"]);
}

#[test]
fn a_relative_pronoun_subject_is_the_noun_before_it() {
    // The storm killed; nobody the extractor tracks. Before, the nearest name on the
    // left ("Mr Hill") was taken for the killer.
    let x = run(
        "Mr Peter Hill sent his sympathy to the victims of the storm which killed 40 people.",
        None,
    );
    for e in of_type(&x, EventType::Attack) {
        assert!(e.agents.is_empty(), "{:?}", agent_labels(&x, e));
    }
    // A named antecedent is the subject, not the name further left.
    let x = run(
        "Diplomats from Ghana condemned Colonel Assimi Goita, who seized power in Bamako.",
        None,
    );
    let coup = of_type(&x, EventType::Coup);
    assert_eq!(coup.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, coup[0]), ["Assimi Goïta"]);
}

#[test]
fn meeting_a_target_is_no_meeting() {
    for s in [
        "The government said it was close to meeting the Kyoto targets.",
        "Ministers met the EU deadline on Friday.",
    ] {
        let x = run(s, None);
        assert!(
            of_type(&x, EventType::Meeting).is_empty(),
            "{s}: {:?}",
            x.events
        );
    }
    let x = run("Ministers met the Kenyan president on Friday.", None);
    assert_eq!(of_type(&x, EventType::Meeting).len(), 1);
    // A body named after a description of one is someone met; a spouse is no meeting.
    assert_makes(
        "Meeting",
        true,
        &["Volvo will meet truck maker Scania in Stockholm on Friday."],
    );
    assert_makes(
        "Meeting",
        false,
        &["At college he met his future wife Ingrid."],
    );
}

#[test]
fn a_party_named_in_the_plural_is_they_and_owns_its_demands() {
    // "The Tories" take "they"; "Their demands", asking for nothing of their own, are the
    // demand the Tories made.
    let x = run(
        "Tory savings\n\nThe Tories have published a report on waste. They asked David James \
         to identify possible savings.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Conservative Party"]);
    let x = run(
        "Headline\n\nThe Tories have called for a change in the law. Their demands have been \
         backed by Sir John Stevens.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Conservative Party"]);
    assert_eq!(demands[0].mentions.len(), 1);
}

#[test]
fn they_stands_for_the_group_named_before() {
    let x = run(
        "Union officials met on Monday. They called for a national strike over pensions.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, d[0]), ["Union officials"]);
    // A singular body is no referent of "they".
    let x = run(
        "The committee met on Monday. They called for a national strike over pensions.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", x.events);
    assert!(
        agent_labels(&x, d[0]).is_empty(),
        "{:?}",
        agent_labels(&x, d[0])
    );
}

#[test]
fn the_attack_told_of_again_happened_where_it_did() {
    // The third sentence names no place: "the attack" is the bombing told of before.
    let x = run(
        "The prime minister of Britain will host a conference in London next week. A \
         suicide bombing in the city of Haifa in Israel killed five people on Friday. \
         Officials said the organisers of the attack had fled.",
        None,
    );
    let attacks = of_type(&x, EventType::Attack);
    assert!(!attacks.is_empty(), "{:?}", summary(&x));
    for a in attacks {
        let countries: Vec<&str> = (a.countries.iter())
            .map(|&c| x.actors[c].label.as_str())
            .collect();
        assert_eq!(countries, ["Israel"], "{:?}", summary(&x));
    }
}

#[test]
fn it_takes_a_subject_over_a_possessor() {
    let x = run(
        "Shares in Germany's Krupp, the UK's Corvan and France's Arbel fell while Japan's \
         Kobe Steel slid after it agreed to pay 70% more for coal.",
        None,
    );
    let a = of_type(&x, EventType::Agreement);
    assert_eq!(a.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, a[0]), ["Kobe Steel"]);
}

#[test]
fn a_possessive_in_a_joined_clause_takes_that_clauses_subject() {
    let x = run(
        "Italy said it would keep its frigates in the Gulf, and Spain decided to pull its \
         troops out of Iraq.",
        None,
    );
    let w = of_type(&x, EventType::Withdrawal);
    assert_eq!(w.len(), 1, "{:?}", summary(&x));
    let owners: Vec<String> = (w[0].forces.iter())
        .flat_map(|&f| {
            x.forces[f]
                .owners
                .iter()
                .map(|&o| x.actors[o].label.clone())
        })
        .collect();
    assert_eq!(owners, ["Spain"], "{:?}", w[0]);
}

#[test]
fn a_span_of_time_is_nobodys_subject() {
    // Parsed as "weeks … asked", the rulers still ask.
    let x = run(
        "Chad's economy shrank. The council met on Friday, two weeks after the country's \
         military rulers asked for the force to leave.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, d[0]), ["Chad"]);
}

#[test]
fn a_reflexive_pronoun_is_nobodys_subject() {
    // "himself" is the object of "hurt"; the minister urged, known only by the office.
    let x = run(
        "Mr Peter Hill met the minister on Monday. The minister said the boy had hurt \
         himself, and urged an inquiry into the prison.",
        None,
    );
    let demand = of_type(&x, EventType::Demand);
    assert_eq!(demand.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, demand[0]), ["minister"]);
}

#[test]
fn who_is_among_those_who_did_it_did_it() {
    let x = run(
        "Prime Minister Jane Okafor is among those who have called for an inquiry.",
        None,
    );
    let demand = of_type(&x, EventType::Demand);
    assert_eq!(demand.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, demand[0]), ["Jane Okafor"]);
}

/// The labels of an event's actors in one role.
fn labels(x: &Extraction, v: &[usize]) -> Vec<String> {
    v.iter().map(|&a| x.actors[a].label.clone()).collect()
}

#[test]
fn a_group_the_text_describes_acts_in_events() {
    let x = run(
        "The transport committee urged ministers to hold a public inquiry.",
        None,
    );
    let demand = of_type(&x, EventType::Demand);
    assert_eq!(demand.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, demand[0]), ["transport committee"]);
    let a = &x.actors[demand[0].agents[0]];
    assert_eq!(a.kind, newskg_text::extract::Kind::Group);
    assert_eq!(a.id.to_string(), "group:transport-committee");
    // A group a state names stands for the state too, and is no place.
    let x = run(
        "British officials met Nigerian officials in Abuja on Monday.",
        None,
    );
    let meeting = of_type(&x, EventType::Meeting);
    assert_eq!(meeting.len(), 1, "{:?}", x.events);
    assert_eq!(
        agent_labels(&x, meeting[0]),
        ["British officials", "United Kingdom"]
    );
    assert_eq!(labels(&x, &meeting[0].location), ["Abuja"]);
    assert_eq!(
        x.actors[meeting[0].agents[0]].country.as_deref(),
        Some("Q145")
    );
}

#[test]
fn a_description_by_country_stands_for_the_body_of_that_country_named_before() {
    // "Spanish construction group Ferrovial" tells the firm's country; "the Spanish group"
    // is that firm, "the Italian firm" none named.
    let x = run(
        "Ferrovial buys Amey\n\nStruggling Spanish construction group Ferrovial has bought \
         British firm Amey. The Spanish group said on Monday it would hold talks with unions. \
         The Italian firm will hold talks too.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, meetings[0]), ["Ferrovial"]);
    assert_eq!(agent_labels(&x, meetings[1]), ["Italian firm"]);
}

#[test]
fn a_bare_description_stands_for_the_body_named_before() {
    // "The committee" is the committee the article named; "members of" it act for it.
    let x = run(
        "The Public Accounts Committee published a report on Monday. The committee \
         called for an inquiry into the contract. Members of the committee urged the \
         minister to resign.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 2, "{:?}", x.events);
    for d in demands {
        assert_eq!(agent_labels(&x, d), ["Public Accounts Committee"]);
    }
    // With no such body before, the description is a group of its own.
    let x = run(
        "The committee called for an inquiry into the contract.",
        None,
    );
    let demand = of_type(&x, EventType::Demand);
    assert_eq!(agent_labels(&x, demand[0]), ["committee"]);
}

#[test]
fn makers_servants_and_gunmen_are_groups_that_act() {
    // Group words of trades, offices and attackers name who acts.
    for (text, ty, agent) in [
        (
            "Policy makers agreed to cut interest rates on Thursday.",
            EventType::Agreement,
            "Policy makers",
        ),
        (
            "Gunmen attacked a police station in the north on Sunday.",
            EventType::Attack,
            "Gunmen",
        ),
        (
            "The ministry ordered the factories to close.",
            EventType::Demand,
            "ministry",
        ),
        // Plural bodies and people of a view.
        (
            "Anti-smoking groups urged the government to appeal.",
            EventType::Demand,
            "groups",
        ),
        (
            "Local supporters called for a vote in March.",
            EventType::Demand,
            "Local supporters",
        ),
        // A crowd, and the members of a team.
        (
            "About 500 fans protested outside the stadium on Saturday.",
            EventType::Protest,
            "500 fans",
        ),
        (
            "A team of Ford officials is due to visit the plant next week.",
            EventType::Visit,
            "Ford officials",
        ),
    ] {
        assert_one_by(text, ty, &[agent]);
    }
    // Joined group nouns make one group, headed by the last.
    let x = run(
        "At the summit, politicians and campaigners called for more aid to Africa.",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, e[0]), ["politicians and campaigners"]);
    // A group word the tagger reads as an adjective is still the head before its verb.
    let x = run("The retail giant agreed to pay a fine of $10m.", None);
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, e[0]), ["retail giant"]);
}

#[test]
fn clubs_of_states_and_devolved_bodies_are_known_names() {
    for (text, agent) in [
        (
            "Opec agreed to cut output by a million barrels a day.",
            "Organization of the Petroleum Exporting Countries",
        ),
        (
            "The G8 agreed to write off the debts of 18 countries.",
            "Group of Eight",
        ),
        (
            "The Welsh Assembly agreed a plan to scrap the charges.",
            "National Assembly for Wales",
        ),
    ] {
        assert_one_by(text, EventType::Agreement, &[agent]);
    }
}

#[test]
fn a_body_named_before_an_event_noun_acts_in_it() {
    // "The Opec meeting", "an EU demand": the body named in compound holds or makes it.
    for (text, ty, agent) in [
        (
            "Oil prices fell after the Opec meeting in Vienna on Friday.",
            EventType::Meeting,
            "Organization of the Petroleum Exporting Countries",
        ),
        (
            "Talks opened despite an EU demand for Turkey to recognise Cyprus.",
            EventType::Demand,
            "European Union",
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", x.events);
        assert!(
            agent_labels(&x, e[0]).contains(&agent.to_string()),
            "{text}: {:?}",
            e[0]
        );
    }
    // A place's name says where, and a treaty's or an election's name what: nobody acts.
    for (text, ty) in [
        (
            "Ministers spoke after the London meeting on Friday.",
            EventType::Meeting,
        ),
        (
            "The US refused to sign the Kyoto treaty.",
            EventType::Agreement,
        ),
        (
            "Respect did badly in the European Parliament elections.",
            EventType::Election,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", x.events);
        assert!(
            !agent_labels(&x, e[0]).iter().any(|a| a.contains("London")
                || a.contains("Kyoto")
                || a.contains("European Parliament")),
            "{text}: {:?}",
            agent_labels(&x, e[0])
        );
    }
}

#[test]
fn the_government_is_that_of_the_country_whose_bodies_and_ministers_the_article_names() {
    // Cuba and the US are named nearer, but the article's ministers, parties and offices
    // are British: "the government" Liberty calls on is the United Kingdom's.
    let x = run(
        "Neutral headline here\n\nHome Secretary Charles Clarke told Labour MPs that the Home \
         Office would act. The four men were held by the US at Guantanamo Bay in Cuba for three \
         years. Rights group Liberty said it was pleased but called on the government to release \
         men detained in Britain without charge.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &d[0].affected), ["United Kingdom"]);
    // A country its sentence places it in still holds: "In Cuba, … the government".
    let x = run(
        "Neutral headline here\n\nHome Secretary Charles Clarke told Labour MPs that the Home \
         Office would act. In Cuba, unions called on the government to raise wages.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &d[0].affected), ["Cuba"]);
}

#[test]
fn leaders_of_a_body_or_a_trade_are_no_government() {
    // "Union leaders", "business leaders": a group, not the state the article is about;
    // "EU leaders" and "the military leaders" stay the state's or the body's rulers.
    let x = run(
        "Britain's economy grew last year. Union leaders called for a walkout. Business \
         leaders called for lower taxes. EU leaders called for calm.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 3, "{:?}", x.events);
    assert_eq!(agent_labels(&x, d[0]), ["Union leaders"]);
    assert_eq!(agent_labels(&x, d[1]), ["Business leaders"]);
    assert_eq!(agent_labels(&x, d[2]), ["European Union"]);
}

#[test]
fn a_headline_placed_only_by_the_articles_guess_joins_the_body_event_placed_elsewhere() {
    // The headline names no place: Russia is only the article's most named country; the
    // body places the strike by Downing Street, in the United Kingdom (Q145).
    let x = run(
        "Ex-spy on hunger strike\n\nA former colonel who spied on Russia for years is \
         entering the third week of a hunger strike near 10 Downing Street. He fled Russia in \
         1990 and says Russia still owes him a pension.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Protest),
        [["Q145"]],
        "{:?}",
        summary(&x)
    );
    assert_eq!(of_type(&x, EventType::Protest)[0].status, Status::UnderWay);
}

#[test]
fn a_headline_group_joins_the_body_event_that_names_who() {
    // "Leaders meet": the headline's group names no one in particular, so the body's
    // meeting in the next sentence is the same one.
    let x = run(
        "Leaders meet over trade bid\n\nTony Blair has met Italian Prime Minister Silvio \
         Berlusconi in Rome to discuss trade.",
        None,
    );
    let m = of_type(&x, EventType::Meeting);
    assert_eq!(m.len(), 1, "{:?}", x.events);
}

#[test]
fn a_body_mention_joins_the_body_event_before_the_headlines() {
    // "The deal" fits both the headline's agreement and the lead's: it joins the lead's,
    // which the headline's then joins, so the article tells of one agreement.
    let x = run(
        "Ferry staff agree to pay cut\n\nA union representing 900 crew at Northwind Ferries \
         has agreed to a new contract that cuts pay by 5%.\n\nThe deal will help the company \
         save £5m a year.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Agreement).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_participle_clause_before_the_verb_does_not_swallow_its_subject() {
    // The parser hangs "trade ministers" on "Meeting"; "said" has no subject but them.
    assert_one_by(
        "Meeting in Geneva, trade ministers of the 20 nations said they would cut tariffs.",
        EventType::Meeting,
        &["trade ministers"],
    );
    // Or lists it with the participle's object ("Israel, Mr Blair"): both visits are his.
    let x = run(
        "Before visiting Israel, Mr Blair made a surprise visit to Iraq.",
        None,
    );
    let e = of_type(&x, EventType::Visit);
    assert_eq!(e.len(), 2, "{:?}", summary(&x));
    for v in e {
        assert_eq!(agent_labels(&x, v), ["Blair"], "{v:?}");
    }
}

#[test]
fn a_verb_that_makes_its_object_something_does_not_carry_it_out() {
    // "make the election a celebration": the subject made no election.
    let x = run(
        "The governor said the volunteers had made the election a celebration of democracy.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(agent_labels(&x, e[0]).is_empty(), "{:?}", e[0]);
    // "made a deal" is still the makers' deal.
    let x = run("The two firms made a deal on Friday.", None);
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(agent_labels(&x, e[0]), ["two firms"]);
}

#[test]
fn who_seals_a_deal_outranks_an_adjective_of_origin_on_it() {
    assert_one_by(
        "Ukraine seals Turkmen gas deal\n\nUkraine will pay 30% more for its gas.",
        EventType::Agreement,
        &["Ukraine"],
    );
}

#[test]
fn fighters_of_no_named_group_are_a_group_that_acts() {
    for (text, agent) in [
        ("Rebels attacked the town on Monday.", "Rebels"),
        (
            "Islamist militants attacked an army base on Sunday.",
            "Islamist militants",
        ),
    ] {
        assert_one_by(text, EventType::Attack, &[agent]);
    }
    // Fighters named before keep their group through a later mention.
    let x = run(
        "Taliban fighters seized the town on Monday. The militants attacked a police post on Tuesday.",
        None,
    );
    let e = of_type(&x, EventType::Attack);
    assert_eq!(agent_labels(&x, e[0]), ["Taliban"]);
    // Fighters do not refer back to a state's troops, nor troops to fighters.
    let x = run(
        "British troops are on standby in Abidjan. Rebels attacked the airport on Monday.",
        None,
    );
    let e = of_type(&x, EventType::Attack);
    assert_eq!(agent_labels(&x, e[0]), ["Rebels"], "{:?}", summary(&x));
}

#[test]
fn a_clause_that_frames_a_report_is_not_what_it_reports() {
    // Fronted participle or subordinate clause: the event is the narrator's.
    for (text, ty) in [
        (
            "Speaking at the party's spring conference in Leeds, Mr Jones claimed the plan would fail.",
            EventType::Meeting,
        ),
        (
            "After the council had agreed to the plan, Mr Jones said he was pleased.",
            EventType::Agreement,
        ),
        // Where it was said is no part of what was said.
        (
            "At a public meeting in Hull on Friday, Mr Jones announced that he would resign.",
            EventType::Meeting,
        ),
        // Nor is the one told, a gathering spoken to.
        (
            "President Lars Holm told the annual Nordic Council summit in Oslo that he remained committed to cutting the deficit.",
            EventType::Meeting,
        ),
        // What describes the one who speaks is the narrator's.
        (
            "The Dutch finance minister, who will hold talks in Oslo next week, said the tax was fair.",
            EventType::Meeting,
        ),
        (
            "Ms Berg, the mayor who signed the deal with the rail firm, said fares would rise.",
            EventType::Agreement,
        ),
        (
            "Ms Kerr, who won the Leeds election in 2001, has said the tax is fair.",
            EventType::Election,
        ),
        // A participle of saying reports none of the clauses above it, nor itself when
        // it tells how the clause above was said.
        (
            "Oskar Lind left the party conference in Leeds early to visit his constituency, saying the vote would be close.",
            EventType::Meeting,
        ),
        (
            "Mr Jones wrote to the council on Tuesday, demanding an inquiry.",
            EventType::Demand,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(e[0].attribution.is_none(), "{text}: {:?}", e[0].attribution);
    }
    // What the verb reports, before or after it, and a participle of saying after it.
    for (text, ty) in [
        (
            "The troops will leave Mali within weeks, the minister told MPs.",
            EventType::Withdrawal,
        ),
        (
            "The minister said the troops would leave Mali.",
            EventType::Withdrawal,
        ),
        // A relative clause inside what was said is said.
        (
            "The minister said the troops, who will leave Mali next week, had done well.",
            EventType::Withdrawal,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(e[0].attribution.is_some(), "{text}");
    }
}

#[test]
fn who_sets_a_deadline_demands() {
    // "set" takes a demand as its object: its subject, or the "by" phrase of its
    // participle, makes the demand.
    for (text, agent) in [
        (
            "Mali's junta set a deadline for the French troops to leave.",
            "Mali",
        ),
        (
            "The troops left before the deadline set by Mali's junta.",
            "Mali",
        ),
        ("The deadline set by the union passed on Friday.", "union"),
    ] {
        assert_one_by(text, EventType::Demand, &[agent]);
    }
}

#[test]
fn the_body_a_gathering_is_of_or_hosted_by_holds_it() {
    for (text, agent) in [
        (
            "Rates stayed on hold after the latest meeting of the Bank of England.",
            "Bank of England",
        ),
        (
            "A summit hosted by Britain ended on Friday.",
            "United Kingdom",
        ),
        // A government is such a body: "EU leaders".
        (
            "The goals set at a summit of EU leaders in 2010 were missed.",
            "European Union",
        ),
        // Who is seen at the gathering takes part in it.
        (
            "Mr Ruskin faced anger at Monday's meeting of the Fabian Society.",
            "Fabian Society",
        ),
        // A verb that cannot say who holds it leaves the body the holder.
        (
            "The announcement followed the final meeting of the commission in London.",
            "commission",
        ),
    ] {
        assert_one_by(text, EventType::Meeting, &[agent]);
    }
    let x = run(
        "Mr Ruskin faced anger at Monday's meeting of the Fabian Society.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    let took_part: Vec<&str> = (e[0].participants.iter())
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert!(took_part.contains(&"Ruskin"), "{took_part:?}");
    // A partner "with" whom a deal was signed does not sign it alone.
    let x = run(
        "The withdrawal follows a deal signed with the Taliban in Doha.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(
        !agent_labels(&x, e[0]).contains(&"Taliban".to_string()),
        "{:?}",
        e[0]
    );
    // A place a meeting is "of" is where, not who.
    let x = run("The meeting of ministers in Paris ended on Friday.", None);
    let e = of_type(&x, EventType::Meeting);
    assert!(
        !agent_labels(&x, e[0]).contains(&"Paris".to_string()),
        "{:?}",
        e[0]
    );
}

#[test]
fn a_definite_description_of_a_firm_stands_for_the_firm_named_before() {
    // "The gas giant", "the media group": what the firm is, in common words.
    let x = run(
        "Gazprom said profits rose on Monday. The gas giant agreed to buy a stake in a \
         Polish pipeline.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, e[0]), ["Gazprom"]);
    // "The parent company" is another firm than the one named: a group of its own.
    let x = run(
        "Gazprom said profits rose on Monday. The parent company agreed to buy a stake in \
         a Polish pipeline.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, e[0]), ["parent company"]);
}

#[test]
fn an_apposition_describes_the_name_before_it() {
    let x = run(
        "NATO, the military alliance, agreed to send more ships to the region.",
        None,
    );
    let agreement = of_type(&x, EventType::Agreement);
    assert_eq!(agreement.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, agreement[0]), ["NATO"]);
    // A comma before the group is no apposition when none closes it: the court is not
    // NATO.
    let x = run(
        "Witnesses saw the men near the offices of NATO, the court was told.",
        None,
    );
    let court: Vec<&str> = x
        .mentions
        .iter()
        .filter(|m| m.text == "the court")
        .map(|m| x.actors[m.actor].label.as_str())
        .collect();
    assert_eq!(court, ["court"], "{:?}", x.mentions);
}

#[test]
fn the_author_of_a_document_does_what_it_does() {
    let x = run(
        "A report by the health committee called for an inquiry into the hospital.",
        None,
    );
    let demand = of_type(&x, EventType::Demand);
    assert_eq!(demand.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, demand[0]), ["health committee"]);
}

#[test]
fn a_speech_verb_in_a_relative_clause_attributes_nothing_outside_it() {
    // "the management says" speaks of the vote alone, not of the agreement.
    let x = run(
        "The union agreed on Monday to end the dispute, weeks after a vote that the \
         management says was rigged.",
        None,
    );
    let agreement = of_type(&x, EventType::Agreement);
    assert_eq!(agreement.len(), 1, "{:?}", x.events);
    assert!(agreement[0].attribution.is_none(), "{:?}", agreement[0]);
    // The same source outside a relative clause does attribute.
    let x = run(
        "The union agreed on Monday to end the dispute, the management says.",
        None,
    );
    let agreement = of_type(&x, EventType::Agreement);
    assert!(agreement[0].attribution.is_some(), "{:?}", agreement[0]);
}

#[test]
fn a_described_group_does_not_split_one_event_in_two() {
    // "senior officials in Belarus" and "Belarus" are both the sanctions' target.
    let x = run(
        "The EU agreed new sanctions on Belarus. The sanctions on senior officials in \
         Belarus were agreed on Thursday.",
        None,
    );
    let sanctions = of_type(&x, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{:?}", x.events);
    // Described agents are compared whole: these are two agreements.
    let x = run(
        "NATO agreed to send more ships. The military alliance of the north agreed to pay.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Agreement).len(), 2, "{:?}", x.events);
}

/// The event types the text makes, one sentence at a time.
fn makes(sentence: &str, ty: EventType) -> bool {
    !of_type(&run(sentence, None), ty).is_empty()
}

#[test]
fn agreeing_to_something_is_a_pact_and_agreeing_with_someone_an_opinion() {
    for s in [
        "The two sides agreed to a ceasefire on Sunday.",
        "The union agreed last week to end the dispute.",
        "The firms agreed a deal with the regulator.",
        "No figure has yet been agreed.",
        "They signed a package of measures agreed with the United States.",
    ] {
        assert!(makes(s, EventType::Agreement), "{s}");
    }
    for s in [
        "I think the committee would agree with me on that.",
        "Mr Okafor agreed.",
        "She agreed that the figures were too high.",
    ] {
        assert!(!makes(s, EventType::Agreement), "{s}");
    }
}

#[test]
fn a_designation_gives_an_official_label() {
    for s in [
        "The US designated the group a terrorist organisation.",
        "Washington formally designated the takeover in Niger as a coup.",
    ] {
        assert!(makes(s, EventType::Designation), "{s}");
    }
    for s in [
        "Critics branded the scheme a waste of money.",
        "The debt was designated as unrecoverable.",
    ] {
        assert!(!makes(s, EventType::Designation), "{s}");
    }
}

#[test]
fn a_sanction_suspends_or_freezes_what_a_state_gives_or_holds() {
    for s in [
        "The EU has frozen the assets of the ministers.",
        "The World Bank suspended aid to Niger.",
        "ECOWAS suspended Mali from the bloc.",
    ] {
        assert!(makes(s, EventType::Sanction), "{s}");
    }
    for s in [
        "The plan was frozen in aspic.",
        "The company suspended its plan to cut staff.",
        "The firms suspended sales of the drug.",
    ] {
        assert!(!makes(s, EventType::Sanction), "{s}");
    }
}

#[test]
fn a_firm_suspending_what_it_runs_imposes_no_sanction() {
    // Flights are a thing a state may suspend against another; an airline that suspends
    // its own imposes nothing on anyone, whether named or taken up by "it".
    let text = "Airline halts routes\n\nBritish Airways suspended its flights to Bahrain for \
                three weeks in 2003. The airline said demand was low. It suspended flights to \
                Oman too. Russia suspended flights to Georgia in October.";
    let x = run(text, None);
    let sanctions = of_type(&x, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, sanctions[0]), ["Russia"]);
}

#[test]
fn a_vote_in_a_chamber_is_no_election() {
    assert!(makes(
        "Voters in Ghana voted in the election on Sunday.",
        EventType::Election
    ));
    for s in [
        "The peers voted by 229 to 206 to keep the clause.",
        "Labour MPs voted against the legislation.",
        // A thing voted for or against, no one elected.
        "The Tories say they will vote against it unless changes are made.",
        "The reform needs enough supporters willing to vote for it.",
        // A member's vote against the government's measure.
        "Neutral headline here\n\nJane Hollis, whose husband was killed in Chile, confirmed \
         she would vote against the government.",
    ] {
        assert!(!makes(s, EventType::Election), "{s}");
    }
    // People and parties are voted for as "them".
    assert!(makes(
        "The Greens urged people in Leeds to vote for them in the election.",
        EventType::Election
    ));
    // A thing voted for is no one elected; a candidate is.
    assert!(!makes(
        "Neutral headline here\n\nThe posters were taken off the party's website on Monday \
         after supporters voted for their favourite poster.",
        EventType::Election
    ));
    assert!(makes(
        "Neutral headline here\n\nVoters in Ghana voted for the opposition candidate on Sunday.",
        EventType::Election
    ));
}

#[test]
fn training_is_military_training() {
    assert!(makes(
        "Russian instructors trained Malian soldiers near Bamako.",
        EventType::Training
    ));
    assert!(!makes(
        "The lack of training of frontline staff worried the unions.",
        EventType::Training
    ));
}

#[test]
fn a_nominal_event_its_own_phrase_names_as_coming_is_planned() {
    for s in [
        "The coming general election will be fought on the economy.",
        "Analysts said the next election was a year away.",
        "The election expected in May dominated the debate.",
        "He said the poll - expected in June - would be close.",
        "The referendum, due next spring, divides the party.",
    ] {
        let x = run(s, None);
        assert_eq!(statuses(&x, EventType::Election), [Status::Planned], "{s}");
    }
    let x = run("The last election was held in 2001.", None);
    assert_eq!(statuses(&x, EventType::Election), [Status::Completed]);
}

#[test]
fn it_takes_the_subject_of_the_sentence_before() {
    // "It" is the company, the first sentence's subject, not Ghana, named after it.
    let x = run(
        "The mining company pleaded guilty and Ghana dropped the other charges. It agreed \
         to pay a fine of $5m.",
        None,
    );
    let agreement = of_type(&x, EventType::Agreement);
    assert_eq!(agreement.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, agreement[0]), ["mining company"]);
}

#[test]
fn attacking_a_policy_is_criticism() {
    for s in [
        "Rebels attacked the convoy near Gao on Monday.",
        "Gunmen attacked a police station in the north.",
    ] {
        assert!(makes(s, EventType::Attack), "{s}");
    }
    for s in [
        "The former host has attacked UK policy on immigration.",
        "The opposition leader attacked the minister for his remarks.",
    ] {
        assert!(!makes(s, EventType::Attack), "{s}");
    }
}

#[test]
fn a_noun_event_takes_the_tense_of_the_verb_it_is_subject_of() {
    let x = run(
        "Union leaders said meetings of the executive will be held on Wednesday.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
}

#[test]
fn a_negation_of_another_verb_does_not_deny_a_noun_event() {
    // What was not prevented happened.
    let x = run(
        "Opponents say such schemes have not prevented attacks like the Madrid rail bombing.",
        None,
    );
    let attacks = statuses(&x, EventType::Attack);
    assert!(!attacks.is_empty(), "{:?}", x.events);
    assert!(attacks.iter().all(|s| *s != Status::Denied), "{attacks:?}");
    // A negation on the event's own noun still denies it.
    let x = run("There has been no agreement on the budget.", None);
    assert_eq!(statuses(&x, EventType::Agreement), [Status::Denied]);
}

#[test]
fn an_attack_told_of_twice_at_one_place_is_one_event() {
    let x = run(
        "A car bomb attack in Kabul shocked the city. The attack in Kabul was the deadliest \
         this year.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 1, "{:?}", x.events);
}

#[test]
fn a_source_is_the_subject_of_a_participle_or_a_joined_verb() {
    let x = run(
        "The minister criticised the plan, saying troops would be sent to the border.",
        None,
    );
    let d = of_type(&x, EventType::Deployment);
    assert_eq!(d.len(), 1, "{:?}", x.events);
    assert_eq!(
        d[0].attribution.as_ref().map(|a| a.text.as_str()),
        Some("The minister")
    );
    // No source is invented after a verb with none: "to announce the date".
    let x = run(
        "His decision to announce the date while on a visit to China was sensible.",
        None,
    );
    let v = of_type(&x, EventType::Visit);
    assert_eq!(v.len(), 1, "{:?}", x.events);
    assert!(v[0].attribution.is_none(), "{:?}", v[0]);
    assert_eq!(v[0].status, Status::Completed);
}

#[test]
fn a_strike_is_armed_only_with_arms_a_striker_or_a_target() {
    for s in [
        "Air strikes hit the town on Monday.",
        "The army carried out strikes on rebel positions near Goma.",
        "Drone strikes killed two men. The strikes were the first this year.",
    ] {
        assert!(makes(s, EventType::Attack), "{s}");
    }
    for s in [
        "The strike by 400,000 public sector workers closed schools.",
        "Union members voted for the strike last week.",
    ] {
        assert!(!makes(s, EventType::Attack), "{s}");
    }
}

#[test]
fn a_press_conference_is_no_meeting() {
    assert!(!makes(
        "The minister told a press conference in Lagos that the budget was ready.",
        EventType::Meeting
    ));
    assert!(makes(
        "Leaders met at a conference in Addis Ababa.",
        EventType::Meeting
    ));
}

#[test]
fn a_demand_for_workers_is_the_markets() {
    assert!(!makes(
        "The demand for skilled workers rose sharply last year.",
        EventType::Demand
    ));
}

#[test]
fn a_noun_event_takes_the_tense_of_its_relative_clause() {
    let x = run(
        "Union leaders welcomed the talks that will take place this weekend.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
}

#[test]
fn pensioners_who_protest_are_the_protest_agents() {
    let x = run("Pensioners protested outside parliament on Monday.", None);
    let p = of_type(&x, EventType::Protest);
    assert_eq!(p.len(), 1, "{:?}", x.events);
    assert_eq!(agent_labels(&x, p[0]), ["Pensioners"]);
}

#[test]
fn what_a_kind_of_people_does_is_no_event() {
    assert!(!makes(
        "Householders who injure or even kill intruders are unlikely to be prosecuted.",
        EventType::Attack
    ));
    // A known group in a relative clause still acts.
    assert!(makes(
        "The rebels who attacked the convoy near Gao fled north.",
        EventType::Attack
    ));
}

#[test]
fn what_is_to_be_lifted_is_in_force() {
    let x = run("Ministers plan to lift the embargo on Belarus.", None);
    assert_eq!(statuses(&x, EventType::Sanction), [Status::UnderWay]);
    // "End in" is no ending of what follows the preposition.
    let x = run(
        "The drinking sprees ended in knife assaults on Friday.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Attack), [Status::Completed]);
}

#[test]
fn meeting_a_growing_need_is_no_meeting() {
    assert!(!makes(
        "The carmaker will expand its plant to meet growing demand for small cars.",
        EventType::Meeting
    ));
    assert!(makes(
        "The carmaker's chief will meet union leaders on Monday.",
        EventType::Meeting
    ));
}

#[test]
fn a_participle_before_adjectives_and_a_noun_describes_it() {
    assert!(!makes(
        "Their powers would pass to elected regional assemblies.",
        EventType::Election
    ));
    // A present participle's noun is its object.
    assert!(makes(
        "Gunmen were attacking villagers near the border.",
        EventType::Attack
    ));
}

#[test]
fn a_noun_event_takes_the_tense_of_the_verb_past_its_phrases() {
    // The subject's verb stands after a prepositional phrase, or after a reduced relative
    // clause, which only the sentence's tree sees past.
    let x = run(
        "Talks between the two unions and the minister will take place in Leeds.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
    let x = run(
        "Talks aimed at ending the dispute over pay will take place in Leeds.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
    let x = run(
        "Talks between the two unions and the minister took place in Leeds.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Completed]);
}

#[test]
fn a_noun_event_said_to_be_coming_is_planned() {
    let x = run(
        "The general election is widely expected in the spring.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Election), [Status::Planned]);
    let x = run("The referendum is likely to be held in the autumn.", None);
    assert_eq!(statuses(&x, EventType::Election), [Status::Planned]);
    // Not what is said of a past one.
    let x = run("The referendum was said to have been rigged.", None);
    assert_ne!(statuses(&x, EventType::Election), [Status::Planned]);
    // Nor what a word of saying, believing or aiming tells of it or what it is for,
    // unless that is its taking place.
    assert_statuses(
        "The ferry workers' visit is meant to highlight their pay claim.",
        EventType::Visit,
        &[Status::Completed],
    );
    assert_statuses(
        "The talks are thought to be the first since 1999.",
        EventType::Meeting,
        &[Status::Completed],
    );
    assert_statuses(
        "The summit is intended to take place in Oslo.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn a_time_pointing_forward_makes_a_plan() {
    let x = run(
        "Italy will host the summit of the alliance next year.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
    let x = run(
        "The minister attended the summit of the alliance last year.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Completed]);
}

#[test]
fn every_claim_carries_its_cues_and_a_confidence() {
    use newskg_text::extract::Cue;
    let x = run(
        "France withdrew its troops from Mali. The minister said: \"Talks with the junta begin soon.\"",
        None,
    );
    let w = &of_type(&x, EventType::Withdrawal)[0];
    for cue in [
        Cue::Verb,
        Cue::NamedAgent,
        Cue::Mover,
        Cue::CountryInSentence,
    ] {
        assert!(w.cues.contains(&cue), "{cue} missing from {:?}", w.cues);
    }
    assert!(!w.cues.contains(&Cue::Quoted), "{:?}", w.cues);
    let m = &of_type(&x, EventType::Meeting)[0];
    for cue in [Cue::Quoted, Cue::Attributed, Cue::GenericForm] {
        assert!(m.cues.contains(&cue), "{cue} missing from {:?}", m.cues);
    }
    assert!(!m.cues.contains(&Cue::Verb), "{:?}", m.cues);
    for e in &x.events {
        assert!((0.0..=1.0).contains(&e.confidence), "{}", e.confidence);
    }
}

#[test]
fn the_subject_of_a_support_verb_acts_in_its_noun_event() {
    let x = run("Venezuela and China signed an oil deal in Caracas.", None);
    let a = of_type(&x, EventType::Agreement);
    assert_eq!(agent_labels(&x, a[0]), ["Venezuela", "China"]);
    let x = run("The sanctions were imposed by the European Union.", None);
    let s = of_type(&x, EventType::Sanction);
    assert_eq!(agent_labels(&x, s[0]), ["European Union"]);
    // A verb that does not carry the event out gives no agent.
    let x = run("Venezuela criticised the oil deal with China.", None);
    let a = of_type(&x, EventType::Agreement);
    assert!(a.iter().all(|e| e.agents.is_empty()), "{:?}", x.events);
}

#[test]
fn the_author_of_a_document_a_relative_clause_is_on_asks_what_it_asks() {
    assert_one_by(
        "The deal is in line with a 2004 directive from the Bank of England that called for \
         more consolidation.",
        EventType::Demand,
        &["Bank of England"],
    );
    assert_one_by(
        "A ruling by the court called for the firm to be wound up.",
        EventType::Demand,
        &["court"],
    );
}

#[test]
fn the_owner_of_a_decision_or_bid_does_what_its_infinitive_tells() {
    assert_one_by(
        "Shareholders rejected Microsoft's bid to buy the Dutch firm KPN.",
        EventType::Agreement,
        &["Microsoft"],
    );
    let x = run(
        "Lawyers challenged the British government's refusal to order a public inquiry.",
        None,
    );
    let order = of_type(&x, EventType::Demand);
    let order: Vec<_> = order.iter().filter(|e| e.trigger == "order").collect();
    assert_eq!(order.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, order[0]), ["United Kingdom"]);
    // A nationality adjective names the owner; the sentence's subject does not act.
    assert_one_by(
        "Russia welcomed the French decision to withdraw its troops from Ivory Coast.",
        EventType::Withdrawal,
        &["France"],
    );
    // A noun of asking hands its infinitive to another: the asker does not do it.
    let x = run(
        "Syria rejected the UN's call to withdraw its troops from Lebanon.",
        None,
    );
    let w = of_type(&x, EventType::Withdrawal);
    assert!(
        w.iter()
            .all(|e| !agent_labels(&x, e).contains(&"United Nations".to_string())),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn who_owns_the_weapon_that_kills_attacks() {
    assert_one_by(
        "Hamas rockets killed two people in Sderot on Monday.",
        EventType::Attack,
        &["Hamas"],
    );
    assert_one_by(
        "Four men were jailed for planting the IRA bombs which killed seven people.",
        EventType::Attack,
        &["Irish Republican Army"],
    );
    // A weapon nobody is named as owning gives no agent.
    let x = run("A roadside bomb killed three soldiers near Baghdad.", None);
    let a = of_type(&x, EventType::Attack);
    assert!(a.iter().all(|e| e.agents.is_empty()), "{:?}", summary(&x));
}

#[test]
fn what_an_attack_noun_does_as_subject_it_does_as_the_attack() {
    let x = run(
        "The attack by Hamas killed two people in Sderot on Monday.",
        None,
    );
    let a = of_type(&x, EventType::Attack);
    assert_eq!(a.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, a[0]), ["Hamas"]);
    assert!(
        a[0].when.is_some() && !a[0].location.is_empty(),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_name_before_a_common_noun_is_no_member_of_a_list() {
    let x = run(
        "It is a boost for newly re-elected President Vladimir Putin, the Central Election \
         Commission figures show.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let who: Vec<&str> = (e[0].participants.iter())
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert_eq!(who, ["Vladimir Putin"]);
    // A list of names still joins them all.
    let x = run(
        "Voters re-elected Vladimir Putin, Gerhard Schroeder and Tony Blair last year.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    let who: Vec<&str> = (e[0].participants.iter())
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert!(
        who.contains(&"Tony Blair") && who.contains(&"Gerhard Schroeder"),
        "{who:?}"
    );
}

#[test]
fn who_lands_or_secures_a_deal_makes_it() {
    assert_one_by(
        "General Motors secured a rescue deal with its banks in March.",
        EventType::Agreement,
        &["General Motors"],
    );
    assert_one_by(
        "General Motors sold fewer cars last year, though it hopes to land a deal with Microsoft.",
        EventType::Agreement,
        &["General Motors"],
    );
}

#[test]
fn a_negation_inside_a_condition_is_only_supposed() {
    assert_statuses(
        "General Motors said it would collapse if it did not sign a rescue deal with its banks \
         by March.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    // A negated clause that rests on a condition still denies.
    assert_statuses(
        "General Motors will not sign the deal if the banks object.",
        EventType::Agreement,
        &[Status::Denied],
    );
}

#[test]
fn an_it_that_holds_the_place_of_a_clause_refers_to_nothing() {
    let x = run(
        "The EU wants Serbia to hand over suspects. It was agreed the matter can be settled \
         at a later date.",
        None,
    );
    let a = of_type(&x, EventType::Agreement);
    assert_eq!(a.len(), 1, "{:?}", summary(&x));
    assert!(
        a[0].participants.is_empty() && a[0].agents.is_empty(),
        "{:?}",
        a[0]
    );
    // Before an infinitive "it" may be a body.
    assert_one_by(
        "General Motors is in trouble. It is ready to sign a deal with Fiat.",
        EventType::Agreement,
        &["General Motors"],
    );
}

#[test]
fn who_tells_a_gathering_something_speaks_at_it() {
    // The speaker takes part; who holds the gathering is not told.
    for (text, speaker) in [
        (
            "Tony Blair told an investors' conference in Leeds that 500 jobs would go.",
            "Tony Blair",
        ),
        (
            "Gordon Brown told the summit in Paris on Monday that debt relief was needed.",
            "Gordon Brown",
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Meeting);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(e[0].agents.is_empty(), "{text}: {:?}", summary(&x));
        assert_eq!(labels_of(&x, &e[0].participants), [speaker], "{text}");
    }
}

#[test]
fn both_sides_are_the_last_two_parties_of_one_kind() {
    let x = run(
        "India and Pakistan held talks in Islamabad. Both sides agreed to begin talks on \
         nuclear risks.",
        None,
    );
    let m = of_type(&x, EventType::Meeting);
    let later: Vec<_> = m.iter().filter(|e| e.sentence == 1).collect();
    assert_eq!(later.len(), 1, "{:?}", summary(&x));
    let mut who = agent_labels(&x, later[0]);
    who.sort();
    assert_eq!(who, ["India", "Pakistan"]);
    // With nobody told of before, "sides" name no group of their own.
    let x = run("Both sides hope to reach a deal over state aid.", None);
    assert!(
        x.events.iter().all(|e| e.agents.is_empty()),
        "{:?}",
        summary(&x)
    );
    assert!(x.actors.iter().all(|a| !a.label.contains("sides")));
}

#[test]
fn names_given_as_examples_of_bodies_are_bodies() {
    let x = run(
        "Car jobs\n\nMajor companies including Volkswagen, Daimler and Wexford have held \
         talks with unions about jobs. Publishers like Electronic Arts are also cutting jobs.",
        None,
    );
    let orgs: Vec<&str> = (x.actors.iter())
        .filter(|a| a.kind == Kind::Organization)
        .map(|a| a.label.as_str())
        .collect();
    assert!(orgs.contains(&"Volkswagen"), "{orgs:?}");
    assert!(orgs.contains(&"Daimler"), "{orgs:?}");
    // A word of a longer name is not a name alone.
    assert!(!orgs.contains(&"Electronic"), "{orgs:?}");
}

#[test]
fn a_state_and_a_bloc_of_states_are_two_sides() {
    let x = run(
        "Trade row\n\nThe US and the EU met in Geneva on Monday. The two sides agreed to \
         reopen talks on aircraft subsidies.",
        None,
    );
    let later: Vec<_> = (x.events.iter())
        .filter(|e| e.sentence == 2 && e.event_type == EventType::Agreement)
        .collect();
    assert_eq!(later.len(), 1, "{:?}", summary(&x));
    let mut who = agent_labels(&x, later[0]);
    who.sort();
    assert_eq!(who, ["European Union", "United States"]);
}

#[test]
fn a_speech_verb_inside_a_quotation_reports_only_what_is_quoted() {
    let x = run(
        "\"We say it was stolen, and we will return it,\" Mr Yushchenko told an investors' \
         conference in Kiev.",
        None,
    );
    let m = of_type(&x, EventType::Meeting);
    assert_eq!(m.len(), 1, "{:?}", summary(&x));
    assert!(m[0].attribution.is_none(), "{:?}", m[0].attribution);
    // A sentence that opens inside a quotation begun before it: the speech verb after
    // the closing mark stands outside and reports it.
    let x = run(
        "\"The economy is strong. Rates will rise at upcoming meetings,\" Tony Blair told \
         Reuters.",
        None,
    );
    let m = of_type(&x, EventType::Meeting);
    assert_eq!(m.len(), 1, "{:?}", summary(&x));
    let said = m[0].attribution.as_ref().map(|a| a.text.as_str());
    assert_eq!(said, Some("Tony Blair"));
}

#[test]
fn who_puts_a_protest_on_record_makes_it() {
    for (text, agent) in [
        (
            "The Thai government lodged a protest about the dams.",
            "Thailand",
        ),
        (
            "Britain registered a protest over the arrests.",
            "United Kingdom",
        ),
    ] {
        assert_one_by(text, EventType::Protest, &[agent]);
    }
}

#[test]
fn demonstrating_something_is_no_protest() {
    assert!(makes(
        "Thousands demonstrated in Tbilisi against the result.",
        EventType::Protest
    ));
    assert!(!makes(
        "The audit amply demonstrates the failure of the scheme.",
        EventType::Protest
    ));
    assert!(!makes(
        "Applicants must demonstrate they can support themselves.",
        EventType::Protest
    ));
    assert!(!makes(
        "No exemption is allowed unless it can be demonstrated to be safe.",
        EventType::Protest
    ));
}

#[test]
fn a_disease_or_a_disaster_that_kills_makes_no_attack() {
    assert!(!makes(
        "The floods killed forty people in the valley.",
        EventType::Attack
    ));
    assert!(!makes(
        "Hundreds of children were killed by malaria last year.",
        EventType::Attack
    ));
    assert!(makes(
        "Rebels killed forty people in the valley.",
        EventType::Attack
    ));
    // The passive with no one who killed, in a sentence of a natural cause and no arms.
    assert!(!makes(
        "More than 300 people have been killed following the floods in the north.",
        EventType::Attack
    ));
    assert!(makes(
        "Three soldiers were killed when rebels opened fire near the border.",
        EventType::Attack
    ));
}

#[test]
fn a_great_deal_is_an_amount() {
    assert!(!makes(
        "Prices have not moved a great deal since March.",
        EventType::Agreement
    ));
    assert!(makes(
        "The two firms signed a deal worth £3m in March.",
        EventType::Agreement
    ));
}

#[test]
fn a_possible_event_is_hypothetical() {
    let x = run("Police warned of a possible attack on the airport.", None);
    assert_eq!(statuses(&x, EventType::Attack), [Status::Hypothetical]);
}

#[test]
fn what_one_can_do_is_only_possible() {
    // "can" tells what is allowed or possible, not what was done.
    for text in [
        "Shareholders can ask for a new vote at the annual meeting.",
        "Under the new rules, tenants can now demand repairs from their landlords.",
    ] {
        assert_statuses(text, EventType::Demand, &[Status::Hypothetical]);
    }
    assert_statuses(
        "Shareholders asked for a new vote at the annual meeting.",
        EventType::Demand,
        &[Status::Completed],
    );
}

#[test]
fn a_time_in_a_clause_below_dates_that_clause() {
    // The year is the stealing's, not the jailing's.
    let x = run("Kemal Arda was jailed for stealing a car in 2001.", None);
    let jailed = &of_type(&x, EventType::Sanction)[0];
    assert!(jailed.when.is_none(), "{:?}", jailed.when);
    // The day is the announcement's; the meeting came before it.
    let x = run(
        "The minister announced the new tariffs on Thursday following a cabinet meeting.",
        None,
    );
    let meeting = &of_type(&x, EventType::Meeting)[0];
    assert!(meeting.when.is_none(), "{:?}", meeting.when);
    // A clause on the event's noun, the infinitive of what the event is the subject of,
    // and a clause of the same time date the event itself.
    for (text, ty, when) in [
        (
            "A meeting of the council is due to be held next week to choose a new leader.",
            EventType::Meeting,
            "next week",
        ),
        (
            "The general election, which is likely to take place in May, will be close.",
            EventType::Election,
            "May",
        ),
        (
            "Farmers will protest outside the ministry when the new law is debated on Sunday.",
            EventType::Protest,
            "Sunday",
        ),
        (
            "Dock workers will meet to discuss the offer on Friday.",
            EventType::Meeting,
            "Friday",
        ),
    ] {
        let x = run(text, None);
        let e = &of_type(&x, ty)[0];
        assert_eq!(
            e.when.as_ref().map(|w| w.text.as_str()),
            Some(when),
            "{text}"
        );
    }
}

#[test]
fn a_base_form_hung_before_the_subject_with_nothing_of_a_verb_is_a_noun() {
    // The tagger reads "host" and "demand" as verbs; the tree hangs them as bare adverbial
    // clauses, with no "to", subject or object: they are a title and the market's demand.
    assert_makes(
        "Meeting",
        false,
        &["Ex-chatshow host Peter Lane has attacked UK policy on taxes."],
    );
    assert_makes(
        "Demand",
        false,
        &["Meanwhile, demand for defibrillators, which give the heart a small shock, is expected to increase, analysts said."],
    );
}

#[test]
fn who_a_relative_clause_says_signed_the_event_makes_it() {
    for (text, ty, agent) in [
        (
            "It would be the first deal that Chile has signed with a foreign mining firm.",
            EventType::Agreement,
            "Chile",
        ),
        (
            "The talks which Germany held with Iran ended in failure.",
            EventType::Meeting,
            "Germany",
        ),
    ] {
        assert_one_by(text, ty, &[agent]);
    }
    // The relative clause's subject is the deal itself: what it gave goes to no party.
    assert_one_by(
        "The deal that gave Chile the mines was criticised.",
        EventType::Agreement,
        &[],
    );
}

#[test]
fn meeting_part_of_the_demands_is_no_meeting() {
    assert!(!makes(
        "The company said it had met most of the regulator's demands.",
        EventType::Meeting
    ));
}

#[test]
fn whom_one_meets_takes_part_and_a_list_is_followed() {
    let x = run(
        "The premier met Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder in Rome.",
        None,
    );
    let m = &of_type(&x, EventType::Meeting)[0];
    let names: Vec<&str> = m
        .participants
        .iter()
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert!(
        names.contains(&"Silvio Berlusconi") && names.contains(&"Gerhard Schroeder"),
        "{names:?}"
    );
    assert!(m.affected.is_empty(), "{:?}", m.affected);
    // What is attacked keeps being affected, every one of a list.
    let x = run("Rebels attacked the army and the police in Gao.", None);
    let a = &of_type(&x, EventType::Attack)[0];
    assert!(a.participants.is_empty(), "{:?}", a.participants);
}

#[test]
fn a_party_named_in_the_singular_is_the_party() {
    // "vote Liberal Democrat", "a Liberal Democrat councillor": the party's singular form
    // names the party, so the vote is the election told before.
    let x = run(
        "The Liberal Democrats hope to win Hornsey at the next general election. \
         \"The tactic is to vote Liberal Democrat,\" a Liberal Democrat councillor said.",
        None,
    );
    let ids: Vec<String> = x.actors.iter().map(|a| a.id.to_string()).collect();
    assert!(ids.iter().any(|i| i == "Q9624"), "{ids:?}");
    assert!(
        !ids.iter().any(|i| i.contains("liberal-democrat")),
        "{ids:?}"
    );
}

#[test]
fn a_countrys_possessive_before_a_body_names_its_home() {
    // "Japan's Nippon Steel": the body is at home in Japan, however the article names it
    // later.
    let x = run(
        "Japan's Nippon Steel agreed to buy a stake in the Brazilian mill.",
        None,
    );
    let firm = x.actors.iter().find(|a| a.label == "Nippon Steel");
    assert_eq!(
        firm.and_then(|a| a.country.as_deref()),
        Some("Q17"),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_state_party_to_a_deal_stands_for_a_body_at_home_in_it() {
    // "a supply deal with China", then "the deal between Rosneft and CNPC", CNPC being
    // China's: one deal.
    let x = run(
        "State oil firm Rosneft has signed a supply deal with China, officials said. The deal \
         sees Rosneft receive credits from China's CNPC. The deal between Rosneft and CNPC has \
         been welcomed by analysts.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Agreement).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_state_holds_an_election_and_parties_take_part() {
    let x = run("Iraq will hold elections in January.", None);
    let e = &of_type(&x, EventType::Election)[0];
    assert_eq!(agent_labels(&x, e), ["Iraq"]);
    // The party stands in it; the state it is held in holds it.
    let x = run("The Labour Party was elected in 1997.", None);
    let e = &of_type(&x, EventType::Election)[0];
    assert_eq!(agent_labels(&x, e), ["United Kingdom"]);
    let names: Vec<&str> = e
        .participants
        .iter()
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert_eq!(names, ["Labour Party"]);
    // Voters hold nothing, and are no side of it either (candidates and parties are).
    let x = run("Pensioners voted in large numbers in Leeds.", None);
    let e = &of_type(&x, EventType::Election)[0];
    assert_eq!(agent_labels(&x, e), ["United Kingdom"]);
    assert!(e.participants.is_empty(), "{:?}", e.participants);
}

#[test]
fn attacking_words_or_judging_something_is_no_attack() {
    assert!(!makes(
        "The opposition leader attacked the government's pledges as empty.",
        EventType::Attack
    ));
    assert!(!makes(
        "She accused ministers of attacking the lies they had told.",
        EventType::Attack
    ));
    assert!(makes(
        "Gunmen attacked the police station as night fell.",
        EventType::Attack
    ));
}

#[test]
fn an_events_noun_after_a_title_names_nobody() {
    let x = run(
        "Fraud case\n\nThe judge said the case could have serious consequences for any \
         forthcoming General Election.",
        None,
    );
    assert!(
        x.actors.iter().all(|a| a.label != "Election"),
        "{:?}",
        x.actors.iter().map(|a| &a.label).collect::<Vec<_>>()
    );
    // A name after the title still names its holder.
    let x = run(
        "Army chief\n\nGeneral Okafor said the troops would stay.",
        None,
    );
    assert!(x.actors.iter().any(|a| a.label == "Okafor"));
}

#[test]
fn who_acts_after_or_before_a_visit_made_it() {
    for text in [
        "Diary\n\nMr Okafor spoke to reporters after a visit to Kenya.",
        "Diary\n\nPolice are searching for Mr Okafor, who failed to return after a trip to \
         Leeds on Monday.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Visit);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(agent_labels(&x, e[0]), ["Okafor"], "{text}");
    }
    // A visit's own "by" phrase says who made it.
    let x = run("Diary\n\nShares rose after a visit by Mr Okafor.", None);
    let e = of_type(&x, EventType::Visit);
    assert_eq!(agent_labels(&x, e[0]), ["Okafor"]);
}

#[test]
fn he_who_says_after_a_comma_is_none_his_report_names() {
    for text in [
        "Party news\n\nMr Adeyemi spoke in Lagos on Monday. This is the record Mr Okafor \
         will have to defend at the election, he said.",
        "Party news\n\nMr Adeyemi spoke in Lagos on Monday. Mr Okafor has failed, he said, \
         urging voters to hold a protest.",
    ] {
        let x = run(text, None);
        assert!(!x.events.is_empty(), "{text}");
        for e in &x.events {
            let a = e.attribution.as_ref().and_then(|a| a.actor);
            let label = a.map(|a| x.actors[a].label.as_str());
            assert_eq!(label, Some("Adeyemi"), "{text}: {:?}", summary(&x));
        }
    }
}

#[test]
fn a_state_owning_a_named_firm_says_whose_it_is_not_where() {
    let x = run(
        "Car news\n\nJapan's Toyota signed a supply deal with a Thai firm on Monday.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Agreement),
        [Vec::<String>::new()]
    );
    // Its office holders are its own.
    let x = run(
        "Car news\n\nMr Okafor met Brazil's President Lula on Monday.",
        None,
    );
    assert_eq!(countries_of_each(&x, EventType::Meeting), [["Q155"]]);
}

#[test]
fn a_deal_one_leaves_or_ends_is_in_force() {
    for text in [
        "Drug news\n\nA partner was set to pull out of a deal with the firm.",
        "Drug news\n\nThe firm will quit its agreement with Vodafone.",
        "Drug news\n\nThe US may withdraw from the treaty.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::UnderWay]);
    }
}

#[test]
fn the_agreement_of_one_side_is_consent_no_deal() {
    for text in [
        "Pub news\n\nPubs may open late only with the agreement of the local licensing \
         authority.",
        "Pub news\n\nThe plan went ahead without the agreement of the unions.",
    ] {
        assert!(!makes(text, EventType::Agreement), "{text}");
    }
    assert!(makes(
        "Pub news\n\nThe firm signed a deal with the government of Peru.",
        EventType::Agreement
    ));
}

#[test]
fn things_that_meet_by_joining_hold_no_meeting() {
    assert!(!makes(
        "Many families in the town struggle to make ends meet.",
        EventType::Meeting
    ));
    assert!(!makes(
        "The two roads meet near the border.",
        EventType::Meeting
    ));
    assert!(makes(
        "He made the two sides meet in Geneva.",
        EventType::Meeting
    ));
}

#[test]
fn a_goal_that_is_met_in_the_passive_is_no_meeting() {
    assert!(!makes(
        "Strict conditions on pollution still had to be met before the plant opened.",
        EventType::Meeting
    ));
    assert!(makes(
        "The two ministers were met by the ambassador at the airport.",
        EventType::Meeting
    ));
}

#[test]
fn a_verb_takes_its_subject_from_the_sentence_tree() {
    // Subjects joined by a list all act.
    let x = run("Ethiopia and Eritrea agreed to reopen the border.", None);
    let a = of_type(&x, EventType::Agreement);
    assert_eq!(agent_labels(&x, a[0]), ["Ethiopia", "Eritrea"]);
    // The one asked or ordered is who is to leave, not who asks.
    let x = run(
        "Mali asked Denmark to withdraw its special forces at once.",
        None,
    );
    let w = &of_type(&x, EventType::Withdrawal)[0];
    assert_eq!(agent_labels(&x, w), ["Denmark"]);
    // A subject that names nobody the extractor tracks gives no agent, rather than the
    // nearest name on the left.
    let x = run(
        "Officials in Paris said a mortar bomb struck the base near Goma.",
        None,
    );
    assert!(
        of_type(&x, EventType::Attack)
            .iter()
            .all(|e| e.agents.is_empty()),
        "{:?}",
        x.events
    );
    // The noun a relative clause hangs on is the subject of its verb.
    let x = run(
        "Ahmed Bello, who had seized power in a coup in 1994, fled into exile.",
        None,
    );
    let c = &of_type(&x, EventType::Coup)[0];
    assert_eq!(agent_labels(&x, c), ["Ahmed Bello"]);
}

#[test]
fn a_definite_title_means_the_person_named_with_it_before() {
    let x = run(
        "President Ahmed Bello of Nigeria arrived in London on Monday. \
         On Tuesday the Nigerian president met Prime Minister Jane Moss.",
        None,
    );
    let m = &of_type(&x, EventType::Meeting)[0];
    assert_eq!(agent_labels(&x, m), ["Ahmed Bello"]);
    // A party's name makes a title of a word that alone names no single office.
    let x = run(
        "Tory leader Ann Marsh spoke in Leeds on Monday. The Tory leader called for lower \
         taxes. The Labour leader called for higher pay.",
        None,
    );
    let calls = of_type(&x, EventType::Demand);
    assert_eq!(calls.len(), 2, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, calls[0]), ["Ann Marsh"]);
    assert!(calls[1].agents.is_empty(), "{:?}", summary(&x));
    // A church's titles are titles too.
    assert_one_by(
        "Cardinal Rafael Ortiz spoke on the radio. The cardinal used his Easter message to \
         call for peace talks.",
        EventType::Demand,
        &["Rafael Ortiz"],
    );
    // Another office, a plural or a title that names no single office means nobody named.
    let x = run(
        "Deputy Mayor Ann Cole spoke first. Later the mayor met the unions.",
        None,
    );
    let m = &of_type(&x, EventType::Meeting)[0];
    assert!(m.agents.iter().all(|&a| x.actors[a].label != "Ann Cole"));
    // "Prince Charles" is no short form of another Charles the article names in full.
    let x = run(
        "Charles Kennedy spoke in Leeds. Prince Charles visited Wales on Friday.",
        None,
    );
    let prince = x
        .mentions
        .iter()
        .find(|m| m.text.contains("Prince"))
        .unwrap();
    assert_eq!(x.actors[prince.actor].label, "Charles", "{:?}", x.mentions);
}

#[test]
fn a_name_in_apposition_is_the_one_subject() {
    let x = run(
        "The foreign secretary, Sir Alan Budd, agreed to sign the treaty with Norway.",
        None,
    );
    let a = &of_type(&x, EventType::Agreement)[0];
    assert_eq!(agent_labels(&x, a), ["Alan Budd"]);
}

#[test]
fn firing_is_shooting_only_at_something_with_a_weapon_or_by_armed_men() {
    assert!(makes(
        "Soldiers fired on the crowd in Conakry.",
        EventType::Attack
    ));
    assert!(makes(
        "Police fired tear gas at protesters in Nairobi.",
        EventType::Attack
    ));
    assert!(!makes(
        "The club fired its manager after the defeat in Leeds.",
        EventType::Attack
    ));
    assert!(!makes(
        "Activists were fired up by the speech in Cardiff.",
        EventType::Attack
    ));
    assert!(!makes(
        "Firms want freedom to hire and fire workers in France.",
        EventType::Attack
    ));
}

#[test]
fn agreeing_a_clause_without_that_is_a_view() {
    assert!(!makes(
        "The minister agreed the old law was unfair to women.",
        EventType::Agreement
    ));
    assert!(makes(
        "The two firms agreed a merger in Madrid last week.",
        EventType::Agreement
    ));
}

#[test]
fn the_name_of_a_standing_pact_tells_of_no_agreeing_unless_concluded() {
    assert!(!makes(
        "Exporters in Dhaka fear the end of the Multi-Fibre Agreement next year.",
        EventType::Agreement
    ));
    assert!(makes(
        "Britain and Ireland signed the Anglo-Irish Agreement in 1985.",
        EventType::Agreement
    ));
}

#[test]
fn a_perfect_infinitive_is_done_and_a_phrase_makes_one_event() {
    let x = run(
        "The exchange's chief is reported to have held private talks with Clara Furse.",
        None,
    );
    let m = of_type(&x, EventType::Meeting);
    assert_eq!(m.len(), 1, "{:?}", x.events);
    assert_eq!(m[0].status, Status::Completed);
    let x = run(
        "The bank is to hold talks with its creditors in Zurich.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
}

#[test]
fn a_vote_in_a_chamber_or_on_a_bill_is_no_election() {
    for s in [
        "MPs rejected the plans in a Commons vote on Tuesday.",
        "Shareholders backed the move in a shareholder vote in Paris.",
        "The union threatened a strike ballot over the job cuts.",
        "Peers will hold a vote on the bill in March.",
    ] {
        assert!(!makes(s, EventType::Election), "{s}");
    }
    assert!(makes(
        "Ukraine's presidential vote was held in December.",
        EventType::Election
    ));
}

#[test]
fn sanctioning_an_action_is_authorising_it() {
    assert!(!makes(
        "A new UN resolution sanctioning military action was not needed, he said.",
        EventType::Sanction
    ));
    assert!(makes(
        "Washington sanctioned Iran over its nuclear programme.",
        EventType::Sanction
    ));
    assert!(makes(
        "Zimbabwe was suspended from the Commonwealth in 2002.",
        EventType::Sanction
    ));
}

#[test]
fn a_suspended_player_is_no_sanction() {
    assert!(!makes(
        "Striker John Okafor was suspended for two matches by the league.",
        EventType::Sanction
    ));
}

/// The source text of the first event of type `ty`.
fn source_of(x: &Extraction, ty: EventType) -> Option<String> {
    let e = of_type(x, ty);
    assert!(!e.is_empty(), "no {ty:?} in {:?}", x.events);
    e[0].attribution.as_ref().map(|a| a.text.clone())
}

#[test]
fn a_source_is_the_subject_of_its_speech_verb_not_a_word_beside_it() {
    // A relative clause closed by a comma before the verb: the subject, not the object
    // after it read as an inverted subject.
    let x = run(
        "The ministry, which was founded in 1990, recently announced that French troops would leave Mali.",
        None,
    );
    assert_eq!(
        source_of(&x, EventType::Withdrawal).as_deref(),
        Some("The ministry")
    );
    // A participle's time phrase before the verb: the document, not the weekday.
    let x = run(
        "A report published on Tuesday said Belgian soldiers had withdrawn from the border.",
        None,
    );
    assert_eq!(
        source_of(&x, EventType::Withdrawal).as_deref(),
        Some("A report")
    );
    // A spokesman for a body is the whole phrase.
    let x = run(
        "A spokesman for the alliance said Dutch troops had arrived in Kabul.",
        None,
    );
    assert_eq!(
        source_of(&x, EventType::Arrival).as_deref(),
        Some("A spokesman for the alliance")
    );
}

#[test]
fn a_passive_speech_verb_or_a_subject_that_cannot_speak_gives_no_source() {
    for s in [
        "Italian troops will leave Herat next year, it has been announced.",
        "The general is reported to have held talks with President Kabila in Goma.",
        "The day after the coup saw soldiers arrive in the capital, and the week said little.",
    ] {
        let x = run(s, None);
        assert!(!x.events.is_empty(), "no event in {s:?}");
        for e in &x.events {
            assert!(e.attribution.is_none(), "{s:?}: {:?}", e.attribution);
        }
    }
}

#[test]
fn meeting_a_rule_a_target_or_a_reception_is_no_meeting_but_meeting_people_is() {
    for s in [
        "If the economic cycle ends in March, the fiscal rule will not be met.",
        "The council must cut its debt by a tenth each year, a target its leader says it has now met for this year.",
        "The minister's reforms have met with disapproval from teachers.",
        "The firm said its results would meet analysts' profit estimates.",
    ] {
        let x = run(s, None);
        assert!(of_type(&x, EventType::Meeting).is_empty(), "{s:?}: {:?}", x.events);
    }
    for s in [
        "The French general met the rebel leaders in Goma on Monday.",
        "The minister met officials in Kabul.",
    ] {
        let x = run(s, None);
        assert_eq!(
            of_type(&x, EventType::Meeting).len(),
            1,
            "{s:?}: {:?}",
            x.events
        );
    }
}

#[test]
fn a_speech_clause_reports_what_follows_it_or_what_a_comma_sets_before_it() {
    // A clause joined by "and" before the speech verb is the subject's own act.
    let x = run(
        "Hungary withdrew its troops from Kosovo and has said it wants talks with Serbia.",
        None,
    );
    assert_eq!(source_of(&x, EventType::Withdrawal), None);
    assert_eq!(
        source_of(&x, EventType::Meeting).as_deref(),
        Some("Hungary")
    );
    // Set off by a comma, what comes before is reported.
    let x = run(
        "Polish troops will leave Iraq next year, the defence minister said.",
        None,
    );
    assert_eq!(
        source_of(&x, EventType::Withdrawal).as_deref(),
        Some("the defence minister")
    );
}

/// The countries' QIDs of each event of type `ty`, in order.
fn countries_of_each(x: &Extraction, ty: EventType) -> Vec<Vec<String>> {
    (of_type(x, ty).iter())
        .map(|e| {
            e.countries
                .iter()
                .map(|&a| x.actors[a].id.to_string())
                .collect()
        })
        .collect()
}

/// The countries' QIDs of the first event of type `ty`.
fn countries_of(x: &Extraction, ty: EventType) -> Vec<String> {
    let each = countries_of_each(x, ty);
    each.into_iter().next().expect("an event of the type")
}

#[test]
fn a_state_body_named_for_its_seat_places_what_happens_there() {
    // Downing Street and the White House are government agencies at home in the United
    // Kingdom (Q145) and the United States (Q30): before an event noun or after "at" they
    // say where it takes place, over Brussels (Q240, Belgium Q31) named later.
    let x = run(
        "Leaders meet\n\nThe Downing Street talks covered a range of topics ahead of a \
         summit in Brussels. Officials at the White House held talks on Iran's nuclear plans.",
        None,
    );
    let meetings = countries_of_each(&x, EventType::Meeting);
    assert!(
        meetings.contains(&vec!["Q145".to_string()]),
        "{:?}",
        summary(&x)
    );
    assert!(
        meetings.contains(&vec!["Q30".to_string()]),
        "{:?}",
        summary(&x)
    );
    assert!(
        meetings.contains(&vec!["Q31".to_string()]),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn the_embargo_named_again_takes_no_place_from_the_clauses_it_is_named_in() {
    // "the same embargo", "the embargo" name the one imposed on Sudan (Q1049): Zimbabwe
    // (Q954) is compared, France (Q142) places the refusals, Italy (Q38) calls for the end.
    let x = run(
        "EU arms ban\n\nThe European Union imposed an arms embargo on Sudan in 1994. The minister \
         said it was wrong to keep Sudan under the same embargo as countries such as Zimbabwe. \
         In France, few licences were refused under the embargo. Italy has called for the \
         embargo to be lifted.",
        None,
    );
    assert_eq!(countries_of_each(&x, EventType::Sanction), [["Q1049"]]);
}

#[test]
fn an_attack_named_by_its_day_takes_no_country_from_the_article() {
    let x = run(
        "Insurance claims\n\nFloods in Germany cost insurers $2bn last year. The damages \
         eclipsed previous years, including 2001 when the 11 September attacks pushed claims \
         up to $37bn.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Attack),
        [Vec::<String>::new()]
    );
    // So with a word between the day and the noun.
    let x = run(
        "Airline profits\n\nFloods in Germany cost insurers $2bn last year. Demand for flights \
         dipped after the 11 September terrorist attacks.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Attack),
        [Vec::<String>::new()]
    );
    // Nor from a place its sentence names for something else.
    let x = run(
        "Vaccine deal\n\nHis firm won contracts to provide vaccine to the British government \
         after the 11 September terror attacks.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Attack),
        [Vec::<String>::new()]
    );
    // A weekday names no attack known by it: the scene set before still places it.
    let x = run(
        "Kabul blast\n\nViolence in Afghanistan has grown. Police said Tuesday's attack killed \
         four guards.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Attack), ["Q889"]);
}

#[test]
fn a_verbs_own_subject_gives_it_no_status() {
    // "plan" is a word of planning, but here it is what was agreed.
    for text in [
        "Trade bid\n\nThe plan was agreed in 1998.",
        "Peace bid\n\nThe peace plan was finally agreed by both sides in Oslo.",
    ] {
        let x = run(text, None);
        assert_eq!(
            statuses(&x, EventType::Agreement),
            [Status::Completed],
            "{text}"
        );
    }
}

#[test]
fn a_clause_of_time_on_an_adverb_takes_the_time_of_the_verb_above() {
    // "as soon as" hangs its clause on "soon", which hangs on "resign".
    let x = run(
        "Board row\n\nMr Dahl will resign as soon as the board asks him to go.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Demand), [Status::Planned]);
}

#[test]
fn a_noun_in_a_present_clause_of_time_takes_the_time_of_the_clause_above() {
    let x = run(
        "Trade bid\n\nThe minister will raise it when she attends the summit in Lisbon.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
}

#[test]
fn a_nouns_infinitive_of_purpose_gives_it_no_time() {
    // "to help" tells what the deal is for; the body then tells the deal once.
    let x = run(
        "Ferry deal to help island trade\n\nThe deal, signed by Norway and Iceland on \
         Monday, cuts fares by half.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Agreement), [Status::Completed]);
    // An infinitive that tells the event takes place still puts it ahead.
    let x = run("Talks to resume in Geneva\n\nOfficials met in Paris.", None);
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks[0].status, Status::Planned, "{:?}", summary(&x));
}

#[test]
fn a_gerunds_subject_left_in_the_of_phrase_before_it_acts() {
    // The parser makes "the Labour Party" the noun of "of"; it wins the election, which it
    // stands in where it is at home, not in the scene told before.
    let x = run(
        "Party plan\n\nA referendum would be held in Scotland on the plan. The changes would \
         come within a year of the Labour Party winning a general election.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    let general = e
        .iter()
        .find(|e| e.trigger == "election")
        .expect("the election");
    assert_eq!(
        labels(&x, &general.participants),
        ["Labour Party"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_headlines_support_verb_without_be_tells_the_present() {
    // "Talks held" is "talks are held": the body says they are still to come, and tells
    // the one event.
    let x = run(
        "Talks held on island's future\n\nTalks on the future of the island begin in Oslo \
         later on Wednesday.",
        None,
    );
    assert_eq!(
        statuses(&x, EventType::Meeting),
        [Status::Planned],
        "{:?}",
        summary(&x)
    );
    // Told only there, it is done.
    let x = run(
        "Peace deal signed in Oslo\n\nThe two sides shook hands at the ceremony.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Agreement), [Status::Completed]);
}

#[test]
fn who_is_locked_in_talks_holds_them_and_a_body_of_another_phrase_does_not() {
    // A passive's subject is in the talks; the G8 is the ministers', not the talks'.
    let x = run(
        "Debt relief\n\nMs Lund has been locked in talks with finance ministers of the G8.",
        None,
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(agent_labels(&x, talks[0]), ["Lund"], "{:?}", summary(&x));
    let x = run(
        "Pay row\n\nThe union is engaged in talks with the airline.",
        None,
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(agent_labels(&x, talks[0]), ["union"], "{:?}", summary(&x));
    // The body a gathering is of, even through the phrase's noun, holds it.
    let x = run(
        "Euro row\n\nThe pact will be discussed at a meeting of the finance ministers of the \
         European Union.",
        None,
    );
    let m = of_type(&x, EventType::Meeting);
    assert!(
        agent_labels(&x, m[0]).contains(&"European Union".to_string()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn who_attends_a_meeting_does_not_place_it() {
    // Brazil (Q155) comes to the summit; the next sentence places it in Geneva (Q39).
    let x = run(
        "Tariff talks\n\nBrazil, which attends the trade summit on Friday, wants lower \
         tariffs. The summit opens in Geneva.",
        None,
    );
    assert_eq!(countries_of_each(&x, EventType::Meeting), [["Q39"]]);
}

#[test]
fn a_place_named_in_another_clause_is_no_place_of_the_event() {
    // Kenya (Q114) is what the troops left, in a clause joined to the meeting's, not a
    // clause that governs it; the meeting takes the scene set before, Chad (Q657).
    let x = run(
        "The president spoke in Chad on Monday. Troops left Kenya and the minister chaired a meeting of the commission.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Meeting), ["Q657"]);
    // A place phrase of the meeting's own clause, or of its own noun phrase, is its place.
    for s in [
        "Chad's president spoke on Monday. The minister chaired a meeting of the commission in Kenya.",
        "Chad's president spoke on Monday. The meeting in Kenya was chaired by the minister.",
    ] {
        assert_eq!(countries_of(&run(s, None), EventType::Meeting), ["Q114"], "{s}");
    }
}

#[test]
fn a_place_phrase_on_a_clause_sets_the_scene_a_noun_modifier_does_not() {
    // "arrived in Mali" (Q912) sets the scene for the next paragraph's protest.
    let x = run(
        "Ghana faces a crisis. Ghana has few reserves. Troops arrived in Mali in March.\n\nA protest followed on Friday.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Protest), ["Q912"]);
    // "funds held in Togo" (Q945) only describes the funds: the protest is in the country
    // the article is about, Ghana (Q117).
    let x = run(
        "Ghana faces a crisis. Ghana has few reserves. Ghana has frozen funds held in Togo.\n\nA protest followed on Friday.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Protest), ["Q117"]);
    // Nor does where someone lives or is based: the sale is in Russia (Q159), not Cyprus.
    let x = run(
        "Tycoon sells stake in Russian oil firm\n\nThe tycoon has sold his stake in the oil \
         firm. His partner, Mr Levin, is based in Cyprus. The oil unit was sold at auction in \
         a deal worth $9bn.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Agreement), ["Q159"]);
}

#[test]
fn a_country_named_in_passing_sets_no_scene() {
    // The United States (Q30) only praises: the protest belongs to the article's country,
    // Ghana (Q117), not to the last country named, after the paragraph ends or within it.
    for s in [
        "Ghana's president met his ministers. Ghana's parliament backed him. The plan was praised by the United States.\n\nA protest followed on Friday.",
        "Ghana's president met his ministers. Ghana's parliament backed him. The plan was praised by the United States. A protest followed on Friday.",
        // A country as the subject of talk is no scene either.
        "Ghana's president met his ministers. Ghana's parliament backed him. Divisions over Togo remain. A protest followed on Friday.",
    ] {
        assert_eq!(countries_of(&run(s, None), EventType::Protest), ["Q117"], "{s}");
    }
    // A place phrase on a clause does set the scene.
    let x = run(
        "Ghana's president met his ministers. Ghana's parliament backed him. Troops were sent to Togo. A protest followed on Friday.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Protest), ["Q945"]);
}

#[test]
fn the_subject_of_a_clause_an_event_noun_frames_is_in_its_place_an_evaluator_is_not() {
    // "in a coup" frames the seizing: the coup is Mali's (Q912), not that of the capital
    // the headline turned to; "condemned the coup" is said from outside: Senegal (Q1041)
    // condemns, the coup stays Mali's.
    let x = run(
        "Mali turns to Moscow\n\nMali's officers, who seized power in a coup in 2021, expelled the envoy.",
        None,
    );
    for c in countries_of_each(&x, EventType::Coup) {
        assert_eq!(c, ["Q912"], "{:?}", summary(&x));
    }
    let x = run(
        "Mali's officers seized power last week. Senegal's government condemned the coup.",
        None,
    );
    for c in countries_of_each(&x, EventType::Coup) {
        assert_eq!(c, ["Q912"], "{:?}", summary(&x));
    }
}

#[test]
fn a_bare_definite_event_noun_names_the_event_told_of_before() {
    // "the meeting" is the ministers' meeting of the sentence before: one event, told of
    // twice, whose participants gain the chair.
    let x = run(
        "Trade ministers of the G20 will meet in Lisbon on Friday. Ms Okafor will chair the meeting.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", x.events);
    assert_eq!(meetings[0].mentions.len(), 1);
    // The chair holds the meeting the ministers attend.
    assert!(labels(&x, &meetings[0].agents).contains(&"Okafor".to_string()));
    // A meeting the text introduces ("a meeting") or restricts ("the board meeting") may
    // be another one.
    for second in [
        "Ms Okafor will chair a meeting of the board.",
        "Ms Okafor will chair the board meeting.",
    ] {
        let x = run(
            &format!("Trade ministers of the G20 will meet in Lisbon on Friday. {second}"),
            None,
        );
        assert_eq!(of_type(&x, EventType::Meeting).len(), 2, "{second}");
    }
    // "the same embargo" says it is the one named before, whatever it is compared "as".
    let x = run(
        "The EU imposed an arms embargo on Belarus in 2011. Critics said it was wrong to keep Belarus under the same embargo as North Korea.",
        None,
    );
    let sanctions = of_type(&x, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{:?}", summary(&x));
    assert_eq!(sanctions[0].mentions.len(), 1);
    // "the ultimatum" is told by another word than the protesters' demand: another demand.
    let x = run(
        "The junta demanded that the envoy leave. Students rallied to demand jobs. The ultimatum expires on Friday.",
        None,
    );
    assert!(of_type(&x, EventType::Demand).len() >= 2, "{:?}", x.events);
    assert!(of_type(&x, EventType::Demand).iter().all(|e| !e
        .mentions
        .iter()
        .any(|m| m.trigger == "ultimatum")
        || e.trigger.starts_with("ultimatum")));
}

#[test]
fn meetings_whose_named_attendees_are_among_each_others_are_one() {
    // Whoever meets or is met attends: the insurer's talks are those its chairman held
    // with the bank's chief, though each sentence gives them other roles.
    let x = run(
        "Orwell Insurance held merger talks on Monday. Kestrel Bank chief executive Ana Ruiz held talks with Orwell Insurance and its chairman Tom Hale.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(meetings[0].mentions.len(), 1);
    // Ruiz met Hale, then Ortiz: neither side's attendees are all among the other's.
    let x = run(
        "Ana Ruiz met Tom Hale on Monday. Ana Ruiz also met Lena Ortiz.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Meeting).len(),
        2,
        "{:?}",
        summary(&x)
    );
    // Groups the text only describes are no named attendees: the managers' meeting is not
    // the directors'.
    let x = run(
        "Senior managers met on Monday. The directors met to discuss the bid.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Meeting).len(),
        2,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_meeting_or_protest_of_a_described_group_is_the_one_another_mention_names_its_doers_in() {
    // The union leaders who are to meet are the union the next sentence names; the army
    // chiefs' meeting is the council's; the directors' is the insurer's own board meeting
    // (a "board meeting" no owner's may be another: see the test of bare definite nouns).
    for text in [
        "Pension row goes on\n\nUnion leaders are to meet on Wednesday to decide on strike action. The Transport and General Workers Union is holding specially arranged talks.",
        "Pension row goes on\n\nArmy chiefs will meet to discuss the future of the regiments. The Kestrel Defence Council meeting is expected to approve the plan.",
        "Pension row goes on\n\nCompany directors are expected to meet to decide on the offer. Orwell Insurance has its board meeting on Friday to consider the results.",
    ] {
        let x = run(text, None);
        let meetings = of_type(&x, EventType::Meeting);
        assert_eq!(meetings.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(meetings[0].mentions.len(), 1, "{text}");
    }
    // The angry farmers' protest is the union's; not one on another day.
    let text = "Farm row goes on\n\nAngry farmers are set to protest at the party conference. The Kestrel Farmers Union plans to demonstrate against the fuel tax.";
    assert_count(text, EventType::Protest, 1);
    let text = "Farm row goes on\n\nAngry farmers protested in Leeds on Monday. The Kestrel Farmers Union will demonstrate against the fuel tax on Friday.";
    assert_count(text, EventType::Protest, 2);
    // Two times tell the ministers' summit from the council's meeting; regular meetings,
    // only supposed, are no meeting the leaders are to hold.
    for text in [
        "Pension row goes on\n\nFinance ministers will meet at a summit in March. The issue will also be discussed at the Kestrel Council meeting on Tuesday.",
        "Pension row goes on\n\nUnion leaders are to meet on Wednesday to decide on strike action. Mr Okafor has regular meetings with the Transport and General Workers Union.",
    ] {
        assert_count(text, EventType::Meeting, 2);
    }
}

#[test]
fn a_bare_definite_noun_names_the_one_event_of_its_type_told_by_another_word() {
    // The agreement told of by the verb is "the deal" of the next sentence.
    let x = run(
        "Hollis Foods agreed to buy its rival Marten Bakeries on Tuesday. Under the deal, Marten's bakeries in France will close next year.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert!(
        deals[0].mentions.iter().any(|m| m.trigger == "deal"),
        "{:?}",
        deals[0]
    );
    // The deal is given: the clause's future and its time ("next year") are the
    // bakeries' closing, not the deal's.
    assert_eq!(deals[0].status, Status::Completed);
    assert_eq!(
        deals[0].when.as_ref().map(|w| w.text.as_str()),
        Some("Tuesday")
    );
}

#[test]
fn what_is_done_ahead_of_an_event_awaits_it() {
    // Whatever the tense of the clause: what is done in readiness for it.
    for text in [
        "The lenders said on Sunday that they had already agreed to a moratorium ahead of their meeting on 12 March.",
        "Shares in the two carmakers rose ahead of the talks.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Planned]);
    }
    // Named by its year, it only orders the clause.
    assert_statuses(
        "The party spent heavily ahead of the 2001 election.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn what_a_clause_of_now_happens_during_goes_on_now() {
    for text in [
        "Ms Adeyemi is speaking during a visit to Ghana.",
        "Trade must grow, Ms Adeyemi has said during a visit to Ghana.",
    ] {
        assert_statuses(text, EventType::Visit, &[Status::UnderWay]);
    }
    assert_statuses(
        "Ms Adeyemi said during a visit to Ghana that trade must grow.",
        EventType::Visit,
        &[Status::Completed],
    );
    // So is what a part of it the clause is at is of.
    assert_statuses(
        "Ms Okafor is in Nairobi at the start of a three-nation African visit.",
        EventType::Visit,
        &[Status::UnderWay],
    );
    assert_statuses(
        "Ms Okafor was in Nairobi at the start of a three-nation African visit.",
        EventType::Visit,
        &[Status::Completed],
    );
    // A visit with legs done and legs to come is under way.
    assert_statuses(
        "Trade must grow, the Kenyan president has said during a visit to Britain. On Monday he met the prime minister on his first official visit to London. He is due to visit Leeds on Tuesday.",
        EventType::Visit,
        &[Status::UnderWay],
    );
}

#[test]
fn what_is_doubted_is_only_possible() {
    // A verb or adjective of doubt, over its clause with "that" or without.
    for text in [
        "Brokers remain doubtful that the weekend reports signal a deal between the two airlines.",
        "Investors doubt the rumours point to a deal between the two airlines.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::Hypothetical]);
    }
}

#[test]
fn a_seat_of_office_named_before_a_gathering_is_where_it_is_held() {
    for text in [
        "The Downing Street talks covered trade and the budget.",
        "The prime minister chaired a meeting of the emergency committee on Tuesday. The chancellor, who was not at the Downing Street meeting, spoke to reporters.",
    ] {
        let x = run(text, None);
        let meetings = of_type(&x, EventType::Meeting);
        assert_eq!(meetings.len(), 1, "{text}: {:?}", summary(&x));
        assert!(
            !agent_labels(&x, meetings[0]).contains(&"Downing Street".to_string()),
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn a_mention_joins_the_event_dated_alike_before_the_first_that_fits() {
    let x = run(
        "G7 finance ministers will hold a meeting in London this weekend. G7 finance ministers will hold another meeting in April. G7 finance ministers will meet in April to review the plan.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{:?}", summary(&x));
    assert!(meetings[0].mentions.is_empty(), "{:?}", meetings[0]);
    assert_eq!(meetings[1].mentions.len(), 1, "{:?}", meetings[1]);
}

#[test]
fn a_possessive_determiner_picks_out_the_event_told_before_as_the_does() {
    assert_count(
        "Farmers are set to protest at the party's conference in Leeds. Organisers expect 3,000 farmers to make their protest with tractors and banners.",
        EventType::Protest,
        1,
    );
    assert_count(
        "The union is likely to demand a pay rise. Its leaders say they will be firm in their demands.",
        EventType::Demand,
        1,
    );
    // Who the determiner's pronoun is taken for adds no one to those the event knows.
    let x = run(
        "Russian military instructors landed in Niamey on Friday. State television said they would help train Niger's armed forces. Their arrival followed a phone call between the two leaders.",
        None,
    );
    let arrivals = of_type(&x, EventType::Arrival);
    assert_eq!(arrivals.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, arrivals[0]), ["Russia"]);
    assert_eq!(arrivals[0].forces.len(), 1, "{:?}", arrivals[0]);
}

#[test]
fn a_demonstrative_event_noun_points_at_the_event_last_told_of() {
    // "this deal" is the deal struck on Monday, though the clause that speaks of it tells
    // of a future: what the deal's benefits will do, not when the deal was made.
    let x = run(
        "General Motors struck a deal with Microsoft on Monday. The benefits secured through this deal will continue to grow, officials said.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].mentions.len(), 1);
    assert_eq!(deals[0].status, Status::Completed);
    // A gerund that takes the demonstrative noun as its object tells of it too.
    let x = run(
        "General Motors signed a deal with Microsoft last week. Microsoft hopes to cut its costs by signing this deal.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].status, Status::Completed);
    // Of two deals, "this deal" is the one just told of.
    let x = run(
        "General Motors signed a deal with Microsoft in May. Tony Blair signed a trade agreement with Brazil in June, and this deal will open its markets.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 2, "{:?}", summary(&x));
    let in_june = |e: &Event| e.mentions.iter().any(|m| m.sentence == 1);
    assert!(!in_june(deals[0]) && in_june(deals[1]), "{:?}", x.events);
    assert!(deals[1].mentions.iter().any(|m| m.trigger == "deal"));
}

#[test]
fn an_ing_clause_goes_on_at_the_time_of_the_act_it_goes_with() {
    // Its own "when" or "while" and no auxiliary: the "was" is the other verb's.
    for (text, status) in [
        (
            "The minister was injured when travelling to Paris last year.",
            Status::Completed,
        ),
        (
            "Tony Blair will raise the matter when visiting Kenya.",
            Status::Planned,
        ),
        (
            "Tony Blair is raising the matter while visiting Kenya.",
            Status::UnderWay,
        ),
        (
            "Tony Blair raised the matter while visiting Kenya.",
            Status::Completed,
        ),
    ] {
        assert_statuses(text, EventType::Visit, &[status]);
    }
}

#[test]
fn an_event_whose_date_is_spoken_of_is_to_come() {
    // Whatever the words over the date say of it: not announcing a date denies no
    // election.
    assert_statuses(
        "Tony Blair has not yet announced the date of the general election.",
        EventType::Election,
        &[Status::Planned],
    );
    // Through the start of it, with the phrase hung on the verb that sets the date.
    assert_statuses(
        "EU leaders set a date for the start of Turkey's accession talks.",
        EventType::Meeting,
        &[Status::Planned],
    );
    // Not one named as past.
    assert_statuses(
        "The date of the last election was 7 June.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn elections_of_different_kinds_are_different_elections() {
    // A general election is not the local elections of the next sentence, though the time,
    // place and roles of both fit.
    assert_count(
        "Britain will hold a general election in May. Turnout in the local elections is expected to be low.",
        EventType::Election,
        2,
    );
    // Nor are the European elections the general election told before them, which keeps
    // its own holder.
    let x = run(
        "Muslims will debate issues before voting in the next general election. Last year the group urged Muslims not to vote for Labour in the European elections.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 2, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, elections[0]), ["United Kingdom"]);
    // A referendum is no vote for office, however its sentences fit.
    for text in [
        "Labour has promised a referendum on the voting system. The referendum would be held within five years of Labour winning an election.",
        "The council will hold a referendum on road tolls in May. Councillors were elected in 2003.",
    ] {
        assert_count(text, EventType::Election, 2);
    }
    // A mention with no kind of its own may still be either.
    let x = run(
        "Britain will hold a general election in May. Tony Blair said the election would be fought on the economy.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Election).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_states_election_is_held_in_that_state() {
    // Not in the country of the conference its sentence also names.
    let x = run(
        "A BBC correspondent says the London conference will be a limited measure to shore up the leadership of Mahmoud Abbas, who is expected to win the Palestinian presidential election on 9 January.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, elections[0]), ["Palestine"]);
    assert_eq!(labels(&x, &elections[0].countries), ["Palestine"]);
}

#[test]
fn a_past_in_a_clause_of_time_under_would_is_still_to_come() {
    // Reported: "will raise it when he visits".
    assert_statuses(
        "Tony Blair said he would raise the matter when he visited Kenya.",
        EventType::Visit,
        &[Status::Planned],
    );
    assert_statuses(
        "He would continue that campaign when he contested the general election.",
        EventType::Election,
        &[Status::Planned],
    );
    // With no "would" the past is past.
    assert_statuses(
        "Tony Blair raised the matter when he visited Kenya.",
        EventType::Visit,
        &[Status::Completed],
    );
}

#[test]
fn a_demand_that_its_addressee_demand_is_a_second_demand() {
    // The court is asked, then orders: two demands, each by its own party.
    let x = run(
        "General Motors asked the court to order Microsoft to pay damages.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 2, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["General Motors"]);
    assert_eq!(labels(&x, &demands[0].affected), ["court"]);
    assert_eq!(agent_labels(&x, demands[1]), ["court"]);
}

#[test]
fn agreements_between_the_same_parties_in_other_roles_are_one() {
    // The headline's funding is the body's proposal: the same two parties, each the agent
    // of one mention and the partner of the other.
    let x = run(
        "General Motors agrees fresh Microsoft funding\n\nMicrosoft has agreed a draft proposal with General Motors to borrow $10bn. The new deal would see it receive support until 2007.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].status, Status::Completed);
    // So in the body.
    assert_count(
        "General Motors struck a deal with Microsoft last week. Microsoft, which agreed a pact with General Motors to share costs, says savings will follow.",
        EventType::Agreement,
        1,
    );
    // Wherever each mention placed it: the headline's deal is the body's trade deal
    // "between the two countries".
    assert_count(
        "Venezuela and China sign oil deal\n\nChina is to invest in Venezuela. The offer, made as part of a trade deal between the two countries, will allow China to operate oil fields in Venezuela.",
        EventType::Agreement,
        1,
    );
    // One party in common is not enough: a party makes many deals.
    let x = run(
        "General Motors signed a deal with Microsoft in May. General Motors later signed an agreement with Tony Blair.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Agreement).len(),
        2,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn what_one_has_the_right_or_is_eligible_to_do_is_only_possible() {
    // No election took place: one has a right to vote at any.
    assert_statuses(
        "Only by using your right to vote at an election can you really have a say.",
        EventType::Election,
        &[Status::Hypothetical],
    );
    // Not being eligible to vote denies no vote.
    assert_statuses(
        "Council tax payers are not eligible to vote without registration.",
        EventType::Election,
        &[Status::Hypothetical],
    );
}

#[test]
fn the_subject_of_a_clause_at_a_gathering_takes_part_in_it() {
    let x = run(
        "Peter Mandelbaum explained his reasons to his constituents at a meeting in Leeds.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", x.events);
    // He is at it, named once: as its agent, not also as a participant.
    let at_it = [&meetings[0].agents, &meetings[0].participants].map(|v| labels(&x, v));
    assert_eq!(at_it.concat(), ["Peter Mandelbaum"], "{:?}", x.events);
    // A gathering only spoken of is no place its speaker was at.
    let x = run("Peter Mandelbaum spoke about a meeting in Leeds.", None);
    for e in of_type(&x, EventType::Meeting) {
        assert!(
            e.participants.is_empty() && e.agents.is_empty(),
            "{:?}",
            x.events
        );
    }
}

#[test]
fn whoever_calls_or_offers_an_event_noun_is_its_agent() {
    for (text, agent) in [
        (
            "The Conservatives organised a protest outside parliament.",
            "Conservative Party",
        ),
        (
            "The Liberal Democrats called a meeting of their MPs.",
            "Liberal Democrats",
        ),
        (
            "Britain offered a deployment of Gurkhas to Indonesia.",
            "United Kingdom",
        ),
    ] {
        let x = run(text, None);
        assert!(
            x.events.iter().any(|e| labels(&x, &e.agents) == [agent]),
            "{text}: {:?}",
            x.events
        );
    }
    // What is called or offered is to come; what is called for is demanded.
    let x = run("The Liberal Democrats called a meeting of their MPs.", None);
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Planned]);
    let x = run(
        "Britain offered a deployment of Gurkhas to Indonesia.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Deployment), [Status::Planned]);
    let x = run(
        "The Liberal Democrats called for a meeting of their MPs.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Demanded]);
    // What is called in the passive is called as well.
    for (text, ty) in [
        (
            "A special cabinet meeting has been called.",
            EventType::Meeting,
        ),
        (
            "A general strike was called by the unions.",
            EventType::Protest,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Planned]);
    }
}

#[test]
fn a_promise_met_is_no_meeting() {
    assert_makes(
        "Meeting",
        false,
        &["Mr Prescott claimed Labour has met all of its promises."],
    );
    assert_makes(
        "Meeting",
        true,
        &["Mr Prescott met all of the party's leaders."],
    );
}

#[test]
fn an_event_the_tree_names_as_coming_is_planned() {
    // The modifier of the first of two joined nouns is the second's too (their places keep
    // them two events, so the election's own status shows).
    let x = run(
        "The minister spoke about the forthcoming referendum in Ireland and general election in Britain.",
        None,
    );
    assert!(
        statuses(&x, EventType::Election)
            .iter()
            .all(|&s| s == Status::Planned),
        "{:?}",
        summary(&x)
    );
    assert!(!statuses(&x, EventType::Election).is_empty());
    // A time phrase of the clause the noun is a phrase of.
    let x = run(
        "The country is heading for a general election in the next few months.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Election), [Status::Planned]);
    // A past time phrase says nothing of the kind.
    let x = run(
        "The country held a general election in the last few months.",
        None,
    );
    assert_eq!(statuses(&x, EventType::Election), [Status::Completed]);
}

#[test]
fn a_gathering_one_speaks_to_is_no_demand() {
    let x = run(
        "He told a conference on ageing that the law would change.",
        None,
    );
    assert_eq!(
        statuses(&x, EventType::Meeting),
        [Status::Completed],
        "{:?}",
        summary(&x)
    );
    let x = run("He told the unions to hold a meeting.", None);
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Demanded]);
}

#[test]
fn what_a_nouns_infinitive_tells_of_is_still_to_come() {
    assert_statuses(
        "The accord to open formal talks with Ruritania came despite protests in the capital.",
        EventType::Meeting,
        &[Status::Planned],
    );
    assert_statuses(
        "Their bid to hold a summit of the region's leaders failed last year.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn an_event_said_to_be_a_danger_may_come() {
    assert_statuses(
        "He says a chemical attack is the main danger faced by many cities.",
        EventType::Attack,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "Officials said a coup was a real risk in the months ahead.",
        EventType::Coup,
        &[Status::Hypothetical],
    );
    // A predicate of another kind leaves the event's own status.
    assert_statuses(
        "The bomb attack on the army barracks was the worst in a decade.",
        EventType::Attack,
        &[Status::Completed],
    );
}

#[test]
fn a_demand_that_is_answered_was_made() {
    assert_statuses(
        "The government had insisted it would not bow to demands to recognise the province.",
        EventType::Demand,
        &[Status::Completed],
    );
    assert_statuses(
        "Ministers will ignore demands to hold a public inquiry into the contract.",
        EventType::Demand,
        &[Status::Completed],
    );
    // One a verb makes has the status of the making.
    assert_statuses(
        "The union will issue demands to hold a public inquiry into the contract.",
        EventType::Demand,
        &[Status::Planned],
    );
}

#[test]
fn what_will_start_is_still_to_come() {
    assert_statuses(
        "The union has announced that it will start wage talks with the employers in April.",
        EventType::Meeting,
        &[Status::Planned],
    );
    assert_statuses(
        "The unions are to launch a protest against the pension cuts next week.",
        EventType::Protest,
        &[Status::Planned],
    );
    // Begun, or going on, it is under way.
    assert_statuses(
        "The union started wage talks with the employers on Monday.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    assert_statuses(
        "The union will continue wage talks with the employers this week.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
}

#[test]
fn the_verb_an_event_noun_is_the_subject_of_gives_its_status() {
    assert_statuses(
        "Deals are already being sought with the governments concerned.",
        EventType::Agreement,
        &[Status::Planned],
    );
    assert_statuses(
        "Talks between the two unions have begun.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    // What will begin has not begun.
    assert_statuses(
        "Talks between the two unions will begin in April.",
        EventType::Meeting,
        &[Status::Planned],
    );
    // A verb of another kind leaves the noun's own status.
    assert_statuses(
        "Talks between the two unions were held in secret.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn a_prevented_event_did_not_happen() {
    for text in [
        "The new powers helped prevent attacks on the capital.",
        "Police foiled a bombing in the city centre.",
        "The concession averted a protest by farmers.",
    ] {
        let x = run(text, None);
        assert!(!x.events.is_empty(), "{text}");
        assert!(
            x.events.iter().all(|e| e.status == Status::Denied),
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn firms_and_persons_withdrawing_move_no_forces() {
    assert_makes(
        "Withdrawal",
        false,
        &[
            "Fearing a court battle, the two oil firms withdrew from the auction.",
            "David Hargreaves withdrew from the leadership race.",
        ],
    );
    assert_makes(
        "Withdrawal",
        true,
        &["Fearing an ambush, the United States withdrew from the base near Kandahar."],
    );
}

#[test]
fn a_noun_the_tagger_read_as_a_bare_verb_is_no_event() {
    assert_makes(
        "Demand",
        false,
        &["Sales had kept things going, but demand for cars was then hit by high prices."],
    );
    // A bare verb completing another, or a command, is still a verb.
    assert_makes(
        "Demand",
        true,
        &["The unions will meet and demand a new contract from the ministry."],
    );
    assert_makes(
        "Attack",
        false,
        &["He also attacked the government's \"failure\" to control immigration."],
    );
}

#[test]
fn a_bodys_office_holder_speaks_for_himself_its_spokesman_for_the_body() {
    let source = |text: &str| {
        let x = run(text, None);
        let a = (x.events.iter())
            .find_map(|e| e.attribution.clone())
            .expect("attributed");
        a.actor.map(|i| x.actors[i].label.clone())
    };
    // The leader is a person, not the party: no actor rather than the wrong one.
    assert_eq!(
        source("The Tory leader said the party would hold talks with business leaders."),
        None
    );
    assert_eq!(
        source("A Tory spokesman said the party would hold talks with business leaders."),
        Some("Conservative Party".to_string())
    );
}

#[test]
fn a_verb_before_an_adverbial_clause_does_not_govern_its_event() {
    let x = run(
        "President Oduya promised to cut taxes when he was elected four years ago.",
        None,
    );
    assert_eq!(
        statuses(&x, EventType::Election),
        [Status::Completed],
        "{:?}",
        summary(&x)
    );
    // Without the clause, the promise governs.
    let x = run("President Oduya promised elections within a year.", None);
    assert_eq!(
        statuses(&x, EventType::Election),
        [Status::Agreed],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_attack_on_a_person_or_a_firm_in_words_is_no_assault() {
    assert_makes(
        "Attack",
        false,
        &[
            "Cherie Blair attacked George W Bush at a dinner.",
            "Former civil service chief Lord Butler launches attack on Tony Blair.",
            "Critics called the tax claims a politically motivated attack on the Labour Party.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "Gunmen launched an attack on Tony Blair's convoy.",
            "A man armed with a knife attacked George W Bush's bodyguard.",
            "Rebels launched an attack on the army base.",
        ],
    );
}

#[test]
fn a_bare_plural_before_an_example_of_its_type_is_the_kind_the_example_is_one_of() {
    // "attacks like the Madrid train bombing": the bombing is the event, the plural the kind
    // of it the cards have not prevented (an event noun told of before, which it would
    // otherwise take up again, keeps it from being dropped as a bare kind).
    let x = run(
        "Neutral headline here\n\nPolice chiefs have said the cards will help fight \
         terrorist attacks and fraud. But critics argue that similar cards in other countries \
         have not prevented attacks like the Madrid train bombing.",
        None,
    );
    let in_second: Vec<&str> = (x.events.iter())
        .filter(|e| e.sentence == 2)
        .map(|e| e.trigger.as_str())
        .collect();
    assert_eq!(in_second, ["bombing"], "{:?}", summary(&x));
}

#[test]
fn an_assault_on_wealth_is_a_fight_over_money() {
    // Assets, finances, pensions: no arms strike what one owns as wealth.
    let x = run(
        "Minister hits out at oil sale\n\nSibco's oil unit promptly passed into the hands of \
         a state-controlled firm, itself soon to merge with state gas giant Gazprom.\n\nThe \
         assault on Sibco's assets has been blamed for slower growth in recent months.",
        None,
    );
    assert!(
        of_type(&x, EventType::Attack).is_empty(),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_attack_by_a_person_or_party_on_no_target_in_arms_is_criticism() {
    // The attacker is a named person or party and nothing in the sentence is armed or
    // harmed, or the attack is on a policy or record, or for a reason.
    assert_makes(
        "Attack",
        false,
        &[
            "Oliver Letwin attacked government red tape and debt.",
            "Michael Howard has launched a fierce attack on the cost of the asylum system.",
            "The Liberal Democrats attacked the scheme's funding formula.",
            "Her attack on Labour's record drew cheers from the hall.",
            "The donor also attacked the government over Iraq.",
            // A word of arms that modifies another noun arms nothing.
            "Gas prices rose after the minister's attack on the firm.",
        ],
    );
    // A weapon attacked with, an armed or harmed word, or an attack no support verb gives
    // to the clause's subject stays an attack.
    assert_makes(
        "Attack",
        true,
        &[
            "Jane Smith attacked the councillor with a bucket of slurry.",
            "Jane Smith attacked the councillor and left him in hospital.",
            "Mr Elgindy had foreknowledge of the 11 September terrorist attacks.",
            "Gunmen attacked the convoy over the weekend.",
            "Troops used gas in the attack on the village.",
        ],
    );
}

#[test]
fn a_strike_with_nothing_struck_and_a_shot_at_a_time_are_no_attacks() {
    assert_makes(
        "Attack",
        false,
        &[
            "Thousands of nurses could strike if the pay offer is cut.",
            "Dock workers have voted to strike over the new rotas.",
            // A time after the verb is nothing struck.
            "Dock workers struck on Monday.",
            "The rail unions will strike next week over pay.",
            "The first shot in the pay battle was fired at the weekend.",
            "The reform lets firms hire and fire staff at will.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "Rebels struck at dawn with mortars.",
            "Gunmen struck the convoy near the border.",
            "Militants struck at the convoy on Monday.",
            "Soldiers fired at the crowd on Friday.",
        ],
    );
}

#[test]
fn an_election_spoken_of_in_the_present_is_still_to_come() {
    for text in [
        "Voters want to hear about the choices at stake in the election.",
        "Everyone in the capital is now working towards a general election.",
        "Both parties are courting older voters in the election.",
    ] {
        assert_statuses(text, EventType::Election, &[Status::Planned]);
    }
    // Told by its date, in the past, or as what the clause comes after, it is over.
    for text in [
        "The 2001 election remains a landmark for the party.",
        "Unions agree new terms after a disputed election.",
        "Turnout fell sharply in the election.",
    ] {
        assert_statuses(text, EventType::Election, &[Status::Completed]);
    }
}

#[test]
fn an_attack_word_needs_something_that_shows_violence() {
    // Words with nothing armed, harmed, struck or placed about them: criticism.
    assert_makes(
        "Attack",
        false,
        &[
            "The minister went on the offensive over the leaked memo.",
            "The chancellor faces a two-pronged regulatory assault.",
            "Mr Dale dismissed the latest Liberal attack.",
            "Her aides said attacking Ms Brant had cost the paper readers before.",
            "Campaigners called the plan the biggest attack on free speech in decades.",
            "Ms Okafor attacks the council's housing budget.",
        ],
    );
    // A date or a word of violence names it, it strikes a place or a thing one can hit,
    // it happens in a named place, the attackers are violent, it is the crime, or it is
    // "the attack" after a blow told of before.
    assert_makes(
        "Attack",
        true,
        &[
            "Shares fell after the 14 March attacks.",
            "Airlines lost passengers after the suicide attacks.",
            "Militants attacked a checkpoint outside the town.",
            "An attack on two bars left the street closed for a week.",
            "A councillor was attacked in a park in Nairobi.",
            "Two men were jailed for assaults carried out after a football match.",
            "The gunmen who attacked the minister escaped.",
            "A councillor was mugged on Friday. Police questioned two men over the attack.",
            "He warned that militants would attack again before the vote.",
        ],
    );
}

#[test]
fn a_bare_plural_said_of_no_one_time_names_a_kind_of_event() {
    // A kind of event: the noun modifies another by a preposition other than "of", or its
    // clause is in the simple present.
    assert_makes(
        "Election",
        false,
        &[
            "The commission publishes the spending limits for general elections.",
            "Elections are expensive for small parties.",
            "Parties spend heavily whenever referendums take place.",
        ],
    );
    assert_makes(
        "Protest",
        false,
        &["Protests rarely change the minds of ministers."],
    );
    // Events that happened or will: the past, the perfect, a modal, a time, an amount, a
    // phrase of their own, or an infinitive under a past clause.
    assert_makes(
        "Protest",
        true,
        &[
            "Protests erupted across the capital.",
            "Protests have spread to the provinces.",
            "Protests will be held across the country.",
            "Protests are held every Friday in Minsk.",
            "Police detained hundreds of protesters.",
            "Farmers took to the streets to stage protests.",
            "The firm says the sale comes after six months of protests.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &["The peacekeepers failed to stop attacks by armed groups in the north."],
    );
    // A headline tells of events in the simple present.
    assert_makes("Meeting", true, &["Talks aim to avert pension strike"]);
}

#[test]
fn a_speaker_who_says_i_will_is_the_agent() {
    let x = run(
        "Mr Clarke said: \"I will be asking Parliament to renew the law.\" \
         A Labour spokesman said: \"We will hold a referendum on the treaty.\" \
         Mr Howard said: \"We will call for an inquiry.\" \
         Mr Brown said: \"They will call for a strike ballot.\" \
         Mr Kennedy said: \"I am being attacked by the Tories.\"",
        None,
    );
    let agents =
        |trigger: &str| agent_labels(&x, x.events.iter().find(|e| e.trigger == trigger).unwrap());
    assert_eq!(agents("asking"), ["Clarke"]);
    // A body's "we" is the body; a person's "we" is some group of theirs, not named. A
    // party takes part in the referendum a state holds: the one it is held in.
    let referendum = x.events.iter().find(|e| e.trigger == "referendum").unwrap();
    assert_eq!(labels_of(&x, &referendum.participants), ["Labour Party"]);
    assert_eq!(labels_of(&x, &referendum.agents), ["United Kingdom"]);
    let calls: Vec<_> = x
        .events
        .iter()
        .filter(|e| e.trigger == "call for")
        .collect();
    assert_eq!(calls.len(), 2, "{:?}", summary(&x));
    assert!(
        calls.iter().all(|e| e.agents.is_empty()),
        "{:?}",
        summary(&x)
    );
    // The speaker who says "I am being attacked" is not the attacker.
    assert!(
        x.events
            .iter()
            .filter(|e| e.trigger == "attacked")
            .all(|e| !agent_labels(&x, e).contains(&"Kennedy".to_string())),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_lone_name_the_article_writes_as_a_body_is_an_organisation() {
    let kind_of =
        |x: &Extraction, label: &str| x.actors.iter().find(|a| a.label == label).map(|a| a.kind);
    // Speaking, after a noun of a body, with what a body has.
    let x = run(
        "Ryanair has placed an order for new aircraft. Ryanair said the deal was signed. \
         The low-cost airline Flybe agreed a deal with Loganair on Monday. \
         Loganair's shares rose.",
        None,
    );
    assert_eq!(kind_of(&x, "Ryanair"), Some(Kind::Organization));
    assert_eq!(kind_of(&x, "Flybe"), Some(Kind::Organization));
    assert_eq!(kind_of(&x, "Loganair"), Some(Kind::Organization));
    let deal = of_type(&x, EventType::Agreement);
    assert!(
        deal.iter()
            .any(|e| agent_labels(&x, e).contains(&"Flybe".to_string())),
        "{:?}",
        summary(&x)
    );
    // A town the gazetteer does not know, or a first name, is no body.
    let x = run(
        "Troops poured into Zabrovka in February. Zabrovka was the only town taken. \
         Chelsea said the deal was signed.",
        None,
    );
    assert_eq!(kind_of(&x, "Zabrovka"), None);
    assert_eq!(kind_of(&x, "Chelsea"), None);
}

#[test]
fn a_word_named_once_right_after_a_noun_of_a_body_is_a_body() {
    let x = run(
        "Peugeot may end up building cars for its Japanese rival Nissan, analysts said.",
        None,
    );
    let nissan = x.actors.iter().find(|a| a.label == "Nissan");
    assert_eq!(
        nissan.map(|a| a.kind),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
    // Not across a sentence's end, nor after a capitalised noun inside a name.
    let x = run(
        "Shares in the firm\n\nLuxury goods sold well. Donations came from Business Groups \
         Focus on Scotland.",
        None,
    );
    assert!(
        x.actors
            .iter()
            .all(|a| a.label != "Luxury" && a.label != "Focus"),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_noun_of_a_body_opening_a_sentence_is_no_part_of_the_name_after_it() {
    let x = run(
        "Rival Deutsche Boerse put forward its own bid case on Monday. The rival bid was \
         rejected. Deutsche Boerse previously offered £1.3bn for the exchange.",
        None,
    );
    let labels: Vec<(&str, Kind)> = (x.actors.iter())
        .filter(|a| a.label.contains("Boerse"))
        .map(|a| (a.label.as_str(), a.kind))
        .collect();
    // The whole name, repeated, is the body also where the model took a part of it alone.
    assert_eq!(
        labels,
        [("Deutsche Boerse", Kind::Organization)],
        "{:?}",
        x.mentions
    );
    let mentions = (x.mentions.iter())
        .filter(|m| m.text == "Deutsche Boerse")
        .count();
    assert_eq!(mentions, 2, "{:?}", x.mentions);
}

#[test]
fn a_lone_name_listed_with_a_body_is_a_body() {
    // Joined by "and" to a firm's name: the model took the lone word for a person.
    assert_one_by(
        "Verizon has won a takeover battle for the phone firm MCI with a bid worth $6.6bn. \
         A merger between MCI and Verizon would be the fifth telecoms deal since October. \
         Verizon agreed to pay $20 a share.",
        EventType::Agreement,
        &["Verizon"],
    );
}

#[test]
fn a_headlines_party_office_is_the_person_the_body_names_with_it() {
    // "Lib Dem leader" in the headline, before the body names "Lib Dem leader Charles
    // Kennedy".
    assert_one_by(
        "Lib Dem leader urges calm over fees\n\nStudents should stay calm while the plans are \
         debated, said Lib Dem leader Charles Kennedy on Monday.",
        EventType::Demand,
        &["Charles Kennedy"],
    );
}

#[test]
fn he_or_she_takes_a_subject_or_a_speaker_over_a_possessor() {
    for (text, agent) in [
        (
            "Tory leader Ann Marsh spoke in Leeds on Monday. Mr Brown's plans were reckless, \
             the Tory leader said. She urged the chancellor to resign.",
            "Ann Marsh",
        ),
        (
            "Formerly one of Mr Brown's closest aides, Ed Balls spoke on Monday. He urged the \
             Bank to hold rates.",
            "Ed Balls",
        ),
    ] {
        assert_one_by(text, EventType::Demand, &[agent]);
    }
}

#[test]
fn it_after_a_subordinator_is_the_subject_of_the_clause_it_hangs_on() {
    // Not the sentence's first subject: the clause "after it agreed" hangs on "slid".
    assert_one_by(
        "Shares in the UK's Corus and France's Arcelor fell on Tuesday while Japan's Nippon \
         Steel slid after it agreed to pay 70% more for iron ore. Arcelor said it was pleased.",
        EventType::Agreement,
        &["Nippon Steel"],
    );
}

#[test]
fn who_acts_in_protest_is_the_subject_of_the_clause() {
    let x = run(
        "Ian MacDonald resigned in protest at the new anti-terror laws.",
        None,
    );
    let protests = of_type(&x, EventType::Protest);
    assert_eq!(protests.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, protests[0]), ["Ian MacDonald"]);
    // A determiner makes it another event, where one is ("in the protest" is a place).
    let x = run("Ian MacDonald was injured in the protest on Monday.", None);
    assert!(
        of_type(&x, EventType::Protest)
            .iter()
            .all(|e| e.agents.is_empty()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn votes_in_the_plural_are_ballots_not_polls() {
    assert_makes(
        "Election",
        false,
        &[
            "Mr Sayeed won 173 of the 299 votes cast.",
            "The party is courting female votes across the north.",
            "Thousands of postal ballots were found in a warehouse.",
        ],
    );
    assert_makes(
        "Election",
        true,
        &[
            "Voters go to the polls in the vote on 5 May.",
            "The ballot for the party leadership closed on Friday.",
        ],
    );
}

#[test]
fn one_persons_vote_is_no_poll() {
    assert_makes(
        "Election",
        false,
        &[
            "The farmer defended her vote on the dam project.",
            "Ms Okafor's crucial vote on the levy angered her party.",
        ],
    );
    // A group's vote, or one in a place, still is.
    assert_makes(
        "Election",
        true,
        &[
            "Farmers in Kent will have their vote on 3 June.",
            "The vote in Peru passed off peacefully.",
        ],
    );
}

#[test]
fn a_heart_attack_or_the_waves_that_kill_are_no_assault() {
    assert_makes(
        "Attack",
        false,
        &[
            "His predecessor died suddenly of a heart attack in April.",
            "She suffered an asthma attack on the train.",
            "The association said the waves which killed 30,000 people washed away property.",
            // A named storm: the cause's noun opens the name.
            "Aid was sent after Cyclone Orla killed 4,000 people in 2003.",
            "Aid was sent after Cyclone Orla. Orla killed 4,000 people in 2003.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "The attack on the convoy killed six soldiers.",
            "The gunmen who killed 30 people fled into the hills.",
            "Aid was sent after General Orla's militia killed 40 villagers.",
        ],
    );
}

#[test]
fn a_plan_killed_or_a_mind_struck_is_no_assault() {
    assert_makes(
        "Attack",
        false,
        &[
            "The department used wrecking tactics designed to kill the Housing Bill.",
            "Senior ministers quietly killed off the proposal last year.",
            "Both parties have been struck by the level of concern among voters.",
            "The farmhouse was struck by lightning on Sunday.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "The bomb killed the minister and his driver.",
            "The convoy was struck by a roadside bomb near the border.",
            "The base was struck by rockets fired from the hills.",
        ],
    );
}

#[test]
fn an_animal_or_a_thing_of_trade_killed_is_no_assault() {
    assert_makes(
        "Attack",
        false,
        &[
            "The hunt killed a total of 14 hares on Saturday.",
            "Dozens of badgers were killed in the cull.",
            "Farmers said the new levy would kill their business.",
            "Higher fuel prices could kill off demand for flights.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "Gunmen killed 12 villagers near the market.",
            "The bomb killed a total of nine soldiers.",
            "The militants killed the hostages.",
        ],
    );
}

#[test]
fn a_state_named_before_a_sanction_with_a_target_imposes_it() {
    for (text, agent) in [
        (
            "The US trade embargo on Cuba has lasted 40 years.",
            "United States",
        ),
        (
            "The EU arms embargo against China remains in force.",
            "European Union",
        ),
    ] {
        assert_one_by(text, EventType::Sanction, &[agent]);
    }
    // Without a target, the state before the noun may be the target: no agent.
    assert_one_by("Iran sanctions were tightened.", EventType::Sanction, &[]);
}

#[test]
fn what_a_sanction_is_on_is_its_target_not_its_place() {
    for text in [
        "Trade suffered from a Korean ban on UK lamb imports.",
        "Trade was hurt by new sanctions on Iran.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Sanction);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(e[0].location.is_empty(), "{text}: {:?}", e[0].location);
        assert_eq!(e[0].affected.len(), 1, "{text}");
    }
}

#[test]
fn talks_between_two_named_sides_are_both_sides() {
    assert_one_by(
        "Talks between Britain and France ended on Friday.",
        EventType::Meeting,
        &["United Kingdom", "France"],
    );
    // So is a deal between them: both sides make it.
    assert_one_by(
        "A fishing agreement between Norway and Iceland was signed in Oslo.",
        EventType::Agreement,
        &["Norway", "Iceland"],
    );
    // Whoever holds the talks is their agent, and the other side only takes part.
    assert_one_by(
        "The EU will open membership talks with Croatia in March.",
        EventType::Meeting,
        &["European Union"],
    );
}

#[test]
fn a_thing_a_participle_withdraws_is_no_force_withdrawn() {
    // The participle's noun, or its passive subject, is what is withdrawn: leaflets and
    // brochures move no forces.
    assert_makes(
        "Withdrawal",
        false,
        &[
            "The council's leaflets on parking, withdrawn from its website on Friday, angered drivers.",
            "A brochure for the new tram, withdrawn from libraries in June, is back.",
            "The leaflets were withdrawn from shops last week.",
            // A subject shared with the clause before.
            "The poster went too far and should be withdrawn at once, the council said.",
        ],
    );
    assert_makes(
        "Withdrawal",
        true,
        &[
            "The troops were withdrawn from the border last week.",
            "The last of the soldiers were withdrawn from Basra in May.",
        ],
    );
}

#[test]
fn who_wins_or_fights_an_election_takes_part_in_it() {
    // A state holds an election (here the party's own); who wins, loses or fights it is
    // a participant.
    for (text, agent) in [
        (
            "He set out a ten-year strategy for if Labour wins the next election.",
            "Labour Party",
        ),
        (
            "The Liberal Democrats will fight the election on their record in local government.",
            "Liberal Democrats",
        ),
        (
            "The Conservative Party lost the 1997 election.",
            "Conservative Party",
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Election);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(agent_labels(&x, e[0]), ["United Kingdom"], "{text}");
        assert_eq!(labels_of(&x, &e[0].participants), [agent], "{text}");
    }
    // Only of an election: who fights off an attack is its target, not its agent.
    let x = run(
        "The Kurdish militia fought off an attack on the village.",
        None,
    );
    for e in of_type(&x, EventType::Attack) {
        assert!(agent_labels(&x, e).is_empty(), "{:?}", summary(&x));
    }
}

#[test]
fn an_event_the_clause_places_itself_after_takes_none_of_its_time() {
    // "on Monday" dates the fall, not the meeting the fall came after; a time in the
    // noun's own phrase stays its own.
    let x = run(
        "The dollar fell sharply on Monday after a meeting of finance ministers.",
        Some("2024-03-08"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(meetings[0].when.is_none(), "{:?}", meetings[0].when);
    let x = run(
        "Shares fell after sanctions imposed in 1998 were renewed.",
        None,
    );
    let sanctions = of_type(&x, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        sanctions[0].when.as_ref().map(|w| w.text.as_str()),
        Some("1998")
    );
}

#[test]
fn a_name_before_a_determiner_does_not_modify_the_group_after_it() {
    let x = run(
        "Mr Crosby warned Michael Howard the party could not win the election.",
        None,
    );
    assert!(
        x.actors
            .iter()
            .all(|a| a.label != "Michael Howard the party"),
        "{:?}",
        x.actors
    );
    // A name right before the group's head still modifies it.
    let x = run("British officials said the talks had failed.", None);
    assert!(
        x.actors.iter().any(|a| a.label == "British officials"),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_verb_after_and_or_a_participle_takes_its_clause_subject_as_a_party() {
    assert_one_by(
        "Michael Reed admitted the charges and gave evidence for the state as part of an agreement with prosecutors.",
        EventType::Agreement,
        &["Michael Reed"],
    );
    assert_one_by(
        "Helen Clark cut short her holiday on Tuesday, chairing a meeting of her cabinet.",
        EventType::Meeting,
        &["Helen Clark"],
    );
    // A verb with a noun before it has its own subject, whatever the parser joined it to.
    let x = run(
        "Last year Bournemouth hosted the event before the party signed a two year deal for Brighton to host the conference.",
        None,
    );
    for e in of_type(&x, EventType::Agreement) {
        assert!(agent_labels(&x, e).is_empty(), "{:?}", summary(&x));
    }
}

#[test]
fn an_armed_body_named_before_an_attack_makes_it() {
    for (text, by) in [
        (
            "Police linked the IRA bomb attacks on the two pubs to a single unit.",
            "Irish Republican Army",
        ),
        (
            "Officials feared further al-Qaeda attacks on the embassy.",
            "al-Qaeda",
        ),
    ] {
        assert_one_by(text, EventType::Attack, &[by]);
    }
    // A firm's name is what is attacked, not who attacks.
    let x = run(
        "Hackers staged an attack on the Microsoft website on Monday.",
        None,
    );
    for e in of_type(&x, EventType::Attack) {
        assert!(
            !agent_labels(&x, e).contains(&"Microsoft".to_string()),
            "{:?}",
            summary(&x)
        );
    }
}

#[test]
fn who_does_an_infinitive_of_purpose_is_the_clause_subject_not_its_object() {
    // "gathered outside parliament": parliament is no one asked to protest.
    assert_one_by(
        "Hundreds of students gathered outside parliament on Monday to protest against the fees.",
        EventType::Protest,
        &["students"],
    );
    // A verb of asking hands its object the infinitive, whatever the parser labels it.
    assert_one_by(
        "The president asked the United Nations to withdraw its peacekeepers.",
        EventType::Withdrawal,
        &["United Nations"],
    );
    // "for Kenya to host": the noun after "for" is the infinitive's subject.
    assert_one_by(
        "The union signed a deal for Kenya to host the talks.",
        EventType::Meeting,
        &["Kenya"],
    );
}

#[test]
fn a_coup_from_abroad_happens_where_the_overthrown_rule() {
    let x = run(
        "American troops invaded in 2001 to topple the Taliban government.",
        None,
    );
    let coups = of_type(&x, EventType::Coup);
    assert_eq!(coups.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, coups[0]), ["United States"]);
    let countries: Vec<&str> = (coups[0].countries.iter())
        .map(|&c| x.actors[c].label.as_str())
        .collect();
    assert_eq!(countries, ["Afghanistan"]);
}

#[test]
fn a_protest_that_a_past_act_was_for_took_place() {
    assert_statuses(
        "Thousands of farmers marched through Lyon on Friday to protest against the new tax.",
        EventType::Protest,
        &[Status::Completed],
    );
    // Not what a past verb planned, nor what is still to come.
    assert_statuses(
        "The farmers planned to protest outside the town hall.",
        EventType::Protest,
        &[Status::Planned],
    );
    assert_statuses(
        "Farmers will gather in Lyon to protest against the tax.",
        EventType::Protest,
        &[Status::Planned],
    );
}

#[test]
fn leaving_something_in_a_state_moves_nothing() {
    assert_makes(
        "Withdrawal",
        false,
        &["The minister said the treaty could not be changed, leaving Britain open to challenge."],
    );
    let x = run(
        "French troops left Mali in August, leaving the country exposed to raids.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Withdrawal).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_event_called_off_did_not_happen() {
    assert_statuses(
        "Ministers abandoned the talks last week.",
        EventType::Meeting,
        &[Status::Denied],
    );
    assert_statuses(
        "The council cancelled Friday's meeting with the unions.",
        EventType::Meeting,
        &[Status::Denied],
    );
}

#[test]
fn who_is_to_stage_an_event_holds_it() {
    assert_one_by(
        "Campaigners are to stage a rally outside the council offices.",
        EventType::Protest,
        &["Campaigners"],
    );
}

#[test]
fn who_acts_in_or_under_a_deal_is_a_party_to_it() {
    for text in [
        "The Liberal Democrats will back the budget in a deal with the Scottish National Party.",
        "Under the agreement, the Liberal Democrats will back the budget.",
        // "are to": with a copula the parser makes the subject `nsubj:outer`.
        "The Liberal Democrats are to back the budget in a deal with the Scottish National Party.",
    ] {
        assert_one_by(text, EventType::Agreement, &["Liberal Democrats"]);
    }
    // Who is killed in an attack is its victim: the rule is for agreements only.
    let x = run(
        "The Liberal Democrats lost two councillors in an attack.",
        None,
    );
    for e in of_type(&x, EventType::Attack) {
        assert!(agent_labels(&x, e).is_empty(), "{:?}", summary(&x));
    }
}

#[test]
fn the_markets_demand_and_a_right_to_ask_are_no_demands() {
    assert_makes(
        "Demand",
        false,
        &[
            "Traders feared the new shares would ease demand for stock.",
            "Analysts say the firm's strong results mean demand will hold.",
            "The demand for the flotation was impressive, bankers said.",
            "From April citizens will have the power to demand information from councils.",
            "Workers over 65 will gain a right to request flexible hours.",
        ],
    );
    assert_makes(
        "Demand",
        true,
        &[
            "The unions demand that ministers act.",
            "Campaigners renewed their demand for Iran to release the journalist.",
        ],
    );
}

#[test]
fn a_restriction_is_a_sanction_only_against_somebody() {
    assert_makes(
        "Sanction",
        false,
        &[
            "Both countries eased travel and other restrictions as part of the peace process.",
            "Restrictions on selling the shares were imposed ahead of the flotation.",
            "Drinks makers have suffered from strict restrictions on advertising.",
        ],
    );
    assert_makes(
        "Sanction",
        true,
        &[
            "The EU imposed restrictions on Belarus after the election.",
            "Washington's restrictions on Cuba were eased.",
            "The coup triggered restrictions on military aid to the country.",
        ],
    );
}

#[test]
fn who_is_somewhere_on_a_visit_makes_it_and_who_acts_as_part_of_a_deal_is_a_party() {
    for (text, ty, agent) in [
        (
            "John Snow, who is in Dublin on a four-nation visit, praised Ireland's tax cuts.",
            EventType::Visit,
            "John Snow",
        ),
        (
            "On a visit to Beijing, Tony Blair said trade would grow.",
            EventType::Visit,
            "Tony Blair",
        ),
        (
            "Scott Sullivan pleaded guilty to fraud as part of an agreement with prosecutors.",
            EventType::Agreement,
            "Scott Sullivan",
        ),
    ] {
        assert_one_by(text, ty, &[agent]);
    }
    // "as" frames an agreement only through "part of" it: the describer is no party (the
    // sides "between" whom it is are).
    for (text, describer) in [
        (
            "The United States describes this as the most important agreement between Egypt and Israel.",
            "United States",
        ),
        (
            "The Financial Times reported a third shareholder as opposed to the deal.",
            "Financial Times",
        ),
    ] {
        let x = run(text, None);
        for e in of_type(&x, EventType::Agreement) {
            let agents = agent_labels(&x, e);
            assert!(!agents.iter().any(|a| a == describer), "{text}: {agents:?}");
        }
    }
}

#[test]
fn a_verb_of_demanding_over_a_clause_told_in_the_past_reports_it() {
    for text in [
        "Mr Sullivan repeatedly told jurors he met frequently with Mr Ebbers.",
        "She insisted she had met the minister twice.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Completed]);
    }
    assert_statuses(
        "The UN told the rebels to withdraw from the town.",
        EventType::Withdrawal,
        &[Status::Demanded],
    );
}

#[test]
fn a_word_in_capitals_or_with_an_inner_capital_the_article_writes_as_a_body_is_one() {
    let kind_of =
        |x: &Extraction, label: &str| x.actors.iter().find(|a| a.label == label).map(|a| a.kind);
    let x = run(
        "Shares in PharmaGenix rose sharply on Tuesday. The TKWU union threatened a strike. \
         TKWU said talks had failed. Analysts expect the carmaker to sign a deal with PharmaGenix.",
        None,
    );
    assert_eq!(
        kind_of(&x, "PharmaGenix"),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
    assert_eq!(
        kind_of(&x, "TKWU"),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
    // A common abbreviation, or a word the article never writes as a body, is none.
    let x = run(
        "The CEO said the firm would list its shares. The IPO's shares rose. \
         Mr LaRouche visited the plant.",
        None,
    );
    for label in ["CEO", "IPO"] {
        assert_eq!(kind_of(&x, label), None, "{:?}", x.actors);
    }
    assert_ne!(
        kind_of(&x, "LaRouche"),
        Some(Kind::Organization),
        "{:?}",
        x.actors
    );
}

#[test]
fn power_taken_away_or_a_situation_that_calls_for_something_is_no_event() {
    assert_makes(
        "Coup",
        false,
        &["The plan is about taking power away from Whitehall and giving it to councils."],
    );
    assert_makes(
        "Coup",
        true,
        &["The army seized power in the capital on Monday."],
    );
    assert_makes(
        "Demand",
        false,
        &["The problems can only be solved together, and that calls for a new alliance."],
    );
    assert_makes(
        "Demand",
        true,
        &[
            "The motion that calls for a ban on hunting was passed.",
            // The tagger reads "calls" as the noun here: the noun calls for an event too.
            "The union calls for a strike.",
        ],
    );
}

#[test]
fn a_demand_with_no_place_in_its_sentence_is_made_in_its_agents_country() {
    let x = run(
        "Troops left Baghdad in March. German Chancellor Gerhard Schroeder called for the embargo to be lifted.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Demand),
        [["Q183"]],
        "{:?}",
        summary(&x)
    );
    // A visit goes abroad: the visitor's country is no place of it.
    let x = run(
        "Troops left Baghdad in March. German Chancellor Gerhard Schroeder will visit the troops.",
        None,
    );
    let visits = countries_of_each(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert_ne!(visits[0], ["Q183"], "{:?}", summary(&x));
}

#[test]
fn a_coup_removes_a_ruler_not_a_board() {
    assert_makes(
        "Coup",
        false,
        &[
            "Mr Glazer used his stake in the club to oust three directors from the board.",
            "The moment that plastic finally toppled cash came on Wednesday.",
            "Elections in May ousted many of the president's supporters in parliament.",
        ],
    );
    assert_makes(
        "Coup",
        true,
        &[
            "Officers toppled President Ibrahim Boubacar Keita in August 2020.",
            "Two years ago the army overthrew the elected government.",
            "Rebels deposed the king in a night of fighting.",
        ],
    );
}

#[test]
fn a_progressive_with_a_time_ahead_is_a_plan() {
    assert_statuses(
        "The trade minister is travelling to Kenya next month for the opening of the port.",
        EventType::Visit,
        &[Status::Planned],
    );
    assert_statuses(
        "The trade minister is travelling to Kenya this week.",
        EventType::Visit,
        &[Status::UnderWay],
    );
}

#[test]
fn who_is_in_talks_or_named_before_a_headlines_deal_takes_part() {
    for (text, ty, agents) in [
        (
            "The Liberal Democrats are in talks with Labour over the budget.",
            EventType::Meeting,
            vec!["Liberal Democrats"],
        ),
        (
            "Labour and the Liberal Democrats in talks over reform",
            EventType::Meeting,
            vec!["Labour Party", "Liberal Democrats"],
        ),
        (
            "India and Iran in gas export deal",
            EventType::Agreement,
            vec!["India", "Iran"],
        ),
    ] {
        let x = run(text, None);
        let events = of_type(&x, ty);
        assert_eq!(events.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(agent_labels(&x, events[0]), agents, "{text}");
    }
}

#[test]
fn who_tells_or_a_named_actor_who_wants_somebody_to_act_demands_it() {
    assert_makes(
        "Demand",
        true,
        &[
            "The home secretary told asylum seekers from Kosovo to go back home.",
            "The Tories want the auditor to investigate the contracts.",
            "The general told the head of the militia to disarm.",
            // A group the text describes acts as a named one does.
            "Five public sector unions want the government to withdraw the new rules.",
        ],
    );
    // After a name or pronoun, "of" or "about" opens what is told.
    assert_makes(
        "Demand",
        false,
        &[
            "The coach told Ms Lane of his plan to quit.",
            "He told reporters that the plan had failed.",
            "The Tories want to win back the seat.",
            "Polls suggest that people still want the state to run the railways.",
        ],
    );
}

#[test]
fn a_participle_the_tagger_gave_a_verb_of_the_subject_before_it_is_the_verb() {
    // "urged" and "called" read as participles: the subject before them makes them the
    // sentence's verb; a participle naming something stays a modifier.
    assert_makes(
        "Demand",
        true,
        &[
            "Unions urged ministers to act.",
            "The union called for ministers to resign.",
        ],
    );
    assert_makes(
        "Demand",
        false,
        &["He refused to confirm he is setting up a new party called Veritas - Latin for truth."],
    );
}

#[test]
fn an_election_anticipated_or_ahead_of_a_present_passive_is_to_come() {
    for text in [
        "Extra polling staff are being recruited by councils in the run-up to the general election.",
        "Mortgage costs may climb after the anticipated general election.",
    ] {
        assert_statuses(text, EventType::Election, &[Status::Planned]);
    }
    // A past passive or a past verb keeps the election past.
    for text in [
        "The campaign was used in the run-up to the election.",
        "He resigned before the election.",
    ] {
        assert_statuses(text, EventType::Election, &[Status::Completed]);
    }
}

#[test]
fn an_election_weeks_away_predicted_or_in_the_run_up_is_to_come() {
    for text in [
        "The minister can look tough in the run up to the general election.",
        "The referendum may still be about 16 weeks away.",
        "With the election widely predicted for May, backbenchers warned the leadership.",
    ] {
        assert_statuses(text, EventType::Election, &[Status::Planned]);
    }
    // A past clause or a past "be" says nothing of what is still to come.
    for text in [
        "The minister resigned in the run up to the general election.",
        "The referendum was only two weeks away when he resigned.",
    ] {
        assert_statuses(text, EventType::Election, &[Status::Completed]);
    }
}

#[test]
fn a_gathering_thought_likely_to_do_something_is_still_to_come() {
    for text in [
        "The summit is thought unlikely to produce a breakthrough on trade.",
        "The conference is widely believed likely to back the plan.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Planned]);
    }
    // A verb that takes the "to" itself tells of what the gathering did.
    assert_statuses(
        "The summit failed to produce a breakthrough on trade.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn an_event_that_dates_a_clause_takes_neither_a_report_after_it_nor_the_clauses_negation() {
    // The report's past tense after the clause does not make the clause past.
    assert_statuses(
        "Both unions are keen to avoid a bitter dispute in the run-up to the general election, \
         said the correspondent.",
        EventType::Election,
        &[Status::Planned],
    );
    // What is avoided or refused is the clause's own event, not the one that dates it.
    for text in [
        "He refused to comment before the election.",
        "The unions avoided protests during the summit.",
    ] {
        let x = run(text, None);
        let dating = (x.events.iter())
            .filter(|e| matches!(e.event_type, EventType::Election | EventType::Meeting))
            .collect::<Vec<_>>();
        assert_eq!(dating.len(), 1, "{text}: {:?}", summary(&x));
        assert_ne!(dating[0].status, Status::Denied, "{text}");
    }
}

#[test]
fn a_demand_resisted_or_rejected_was_made() {
    for text in [
        "Chancellor Gordon Brown has resisted calls for him to set a date for the budget.",
        "She rejected Labour's call for a public inquiry.",
    ] {
        assert_statuses(text, EventType::Demand, &[Status::Completed]);
    }
    // Meetings refused are still denied.
    assert_statuses(
        "The council refused to hold talks with the union.",
        EventType::Meeting,
        &[Status::Denied],
    );
}

#[test]
fn an_adjective_a_habit_or_a_relative_that_makes_no_event() {
    for (ty, text) in [
        (
            "Demand",
            "The firm struggles to satisfy Japan's technologically demanding mobile users.",
        ),
        (
            "Demand",
            "Retailers blamed weak domestic demand that has shown no sign of recovery.",
        ),
        (
            "Election",
            "Most pensioners have traditionally voted Labour.",
        ),
        (
            "Agreement",
            "Even his fiercest critics seem to agree on one thing.",
        ),
        (
            "Agreement",
            "Farmers generally agree on them but rarely say so.",
        ),
        (
            "Attack",
            "Federal agents raided the company's offices in March.",
        ),
        ("Attack", "Police officers raided the warehouse at dawn."),
    ] {
        assert_makes(ty, false, &[text]);
    }
    // A participle after "be" or a preposition, a complement "that", a pact agreed on, a
    // raid by armed men: events.
    for (ty, text) in [
        ("Demand", "Unions are demanding higher wages."),
        (
            "Demand",
            "The unions renewed their demand that the plant stay open.",
        ),
        ("Election", "Most pensioners voted Labour in 2001."),
        ("Agreement", "The two sides agreed on a ceasefire."),
        ("Attack", "Gunmen raided the village at dawn."),
        ("Attack", "Army officers raided the presidential palace."),
    ] {
        assert_makes(ty, true, &[text]);
    }
}

#[test]
fn the_body_tells_the_headline_event_again_by_its_word_however_late() {
    let text = "Minister attacked with paint\n\n\
         Health minister Jane Okafor has had a tin of red paint thrown over her by a man in Leeds.\n\n\
         She was arriving at a school to speak to parents.\n\n\
         Ms Okafor was not hurt, her office said.\n\n\
         She later went ahead with the visit.\n\n\
         Police said a 41-year-old man had been arrested.\n\n\
         He is being held at a police station in the city.\n\n\
         The school said it was shocked.\n\n\
         The paint attack took place on Friday as Ms Okafor arrived at the school gates.";
    let x = run(text, Some("2025-03-10"));
    let a = of_type(&x, EventType::Attack);
    assert_eq!(a.len(), 1, "{:?}", summary(&x));
    assert_eq!(a[0].sentence, 0);
    assert!(a[0].when.is_some(), "{:?}", summary(&x));
}

#[test]
fn a_bare_definite_that_fits_several_events_is_the_headlines() {
    // "the agreement" fits the Polish deal and the German one: the headline's deal, what
    // the article is about, is the one meant.
    let x = run(
        "Norway and Poland in gas deal\n\nPoland has signed a $5bn deal to import gas from \
         Norway. Ministers secured a deal similar to one between Norway and Germany. Under the \
         agreement, Norway will supply Poland with gas for ten years.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 2, "{:?}", summary(&x));
    assert!(
        deals[0].mentions.iter().any(|m| m.trigger == "agreement"),
        "{:?}",
        x.events
    );
}

#[test]
fn the_body_tells_the_headline_event_again() {
    for (ty, text) in [
        (
            EventType::Agreement,
            "Chile and Peru in copper deal\n\nChile has signed a $2bn deal to sell copper to Peru.",
        ),
        (
            EventType::Demand,
            "Rail crash inquiry ordered\n\nThe crash killed nobody. Passengers were shaken. The line reopened. \
             The transport minister Ann Lee has ordered an inquiry into the crash.",
        ),
    ] {
        let x = run(text, Some("2005-01-10"));
        let evs = of_type(&x, ty);
        assert_eq!(evs.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(evs[0].mentions.len(), 1, "{text}");
    }
    // Another deal whose parties share none with the headline's is another event.
    let x = run(
        "Chile and Peru in copper deal\n\nChile has signed a deal with Peru. Bolivia agreed a gas deal with Brazil.",
        Some("2005-01-10"),
    );
    let deals = of_type(&x, EventType::Agreement);
    let sentences = |e: &Event| -> Vec<usize> {
        std::iter::once(e.sentence)
            .chain(e.mentions.iter().map(|m| m.sentence))
            .collect()
    };
    assert!(
        deals.iter().any(|e| sentences(e).starts_with(&[0, 1])),
        "{:?}",
        summary(&x)
    );
    assert!(
        deals
            .iter()
            .all(|e| !(sentences(e).contains(&0) && sentences(e).contains(&2))),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn who_is_never_present_at_a_gathering_takes_no_part_in_it() {
    let x = run(
        "Neutral headline here\n\nGordon Brown hit back. He also said that as Mr Baume was \
         never present at meetings between himself and the prime minister, he was not in a \
         position to judge.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(
        agent_labels(&x, e[0]).is_empty(),
        "{:?}",
        agent_labels(&x, e[0])
    );
}

#[test]
fn representatives_are_met_and_leaders_at_a_summit_attend_it() {
    // Representatives are people one meets, not a goal met.
    let x = run(
        "Last week Ms Hart and Mayor Tom Reid met union representatives in Leeds.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(agent_labels(&x, meetings[0]).contains(&"Tom Reid".to_string()));
    // The noun a gathering's "at" phrase describes attends it.
    let x = run(
        "In 2002, EU leaders at a summit in Seville agreed new asylum rules.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, meetings[0]), ["European Union"]);
}

#[test]
fn talks_one_is_in_go_on_and_a_plan_is_planned() {
    for text in [
        "The bank said it was in talks with Barclays over a sale.",
        "The carmaker remains in talks with its creditors.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::UnderWay]);
    }
    // Talks that set the scene of a past clause happened.
    assert_statuses(
        "In talks last week, the two unions settled their differences.",
        EventType::Meeting,
        &[Status::Completed],
    );
    assert_statuses(
        "The ministers plan to hold a summit on sectarianism next month.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn a_religious_group_belongs_to_no_one_country() {
    let x = run(
        "Muslims and Hindus in Leicester will vote in the general election.",
        Some("2005-01-10"),
    );
    for name in ["Muslims", "Hindus"] {
        let a = (x.actors.iter().find(|a| a.label == name))
            .unwrap_or_else(|| panic!("{name}: {:?}", x.actors));
        assert_eq!(a.country, None, "{name}");
    }
    assert!(
        x.events
            .iter()
            .all(|e| e.countries.iter().all(|&c| x.actors[c].id != "Q1027")),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_gerund_after_before_is_still_to_come_unless_its_clause_is_past() {
    assert_statuses(
        "Voters should weigh the issues before voting in the general election.",
        EventType::Election,
        &[Status::Planned],
    );
    // A past clause, before or after the phrase, keeps it past.
    assert_statuses(
        "Before visiting Israel, the minister toured a school in Gaza.",
        EventType::Visit,
        &[Status::Completed, Status::Completed],
    );
    assert_statuses(
        "He resigned before voting began.",
        EventType::Election,
        &[Status::Completed],
    );
    // Only a phrase that opens the sentence takes its tense from the verb after it; one
    // inside the subject does not ("a speech ahead of the meeting sent the dollar lower").
    assert_statuses(
        "Mr Brown's speech in London ahead of the meeting of G7 finance ministers sent the dollar lower.",
        EventType::Meeting,
        &[Status::Planned],
    );
    // To conclude that is to judge; to conclude a deal is to agree it.
    assert_makes(
        "Agreement",
        false,
        &["Analysts studied the figures before concluding that rates must rise."],
    );
    assert_makes(
        "Agreement",
        true,
        &["The two firms concluded a supply deal on Friday."],
    );
}

#[test]
fn a_speech_clause_set_against_what_comes_before_reports_none_of_it() {
    let x = run(
        "All the parties are campaigning for an election in May, although the prime minister has not confirmed the date.",
        Some("2005-01-10"),
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert!(
        elections[0].attribution.is_none(),
        "{:?}",
        elections[0].attribution
    );
    // A conjunction inside what is reported leaves it reported.
    let x = run(
        "The talks will resume in March because both sides want a deal, the minister said.",
        Some("2005-01-10"),
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    assert!(talks[0].attribution.is_some(), "{:?}", summary(&x));
}

#[test]
fn what_is_done_in_case_is_hypothetical_and_a_gathering_at_which_is_not_governed() {
    for text in [
        "British troops are on standby in case they need to pull out of Chad.",
        "Spain has put its troops on standby to withdraw them from Chad if necessary.",
    ] {
        assert_statuses(text, EventType::Withdrawal, &[Status::Hypothetical]);
    }
    // A verb of saying over a past clause reports it; it agrees to nothing.
    assert_statuses(
        "The winemaker confirmed the brewer had asked for a stake.",
        EventType::Demand,
        &[Status::Completed],
    );
    // A gathering the clause happens at takes none of the clause's status words.
    assert_statuses(
        "He insisted he will not be the party's candidate at the general election.",
        EventType::Election,
        &[Status::Planned],
    );
}

#[test]
fn a_price_that_rallies_or_voters_rallied_make_no_protest() {
    assert_makes(
        "Protest",
        false,
        &[
            "The pound fell to 1.80 dollars before rallying to 1.85 dollars.",
            "The chancellor rallies Labour voters in a speech.",
        ],
    );
    assert_makes(
        "Protest",
        true,
        &[
            "Thousands of supporters rallied outside parliament on Friday.",
            "Opposition supporters rallied in the capital.",
        ],
    );
    // "It" for a price, and a bare "the rally", after a sentence about prices; not after
    // one where the price is only what protesters object to.
    assert_makes(
        "Protest",
        false,
        &[
            "Neutral headline here\n\nThe dollar was up slightly against the euro in Tokyo. \
             It rallied briefly on Monday amid signs that oil prices are easing.",
            "Neutral headline here\n\nOil prices are roughly 45% higher than a year ago. \
             Fears about supply have played a part in the rally.",
        ],
    );
    assert_makes(
        "Protest",
        true,
        &[
            "Neutral headline here\n\nTruckers protested over fuel prices in Paris on \
           Monday. Police said the rally blocked roads.",
        ],
    );
}

#[test]
fn the_simple_present_with_a_time_of_its_own_tells_of_what_is_arranged() {
    for (text, ty) in [
        (
            "The party's spring conference takes place this weekend in Gateshead.",
            EventType::Meeting,
        ),
        (
            "Farmers hold talks with the minister on Friday.\n\nThe talks follow a month of protests.",
            EventType::Meeting,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e[0].status, Status::Planned, "{text}: {:?}", summary(&x));
    }
    // The past, the perfect, and a headline's present tell of what was done.
    for text in [
        "The party's spring conference took place last weekend in Gateshead.",
        "Farmers have held talks with the minister this week.",
        "Farmers hold talks with minister on Friday",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Meeting);
        assert_eq!(e[0].status, Status::Completed, "{text}: {:?}", summary(&x));
    }
}

#[test]
fn a_day_of_its_own_under_a_progressive_or_a_present_tells_of_what_is_arranged() {
    use EventType::{Election, Meeting};
    for (text, ty) in [
        // A noun event held in the present progressive.
        (
            "The council is holding an emergency meeting on Thursday with local traders.",
            Meeting,
        ),
        // No tense of its own (a gerund), under a present.
        (
            "Union leaders are expected to voice their anger about reports of infighting at \
             the annual meeting of the federation on Wednesday.",
            Meeting,
        ),
        // "this Sunday" in a clause that is not past.
        (
            "The talks will cover the country's future after this Sunday's elections.",
            Election,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Planned]);
    }
    // In the past, and a bare participle, the day tells when it was done.
    for (text, ty) in [
        (
            "The council held an emergency meeting on Thursday with local traders.",
            Meeting,
        ),
        ("Voters in Peru went to the polls this Sunday.", Election),
        (
            "The peacekeepers, deployed on Monday, are patrolling the border.",
            EventType::Deployment,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Completed]);
    }
}

#[test]
fn what_a_relative_clause_says_an_event_did_tells_that_it_took_place() {
    // Under a wish, the deal would be one still to come; the relative clause says what it
    // did.
    assert_statuses(
        "Officials want to review the deal, which gave the state most of the firm's assets.",
        EventType::Agreement,
        &[Status::Completed],
    );
    // A passive relative tells what was done to it, not that it took place: the deal is
    // still only wished for.
    assert_statuses(
        "Officials want to review the deal, which was proposed by the state.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
}

#[test]
fn a_second_conjunct_with_a_tense_of_its_own_is_not_governed_by_the_first() {
    // "have already held" has its own tense: neither the "will" nor the "next year" of the
    // first conjunct is the discussions'.
    let text = "The two banks will merge next year and already have held discussions with \
                the regulator.";
    let x = run(text, None);
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(meetings[0].status, Status::Completed, "{:?}", summary(&x));
    assert!(meetings[0].when.is_none(), "{:?}", meetings[0].when);
    // A conjunct that shares the "will" is still to come.
    assert_statuses(
        "The two banks will merge next year and hold talks with the regulator.",
        EventType::Meeting,
        &[Status::Planned],
    );
    // A time in a clause on the event's noun is its own.
    let x = run(
        "Reporters were briefed on the vote, which is scheduled for next month.",
        None,
    );
    let votes = of_type(&x, EventType::Election);
    assert!(votes.iter().any(|e| e.when.is_some()), "{:?}", summary(&x));
}

#[test]
fn a_country_named_in_passing_is_no_guess_for_a_sentence_that_names_none() {
    // Uganda is the latest country named before the meeting, but the article is about
    // Kenya: the meeting's sentence names no place, and the guess is the article's country.
    let text = "Kenyan farmers protest maize tax\n\n\
        Farmers in Kenya protested in Nairobi on Monday against a new tax on maize. Kenya's \
        government says the tax will pay for rural roads, and Kenyan officials expect it to \
        raise millions. Last year traders bought much of their maize in Uganda, a farmers' \
        leader said. Ministers held a meeting with the farmers' union on Tuesday.";
    let x = run(text, None);
    let meeting = summary(&x)
        .into_iter()
        .find(|e| e.0 == "Meeting")
        .expect("a meeting");
    assert_eq!(meeting.3, vec!["Q114".to_string()], "{:?}", summary(&x));
}

#[test]
fn what_talks_or_a_deal_are_on_is_their_topic_not_a_party() {
    for (text, ty, party) in [
        (
            "Ministers held talks on Iraq with France.",
            EventType::Meeting,
            "France",
        ),
        (
            "Turkey signed a deal on Cyprus with the European Union.",
            EventType::Agreement,
            "European Union",
        ),
    ] {
        let x = run(text, None);
        let e = &of_type(&x, ty)[0];
        let labels: Vec<&str> = (e.participants.iter())
            .map(|&a| x.actors[a].label.as_str())
            .collect();
        assert_eq!(labels, vec![party], "{text}: {:?}", summary(&x));
    }
}

#[test]
fn a_participle_of_saying_on_the_events_clause_reports_none_of_it() {
    // "declaring …" tells what he said as he was elected; the election is the narrator's.
    let x = run(
        "Mr Okafor was elected to the senate in 1999, declaring that the oil towns would \
         finally be heard.",
        None,
    );
    let e = &of_type(&x, EventType::Election)[0];
    assert!(e.attribution.is_none(), "{:?}", e.attribution);
    // What the participle's clause holds is what was said.
    let x = run(
        "The minister criticised the plan, saying the troops would withdraw from the town.",
        None,
    );
    let e = &of_type(&x, EventType::Withdrawal)[0];
    assert_eq!(
        e.attribution.as_ref().map(|a| a.text.as_str()),
        Some("The minister")
    );
}

#[test]
fn a_negated_verb_of_saying_attributes_nothing() {
    for text in [
        "Ms Patel did not say that the troops would withdraw from the border.",
        "She never said so, but the unions expect a protest outside the factory.",
    ] {
        let x = run(text, None);
        assert!(!x.events.is_empty(), "{text}");
        assert!(
            x.events.iter().all(|e| e.attribution.is_none()),
            "{text}: {:?}",
            x.events.iter().map(|e| &e.attribution).collect::<Vec<_>>()
        );
    }
    // Negation inside what was said leaves the speaker.
    let x = run(
        "Ms Patel said that the troops would not withdraw from the border.",
        None,
    );
    let e = &of_type(&x, EventType::Withdrawal)[0];
    assert_eq!(
        e.attribution.as_ref().map(|a| a.text.as_str()),
        Some("Ms Patel")
    );
}

#[test]
fn what_a_present_or_past_follow_takes_came_first() {
    for text in [
        "The decision follows a tough meeting where senior ministers argued against the plan.",
        "The plan followed talks between the two ministers.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Completed]);
    }
    // What will follow talks says nothing of them but their time.
    let x = run(
        "The vote will follow talks between the two sides next week.",
        None,
    );
    let e = &of_type(&x, EventType::Meeting)[0];
    assert_eq!(e.status, Status::Planned, "{:?}", summary(&x));
}

#[test]
fn the_occasion_of_a_clause_is_at_its_time_but_an_event_named_past_or_a_cause_is_done() {
    for (text, ty) in [
        (
            "The unions will raise the matter with ministers at the party's spring conference.",
            EventType::Meeting,
        ),
        (
            "The minister will speak for the whole group during his visit.",
            EventType::Visit,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Planned]);
    }
    // A word of its own that dates it, or another preposition, keeps the noun's event
    // apart from the clause's time.
    for (text, ty) in [
        (
            "The bank will hold rates at 4% after the latest meeting of its committee.",
            EventType::Meeting,
        ),
        (
            "Ministers will bring in new laws in response to the bomb attacks.",
            EventType::Attack,
        ),
        (
            "The firm will not repeat its mistakes at its latest summit.",
            EventType::Meeting,
        ),
        // What a clause's act gave way to was done, whatever the clause's words of
        // status say of that act.
        (
            "The provincial government was forced to back down in the face of public protests.",
            EventType::Protest,
        ),
        (
            "The union will win members on the back of its call for a ban on night shifts.",
            EventType::Demand,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Completed]);
    }
    // The last one before another is the final one, not a past one.
    assert_statuses(
        "Delegates will travel to Leeds for their last conference before the vote.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn a_headlines_past_form_is_a_passive_without_its_be() {
    // Headlines tell of what was done in the present; a past form is a participle.
    let x = run(
        "Councillor attacked with paint\n\nA councillor in Leeds was attacked on Friday.",
        None,
    );
    let e = of_type(&x, EventType::Attack);
    assert!(!e.is_empty(), "{:?}", summary(&x));
    for ev in e {
        let agents = agent_labels(&x, ev);
        assert!(
            !agents.iter().any(|a| a.contains("ouncillor")),
            "{agents:?}"
        );
    }
    assert_one_by(
        "Minister attacked by gunmen",
        EventType::Attack,
        &["gunmen"],
    );
    // "Attacked on" a topic is criticism, no passive of an assault.
    let x = run("Jack Straw attacked on China arms", None);
    assert!(
        of_type(&x, EventType::Attack).is_empty(),
        "{:?}",
        summary(&x)
    );
    // In the body the past tense is the past tense.
    assert_one_by(
        "Rebels attacked the town on Friday.",
        EventType::Attack,
        &["Rebels"],
    );
}

#[test]
fn a_denial_that_is_only_asked_for_leaves_the_event_possible() {
    for (text, ty) in [
        (
            "The club has pleaded with visiting fans not to protest inside its ground.",
            EventType::Protest,
        ),
        (
            "Shareholders urged the board to reject the new deal.",
            EventType::Agreement,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // A denial itself, and a demand denied, stay denied.
    for (text, ty) in [
        ("The board rejected the new deal.", EventType::Agreement),
        (
            "The minister has not asked the troops to leave.",
            EventType::Withdrawal,
        ),
        (
            "The chairman insisted he had done no deals with the union.",
            EventType::Agreement,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Denied]);
    }
}

#[test]
fn a_time_in_the_triggers_own_clause_dates_it_before_one_of_another_clause() {
    let x = run(
        "Shares in the airline fell on Monday despite the firm agreeing a new loan with its banks on Friday.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let when = e[0].when.as_ref().map(|w| w.text.as_str());
    assert_eq!(when, Some("Friday"), "{:?}", e[0].when);
    // With no time of its own, the clause's time around it still dates it.
    let x = run("On Monday the firm signed a deal with its banks.", None);
    let e = of_type(&x, EventType::Agreement);
    let when = e[0].when.as_ref().map(|w| w.text.as_str());
    assert_eq!(when, Some("Monday"), "{:?}", e[0].when);
}

#[test]
fn calling_an_election_for_a_day_is_no_call_for_it() {
    // "call … for" with the verb's object between is another sense: calling a vote or a
    // meeting for a day.
    assert_makes(
        "Demand",
        false,
        &[
            "The premier is expected to call an election for 12 June.",
            "The chairman will call a meeting for Friday.",
        ],
    );
    // Adverbs, or a phrase a preposition opens, may stand between.
    assert_makes(
        "Demand",
        true,
        &[
            "The union called again for talks with the airline.",
            "Farmers called on Monday for the tax to be scrapped.",
            "A senior peer called last week for observers at the vote.",
        ],
    );
}

#[test]
fn an_event_said_to_be_likely_is_still_to_come() {
    assert_statuses(
        "Officials said the referendum was likely to be held in June.",
        EventType::Election,
        &[Status::Planned],
    );
    assert_statuses(
        "Analysts said a merger agreement was unlikely to be signed this year.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
}

#[test]
fn a_deadline_is_a_demand_only_when_somebody_sets_it() {
    // A time limit nobody is said to set on anybody is no demand.
    assert_makes(
        "Demand",
        false,
        &[
            "The deadline for bids expires on Friday.",
            "Shares rose ahead of a 2010 deadline for opening the market.",
        ],
    );
    // Set by somebody, or somebody's.
    assert_makes(
        "Demand",
        true,
        &[
            "The soldiers left before the deadline set by the Malian junta.",
            "The junta's deadline for the envoy to leave expired on Friday.",
        ],
    );
}

#[test]
fn the_possessor_before_a_place_named_before_the_noun_acts() {
    // "Ms Okafor's Kenya visit": the place says where, the possessor who.
    for (text, ty, agent) in [
        (
            "Ms Okafor's Kenya visit ended on Friday.",
            EventType::Visit,
            "Okafor",
        ),
        (
            "Norway's Iceland deal was signed in Oslo.",
            EventType::Agreement,
            "Norway",
        ),
    ] {
        assert_one_by(text, ty, &[agent]);
    }
}

#[test]
fn striking_a_deal_named_by_its_modifiers_is_no_attack() {
    // The head of what is struck is the deal, whatever nouns or a country's adjective
    // stand before it.
    assert_makes(
        "Attack",
        false,
        &[
            "Kenya struck a gas deal with Uganda on Monday.",
            "Ghana strikes Nigerian power deal",
            "There he is expected to strike a similar debt relief pact.",
        ],
    );
}

#[test]
fn a_clause_told_of_an_event_noun_is_that_event() {
    // A relative clause on the noun, set off by a comma, tells more of the attack already
    // named: "the attack" and "killed" are mentions of the bombing, not new attacks.
    let x = run(
        "Gunmen bombed a hotel in Herat on Friday. The attack, which killed six guards, was the worst this year.",
        None,
    );
    let attacks = of_type(&x, EventType::Attack);
    assert_eq!(attacks.len(), 1, "{:?}", summary(&x));
    assert_eq!(attacks[0].mentions.len(), 2, "{:?}", attacks[0].mentions);
    // A restrictive clause picks out another attack, with its own place.
    let x = run(
        "Gunmen bombed a hotel in Herat on Friday. The attack that killed six guards in Kabul was worse.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 2, "{:?}", summary(&x));
    // The meeting is what is hosted: one meeting, whose host is the prime minister.
    let x = run(
        "Monday's meeting on fishing quotas is being hosted by the Norwegian prime minister, Erna Dahl.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(labels(&x, &meetings[0].agents).contains(&"Erna Dahl".to_string()));
}

#[test]
fn such_an_event_is_a_kind_not_another_event() {
    // "such attacks" are attacks like the ambush, not a new one.
    let x = run(
        "Rebels ambushed an aid convoy near Gao on Monday. The governor said such attacks would not stop deliveries.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 1, "{:?}", summary(&x));
    // "attacks such as the ambush" names attacks by what they are like; the ambush is one.
    let x = run(
        "The governor condemned attacks such as Monday's ambush of an aid convoy near Gao.",
        None,
    );
    assert!(
        !of_type(&x, EventType::Attack).is_empty(),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn attacks_only_thought_of_are_one_thought() {
    // The risk of an attack and a possible attack are the same possibility; attacks that
    // happened are joined only by their place or day.
    let x = run(
        "Police chiefs warned of the risk of a terrorist attack during the campaign. Officials fear a possible attack on polling stations.",
        None,
    );
    let attacks = of_type(&x, EventType::Attack);
    assert_eq!(attacks.len(), 1, "{:?}", summary(&x));
    assert_eq!(attacks[0].status, Status::Hypothetical);
    let x = run(
        "Rebels attacked a convoy near Gao. Days later, rebels attacked a market near Mopti.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 2, "{:?}", summary(&x));
}

#[test]
fn a_place_named_after_a_countrys_adjective_is_in_that_country() {
    // "the Malian desert town of": the adjective on the place noun names its country,
    // though the town is in no table.
    let x = run(
        "Rebels attacked the Malian desert town of Oukrala on Monday.",
        None,
    );
    let attacks = of_type(&x, EventType::Attack);
    assert_eq!(attacks.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &attacks[0].countries), ["Mali"]);
}

#[test]
fn a_city_the_recognizer_finds_after_a_locative_gives_its_country() {
    // Gateshead is a town of England: the protest there is in the United Kingdom.
    let x = run(
        "Hunt supporters will protest in Gateshead on Saturday.",
        None,
    );
    let protests = of_type(&x, EventType::Protest);
    assert_eq!(protests.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &protests[0].location), ["Gateshead"]);
    assert_eq!(labels(&x, &protests[0].countries), ["United Kingdom"]);
    // A name not introduced as a place may be a company's: no city.
    let x = run("Toyota agreed a deal with Halifax on Monday.", None);
    assert!(
        x.actors.iter().all(|a| a.kind != Kind::City),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_town_is_where_an_event_is_not_who_acts() {
    // The town's summit is held there; the town holds nothing.
    let x = run(
        "The leaders met at the town of Oukrala's summit in May.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(
        meetings[0].agents.is_empty(),
        "{:?}",
        labels(&x, &meetings[0].agents)
    );
    assert_eq!(labels(&x, &meetings[0].location), ["Oukrala"]);
}

#[test]
fn an_election_under_a_modal_or_with_no_tense_of_its_own_is_still_to_come() {
    use Status::*;
    for text in [
        // A modal in the election's own clause.
        "The election could be a target for hackers, officials warn.",
        // No tense of its own, under an imperative or a present clause.
        "Let the election settle the matter.",
        "Ministers face the prospect of losing their seats at an election.",
    ] {
        assert_statuses(text, EventType::Election, &[Planned]);
    }
    // Told in the past: over.
    for text in [
        "After losing the election, the minister resigned.",
        "The minister lost his seat at the election.",
    ] {
        assert_statuses(text, EventType::Election, &[Completed]);
    }
}

#[test]
fn people_a_plural_noun_describes_act_in_events() {
    // Detainees, prisoners and women named only by what they are are the doers.
    for (text, ty, agent) in [
        (
            "The detainees will be allowed to meet their families on Sunday.",
            EventType::Meeting,
            "detainees",
        ),
        (
            "The women demanded equal pay at the plant on Monday.",
            EventType::Demand,
            "women",
        ),
        (
            "Two prisoners met the governor of the jail on Friday.",
            EventType::Meeting,
            "Two prisoners",
        ),
    ] {
        let x = run(text, None);
        let events = of_type(&x, ty);
        assert_eq!(events.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(labels(&x, &events[0].agents), [agent], "{text}");
    }
}

#[test]
fn an_event_that_could_happen_is_only_thought_of() {
    use Status::*;
    assert_statuses(
        "A bombing could happen in the capital before the vote.",
        EventType::Attack,
        &[Hypothetical],
    );
    assert_statuses(
        "Diplomats fear a military coup might occur within weeks.",
        EventType::Coup,
        &[Hypothetical],
    );
    // What happened is done.
    assert_statuses(
        "A bombing happened in the capital before the vote.",
        EventType::Attack,
        &[Completed],
    );
}

#[test]
fn a_gathering_someone_is_at_now_is_going_on() {
    use Status::*;
    assert_statuses(
        "The foreign minister is at a summit in Lisbon.",
        EventType::Meeting,
        &[UnderWay],
    );
    // Was there: over; will be there: to come.
    assert_statuses(
        "The foreign minister was at a summit in Lisbon.",
        EventType::Meeting,
        &[Completed],
    );
    assert_statuses(
        "The foreign minister will be at a summit in Lisbon.",
        EventType::Meeting,
        &[Planned],
    );
}

#[test]
fn a_demand_answered_only_by_a_misread_word_is_not_made() {
    // "to request" is an infinitive the tagger may read as a noun, and "in its demands"
    // says how demands are made: neither answers a demand already made.
    for text in [
        "Workers will be permitted to request staying on after 65.",
        "The union will be uncompromising in its demands for higher pay.",
    ] {
        let x = run(text, None);
        assert!(
            statuses(&x, EventType::Demand)
                .iter()
                .all(|s| *s != Status::Completed),
            "{text}: {:?}",
            summary(&x)
        );
    }
    // A verb that answers a demand says it was made.
    assert_statuses(
        "The council will ignore demands to hold an inquiry.",
        EventType::Demand,
        &[Status::Completed],
    );
}

#[test]
fn the_markets_demand_is_no_ones_demand() {
    // A mass noun, or one with a word of the market's size: what buyers want.
    for text in [
        "Strong demand for its trucks lifted profits at Volvo.",
        "India's growing demand for oil worries Opec.",
    ] {
        let x = run(text, None);
        assert!(
            of_type(&x, EventType::Demand).is_empty(),
            "{text}: {:?}",
            summary(&x)
        );
    }
    // A demand somebody made, with its article.
    let x = run(
        "An EU demand for Serbia to arrest the general was ignored.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Demand).len(), 1, "{:?}", summary(&x));
}

#[test]
fn they_can_be_two_persons_named_together() {
    // "they" takes the two persons named together as a subject.
    let x = run(
        "Ann Pound and Tom Lucy first spoke at a party in 1998. Two years later they met in Paris.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &meetings[0].agents), ["Ann Pound", "Tom Lucy"]);
    // Not persons in a phrase ("joined by"), nor a "they" a speaker quotes.
    for text in [
        "The minister was joined by Ann Pound and Tom Lucy. Later they met in Paris.",
        "He refused to back Ann Pound and Tom Lucy. He said: \"They met in Paris without me.\"",
    ] {
        let x = run(text, None);
        assert!(
            of_type(&x, EventType::Meeting)
                .iter()
                .all(|e| !labels(&x, &e.agents).contains(&"Tom Lucy".to_string())),
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn who_starts_or_continues_an_event_takes_part_in_it() {
    // The subject of a verb that starts, resumes or continues the event it takes as object
    // acts in it.
    for (text, ty) in [
        (
            "Norway will start accession talks with Croatia in April.",
            EventType::Meeting,
        ),
        (
            "Norway and Chile will continue a joint venture agreement on salmon.",
            EventType::Agreement,
        ),
    ] {
        let x = run(text, None);
        let events = of_type(&x, ty);
        assert_eq!(events.len(), 1, "{text}: {:?}", summary(&x));
        assert!(
            labels(&x, &events[0].agents).contains(&"Norway".to_string()),
            "{text}: {:?}",
            labels(&x, &events[0].agents)
        );
    }
}

#[test]
fn a_raw_deal_is_how_someone_is_treated() {
    for text in [
        "Part-time staff would still get a raw deal under the plan.",
        "Campaigners want a fair deal for carers.",
        "Ms Berg said it was a \"good deal\" for town halls.",
        "Which party will offer voters the best deal on council tax is unclear.",
    ] {
        let x = run(text, None);
        assert!(
            of_type(&x, EventType::Agreement).is_empty(),
            "{text}: {:?}",
            summary(&x)
        );
    }
    // With its parties named, a fair or good deal is a bargain, not an amount.
    for text in [
        "The union struck a fair deal with the airline on Monday.",
        "The club struck a good deal with the bank on Monday.",
    ] {
        let x = run(text, None);
        assert_eq!(
            of_type(&x, EventType::Agreement).len(),
            1,
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn a_vote_against_cuts_is_no_election() {
    // What is voted against is a measure (word class bill_word, found by the tree).
    let x = run(
        "She made her name voting against the government's spending cuts in 1981.",
        None,
    );
    assert!(
        of_type(&x, EventType::Election).is_empty(),
        "{:?}",
        summary(&x)
    );
    // A people's vote in a referendum is one.
    let x = run("Scots voted against independence in the referendum.", None);
    assert!(
        !of_type(&x, EventType::Election).is_empty(),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_product_withdrawn_from_shops_is_no_withdrawal() {
    let x = run("Vioxx was withdrawn from shops last year.", None);
    assert!(
        of_type(&x, EventType::Withdrawal).is_empty(),
        "{:?}",
        summary(&x)
    );
    let x = run("Dutch troops were withdrawn from Uruzgan in 2010.", None);
    assert_eq!(
        of_type(&x, EventType::Withdrawal).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn what_a_situation_demands_is_no_ones_demand() {
    for text in [
        "The new terrorism demands new powers for the police.",
        "The job demands patience and tact.",
    ] {
        let x = run(text, None);
        assert!(
            of_type(&x, EventType::Demand).is_empty(),
            "{text}: {:?}",
            summary(&x)
        );
    }
    // People and their documents demand.
    for text in [
        "Protesters demanded the release of the prisoners.",
        "His report demands a major overhaul of the rules.",
    ] {
        let x = run(text, None);
        assert_eq!(
            of_type(&x, EventType::Demand).len(),
            1,
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn a_participle_on_a_noun_takes_its_agent_from_by() {
    // A past participle hanging on a noun is passive: its "by" phrase is the agent, a
    // name in apposition included.
    let x = run(
        "Reporters attended the press conference hosted by the health secretary, Ann Wexley.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, meetings[0]), ["Ann Wexley"]);
    // The participle is told at the time of the clause its noun is in; the order a verb
    // of telling gives is not its status.
    let x = run(
        "Mr Harlow told the minister at a dinner hosted by Tom Vance that he would resign.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(meetings[0].status, Status::Completed);
    assert_eq!(agent_labels(&x, meetings[0]), ["Tom Vance"]);
}

#[test]
fn a_condition_makes_its_clause_and_the_clause_resting_on_it_hypothetical() {
    for (text, ty) in [
        // The clause a condition opens.
        (
            "Unless the two sides reach an agreement, the plant will close.",
            EventType::Agreement,
        ),
        (
            "The company will pay more in the event that a new contract is agreed.",
            EventType::Agreement,
        ),
        // A clause not in the past that rests on a condition.
        (
            "The firm will sign the deal if the board agrees.",
            EventType::Agreement,
        ),
        (
            "If the cabinet approves the plan, this will be the first deal of its kind.",
            EventType::Agreement,
        ),
        (
            "If the ceasefire fails, the troops will withdraw from the city.",
            EventType::Withdrawal,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // "even if" concedes: the plan stands.
    assert_statuses(
        "The troops will withdraw from the city even if the ceasefire fails.",
        EventType::Withdrawal,
        &[Status::Planned],
    );
    // An event noun a condition's clause speaks of as its subject is not itself in doubt,
    // and "an event held" is no "in the event that".
    assert_statuses(
        "Officials met at an event held during the party's conference.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn what_is_said_of_winning_an_election_is_no_status_of_the_election() {
    for (text, status) in [
        // Expected, or not, to win: the election of a past clause was held.
        (
            "He was not expected to win the 1997 election.",
            Status::Completed,
        ),
        (
            "The governor would have won the election had more people voted.",
            Status::Completed,
        ),
        // From the present, an infinitive's contest is to come.
        (
            "The party is expected to win the election.",
            Status::Planned,
        ),
        ("She will not contest the election.", Status::Planned),
        ("The party won the election.", Status::Completed),
    ] {
        assert_statuses(text, EventType::Election, &[status]);
    }
}

#[test]
fn a_time_since_or_until_dates_only_its_own_clause() {
    // "since 1917" starts the period of the main clause, not the conference of the clause
    // under it.
    let x = run(
        "It will be the first time since 1917 that the party has chosen Leeds to host its conference.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(meetings[0].when.is_none(), "{:?}", meetings[0].when);
    // So does a time "until", which ends a period.
    let x = run(
        "The government has until June 2006 to hold the general election.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert!(elections[0].when.is_none(), "{:?}", elections[0].when);
    // In its own clause it dates the event.
    let x = run("The two firms have held talks since 2003.", None);
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(meetings[0].when.is_some());
}

#[test]
fn what_international_bodies_do_takes_no_country_from_the_article() {
    // The article's country is no evidence of where a body of many states acts.
    let x = run(
        "Farmers in Scotland protested on Monday. G7 finance ministers called for more flexibility in exchange rates.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert!(demands[0].countries.is_empty(), "{:?}", summary(&x));
    // Its sentence may still name one.
    let x = run("The EU will hold a summit in Vienna next week.", None);
    assert_eq!(summary(&x)[0].3, ["Q40"], "{:?}", summary(&x));
    // An election of a union of states is held in each member: the article's country
    // stays.
    let x = run(
        "Turnout in Britain was low. The party did well in the European elections last June.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert_eq!(summary(&x).last().unwrap().3, ["Q145"], "{:?}", summary(&x));
    // So does a union's force, which goes to a country.
    let x = run(
        "Fighting went on in Mali. UN peacekeepers began to withdraw on Monday.",
        None,
    );
    let withdrawals = of_type(&x, EventType::Withdrawal);
    assert_eq!(withdrawals.len(), 1, "{:?}", summary(&x));
    assert!(has(&x, "Withdrawal", "Q1065", "Q912"), "{:?}", summary(&x));
}

#[test]
fn rehearsals_opinions_and_stoppages_are_no_events_of_their_type() {
    assert_makes(
        "Election",
        false,
        &["Pupils took part in mock elections in schools across the country."],
    );
    assert_makes(
        "Agreement",
        false,
        &["I am in wholehearted agreement with him on this."],
    );
    assert_makes(
        "Attack",
        false,
        &["A strike on the Lisbon underground halted trains on Monday."],
    );
    // The event itself, and an armed strike on a railway.
    assert_makes(
        "Election",
        true,
        &["Voters took part in elections across the country."],
    );
    assert_makes(
        "Agreement",
        true,
        &["The two firms reached an agreement on Monday."],
    );
    assert_makes(
        "Attack",
        true,
        &["An air strike on the railway killed four people."],
    );
}

#[test]
fn an_object_pronoun_is_not_its_own_clauses_subject() {
    // "them" after "urged" is not the campaigners who urge (that would be "themselves").
    let x = run("Campaigners have long urged them to stop the hunt.", None);
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &demands[0].agents), ["Campaigners"]);
    assert!(
        demands[0].affected.is_empty(),
        "{:?}",
        labels(&x, &demands[0].affected)
    );
    // In a clause of its own it may be.
    let x = run("The rebels said the army had attacked them.", None);
    let attacks = of_type(&x, EventType::Attack);
    assert_eq!(attacks.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &attacks[0].affected), ["rebels"]);
}

#[test]
fn an_agreement_or_order_still_to_come_only_plans_its_event() {
    for text in [
        "The general election will be announced on Monday.",
        "Creditors are expected to accept the deal.",
    ] {
        let x = run(text, None);
        let st: Vec<Status> = x.events.iter().map(|e| e.status).collect();
        assert_eq!(st, [Status::Planned], "{text}: {:?}", summary(&x));
    }
    // Once made, the agreement is the status.
    assert_statuses(
        "The two sides agreed to hold talks.",
        EventType::Meeting,
        &[Status::Agreed],
    );
}

#[test]
fn a_city_that_hosts_is_the_venue_not_the_host() {
    // The recognizer may take a town for a body (a football club shares its name); the
    // city table knows it, and a venue verb's subject is where the gathering is.
    let x = run("In 2003 Bournemouth hosted the party's conference.", None);
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(
        meetings[0].agents.is_empty(),
        "{:?}",
        labels(&x, &meetings[0].agents)
    );
    // A firm hosts.
    let x = run("Acme Holdings hosted the conference in Leeds.", None);
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(labels(&x, &meetings[0].agents), ["Acme Holdings"]);
}

#[test]
fn what_is_yet_to_be_prevented_or_not_needed_may_come() {
    for (text, ty) in [
        (
            "The new powers are meant to prevent a terrorist attack.",
            EventType::Attack,
        ),
        (
            "Terrorists do not need to attack the capital to spread fear.",
            EventType::Attack,
        ),
        (
            "Troops will not have to withdraw from the area.",
            EventType::Withdrawal,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // Prevented, or simply not done, it is denied.
    for text in [
        "Police prevented the attack on the station.",
        "The rebels did not attack the town.",
    ] {
        assert_statuses(text, EventType::Attack, &[Status::Denied]);
    }
    // What one failed to prevent happened.
    assert_statuses(
        "Villagers accuse the soldiers of failing to stop attacks by armed groups.",
        EventType::Attack,
        &[Status::Completed],
    );
}

#[test]
fn what_a_vote_is_on_is_its_question_not_a_participant() {
    let x = run(
        "Britain will hold a referendum on the European constitution in 2006.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert!(
        elections[0].participants.is_empty(),
        "{:?}",
        labels(&x, &elections[0].participants)
    );
    // The state that holds it is still its agent.
    assert_eq!(labels(&x, &elections[0].agents), ["United Kingdom"]);
}

#[test]
fn a_wish_for_what_its_subject_will_do_is_only_wished() {
    // Wanting, hoping or being keen to do something plans nothing yet.
    for (text, ty) in [
        (
            "The union wants to hold talks with the minister.",
            EventType::Meeting,
        ),
        (
            "The rebels wanted to attack the capital.",
            EventType::Attack,
        ),
        (
            "The brewer hopes to strike a deal with its lenders.",
            EventType::Agreement,
        ),
        (
            "The carmaker is keen to sign an agreement with Diageo.",
            EventType::Agreement,
        ),
        // Being happy, ready or prepared to do it is a willingness.
        (
            "The minister said she would be happy to meet the strikers.",
            EventType::Meeting,
        ),
        (
            "He said he would be delighted to meet the president.",
            EventType::Meeting,
        ),
        (
            "Iran is ready to hold talks with the EU.",
            EventType::Meeting,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // Happy with what is done says nothing of it.
    assert_statuses(
        "The minister said she was happy with the deal they signed last week.",
        EventType::Agreement,
        &[Status::Completed],
    );
    // What its subject plans or is due to do is planned.
    assert_statuses(
        "The union plans to hold talks with the minister.",
        EventType::Meeting,
        &[Status::Planned],
    );
    // A wish for what others do, or to see it done, is a demand.
    for (text, ty) in [
        (
            "The union wants talks with the minister.",
            EventType::Meeting,
        ),
        (
            "Mr Harlow wants to see a phased withdrawal of British troops.",
            EventType::Withdrawal,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Demanded]);
    }
}

#[test]
fn what_a_past_act_came_after_was_held() {
    assert_statuses(
        "The two firms failed to come to an agreement after six months of talks.",
        EventType::Meeting,
        &[Status::Completed],
    );
    // After it, a clause still to come leaves it to come.
    assert_statuses(
        "The two firms will sign the contract after next week's talks.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn meeting_a_goal_voting_on_a_motion_and_buying_are_no_events() {
    assert_makes(
        "Meeting",
        false,
        &[
            "The firm said it was confident of meeting or exceeding all of its targets.",
            "Our results were strong, meeting or exceeding all of our objectives, the chief executive said.",
        ],
    );
    assert_makes(
        "Election",
        false,
        &["Investors voted to approve the move on Tuesday."],
    );
    assert_makes(
        "Demand",
        false,
        &[
            "The airline ordered ten new jets from Airbus.",
            "Customers can go online to order phone cards.",
        ],
    );
    // A vote for a party, and an order that someone do something, are.
    assert_makes(
        "Election",
        true,
        &["Voters voted for Labour in the election."],
    );
    assert_makes(
        "Demand",
        true,
        &[
            "The agency ordered 30 projects halted.",
            "The minister ordered an inquiry into the crash.",
            "The general ordered the soldiers to leave the town.",
        ],
    );
}

#[test]
fn a_start_a_timetable_dates_is_planned() {
    // The present simple of a start with a day or month as its time tells of a timetable.
    assert_statuses(
        "The summit of Baltic leaders begins on 14 March in Riga.",
        EventType::Meeting,
        &[Status::Planned],
    );
    assert_statuses(
        "Talks between the dockers and the port owners start on Thursday.",
        EventType::Meeting,
        &[Status::Planned],
    );
    // A start told in the past, or one under way, is not to come.
    assert_statuses(
        "The summit of Baltic leaders began on 14 March in Riga.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    assert_statuses(
        "Talks between the dockers and the port owners are beginning in Hull.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
}

#[test]
fn a_present_simple_a_day_dates_tells_of_a_timetable() {
    // The present simple of a clause dated by a day or month tells of what is to come: the
    // event's own verb, or the verb whose object it is, dated itself or through the noun.
    for text in [
        "Northwind Bank has its annual meeting on Thursday to approve the accounts.",
        "The harbour committee meets on Friday to consider the report.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Planned]);
    }
    // Told in the past, it is done.
    for text in [
        "Northwind Bank had its annual meeting on Thursday to approve the accounts.",
        "The harbour committee met on Friday to consider the report.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Completed]);
    }
}

#[test]
fn what_a_verb_of_moving_takes_as_object_is_what_moves() {
    // A state, or a firm read as one, that relocates its plants or consulates moves no force.
    let x = run(
        "The Danish firm, the biggest brewer in the region, said it is to relocate about 6 of its 14 breweries in Germany and Poland.",
        None,
    );
    assert!(
        of_type(&x, EventType::Withdrawal).is_empty(),
        "{:?}",
        summary(&x)
    );
    let x = run(
        "Denmark said it would relocate two of its consulates in Germany.",
        None,
    );
    assert!(
        of_type(&x, EventType::Withdrawal).is_empty(),
        "{:?}",
        summary(&x)
    );
    // A force as the object still moves.
    assert_statuses(
        "Norway recalled 300 soldiers from Kosovo on Tuesday.",
        EventType::Withdrawal,
        &[Status::Completed],
    );
    assert_statuses(
        "Finland will send 200 peacekeepers to Lebanon.",
        EventType::Deployment,
        &[Status::Planned],
    );
    assert_statuses(
        "Norway will withdraw from Kosovo.",
        EventType::Withdrawal,
        &[Status::Planned],
    );
}

#[test]
fn who_holds_a_meeting_is_not_also_its_participant() {
    let x = run(
        "Ms Okafor said after meeting Paul Grant that she had been left with little hope.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    for p in &meetings[0].participants {
        assert!(!meetings[0].agents.contains(p), "{:?}", meetings[0]);
    }
    assert!(!meetings[0].agents.is_empty(), "{:?}", meetings[0]);
}

#[test]
fn attacks_being_plotted_are_planned() {
    assert_statuses(
        "Police say dozens of people in the country are plotting attacks on railways.",
        EventType::Attack,
        &[Status::Planned],
    );
}

/// The labels of actors `ids` of extraction `x`.
fn labels_of(x: &Extraction, ids: &[usize]) -> Vec<String> {
    ids.iter().map(|&a| x.actors[a].label.to_string()).collect()
}

#[test]
fn evacuating_people_moves_no_force() {
    // "evacuate" carries what it takes as object: citizens are no force, so troops that
    // evacuate them do not withdraw; troops evacuated do.
    assert_makes(
        "Withdrawal",
        false,
        &[
            "British troops are on standby to evacuate UK citizens from Ivory Coast.",
            "French soldiers evacuated hundreds of foreign nationals from the capital.",
        ],
    );
    assert_makes(
        "Withdrawal",
        true,
        &["The US evacuated its troops from the base in Kabul."],
    );
}

#[test]
fn a_portion_of_a_firm_bought_is_a_deal() {
    // "all of", "25% of" a firm named after "of" is a purchase of the firm.
    for text in [
        "Drinks firm Diageo said it had bought all of rival brewer Fosters.",
        "Drinks firm Diageo acquired 40% of rival brewer Fosters last year.",
    ] {
        let x = run(text, Some("2005-01-10"));
        let deals = of_type(&x, EventType::Agreement);
        assert_eq!(deals.len(), 1, "{text}: {:?}", summary(&x));
        // The firm bought is what the deal is done to.
        assert_eq!(labels_of(&x, &deals[0].affected), ["Fosters"], "{text}");
    }
    // A portion of goods or of shares on a market is no deal.
    assert_makes(
        "Agreement",
        false,
        &["Drinks firm Diageo bought most of the barley harvest in Kent."],
    );
}

#[test]
fn agreeing_to_buy_is_one_deal() {
    // The verb of agreeing and its infinitive complement of the same type are one event.
    let x = run(
        "Drinks firm Diageo has agreed to buy 25% of rival brewer Fosters.",
        Some("2005-01-10"),
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deals[0].agents), ["Diageo"]);
    assert_eq!(labels_of(&x, &deals[0].affected), ["Fosters"]);
    // So is a deal noun and its infinitive of the same type, whatever their times say.
    let x = run(
        "Drinks firm Diageo signed a deal in March to buy the beer division of rival brewer Fosters.",
        Some("2005-01-10"),
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deals[0].affected), ["Fosters"]);
}

#[test]
fn the_means_of_an_act_is_done_when_the_act_is() {
    // "by signing": the gerund takes the tense of the verb it hangs on, not that verb's
    // own status word ("began" speaks of the visit).
    let x = run(
        "The chancellor began a three-day visit to Beijing on Monday by signing a deal with Air China.",
        Some("2005-01-10"),
    );
    assert_eq!(
        statuses(&x, EventType::Agreement),
        [Status::Completed],
        "{:?}",
        summary(&x)
    );
    assert_statuses(
        "The minister will open the summit by signing a treaty with Japan.",
        EventType::Agreement,
        &[Status::Planned],
    );
}

#[test]
fn a_known_deal_told_in_the_future_was_made() {
    // "The deal will …": a definite agreement as subject of a future clause exists; the
    // future tells of its effects. A conditional does not presuppose it.
    assert_statuses(
        "The deal will be financed with $15bn of new shares.",
        EventType::Agreement,
        &[Status::Completed],
    );
    assert_statuses(
        "Analysts said the deal would create the world's biggest bank.",
        EventType::Agreement,
        &[Status::Planned],
    );
}

#[test]
fn a_year_before_an_event_noun_dates_it_and_nothing_else() {
    // "a 1999 bond deal" was made in 1999, whatever day the clause around it tells; a year
    // before another noun dates no event.
    let x = run(
        "On Tuesday the administrator sued the bank over a 1999 bond deal.",
        Some("2005-01-10"),
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        deals[0].when.as_ref().map(|w| w.text.as_str()),
        Some("1999")
    );
    let x = run(
        "The firm said its 2004 profits rose after it agreed a deal with the union.",
        Some("2005-01-10"),
    );
    for e in &x.events {
        assert!(e.when.is_none(), "{:?}", e.when);
    }
}

#[test]
fn a_relative_clause_of_place_places_its_event_at_a_time_of_its_own() {
    // ", where …" on a place: the clause's event happens there, and a time of the clause
    // the place is in does not date it.
    let x = run(
        "The Danish foreign minister arrived in Oslo on Sunday after flying from Chile, where she met President Lagos.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &meetings[0].location), ["Chile"]);
    assert_eq!(labels_of(&x, &meetings[0].countries), ["Chile"]);
    assert!(meetings[0].when.is_none(), "{:?}", meetings[0].when);
    let x = run(
        "Mr Hale visited Ghana, where he held talks with President Kufuor.",
        None,
    );
    for e in of_type(&x, EventType::Meeting) {
        assert_eq!(labels_of(&x, &e.location), ["Ghana"], "{:?}", summary(&x));
    }
}

#[test]
fn who_a_passive_is_done_by_and_a_clause_on_the_noun_place_no_event() {
    // A country in the "by" phrase says who acts, not where; one in an adverbial clause
    // the noun carries tells of another act. Neither places the talks, which then take
    // the place of the sentence before.
    let x = run(
        "Ministers signed a treaty in Nairobi on Friday.\n\nThe summit was attended by General Okello of Uganda.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &meetings[0].countries), ["Kenya"]);
    // But the place a "by" phrase's trigger names is its own ("delayed by Ivory Coast peace
    // talks").
    let x = run(
        "His flight was delayed by Ivory Coast peace talks.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &meetings[0].countries), ["Côte d'Ivoire"]);
}

#[test]
fn a_country_a_mention_places_replaces_one_only_guessed() {
    // The trip's first mention has no place of its own (the article is about Britain);
    // "the trip" told again places it, and the guess is dropped, not added.
    let x = run(
        "Gordon Brown began a week-long trip on Monday. The UK wants to make Africa a priority, the British Treasury said. The trip is taking him to Kenya.",
        Some("2005-01-10"),
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &visits[0].countries), ["Kenya"]);
}

#[test]
fn what_an_event_is_about_is_not_where_it_happens() {
    // A place in a protest's or a meeting's "against", "on" or "over" phrase is its
    // topic, neither its location nor its country.
    let x = run(
        "Thousands marched in London on Saturday in protest against the war in Iraq.",
        Some("2005-01-10"),
    );
    for e in of_type(&x, EventType::Protest) {
        assert_eq!(labels_of(&x, &e.location), ["London"], "{:?}", summary(&x));
        assert_eq!(labels_of(&x, &e.countries), ["United Kingdom"]);
    }
    let x = run(
        "Foreign ministers met in Brussels for talks on Iraq's future.",
        Some("2005-01-10"),
    );
    let countries: Vec<String> = (of_type(&x, EventType::Meeting).iter())
        .flat_map(|e| labels_of(&x, &e.countries))
        .collect();
    assert!(
        !countries.contains(&"Iraq".to_string()),
        "{:?}",
        summary(&x)
    );
    // A deal or a demand is counted in the country it is about.
    let x = run(
        "EU ministers agreed new sanctions on Belarus.",
        Some("2005-01-10"),
    );
    let deal = of_type(&x, EventType::Agreement);
    assert!(deal[0].location.is_empty(), "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deal[0].countries), ["Belarus"]);
}

#[test]
fn a_clause_subject_places_no_noun_off_its_core() {
    // The subject of a clause a noun only dates ("after days of demonstrations") is not
    // where the noun's event happened; the scene set before is.
    let x = run(
        "Unrest spread across Ivory Coast. France had begun evacuating its hostages after days of demonstrations.",
        Some("2005-01-10"),
    );
    let protests = of_type(&x, EventType::Protest);
    assert_eq!(
        labels_of(&x, &protests[0].countries),
        ["Côte d'Ivoire"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_verb_of_protest_with_a_clause_shows_or_says() {
    assert_makes(
        "Protest",
        false,
        &[
            "We have got to demonstrate to voters that we are up to the task.",
            "Campaigners protested that the ruling had broken the law.",
        ],
    );
    // An object relative clause the parser reads as a complement is still a protest.
    assert_makes(
        "Protest",
        true,
        &["Students protested against the fees that the university had raised."],
    );
}

#[test]
fn a_party_contests_an_election_a_state_holds() {
    // Whichever rule found a party or a candidate as the election's agent, it takes part;
    // the country a candidate stands in still places the election, and that state holds it.
    let x = run(
        "If the Conservative Party wins the next election, taxes will rise.",
        Some("2005-01-10"),
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        labels_of(&x, &elections[0].agents),
        ["United Kingdom"],
        "{:?}",
        summary(&x)
    );
    assert_eq!(
        labels_of(&x, &elections[0].participants),
        ["Conservative Party"]
    );
    assert_eq!(labels_of(&x, &elections[0].countries), ["United Kingdom"]);
    // And a state found as a participant holds it.
    let x = run(
        "The new Indian government was voted into power last May.",
        Some("2005-01-10"),
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(
        labels_of(&x, &elections[0].agents),
        ["India"],
        "{:?}",
        summary(&x)
    );
    assert!(elections[0].participants.is_empty());
}

#[test]
fn the_state_an_election_is_held_in_holds_it_unless_a_body_holds_it_within() {
    // No holder named: the one country the election is held in holds it.
    let x = run(
        "Voters in Ghana go to the polls on Sunday in a general election.",
        Some("2005-01-10"),
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &elections[0].countries), ["Ghana"]);
    assert_eq!(labels_of(&x, &elections[0].agents), ["Ghana"]);
    // A party's leadership election is the party's own, not the state's.
    let x = run(
        "Members of the Labour Party in Britain will choose a new leader in a leadership election next month.",
        Some("2005-01-10"),
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert!(
        elections[0].agents.is_empty(),
        "{:?}",
        labels_of(&x, &elections[0].agents)
    );
    // So is a vote on a board's members: the verb's object is a body's members.
    let x = run(
        "The Texan fund used its 20% stake in the Italian club to vote off two board members last May.",
        Some("2005-01-10"),
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &elections[0].countries), ["Italy"]);
    assert!(
        elections[0].agents.is_empty(),
        "{:?}",
        labels_of(&x, &elections[0].agents)
    );
}

#[test]
fn an_election_is_held_where_its_party_stands() {
    // With no place in its sentence, an election a party contests is in the party's
    // country, not in the scene an earlier sentence set.
    let x = run(
        "British troops remain in Iraq. Mr Cook said the coming election had to be Labour's election.",
        Some("2005-01-10"),
    );
    let labour: Vec<_> = (of_type(&x, EventType::Election).into_iter())
        .filter(|e| labels_of(&x, &e.participants) == ["Labour Party"])
        .collect();
    assert_eq!(labour.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &labour[0].countries), ["United Kingdom"]);
}

#[test]
fn the_body_not_the_headline_says_how_far_an_event_has_come() {
    // A headline's simple present is no tense: the body's mention gives the status.
    let x = run(
        "Talks aim to avert rail strike\n\nTalks aimed at averting a national rail strike over pay will take place on Saturday.",
        Some("2005-01-10"),
    );
    assert_eq!(
        statuses(&x, EventType::Meeting),
        [Status::Planned],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn quotation_marks_inside_a_clause_are_no_words_between_status_and_event() {
    // A quoted phrase inside the demand's infinitive stays under the verb of demanding.
    assert_statuses(
        "She called on the prime minister to \"enter into constructive discussions\" with her party.",
        EventType::Meeting,
        &[Status::Demanded],
    );
}

#[test]
fn hosting_a_show_meeting_concerns_and_a_commons_vote_are_no_events() {
    assert_makes(
        "Meeting",
        false,
        &[
            "The businessman is due to host a new television programme on Channel 4.",
            "The changes were designed to meet the judges' concerns about detention.",
            "Ministers insisted that his worries had been met.",
        ],
    );
    assert_makes(
        "Meeting",
        true,
        &[
            "Italy will host the summit in June.",
            "Prince Charles hosted a dinner at Windsor Castle on Thursday.",
            "Mr Blair spoke of meeting many voters with concerns about crime.",
        ],
    );
    assert_makes(
        "Election",
        false,
        &["Wednesday's vote in the Commons is expected to be close."],
    );
}

#[test]
fn calls_on_pressure_assassinations_and_court_penalties_are_events() {
    // Demands made by "call on", "challenge", "press", "pressure" or "appeal to" somebody
    // to act, or by pressing or appealing for something.
    assert_makes(
        "Demand",
        true,
        &[
            "The opposition called on Congress to cut the promised benefits.",
            "Mr Kennedy challenged the Treasury to open up its books.",
            "The union pressed ministers to drop the plan.",
            "Indonesia pressed for greater help with its debts.",
            "The charity appealed to donors to give more.",
        ],
    );
    // Not a legal challenge, nor a press of a button.
    assert_makes(
        "Demand",
        false,
        &[
            "The company challenged the ruling in court.",
            "She pressed the button twice.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &[
            "The former prime minister was assassinated in Beirut on Monday.",
            "The US invaded Iraq in 2003.",
        ],
    );
    assert_makes(
        "Sanction",
        true,
        &[
            "The former bank chief was jailed for 12 years in 2003.",
            "The firm was fined £2m by the regulator.",
            "The manager will be sentenced after the trial.",
        ],
    );
    // Invading what is no place is no attack.
    assert_makes(
        "Attack",
        false,
        &["Fans invaded the pitch after the final whistle."],
    );
}

#[test]
fn a_toll_told_after_a_natural_disaster_is_no_attack() {
    // A bare participle ("with … people killed") tells the toll of the cause its
    // sentence or the one before names; with arms named it is still an attack.
    assert_makes(
        "Attack",
        false,
        &["The earthquake and waves hammered the coast. The worst-hit areas are in the south, with at least 2,000 people killed."],
    );
    assert_makes(
        "Attack",
        true,
        &["Gunmen stormed the village. Twelve people were killed."],
    );
}

#[test]
fn a_noun_with_a_pronoun_subject_is_a_misread_verb() {
    // "She also talks of …": the tagger's plural noun with a personal pronoun as subject
    // and no copula is the verb; nobody meets.
    assert_makes(
        "Meeting",
        false,
        &["She also talks of improving discipline but cannot decide how."],
    );
    assert_makes("Meeting", true, &["They are in talks with the bank."]);
}

#[test]
fn a_state_and_its_office_holder_tell_of_one_visit() {
    // "the Pakistani president's visit" (the state) and "President Pervez Musharraf's
    // visit" (its office holder) are one visit.
    let x = run(
        "Files about the Pakistani president's visit to London were found by a member of the public. \
         The loss of the files overshadowed President Pervez Musharraf's visit.",
        Some("2005-01-10"),
    );
    assert_eq!(of_type(&x, EventType::Visit).len(), 1, "{:?}", summary(&x));
}

#[test]
fn a_participle_after_existential_there_is_an_adjective() {
    // No progressive follows "there are": "pressing" before an adjective is one too.
    assert_makes(
        "Demand",
        false,
        &["But there are also pressing economic reasons for the decision to sign."],
    );
    assert_makes(
        "Meeting",
        true,
        &["The envoy is meeting British officials this week."],
    );
}

#[test]
fn who_is_expected_or_set_to_sign_a_deal_signs_it() {
    // The support verb's subject is raised or controlled through a passive: its passive
    // subject signs.
    for text in [
        "Gordon Brown flew to Kenya on Monday. There he is expected to strike a debt relief pact.",
        "Angela Merkel is set to sign the trade agreement with Peru on Friday.",
    ] {
        let x = run(text, Some("2005-01-10"));
        let deals = of_type(&x, EventType::Agreement);
        assert_eq!(deals.len(), 1, "{text}: {:?}", summary(&x));
        let agents = agent_labels(&x, deals[0]);
        assert!(
            agents == ["Gordon Brown"] || agents == ["Angela Merkel"],
            "{text}: {agents:?}"
        );
    }
}

#[test]
fn what_a_past_progressive_tells_went_on_and_is_done() {
    for text in [
        "Mr Straw was visiting the Golden Temple in Amritsar on Thursday.",
        "On Thursday Mr Straw was in India visiting the Golden Temple.",
    ] {
        assert_statuses(text, EventType::Visit, &[Status::Completed]);
    }
    // Reported, it is the present of the report.
    assert_statuses(
        "The minister said he was visiting India this week.",
        EventType::Visit,
        &[Status::UnderWay],
    );
    // After "when", the "was" is another verb's, whose past the clause's journey shares.
    assert_statuses(
        "His father was arrested when travelling to London from Belfast.",
        EventType::Visit,
        &[Status::Completed],
    );
    assert_statuses(
        "The union announced in May that it was holding talks with the rebels.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
}

#[test]
fn an_event_taking_place_or_being_held_now_is_under_way() {
    use EventType::{Attack, Meeting};
    use Status::{Completed, Planned, UnderWay};
    // The event noun as subject of a verb of happening, or passive subject of a support
    // verb, in the present progressive.
    assert_statuses(
        "The summit is taking place in Lisbon.",
        Meeting,
        &[UnderWay],
    );
    assert_statuses("The meeting is being held in London.", Meeting, &[UnderWay]);
    // With a day of its own, the present progressive tells what is arranged.
    assert_statuses(
        "Trade ministers are meeting in Geneva on Thursday.",
        Meeting,
        &[Planned],
    );
    // What is being investigated happened; what was being held was.
    assert_statuses(
        "The attack is being investigated by police.",
        Attack,
        &[Completed],
    );
    assert_statuses(
        "The meeting was being held in London when the news broke.",
        Meeting,
        &[Completed],
    );
}

#[test]
fn he_is_the_subject_after_a_fronted_phrase_not_the_name_inside_it() {
    // "of Mr Brown" ends a fronted phrase at its comma; the name after it, with its verb,
    // is the clause's subject and the one "he" refers to, not a name listed with Brown.
    let x = run(
        "A close aide of Mr Brown, Ed Balls hinted at tax cuts. Any rise ahead of the election would not hurt, he added.",
        None,
    );
    let e = &of_type(&x, EventType::Election)[0];
    let source = (e.attribution.as_ref())
        .and_then(|a| a.actor)
        .map(|i| x.actors[i].label.as_str());
    assert_eq!(source, Some("Ed Balls"), "{:?}", summary(&x));
}

#[test]
fn a_since_time_on_another_noun_dates_that_noun_not_the_event() {
    // "board member since 1991" says how long she has been one; Friday dates the deal.
    let x = run(
        "A loyal fan and board member since 1991, Anna Okafor agreed to buy the television company's stake in the club on Friday.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    let when = deals[0].when.as_ref().map(|w| w.text.as_str());
    assert_eq!(when, Some("Friday"), "{:?}", summary(&x));
}

#[test]
fn a_past_form_after_a_clause_opening_word_is_the_nouns_own_verb() {
    // "after a review concluded …": "after" opens a clause whose verb reaches a view; not
    // a reduced relative ("a package of measures agreed with the US"), so no pact.
    assert!(!makes(
        "Ministers relaxed the rules after an inquiry concluded no change was needed.",
        EventType::Agreement
    ));
    assert!(makes(
        "The talks produced a package of measures agreed with the US.",
        EventType::Agreement
    ));
}

#[test]
fn a_state_named_group_stands_for_the_state_only_when_it_is_the_states_own() {
    // A firm a state's adjective describes is no organ of the state.
    let x = run("The US retail giant agreed to buy the store chain.", None);
    let deal = &of_type(&x, EventType::Agreement)[0];
    assert_eq!(
        agent_labels(&x, deal),
        ["US retail giant"],
        "{:?}",
        summary(&x)
    );
    // Its officials and members are.
    let x = run("British officials met Iranian negotiators in Geneva.", None);
    let meeting = &of_type(&x, EventType::Meeting)[0];
    assert!(
        agent_labels(&x, meeting).contains(&"United Kingdom".to_string()),
        "{:?}",
        summary(&x)
    );
    let x = run("EU members agreed the treaty in Rome.", None);
    let deal = &of_type(&x, EventType::Agreement)[0];
    assert!(
        agent_labels(&x, deal).contains(&"European Union".to_string()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_event_its_holder_stages_acts_through_its_holder() {
    // "a rally calling for …": who stages the rally calls.
    let x = run(
        "Pensioners will stage a rally in Leeds calling for a new bus service.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        agent_labels(&x, demands[0]),
        ["Pensioners"],
        "{:?}",
        summary(&x)
    );
    // A thing the subject only gets says what it says itself: no agent from "we".
    let x = run(
        "We keep getting reports calling for a new bus service.",
        None,
    );
    for d in of_type(&x, EventType::Demand) {
        assert!(d.agents.is_empty(), "{:?}", summary(&x));
    }
}

#[test]
fn a_delegation_of_a_group_stands_for_the_group_past_its_word_of_origin() {
    let x = run(
        "A delegation of Kenyan farmers visited the ministry on Monday.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        agent_labels(&x, visits[0]),
        ["Kenyan farmers"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_members_vote_is_cast_in_the_chamber_not_in_an_election() {
    // The article names her as an MP; her vote against the government is no election.
    let x = run(
        "Labour MP Ann Okafor spoke on Monday. She confirmed she would vote against the government.",
        None,
    );
    assert!(
        of_type(&x, EventType::Election).is_empty(),
        "{:?}",
        summary(&x)
    );
    let okafor = x.actors.iter().find(|a| a.label == "Ann Okafor");
    assert!(
        okafor.is_some_and(|a| a.kind == Kind::Person),
        "{:?}",
        x.actors
    );
    // Voters' votes are an election's.
    let x = run(
        "Pensioners in Leeds said they would vote against the government at the election.",
        None,
    );
    assert!(
        !of_type(&x, EventType::Election).is_empty(),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_vote_for_a_limit_or_a_ban_is_on_a_measure_not_in_an_election() {
    for text in [
        "Ann Okafor said she had voted for a 12-week limit in the past.",
        "Ann Okafor said she had voted for a ban on fox hunting.",
    ] {
        assert!(!makes(text, EventType::Election), "{text}");
    }
    // A vote for a party is an election's.
    assert!(makes(
        "Ann Okafor said she had voted for Labour in the past.",
        EventType::Election
    ));
}

#[test]
fn a_demand_pressed_by_going_to_make_it_was_made() {
    use Status::{Completed, Denied};
    // The visit done to press for change is the pressing, done when the visit was.
    assert_statuses(
        "A delegation of Kenyan farmers visited the ministry in March to press for lower taxes.",
        EventType::Demand,
        &[Completed],
    );
    // Right after a noun of refusal, the infinitive is what was refused.
    assert_statuses(
        "The family won a challenge against the minister's refusal to order an inquiry.",
        EventType::Demand,
        &[Denied],
    );
}

#[test]
fn a_deal_with_no_place_concerns_the_one_country_its_sentence_names() {
    // Q159 Russia; Q252 Indonesia; Q36 Poland; Q30 United States (the scene set before).
    let scene = "The case was heard in Texas on Monday, and the judge will rule in Dallas.";
    for (sentence, country) in [
        // Named in passing, as a possessor, before any earlier scene.
        (
            "Rostelco, meanwhile, has agreed to merge with Baltgas, bringing much of Russia's gas output under one roof.",
            "Q159",
        ),
        // The home of the one who tells of it is no country of the deal.
        (
            "French finance minister Herve Gaymard said the Paris Club had agreed to freeze Indonesia's debts.",
            "Q252",
        ),
        // Nor is a country inside a relative clause the deal is not in.
        (
            "Baltgas, which also drills in Norway, agreed to buy a stake in a Polish refinery.",
            "Q36",
        ),
        // Two countries named: neither is chosen, and the scene stands.
        (
            "Baltgas agreed to buy a Polish refinery and a Czech pipeline.",
            "Q30",
        ),
    ] {
        let x = run(&format!("{scene} {sentence}"), None);
        assert_eq!(
            countries_of_each(&x, EventType::Agreement),
            [[country]],
            "{sentence}: {:?}",
            summary(&x)
        );
    }
    // A later mention with only the article's country is the same deal, and adds none.
    let x = run(
        &format!("{scene} Rostelco has agreed to merge with Baltgas, bringing much of Russia's gas output under one roof. Shareholders of Rostelco agreed to the merger with Baltgas on Friday."),
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Agreement),
        [["Q159"]],
        "{:?}",
        summary(&x)
    );
    assert_eq!(of_type(&x, EventType::Agreement)[0].mentions.len(), 1);
}

#[test]
fn what_one_is_only_near_may_come() {
    // On the verge or brink of it, or close to it: not yet there.
    assert_statuses(
        "The two carmakers are on the verge of a merger agreement.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "The brewer said in March it was close to striking a deal with its rival.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    // Not a verb of closing, nor a place near something, nor a day one nears in time.
    assert_statuses(
        "The brewer closed the deal with its rival in March.",
        EventType::Agreement,
        &[Status::Completed],
    );
    let x = run("As we get close to the election, tempers fray.", None);
    assert!(
        !statuses(&x, EventType::Election).contains(&Status::Hypothetical),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_bare_plural_in_the_simple_present_tells_of_events_in_general() {
    // A plural event noun with no determiner, possessor or number, told of in the simple
    // present with no time, names events in general: only supposed.
    for text in [
        "Otherwise couples make agreements which then fall apart.",
        "Councils sign deals with developers to keep a share in each scheme.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::Hypothetical]);
    }
    // In the past, or dated, or picked out, they are events told of.
    for text in [
        "Couples made agreements which then fell apart.",
        "Councils sign deals with developers on Monday.",
        "The councils sign their deals with developers.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::Completed]);
    }
}

#[test]
fn habits_and_series_are_no_one_event() {
    // The infinitive of a verb of habit tells of what is usually done.
    assert_makes(
        "Election",
        false,
        &["Older people tend to vote more often than students do."],
    );
    // A plural noun with a word of frequency names a series: only thought of as such.
    assert_statuses(
        "The cooperative holds annual meetings with its members.",
        EventType::Meeting,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "The two ministers hold regular talks on fishing quotas.",
        EventType::Meeting,
        &[Status::Hypothetical],
    );
    // Not the ones picked out, nor one meeting of the kind.
    let x = run(
        "Finance ministers attended the annual meetings of the fund in Washington last week.",
        None,
    );
    assert_eq!(
        statuses(&x, EventType::Meeting),
        [Status::Completed],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_participle_that_realizes_an_event_noun_says_it_took_place() {
    // Whatever the tense of the clause the noun is in.
    assert_statuses(
        "Sanctions imposed on the island in 1998 will stay in place.",
        EventType::Sanction,
        &[Status::Completed],
    );
    // Also where the parser made the participle the noun's verb.
    assert_statuses(
        "The navy will join the exercise for the first time since sanctions imposed in 1998 were lifted.",
        EventType::Sanction,
        &[Status::Completed],
    );
    // And where the tagger read the participle as a past tense hanging on the clause's
    // verb: one deal, told by its noun and its participle, made in 2001.
    let x = run(
        "The summit will review progress on the trade deal agreed in Geneva in 2001.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].status, Status::Completed);
    // A participle on a noun that names no event is the event: the plans were agreed,
    // by no one the clause names (not the ministers who will assess them).
    let x = run(
        "Ministers will assess progress on the plans agreed in Lisbon in 2000.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].status, Status::Completed);
    assert!(deals[0].agents.is_empty() && deals[0].participants.is_empty());
    // Not a participle of a verb that only plans, nor one with a time to come.
    for text in [
        "Sanctions proposed by the commission will be debated.",
        "The summit, hosted by Britain next month, will focus on Africa.",
    ] {
        let x = run(text, None);
        assert!(
            !x.events.iter().any(|e| e.status == Status::Completed),
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn a_visit_to_a_country_and_to_its_capital_is_one_visit() {
    let x = run(
        "President Lagos of Chile has praised British schools during a visit to Britain. On Monday he met the prime minister at Downing Street, on his first official visit to London.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert_eq!(visits[0].mentions.len(), 1);
    // Places apart are two visits.
    let x = run(
        "President Lagos of Chile has praised British schools during a visit to Britain. Last year he made an official visit to Paris.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Visit).len(), 2, "{:?}", summary(&x));
}

#[test]
fn an_unknown_resort_of_a_named_country_is_a_place_there() {
    // Q39 Switzerland: "Klosterdorf" is in no table; the phrase places it.
    let x = run(
        "Finance ministers met in the Swiss resort of Klosterdorf on Wednesday.",
        None,
    );
    assert_eq!(
        countries_of(&x, EventType::Meeting),
        ["Q39"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn one_weekday_is_one_day_and_another_event_is_not_the_first() {
    // The same bare day: one meeting, however its clauses tell it.
    let x = run(
        "The minister is expected to speak at an industry meeting on Sunday. Ahead of Sunday's meeting, the minister said she was proud of the industry.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(meetings[0].status, Status::Planned);
    // "Another", "a separate", "a further" one is not the one told before.
    for text in [
        "The minister spoke at an industry meeting in Leeds. She will chair another meeting in Leeds.",
        "The brewer reached a deal with its rival. It also reached a separate deal with the rival.",
    ] {
        let x = run(text, None);
        let n = x.events.len();
        assert_eq!(n, 2, "{text}: {:?}", summary(&x));
        assert!(x.events.iter().all(|e| e.mentions.is_empty()), "{text}");
    }
}

#[test]
fn an_event_noun_a_verb_of_denial_takes_as_passive_subject_did_not_take_place() {
    // The passive subject is what the active's object is: "the board rejected the deal".
    for text in [
        "The deal was rejected by the board of the mining group on Monday.",
        "The takeover deal has been blocked by regulators in Brussels.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::Denied]);
    }
    // A verb of agreeing still agrees.
    assert_statuses(
        "The deal was approved by the board of the mining group.",
        EventType::Agreement,
        &[Status::Agreed],
    );
}

#[test]
fn leaving_a_treaty_a_contest_or_a_body_moves_no_force() {
    assert_makes(
        "Withdrawal",
        false,
        &[
            "Withdrawing from the refugee convention of 1951 is now party policy.",
            "The party wants Britain to withdraw from the EU within five years.",
            "Its withdrawal from the building contract in May surprised analysts.",
        ],
    );
    // A place left, or a force moved from a body's mission, is still a withdrawal.
    assert_makes(
        "Withdrawal",
        true,
        &[
            "Britain will withdraw from Iraq next year.",
            "Spain withdrew its troops from the coalition in May.",
        ],
    );
}

#[test]
fn would_outside_reported_speech_tells_what_may_come() {
    assert_statuses(
        "Under the scheme, ministers would hold talks with the unions every spring.",
        EventType::Meeting,
        &[Status::Hypothetical],
    );
    // Reported, it is a plan seen from the past; "would be" frames a fact.
    for text in [
        "The minister said he would hold talks with the unions in spring.",
        "The radio reported that the envoy had landed and would hold talks with the unions.",
        "\"We would hold talks with the unions in spring,\" the minister said.",
        "It would be his first visit to Peru since the election.",
    ] {
        let x = run(text, None);
        assert!(
            x.events.iter().any(|e| e.status == Status::Planned),
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn whom_an_event_is_asked_of_does_not_ask_it() {
    // A subject the parse misread, or a description taken for the one asked.
    for (text, agents) in [
        (
            "Ministers from European and Asian governments have called on the US to weaken the yen.",
            vec!["Ministers"],
        ),
        // The description is not the body its own clause names after it: some party.
        (
            "Labour held a rally in Leeds. The party then urged Labour to publish its costings.",
            vec!["party"],
        ),
    ] {
        let x = run(text, None);
        let d = (x.events.iter())
            .find(|e| e.event_type == EventType::Demand)
            .unwrap_or_else(|| panic!("{text}: {:?}", summary(&x)));
        assert_eq!(labels(&x, &d.agents), agents, "{text}");
        assert_eq!(d.affected.len(), 1, "{text}");
    }
}

#[test]
fn mentions_that_only_suppose_an_event_leave_its_status_to_those_that_tell_it() {
    // Three mentions under "if" suppose the election; the first says it is to come.
    assert_statuses(
        "The general election is expected on 5 May. If a May election is called, there could \
         be only 18 days between the budget and the election. The bill would return to the \
         Commons after the election, if Labour wins another term.",
        EventType::Election,
        &[Status::Planned],
    );
}

#[test]
fn an_event_no_determiner_picks_out_is_supposed_when_its_clause_only_may_be() {
    for (text, ty) in [
        (
            "An attack on the port might push fuel prices higher.",
            EventType::Attack,
        ),
        (
            "A deal could give the town hundreds of new jobs.",
            EventType::Agreement,
        ),
        (
            "Agreement in the trade talks could also lift exports.",
            EventType::Agreement,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // A deal the text picks out is known, whatever it may bring.
    let x = run("The deal could cost the town hundreds of jobs.", None);
    assert!(
        !x.events.iter().any(|e| e.status == Status::Hypothetical),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_predicate_that_says_what_kind_its_subject_is_tells_no_event() {
    assert_makes(
        "Election",
        false,
        &[
            "Supporting her party was not a wasted vote, she said.",
            "She said backing her party was never a wasted vote.",
            "\"It is a protest vote and nothing more,\" the candidate said.",
        ],
    );
    assert_makes(
        "Attack",
        false,
        &["Rebel leaders said the curfew is an attack on their fighters."],
    );
    assert_makes(
        "Coup",
        false,
        &["Opposition groups said the new law is a coup against the constitution."],
    );
    // A past copula with a noun subject may name the event the subject is.
    assert_makes(
        "Attack",
        true,
        &[
            "Police said the blast in the market was a suicide attack by rebels.",
            "The blast killed five people and was a suicide attack, police said.",
        ],
    );
    // "There is" says the event is.
    assert_makes(
        "Election",
        true,
        &["There will also be elections for town councils in May."],
    );
}

#[test]
fn a_clause_with_an_adverb_of_habit_tells_of_no_one_event() {
    assert_makes(
        "Election",
        false,
        &["Pensioners always vote in a general election, the survey found."],
    );
    assert_makes(
        "Meeting",
        false,
        &["Board members often met in private before the vote."],
    );
    // With a party and a place of its own, the habit is only supposed.
    assert_statuses(
        "The union usually holds its conference in Blackpool.",
        EventType::Meeting,
        &[Status::Hypothetical],
    );
}

#[test]
fn the_author_of_a_document_that_asks_is_the_one_who_asks() {
    for text in [
        "The TUC's submission urges the government to examine support for older workers.",
        "The TUC submission urges ministers to raise the minimum wage.",
        "A report by the TUC urges the government to act.",
    ] {
        assert_one_by(text, EventType::Demand, &["TUC"]);
    }
}

#[test]
fn who_has_talks_or_a_deal_is_a_party_to_them() {
    for (text, ty, agent) in [
        (
            "Darleen Druyun had talks with Michael Sears in October 2002.",
            EventType::Meeting,
            "Darleen Druyun",
        ),
        (
            "Rosa Lindqvist has a supply deal with Volvo, the company said.",
            EventType::Agreement,
            "Rosa Lindqvist",
        ),
    ] {
        assert_one_by(text, ty, &[agent]);
    }
    // "have" before a participle is an auxiliary: it makes no party.
    let x = run(
        "Ministers have already given themselves a veto over all foreign deals.",
        None,
    );
    assert!(
        x.events.iter().all(|e| e.agents.is_empty()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn who_acts_after_talks_with_a_partner_held_them() {
    for (text, agent) in [
        (
            "Maria Costa unveiled the rescue plan after talks with the airline's pilots.",
            "Maria Costa",
        ),
        (
            "The new tariffs were announced by Pavel Novak after talks with steel makers.",
            "Pavel Novak",
        ),
    ] {
        assert_one_by(text, EventType::Meeting, &[agent]);
    }
    // With no partner, the meeting only dates the clause: what fell did not attend.
    let x = run(
        "Shares in Maria Costa's airline fell after the meeting.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert!(
        meetings.iter().all(|e| e.agents.is_empty()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_participle_of_time_takes_the_tense_of_the_clause_it_hangs_on() {
    // Bare, or by a mark of time: the meeting the participle tells of is at the clause's time.
    for (text, status) in [
        (
            "The envoy will tour two refugee camps before chairing a conference of donors in Geneva.",
            Status::Planned,
        ),
        (
            "The minister will visit the flooded villages, attending a meeting of local officials in Dhaka.",
            Status::Planned,
        ),
        (
            "The envoy toured two refugee camps before chairing a conference of donors in Geneva.",
            Status::Completed,
        ),
    ] {
        assert_statuses(text, EventType::Meeting, &[status]);
    }
    // Another mark tells no time: the praise to come does not put the referendum to come.
    assert_statuses(
        "Opposition leaders will praise the minister for keeping her word on holding a referendum in 2019.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn talks_between_parties_of_two_countries_take_no_guessed_country() {
    // The article is about Austria, but the sentence before the talks names no place.
    let setting = "Austria's parliament passed a budget on Tuesday. \
                   Austrian officials said it would cut spending.";
    for (later, ty, countries) in [
        (
            "Chancellor Olaf Scholz later held talks with Chancellor Karl Nehammer.",
            EventType::Meeting,
            &[][..],
        ),
        (
            "Chancellor Olaf Scholz later agreed a gas deal with Chancellor Karl Nehammer.",
            EventType::Agreement,
            &[][..],
        ),
        // Parties of one country meet at home, as the article says; so do parties of two
        // after a place the paragraph named.
        (
            "Chancellor Karl Nehammer later held talks with Alexander Schallenberg.",
            EventType::Meeting,
            &["Q40"][..],
        ),
        (
            "Ministers approved the cuts in Vienna. \
             Chancellor Olaf Scholz later held talks with Chancellor Karl Nehammer.",
            EventType::Meeting,
            &["Q40"][..],
        ),
    ] {
        let text = format!("{setting} {later}");
        let x = run(&text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        let got: Vec<String> = (e[0].countries.iter())
            .map(|&c| x.actors[c].id.to_string())
            .collect();
        assert_eq!(got, countries, "{text}");
    }
}

#[test]
fn a_gerund_after_a_preposition_keeps_its_own_places() {
    let countries = |text: &str, ty: EventType| -> Vec<String> {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        (e[0].countries.iter())
            .map(|&c| x.actors[c].id.to_string())
            .collect()
    };
    let text = "The minister will visit Kenya before chairing a meeting of donors in Cape Town.";
    // Kenya (Q114) is visited; the meeting in Cape Town is South Africa's (Q258).
    assert_eq!(countries(text, EventType::Visit), ["Q114"], "{text}");
    assert_eq!(countries(text, EventType::Meeting), ["Q258"], "{text}");
}

#[test]
fn a_present_tense_in_a_clause_of_the_same_time_takes_the_time_of_its_clause() {
    for (text, ty, status) in [
        (
            "The premier will raise the dispute when she meets the Canadian trade minister.",
            EventType::Meeting,
            Status::Planned,
        ),
        (
            "The party leader is stepping up his campaign this week as he visits Carlisle and Hexham.",
            EventType::Visit,
            Status::UnderWay,
        ),
        // Under a present or a past, the present tells nothing more.
        (
            "The premier raises the dispute when she meets the Canadian trade minister.",
            EventType::Meeting,
            Status::Completed,
        ),
    ] {
        assert_statuses(text, ty, &[status]);
    }
}

#[test]
fn bodies_at_home_in_one_country_meet_there_but_people_travel() {
    let setting = "Chinese exporters reported record sales in Shanghai and Beijing. \
                   Chinese factories were busy.";
    let read = |later: &str, ty: EventType| -> (Vec<String>, Vec<String>) {
        let text = format!("{setting} {later}");
        let x = run(&text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        let countries = (e[0].countries.iter())
            .map(|&c| x.actors[c].id.to_string())
            .collect();
        (agent_labels(&x, e[0]), countries)
    };
    // "Fed" alone names the Federal Reserve, whose meetings are in the United States (Q30),
    // not in the China (Q148) the article is about.
    let (agents, countries) = read(
        "Analysts expect a rise in borrowing costs at a Fed meeting on Tuesday.",
        EventType::Meeting,
    );
    assert_eq!(
        (agents, countries),
        (vec!["Federal Reserve".to_string()], vec!["Q30".to_string()])
    );
    // A minister may sign abroad: the article's country stays the guess.
    let (_, countries) = read(
        "Foreign Secretary Jack Straw signed a tourism deal on Tuesday.",
        EventType::Agreement,
    );
    assert_eq!(countries, ["Q148"]);
}

#[test]
fn a_speaker_is_nobody_named_inside_the_quotation_he_speaks() {
    let text = "Charles Kennedy said he had seen leaders come and go. \"In 1983 Tony Blair, \
                Michael Howard and I were all elected as MPs,\" he said.";
    let x = run(text, None);
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
    let speaker = (e[0].attribution.as_ref())
        .and_then(|a| a.actor)
        .map(|a| x.actors[a].label.clone());
    assert_eq!(speaker.as_deref(), Some("Charles Kennedy"), "{text}");
}

#[test]
fn what_a_clause_asks_whether_it_happens_is_only_possible() {
    for (text, status) in [
        (
            "The council will decide whether to start talks with the striking drivers.",
            Status::Hypothetical,
        ),
        (
            "Reporters asked if Vladimir Putin would meet Emmanuel Macron again next week.",
            Status::Hypothetical,
        ),
        // Told, not asked: the meeting is planned.
        (
            "Reporters said Vladimir Putin would meet Emmanuel Macron again next week.",
            Status::Planned,
        ),
    ] {
        assert_statuses(text, EventType::Meeting, &[status]);
    }
}

#[test]
fn a_negation_over_the_support_verb_denies_its_event() {
    // The verb that makes the event ("strike", "do" a deal) stands between no negation and
    // the noun.
    assert_statuses(
        "Sarah Teather pledged not to strike any deals with rival parties.",
        EventType::Agreement,
        &[Status::Denied],
    );
    assert_statuses(
        "Sarah Teather pledged to strike a deal with rival parties.",
        EventType::Agreement,
        &[Status::Agreed],
    );
    // "do" a deal: its subject makes it.
    assert_one_by(
        "Sarah Teather has insisted she has done no deals with rival parties.",
        EventType::Agreement,
        &["Sarah Teather"],
    );
}

#[test]
fn a_vote_named_by_who_casts_it_is_the_voters_not_a_poll() {
    assert_makes(
        "Election",
        false,
        &[
            "The nationalist vote could decide the result in Wales.",
            "Campaigners urged students not to waste a protest vote on minor parties.",
        ],
    );
    assert_makes(
        "Election",
        true,
        &["The vote could decide the result in Wales."],
    );
}

#[test]
fn a_better_deal_for_somebody_is_how_they_are_treated() {
    assert_makes(
        "Agreement",
        false,
        &["Ministers promised a better deal for foster carers."],
    );
    // A better bargain for a firm sold is still a deal.
    assert_makes(
        "Agreement",
        true,
        &["Shareholders rejected the offer from Vodafone, hoping to get a better deal."],
    );
}

#[test]
fn agreeing_a_clause_past_a_relative_clause_is_a_view() {
    assert_makes(
        "Agreement",
        false,
        &["The minister agreed the 1922 law, which governs land sales, was unfair."],
    );
    assert_makes(
        "Agreement",
        true,
        &["The minister agreed a land deal, which covers 200 farms, with the council."],
    );
}

#[test]
fn a_source_asking_not_to_be_named_asks_nothing_of_anyone() {
    assert_makes(
        "Demand",
        false,
        &["One dealer, who asked not to be named, told Reuters the sale would go ahead."],
    );
    // Asking to be consulted asks something of someone.
    assert_makes(
        "Demand",
        true,
        &["The union asked to be consulted on the sale."],
    );
}

#[test]
fn a_ballot_or_a_survey_asking_people_puts_a_question_and_demands_nothing() {
    assert_makes(
        "Demand",
        false,
        &[
            "The survey will ask residents to rate their services.",
            "The ballot paper asks voters to choose between two schemes.",
        ],
    );
    // Who asks people to vote demands it.
    assert_makes(
        "Demand",
        true,
        &["Mayor Ann Lyle asked residents to vote for the scheme."],
    );
}

#[test]
fn a_clause_told_to_a_gathering_does_not_date_it() {
    // "that" after the object of a verb of saying opens what was said; its "would" is
    // not the gathering's time (which one has just spoken to goes on).
    assert_statuses(
        "Party news\n\nThe prime minister has told a Labour Party gathering that the new rules would cut costs.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    // A relative clause of the noun's own still dates it.
    assert_statuses(
        "Party news\n\nThe meeting that will decide the budget is due in May.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn an_infinitive_before_an_election_takes_the_tense_of_its_verb() {
    assert_statuses(
        "Party news\n\nSome of the funds were used to pay for posters with slogans on them ahead of the 1997 election in Kenya.",
        EventType::Election,
        &[Status::Completed],
    );
    assert_statuses(
        "Party news\n\nSome of the funds are being used to pay for posters with slogans on them ahead of the election in Kenya.",
        EventType::Election,
        &[Status::Planned],
    );
}

#[test]
fn in_the_event_that_read_as_a_relative_clause_is_a_condition() {
    assert_statuses(
        "Water talks\n\nThe state is in discussions with the firm about the role it might take in the event that a rescue deal is agreed.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
}

#[test]
fn demonstrating_what_is_so_is_no_protest() {
    assert_makes(
        "Protest",
        false,
        &["The council is demonstrating in many ways that it listens to residents."],
    );
    assert_makes(
        "Protest",
        true,
        &["Students demonstrated outside the embassy on Monday."],
    );
}

#[test]
fn wanting_others_to_be_something_is_a_wish_not_a_demand() {
    assert_makes(
        "Demand",
        false,
        &["Mr Jones said he wanted the council to be ready for any trouble."],
    );
    // An act, also in the passive, is asked of somebody.
    assert_makes(
        "Demand",
        true,
        &[
            "Mr Jones said he wanted the council to build more homes.",
            "Mr Jones said he wanted a date to be set for the vote.",
        ],
    );
}

#[test]
fn a_speakers_quoted_sentences_do_not_take_him_out_of_reach() {
    let x = run(
        "Peers debate reform\n\nFabian Society general secretary John Hartley said the change \
         was overdue. \"In 1998 the government said it supported the idea.\" \"We hope they are \
         warm towards it.\" \"It is time.\" He urged politicians on all sides to back the bill.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, d[0]), ["John Hartley"]);
}

#[test]
fn what_a_meeting_is_held_to_discuss_does_not_place_it() {
    // Japan's agencies are in the plan discussed, not where the task force meets.
    let x = run(
        "Aceh rebuilding\n\nThe tsunami devastated towns in Indonesia in December, and the \
         government said rebuilding would take years. A task force held meetings to discuss an \
         emergency housing plan with the World Bank and Japanese aid agencies on Tuesday, and \
         promised to publish it soon.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Meeting),
        [vec!["Q252".to_string()]]
    );
}

#[test]
fn a_deal_that_opens_a_visit_is_made_where_the_visit_goes() {
    // The deal is the means of beginning the visit: signed in Kenya, not the visitor's
    // Norway.
    let x = run(
        "Trade trip\n\nNorway's prime minister Erna Dahl began a two-day visit to Nairobi on \
         Monday by signing a deal worth $1bn for Statkraft to build three dams.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Agreement),
        [vec!["Q114".to_string()]]
    );
}

#[test]
fn what_speculation_or_rumours_are_about_is_only_thought_of() {
    for text in [
        "Headline\n\nThere has been speculation about US strikes against Iran.",
        "Headline\n\nRumours of a takeover deal lifted the shares.",
    ] {
        let x = run(text, None);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(x.events[0].status, Status::Hypothetical, "{text}");
    }
}

#[test]
fn an_event_noun_with_no_or_not_any_is_none() {
    for text in [
        "Headline\n\nThere are no talks planned.",
        "Headline\n\nThe union said it did not have any strikes planned.",
    ] {
        let x = run(text, None);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(x.events[0].status, Status::Denied, "{text}");
    }
    // What can be none is a condition on the event, only thought of.
    let x = run(
        "Headline\n\nThere can be no deal on future financing which does not protect the rebate.",
        None,
    );
    assert!(
        x.events.iter().all(|e| e.status != Status::Denied),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_act_in_the_simple_present_with_a_day_is_scheduled() {
    // In the body, "visits Leeds on Friday" is the coming Friday's visit; "met … on
    // Monday" and a headline's present tell of what has happened.
    let statuses = |text: &str| {
        let x = run(text, Some("2006-05-10"));
        (x.events.iter())
            .map(|e| (e.status, e.when.as_ref().and_then(|w| w.earliest)))
            .collect::<Vec<_>>()
    };
    let day = |d: u32| NaiveDate::from_ymd_opt(2006, 5, d);
    assert_eq!(
        statuses("Tour\n\nMr Tom Hale visits Leeds on Friday."),
        [(Status::Planned, day(12))]
    );
    assert_eq!(
        statuses("Tour\n\nMr Tom Hale meets union leaders on Monday."),
        [(Status::Planned, day(15))]
    );
    assert_eq!(
        statuses("Tour\n\nMr Tom Hale met union leaders on Monday."),
        [(Status::Completed, day(8))]
    );
}

#[test]
fn an_office_holder_the_article_does_not_name_is_a_person_of_the_description() {
    let x = run(
        "Trade row\n\nThe trade minister visited Cuba last year. He called for talks.",
        None,
    );
    let v = of_type(&x, EventType::Visit);
    assert_eq!(v.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, v[0]), ["trade minister"]);
    let holder = x
        .actors
        .iter()
        .find(|a| a.label == "trade minister")
        .unwrap();
    assert_eq!(holder.kind, Kind::Person);
    // A holder the article names, by the gazetteer's offices, is the one meant; a party's
    // office is left to its members.
    let x = run(
        "Terror plans\n\nThe home secretary will order a review of the curbs, officials said. \
         Charles Clarke told MPs on Monday that the curbs would stay. The Tory leader called \
         for talks.",
        None,
    );
    assert!(
        (x.actors.iter()).all(|a| a.label != "home secretary" && a.label != "Tory leader"),
        "{:?}",
        x.actors
    );
}

#[test]
fn shoppers_and_tourists_who_visit_make_no_visit_of_the_news() {
    assert_makes(
        "Visit",
        false,
        &[
            "Sales boom\n\nThe manager said he expected 150,000 shoppers to have visited by \
             Saturday.",
            "Tax plan\n\nThe tax will also affect the two million tourists who visited Cuba \
             last year.",
        ],
    );
    assert_makes(
        "Visit",
        true,
        &["Tax plan\n\nThe trade minister visited Cuba last year."],
    );
}

#[test]
fn to_denounce_is_to_condemn_not_to_ask() {
    assert_makes(
        "Demand",
        false,
        &[
            "Headline\n\nThe cardinal used a Christmas message to denounce the war as a waste.",
            "Headline\n\nMs Anne Cole denounced her father's actions on Monday.",
        ],
    );
}

#[test]
fn wanting_a_thing_to_happen_asks_nobody_to_act() {
    assert_makes(
        "Demand",
        false,
        &[
            "Headline\n\nMr Tom Hale wants the rebate to come to an end.",
            "Headline\n\nMr Tom Hale wants house arrest and other powers to replace jail.",
        ],
    );
    // Somebody, by a name, a title or a word for people, can be asked.
    assert_makes(
        "Demand",
        true,
        &[
            "Headline\n\nThe Tories want the information commissioner to investigate.",
            "Headline\n\nMr Tom Hale wants other nations to match the target.",
            "Headline\n\nMr Tom Hale wants people to come forward.",
        ],
    );
}

#[test]
fn a_demand_takes_no_part_with_those_its_asked_thing_names() {
    let x = run(
        "Headline\n\nMr Tom Hale called for talks between Unison and the government.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert!(d[0].participants.is_empty(), "{:?}", summary(&x));
}

#[test]
fn those_who_are_agreed_share_a_view_and_make_no_pact() {
    assert_makes(
        "Agreement",
        false,
        &[
            "The two parties are agreed that taxes must fall.",
            "Lower taxes are one thing all the parties are agreed on, he said.",
        ],
    );
    assert_makes(
        "Agreement",
        true,
        &[
            "A rescue deal was agreed on Monday.",
            "It was agreed that the issue can be tackled later.",
        ],
    );
}

#[test]
fn a_speech_does_what_its_speaker_does() {
    assert_one_by(
        "Ofsted chief David Bell spoke on Monday. Mr Bell's speech called for a greater effort to teach citizenship.",
        EventType::Demand,
        &["David Bell"],
    );
}

#[test]
fn an_act_done_in_protest_is_the_protest_of_its_subject() {
    // The parser hangs "in protest" on the road; the act is the clause's, and "blocked"
    // says nothing of the protest's status.
    assert_one_told(
        "Farm news\n\nFarmers from Kent blocked the road in protest at the plans.",
        EventType::Protest,
        Status::Completed,
        &["Farmers"],
    );
    assert_statuses(
        "Farm news\n\nFarmers from Kent will block the road in protest at the plans.",
        EventType::Protest,
        &[Status::Planned],
    );
}

#[test]
fn an_infinitive_done_in_protest_takes_the_status_of_the_words_above_it() {
    // "to go on strike" has no time of its own: a wish, even one denied, or a threat is
    // only thought of; "are to" plans it.
    for text in [
        "Pay row\n\nBus drivers did not want to go on strike, their union said.",
        "Pay row\n\nBus drivers want to go on strike over pay.",
        "Pay row\n\nThe union threatened to go on strike in protest at the cuts.",
    ] {
        assert_statuses(text, EventType::Protest, &[Status::Hypothetical]);
    }
    assert_statuses(
        "Pay row\n\nBus drivers are to go on strike in protest at the cuts.",
        EventType::Protest,
        &[Status::Planned],
    );
}

#[test]
fn an_infinitive_of_beginning_takes_the_status_of_the_word_above_it() {
    // "to begin talks" is no plan of its own: agreeing, refusing, calling for or wanting
    // to begin them says how far the talks have come.
    for (text, status) in [
        (
            "The government refused to begin talks with the rebels.",
            Status::Denied,
        ),
        (
            "The union called for ministers to start talks on pay.",
            Status::Demanded,
        ),
        (
            "Both sides agreed to begin talks on the border.",
            Status::Agreed,
        ),
        ("The rebels want to start talks.", Status::Hypothetical),
        (
            "Both sides plan to begin talks on the border.",
            Status::Planned,
        ),
    ] {
        assert_statuses(
            &format!("Talks row\n\n{text}"),
            EventType::Meeting,
            &[status],
        );
    }
}

#[test]
fn a_clause_told_of_another_case_tells_another_event() {
    // "in a separate case": the jailing is not the one told before, whatever its roles.
    for text in [
        "Court news\n\nA former head of Orwell Bank was jailed for fraud in 2003. A branch \
         manager was jailed for life in a separate case.",
        "Court news\n\nTwo men were jailed for fraud last month. In another case, a lawyer \
         was jailed for theft.",
    ] {
        assert_count(text, EventType::Sanction, 2);
    }
}

#[test]
fn a_perfect_tells_what_was_done_whatever_condition_hangs_on_it() {
    // A stray full stop leaves "unless …" hung on the demand's verb; the perfect tells
    // that the call was made.
    assert_statuses(
        "Ad row\n\nThe European Commission has called on the food industry to cut adverts for \
         children, warning that a law would follow. unless firms acted.",
        EventType::Demand,
        &[Status::Completed],
    );
}

#[test]
fn a_participle_after_an_auxiliary_is_a_verb_and_a_determiner_opens_a_phrase() {
    // "has called for radical reform": no adjective on "reform"; "urged the government":
    // the government's phrase starts at "the", and "urged" is no part of it.
    for (text, agent) in [
        (
            "Plan row\n\nFinance minister Anna Reid has called for radical reform of the tax \
             system.",
            "Anna Reid",
        ),
        (
            "Plan row\n\nThe union has urged the government to scrap the plan.",
            "union",
        ),
        (
            "Plan row\n\nThe EU has urged ministers to act.",
            "European Union",
        ),
    ] {
        let x = run(text, None);
        let d = of_type(&x, EventType::Demand);
        assert_eq!(d.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(d[0].status, Status::Completed, "{text}");
        assert_eq!(agent_labels(&x, d[0]), [agent], "{text}");
    }
}

#[test]
fn a_stoppage_of_work_is_a_protest_and_an_armed_strike_an_attack() {
    assert_makes(
        "Protest",
        true,
        &[
            "Workers at the car plant went on strike on Monday over pay.",
            "Nurses will strike next week over pay.",
            "A national rail strike is planned for 23 March.",
            "Staff are taking strike action over pensions.",
            "The union said the walkout would last a week.",
        ],
    );
    assert_makes(
        "Protest",
        false,
        &[
            "A strike ballot closes on Friday.",
            "Israeli jets carried out a strike on Gaza.",
            "The firm hopes to strike a deal with its lenders.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &["Israeli jets carried out a strike on Gaza."],
    );
    // Those who go on strike strike, when they went.
    assert_one_told(
        "Plant news\n\nWorkers at the car plant went on strike on Monday.",
        EventType::Protest,
        Status::Completed,
        &["Workers"],
    );
}

#[test]
fn a_country_named_before_a_firm_it_describes_is_no_party() {
    // "UK bank Barclays": the bank is the partner, the country only says where it is from.
    let x = run(
        "Bank news\n\nThe Dutch lender ING is in talks with UK bank Barclays over a stake.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let parties: Vec<&str> = (e[0].agents.iter().chain(&e[0].participants))
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert!(parties.contains(&"Barclays"), "{parties:?}");
    assert!(!parties.contains(&"United Kingdom"), "{parties:?}");
}

#[test]
fn one_fine_imposed_is_a_sanction_on_who_pays_it() {
    let x = run(
        "Bank news\n\nRiggs Bank was ordered to pay a fine of $16m.",
        None,
    );
    let e = of_type(&x, EventType::Sanction);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].agents.is_empty(), "{:?}", agent_labels(&x, e[0]));
    let affected: Vec<&str> = e[0]
        .affected
        .iter()
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert_eq!(affected, ["Riggs Bank"]);
    // The order to pay it is that sanction, no demand of its own; who orders it paid
    // imposes it on whom the order is put.
    assert!(
        of_type(&x, EventType::Demand).is_empty(),
        "{:?}",
        summary(&x)
    );
    let x = run(
        "Bank news\n\nA court in Texas ordered the firm to pay a fine of $2m.",
        None,
    );
    assert!(
        of_type(&x, EventType::Demand).is_empty(),
        "{:?}",
        summary(&x)
    );
    let e = of_type(&x, EventType::Sanction);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["court"]);
    assert_eq!(labels_of(&x, &e[0].affected), ["firm"]);
    // Fines as a kind of penalty are no sanction imposed.
    assert_makes(
        "Sanction",
        false,
        &["Councils already have powers to hand out fines for litter."],
    );
    assert_makes(
        "Sanction",
        true,
        &["Employers face fines of up to £2,500 under the new law."],
    );
}

#[test]
fn an_event_noun_at_a_rate_names_a_series() {
    assert_statuses(
        "Travel news\n\nExiles are limited to one visit every three years to the island of Cuba.",
        EventType::Visit,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "Travel news\n\nExiles made one visit to the island of Cuba last year.",
        EventType::Visit,
        &[Status::Completed],
    );
}

#[test]
fn a_place_described_with_a_noun_of_its_kind_is_the_place_named_before() {
    assert_one_by(
        "Aid news\n\nThe Maldives was hit hard by the tsunami. The island state is asking for about $300m in aid.",
        EventType::Demand,
        &["Maldives"],
    );
}

#[test]
fn a_description_set_after_a_name_describes_it_and_marks_a_body() {
    for (text, agent) in [
        // The description in apposition does not stand for the name.
        (
            "Ryanair, Europe's biggest low-cost airline, has signed a deal with Boeing.",
            "Ryanair",
        ),
        // A word named once, or taken for a place, is a body when a body's description
        // follows it.
        (
            "Gazprom, the Russian state gas giant, has agreed to buy the oil firm Sibneft.",
            "Gazprom",
        ),
        (
            "Barclays, the UK's third biggest bank, has agreed to buy the South African bank Absa.",
            "Barclays",
        ),
    ] {
        assert_one_by(text, EventType::Agreement, &[agent]);
    }
    // An adverb before a described noun names no body.
    let x = run(
        "Meanwhile, the company, which makes cars, agreed to buy the oil firm Sibneft.",
        None,
    );
    assert!(
        x.actors.iter().all(|a| a.label != "Meanwhile"),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn what_one_went_somewhere_to_do_was_done() {
    for (text, status) in [
        (
            "The minister flew to Delhi on Monday to meet Mr Singh.",
            Status::Completed,
        ),
        (
            "The minister was in Delhi on Monday to meet Mr Singh.",
            Status::Completed,
        ),
        (
            "Delegates gathered in Blackpool on Sunday to attend the party's conference.",
            Status::Completed,
        ),
        // A journey still to come, or one not made, tells nothing done.
        (
            "The minister will fly to Delhi on Monday to meet Mr Singh.",
            Status::Planned,
        ),
    ] {
        assert_statuses(text, EventType::Meeting, &[status]);
    }
}

#[test]
fn what_a_journey_still_to_be_made_is_for_is_to_come() {
    for (text, ty, status) in [
        (
            "Trade diary\n\nThe premier is heading to Ottawa for a summit with Canadian leaders.",
            EventType::Meeting,
            Status::Planned,
        ),
        (
            "Trade diary\n\nThe premier will travel to Ottawa for talks on Monday.",
            EventType::Meeting,
            Status::Planned,
        ),
        (
            "Trade diary\n\nShe said the president is coming to Asia as his first foreign visit.",
            EventType::Visit,
            Status::Planned,
        ),
        // A journey made tells of what it was for as done.
        (
            "Trade diary\n\nThe premier travelled to Ottawa for talks on Monday.",
            EventType::Meeting,
            Status::Completed,
        ),
    ] {
        assert_statuses(text, ty, &[status]);
    }
}

#[test]
fn what_a_clause_of_purpose_aims_at_is_only_wished_for() {
    for text in [
        "Diary\n\nThe firms cut their prices so that the talks could resume.",
        "Diary\n\nThe unions voted in order that the strike could go ahead.",
        // A bare "so" with a modal or a negated "do", no comma before it.
        "Diary\n\nThe staff must register their names so they do not get fined.",
        // Its negation too is part of the aim, no denial.
        "Diary\n\nThe boss said the union would agree to a deal so that the strike could be avoided.",
    ] {
        let x = run(text, None);
        let aimed: Vec<Status> = (x.events.iter())
            .filter(|e| {
                matches!(
                    e.event_type,
                    EventType::Meeting | EventType::Protest | EventType::Sanction
                )
            })
            .map(|e| e.status)
            .collect();
        assert_eq!(aimed, [Status::Hypothetical], "{text}: {:?}", summary(&x));
    }
    // A "so" of result tells what happened.
    assert_statuses(
        "Diary\n\nThe talks failed, so the union went on strike.",
        EventType::Protest,
        &[Status::Completed],
    );
}

#[test]
fn a_state_body_a_gathering_is_of_holds_it() {
    let x = run(
        "Lula in Brazil\n\nHe spoke after a meeting of the Brazilian parliament.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(
        agent_labels(&x, e[0]).contains(&"Brazilian parliament".to_string()),
        "{:?}",
        agent_labels(&x, e[0])
    );
}

#[test]
fn what_is_opposed_is_open_and_a_demand_opposed_was_made() {
    assert_statuses(
        "Bid talk\n\nA third shareholder is opposed to the deal.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "Bid talk\n\nThe board resisted the deal with Norsk Hydro.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "Bid talk\n\nThe minister opposed calls for an inquiry.",
        EventType::Demand,
        &[Status::Completed],
    );
}

#[test]
fn who_a_whose_clause_hangs_on_only_owns_its_subject() {
    for text in [
        "Diary\n\nMs Okonjo, whose son was killed in Basra, criticised the war.",
        "Diary\n\nMaria Okonjo, whose first husband was killed in Lagos during the war, \
         confirmed she would stand.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Attack);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(
            labels(&x, &e[0].affected).is_empty(),
            "{text}: {:?}",
            labels(&x, &e[0].affected)
        );
    }
}

#[test]
fn a_state_named_on_a_deal_or_meeting_noun_places_it() {
    let x = run(
        "Oil news\n\nThe US firm signed an Iraqi oil deal on Monday.",
        None,
    );
    assert_eq!(countries_of_each(&x, EventType::Agreement), [["Q796"]]);
    // A headline so placed is still the deal the body tells, whose country the body's
    // sentences only guess.
    let x = run(
        "UK bank in Thai deal\n\nLondon-based Barclays said on Monday it had agreed to buy \
         Siam Commercial Bank. Barclays said acquiring the bank fulfilled a long-held aim. \
         Its shares fell 3% in London.",
        None,
    );
    assert_eq!(countries_of_each(&x, EventType::Agreement), [["Q869"]]);
}

#[test]
fn a_vote_of_shareholders_or_on_directors_is_no_states() {
    for text in [
        "Club news\n\nTwo directors were voted out at the club in London on Friday, against \
         the wishes of the chief executive.",
        "Club news\n\nMr Okafor voted against the appointment of three directors to the board \
         in London last year.",
        "Club news\n\nHis constituency association in Leeds voted against a move to deselect \
         him.",
        "Club news\n\nThe fund wants a meeting in London to vote on replacing the club's \
         entire board.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Election);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(
            !agent_labels(&x, e[0]).contains(&"United Kingdom".to_string()),
            "{text}: {:?}",
            agent_labels(&x, e[0])
        );
    }
}

#[test]
fn who_goes_somewhere_for_a_gathering_or_protest_takes_part() {
    let x = run(
        "Trade diary\n\nMr Okafor flew to Ottawa for talks with union leaders.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["Okafor"]);
    let x = run(
        "Farm protest\n\nFarmers drove to Cardiff for a protest against the cuts.",
        None,
    );
    let e = of_type(&x, EventType::Protest);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["Farmers"]);
}

#[test]
fn a_ledes_indefinite_description_of_a_body_stands_for_the_body_named_next() {
    let lede = "Oil firm fined\n\nA Dutch oil company has agreed to pay $28m to settle the case. \
                Royal Dutch Shell was accused of overstating its reserves.";
    assert_one_by(lede, EventType::Agreement, &["Royal Dutch Shell"]);
    // Not when a body was named before it: the description may be another.
    let x = run(
        "Stake sold\n\nVodafone said on Monday that a German firm has agreed to buy its stake. \
         Siemens was named as the buyer.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["German firm"]);
}

#[test]
fn a_bodys_resources_deployed_are_no_force() {
    // What is deployed is named after a name that possesses it: resources are no force,
    // peacekeepers are.
    assert_makes(
        "Deployment",
        false,
        &[
            "Progress can be made through the deployment of Economic and Social Research \
           Council's limited resources.",
        ],
    );
    assert_makes(
        "Deployment",
        true,
        &["The deployment of Nato's peacekeepers began in May."],
    );
}

#[test]
fn firms_move_no_forces() {
    // A coalition of firms is no armed coalition; one of states is.
    let x = run(
        "Contrack International heads a coalition of firms working on a series of schemes.",
        None,
    );
    assert!(x.forces.is_empty(), "{:?}", x.forces);
    let x = run("A coalition of 30 nations sent troops to Iraq.", None);
    assert!(
        x.forces.iter().any(|f| f.text.contains("coalition")),
        "{:?}",
        x.forces
    );
    // A firm's withdrawal, named by its possessor, moves no force; Nato's does.
    let x = run(
        "Contrack International heads a group of firms. Its withdrawal from the $325m (£170m) \
         contract in November was the largest cancellation to date.",
        None,
    );
    assert!(
        of_type(&x, EventType::Withdrawal).is_empty(),
        "{:?}",
        summary(&x)
    );
    assert_one_by(
        "Nato's withdrawal from Kabul began in May.",
        EventType::Withdrawal,
        &["NATO"],
    );
}

#[test]
fn a_verbless_phrase_of_the_same_time_takes_the_time_of_its_clause() {
    for (text, status) in [
        (
            "Mr Jones sailed across the lake while on a visit to Leeds with the minister to back \
             school outings.",
            Status::Completed,
        ),
        (
            "Mr Jones will open the school while on a visit to Leeds next week.",
            Status::Planned,
        ),
    ] {
        assert_statuses(text, EventType::Visit, &[status]);
    }
}

#[test]
fn a_time_inside_what_is_demanded_dates_it_not_the_demand() {
    let text =
        "The Bakers' Union welcomed the offer, but has called for a £7 hourly wage by next year.";
    let x = run(text, None);
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(d[0].status, Status::Completed, "{:?}", summary(&x));
    assert!(d[0].when.is_none(), "{:?}", d[0].when);
    // So does a time inside the act it asks for, however the parser hung the infinitive.
    for text in [
        "Pay row\n\nThe pilots' union has called on the airline to withdraw the plan by noon \
         on Friday.",
        "Pay row\n\nThe union urged ministers to scrap the scheme by next April.",
    ] {
        let x = run(text, None);
        let d = of_type(&x, EventType::Demand);
        assert_eq!(d.len(), 1, "{:?}", summary(&x));
        assert_eq!(d[0].status, Status::Completed, "{text}");
        assert!(d[0].when.is_none(), "{text}: {:?}", d[0].when);
    }
    // A time of the occasion the demand was made at, before it, dates it.
    let x = run(
        "In a speech on Monday, Mr Jones urged the council to close the school.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(d[0].when.as_ref().map(|w| w.text.as_str()), Some("Monday"));
}

#[test]
fn a_deal_with_an_infinitive_of_its_own_that_was_struck_was_made() {
    for text in [
        "Finally, a deal to turn the old depot into a sports and concert venue was struck.",
        "In the end, a deal to sell the club to a local businessman was struck.",
    ] {
        let x = run(text, None);
        // "struck" with a deal for its subject is no attack, however long the subject.
        assert_eq!(types(&x), ["Agreement"], "{text}: {:?}", summary(&x));
        // The noun's own infinitive does not tell its time; "was struck" does.
        assert_eq!(
            statuses(&x, EventType::Agreement),
            [Status::Completed],
            "{text}"
        );
    }
}

#[test]
fn what_an_infinitive_on_an_object_comes_after_is_not_dated_by_the_verb() {
    for (text, status) in [
        // The pledge was repeated; the deals and the election it speaks of are to come.
        (
            "Mr Kemp repeated his pledge not to do post-poll deals with either party after the \
             election.",
            Status::Planned,
        ),
        // A verb with no object shares its infinitive's time: the failure came after it.
        (
            "The party failed to win a seat after the election.",
            Status::Completed,
        ),
    ] {
        assert_statuses(text, EventType::Election, &[status]);
    }
}

#[test]
fn a_time_across_a_contrast_in_another_tense_dates_its_own_clause() {
    let x = run(
        "She says her speech last week was misreported but she will not contest the election.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].when.is_none(), "{:?}", e[0].when);
    // "though" and "although" open such a clause too.
    for (text, ty) in [
        (
            "Car news\n\nLast year, the firm produced just 110,000 cars, though it hopes to \
             land a deal with a Chinese carmaker.",
            EventType::Agreement,
        ),
        (
            "Fees row\n\nIn June last year, the minister announced plans to raise fees, \
             although no figure has yet been agreed.",
            EventType::Agreement,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{:?}", summary(&x));
        assert!(e[0].when.is_none(), "{text}: {:?}", e[0].when);
    }
    // In the same tense the clauses tell one time.
    let x = run(
        "The two firms tried to merge two years ago but the talks failed.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        e[0].when.as_ref().map(|w| w.text.as_str()),
        Some("two years ago")
    );
}

#[test]
fn an_aside_set_off_by_dashes_keeps_its_times_apart() {
    let x = run(
        "Insurance news\n\nIn May, Tarrow agreed to pay $90m to settle the suit - a figure in \
         line with the placement fees it collected in 2001 - and agreed to change its business \
         practices.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(e[0].when.as_ref().map(|w| w.text.as_str()), Some("May"));
    // Nor does a time outside an aside date what the aside tells: the next election is
    // the one told before, undated.
    let x = run(
        "Party rally\n\nThe party will fight the next election on tax. Ms Lund's message - \
         that the party can win the next election - did not sound as hollow as it might have \
         done six months ago.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].when.is_none(), "{:?}", e[0].when);
}

#[test]
fn a_modal_and_a_time_before_a_verb_leave_it_a_verb() {
    // "will next week visit": the tagger's noun after a phrase of time is the modal's verb,
    // whose subject visits.
    let x = run("Gordon Brown will next week visit Kenya.", None);
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, visits[0]), ["Gordon Brown"]);
    assert_eq!(visits[0].status, Status::Planned);
}

#[test]
fn a_continent_is_a_place_of_no_one_country() {
    // Placed in Africa, the visit is in no country the article could guess.
    let x = run("Gordon Brown will next week visit Africa.", None);
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    let mut places = labels(&x, &visits[0].location);
    places.extend(labels(&x, &visits[0].destination));
    assert_eq!(places, ["Africa"]);
    assert!(visits[0].countries.is_empty(), "{:?}", summary(&x));
    // A visit to the continent is the same as one to a country in it.
    let x = run(
        "Jack Straw visited Ghana on Monday. His visit to Africa ends on Friday.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    let mut places = labels(&x, &visits[0].location);
    places.extend(labels(&x, &visits[0].destination));
    places.sort();
    assert_eq!(places, ["Africa", "Ghana"]);
    // Named before a trip, it places the trip too.
    let x = run(
        "Tony Blair spoke in London on Monday. At the end of his Africa trip, Mr Blair said he still admired the minister.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert!(visits[0].countries.is_empty(), "{:?}", summary(&x));
    // A foreign trip is in no country the article could guess either.
    let x = run(
        "Tony Blair spoke in London on Monday. He has spent too much time on international affairs and foreign trips, critics say.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert!(visits[0].countries.is_empty(), "{:?}", summary(&x));
    // Before another noun or as a possessor, it describes a group, which acts.
    let x = run(
        "Talks in Delhi between Middle East producers and Asia's biggest energy consumers ended on Monday.",
        None,
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        agent_labels(&x, talks[0]),
        ["Middle East producers", "Asia's biggest energy consumers"]
    );
}

#[test]
fn a_time_inside_a_relative_clause_dates_only_that_clause() {
    // "which last month forecast": the forecast's month, not the deal's.
    let x = run(
        "Carlsberg, which last month forecast record sales, said it had agreed a deal with Diageo.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert!(deals[0].when.is_none(), "{:?}", summary(&x));
    // On the event's own noun, the clause dates the event.
    let x = run("The poll, which is due next month, will be close.", None);
    let polls = of_type(&x, EventType::Election);
    assert_eq!(polls.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        polls[0].when.as_ref().map(|w| w.text.as_str()),
        Some("next month")
    );
}

#[test]
fn two_years_joined_before_a_noun_date_it() {
    // "the 1997 and 2001 elections": both years, not the clause's August 2003.
    let x = run(
        "Mr Campbell quit in August 2003 after working for the party at the 1997 and 2001 elections.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    let when = elections[0].when.as_ref().expect("a time");
    assert_eq!(when.text, "1997 and 2001");
    assert_eq!(
        (when.earliest, when.latest),
        (
            NaiveDate::from_ymd_opt(1997, 1, 1),
            NaiveDate::from_ymd_opt(2001, 12, 31)
        )
    );
}

#[test]
fn a_negated_possibility_denies_nothing() {
    // What cannot, or would not be able to, happen is only thought of.
    for (text, ty) in [
        (
            "There can be no deal which does not protect the rebate, he said.",
            EventType::Agreement,
        ),
        (
            "Britain would never be able to reach agreement unless the rebate was kept.",
            EventType::Agreement,
        ),
        (
            "Terrorists will not be able to strike with weapons of mass destruction.",
            EventType::Attack,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // A future denied, reported or not, is denied.
    for (text, ty) in [
        (
            "The minister will not attend the summit.",
            EventType::Meeting,
        ),
        (
            "The Commission said it would not impose sanctions on countries.",
            EventType::Sanction,
        ),
        (
            "He offered a pledge that he would be doing no deals with other parties.",
            EventType::Agreement,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Denied]);
    }
}

#[test]
fn a_state_that_holds_an_office_is_no_place() {
    // "the Luxembourg presidency": Luxembourg holds the bloc's presidency; the deal it
    // hopes for is not made in Luxembourg.
    let x = run(
        "Britain wants its rebate kept. The bloc's Luxembourg presidency hopes to strike a deal on the budget.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert!(
        !labels(&x, &deals[0].countries).contains(&"Luxembourg".to_string()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_body_named_before_a_visit_is_where_it_goes() {
    // "a four-nation EU visit": the visitor goes to the EU, which is no visitor, and the
    // visit is in no country the article could guess.
    let x = run(
        "The US Treasury Secretary spoke in Washington on Friday. He is now in Dublin at the start of a four-nation EU visit.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert!(visits[0].agents.is_empty(), "{:?}", summary(&x));
    assert!(visits[0].countries.is_empty(), "{:?}", summary(&x));
    // A person named so is who visits.
    let x = run(
        "President George W Bush arrived in Mainz on Wednesday. Lufthansa may sue over the Bush visit.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, visits[0]), ["George W. Bush"]);
}

#[test]
fn what_is_ruled_out_is_denied_and_what_is_not_only_possible() {
    for (text, ty) in [
        (
            "The minister ruled out a deal with the rebels.",
            EventType::Agreement,
        ),
        (
            "The minister has ruled out talks with the rebels.",
            EventType::Meeting,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Denied]);
    }
    for (text, ty) in [
        (
            "The spokesman did not rule out an agreement with Britain.",
            EventType::Agreement,
        ),
        (
            "The bank has not ruled out talks with Barclays.",
            EventType::Meeting,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
}

#[test]
fn a_verb_misread_after_an_adverb_is_no_part_of_a_group() {
    // "thus ensure terrorists": "ensure" is the verb, read as an adjective; the group is
    // the terrorists.
    let x = run(
        "We will be unable to stop all attacks and thus ensure terrorists will not be able to strike with weapons of mass destruction.",
        None,
    );
    let attacks = of_type(&x, EventType::Attack);
    assert!(!attacks.is_empty(), "{:?}", summary(&x));
    for a in attacks {
        for label in agent_labels(&x, a) {
            assert_eq!(label, "terrorists", "{:?}", summary(&x));
        }
    }
    assert!(
        x.events
            .iter()
            .any(|e| agent_labels(&x, e) == ["terrorists"]),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn one_who_speaks_for_a_body_acts_for_it() {
    for (text, body) in [
        (
            "A spokesman for the Green Party called on the mayor to resign.",
            "Green Party",
        ),
        (
            "A Foreign Office spokeswoman called for talks with the rebels.",
            "Foreign Office",
        ),
        (
            "Labour's spokeswoman demanded an inquiry into the sale.",
            "Labour Party",
        ),
    ] {
        let x = run(text, None);
        let demands = of_type(&x, EventType::Demand);
        assert_eq!(demands.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(agent_labels(&x, demands[0]), [body], "{text}");
    }
    // A spokesman placed somewhere names no body he speaks for.
    let x = run(
        "A spokesman in London called for talks with the rebels.",
        None,
    );
    for e in of_type(&x, EventType::Demand) {
        assert!(agent_labels(&x, e).is_empty(), "{:?}", summary(&x));
    }
}

#[test]
fn an_event_noun_with_an_infinitive_of_its_taking_place_is_still_to_come() {
    for text in [
        "She said a summit of the Alpine League, a club of former mayors, to be held in Turin discussed the ruling.",
        "Talks to begin in Geneva were announced by the ministers.",
        "He said the summit to be held in Rome was the main issue.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Planned]);
    }
    // What the noun's infinitive does to something else does not happen to the noun.
    assert_statuses(
        "In 2001 the two firms signed a deal to open a plant in Ohio.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn a_that_clause_ruled_out_is_denied_and_one_not_ruled_out_only_possible() {
    assert_statuses(
        "A spokesman did not rule out that there had been an agreement between the two countries.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "The minister ruled out that there had been talks with the rebels.",
        EventType::Meeting,
        &[Status::Denied],
    );
}

#[test]
fn a_countrys_capital_named_by_its_adjective_is_its_capital() {
    let x = run("Troops were sent to the Nigerian capital on Monday.", None);
    let sent = of_type(&x, EventType::Deployment);
    assert_eq!(sent.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &sent[0].destination), ["Abuja"]);
    let x = run(
        "A meeting will be held in the Spanish capital on Monday.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    let countries: Vec<String> = (meetings[0].countries.iter())
        .map(|&a| x.actors[a].id.to_string())
        .collect();
    assert_eq!(countries, ["Q29"]);
}

#[test]
fn a_deal_of_a_firm_of_no_known_home_takes_no_country_from_the_article() {
    // The article is about the UK, but nothing says where the two firms deal.
    let x = run(
        "British shoppers spent less in December, UK figures show. The UK economy slowed. Retailer Marlow Stores said it had agreed to buy rival Kettering Foods for £40m.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert!(deals[0].countries.is_empty(), "{:?}", summary(&x));
    // A place the text gives still places it.
    let x = run(
        "British shoppers spent less in December, UK figures show. Retailer Marlow Stores signed a deal in Paris to buy rival Kettering Foods.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    let countries: Vec<String> = (deals[0].countries.iter())
        .map(|&a| x.actors[a].id.to_string())
        .collect();
    assert_eq!(countries, ["Q142"], "{:?}", summary(&x));
}

#[test]
fn what_one_is_allowed_or_able_to_do_or_a_case_of_is_only_possible() {
    for (text, ty) in [
        (
            "Prisoners are allowed to meet their lawyers on Mondays.",
            EventType::Meeting,
        ),
        (
            "Judges should be able to order the detention of suspects.",
            EventType::Demand,
        ),
        (
            "The law covers cases where someone has killed for revenge.",
            EventType::Attack,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // A permission in the past tells of what was done then; a single case is one event.
    for (text, ty) in [
        (
            "The prisoner was allowed to meet his lawyer on Monday.",
            EventType::Meeting,
        ),
        (
            "Police said the man had killed his neighbour in a case that shocked the town.",
            EventType::Attack,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_ne!(e[0].status, Status::Hypothetical, "{text}");
    }
}

#[test]
fn it_continues_an_untracked_subject_of_the_sentence_before() {
    // "It" stands for the report, which names no actor, not for Nigeria.
    let x = run(
        "Nigeria has lost half its oil income. The report said donors had kept many families afloat. It also called on the World Bank to cancel the debt.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert!(agent_labels(&x, demands[0]).is_empty(), "{:?}", summary(&x));
    // A named subject before it is what "it" stands for.
    let x = run(
        "Nigeria has lost half its oil income. The World Bank said donors had kept many families afloat. It also called on the IMF to cancel the debt.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["World Bank"]);
}

#[test]
fn a_poll_one_stands_in_or_that_is_conducted_is_a_survey() {
    assert_makes(
        "Election",
        false,
        &[
            "Mr Brown is the figure in all of the polls that voters trust.",
            "Researchers conducted the poll from 15 November to 3 January across 22 countries.",
        ],
    );
    assert_makes("Election", true, &["Voters go to the polls on 5 May."]);
}

#[test]
fn the_poll_points_back_to_the_poll_or_election_last_named() {
    // After a survey, "the poll" is that survey; after an election, the election.
    assert_makes(
        "Election",
        false,
        &["A new poll for the Daily Courier suggests most voters back the plan. The poll comes after weeks of debate."],
    );
    let x = run(
        "A new poll for the Daily Courier suggests most voters back the plan. The general \
         election is expected in May. The poll will decide who governs the county.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(!e[0].mentions.is_empty(), "{:?}", x.events);
}

#[test]
fn personnel_and_units_are_a_force_only_with_an_owner_or_a_word_of_service() {
    // A firm's personnel are no force, so the attack on them shows no violence.
    assert_makes(
        "Attack",
        false,
        &["The fund warned the government about its attacks against the bank, its personnel and its shareholders."],
    );
    let x = run(
        "Ruritanian ministers said 100 defence personnel were deployed to Honiara on Friday.",
        None,
    );
    let sent = of_type(&x, EventType::Deployment);
    assert_eq!(sent.len(), 1, "{:?}", summary(&x));
    assert_eq!(sent[0].forces.len(), 1, "{:?}", summary(&x));
    // So is a unit: a firm's is no force ("its Asian unit"), an army's is.
    assert_count(
        "Sales news\n\nThe firm has pulled its Asian unit out of China.",
        EventType::Withdrawal,
        0,
    );
    for text in [
        "Army news\n\nA British army unit withdrew from the town on Monday.",
        "Army news\n\nA Kenyan unit of peacekeepers left Somalia.",
    ] {
        assert_count(text, EventType::Withdrawal, 1);
    }
}

#[test]
fn the_by_phrase_after_an_event_nouns_of_phrase_acts_in_it() {
    // What is bought stands in the "of" phrase, who buys in the "by" phrase after it, a
    // name however the common nouns before it describe it.
    let x = run(
        "Neutral headline here\n\nShares in oil firm Sibco fell. Putin has defended the \
         purchase of Sibco by state-owned oil firm Rosneft.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["Rosneft"]);
    assert_eq!(labels_of(&x, &e[0].affected), ["Sibco"]);
}

#[test]
fn the_by_phrase_right_after_an_event_noun_acts_in_it() {
    for (text, ty, agent) in [
        (
            "A visit by Tony Blair to Iraq ended on Monday.",
            EventType::Visit,
            "Tony Blair",
        ),
        (
            "An attack by Hamas on the convoy killed two soldiers.",
            EventType::Attack,
            "Hamas",
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert!(!e.is_empty(), "{text}: {:?}", summary(&x));
        assert_eq!(agent_labels(&x, e[0]), [agent], "{text}");
    }
    // The "by" phrase of another noun after it is that noun's.
    let x = run(
        "The conference clashed with a speech by Gordon Brown on Africa.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(
        agent_labels(&x, meetings[0]).is_empty(),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_event_noun_made_in_the_progressive_now_is_under_way() {
    for (text, ty) in [
        (
            "The unions are staging protests in London.",
            EventType::Protest,
        ),
        (
            "The two firms have been engaging in discussions about a merger.",
            EventType::Meeting,
        ),
    ] {
        assert_statuses(text, ty, &[Status::UnderWay]);
    }
    // Told as going on then, in the past, it was done.
    assert_statuses(
        "The unions were staging protests in London on Monday.",
        EventType::Protest,
        &[Status::Completed],
    );
}

#[test]
fn a_takeover_refers_back_only_to_a_coup_told_in_full() {
    // "take a stake" is no "take power": the firm's takeover is no coup.
    assert_makes(
        "Coup",
        false,
        &["The bank will take a stake in the exchange. Staff fear that jobs would be lost if the takeover is successful."],
    );
    let x = run(
        "Soldiers seized power in the capital on Monday. The takeover was condemned by the African Union.",
        None,
    );
    let coups = of_type(&x, EventType::Coup);
    assert_eq!(coups.len(), 1, "{:?}", summary(&x));
    // The takeover is a further mention of the coup.
    assert_eq!(coups[0].mentions.len(), 1, "{:?}", summary(&x));
}

#[test]
fn an_event_a_counted_span_of_time_is_of_goes_on_now() {
    for text in [
        "An ex-army officer is entering the seventh week of a hunger strike near the ministry.",
        "The unions are now in the second week of the strike.",
        // The subject's own span, counted or its last.
        "The hunger strike outside the ministry is entering its seventh week.",
        "The rail strike is now in its final week, union leaders said.",
    ] {
        assert_statuses(text, EventType::Protest, &[Status::UnderWay]);
    }
    assert_statuses(
        "The Yorkshire referendum enters its final week with both camps level in the polls.",
        EventType::Election,
        &[Status::UnderWay],
    );
    // Told in the past, it was done.
    assert_statuses(
        "In 2001 the unions were in the second week of the strike when the firm closed.",
        EventType::Protest,
        &[Status::Completed],
    );
}

#[test]
fn a_deal_known_by_the_name_set_beside_it_was_made() {
    for text in [
        "The unions worked together in the last year to hammer out a 56-point deal with the government over pay, holidays and pensions - the Oxford Agreement.",
        "The unions worked for months to hammer out a deal with the government, the Oxford Agreement.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::Completed]);
    }
    assert_statuses(
        "The unions hope to hammer out a deal with the government on pay.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
}

#[test]
fn what_a_request_demand_or_call_is_for_is_demanded() {
    for (text, ty) in [
        (
            "The fund has made a request for an extraordinary shareholders meeting to be held in March.",
            EventType::Meeting,
        ),
        (
            "The union renewed its demand for talks with the management.",
            EventType::Meeting,
        ),
    ] {
        let x = run(text, None);
        let e = of_type(&x, ty);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(e[0].status, Status::Demanded, "{text}");
    }
}

#[test]
fn a_state_that_leaves_a_body_moves_no_force() {
    assert_makes(
        "Withdrawal",
        false,
        &["UKIP called for the UK to leave the European Union."],
    );
    assert_makes(
        "Withdrawal",
        true,
        &["US troops will leave Iraq next year."],
    );
}

#[test]
fn a_town_after_of_in_a_source_names_a_seat_not_who_speaks() {
    let x = run("The Mayor of Kabul said the talks had failed.", None);
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    let a = talks[0].attribution.clone().expect("attributed");
    assert_eq!(a.text, "The Mayor of Kabul");
    assert_eq!(a.actor, None, "{:?}", a.actor.map(|i| &x.actors[i].label));
    // A state's capital that speaks stands for its government.
    let x = run("Kabul said the talks had failed.", None);
    let a = x.events[0].attribution.clone().expect("attributed");
    assert!(a.actor.is_some());
}

#[test]
fn an_election_a_modal_clause_comes_after_is_still_to_come() {
    assert_statuses(
        "He would not commit to any job for Mr Brown after the election.",
        EventType::Election,
        &[Status::Planned],
    );
    // A past clause after an election tells of one held.
    assert_statuses(
        "Parliament was dissolved after the election.",
        EventType::Election,
        &[Status::Completed],
    );
}

#[test]
fn a_currency_or_a_value_of_one_that_rallies_holds_no_rally() {
    assert_makes(
        "Protest",
        false,
        &[
            "Disappointing economic reports dented the currency, which had been rallying after policy makers spoke.",
            "Figures brought a sudden end to a rally in the value of the dollar.",
        ],
    );
    assert_makes(
        "Protest",
        true,
        &["A rally of thousands of students was held in Paris."],
    );
}

#[test]
fn what_all_seem_agreed_on_is_a_shared_view() {
    assert_makes(
        "Agreement",
        false,
        &["What all seem agreed on, however, is that this sniping cannot go on."],
    );
    assert_makes("Agreement", true, &["The deal seemed agreed by Friday."]);
}

#[test]
fn a_state_a_demand_presses_is_its_addressee_not_its_place() {
    // A demand takes as object whom it presses, even a state: the state is affected, not
    // where the demand is made.
    let x = run(
        "The prime minister is pressing Canada to cut its emissions.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &d[0].affected), ["Canada"]);
    assert!(d[0].location.is_empty(), "{:?}", summary(&x));
    let x = run("Ministers urged Norway and Iceland to end whaling.", None);
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &d[0].affected), ["Norway", "Iceland"]);
    assert!(d[0].location.is_empty(), "{:?}", summary(&x));
    // A visit still takes as object the place it goes to.
    let x = run("Mr Hale visited Kenya last week.", None);
    let v = of_type(&x, EventType::Visit);
    assert_eq!(v.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &v[0].location), ["Kenya"]);
}

#[test]
fn the_person_a_body_and_an_office_stand_before_is_the_object() {
    // "Leeds council leader Tom Baird": the person heads the phrase; the town and the
    // office only say whose leader he is.
    let x = run(
        "Teachers urged Leeds council leader Tom Baird to drop the plan.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &d[0].affected), ["Tom Baird"]);
}

#[test]
fn a_name_joined_or_set_beside_one_in_a_phrase_is_in_that_phrase() {
    // "and Norway" is joined to "European allies" inside the "with" phrase: a party worked
    // with, not what is ordered nor where.
    let x = run(
        "Ministers ordered the pullout in March, in coordination with European allies and Norway.",
        None,
    );
    let d = of_type(&x, EventType::Demand);
    assert_eq!(d.len(), 1, "{:?}", summary(&x));
    assert!(d[0].location.is_empty(), "{:?}", summary(&x));
    assert!(
        labels(&x, &d[0].participants).contains(&"Norway".to_string()),
        "{:?}",
        summary(&x)
    );
    // "in the Ghanaian capital, Accra": the capital named beside the phrase is where they
    // meet, not whom they meet.
    let x = run(
        "ECOWAS leaders were due to meet in the Ghanaian capital, Accra, on Sunday.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels(&x, &e[0].location), ["Accra"]);
    assert!(!labels(&x, &e[0].participants).contains(&"Accra".to_string()));
}

#[test]
fn one_who_agrees_alone_to_do_something_consents_to_no_pact() {
    // One party agreeing to act, with no partner named and nothing exchanged, consents
    // or decides.
    assert_makes(
        "Agreement",
        false,
        &[
            "Lady Marsh agreed to withdraw her amendment.",
            "The council agreed unanimously to close the library.",
            // A verb joined to the one before shares its subject, one party.
            "The county board weighed several plans but agreed unanimously to shut the depot.",
            "Mr Barrow admitted the charge last month and agreed to help the inquiry.",
        ],
    );
    // Several who agree, a partner, or an exchange make a pact.
    assert_makes(
        "Agreement",
        true,
        &[
            "The two firms agreed to cut their prices.",
            "Ms Grey and her Irish counterpart agreed to set up a joint panel.",
            "Acme agreed to buy the bakery.",
            "Directors met and agreed to raise prices.",
            "Norway and Chile met in Lima and agreed to lower their tariffs.",
            "Iran agreed with France to suspend the tests.",
        ],
    );
}

#[test]
fn what_a_thing_meets_in_the_passive_is_paid_not_a_meeting() {
    // The "by" phrase of passive "met" that names a thing pays or satisfies; one that
    // names a person meets.
    assert_makes(
        "Meeting",
        false,
        &[
            "This will be met by higher fuel taxes.",
            "Most of it will be met by new borrowing.",
        ],
    );
    assert_makes(
        "Meeting",
        true,
        &["Mr Hale was met by the prime minister at the airport."],
    );
}

#[test]
fn what_a_rumour_or_a_possibility_says_is_only_supposed() {
    // A "that" clause on a noun of what may be or is only supposed tells of no known event.
    for text in [
        "There were rumours that the two firms had signed a deal.",
        "There is a possibility that the two firms will sign a deal.",
    ] {
        assert_statuses(text, EventType::Agreement, &[Status::Hypothetical]);
    }
    assert_statuses(
        "Shares rose on speculation that the bank had held talks with Acme.",
        EventType::Meeting,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "The two firms signed a deal on Monday.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn what_one_hopes_or_doubts_others_will_do_is_only_supposed() {
    // The clause a verb of hoping or doubting takes tells of no plan, modal or not.
    for text in [
        "The club hopes its creditors will meet on Friday.",
        "The organisers also hope that the new leader will use the opportunity for talks.",
    ] {
        assert_statuses(text, EventType::Meeting, &[Status::Hypothetical]);
    }
    assert_statuses(
        "The club is hoping that all its creditors will agree to defer the rent.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
    // Said of one's own plan, "will" still plans it.
    assert_statuses(
        "The club said its creditors will meet on Friday.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn it_stands_for_the_thing_a_countrys_phrase_names_or_for_the_event_after_be() {
    // "Denmark's new fishing quota … unless it was cut": "it" is the quota, so Denmark
    // (Q35) does not place the agreement through it.
    let x = run(
        "Quota row\n\nSweden has long opposed quotas. Lars Holm called Denmark's new fishing \
         quota unfair on Monday. He said that unless it was cut there would be no agreement.",
        None,
    );
    let each = countries_of_each(&x, EventType::Agreement);
    assert!(!each.is_empty(), "{:?}", summary(&x));
    assert!(
        each.iter().all(|c| !c.contains(&"Q35".to_string())),
        "{each:?}"
    );
    // "it was a deal": "it" is the deal itself, no body told before (the Swedish
    // government, Q34).
    let x = run(
        "Quota row\n\nThe Swedish government has called the Danish fishing quota unfair. \
         Officials said that it was a deal that could not stand.",
        None,
    );
    let each = countries_of_each(&x, EventType::Agreement);
    assert_eq!(each.len(), 1, "{:?}", summary(&x));
    assert!(!each[0].contains(&"Q34".to_string()), "{each:?}");
}

#[test]
fn a_mention_placed_only_by_the_articles_country_joins_the_placed_one_of_its_agent() {
    // "next week's Nordic Council summit" takes Sweden only as the article's country; the
    // sentence that places the Nordic Council's summit in Oslo (Norway, Q20) tells the
    // same one.
    let x = run(
        "Sweden will stand firm on rebate\n\nSweden's rebate is not up for renegotiation at \
         next week's Nordic Council summit, Ann Lode said. She told MPs the rebate was \
         justified. The two-day Nordic Council summit in Oslo begins on 16 December.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Meeting),
        vec![vec!["Q20".to_string()]],
        "{:?}",
        summary(&x)
    );
    // "a similar pact" is another pact, whoever strikes it.
    assert_count(
        "Debt relief\n\nSwedish finance minister Ann Lode has signed a debt relief deal with \
         Malawi. Sweden pays more than others. There she is expected to strike a similar debt \
         relief pact.",
        EventType::Agreement,
        2,
    );
}

#[test]
fn what_a_verb_of_saying_after_a_noun_reports_tells_no_time_of_the_noun() {
    // "the deployment, but the government said the offer was aimed at the south": the past
    // is the offer's, so the deployment still to come is told again, not done.
    let x = run(
        "Engineers to help flood victims\n\nNorway has offered to send a company of 120 \
         engineers to assist with the flood relief effort in Chad, officials said. The \
         deployment would involve troops from the 2nd Engineer Battalion, based in Mali. \
         Discussions have begun with Chad on the exact timing and location of the \
         deployment, but the government said the offer was aimed at the south.",
        None,
    );
    assert_eq!(
        statuses(&x, EventType::Deployment),
        vec![Status::Planned],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_verb_that_moves_itself_moves_a_force_only_when_one_is_named() {
    // "reinforce itself": what moves is the subject, Europe, no force.
    let x = run(
        "Leaders meet\n\nThe French president said Europe needed to reinforce itself and its \
         unity. Germany will reinforce its troops in Kosovo.",
        None,
    );
    let deployments = of_type(&x, EventType::Deployment);
    assert_eq!(deployments.len(), 1, "{:?}", summary(&x));
    assert_eq!(deployments[0].sentence, 2);
}

#[test]
fn a_past_form_right_after_a_verbs_particle_is_an_adjective() {
    // "torn up agreed procedures": no finite verb follows "torn up", so "agreed" describes
    // the procedures and tells of no agreement.
    let x = run(
        "Strike threat\n\nManagers have torn up agreed procedures and kicked staff in the \
         teeth. The union agreed a new deal with the firm on Friday.",
        None,
    );
    let agreements = of_type(&x, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{:?}", summary(&x));
    assert_eq!(agreements[0].sentence, 2);
}

#[test]
fn states_listed_together_all_act_and_none_alone_places_what_they_do() {
    // The parser hangs "and Sweden" on "the Netherlands": Sweden (Q34) is still one of the
    // six that want the cut, and the nearest name, Sweden's, is not where it is wanted.
    let x = run(
        "Quota row\n\nThe UK, France, Germany, Austria, the Netherlands and Sweden want the \
         fishing quota to be cut by half.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(demands[0].agents.len(), 6, "{:?}", summary(&x));
    assert_ne!(countries_of(&x, EventType::Demand), vec!["Q34".to_string()]);
}

#[test]
fn a_quoted_imperative_tells_its_own_time_not_the_narrators() {
    // "'Let the election decide this,' he said": the past of "said" is the telling's; the
    // election is still to come.
    let x = run(
        "Ferry row\n\n\"Let the election decide this,\" the councillor said. \"Let the election \
         decide this because the other party has made clear that it will close the ferry \
         route,\" he said.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert!(!elections.is_empty(), "{:?}", summary(&x));
    assert!(
        elections.iter().all(|e| e.status == Status::Planned),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn counted_nationals_are_people_not_their_states_forces() {
    // "Two Britons were flown home": people, no force of the United Kingdom; "the French"
    // may stand for France's forces.
    let x = run(
        "Tourists home\n\nTwo Britons were flown home from Thailand on Monday. The French will \
         leave Ivory Coast next year.",
        None,
    );
    let moves: Vec<&Event> = (x.events.iter())
        .filter(|e| matches!(e.event_type, EventType::Withdrawal | EventType::Arrival))
        .collect();
    assert_eq!(moves.len(), 1, "{:?}", summary(&x));
    assert_eq!(moves[0].sentence, 2);
}

#[test]
fn he_outside_a_quotation_is_not_one_a_speaker_named_in_it() {
    // The quotation carried into a second sentence names John Reed; "He" after it is the
    // speaker, Mr Hale.
    let x = run(
        "Tax row\n\nMr Hale said: \"The council must be straightforward about its plans. \
         \"With the stealth tax plan of John Reed, trust in the council is breaking down.\" \
         He challenged the council to publish its accounts.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), vec!["Hale".to_string()]);
}

#[test]
fn the_subject_of_a_clause_after_a_subordinator_is_no_oblique_for_she() {
    // "after Ruth Payne, the leader of the nurses' union, told the Evening Post she wants":
    // Ruth Payne, past the description set off by commas, is the clause's subject, whom
    // "she" takes over the earlier "Her".
    let x = run(
        "Union row\n\nAnn Cole gave her support to the plan. Her comments come after Ruth \
         Payne, the leader of the nurses' union, told the Evening Post she wants a date to be \
         set for the closure vote.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), vec!["Ruth Payne".to_string()]);
}

#[test]
fn a_word_of_a_name_before_an_event_noun_names_no_kind_of_it() {
    // "European" in "the European Council summit" is the council's name, however the
    // parser hangs it: no "European" kind (as of "the European elections") keeps the two
    // mentions of the Council's summit apart.
    assert_count(
        "Sweden will stand firm on rebate\n\nSweden's rebate is not up for renegotiation at \
         next week's European Council summit, Ann Lode said. She told MPs the rebate was \
         justified. The two-day European Council summit in Brussels begins on 16 December.",
        EventType::Meeting,
        1,
    );
}

#[test]
fn a_deal_told_of_again_in_the_next_sentence_is_placed_by_that_sentence() {
    // Nobody acts in the first mention, which the article's earlier place (Dublin) is only
    // guessed for; the next sentence places the agreement by the partner's country. One
    // deal, in Japan, not two.
    let x = run(
        "Neutral headline here\n\nShares in Irish drug maker Corvan rose sharply in Dublin \
         on Monday. Shares in Dutch software firm Altona fell 20% on Tuesday, after it said a \
         partner was set to pull out of a deal on a new database. Altona said Japan's Kisho \
         Pharmaceutical was likely to end a licensing agreement.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deals[0].countries), ["Japan"]);
}

#[test]
fn a_gathering_a_party_or_other_body_owns_is_held_by_it_not_by_who_speaks_there() {
    // "her party's": the party a title gave the person ("Tory leader Anna Cole"), not the
    // person who possesses the party.
    let x = run(
        "Tories set out tax plan\n\nTory leader Anna Cole spoke in Bath on Thursday. She told \
         her party's autumn conference in York that taxes must fall.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["Conservative Party"]);
    // "the party conference": the party named before holds it; the speaker takes part.
    let x = run(
        "Peer attacks plans\n\nThe Liberal Democrats voted against the bill. Lord Vane told \
         reporters at the party conference in Harrogate that the vote had been lost.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["Liberal Democrats"]);
    // A party nobody names, or a body no name stands for, holds it unknown: whoever speaks
    // there only takes part.
    let x = run(
        "Minister warns party\n\nMr Hale, a former minister, told his party's conference in \
         Leeds that the reforms had failed.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].agents.is_empty(), "{:?}", agent_labels(&x, e[0]));
    assert_eq!(labels_of(&x, &e[0].participants), ["Hale"]);
}

#[test]
fn a_verb_tells_of_the_event_noun_it_takes_by_a_preposition_of_effect() {
    // "killed in an attack", "killed and 40 injured after a bomb attack": what the attack
    // did, one event (also where no place joins them: the gazetteer knows no Kandahar),
    // placed by the noun's phrase.
    for text in [
        "Five soldiers were killed in an attack on their base near Kandahar on Monday.",
        "Twelve people were killed and 40 injured after a bomb attack on a market in Baghdad.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Attack);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
    }
    let x = run(
        "Twelve people were killed and 40 injured after a bomb attack on a market in Baghdad.",
        None,
    );
    assert_eq!(countries_of(&x, EventType::Attack), ["Q796"]);
    // A vote "in the European elections" is of that kind: it joins those elections, not
    // the general election told of before.
    let x = run(
        "Unions discuss election\n\nIssues that nurses should weigh before voting in the next \
         general election will be debated by union officials. Last year the union, which \
         opposed the war, urged nurses not to vote for Labour in the European elections.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 2, "{:?}", summary(&x));
    let general = e
        .iter()
        .find(|e| e.sentence == 1)
        .expect("the general election");
    assert!(
        general.mentions.iter().all(|m| m.sentence == 1),
        "{:?}",
        general.mentions
    );
    let european = e
        .iter()
        .find(|e| e.sentence == 2)
        .expect("the European elections");
    assert_eq!(european.mentions.len(), 1, "{:?}", european.mentions);
}

#[test]
fn an_event_that_has_been_taking_place_or_is_going_on_is_under_way() {
    // The present perfect progressive of a verb of happening, and "go on", say that the
    // event goes on now.
    assert_statuses(
        "Accession talks with Russia have been taking place for ten years.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    assert_statuses(
        "Protests have been taking place across the country since Monday.",
        EventType::Protest,
        &[Status::UnderWay],
    );
    assert_statuses(
        "Talks are going on in Geneva.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    // In the past they went on then, and are told as done.
    assert_statuses(
        "Talks were going on in Geneva in May.",
        EventType::Meeting,
        &[Status::Completed],
    );
    assert_statuses(
        "Talks had been taking place for years before the vote in Geneva.",
        EventType::Meeting,
        &[Status::Completed],
    );
    // A verb of saying reports the past progressive for the speaker's present.
    for s in [
        "An official said intense discussions were taking place between the EU and China.",
        "The minister said talks were going on with the unions.",
    ] {
        assert_statuses(s, EventType::Meeting, &[Status::UnderWay]);
    }
}

#[test]
fn a_country_before_an_adjective_of_its_institutions_holds_the_election() {
    let x = run(
        "The firm said the US Congressional elections would bring it more advertising.",
        None,
    );
    assert_eq!(
        countries_of(&x, EventType::Election),
        ["Q30"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_demand_told_again_by_its_maker_for_the_same_thing_is_one_demand() {
    let demands = |text: &str| {
        let x = run(text, None);
        (of_type(&x, EventType::Demand).iter())
            .map(|e| (e.sentence, agent_labels(&x, e)))
            .collect::<Vec<_>>()
    };
    // "the first minister" is the First Minister named before, and his second order of a
    // report is the first.
    let one = demands(
        "Escape report ordered\n\nFirst Minister Jack McConnell has ordered a report on the \
         escape. Police are still searching for the man. Officials said the first minister \
         had ordered an urgent report into the case.",
    );
    assert_eq!(one, [(0, vec!["Jack McConnell".to_string()])]);
    // Another thing asked for, or another who asks, is another demand.
    let two = demands(
        "Escape report ordered\n\nFirst Minister Jack McConnell has ordered a report on the \
         escape. Police are still searching for the man. He also ordered a review of security \
         at the hospital.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
    let two = demands(
        "Escape report ordered\n\nFirst Minister Jack McConnell has ordered a report on the \
         escape. Police are still searching for the man. Health Minister Anna Cole also \
         ordered a report on the escape.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
}

/// Each demand of the text's extraction: its sentence, agents and further mentions.
fn demands_told(text: &str) -> Vec<(usize, Vec<String>, usize)> {
    let x = run(text, None);
    (of_type(&x, EventType::Demand).iter())
        .map(|e| (e.sentence, agent_labels(&x, e), e.mentions.len()))
        .collect()
}

#[test]
fn a_demand_to_be_told_or_for_a_look_into_something_told_again_is_one_demand() {
    let demands = demands_told;
    // To know, then clarification: both ask to be told.
    let one = demands(
        "Escape row\n\nMs Anne Cole has demanded to know who signed off the leave. The \
         hospital said it was not common practice. Ms Cole has written to the health minister \
         asking for clarification on the decision.",
    );
    assert_eq!(one, [(1, vec!["Anne Cole".to_string()], 1)]);
    // A report, then a review: both look into what happened.
    let one = demands(
        "Escape row\n\nMr Tom Hale has ordered a report on the escape. Police are searching \
         for the man. His deputy said Mr Hale had called for a review of what happened.",
    );
    assert_eq!(one, [(1, vec!["Tom Hale".to_string()], 1)]);
}

#[test]
fn a_demand_asked_again_in_the_same_words_by_no_one_named_is_one_demand() {
    let demands = demands_told;
    // The later asking names no one: the unions' demand told again by what it asks.
    let one = demands(
        "Neutral headline here\n\nFive unions want the government to withdraw the pension \
         regulations, which would raise the retirement age. Talks are due next week. The \
         government has been urged to withdraw the pension regulations before the election.",
    );
    assert_eq!(one, [(1, vec!["Five unions".to_string()], 1)]);
    // "also" tells one more demand, though the words are alike.
    let two = demands(
        "Neutral headline here\n\nFive unions want the government to withdraw the pension \
         regulations. Talks are due next week. The government has also been urged to \
         withdraw the pension regulations for teachers.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
    // One word in common is only the topic of both: two demands.
    let two = demands(
        "Neutral headline here\n\nFive unions want the government to withdraw the pension \
         regulations. Talks are due next week. The government has been urged to publish the \
         regulations first.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
}

#[test]
fn a_demand_for_the_same_act_by_no_one_named_is_one_demand() {
    let x = run(
        "Neutral headline here\n\nThe deal came despite an EU demand for Serbia to recognise \
         Kosovo. Talks will resume in May. Serbia had insisted it would not bow to demands to \
         recognise the province.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["European Union"]);
    assert_eq!(demands[0].mentions.len(), 1);
    // Both askers named, and not the same: two demands, though the act is one.
    let x = run(
        "Neutral headline here\n\nThe EU has urged Serbia to recognise Kosovo. Talks will \
         resume in May. Russia has urged Serbia not to recognise the province.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Demand).len(), 2, "{:?}", summary(&x));
}

#[test]
fn a_described_noun_of_another_word_is_the_one_event_of_its_type() {
    let x = run(
        "Neutral headline here\n\nThe prime minister has told a Labour Party gathering that \
         rival plans would harm schools. Delegates cheered. Gordon Brown has addressed the \
         conference behind closed doors.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, meetings[0]), ["Labour Party"]);
    assert_eq!(labels_of(&x, &meetings[0].participants), ["Gordon Brown"]);
}

#[test]
fn an_attack_told_again_with_nothing_of_its_own_is_the_one_attack_told() {
    let attacks = |text: &str| {
        let x = run(text, None);
        (of_type(&x, EventType::Attack).iter())
            .map(|e| (e.sentence, e.mentions.len()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        attacks(
            "Neutral headline here\n\nA man attacked the minister with paint on Friday. \
             Police said a man had been arrested. They are treating the incident as assault."
        ),
        [(1, 1)]
    );
    // Two attacks told before: which one it tells again, nothing says.
    assert_eq!(
        attacks(
            "Neutral headline here\n\nA man attacked the minister with paint on Friday. \
             Gunmen attacked a bank in Leeds on Sunday. They are treating the incident as \
             assault."
        )
        .len(),
        3
    );
}

#[test]
fn an_act_told_with_also_is_another_act() {
    let x = run(
        "Escape row\n\nMr Tom Hale has called for an inquiry into the escape. Police are \
         searching for the man. He also called for an inquiry into the hospital's finances.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Demand).len(), 2, "{:?}", summary(&x));
    // Of an event its subject names, "also" tells something more: one meeting.
    let x = run(
        "Pay talks\n\nMr Tom Hale held talks with Ms Anne Cole on Monday. The talks also \
         centred on pensions.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Meeting).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_participle_set_after_a_clause_whose_subject_is_a_disease_kills_by_nature() {
    // The participle takes its clause's subject: a disease or a disaster kills, no one
    // attacks; people who attack still do.
    assert_makes(
        "Attack",
        false,
        &[
            "Aids crisis\n\nHIV is devastating poor countries, killing the most productive workers.",
            "Aids crisis\n\nMalaria is ravaging poor countries, killing the youngest children.",
            "Aids crisis\n\n\"Cholera is spreading through the camps and killing the weakest,\" \
             she said.",
        ],
    );
    assert_makes(
        "Attack",
        true,
        &["Aids crisis\n\nRebels are raiding the villages, killing thousands of farmers."],
    );
}

#[test]
fn who_will_not_contest_an_election_takes_no_part_in_it() {
    let who = |text: &str| {
        let x = run(text, None);
        let e = of_type(&x, EventType::Election);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        labels_of(&x, &e[0].participants)
    };
    assert!(who(
        "Tory MP steps down\n\nAnna Cole said she will not contest the next general election."
    )
    .is_empty());
    assert_eq!(
        who("Tory MP steps down\n\nAnna Cole said she will contest the next general election."),
        ["Anna Cole"]
    );
    // Who cannot win it still takes part.
    assert_eq!(
        who("Tory MP steps down\n\nAnna Cole said she could not win the next general election."),
        ["Anna Cole"]
    );
}

#[test]
fn a_contracted_verb_is_a_word_of_its_own() {
    // "I'm" is "I 'm", as the treebanks the tagger and parser learnt from write it: the
    // copula then makes "in agreement with him" a shared opinion, no pact.
    assert_makes(
        "Agreement",
        false,
        &[
            "Terror laws\n\nI never thought I would say so, but I'm in wholehearted agreement \
           with him on this one.",
        ],
    );
}

#[test]
fn what_an_implicative_verb_in_the_past_takes_as_its_infinitive_was_done() {
    let status = |text: &str, ty: EventType| {
        let x = run(&format!("Talks\n\n{text}"), None);
        (of_type(&x, ty).iter())
            .filter(|e| e.sentence == 1)
            .map(|e| e.status)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        status(
            "The firm managed to sign a deal with its banks.",
            EventType::Agreement
        ),
        [Status::Completed]
    );
    assert_eq!(
        status(
            "The coalition partly collapsed, prompting the Queen to ask Harold Wilson to form \
             a government.",
            EventType::Demand
        ),
        [Status::Completed]
    );
    assert_eq!(
        status("He was forced to call for an inquiry.", EventType::Demand),
        [Status::Completed]
    );
    // Negated, or still to come, it says no such thing.
    assert_eq!(
        status(
            "The firm did not manage to sign a deal with its banks.",
            EventType::Agreement
        ),
        [Status::Denied]
    );
    assert_eq!(
        status(
            "The firm will manage to sign a deal with its banks.",
            EventType::Agreement
        ),
        [Status::Planned]
    );
}

#[test]
fn a_call_for_something_is_a_demand_by_who_makes_or_repeats_it() {
    // The noun after "call for" is what is asked, not a noun the call modifies.
    assert_one_by(
        "Headline\n\nAnn Smith reiterated her call for talks with Iran.",
        EventType::Demand,
        &["Ann Smith"],
    );
    assert_one_by(
        "Headline\n\nJack Straw renewed calls for sanctions on Syria.",
        EventType::Demand,
        &["Jack Straw"],
    );
    // "For" after the noun asks, whatever it asks for.
    assert_one_by(
        "Headline\n\nThe opposition leader Ann Smith reiterated calls for the publication of \
         the report.",
        EventType::Demand,
        &["Ann Smith"],
    );
    // Who repeats a call makes it again.
    assert_one_by(
        "Headline\n\nPrime Minister Tony Blair spoke on Monday. Mr Blair repeated calls for a \
         ceasefire in Gaza.",
        EventType::Demand,
        &["Tony Blair"],
    );
    // A call rejected was made: the answer is not its status, in the passive too.
    assert_one_told(
        "Headline\n\nA call for a quota of women candidates has been rejected by the party.",
        EventType::Demand,
        Status::Completed,
        &[],
    );
    // Nor is a request granted agreed: it was made.
    assert_statuses(
        "Headline\n\nThe fund approved Ghana's request for a freeze on repayments.",
        EventType::Demand,
        &[Status::Completed],
    );
}

#[test]
fn a_date_after_called_for_and_a_bare_request_after_on_ask_for_nothing() {
    assert_makes(
        "Demand",
        false,
        &[
            "Headline\n\nThe vote is widely expected to be called for 12 June.",
            "Headline\n\nThe meeting was called for next Tuesday.",
            "Headline\n\nShareholders can see the full accounts on request.",
            "Headline\n\nThe channel offers films on demand.",
        ],
    );
    assert_makes(
        "Demand",
        true,
        &[
            "Headline\n\nThe rebels called for a June election.",
            "Headline\n\nThe union made a request for talks on pay.",
        ],
    );
}

#[test]
fn who_signs_up_to_an_agreement_is_a_party_to_it() {
    assert_one_told(
        "Headline\n\nCanada has refused to sign up to the new fishing treaty.",
        EventType::Agreement,
        Status::Denied,
        &["Canada"],
    );
}

#[test]
fn what_a_speaker_denies_is_denied_whatever_its_own_tense() {
    let denied = |text: &str, ty: EventType| {
        assert_statuses(&format!("Headline\n\n{text}"), ty, &[Status::Denied])
    };
    denied(
        "The defence ministry denied that the army was planning a coup.",
        EventType::Coup,
    );
    denied(
        "The carmaker denied it would sign a supply deal with Fiat.",
        EventType::Agreement,
    );
    denied(
        "The minister denied suggestions that the troops would be withdrawn from Basra.",
        EventType::Withdrawal,
    );
    denied(
        "Mr Brown dismissed claims that he had met the rebel leaders.",
        EventType::Meeting,
    );
    // Who is dismissed is no assertion.
    assert_statuses(
        "Headline\n\nThe council dismissed the officer who had met the rebel leaders.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn he_in_a_quotation_is_not_who_speaks_it() {
    let text = "Headline\n\nGordon Brown said he thought Jacques Chirac was keen to help. \
                \"It matters that he chose Britain for his first foreign visit,\" said Mr \
                Brown. Mr Brown later said: \"I am sure his visit will help.\"";
    let x = run(text, None);
    let visits = of_type(&x, EventType::Visit);
    assert!(!visits.is_empty(), "{:?}", summary(&x));
    for e in visits {
        assert_eq!(agent_labels(&x, e), ["Jacques Chirac"], "{:?}", summary(&x));
    }
}

#[test]
fn him_in_a_quotation_carried_over_is_not_who_speaks_it() {
    // The quotation opens in the sentence that names its speaker and goes on in the next,
    // with a mark of its own or without one: "him" there is still not the speaker.
    for next in ["\"We", "We"] {
        let text = format!(
            "Party drops candidate\n\nJohn Ward was due to stand at the election. Party \
             chairman Tom Hale told reporters: \"He broke the rules. {next} have suspended \
             him as a member.\""
        );
        let x = run(&text, None);
        let sanctions = of_type(&x, EventType::Sanction);
        assert_eq!(sanctions.len(), 1, "{:?}", summary(&x));
        assert_eq!(labels_of(&x, &sanctions[0].affected), ["John Ward"]);
    }
}

#[test]
fn a_title_of_the_other_sex_than_a_full_names_given_name_is_another_person() {
    let x = run(
        "Headline\n\nPeter Lowther's wife, Anne, is to help the campaign. Mrs Lowther will \
         make solo visits to target seats. Mr Lowther will visit Leeds on Friday.",
        None,
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 2, "{:?}", summary(&x));
    assert_ne!(agent_labels(&x, visits[0]), ["Peter Lowther"]);
    assert_eq!(agent_labels(&x, visits[1]), ["Peter Lowther"]);
}

#[test]
fn a_headlines_demand_with_no_one_asking_is_made_by_the_leads_source() {
    let agents = |text: &str| {
        let x = run(text, None);
        let e = of_type(&x, EventType::Demand);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        agent_labels(&x, e[0])
    };
    assert_eq!(
        agents(
            "Pension reform urged\n\nMinisters must act now to save final salary pensions, Ann \
             Widdecombe has said."
        ),
        ["Ann Widdecombe"]
    );
    assert_eq!(
        agents(
            "Pension reform urged\n\nMinisters should act now to save final salary pensions, \
             according to the Trades Union Congress."
        ),
        ["Trades Union Congress"]
    );
    // A lead that tells no one what to do says nothing of who urged.
    assert!(agents(
        "Pension reform urged\n\nFinal salary pensions are closing fast, the Trades Union \
         Congress has said."
    )
    .is_empty());
}

#[test]
fn a_demand_nouns_own_of_phrase_names_who_makes_it() {
    let x = run(
        "Headline\n\nThe clerk said he changed the figures at the request of former Acme \
         finance director Bernard Ebbers.",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        agent_labels(&x, e[0]),
        ["Bernard Ebbers"],
        "{:?}",
        summary(&x)
    );
    assert!(e[0].affected.is_empty(), "{:?}", summary(&x));
    // An "of" phrase of another noun after the demand's own phrase is not the demand's.
    let x = run(
        "Headline\n\nThe fund's request for the removal of Ann Smith will be considered in May.",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(
        !agent_labels(&x, e[0]).contains(&"Ann Smith".to_string()),
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_deal_that_fell_through_was_never_made_and_ending_one_asks_nothing() {
    for text in [
        "The merger deal between the two brewers collapsed in March.",
        "The proposed pact between the two parties faltered over the leadership.",
        "The rescue deal fell through at the last minute.",
    ] {
        assert_statuses(
            &format!("Headline\n\n{text}"),
            EventType::Agreement,
            &[Status::Denied],
        );
    }
    assert_statuses(
        "Headline\n\nThe merger deal did not collapse, despite the strike.",
        EventType::Agreement,
        &[Status::Completed],
    );
    // Ending or revoking an agreement is no demand.
    assert_makes(
        "Demand",
        false,
        &[
            "Headline\n\nThe carmaker terminated its supply agreement with Fiat.",
            "Headline\n\nThe junta revoked a defence accord with Paris.",
        ],
    );
}

#[test]
fn a_noun_in_the_clause_an_implicative_verb_implies_was_done_with_it() {
    assert_statuses(
        "Headline\n\nThe vote prompted Stanley Odell to resign in protest.",
        EventType::Protest,
        &[Status::Completed],
    );
    // Also where the parser, misled by a long noun phrase, hangs no infinitive on it.
    assert_statuses(
        "Headline\n\nThe ruling prompted local party association chairman Sir Tom Hale to \
         resign in protest.",
        EventType::Protest,
        &[Status::Completed],
    );
    // Not what a negated verb implies.
    let text = "Headline\n\nThe vote did not prompt Stanley Odell to resign in protest.";
    let x = run(text, None);
    assert_ne!(
        statuses(&x, EventType::Protest),
        [Status::Completed],
        "{text}"
    );
}

#[test]
fn a_surname_alone_has_the_sex_its_full_name_or_title_told() {
    // "Ferguson" alone tells no sex, but "Thomas Ferguson" did: "she" is not him.
    let x = run(
        "Headline\n\nThomas Ferguson, 41, walked out of the clinic on Friday. The Green \
         Party's Alison Pratt has demanded to know who let him go. Police are still looking \
         for Ferguson.\n\nThe party's health spokeswoman spoke on Monday. She said: \"I have \
         written to the minister today asking for an inquiry.\"",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 2, "{:?}", summary(&x));
    assert_eq!(
        agent_labels(&x, e[1]),
        ["Alison Pratt"],
        "{:?}",
        summary(&x)
    );
    // So does a title before another of its names: "Mr Hartnell", then "Hartnell".
    let x = run(
        "Headline\n\nMr Hartnell left the prison in March. Jane Hollis has called for \
         tighter rules. Officers are searching for Hartnell.\n\nThe union's leader spoke later. She \
         said: \"I have written to the governor today asking for a full inquiry.\"",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 2, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[1]), ["Jane Hollis"], "{:?}", summary(&x));
}

#[test]
fn a_meeting_is_held_where_who_hosts_it_is_at_home() {
    for text in [
        "Headline\n\nPalestinian leader Mahmoud Abbas said Palestinian security forces would \
         act. The Palestinian Authority was making every effort, he said. Thursday's meeting \
         on Palestinian reform is being hosted by British Prime Minister Tony Blair.",
        "Headline\n\nPalestinian leader Mahmoud Abbas said Palestinian security forces would \
         act. The Palestinian Authority was making every effort, he said. British Prime \
         Minister Tony Blair will host a meeting on Palestinian reform on Thursday.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Meeting);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(
            countries_of(&x, EventType::Meeting),
            ["Q145"],
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn a_members_title_before_a_name_makes_a_person() {
    // "MP" is the person's office, and no part of a name the recognizer may take for a
    // body's ("MP Diane Abbot").
    let x = run(
        "Headline\n\nLabour MP Diane Hollis, who backs the idea of shortlists, said she had \
         been elected along with three other MPs in 1987.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let hollis = (x.actors.iter()).find(|a| a.label == "Diane Hollis");
    assert!(
        hollis.is_some_and(|a| a.kind == Kind::Person && a.title.as_deref() == Some("MP")),
        "{:?}",
        x.actors
    );
    let parties: Vec<&str> = (e[0].participants.iter())
        .map(|&a| x.actors[a].label.as_str())
        .collect();
    assert!(parties.contains(&"Diane Hollis"), "{:?}", summary(&x));
}

#[test]
fn a_bare_definite_noun_names_the_only_event_of_its_type_whatever_its_clauses_tense() {
    // Another word for the one meeting told before, in a clause a past verb of saying
    // reports.
    let x = run(
        "Headline\n\nIn an interview ahead of a meeting in London to discuss trade reform, the \
         minister said tariffs were too high. The conference was a vital step, Mr Straw said.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Meeting).len(),
        1,
        "{:?}",
        summary(&x)
    );
    // The same word for the one embargo, still in force.
    let x = run(
        "Headline\n\nThe EU embargo on arms sales to Burma is likely to be lifted soon, the \
         minister said. Burma's government described the embargo as unjust.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Sanction).len(),
        1,
        "{:?}",
        summary(&x)
    );
    // Elections come round: "the election" after a past pledge is the last one.
    let x = run(
        "Headline\n\nSpeaking in the Commons after what is thought to be the last Budget before \
         the general election, Mr Kennedy attacked the plans. He contrasted his approach with \
         Mr Brown's pledge in 2001 not to increase income tax. The chancellor went on to put \
         up National Insurance contributions after the election.",
        None,
    );
    let statuses = statuses(&x, EventType::Election);
    assert_eq!(
        statuses,
        [Status::Planned, Status::Completed],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_participle_that_demands_on_a_demand_verb_is_the_same_demand() {
    // "telling them …" says how the urging was done: one demand, by its speaker, whether
    // the parser hangs the participle on the verb or on its infinitive.
    for text in [
        "Union row\n\nUnion leader Mr Okafor urged members to reject the offer, telling them to \
         stay at home on Monday.",
        "Union row\n\nMr Okafor urged the members to reject the offer, telling them to stay at \
         home.",
    ] {
        let x = run(text, None);
        let demands = of_type(&x, EventType::Demand);
        assert_eq!(demands.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(agent_labels(&x, demands[0]), ["Okafor"], "{text}");
    }
    // A participle with its own subject is another act.
    let x = run(
        "Union row\n\nMr Okafor urged members to reject the offer, his deputy telling them to \
         stay at home.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Demand).len(), 2, "{:?}", summary(&x));
}

#[test]
fn an_adjective_of_chance_said_of_an_event_sets_its_status() {
    for (sentence, status) in [
        (
            "A deal with Wells Fargo is likely, analysts said.",
            Status::Planned,
        ),
        ("A deal with Wells Fargo looks imminent.", Status::Planned),
        (
            "A deal with Wells Fargo does not seem likely.",
            Status::Hypothetical,
        ),
        (
            "Analysts said a deal with Wells Fargo was not likely.",
            Status::Hypothetical,
        ),
        (
            "A deal with Wells Fargo is unlikely, analysts said.",
            Status::Hypothetical,
        ),
        (
            "An agreement with Wells Fargo remains possible.",
            Status::Hypothetical,
        ),
    ] {
        assert_statuses(
            &format!("Bank shares rise\n\n{sentence}"),
            EventType::Agreement,
            &[status],
        );
    }
    // An adjective said of something else leaves the deal as told.
    assert_statuses(
        "Bank shares rise\n\nThe deal with Wells Fargo made a merger of equals possible.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn the_first_body_mention_of_a_headlines_event_sets_its_side_of_now() {
    // The headline's present fits past and coming talks alike; once the body says they are
    // to come, a meeting held last week is another.
    let x = run(
        "Talks aim to avert pension strike\n\nTalks aimed at averting a series of strikes will \
         take place this weekend. Five unions will hold private talks with Mr Okafor in Leeds. \
         Mr Okafor held a private meeting with union leaders last week. No deal was offered \
         in that meeting.",
        None,
    );
    assert_eq!(
        statuses(&x, EventType::Meeting),
        [Status::Planned, Status::Completed],
        "{:?}",
        summary(&x)
    );
    let last_week = &of_type(&x, EventType::Meeting)[1];
    assert_eq!(last_week.mentions.len(), 1, "that meeting is last week's");
}

#[test]
fn what_one_has_just_done_or_is_doing_at_a_gathering_says_it_goes_on() {
    for (sentence, status) in [
        (
            "Mr Okafor has told the Liberal spring conference in Leeds that the party will win.",
            Status::UnderWay,
        ),
        (
            "Mr Okafor has delivered a rousing speech to the Liberal spring conference in Leeds.",
            Status::UnderWay,
        ),
        (
            "Mr Okafor is speaking at the Liberal spring conference in Leeds.",
            Status::UnderWay,
        ),
        // Told in the past, held, ended, or named as past: over.
        (
            "Mr Okafor told the Liberal spring conference in Leeds that the party will win.",
            Status::Completed,
        ),
        (
            "The Liberals have held their spring conference in Leeds.",
            Status::Completed,
        ),
        (
            "The unions have cut off talks with Mr Okafor.",
            Status::Completed,
        ),
        (
            "Leaders have focused on poverty at recent meetings of the Group of Seven.",
            Status::Completed,
        ),
    ] {
        assert_statuses(
            &format!("Politics\n\n{sentence}"),
            EventType::Meeting,
            &[status],
        );
    }
}

#[test]
fn an_election_dated_in_the_past_is_not_the_one_still_to_come() {
    // A vote in a past year, then "the election" a party goes into: two elections, the
    // coming one undated, whatever the present tense of its clause.
    let x = run(
        "Party sets out plans\n\n\"You voted Conservative in 2001, and what good did it do \
         you?\" Mr Okafor said. \"We go into the election as an independent party,\" he said.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(
        statuses(&x, EventType::Election),
        [Status::Completed, Status::Planned],
        "{:?}",
        summary(&x)
    );
    assert!(elections[1].when.is_none(), "{:?}", elections[1].when);
    // A vote dated in the past joins no election a mention has told as still to come,
    // whatever the headline's status; the coming one keeps no past date.
    for headline in [
        "What the election should be about",
        "Pensioners group sets out plans",
    ] {
        let x = run(
            &format!(
                "{headline}\n\nA general election is the best chance for pressure groups ahead \
                 of an expected spring poll. Before 1997 most pensioners voted Conservative. In \
                 1997 and 2001 they voted Labour. There is no guarantee they will vote Labour \
                 at the election, Mr Okafor said."
            ),
            None,
        );
        let elections = of_type(&x, EventType::Election);
        let coming: Vec<_> = (elections.iter())
            .filter(|e| e.status == Status::Planned)
            .collect();
        assert_eq!(coming.len(), 1, "{headline}: {:?}", summary(&x));
        assert!(coming[0].when.is_none(), "{:?}", coming[0].when);
        let words: Vec<&str> = std::iter::once(coming[0].trigger.as_str())
            .chain(coming[0].mentions.iter().map(|m| m.trigger.as_str()))
            .collect();
        assert!(words.contains(&"poll"), "{headline}: {words:?}");
        assert!(
            (elections.iter()).any(|e| e.status == Status::Completed
                && e.when.as_ref().is_some_and(|w| w.text == "1997")),
            "{headline}: {:?}",
            summary(&x)
        );
    }
    // A relative time ("this week") resolves to no span without a publication date: it
    // keeps nothing apart.
    let x = run(
        "Party sets out plans\n\nMr Okafor voted at the election this week. The party goes \
         into the election with a new leader, he said.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Election).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_protest_one_is_on_goes_on_while_one_is_or_remains_on_it() {
    for (text, status, agent) in [
        (
            "Anna Petrova is on hunger strike outside the embassy.",
            Status::UnderWay,
            "Anna Petrova",
        ),
        (
            "Anna Petrova has been on hunger strike for two weeks.",
            Status::UnderWay,
            "Anna Petrova",
        ),
        (
            "Anna Petrova says she will remain on hunger strike until she is paid.",
            Status::UnderWay,
            "Anna Petrova",
        ),
        (
            "Anna Petrova was on hunger strike for a month in 2001.",
            Status::Completed,
            "Anna Petrova",
        ),
        (
            "The nurses will be on strike next week.",
            Status::Planned,
            "nurses",
        ),
        (
            "The nurses could be on strike by Friday.",
            Status::Hypothetical,
            "nurses",
        ),
    ] {
        assert_one_told(
            &format!("Headline\n\n{text}"),
            EventType::Protest,
            status,
            &[agent],
        );
    }
}

#[test]
fn a_participle_on_the_one_written_to_is_the_writers_act() {
    for (text, who) in [
        (
            "Earlier the Bishop of Leeds wrote to all three parties urging them not to fight \
             the election on fear.",
            "Bishop of Leeds",
        ),
        (
            "Jane Hollis has written to the first minister asking for a full inquiry.",
            "Jane Hollis",
        ),
    ] {
        assert_one_by(&format!("Headline\n\n{text}"), EventType::Demand, &[who]);
    }
    // One spoken to, not written to, asks by a participle of its own.
    assert_one_by(
        "Headline\n\nThe minister spoke to farmers asking for more aid.",
        EventType::Demand,
        &["farmers"],
    );
}

#[test]
fn mentions_whose_countries_are_only_guessed_or_whose_event_is_only_supposed_can_be_one() {
    // Each mention's country is only the article's guess, from what was named before it.
    let x = run(
        "Russian ex-spy on hunger strike\n\nA former Russian spy is entering the seventh week \
         of a hunger strike. Viktor Petrov worked for the Russian secret service in Moscow for \
         years, and Russia ignored his requests. In 1999 he moved to Britain, where he has \
         lived since. But he says he will remain on hunger strike until he receives a pension.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Protest).len(),
        1,
        "{:?}",
        summary(&x)
    );
    // A supposition's past tense is no time of the event's.
    let x = run(
        "Card firm rescued\n\nThe creditors have been trying to agree a deal to secure the \
         firm's future for several weeks. They had threatened to delist the company unless \
         agreement was reached on its funding.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Agreement).len(),
        1,
        "{:?}",
        summary(&x)
    );
    // Two times told apart are two events, supposed or not.
    let x = run(
        "Headline\n\nAbout 300 fans protested outside the ground two days ago. The club has \
         pleaded with visiting fans not to protest inside its ground on Sunday.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Protest).len(),
        2,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_event_noun_described_after_the_names_the_one_event_of_its_word() {
    // "the nightclub bombing" is last Friday's suicide bombing.
    let x = run(
        "Abbas condemns attacks\n\nThe Palestinian leader condemned last Friday's suicide \
         bombing in the Israeli city of Tel Aviv. The Israeli government refuses to accept \
         Syria's denials that it was implicated in the nightclub bombing.",
        None,
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 1, "{:?}", summary(&x));
    // "an address to the summit from …" is at the summit in Brussels; and "the meeting"
    // names no meeting only supposed ("would be happy to meet Mr Allawi").
    let x = run(
        "End Bush denial, Blair tells EU\n\nTony Blair is urging European leaders to accept \
         President Bush's re-election. Mr Blair is at a summit in Brussels, where immigration \
         plans are on the agenda. French President Jacques Chirac will miss an address to the \
         summit from Iraqi interim leader Iyad Allawi, who this week criticised nations which \
         took a spectator role. Mr Chirac denied there was any snub - he is going to a \
         memorial service and says he would be happy to meet Mr Allawi. The meeting will also \
         assess progress on the economic reform plans.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{:?}", summary(&x));
    assert_eq!(meetings[0].mentions.len(), 2, "{:?}", summary(&x));
    assert_eq!(
        meetings[1].status,
        Status::Hypothetical,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_time_the_clause_compares_its_own_with_dates_none_of_its_events() {
    let x = run(
        "Headline\n\nThere had been a quick conclusion to the election, unlike in 2000.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].when.is_none(), "{:?}", e[0].when);
    // A bound is no comparison.
    let x = run(
        "Headline\n\nThe election must be held no later than May 2010.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert!(e[0].when.is_some(), "{:?}", summary(&x));
}

#[test]
fn who_speaks_to_a_gathering_takes_part_in_it_and_does_not_hold_it() {
    for text in [
        "Headline\n\nGordon Brown has addressed the conference behind closed doors.",
        "Headline\n\nMr Fox told the conference that taxes would fall.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Meeting);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(e[0].agents.is_empty(), "{text}: {:?}", summary(&x));
        assert_eq!(e[0].participants.len(), 1, "{text}: {:?}", summary(&x));
    }
    // Who holds it still does.
    assert_one_by(
        "Headline\n\nMr Fox held a conference on Monday.",
        EventType::Meeting,
        &["Fox"],
    );
}

#[test]
fn a_deadline_after_by_dates_only_its_own_clause_or_the_noun_it_completes() {
    // "by 2008" is when the government would spend, not when the election is.
    let x = run(
        "Headline\n\nThis will be the central dividing line at the election, between a \
         Conservative Party taking Britain back, and a Labour government taking Britain \
         forward, which will renew our hospitals and, I am proud to say, spend by 2008 £60bn \
         more.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].when.is_none(), "{:?}", e[0].when);
    // A deal expected to be completed by a month is dated by it.
    let x = run(
        "Headline\n\nThe deal, which requires regulatory approval, is expected to be completed \
         by April 2005 and to be earnings accretive in 2006.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        e[0].when.as_ref().map(|w| w.text.as_str()),
        Some("April 2005")
    );
}

#[test]
fn a_speaker_by_office_acts_in_what_we_do_in_the_quotation() {
    assert_one_by(
        "Headline\n\nChancellor Gordon Brown spoke in London on Monday. \"We make this offer \
         alone but we are now asking other countries to join us,\" the chancellor said.",
        EventType::Demand,
        &["Gordon Brown"],
    );
    // "We" of an event noun a verb takes is anyone's: the country that may reject a treaty.
    let x = run(
        "Headline\n\n\"If we reject this treaty, Britain will be isolated and weak in Europe,\" \
         said Foreign Secretary Jack Straw.",
        None,
    );
    for e in of_type(&x, EventType::Agreement) {
        assert!(e.agents.is_empty(), "{:?}", summary(&x));
    }
}

#[test]
fn a_participle_on_a_noun_after_the_trigger_takes_its_own_object() {
    // Staff are told by the orders, not asked by the commissioner.
    let x = run(
        "Headline\n\nThe commissioner says he is urgently asking for details of Cabinet Office \
         orders telling staff to delete e-mails.",
        None,
    );
    let asking: Vec<_> = (of_type(&x, EventType::Demand).into_iter())
        .filter(|e| e.trigger == "asking")
        .collect();
    assert_eq!(asking.len(), 1, "{:?}", summary(&x));
    assert!(asking[0].affected.is_empty(), "{:?}", summary(&x));
    // One on the event's own noun tells of the event: the countries it creates a union of.
    let x = run(
        "Headline\n\nThe military leaders of Mali, Burkina Faso and Niger signed a treaty in \
         Niamey on Saturday creating a confederation of their three countries.",
        None,
    );
    assert_eq!(
        countries_of_each(&x, EventType::Agreement),
        [["Q1032", "Q912", "Q965"]],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn where_or_to_whom_a_speaker_spoke_is_the_narrators_by_word_order() {
    // The parser hangs both of these badly; the word order still shows the meeting
    // as where the envoy spoke and the summit as whom the president told.
    for text in [
        "Aid\n\nAt a meeting in Kenya, UN envoy Jan Egeland said he was confident of the \
         country's ability to recover.",
        "Debt\n\nThe latest to weigh in has been President Lula himself, who told the \
         Mercosur summit in Brazil that he remained committed to halving the deficit.",
    ] {
        let x = run(text, None);
        let e = of_type(&x, EventType::Meeting);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert!(e[0].attribution.is_none(), "{text}: {:?}", e[0].attribution);
    }
    // A clause before the comma is reported, even after a preposition.
    let x = run(
        "Strike\n\nDespite the strike, the talks ended in agreement, the union said.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert!(e[0].attribution.is_some(), "{:?}", summary(&x));
}

#[test]
fn a_place_before_a_noun_of_a_body_and_its_name_only_says_where_the_body_is_from() {
    // The firm's name is the party, in the "with" phrase; Scotland is no party.
    assert_one_with(
        "Kit\n\nUmbro signed a deal with Scottish firm Zolco on Monday.",
        EventType::Agreement,
        &["Zolco"],
    );
    // So too when the recognizer does not know the name.
    assert_one_with(
        "Kit\n\nUmbro has signed a new agreement with Scottish club Rangers.",
        EventType::Agreement,
        &[],
    );
}

#[test]
fn a_new_event_after_an_indefinite_article_is_another_than_one_told_before() {
    assert_count(
        "Kit\n\nUmbro lost its sponsorship deal with Chelsea in January. On Thursday Umbro \
         signed a new four-year agreement with the club's rival.",
        EventType::Agreement,
        2,
    );
    // "The new deal" points back at the one told.
    assert_count(
        "Kit\n\nUmbro signed a deal with Chelsea in January. The new deal is worth £5m.",
        EventType::Agreement,
        1,
    );
}

#[test]
fn a_gerund_subject_of_a_clause_not_past_names_an_activity_no_one_event() {
    for (text, ty) in [
        (
            "Campaign\n\nTaking part in public meetings could enthuse young voters.",
            EventType::Meeting,
        ),
        (
            "Campaign\n\nHolding talks with the rebels is vital, he said.",
            EventType::Meeting,
        ),
        (
            "Campaign\n\nVoting for the Greens would mean higher taxes.",
            EventType::Election,
        ),
    ] {
        assert_statuses(text, ty, &[Status::Hypothetical]);
    }
    // A past clause may tell of the talks held.
    assert_statuses(
        "Campaign\n\nHolding talks with the rebels was a mistake, he said.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn a_verb_capitalised_inside_a_body_sentence_is_a_word_of_a_name() {
    assert!(!makes(
        "Lords\n\nThe Elect the Lords Campaign said the draft bill was an important \
         contribution to the debate.",
        EventType::Election
    ));
    // Opening a quotation, it is a verb.
    assert!(makes(
        "Lords\n\nThe campaign said: \"Elect the Lords now.\"",
        EventType::Election
    ));
}

#[test]
fn a_party_named_in_the_description_of_a_group_of_people_is_not_the_one_meant() {
    let x = run(
        "Vote\n\nMr Rennard urged Labour supporters to vote tactically to remove prominent \
         Conservatives.",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        labels_of(&x, &e[0].affected),
        ["Labour supporters"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_poll_of_people_or_their_views_is_a_survey() {
    for text in [
        "Marketing\n\nBut market research, such as a poll of voter intentions, did not \
         constitute direct marketing, he said.",
        "Marketing\n\nA poll of 1,000 business leaders was published on Monday.",
    ] {
        let x = run(text, None);
        assert!(
            of_type(&x, EventType::Election).is_empty(),
            "{text}: {:?}",
            summary(&x)
        );
    }
    // A date after "of" names the election.
    let x = run(
        "Marketing\n\nThe poll of 5 May will decide who governs.",
        None,
    );
    assert_eq!(
        of_type(&x, EventType::Election).len(),
        1,
        "{:?}",
        summary(&x)
    );
}

#[test]
fn a_body_named_on_a_gathering_its_subject_holds_is_the_other_side() {
    let x = run("Nato holds Opec meeting\n\nShares rose.", None);
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["NATO"], "{:?}", summary(&x));
    assert_eq!(
        labels_of(&x, &e[0].participants),
        ["Organization of the Petroleum Exporting Countries"],
        "{:?}",
        summary(&x)
    );
    // Who only attends it does not hold it.
    let x = run(
        "Summit\n\nMr Chidambaram is attending the G7 meeting in London.",
        None,
    );
    let e = of_type(&x, EventType::Meeting);
    assert_eq!(
        agent_labels(&x, e[0]),
        ["Group of Seven"],
        "{:?}",
        summary(&x)
    );
}

#[test]
fn an_event_a_verb_of_requiring_takes_as_object_is_a_condition() {
    for text in [
        "EU\n\nPreviously, measures needed unanimous agreement from all member states.",
        "EU\n\nThe plan requires talks with Iran.",
    ] {
        let x = run(text, None);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(
            x.events[0].status,
            Status::Hypothetical,
            "{text}: {:?}",
            summary(&x)
        );
    }
}

#[test]
fn voters_are_no_side_of_an_election_but_candidates_are() {
    for text in [
        "Vote\n\nLabour won the election with the help of women voters.",
        "Vote\n\nMany pensioners voted Labour at the last election.",
    ] {
        assert_one_with(text, EventType::Election, &["Labour Party"]);
    }
    assert_one_with(
        "Vote\n\nForty Tory candidates will fight the next election on a promise of lower taxes.",
        EventType::Election,
        &["Tory candidates"],
    );
}

#[test]
fn a_word_of_status_over_the_outcome_of_an_event_speaks_of_the_outcome() {
    let x = run(
        "Vote\n\nBlack voters could decide the outcome of the general election in 20 seats.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_ne!(e[0].status, Status::Agreed, "{:?}", summary(&x));
}

#[test]
fn a_personal_pronoun_is_a_whole_source_or_addressee() {
    let x = run(
        "Quit\n\nTony Blair has dismissed reports he told Gordon Brown he would quit \
         before the next general election.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let said = e[0].attribution.as_ref().expect("attributed");
    assert_eq!(said.text, "he");
    assert_eq!(said.to.as_deref(), Some("Gordon Brown"));
}

#[test]
fn a_place_that_only_says_where_the_speaker_is_names_no_speaker() {
    let x = run(
        "Deportation\n\nA spokesman for the Albanian embassy in London said an agreement \
         with the UK could be reached.",
        None,
    );
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let said = e[0].attribution.as_ref().expect("attributed");
    let speaker = said.actor.map(|a| x.actors[a].label.as_str());
    assert_eq!(speaker, Some("Albania"), "{said:?}");
}

#[test]
fn marching_up_to_someone_is_no_protest_march() {
    assert!(!makes(
        "Show\n\nShe was seen marching up to him to complain about her son's school.",
        EventType::Protest
    ));
    assert!(makes(
        "Show\n\nThousands marched to Downing Street to protest against the war.",
        EventType::Protest
    ));
}

#[test]
fn a_vote_by_a_chamber_s_members_is_no_election() {
    assert!(!makes(
        "Iran\n\nThe move follows an earlier vote by MPs to give themselves a veto over \
         foreign investments.",
        EventType::Election
    ));
}

#[test]
fn an_event_given_as_the_grounds_of_a_verb_keeps_its_own_status() {
    // "over" gives the grounds of suing: "may" says nothing of the visit.
    assert_statuses(
        "The Danish carrier may sue the state over the prime minister's visit to the airport.",
        EventType::Visit,
        &[Status::Completed],
    );
    // A verb of talking it over names its topic, still to be settled.
    assert_statuses(
        "The two sides will negotiate over a trade deal next week.",
        EventType::Agreement,
        &[Status::Planned],
    );
}

#[test]
fn a_participle_on_a_noun_takes_no_status_from_the_words_governing_the_noun() {
    // The orders told staff: "asking for details of" governs the orders, not the telling.
    assert_statuses(
        "The ombudsman says he is asking for details of Treasury orders telling staff to delete old files.",
        EventType::Demand,
        &[Status::UnderWay, Status::Completed],
    );
}

#[test]
fn a_time_before_ahead_of_dates_the_clause_not_the_later_event() {
    // The speech was on Monday, ahead of the meeting: Monday dates no meeting.
    let x = run(
        "On Monday, the governor's speech in Paris ahead of the meeting of EU farm ministers lifted the euro.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert!(meetings[0].when.is_none(), "{:?}", meetings[0].when);
    // A time in the event's own phrase dates it.
    let x = run(
        "The ministers spoke to reporters ahead of Friday's meeting.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        meetings[0].when.as_ref().map(|w| w.text.as_str()),
        Some("Friday's")
    );
}

#[test]
fn a_date_what_is_expected_or_scheduled_falls_on_lies_ahead() {
    // Published in February: "is scheduled for 5 May" is the coming May, a plan.
    for text in [
        "The vote is scheduled for 5 May.",
        "The election is widely expected on 5 May.",
    ] {
        let x = run(text, Some("2005-02-10"));
        let e = of_type(&x, EventType::Election);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        assert_eq!(e[0].status, Status::Planned, "{text}");
        let w = e[0].when.as_ref().expect("a time");
        assert_eq!(w.earliest, NaiveDate::from_ymd_opt(2005, 5, 5), "{text}");
    }
    // What was done on a day without a year fell before publication.
    let x = run("The deal was signed on 5 May.", Some("2005-02-10"));
    let e = of_type(&x, EventType::Agreement);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let w = e[0].when.as_ref().expect("a time");
    assert_eq!(w.earliest, NaiveDate::from_ymd_opt(2004, 5, 5));
}

#[test]
fn a_definite_vote_is_the_chamber_vote_named_before_it() {
    // "Monday night's vote" is the vote MPs held on the bill on Monday: no election.
    assert_count(
        "Headline\n\nOn Monday, MPs voted 272-219 in favour of the Housing Bill. Ms Park said \
         Monday night's vote showed the government was weak.",
        EventType::Election,
        0,
    );
    // A people's vote told again is still an election.
    assert_count(
        "Headline\n\nVoters in Ghana went to the polls on Sunday to elect a president. \
         Sunday's vote was peaceful, observers said.",
        EventType::Election,
        1,
    );
}

#[test]
fn the_author_of_a_document_asks_where_the_parser_finds_no_main_verb() {
    // The parser reads "called" as a participle on "speech", with no main verb: the
    // speech still asks, and its author with it.
    let x = run(
        "Headline\n\nMr Ward's speech called for a much greater effort in all types of schools \
         to teach history - with an accompanying survey showing that young people knew little \
         about politics and had no enthusiasm to find out more.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Ward"]);
}

#[test]
fn a_name_the_parser_hangs_on_its_description_is_the_subject() {
    // The parser hangs "Deutsche Bank" on "bank" as a modifier: the name is who demands.
    let x = run(
        "Headline\n\nGerman bank Deutsche Bank has demanded the return of its loan.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Deutsche Bank"]);
    // Not a name the parser hangs on the head across an "of" phrase.
    let x = run(
        "Headline\n\nThe owners of embattled Russian oil giant Yukos are to ask the buyer to pay \
         back a loan.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert!(!agent_labels(&x, demands[0]).contains(&"Yukos".to_string()));
}

#[test]
fn a_demand_answered_only_in_the_future_need_not_have_been_made() {
    // Calls one could or is likely to face are still to come, not made.
    assert_statuses(
        "The minister could face calls for his resignation.",
        EventType::Demand,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "The minister is likely to face further calls for restraint.",
        EventType::Demand,
        &[Status::Planned],
    );
    // Calls one faces now were made.
    assert_statuses(
        "The minister faces calls for his resignation.",
        EventType::Demand,
        &[Status::Completed],
    );
}

#[test]
fn what_only_came_close_did_not_happen() {
    // Past nearness: the deal was not reached.
    assert_statuses(
        "In 1998, talks between the two leaders came close to a peace deal.",
        EventType::Agreement,
        &[Status::Denied],
    );
    // Present nearness: it may still be.
    assert_statuses(
        "The firm said it was close to striking a deal with its rival.",
        EventType::Agreement,
        &[Status::Hypothetical],
    );
}

#[test]
fn a_relative_clause_saying_it_was_not_carried_out_denies_the_event() {
    assert_statuses(
        "The bank would have earned large fees from the merger deal, which could not be carried out because the court blocked it.",
        EventType::Agreement,
        &[Status::Denied],
    );
    assert_statuses(
        "Officials described a meeting that never happened.",
        EventType::Meeting,
        &[Status::Denied],
    );
    // Said to have happened, it took place.
    assert_statuses(
        "Officials described a meeting that happened in secret.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn never_taking_part_in_events_of_a_kind_denies_none() {
    // The elections took place; "never" tells of a habit, of elections in general.
    assert_statuses(
        "In the survey, a third of young people said they never voted in local elections.",
        EventType::Election,
        &[Status::Hypothetical],
    );
    // One particular event never held is denied.
    assert_statuses(
        "The two leaders never held the meeting.",
        EventType::Meeting,
        &[Status::Denied],
    );
}

#[test]
fn a_plural_present_verb_takes_no_one_person_as_subject() {
    // "Mr Jones want" does not agree: he is met, not the one who wants.
    let x = run(
        "Headline\n\nThe five unions meeting Mr Jones want the government to withdraw these rules.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert!(agent_labels(&x, demands[0]).is_empty());
    // Two persons named together do.
    let x = run(
        "Headline\n\nMr Jones and Ms Lee want the government to withdraw these rules.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(agent_labels(&x, demands[0]), ["Jones", "Lee"]);
}

#[test]
fn a_past_form_in_a_condition_places_the_event_at_no_past_time() {
    // "if a blow was struck at the election" supposes; "the election" is the coming one.
    let x = run(
        "Headline\n\nParties cannot ignore older voters in the coming election, says the \
         charity. Its chief said if a decisive blow was struck at the election it would be by \
         older voters.",
        None,
    );
    let elections = of_type(&x, EventType::Election);
    assert_eq!(elections.len(), 1, "{:?}", summary(&x));
    assert_eq!(elections[0].status, Status::Planned);
    assert_eq!(elections[0].mentions.len(), 1);
}

#[test]
fn a_present_tense_after_a_mark_of_time_under_a_future_is_to_come_by_the_words() {
    // The parser hangs "asks" off the quotation, not as an adverbial clause: the words
    // still say the asking is to come.
    for text in [
        "\"I will give up my post as soon as the board of directors asks me to do so,\" she said.",
        "\"I will quit my job once the council of elders asks me to go,\" she said.",
    ] {
        assert_statuses(text, EventType::Demand, &[Status::Planned]);
    }
}

#[test]
fn a_present_tense_in_a_clause_of_time_under_a_modal_is_to_come() {
    // The meeting is in March, ahead, though "meet" is a present simple.
    assert_statuses(
        "A deal could come in March, when the ministers meet in Paris.",
        EventType::Meeting,
        &[Status::Planned],
    );
}

#[test]
fn a_ballot_of_staff_is_no_election() {
    // Workers balloted on action vote within their union, for no office.
    assert_count(
        "No further action is expected without a further ballot of staff.",
        EventType::Election,
        0,
    );
    // A ballot of the people is an election.
    assert_count(
        "Voters in Ghana will go to the polls in a ballot of all citizens next month.",
        EventType::Election,
        1,
    );
}

#[test]
fn one_who_joins_calls_joins_the_demand_already_made() {
    // "joined calls for a probe": the joiner takes up calls already told of, one more of
    // their agents, not a demand of their own.
    let text = "Councillors attack sale\n\nThere have been calls for an inquiry into the sale of \
                the harbour. Mr Ravel Osteno, the local MP, joined calls for an inquiry into the \
                sale.";
    assert_one_by(text, EventType::Demand, &["Ravel Osteno"]);
    // Of several calls, those asking for the same thing, whatever the word for it
    // ("investigation", "probe").
    let text = "Councillors attack sale\n\nThe mayor rejected calls for the publication of the \
                contract amid growing calls for an investigation. Mr Ravel Osteno, the local MP, \
                joined calls for a probe into the sale.";
    let x = run(text, None);
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 2, "{:?}", summary(&x));
    let joined = demands.iter().find(|e| !e.mentions.is_empty()).unwrap();
    assert_eq!(agent_labels(&x, joined), ["Ravel Osteno"]);
    let at = text.find("calls for an investigation").unwrap();
    assert_eq!(
        joined.trigger_start,
        text[..at].chars().count(),
        "{:?}",
        summary(&x)
    );
    // Calls nobody made before are the joiner's own.
    assert_count(
        "Councillors attack sale\n\nMr Ravel Osteno, the local MP, joined calls for an inquiry \
         into the sale of the harbour. The mayor called for calm.",
        EventType::Demand,
        2,
    );
}

/// Each person of `x`, with the body they belong to or work for, if known.
fn persons_and_bodies(x: &Extraction) -> Vec<(&str, Option<&str>)> {
    (x.actors.iter())
        .filter(|a| a.kind == Kind::Person)
        .map(|a| {
            let body = a.affiliation.map(|o| x.actors[o].label.as_str());
            (a.label.as_str(), body)
        })
        .collect()
}

#[test]
fn a_person_whose_name_the_recognizer_ran_a_party_into_is_found_with_the_party() {
    // The recognizer reads "Liberal Democrat Hugh Cobden" as one organisation's name; the
    // gazetteer takes the party, and the given name and surname after it are a person,
    // whose earlier "Mr Cobden" is the same person.
    let text = "Ferry fares row\n\nMr Cobden said fares had doubled. Liberal Democrat Hugh \
                Cobden said the harbour board had broken its own rules. Fellow Lib Dem Sarah \
                Tillet said the board should resign.";
    let x = run(text, None);
    assert_eq!(
        persons_and_bodies(&x),
        [
            ("Hugh Cobden", Some("Liberal Democrats")),
            ("Sarah Tillet", Some("Liberal Democrats"))
        ]
    );
}

#[test]
fn a_body_named_beside_a_person_is_their_affiliation() {
    // A party's name right before the name, the body after "of", or a description set
    // after the name whose last word is a post's; a recognizer's name that ran two parties'
    // persons into one gives each their own.
    let text = "Tobacco case\n\nMarta Quill of the Campaign for Clean Air urged the court to \
                act. Dr Owen Tarrant, the Conservative spokesman for health, said the ruling \
                was wrong. Conservative Hugh Pell and Liberal Democrat Ann Rowe are to be \
                offered slots on the channel.";
    let x = run(text, None);
    assert_eq!(
        persons_and_bodies(&x),
        [
            ("Owen Tarrant", Some("Conservative Party")),
            ("Marta Quill", Some("Campaign for Clean Air")),
            ("Hugh Pell", Some("Conservative Party")),
            ("Ann Rowe", Some("Liberal Democrats"))
        ]
    );
    // A list of persons is no description of the first: "Mr Ruiz, Labour leader Ann Hale
    // and …".
    let x = run(
        "Campaign trail\n\nMr Ruiz, Labour leader Ann Hale and Tory leader Tom Brent will \
         speak on Monday.",
        None,
    );
    let ruiz = x.actors.iter().find(|a| a.label == "Ruiz").unwrap();
    assert_eq!(ruiz.affiliation, None);
}

#[test]
fn a_body_named_before_a_person_with_a_post_or_as_possessor_is_their_affiliation() {
    let text = "Lenders meet\n\nThe IMF has met the World Bank in Zurich. IMF chief Ravel \
                Osteno held talks with the World Bank's Susan Miller on Tuesday. Separately, \
                Unesco spokesman Piet Molen said funds rose in Britain's Tony Blair's view.";
    let x = run(text, None);
    let affiliation = |name: &str| {
        let a = x.actors.iter().find(|a| a.label == name).unwrap();
        a.affiliation.map(|o| x.actors[o].label.clone())
    };
    assert_eq!(
        affiliation("Ravel Osteno").as_deref(),
        Some("International Monetary Fund")
    );
    assert_eq!(affiliation("Susan Miller").as_deref(), Some("World Bank"));
    // "Unesco" is the gazetteer's body, written in capital and small letters.
    assert_eq!(
        affiliation("Piet Molen").as_deref(),
        Some("United Nations Educational, Scientific and Cultural Organization")
    );
    // A place is no one's employer.
    assert_eq!(affiliation("Tony Blair"), None);
    // A person stands for their body among a meeting's attendees: the talks between the
    // two bodies' people are the meeting of the two bodies.
    assert_eq!(
        of_type(&x, EventType::Meeting).len(),
        1,
        "{:?}",
        summary(&x)
    );
    // Someone of a third body held another meeting.
    assert_count(
        "Lenders meet\n\nThe IMF has met the World Bank in Zurich. IMF chief Ravel Osteno held \
         talks with Susan Miller of Unicef on Tuesday.",
        EventType::Meeting,
        2,
    );
}

#[test]
fn a_headline_event_the_body_has_told_is_joined_as_a_body_event() {
    // "the talks" fits both meetings; the one the headline and the body told first is the
    // article's, before a later one of the body's.
    let text = "Lender holds World Bank meeting\n\nThe IMF has met with the World Bank amid \
                speculation over a loan. The OECD said it had held friendly talks with the \
                World Bank. But the IMF declined to comment after the talks ended on Friday.";
    let x = run(text, Some("2005-01-10"));
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{:?}", summary(&x));
    assert_eq!(meetings[0].mentions.len(), 2, "{:?}", summary(&x));
    assert!(meetings[1].mentions.is_empty(), "{:?}", summary(&x));
}

#[test]
fn a_conjunct_with_a_preposition_of_its_own_is_not_governed_with_the_other() {
    // "in protest" is a phrase of the walk-out's clause, not a second thing demanded.
    assert_statuses(
        "Dock strike\n\nDockers walked out on Monday demanding better pay and in protest \
         against the closure of the yard.",
        EventType::Protest,
        &[Status::Completed],
    );
    // Joined with the same preposition, both are asked for.
    assert_statuses(
        "Dock strike\n\nThe union called for talks and for a protest against the closure of \
         the yard.",
        EventType::Protest,
        &[Status::Demanded],
    );
}

#[test]
fn a_demand_or_protest_comes_from_who_makes_it() {
    assert_one_by(
        "Tax row\n\nThe minister rejected a request from the IMF to cut taxes.",
        EventType::Demand,
        &["International Monetary Fund"],
    );
    assert_one_by(
        "Dam row\n\nThe plan followed a protest from the Chinese government about the dams.",
        EventType::Protest,
        &["China"],
    );
}

#[test]
fn one_named_meeting_a_body_of_states_meets_among_its_members_not_in_the_articles_country() {
    let text =
        "Aid plan\n\nBritain will give more aid to the region. Chancellor Gordon Brown says \
                he has been in intensive talks with other G8 finance ministers.";
    let x = run(text, None);
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    assert!(talks[0].countries.is_empty(), "{:?}", summary(&x));
    // With no one named to deal with the body, the article's country may be the party the
    // text leaves out.
    let text = "Turkey turns on the charm\n\nTurkey's economy is growing fast. A loan deal with \
                the IMF is in the can.";
    let x = run(text, None);
    assert_eq!(
        countries_of_each(&x, EventType::Agreement),
        [vec!["Q43".to_string()]]
    );
}

#[test]
fn a_description_is_not_the_body_its_own_clause_names_after_it() {
    // "The party challenged the Tories": the party is not the Tories.
    assert_one_by(
        "Tax row\n\nLabour attacked the Tories on Monday. The party on Tuesday challenged the \
         Tories to publish the report.",
        EventType::Demand,
        &["Labour Party"],
    );
    // A name that only modifies a noun is no party of the clause ("a genuine UKIP
    // candidate").
    let x = run(
        "UKIP row\n\nUKIP met on Monday. On Thursday, the party challenged Mr Kilroy-Silk to \
         stand down so voters can get a genuine UKIP candidate.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(agent_labels(&x, demands[0]), ["UK Independence Party"]);
}

#[test]
fn a_name_with_its_short_form_in_brackets_is_still_the_subject() {
    // "it" is the firm the clause is about, named before "says", not the state that
    // possesses its description.
    assert_one_by(
        "Power bid\n\nIndia's biggest power firm, National Thermal Power Corp (NTPC), says it is \
         in talks to buy a rival.",
        EventType::Meeting,
        &["National Thermal Power Corp"],
    );
}

#[test]
fn a_place_that_names_a_topic_places_no_other_event() {
    // "the Iraq war" is what they marched against, not where they marched.
    let text = "Labour row\n\nBritain's opposition parties attacked Labour's record on Monday in \
                London. Thousands of people demonstrated against plans for the Iraq war.";
    let x = run(text, None);
    assert_eq!(
        countries_of_each(&x, EventType::Protest),
        [vec!["Q145".to_string()]]
    );
}

#[test]
fn a_place_that_says_where_someone_named_is_from_is_not_what_the_article_is_about() {
    // "US tycoon Malcolm Osteno" tells whose the offer is, not where the story is: the
    // article's country is the one it places things in.
    let text = "Club bid\n\nShares in the club rose in London after a new offer from US tycoon \
                Malcolm Osteno. Fans urged the board to reject the deal.";
    let x = run(text, None);
    assert_eq!(
        countries_of_each(&x, EventType::Demand),
        [vec!["Q145".to_string()]]
    );
    // So does a description of one person by what they do, with no name after it.
    let text = "Club bid\n\nShares in the club rose in Britain on Monday. The board is to \
                meet this week to discuss the latest proposal from the US tycoon. The US tycoon \
                has approached the board twice. Fans urged the board to reject the deal.";
    let x = run(text, None);
    assert_eq!(
        countries_of_each(&x, EventType::Demand),
        [vec!["Q145".to_string()]]
    );
}

#[test]
fn a_time_outside_a_participle_phrase_on_a_noun_does_not_date_an_event_inside_it() {
    // The talks take place this weekend; the strikes they aim to avert are not dated.
    let x = run(
        "Pension talks\n\nTalks aimed at averting a series of national strikes will take place \
         this weekend.",
        None,
    );
    let talks = of_type(&x, EventType::Meeting);
    let strikes = of_type(&x, EventType::Protest);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    assert_eq!(
        talks[0].when.as_ref().map(|w| w.text.as_str()),
        Some("this weekend")
    );
    assert!(strikes[0].when.is_none(), "{:?}", strikes[0].when);
}

#[test]
fn he_is_the_main_clauses_subject_over_a_fronted_clauses() {
    // Of two subjects, the one of the clause "As" opens is told of in passing: "he" who
    // insisted is the Liberal leader who dismissed the Tories, and "his party" his party.
    let x = run(
        "Parties gear up\n\nAs Tory leader Tom Adeyemi opened his campaign in Leeds, the Liberal leader John Okafor dismissed the Tories as a fading force. And he insisted his party would win the coming election.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let source = e[0].attribution.as_ref().and_then(|a| a.actor);
    assert_eq!(
        source.map(|i| x.actors[i].label.as_str()),
        Some("John Okafor")
    );
    // With the pronoun inside the fronted clause, its own subject is still whom it means.
    let x = run(
        "Parties gear up\n\nJohn Okafor spoke in York. After Tom Adeyemi told the paper he expected to win the coming election, the Tories cheered.",
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(labels_of(&x, &e[0].participants), ["Tom Adeyemi"]);
}

#[test]
fn whom_a_speaker_names_before_he_said_is_not_the_next_he() {
    // The prime minister is named in what "he claimed": the next "he" is still the Tory
    // leader who spoke.
    let x = run(
        "Campaign speech\n\nTory leader John Okafor spoke in Leeds on Friday. Prime Minister Tom Adeyemi has failed to tackle crime, he claimed. We will do better, he said, urging voters to back the Tories.",
        None,
    );
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    let source = e[0].attribution.as_ref().and_then(|a| a.actor);
    assert_eq!(
        source.map(|i| x.actors[i].label.as_str()),
        Some("John Okafor")
    );
}

#[test]
fn a_headlines_demand_is_the_body_demand_asking_for_the_same_thing() {
    // The headline's urging is the federation's call for the same powers, told by another
    // word; a call for something else is another demand.
    let text = "Police urge pub closure power\n\nMinisters are considering new laws. The Kestrel Police Federation made its call for stronger closure powers in a paper for MPs.";
    assert_count(text, EventType::Demand, 1);
    let text = "Police urge pub closure power\n\nMinisters are considering new laws. The Kestrel Police Federation made its call for longer prison terms in a paper for MPs.";
    assert_count(text, EventType::Demand, 2);
}

#[test]
fn a_meeting_of_leaders_from_several_countries_fits_one_only_the_article_placed() {
    // The leaders' talks are placed only by the article's country; the meeting of three
    // leaders from three countries has none: neither says where, so they are one meeting.
    let text = "Trade bid row deepens\n\nBritain backs the bid. Leaders held talks on the bid. Prime Minister Tom Okafor met Italian Prime Minister Marco Ferri and German Chancellor Hans Vogel.";
    assert_count(text, EventType::Meeting, 1);
    // A meeting one would only be happy to hold is none held.
    let text = "Trade bid row deepens\n\nBritain backs the bid. Leaders held talks on the bid. Prime Minister Tom Okafor said he would be happy to meet Italian Prime Minister Marco Ferri and German Chancellor Hans Vogel.";
    assert_count(text, EventType::Meeting, 2);
}

#[test]
fn a_time_of_another_clause_does_not_date_a_clause_with_a_time_of_its_own() {
    let when = |text: &str| {
        let x = run(&format!("Neutral headline here\n\n{text}"), None);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", summary(&x));
        x.events[0].when.as_ref().map(|w| w.text.clone())
    };
    // What a report holds, a perfect infinitive and a clause joined with its own subject
    // have their own times.
    for text in [
        "Shares in Orwell rose on Monday amid reports that the firm had signed a deal with Kestrel Bank.",
        "Ms Okafor was reported in June to have attended a meeting with the rebels.",
        "Mr Okafor has resisted calls for an inquiry, but the opposition parties have stepped up their campaigning recently.",
        // Also when the time hangs on a participle the joined clause takes.
        "Mr Okafor has so far resisted calls for him to name the day but all parties have stepped up campaigning recently.",
        // An adverbial clause in the past perfect tells of a time before the other's.
        "Mr Okafor resigned on Saturday, as he had been asked to do.",
        "Ms Adeyemi stepped down in March because the board had asked her to go.",
    ] {
        assert_eq!(when(text), None, "{text}");
    }
    // A past perfect beside a past perfect: one time.
    assert_eq!(
        when("Ms Adeyemi had quit in March, as the board had asked her to do.").as_deref(),
        Some("March")
    );
    // A time set before both clauses dates both.
    assert_eq!(
        when(
            "Last year, the premier criticised lending, and regulators ordered banks to cut loans."
        )
        .as_deref(),
        Some("Last year")
    );
}

#[test]
fn an_event_that_has_lasted_until_now_goes_on() {
    for s in [
        "The talks have lasted for two days.",
        "The pay talks have dragged on since March.",
        "The strike by Kestrel Bank staff has lasted for three weeks.",
    ] {
        let x = run(&format!("Neutral headline here\n\n{s}"), None);
        assert_eq!(
            x.events.iter().map(|e| e.status).collect::<Vec<_>>(),
            [Status::UnderWay],
            "{s}: {:?}",
            summary(&x)
        );
    }
    // Told in the past, it is over.
    let x = run("Neutral headline here\n\nThe talks lasted two days.", None);
    assert_eq!(statuses(&x, EventType::Meeting), [Status::Completed]);
}

#[test]
fn a_participle_phrase_before_a_speech_clause_tells_the_occasion_not_the_report() {
    for s in [
        "Speaking in the Commons after Mr Adeyemi had delivered what is widely thought to be the last budget before the general election, Mr Okafor acknowledged that the economy was strong.",
        "Speaking in Leeds, where the party held talks with the unions on Monday, Mr Okafor said the plan was wrong.",
    ] {
        let x = run(&format!("Neutral headline here\n\n{s}"), None);
        assert!(!x.events.is_empty(), "{s}");
        for e in &x.events {
            assert!(e.attribution.is_none(), "{s}: {:?}", e.attribution);
        }
    }
    // What the speech clause reports after it is the speaker's.
    let x = run(
        "Neutral headline here\n\nThe minister held talks with the unions on Monday, Mr Okafor said.",
        None,
    );
    let source = x.events[0].attribution.as_ref().and_then(|a| a.actor);
    assert_eq!(source.map(|i| x.actors[i].label.as_str()), Some("Okafor"));
}

#[test]
fn a_ban_on_somebody_is_a_sanction_and_a_ban_on_an_activity_none() {
    for s in [
        "Kestria imposed a 13-month ban on US beef imports.",
        "A judge banned Orwell Energy from taking part in the auction.",
        "The EU imposed an arms ban on China in 1989.",
    ] {
        assert!(makes(s, EventType::Sanction), "{s}");
    }
    for s in [
        "Islamic law's ban on the payment of interest shapes the banks.",
        "The ban on hunting with dogs came into force.",
        "MPs voted for a comprehensive ban on smoking in pubs.",
    ] {
        assert!(!makes(s, EventType::Sanction), "{s}");
    }
}

#[test]
fn a_by_election_is_an_election_of_its_own_kind() {
    assert_statuses(
        "Neutral headline here\n\nThe Hartlepool by-election will be held on Thursday.",
        EventType::Election,
        &[Status::Planned],
    );
    // Not the general election the party won.
    assert_count(
        "Neutral headline here\n\nLabour won the general election in 2001. The party lost a by-election in Leeds in 2003.",
        EventType::Election,
        2,
    );
}

#[test]
fn what_a_verb_of_bringing_about_is_still_to_bring_is_to_come() {
    use Status::*;
    let h = "Neutral headline here\n\n";
    for (text, ty, want) in [
        (
            "His only aim was to ensure the Kestrel Party was re-elected, he said.",
            EventType::Election,
            Planned,
        ),
        (
            "The board is working to make sure the deal with Orwell Bank is signed.",
            EventType::Agreement,
            Planned,
        ),
        (
            "Ms Okafor will guarantee that the talks with Kestrel Bank are held.",
            EventType::Meeting,
            Planned,
        ),
        // One that ensured it tells of it done.
        (
            "Ms Okafor ensured the deal with Orwell Bank was signed.",
            EventType::Agreement,
            Completed,
        ),
    ] {
        assert_statuses(&format!("{h}{text}"), ty, &[want]);
    }
}

#[test]
fn a_bare_verb_joined_to_another_shares_its_auxiliaries() {
    use Status::*;
    let h = "Neutral headline here\n\n";
    // However far its words are from "will", and also where the tagger took the verb
    // for a noun.
    let text = format!("{h}Ms Okafor will tour the new Kestrel factory in the north of the country and meet Mr Adeyemi.");
    assert_statuses(&text, EventType::Meeting, &[Planned]);
    let text = format!("{h}Mr Okafor will also highlight the anger among people of all races over the war and call for a balanced approach to tackling crime.");
    assert_statuses(&text, EventType::Demand, &[Planned]);
    // One with a subject of its own has its own tense.
    let text = format!("{h}Ms Okafor will tour the new Kestrel factory in the north of the country and she met Mr Adeyemi.");
    assert_statuses(&text, EventType::Meeting, &[Completed]);
}

/// The agents of the one election `text` tells, after a sentence naming Britain.
fn election_agents(text: &str) -> Vec<String> {
    let x = run(
        &format!("Neutral headline here\n\nLabour leads in Britain. {text}"),
        None,
    );
    let e = of_type(&x, EventType::Election);
    assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
    agent_labels(&x, e[0])
}

#[test]
fn a_general_election_in_a_part_of_a_state_is_the_whole_states() {
    let agents = election_agents;
    for text in [
        "In Scotland, the Kestrel Party threatened to stand against Labour at the next general election.",
        "Voters in Wales must register by Friday to be able to vote in the general election.",
    ] {
        assert_eq!(agents(text), ["United Kingdom"], "{text}");
    }
    // A part's own election is its own.
    assert_eq!(
        agents(
            "In Scotland, the Kestrel Party will fight the Scottish Parliament election in May."
        ),
        ["Scotland"]
    );
}

#[test]
fn an_election_to_a_bodys_office_is_held_within_the_body() {
    let agents = election_agents;
    for text in [
        "Mr Okafor said on Friday he hoped to be elected party leader before Christmas.",
        "Ms Adeyemi was elected union general secretary in March.",
    ] {
        assert!(agents(text).is_empty(), "{text}");
    }
    // An office of state is the state's.
    assert_eq!(
        agents("Ms Adeyemi was elected prime minister in March."),
        ["United Kingdom"]
    );
}

#[test]
fn the_organisation_stands_for_the_organisation_last_named() {
    let text = "Neutral headline here\n\nThe Kestrel Motoring Club welcomed the news. But the organisation urged drivers to shop around.";
    let x = run(text, None);
    let e = of_type(&x, EventType::Demand);
    assert_eq!(e.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, e[0]), ["Kestrel Motoring Club"]);
}

#[test]
fn a_time_between_a_verb_of_saying_and_what_it_reports_dates_the_report() {
    let when = |text: &str| {
        let x = run(&format!("Neutral headline here\n\n{text}"), None);
        let e = of_type(&x, EventType::Agreement);
        assert_eq!(e.len(), 1, "{text}: {:?}", summary(&x));
        e[0].when.as_ref().map(|w| w.text.clone())
    };
    // However the parser hangs "on Thursday", it comes before the reported clause's subject.
    assert_eq!(
        when("Orwell Insurance said on Thursday it had signed a new four-year agreement with Scottish club Rangers."),
        None
    );
    // What is done by the report's day takes it; a time inside the clause is the clause's.
    for text in [
        "Orwell Insurance said on Thursday it has signed a new agreement with Kestrel Bank.",
        "Orwell Insurance said it had signed a new agreement with Kestrel Bank on Thursday.",
    ] {
        assert_eq!(when(text).as_deref(), Some("Thursday"), "{text}");
    }
}

#[test]
fn a_period_after_a_decimal_number_ends_its_sentence() {
    // "1.26%." and "$9.4bn)." are numbers and a full stop: what follows is a sentence of
    // its own, so that "1.26%. Mr Kestrel" is no source of what the sentence before tells.
    for text in [
        "Neutral headline here\n\nThe commission has urged an increase to 1.26%. Mr Kestrel has said the proposal would mean a rise.",
        "Neutral headline here\n\nOrwell paid 9.4bn roubles ($9.4bn). Russia's newspapers said the sale was illegal.",
    ] {
        let doc = newskg_text::analyze::analyze(text);
        assert_eq!(doc.sentences.len(), 3, "{text}");
    }
}

#[test]
fn a_noun_a_question_is_placed_against_is_no_part_of_the_question() {
    use Status::*;
    let h = "Neutral headline here\n\n";
    let text = format!("{h}Asked whether a rescue was on the cards following a meeting of the Kestrel Congress, Mr Okafor replied: \"No.\"");
    assert_statuses(&text, EventType::Meeting, &[Completed]);
    // What the question asks about is only possible.
    let text = format!("{h}The board will decide whether to hold a meeting with Kestrel Bank.");
    assert_statuses(&text, EventType::Meeting, &[Hypothetical]);
}

#[test]
fn force_as_strength_or_violence_is_no_body_of_troops() {
    // Bare "force" with only adjectives before it is the mass noun; "the army" and "its
    // soldiers" are forces.
    let x = run(
        "Neutral headline here\n\nPolice may use reasonable force to remove the protesters. \
         The army said its soldiers would use \"overwhelming\" force if attacked.",
        None,
    );
    let texts: Vec<&str> = x.forces.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["The army", "its soldiers"], "{:?}", x.forces);
}

#[test]
fn their_takes_the_main_clause_over_an_adverbial_one() {
    // "Their" after a sentence whose adverbial clause names other groups ("so ministers
    // are questioned only if they break the code") is the main clause's subject: the
    // Liberal Democrats' demand, told again.
    let x = run(
        "Neutral headline here\n\nThe Liberal Democrats have called for a new inquiry so \
         ministers are only questioned if they break the code. Their demands were backed \
         by several MPs.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, demands[0]), ["Liberal Democrats"]);
    assert_eq!(demands[0].mentions.len(), 1);
}

#[test]
fn what_a_modal_only_supposes_prevented_is_only_thought_of() {
    // A modal over the word of prevention leaves the attack only supposed; a past
    // prevention denies it.
    assert_statuses(
        "Neutral headline here\n\nThe new measures could prevent an attack on the capital.",
        EventType::Attack,
        &[Status::Hypothetical],
    );
    assert_statuses(
        "Neutral headline here\n\nPolice foiled a bomb attack on the embassy last week.",
        EventType::Attack,
        &[Status::Denied],
    );
}

#[test]
fn an_existing_agreement_is_in_force() {
    // "existing" names an agreement made and in force, whatever the modal of the clause
    // that mentions it.
    assert_statuses(
        "Neutral headline here\n\nThe bakery said it could not borrow more money under its \
         existing agreements with lenders.",
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn a_purchase_is_done_to_the_firm_bought_and_made_with_the_seller() {
    // The firm bought is what the deal is done to, no party to it; the seller, "from" whom
    // it is bought, is the other party.
    let x = run(
        "Neutral headline here\n\nKestrel Bank bought Orwell Group plc from Dutch brewer \
         Heineken in March.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, deals[0]), ["Kestrel Bank"]);
    assert_eq!(labels_of(&x, &deals[0].affected), ["Orwell Group plc"]);
    assert_eq!(labels_of(&x, &deals[0].participants), ["Heineken"]);
    // Agreed to buy: still the firm bought, told by the verb the agreement governs.
    let x = run(
        "Neutral headline here\n\nKestrel Bank has agreed to buy Orwell Group plc for £2bn.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deals[0].affected), ["Orwell Group plc"]);
    assert!(deals[0].participants.is_empty());
}

#[test]
fn a_party_named_to_a_deal_stays_a_party_though_a_mention_buys_it() {
    // "signed a deal with" names Orwell Group a party; the purchase that mentions it as
    // the firm bought does not make it only what the deal is done to.
    let x = run(
        "Neutral headline here\n\nKestrel Bank agrees to buy Orwell Group plc. Kestrel Bank \
         signed a deal with Orwell Group plc on Monday.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &deals[0].participants), ["Orwell Group plc"]);
    assert!(deals[0].affected.is_empty());
}

#[test]
fn a_headline_deal_is_the_body_deal_between_the_same_parties_however_late() {
    // The body tells the headline's deal, by another word, four sentences on, with the
    // same two named parties: one event, whose parties the headline names too.
    let x = run(
        "Kenya and Uganda seal trade deal\n\nKenya and Uganda have signed a trade protocol \
         with the EU. Exports are expected to rise. Officials in Nairobi were pleased. \
         Ministers described the agreement between Kenya and Uganda as the most important \
         in a decade.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].sentence, 0);
    let mut agents = agent_labels(&x, deals[0]);
    agents.sort();
    assert_eq!(agents, ["Kenya", "Uganda"]);
}

#[test]
fn its_after_the_verb_of_a_name_the_recognizer_missed_is_that_name() {
    // "its" after its clause's verb belongs to the clause's subject, a name no mention
    // covers: not the city-based body of the sentence before, nor that city's country.
    let x = run(
        "Neutral headline here\n\nThe Paris-based exchange is ready to raise cash. Shares rose as Groupe Bull held its second meeting with the London Stock Exchange.",
        None,
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1);
    assert!(agent_labels(&x, meetings[0]).is_empty());
    assert!(labels_of(&x, &meetings[0].countries).is_empty());
    assert_eq!(
        labels_of(&x, &meetings[0].participants),
        ["London Stock Exchange"]
    );
}

#[test]
fn a_deal_told_again_on_its_day_by_one_of_its_parties_is_one() {
    // The same day's words and the second mention's party among the first's: one deal,
    // though the club's country is told only by the first.
    let x = run(
        "Neutral headline here\n\nShares in the Dutch football club slipped on Monday despite the club agreeing a rescue plan with creditors on Friday. The club said it was in trouble. Creditors agreed on Friday to freeze interest payments until 2007.",
        Some("2005-01-10"),
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(deals[0].mentions.len(), 1);
    // Told on other days, they stay two.
    let x = run(
        "Neutral headline here\n\nShares in the Dutch football club slipped on Monday despite the club agreeing a rescue plan with creditors on Friday. The club said it was in trouble. Creditors agreed on Tuesday to freeze interest payments until 2007.",
        Some("2005-01-10"),
    );
    assert_eq!(of_type(&x, EventType::Agreement).len(), 2);
}

#[test]
fn what_is_suspended_is_the_object_not_a_clause_after_the_verb() {
    // A name in a "when" clause after the passive verb is no suspended member.
    assert_makes(
        "Sanction",
        false,
        &["The hearing was suspended when Mr Ruiz's lawyer produced new papers."],
    );
    assert_makes(
        "Sanction",
        true,
        &["The union suspended Mr Hale as a member."],
    );
}

#[test]
fn a_conversation_is_a_meeting_only_with_someone() {
    // Recordings and talk in general are no meeting; a conversation with a named party is.
    assert_makes(
        "Meeting",
        false,
        &["Investigators listened to hours of taped conversations."],
    );
    assert_makes(
        "Meeting",
        true,
        &["The prime minister held a phone conversation with President Chirac on Monday."],
    );
}

#[test]
fn an_it_that_happens_is_a_situation_not_a_body() {
    // "it" as the subject of a verb of occurring names no country told of before, so the
    // demand's sentence names none and the article's country places it.
    let x = run(
        "Neutral headline here\n\nBritain's top judge has warned British ministers. Lord Hale said British judges should keep out of politics. Iraq was the issue that split the cabinet, he said. \"What I am asking for is a rule where if the minister cannot obtain my consent, it doesn't happen,\" he said.",
        None,
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(labels_of(&x, &demands[0].countries), ["United Kingdom"]);
}

#[test]
fn a_negated_act_to_come_leaves_the_event_it_bears_on_possible() {
    // "would never encourage": the coup is neither planned nor denied.
    assert_statuses(
        "He said the general would never encourage a coup against the king.",
        EventType::Coup,
        &[Status::Hypothetical],
    );
    // A negated verb of denying leaves the event planned; a negated support verb denies it.
    assert_statuses(
        "He said the general would not prevent a coup against the king.",
        EventType::Coup,
        &[Status::Planned],
    );
    assert_statuses(
        "He said the army would not stage a coup.",
        EventType::Coup,
        &[Status::Denied],
    );
}

#[test]
fn a_persons_name_opening_a_sentence_is_the_subject_of_the_past_form_after_it() {
    // The tagger reads the name as common nouns and the verb as a participle, which the
    // parser then hangs on the name; the name's words are proper nouns and the verb is
    // the sentence's, so its subject asks.
    for (text, agent, asked) in [
        (
            "Neutral headline here\n\nTrevor Phillips called on Mr Clarke to denounce the suggestion Britain's hospitality was being tested.",
            "Trevor Phillips",
            "Clarke",
        ),
        (
            "Neutral headline here\n\nLucy Barnes, chairwoman of the Refugee Council, called on Mr Hale to denounce the claim Britain's generosity was being abused.",
            "Lucy Barnes",
            "Hale",
        ),
    ] {
        let x = run(text, None);
        let demands = of_type(&x, EventType::Demand);
        assert_eq!(demands.len(), 1, "{:?}", summary(&x));
        assert_eq!(agent_labels(&x, demands[0]), [agent]);
        assert_eq!(labels_of(&x, &demands[0].affected), [asked]);
    }
}

#[test]
fn a_demands_later_on_phrase_is_what_it_asks_for_not_whom() {
    // "on" after what is asked for belongs to it; "on" right after the verb names whom
    // the demand calls on.
    for text in [
        "The Liberal Democrats called for a cap on foreign students.",
        "He rejected the Liberal Democrats' call for a cap on foreign students.",
    ] {
        let x = run(text, None);
        let demands = of_type(&x, EventType::Demand);
        assert_eq!(demands.len(), 1, "{text}: {:?}", summary(&x));
        assert!(demands[0].affected.is_empty(), "{text}: {:?}", demands[0]);
    }
    let x = run("The union called on ministers to act.", None);
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(labels_of(&x, &demands[0].affected), ["ministers"]);
}

#[test]
fn a_demand_that_is_weighed_was_made() {
    // Considered, discussed or reviewed, as a verb's object or a passive's subject (also
    // in a quotation the parser reads apart), the request exists: made, not planned.
    for text in [
        "The union's request for a pay rise will be discussed on Monday.",
        "The union's request for a pay rise is being considered.",
        "Ministers are considering the union's request for a pay rise.",
        "However, the board told reporters: \"Amicus's request for the removal of the chairman will be reviewed at the annual meeting in May.\"",
    ] {
        assert_statuses(text, EventType::Demand, &[Status::Completed]);
    }
    // Calls still expected have not been made.
    assert_statuses(
        "Ministers expect further calls for reform.",
        EventType::Demand,
        &[Status::Planned],
    );
}

#[test]
fn a_group_described_again_in_fewer_words_asks_the_same_demand() {
    // "Four teaching unions" then "The four unions": one group, the same head and the
    // second's words among the first's, asking for the same thing in other sentences.
    let x = run(
        "Neutral headline here\n\nFour teaching unions met the minister on Monday. They want the government to scrap the new school tests. The minister said he would reply soon. The four unions want the government to scrap these tests before the summer.",
        Some("2005-01-10"),
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1, "{:?}", summary(&x));
    assert_eq!(demands[0].mentions.len(), 1);
}

#[test]
fn a_demand_asked_again_for_the_same_act_in_other_words_is_one_demand() {
    let demands = |text: &str| {
        let x = run(&format!("Neutral headline here\n\n{text}"), None);
        (of_type(&x, EventType::Demand).iter())
            .map(|e| (e.sentence, agent_labels(&x, e)))
            .collect::<Vec<_>>()
    };
    // "wound up" and "scrapped" do away with the agency alike; a passive's "be" is no act.
    let one = demands(
        "The transport committee called for the agency to be wound up. Ministers are \
         studying the report. Responding to calls for the agency to be scrapped, the minister \
         said it would stay.",
    );
    assert_eq!(one, [(1, vec!["transport committee".to_string()])]);
    // "resign" and "step down" leave an office alike.
    let one = demands(
        "Opposition MPs urged the home secretary to resign on Monday. The home secretary \
         spent the day in meetings. Calls for him to step down were rejected by Downing \
         Street.",
    );
    assert_eq!(one, [(1, vec!["Opposition MPs".to_string()])]);
    // Another act is another demand.
    let two = demands(
        "The transport committee called for the agency to be wound up. Ministers are \
         studying the report. Responding to calls for the agency to be expanded, the minister \
         said it would stay.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
}

/// The agents of each event of type `ty` in a one-sentence-body article, published on a
/// Monday.
fn agents(text: &str, ty: EventType) -> Vec<Vec<String>> {
    let x = run(
        &format!("Neutral headline here\n\n{text}"),
        Some("2005-01-10"),
    );
    (of_type(&x, ty).iter())
        .map(|e| agent_labels(&x, e))
        .collect()
}

#[test]
fn a_participle_after_a_comma_right_after_a_verb_of_saying_shares_its_subject() {
    // "he said, urging voters": who urges is who said, though the tree reads the
    // participle as no clause's.
    assert_eq!(
        agents(
            "Michael Howard spoke in Leeds. \"The plans are wrong,\" he said, urging voters \
             to back the Tories.",
            EventType::Demand
        ),
        [["Michael Howard"]]
    );
}

#[test]
fn a_pronoun_in_a_fronted_participles_clause_is_the_main_clauses_subject() {
    // The participle's subject is the main clause's, named after the comma, not the body
    // named in the sentence before.
    assert_eq!(
        agents(
            "The EU rejected the claim on Monday. Explaining why it had asked the WTO to set \
             up a panel, the US Trade Representative's Office said small firms were hurt.",
            EventType::Demand
        ),
        [["US Trade Representative"]]
    );
}

#[test]
fn the_bloc_and_the_alliance_stand_for_the_union_of_states_last_named() {
    // Named by its leaders, or in capital and small letters ("Ecowas").
    assert_eq!(
        agents(
            "Nato leaders met in Brussels on Monday to discuss the mission. The alliance has \
             sent troops to Kabul.",
            EventType::Deployment
        ),
        [vec!["NATO".to_string()]]
    );
    assert_eq!(
        agents(
            "Ecowas said on Monday it would discuss the crisis. The bloc's troops will leave \
             Gambia next year.",
            EventType::Withdrawal
        ),
        [vec!["ECOWAS".to_string()]]
    );
    // A firm is no bloc.
    assert_eq!(
        agents(
            "Shell said on Monday it would sell its stake. The bloc's troops will leave Gambia \
             next year.",
            EventType::Withdrawal
        ),
        [Vec::<String>::new()]
    );
}

#[test]
fn a_force_drawn_from_states_is_theirs_too() {
    // "Soldiers of the bloc's mission": the mission's owner, by what "the bloc" stands for;
    // "drawn from" names the states that sent them.
    assert_eq!(
        agents(
            "The president has turned to the Southern African Development Community. Soldiers \
             of the bloc's mission, drawn from South Africa, Malawi and Tanzania, have been \
             deploying in North Kivu since mid-December.",
            EventType::Deployment
        ),
        [[
            "Southern African Development Community",
            "South Africa",
            "Malawi",
            "Tanzania"
        ]
        .map(String::from)
        .to_vec()]
    );
    for text in [
        "West African troops, drawn from Nigeria and Ghana, arrived in Gambia on Monday.",
        "The peacekeepers, made up of Nigerian and Ghanaian soldiers, arrived in Gambia on \
         Monday.",
    ] {
        assert_eq!(
            agents(text, EventType::Arrival),
            [["Nigeria", "Ghana"].map(String::from).to_vec()],
            "{text}"
        );
    }
}

#[test]
fn what_an_agreement_provides_for_is_agreed() {
    let with = |text: &str| format!("Neutral headline here\n\n{text}");
    assert_statuses(
        &with("Israel and Egypt signed an agreement to withdraw troops from Gaza."),
        EventType::Withdrawal,
        &[Status::Agreed],
    );
    assert_statuses(
        &with("The deal to hold talks with Ankara was welcomed by Turkey."),
        EventType::Meeting,
        &[Status::Agreed],
    );
    // A deal's own terms are that deal, made.
    assert_statuses(
        &with("Barclays signed a deal to buy the bank."),
        EventType::Agreement,
        &[Status::Completed],
    );
}

#[test]
fn protesters_at_it_in_the_present_progressive_protest_now() {
    let with = |text: &str| format!("Neutral headline here\n\n{text}");
    for text in [
        "Protesters are marching through Kiev.",
        "Demonstrators have been blocking the road to parliament since Monday.",
    ] {
        assert_statuses(&with(text), EventType::Protest, &[Status::UnderWay]);
    }
    // In the past, or in the simple past, they were at it then.
    for text in [
        "Protesters were blocking the road on Monday.",
        "Protesters gathered outside parliament.",
    ] {
        assert_statuses(&with(text), EventType::Protest, &[Status::Completed]);
    }
}

#[test]
fn a_subject_hung_on_a_fronted_phrase_is_the_verbs() {
    // The parser may hang the subject after a fronted phrase's comma on that phrase, as an
    // apposition, when a relative clause follows it; a finite verb has a subject all the
    // same.
    let x = run(
        "Neutral headline here\n\nIn the meantime, France, which has 5,000 soldiers there, \
         began talks with Germany.",
        Some("2005-01-10"),
    );
    let talks = of_type(&x, EventType::Meeting);
    assert_eq!(talks.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, talks[0]), ["France"]);
    assert_eq!(labels_of(&x, &talks[0].participants), ["Germany"]);
}

#[test]
fn a_purchase_of_a_stake_affects_the_firm_it_is_in_and_is_placed_where_that_firm_is() {
    let x = run(
        "Neutral headline here\n\nNational Bank of Kuwait has bought a majority stake in \
         Credit Bank of Iraq.",
        None,
    );
    let deals = of_type(&x, EventType::Agreement);
    assert_eq!(deals.len(), 1, "{:?}", summary(&x));
    assert_eq!(agent_labels(&x, deals[0]), ["National Bank of Kuwait"]);
    assert_eq!(labels_of(&x, &deals[0].affected), ["Credit Bank of Iraq"]);
    // The buyer is at home elsewhere: the deal is placed where what it buys is.
    assert_eq!(labels_of(&x, &deals[0].countries), ["Iraq"]);
    // The buyer's own stake is no firm bought.
    let x = run(
        "Neutral headline here\n\nDaimlerChrysler agreed a package with Mitsubishi Motors \
         which will see it buy out its stake in Fuso.",
        None,
    );
    for e in of_type(&x, EventType::Agreement) {
        assert!(!labels_of(&x, &e.affected).contains(&"DaimlerChrysler".to_string()));
    }
}

#[test]
fn what_an_animal_kills_is_no_attack() {
    // Prey, not victims: the passive's "by" phrase names an animal.
    assert_makes(
        "Attack",
        false,
        &["The hunt met on Saturday and only four were accidentally killed by hounds."],
    );
    assert_makes(
        "Attack",
        true,
        &["Only four were killed by gunmen on Saturday."],
    );
}

#[test]
fn a_states_adjective_on_a_gathering_says_where_it_is_not_who_meets() {
    let x = run(
        "Neutral headline here\n\nThe organisers of the Swiss summit promised a new agenda.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 1);
    assert!(agent_labels(&x, meetings[0]).is_empty());
    assert_eq!(summary(&x)[0].3, vec!["Q39".to_string()]);
    // A name on it still holds it.
    assert_eq!(
        agents("The EU summit opened in Brussels.", EventType::Meeting),
        vec![vec!["European Union".to_string()]]
    );
}

#[test]
fn what_follows_a_verb_of_discussing_is_talked_about_not_where_it_happens() {
    // However the parser hangs the list after "to discuss", its names are topics.
    let x = run(
        "Neutral headline here\n\nThe minister's visit began on Monday. He will meet Japanese \
         counterpart Minister Taro Aso to discuss closer ties between the two states, Hong \
         Kong and Japan's role in the six-party talks.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert!(!meetings.is_empty());
    for e in meetings {
        let countries = labels_of(&x, &e.countries);
        assert!(
            !countries.contains(&"Hong Kong".to_string()),
            "{countries:?}"
        );
    }
}

#[test]
fn an_attack_told_again_by_its_victims_or_its_named_attackers_is_one() {
    // Neither mention has a place or a day of its own to tell it apart.
    let x = run(
        "Neutral headline here\n\nTension rose after six Dutch peacekeepers were killed. Rebels \
         later admitted killing the six Dutch soldiers.",
        Some("2005-01-10"),
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 1, "{:?}", summary(&x));
    // Attackers only described may be others each time.
    let x = run(
        "Neutral headline here\n\nGunmen killed two policemen. Elsewhere gunmen killed a \
         judge.",
        Some("2005-01-10"),
    );
    assert_eq!(of_type(&x, EventType::Attack).len(), 2, "{:?}", summary(&x));
}

#[test]
fn a_pronoun_names_no_place_of_the_event_in_its_sentence() {
    // "it" stands for nothing here; the trip's China is no place of the election.
    let x = run(
        "Neutral headline here\n\nLabour hopes to win the general election in May, Mr Brown \
         said. Mr Brown visited China last week. He said it was not for the Bank of England to \
         factor a potential election into its rate decisions.",
        Some("2005-01-10"),
    );
    for e in of_type(&x, EventType::Election) {
        assert!(
            !labels_of(&x, &e.countries).contains(&"China".to_string()),
            "{:?}",
            summary(&x)
        );
    }
}

#[test]
fn a_body_named_as_a_department_is_a_state_agency_that_no_club_or_firm_stands_for() {
    let x = run(
        "Neutral headline here\n\nFans protested outside the stadium on Sunday. The MPs urged \
         the Ministry of Sport to stop the takeover of the club.",
        Some("2005-01-10"),
    );
    let ministry = (x.actors.iter()).position(|a| a.label == "Ministry of Sport");
    assert!(
        ministry.is_some_and(|a| x.actors[a].kind == Kind::Agency),
        "{:?}",
        x.actors
    );
    let club: Vec<usize> = (x.mentions.iter())
        .filter(|m| m.text == "the club")
        .map(|m| m.actor)
        .collect();
    assert!(
        !club.iter().any(|&a| Some(a) == ministry),
        "{:?}",
        x.mentions
    );
}

#[test]
fn a_country_word_on_a_person_described_by_trade_says_where_they_are_from() {
    // "a US economist" is from the US; the asking happens in Ghana.
    let x = run(
        "Neutral headline here\n\nGhana has asked a US economist to run its central bank.",
        Some("2005-01-10"),
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1);
    assert_eq!(
        labels_of(&x, &demands[0].countries),
        vec!["Ghana".to_string()]
    );
}

#[test]
fn a_when_clause_after_a_past_year_is_dated_by_it_and_no_meeting_of_now() {
    let x = run(
        "Neutral headline here\n\nMinisters are attending the summit in Oslo. Old hands look \
         back to 1989, when talks between the two leaders nearly ended the war.",
        Some("2005-01-10"),
    );
    let meetings = of_type(&x, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{:?}", summary(&x));
    let dated: Vec<_> = (meetings.iter())
        .filter_map(|e| e.when.as_ref().map(|w| w.text.clone()))
        .collect();
    assert_eq!(dated, vec!["1989".to_string()]);
    assert_eq!(meetings[0].status, Status::UnderWay);
}

#[test]
fn a_gathering_those_in_a_present_clause_are_attending_goes_on_now() {
    assert_statuses(
        "Neutral headline here\n\nMr Smith is among the ministers attending the summit.",
        EventType::Meeting,
        &[Status::UnderWay],
    );
    assert_statuses(
        "Neutral headline here\n\nMinisters attending the summit agreed to cut tariffs.",
        EventType::Meeting,
        &[Status::Completed],
    );
}

#[test]
fn a_person_described_by_trade_is_the_object_not_the_country_before_them() {
    let x = run(
        "Neutral headline here\n\nGhana has asked a US economist and former World Bank \
         official to run its central bank.",
        Some("2005-01-10"),
    );
    let demands = of_type(&x, EventType::Demand);
    assert_eq!(demands.len(), 1);
    assert!(
        demands[0].affected.is_empty(),
        "{:?}",
        labels_of(&x, &demands[0].affected)
    );
}

#[test]
fn a_death_let_happen_in_care_is_no_attack() {
    assert_makes(
        "Attack",
        false,
        &[
            "Doctors fear the new law allows killing by omission.",
            "The court heard the case of a mercy killing in 2003.",
        ],
    );
}

#[test]
fn agreement_that_something_is_so_is_an_opinion_unless_reached() {
    assert_makes(
        "Agreement",
        false,
        &[
            "There is universal agreement that the scheme has failed.",
            "There was agreement that the talks should continue.",
        ],
    );
    assert_makes(
        "Agreement",
        true,
        &["The two sides reached general agreement on a new loan programme."],
    );
}

#[test]
fn the_publics_trips_are_no_visits() {
    assert_makes(
        "Visit",
        false,
        &[
            "Neutral headline here\n\nTourist trips to the island were cancelled after the storm.",
            "Neutral headline here\n\nThousands of tourists cancelled trips to the coast.",
        ],
    );
    assert_makes(
        "Visit",
        true,
        &["The minister's trip to Kenya was cancelled."],
    );
}

#[test]
fn a_ballot_of_a_partys_leadership_contest_is_no_states_election() {
    assert_eq!(
        agents(
            "Mr Davis lost the second ballot of the Tory leadership contest.",
            EventType::Election
        ),
        vec![Vec::<String>::new()]
    );
}

#[test]
fn what_one_has_enough_to_ask_for_is_only_thought_of() {
    let text = "Neutral headline here\n\nThe fund owns 6% of the bank, more than enough to \
                demand an extraordinary meeting.";
    assert_statuses(text, EventType::Demand, &[]);
    assert_statuses(text, EventType::Meeting, &[Status::Hypothetical]);
    assert_statuses(
        "Neutral headline here\n\nThe unions demanded a meeting.",
        EventType::Meeting,
        &[Status::Demanded],
    );
}

#[test]
fn a_clause_where_or_when_opens_holds_no_role_of_the_event_before_it() {
    let x = run(
        "Neutral headline here\n\nOn Tuesday Mrs Hale will visit Oxford East, where Lib Dem \
         MP John Carrow overturned a big Labour majority to win the seat.",
        Some("2005-01-10"),
    );
    let visits = of_type(&x, EventType::Visit);
    assert_eq!(visits.len(), 1);
    assert!(
        visits[0].affected.is_empty(),
        "{:?}",
        labels_of(&x, &visits[0].affected)
    );
}
