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
