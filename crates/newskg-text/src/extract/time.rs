//! Time expressions: finds dates and relative expressions in a sentence and normalises them
//! against the publication date ("last July", "on Monday", "in late September",
//! "on 22 December 2023", "since 2021", "this week", "earlier this month"), with their
//! precision. Without a publication date, absolute dates still resolve and relative ones
//! give only their direction (past or future) relative to the article's present.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::OnceLock;

pub use newskg_model::Precision;

/// A time expression found in a sentence (byte offsets into the sentence's text).
#[derive(Debug, Clone)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The interval it denotes, when it can be resolved.
    pub interval: Option<(NaiveDate, NaiveDate)>,
    pub precision: Precision,
    /// -1 before the article's present, +1 after it, 0 at it or unknown.
    pub direction: i8,
    /// "since 2021": the event runs from this time on.
    pub since: bool,
    /// "a 2003 bond deal", "the 2001 election": a year before a noun, which dates only
    /// the noun it modifies.
    pub attributive: bool,
}

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/// The time-expression pattern, one named alternative per kind of expression.
fn regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        let pattern = format!(
            r"(?x)
            \b(?:
              (?P<dmy>(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTHS})(?:,?\s+(?P<y1>\d{{4}}))?)
            | (?P<mdy>(?P<m2>{MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y2>\d{{4}}))
            | (?P<between>(?i:between)\s+(?P<ya>\d{{4}})\s+(?i:and)\s+(?P<yb>\d{{4}}))
            | (?P<since>(?i:since)\s+(?P<ys>\d{{4}}))
            | (?P<part>(?P<pp>(?i:early|late|mid))[-\s](?P<m3>{MONTHS})(?:\s+(?P<y3>\d{{4}}))?)
            | (?P<my>(?P<m4>{MONTHS})\s+(?P<y4>\d{{4}}))
            | (?P<rel>(?P<rw>(?i:last|next|this|earlier\s+this|later\s+this|past))\s+(?P<unit>(?i:week|month|year|weekend)|{MONTHS}|{WEEKDAYS}))
            | (?P<md>(?P<m6>{MONTHS})\s+(?P<d6>\d{{1,2}})(?:st|nd|rd|th)?\b)
            | (?P<inm>(?:in|In|since|Since|until|by|By|from|From)\s+(?P<m5>{MONTHS})(?:,?\s+(?:(?:in|of)\s+)?(?P<y7>\d{{4}}))?\b)
            | (?P<wd>(?P<wday>{WEEKDAYS})(?:'s|’s)?)
            | (?P<iny>(?:in|In|since|Since|until|by|By)\s+(?P<y5>(?:19|20)\d{{2}})\b)
            | (?P<ywhen>(?P<y10>(?:19|20)\d{{2}}),\s+when)
            | (?P<attry>(?i:the|a|an|its|their|his|her|this|that)\s+(?P<y8>(?:19|20)\d{{2}})(?:\s+(?:and|or)\s+(?P<y9>(?:19|20)\d{{2}}))?\s+[a-z]\w*)
            | (?P<ago>(?P<n>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few))\s+(?P<u2>(?i:days?|weeks?|months?|years?))\s+(?i:ago))
            | (?P<deic>(?i:yesterday|today|tonight|recently))
            )\b"
        );
        Regex::new(&pattern).expect("time regex")
    })
}

/// The number of a month name or abbreviation (1 for none).
fn month_number(m: &str) -> u32 {
    let m = m.trim_end_matches('.').to_ascii_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    names
        .iter()
        .position(|n| m.starts_with(n))
        .map(|i| i as u32 + 1)
        .unwrap_or(1)
}

/// The weekday a weekday name names.
fn weekday(w: &str) -> Weekday {
    match &w[..3] {
        "Mon" => Weekday::Mon,
        "Tue" => Weekday::Tue,
        "Wed" => Weekday::Wed,
        "Thu" => Weekday::Thu,
        "Fri" => Weekday::Fri,
        "Sat" => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The first and last day of month `m` of year `y`.
fn month_interval(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = NaiveDate::from_ymd_opt(y, m, 1)?;
    let b = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    } - Duration::days(1);
    Some((a, b))
}

/// The first and last day of year `y`.
fn year_interval(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

/// From the first day of year `a` to the last of year `b`.
fn years_span(a: i32, b: i32) -> Option<(NaiveDate, NaiveDate)> {
    year_interval(a)
        .zip(year_interval(b))
        .map(|(x, y)| (x.0, y.1))
}

/// A one-day interval.
fn day(d: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    Some((d, d))
}

/// The year of a month (or month-day) mentioned without one: the latest not after the
/// publication date for past reference, the earliest not before it for future reference.
fn year_for(pub_date: NaiveDate, month: u32, dayn: u32, future: bool) -> i32 {
    let y = pub_date.year();
    let this = (month, dayn);
    let now = (pub_date.month(), pub_date.day());
    if future {
        if this < now {
            y + 1
        } else {
            y
        }
    } else if this > now {
        y - 1
    } else {
        y
    }
}

/// The value of a count in "two weeks ago" (a word or digits; "several" and "few" as 3).
fn number(s: &str) -> i64 {
    match s {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "several" | "few" => 3,
        n => n.parse().unwrap_or(1),
    }
}

/// Finds the time expressions of one sentence. `future` says the sentence speaks of the
/// future (will, plans to), which decides the year of "in March" or the day of "on Monday".
pub fn find(sentence: &str, published: Option<NaiveDate>, future: bool) -> Vec<TimeExpr> {
    regex()
        .captures_iter(sentence)
        .filter(|c| !(c.name("wd").is_some() && names_a_title(sentence, c)))
        .filter(|c| !names_a_programme(sentence, c))
        .map(|c| with_direction(resolve(&c, published, future), published, future))
        .collect()
}

/// Whether a match is "Today" written with a capital inside a sentence, which names the
/// radio programme ("told BBC Radio 4's Today programme", "speaking on Today"), not the
/// day: the day is written so only where a sentence or a quotation opens.
fn names_a_programme(sentence: &str, c: &Captures) -> bool {
    let m = c.get(0).expect("match");
    let before = sentence[..m.start()].trim_end();
    let opens = before.is_empty() || before.ends_with(['"', '\u{201c}', '\'', '\u{2018}', ':']);
    m.as_str() == "Today" && !opens
}

/// Whether a weekday match is the first word of a title: after "the" and before a
/// capitalised word ("the Sunday Times", "the Monday Club"; not "on Sunday Mr Blair said"
/// nor "the Sunday before").
fn names_a_title(sentence: &str, c: &Captures) -> bool {
    let m = c.get(0).expect("match");
    let before = sentence[..m.start()].trim_end();
    // The last word before the match, by characters (a byte offset may fall inside "’").
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, ch)| !ch.is_alphanumeric())
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    let article = before[word_start..].eq_ignore_ascii_case("the");
    let mut after = sentence[m.end()..].chars();
    let spaced = after.next() == Some(' ');
    article && spaced && after.next().is_some_and(char::is_uppercase)
}

/// The expression one match denotes, by the alternative that matched; its direction only
/// where the words give it ("last", "ago", "yesterday").
fn resolve(c: &Captures, published: Option<NaiveDate>, future: bool) -> TimeExpr {
    let m = c.get(0).expect("match");
    let t = TimeExpr {
        start: m.start(),
        end: m.end(),
        text: m.as_str().to_string(),
        interval: None,
        precision: Precision::Day,
        direction: 0,
        since: false,
        attributive: false,
    };
    let has = |k: &str| c.name(k).is_some();
    if has("dmy") || has("mdy") || has("md") {
        day_of_month(c, t, published, future)
    } else if has("between") {
        let (a, b) = (
            num(c, "ya").unwrap_or(0) as i32,
            num(c, "yb").unwrap_or(0) as i32,
        );
        TimeExpr {
            interval: years_span(a, b),
            precision: Precision::Range,
            ..t
        }
    } else if has("since") {
        TimeExpr {
            interval: year_interval(num(c, "ys").unwrap_or(0) as i32),
            precision: Precision::Year,
            since: true,
            ..t
        }
    } else if has("part") {
        part_of_month(c, t, published, future)
    } else if has("my") {
        TimeExpr {
            interval: month_interval(num(c, "y4").unwrap_or(0) as i32, month_number(&c["m4"])),
            precision: Precision::Month,
            ..t
        }
    } else if has("rel") {
        relative_expr(c, t, published, future)
    } else if has("inm") {
        in_month(c, t, published, future)
    } else if has("wd") {
        on_weekday(c, t, published, future)
    } else if has("iny") {
        in_year(c, t)
    } else if has("attry") {
        attributive_year(c, t)
    } else if has("ywhen") {
        year_of_a_when_clause(c, t)
    } else if has("ago") {
        ago(c, t, published)
    } else if has("deic") {
        deictic(c, t, published)
    } else {
        t
    }
}

/// The number a capture group holds, if any.
fn num(c: &Captures, k: &str) -> Option<i64> {
    c.name(k).and_then(|x| x.as_str().parse::<i64>().ok())
}

/// A day of a month ("22 December 2023", "December 22, 2023", "August 15"): the year
/// missing is the publication's, read back or forward.
fn day_of_month(c: &Captures, t: TimeExpr, published: Option<NaiveDate>, future: bool) -> TimeExpr {
    let (mk, dk, yk) = if c.name("dmy").is_some() {
        ("m1", "d1", "y1")
    } else if c.name("mdy").is_some() {
        ("m2", "d2", "y2")
    } else {
        ("m6", "d6", "y6")
    };
    let mo = month_number(&c[mk]);
    let d = num(c, dk).unwrap_or(1) as u32;
    let y = num(c, yk)
        .map(|y| y as i32)
        .or_else(|| published.map(|p| year_for(p, mo, d, future)));
    TimeExpr {
        interval: y
            .and_then(|y| NaiveDate::from_ymd_opt(y, mo, d))
            .and_then(day),
        ..t
    }
}

/// "early", "mid" or "late" in a month: its first, second or last ten days or so.
fn part_of_month(
    c: &Captures,
    t: TimeExpr,
    published: Option<NaiveDate>,
    future: bool,
) -> TimeExpr {
    let mo = month_number(&c["m3"]);
    let y = num(c, "y3")
        .map(|y| y as i32)
        .or_else(|| published.map(|p| year_for(p, mo, 15, future)));
    TimeExpr {
        interval: y
            .and_then(|y| month_interval(y, mo))
            .map(|(a, b)| match &c["pp"] {
                "early" => (a, a + Duration::days(9)),
                "mid" => (a + Duration::days(10), a + Duration::days(19)),
                _ => (a + Duration::days(20), b),
            }),
        precision: Precision::Month,
        ..t
    }
}

/// "last July", "next week", "earlier this month": the direction from its first word;
/// the interval only against a publication date, else just the unit's precision. "This
/// Sunday" is the Sunday of a bare "on Sunday": the nearest one on the side of the
/// publication date the clause's tense gives (`future`).
fn relative_expr(
    c: &Captures,
    t: TimeExpr,
    published: Option<NaiveDate>,
    future: bool,
) -> TimeExpr {
    let rw = c["rw"]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let unit = &c["unit"];
    let direction = match rw.as_str() {
        "last" | "past" | "earlier" => -1,
        "next" | "later" => 1,
        _ => 0,
    };
    let mut precision = t.precision;
    let interval = match published {
        Some(p) => relative(p, &rw, unit, &mut precision, future),
        None => {
            precision = unit_precision(unit);
            None
        }
    };
    TimeExpr {
        interval,
        precision,
        direction,
        ..t
    }
}

/// "in March", "since October 2001": the month (its year as for a day of a month), the
/// preposition dropped from the text.
fn in_month(c: &Captures, t: TimeExpr, published: Option<NaiveDate>, future: bool) -> TimeExpr {
    let mo = month_number(&c["m5"]);
    let year = num(c, "y7")
        .map(|y| y as i32)
        .or_else(|| published.map(|p| year_for(p, mo, 1, future)));
    let t = TimeExpr {
        since: starts_with_since(&t),
        precision: Precision::Month,
        interval: year.and_then(|y| month_interval(y, mo)),
        ..t
    };
    without_preposition(t)
}

/// "in 2021", "since 2021": the year, the preposition dropped from the text.
fn in_year(c: &Captures, t: TimeExpr) -> TimeExpr {
    let t = TimeExpr {
        since: starts_with_since(&t),
        interval: year_interval(num(c, "y5").unwrap_or(0) as i32),
        precision: Precision::Year,
        ..t
    };
    without_preposition(t)
}

/// "back to 1994, when talks came close to a deal": a year that a "when" clause right
/// after it tells of, the year alone (the clause's events take it).
fn year_of_a_when_clause(c: &Captures, t: TimeExpr) -> TimeExpr {
    let y = c.name("y10").expect("year");
    TimeExpr {
        start: y.start(),
        end: y.end(),
        text: y.as_str().to_string(),
        interval: year_interval(num(c, "y10").unwrap_or(0) as i32),
        precision: Precision::Year,
        ..t
    }
}

/// "a 2003 bond deal": the year alone, without the determiner before it or the word after
/// it that the pattern reads to see a noun follows. "the 1997 and 2001 elections": the
/// span from the first year to the end of the second.
fn attributive_year(c: &Captures, t: TimeExpr) -> TimeExpr {
    let y = c.name("y8").expect("year");
    let first = num(c, "y8").unwrap_or(0) as i32;
    let (end, interval, precision) = match c.name("y9") {
        Some(y9) => {
            let last = num(c, "y9").unwrap_or(0) as i32;
            (y9.end(), years_span(first, last), Precision::Range)
        }
        None => (y.end(), year_interval(first), Precision::Year),
    };
    let whole = c.get(0).expect("a match");
    let text = &whole.as_str()[y.start() - whole.start()..end - whole.start()];
    TimeExpr {
        start: y.start(),
        end,
        text: text.to_string(),
        interval,
        precision,
        attributive: true,
        ..t
    }
}

/// "on Monday": the nearest such day up to the publication date, or from it on for the
/// future.
fn on_weekday(c: &Captures, t: TimeExpr, published: Option<NaiveDate>, future: bool) -> TimeExpr {
    let w = weekday(&c["wday"]);
    let interval = published.and_then(|p| nearest_weekday(p, w, future));
    TimeExpr { interval, ..t }
}

/// Whether `w` names a day of the week, in any case ("Sunday", "sunday").
fn is_weekday(w: &str) -> bool {
    WEEKDAYS.split('|').any(|d| d.eq_ignore_ascii_case(w))
}

/// The nearest day `w` up to date `p`, or from it on for the future.
fn nearest_weekday(p: NaiveDate, w: Weekday, future: bool) -> Option<(NaiveDate, NaiveDate)> {
    let mut d = p;
    for _ in 0..7 {
        if d.weekday() == w {
            return day(d);
        }
        d = if future {
            d + Duration::days(1)
        } else {
            d - Duration::days(1)
        };
    }
    None
}

/// "two weeks ago": that long before the publication date (a month as 30 days, a year as
/// 365), in the past.
fn ago(c: &Captures, t: TimeExpr, published: Option<NaiveDate>) -> TimeExpr {
    let n = number(&c["n"].to_ascii_lowercase());
    let u = &c["u2"].to_ascii_lowercase();
    TimeExpr {
        direction: -1,
        precision: unit_precision(u),
        interval: published.map(|p| {
            let back = match u.chars().next() {
                Some('d') => Duration::days(n),
                Some('w') => Duration::days(7 * n),
                Some('m') => Duration::days(30 * n),
                _ => Duration::days(365 * n),
            };
            (p - back, p - back)
        }),
        ..t
    }
}

/// "yesterday", "today", "tonight", "recently": days relative to the publication date
/// ("recently" has none), and their direction.
fn deictic(c: &Captures, t: TimeExpr, published: Option<NaiveDate>) -> TimeExpr {
    let w = c["deic"].to_ascii_lowercase();
    TimeExpr {
        direction: if w == "yesterday" || w == "recently" {
            -1
        } else {
            0
        },
        interval: published.and_then(|p| match w.as_str() {
            "yesterday" => day(p - Duration::days(1)),
            "recently" => None,
            _ => day(p),
        }),
        ..t
    }
}

/// Whether the expression's text starts with "since" (any case).
fn starts_with_since(t: &TimeExpr) -> bool {
    t.text.to_ascii_lowercase().starts_with("since")
}

/// The expression without its leading preposition ("in March" → "March").
fn without_preposition(t: TimeExpr) -> TimeExpr {
    let skip = t.text.find(char::is_whitespace).unwrap_or(0) + 1;
    TimeExpr {
        start: t.start + skip,
        text: t.text[skip..].to_string(),
        ..t
    }
}

/// The direction of an expression with none from its words: after, before or at the
/// publication date; with no publication date, an absolute date lies in the article's
/// past unless the verb says otherwise.
fn with_direction(t: TimeExpr, published: Option<NaiveDate>, future: bool) -> TimeExpr {
    if t.direction != 0 {
        return t;
    }
    let direction = match (t.interval, published) {
        (Some((a, b)), Some(p)) => {
            if a > p {
                1
            } else if b < p {
                -1
            } else {
                0
            }
        }
        (Some(_), None) => {
            if future {
                1
            } else {
                -1
            }
        }
        (None, _) => 0,
    };
    TimeExpr { direction, ..t }
}

/// The precision a unit ("week", "year", "Monday", a month) gives.
fn unit_precision(unit: &str) -> Precision {
    match unit.to_ascii_lowercase().as_str() {
        u if u.starts_with("week") => Precision::Week,
        u if u.starts_with("year") => Precision::Year,
        u if u.starts_with("day") => Precision::Day,
        u if is_weekday(u.trim_end_matches('s')) => Precision::Day,
        _ => Precision::Month,
    }
}

/// The interval of a relative expression ("last week", "earlier this month", "next July")
/// against publication date `p`; sets the precision its unit gives.
fn relative(
    p: NaiveDate,
    rw: &str,
    unit: &str,
    precision: &mut Precision,
    future: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    let lower = unit.to_ascii_lowercase();
    let week_start = p - Duration::days(p.weekday().num_days_from_monday() as i64);
    let shift: i32 = match rw {
        "last" | "past" => -1,
        "next" => 1,
        _ => 0,
    };
    *precision = unit_precision(unit);
    match lower.as_str() {
        "week" | "weekend" => {
            let s = week_start + Duration::days(7 * shift as i64);
            let (a, b) = if lower == "weekend" {
                (s + Duration::days(5), s + Duration::days(6))
            } else {
                (s, s + Duration::days(6))
            };
            Some(if rw == "earlier" { (a, p) } else { (a, b) })
        }
        "month" => {
            let (y, m) = (p.year(), p.month() as i32 - 1 + shift);
            let (y, m) = (y + m.div_euclid(12), m.rem_euclid(12) as u32 + 1);
            month_interval(y, m).map(|(a, b)| if rw == "earlier" { (a, p) } else { (a, b) })
        }
        "year" => {
            year_interval(p.year() + shift)
                .map(|(a, b)| if rw == "earlier" { (a, p) } else { (a, b) })
        }
        _ if is_weekday(unit) => {
            if shift == 0 {
                nearest_weekday(p, weekday(unit), future)
            } else {
                shifted_weekday(p, unit, shift)
            }
        }
        _ => {
            *precision = Precision::Month;
            shifted_month(p, unit, shift)
        }
    }
}

/// "next Friday", "last Monday": the nearest such day after the publication date for a
/// forward shift, else before it, within two weeks.
fn shifted_weekday(p: NaiveDate, unit: &str, shift: i32) -> Option<(NaiveDate, NaiveDate)> {
    let w = weekday(unit);
    let mut d = p;
    let step = if shift > 0 { 1 } else { -1 };
    for _ in 0..14 {
        d += Duration::days(step as i64);
        if d.weekday() == w {
            return day(d);
        }
    }
    None
}

/// A month name: "last July" is the latest July before the publication month, "next July"
/// the earliest after it, "this July" the publication year's.
fn shifted_month(p: NaiveDate, unit: &str, shift: i32) -> Option<(NaiveDate, NaiveDate)> {
    let mo = month_number(unit);
    let y = match shift {
        -1 => {
            if mo < p.month() {
                p.year()
            } else {
                p.year() - 1
            }
        }
        1 => {
            if mo > p.month() {
                p.year()
            } else {
                p.year() + 1
            }
        }
        _ => p.year(),
    };
    month_interval(y, mo)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    fn one(s: &str, p: Option<NaiveDate>) -> TimeExpr {
        let v = find(s, p, false);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn a_year_before_a_noun_is_its_time() {
        let t = one("sued the bank over a 2003 bond deal", None);
        assert_eq!((t.text.as_str(), t.attributive), ("2003", true));
        assert_eq!(t.interval, Some((d(2003, 1, 1), d(2003, 12, 31))));
        assert!(find("it sold 2003 shares", None, false).is_empty());
        let t = one(
            "was his right-hand man at the 1997 and 2001 elections",
            None,
        );
        assert_eq!((t.text.as_str(), t.attributive), ("1997 and 2001", true));
        assert_eq!(t.interval, Some((d(1997, 1, 1), d(2001, 12, 31))));
    }

    #[test]
    fn a_month_then_its_year_in_a_phrase_of_its_own_is_that_month() {
        let p = Some(d(2005, 1, 10));
        for s in [
            "The last such vote was held in March in 1962.",
            "It last happened in March of 1962.",
            "They left in March, 1962.",
        ] {
            let t = one(s, p);
            assert_eq!(t.interval, Some((d(1962, 3, 1), d(1962, 3, 31))), "{s}");
        }
    }

    #[test]
    fn today_written_with_a_capital_inside_a_sentence_is_the_programme() {
        let p = NaiveDate::from_ymd_opt(2005, 1, 10);
        assert!(find(
            "He told BBC Radio 4's Today programme he would resign.",
            p,
            false
        )
        .is_empty());
        assert!(find("Speaking on Today, she said so.", p, false).is_empty());
        assert_eq!(find("Today the minister said so.", p, false).len(), 1);
        assert_eq!(find("He said: \"Today we begin.\"", p, false).len(), 1);
        assert_eq!(
            find("The minister said today he would resign.", p, false).len(),
            1
        );
    }

    #[test]
    fn a_weekday_that_opens_a_title_is_no_time() {
        let p = NaiveDate::from_ymd_opt(2005, 1, 10);
        assert!(find("a report in the Sunday Business claimed", p, false).is_empty());
        assert!(find("The Sunday Herald said", p, false).is_empty());
        assert_eq!(find("on Sunday Mr Harlow said", p, false).len(), 1);
        assert_eq!(find("the Sunday before the vote", p, false).len(), 1);
        // Characters of several bytes before the weekday are no boundary to cut at.
        assert_eq!(find("were ’s Sunday Times", p, false).len(), 1);
        assert_eq!(find("soothe Sunday Times", p, false).len(), 1);
    }

    #[test]
    fn this_weekday_is_the_nearest_on_the_side_the_tense_gives() {
        let p = Some(d(2005, 1, 26)); // a Wednesday
        let future = find("after this Sunday's elections", p, true);
        assert_eq!(future[0].interval, Some((d(2005, 1, 30), d(2005, 1, 30))));
        assert_eq!(future[0].precision, Precision::Day);
        let past = find("the vote held this Monday", p, false);
        assert_eq!(past[0].interval, Some((d(2005, 1, 24), d(2005, 1, 24))));
    }

    #[test]
    fn relative_to_publication() {
        let p = Some(d(2024, 4, 13)); // a Saturday
        assert_eq!(
            one("took power in a coup last July", p).interval,
            Some((d(2023, 7, 1), d(2023, 7, 31)))
        );
        assert_eq!(
            one("said on Monday", p).interval,
            Some((d(2024, 4, 8), d(2024, 4, 8)))
        );
        assert_eq!(
            one("marched on Saturday", p).interval,
            Some((d(2024, 4, 13), d(2024, 4, 13)))
        );
        assert_eq!(
            one("announced in March", p).interval,
            Some((d(2024, 3, 1), d(2024, 3, 31)))
        );
        assert_eq!(
            one("in late September", p).interval,
            Some((d(2023, 9, 21), d(2023, 9, 30)))
        );
        assert_eq!(
            one("reported this week", p).interval,
            Some((d(2024, 4, 8), d(2024, 4, 14)))
        );
        assert_eq!(
            one("arrived earlier this month", p).interval,
            Some((d(2024, 4, 1), d(2024, 4, 13)))
        );
        assert_eq!(
            one("on 22 December 2023", p).interval,
            Some((d(2023, 12, 22), d(2023, 12, 22)))
        );
        let s = one("in power since 2021", p);
        assert!(s.since);
        assert_eq!(s.precision, Precision::Year);
        assert_eq!(
            one("on 15 August", Some(d(2021, 8, 30))).interval,
            Some((d(2021, 8, 15), d(2021, 8, 15)))
        );
    }

    #[test]
    fn sentence_initial_expressions() {
        let p = Some(d(2024, 12, 3));
        assert_eq!(
            one("Last week, hundreds rallied.", p).interval,
            Some((d(2024, 11, 25), d(2024, 12, 1)))
        );
        assert_eq!(
            one("Earlier this month they met.", p).interval,
            Some((d(2024, 12, 1), d(2024, 12, 3)))
        );
        assert_eq!(
            one("Two days ago they met.", p).interval,
            Some((d(2024, 12, 1), d(2024, 12, 1)))
        );
    }

    #[test]
    fn without_publication_date() {
        let t = one("a military coup last July", None);
        assert_eq!(t.interval, None);
        assert_eq!(t.direction, -1);
        let t = one("in October 2001", None);
        assert_eq!(t.interval, Some((d(2001, 10, 1), d(2001, 10, 31))));
        assert_eq!(t.direction, -1);
    }

    #[test]
    fn future_reference_moves_forward() {
        let v = find("they will leave on Monday", Some(d(2024, 4, 13)), true);
        assert_eq!(v[0].interval, Some((d(2024, 4, 15), d(2024, 4, 15))));
    }
}
