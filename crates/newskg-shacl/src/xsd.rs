//! XSD datatypes: which lexical forms are valid (every datatype RDF 1.1 lists), and how
//! two literals compare — numbers exactly (decimals as digit strings, no floating point
//! unless a float or double is involved), dates and times by XSD's timezone rules (a value
//! without a timezone and one with it are incomparable when the ±14:00 window leaves the
//! order open), plain strings and booleans.

use oxrdf::{Literal, LiteralRef};
use regex::Regex;
use std::cmp::Ordering;
use std::sync::OnceLock;

/// The XSD namespace.
pub(crate) const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The timezone suffix of the date and time types.
const TZ: &str = r"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?";
/// A year (four digits at least, no leading zero beyond four).
const YEAR: &str = r"-?([1-9][0-9]{3,}|0[0-9]{3})";
/// A time of day, `24:00:00` included.
const TIME: &str = r"(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)";

/// The lexical-space pattern of an XSD datatype (by local name), for those a regular
/// expression describes; the integer types, durations and names are checked in code.
fn pattern(local: &str) -> Option<&'static Regex> {
    static TABLE: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let day = "(0[1-9]|[12][0-9]|3[01])";
        let month = "(0[1-9]|1[0-2])";
        let src: Vec<(&'static str, String)> = vec![
            ("boolean", "true|false|1|0".into()),
            ("decimal", r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)".into()),
            ("float", r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?|[+-]?INF|NaN".into()),
            ("integer", r"[+-]?[0-9]+".into()),
            ("dateTime", format!("{YEAR}-{month}-{day}T{TIME}{TZ}")),
            ("date", format!("{YEAR}-{month}-{day}{TZ}")),
            ("time", format!("{TIME}{TZ}")),
            ("gYear", format!("{YEAR}{TZ}")),
            ("gYearMonth", format!("{YEAR}-{month}{TZ}")),
            ("gMonth", format!("--{month}{TZ}")),
            ("gMonthDay", format!("--{month}-{day}{TZ}")),
            ("gDay", format!("---{day}{TZ}")),
            ("hexBinary", "([0-9a-fA-F]{2})*".into()),
            ("language", "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*".into()),
            (
                "base64Binary",
                r"(([A-Za-z0-9+/] ?){4})*(([A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]|([A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=|[A-Za-z0-9+/] ?[AQgw] ?= ?=)?".into(),
            ),
        ];
        src.into_iter()
            .map(|(k, p)| (k, Regex::new(&format!("^({p})$")).expect("a valid pattern")))
            .collect()
    });
    let local = match local {
        "double" => "float",
        "dateTimeStamp" => "dateTime",
        l => l,
    };
    table.iter().find(|(k, _)| *k == local).map(|(_, r)| r)
}

/// The inclusive bounds of an integer type (by local name); `None` for other types.
fn integer_bounds(local: &str) -> Option<(Option<i128>, Option<i128>)> {
    let b = |lo: i128, hi: i128| Some((Some(lo), Some(hi)));
    match local {
        "integer" => Some((None, None)),
        "nonNegativeInteger" => Some((Some(0), None)),
        "positiveInteger" => Some((Some(1), None)),
        "nonPositiveInteger" => Some((None, Some(0))),
        "negativeInteger" => Some((None, Some(-1))),
        "long" => b(i64::MIN.into(), i64::MAX.into()),
        "int" => b(i32::MIN.into(), i32::MAX.into()),
        "short" => b(i16::MIN.into(), i16::MAX.into()),
        "byte" => b(i8::MIN.into(), i8::MAX.into()),
        "unsignedLong" => b(0, u64::MAX.into()),
        "unsignedInt" => b(0, u32::MAX.into()),
        "unsignedShort" => b(0, u16::MAX.into()),
        "unsignedByte" => b(0, u8::MAX.into()),
        _ => None,
    }
}

/// Whether a datatype (by local name) is one of XSD's numeric types.
fn is_numeric(local: &str) -> bool {
    matches!(local, "decimal" | "float" | "double") || integer_bounds(local).is_some()
}

/// Whether `v` is a valid lexical form of the datatype IRI `dt`. Datatypes outside XSD
/// (`rdf:HTML`, `rdf:langString`, …) and XSD types without a lexical rule here (`string`,
/// `anyURI`) accept every form.
pub(crate) fn well_formed(dt: &str, v: &str) -> bool {
    let Some(local) = dt.strip_prefix(XSD) else {
        return true;
    };
    if let Some((lo, hi)) = integer_bounds(local) {
        return integer_in(v, lo, hi);
    }
    match local {
        "normalizedString" => !v.contains(['\n', '\r', '\t']),
        "token" => is_token(v),
        "NMTOKEN" => !v.is_empty() && v.chars().all(name_char),
        "Name" => is_name(v, true),
        "NCName" => is_name(v, false),
        "duration" | "yearMonthDuration" | "dayTimeDuration" => duration(local, v),
        "dateTimeStamp" => pattern(local).is_some_and(|r| r.is_match(v)) && has_tz(v) && day_ok(v),
        "dateTime" | "date" => pattern(local).is_some_and(|r| r.is_match(v)) && day_ok(v),
        "gMonthDay" => pattern(local).is_some_and(|r| r.is_match(v)) && month_day_ok(v),
        l => pattern(l).is_none_or(|r| r.is_match(v)),
    }
}

/// Whether `v` is an integer's lexical form within the bounds (checked exactly).
fn integer_in(v: &str, lo: Option<i128>, hi: Option<i128>) -> bool {
    if !pattern("integer").is_some_and(|r| r.is_match(v)) {
        return false;
    }
    let neg = v.starts_with('-');
    let digits = v.trim_start_matches(['+', '-']).trim_start_matches('0');
    let n: Option<i128> = if digits.len() > 38 {
        None
    } else {
        Some(digits.parse::<i128>().unwrap_or(0) * if neg { -1 } else { 1 })
    };
    match n {
        Some(n) => lo.is_none_or(|lo| n >= lo) && hi.is_none_or(|hi| n <= hi),
        // Too long for any bounded type: fine only where that side is unbounded.
        None => (neg && lo.is_none()) || (!neg && hi.is_none()),
    }
}

/// A token: no line breaks or tabs, no leading, trailing or doubled spaces.
fn is_token(v: &str) -> bool {
    !v.contains(['\n', '\r', '\t']) && !v.starts_with(' ') && !v.ends_with(' ') && !v.contains("  ")
}

/// A character XML allows in names.
fn name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '.' | '_' | ':' | '\u{B7}')
}

/// An XML name (`colon` allowed) or NCName (no colon).
fn is_name(v: &str, colon: bool) -> bool {
    let mut cs = v.chars();
    let first_ok = cs
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || (colon && c == ':'));
    first_ok && cs.all(|c| name_char(c) && (colon || c != ':'))
}

/// Whether a date or date-time names a day its month has (leap years counted).
fn day_ok(v: &str) -> bool {
    let body = v.strip_prefix('-').unwrap_or(v);
    let mut parts = body.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i64>(), m.parse::<u32>(), d[..2].parse::<u32>()) else {
        return false;
    };
    // The Gregorian calendar repeats every 400 years, so the year modulo 400 decides.
    let y = y.rem_euclid(400) as i32 + 2000;
    chrono::NaiveDate::from_ymd_opt(y, m, d).is_some()
}

/// Whether a `--MM-DD` names a day its month can have (29 February included).
fn month_day_ok(v: &str) -> bool {
    let (Ok(m), Ok(d)) = (v[2..4].parse::<u32>(), v[5..7].parse::<u32>()) else {
        return false;
    };
    chrono::NaiveDate::from_ymd_opt(2000, m, d).is_some()
}

/// Whether a date or time value carries a timezone.
fn has_tz(v: &str) -> bool {
    tz_split(v).1.is_some()
}

/// Whether `v` is a duration of the given kind (`duration`, `yearMonthDuration` or
/// `dayTimeDuration`).
fn duration(kind: &str, v: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"^-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$",
        )
        .expect("a valid pattern")
    });
    let Some(c) = re.captures(v) else {
        return false;
    };
    let has = |i: usize| c.get(i).is_some();
    let date_part = has(1) || has(2) || has(3);
    let time_part = has(5) || has(6) || has(7);
    if has(4) && !time_part {
        return false; // "PT" with nothing after the T
    }
    match kind {
        "yearMonthDuration" => (has(1) || has(2)) && !has(3) && !has(4),
        "dayTimeDuration" => !has(1) && !has(2) && (has(3) || time_part),
        _ => date_part || time_part,
    }
}

/// A decimal number held exactly: sign, integer digits without leading zeros, fraction
/// digits without trailing zeros.
#[derive(Debug, PartialEq, Eq)]
struct Decimal {
    negative: bool,
    int: String,
    frac: String,
}

impl Decimal {
    /// Reads a decimal or integer lexical form.
    fn parse(v: &str) -> Option<Decimal> {
        if !pattern("decimal").is_some_and(|r| r.is_match(v)) {
            return None;
        }
        let negative = v.starts_with('-');
        let body = v.trim_start_matches(['+', '-']);
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let int = int.trim_start_matches('0').to_string();
        let frac = frac.trim_end_matches('0').to_string();
        let zero = int.is_empty() && frac.is_empty();
        Some(Decimal {
            negative: negative && !zero,
            int,
            frac,
        })
    }

    /// Orders two decimals exactly.
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => return Ordering::Greater,
            (true, false) => return Ordering::Less,
            _ => {}
        }
        let magnitude = self
            .int
            .len()
            .cmp(&other.int.len())
            .then_with(|| self.int.cmp(&other.int))
            .then_with(|| self.frac.cmp(&other.frac));
        if self.negative {
            magnitude.reverse()
        } else {
            magnitude
        }
    }
}

/// Orders two numeric literals: exactly when both are decimals or integers, as doubles
/// when a float or double is involved (SPARQL's numeric promotion).
fn compare_numbers(a: LiteralRef<'_>, ta: &str, b: LiteralRef<'_>, tb: &str) -> Option<Ordering> {
    if !well_formed(a.datatype().as_str(), a.value())
        || !well_formed(b.datatype().as_str(), b.value())
    {
        return None;
    }
    let floating = |t: &str| matches!(t, "float" | "double");
    if floating(ta) || floating(tb) {
        let f = |v: &str| match v {
            "INF" | "+INF" => Some(f64::INFINITY),
            "-INF" => Some(f64::NEG_INFINITY),
            v => v.parse::<f64>().ok(),
        };
        return f(a.value())?.partial_cmp(&f(b.value())?);
    }
    Some(Decimal::parse(a.value())?.cmp(&Decimal::parse(b.value())?))
}

/// Splits a date or time lexical form into its local part and its timezone offset in
/// minutes (`None` when it has no timezone).
fn tz_split(v: &str) -> (&str, Option<i64>) {
    if let Some(local) = v.strip_suffix('Z') {
        return (local, Some(0));
    }
    if v.len() > 6 {
        let (local, tz) = v.split_at(v.len() - 6);
        let b = tz.as_bytes();
        if (b[0] == b'+' || b[0] == b'-') && b[3] == b':' {
            if let (Ok(h), Ok(m)) = (tz[1..3].parse::<i64>(), tz[4..6].parse::<i64>()) {
                let sign = if b[0] == b'-' { -1 } else { 1 };
                return (local, Some(sign * (h * 60 + m)));
            }
        }
    }
    (v, None)
}

/// A date or time as a local timestamp plus an optional timezone offset (minutes).
struct Moment {
    local: chrono::NaiveDateTime,
    tz: Option<i64>,
}

impl Moment {
    /// Reads an `xsd:dateTime`, `xsd:dateTimeStamp`, `xsd:date` or `xsd:time` (by local
    /// name); `None` when ill-formed or outside chrono's years.
    fn parse(kind: &str, v: &str) -> Option<Moment> {
        if !well_formed(&format!("{XSD}{kind}"), v) {
            return None;
        }
        let (local, tz) = tz_split(v);
        let local = match kind {
            "date" => chrono::NaiveDate::parse_from_str(local, "%Y-%m-%d")
                .ok()?
                .and_hms_opt(0, 0, 0)?,
            "time" => date_time(&format!("1972-12-31T{local}"))?,
            _ => date_time(local)?,
        };
        Some(Moment { local, tz })
    }

    /// The instant in UTC, taking an absent timezone as `assumed` minutes.
    fn utc(&self, assumed: i64) -> chrono::NaiveDateTime {
        self.local - chrono::Duration::minutes(self.tz.unwrap_or(assumed))
    }

    /// Orders two moments by XSD's rules: with or without timezones on both sides they
    /// compare directly; when only one has a timezone, the other is tried at +14:00 and
    /// -14:00 and the order holds only if both agree.
    fn cmp(&self, other: &Moment) -> Option<Ordering> {
        match (self.tz, other.tz) {
            (Some(_), Some(_)) | (None, None) => Some(self.utc(0).cmp(&other.utc(0))),
            _ => {
                let early = self.utc(14 * 60).cmp(&other.utc(14 * 60));
                let late = self.utc(-14 * 60).cmp(&other.utc(-14 * 60));
                (early == late && early != Ordering::Equal).then_some(early)
            }
        }
    }
}

/// A local date-time, `24:00:00` read as midnight of the next day.
fn date_time(v: &str) -> Option<chrono::NaiveDateTime> {
    let (day, time) = v.split_once('T')?;
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    if time.starts_with("24:") {
        return d.succ_opt()?.and_hms_opt(0, 0, 0);
    }
    chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S%.f").ok()
}

/// Orders two literals as SPARQL's `<` would: numbers (all XSD numeric types, exactly),
/// dates, times and date-times (XSD's timezone rules), strings without a language tag,
/// booleans. `None` when they cannot be compared.
pub(crate) fn compare(a: &Literal, b: &Literal) -> Option<Ordering> {
    let (a, b) = (a.as_ref(), b.as_ref());
    let ta = a.datatype().as_str().strip_prefix(XSD);
    let tb = b.datatype().as_str().strip_prefix(XSD);
    let (ta, tb) = (ta?, tb?);
    if is_numeric(ta) && is_numeric(tb) {
        return compare_numbers(a, ta, b, tb);
    }
    let moment = |t: &str| matches!(t, "dateTime" | "dateTimeStamp");
    if (moment(ta) && moment(tb)) || (ta == tb && matches!(ta, "date" | "time")) {
        return Moment::parse(ta, a.value())?.cmp(&Moment::parse(tb, b.value())?);
    }
    if ta != tb || a.language().is_some() || b.language().is_some() {
        return None;
    }
    match ta {
        "string" => Some(a.value().cmp(b.value())),
        "boolean" => {
            let v = |s: &str| matches!(s, "true" | "1");
            well_formed(a.datatype().as_str(), a.value()).then(|| v(a.value()).cmp(&v(b.value())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(v: &str, t: &str) -> Literal {
        Literal::new_typed_literal(v, oxrdf::NamedNode::new_unchecked(format!("{XSD}{t}")))
    }

    #[test]
    fn lexical_forms() {
        let x = |t: &str| format!("{XSD}{t}");
        assert!(!well_formed(&x("byte"), "300"));
        assert!(!well_formed(&x("int"), "x"));
        assert!(well_formed(&x("unsignedShort"), "65535"));
        assert!(!well_formed(&x("unsignedShort"), "-1"));
        assert!(well_formed(&x("date"), "2024-02-29"));
        assert!(!well_formed(&x("date"), "2023-02-29"));
        assert!(well_formed(&x("dayTimeDuration"), "P1DT2H"));
        assert!(!well_formed(&x("yearMonthDuration"), "P1D"));
        assert!(!well_formed(&x("duration"), "PT"));
        assert!(!well_formed(&x("hexBinary"), "abc"));
        assert!(!well_formed(&x("dateTimeStamp"), "2002-10-10T12:00:00"));
    }

    #[test]
    fn numbers_compare_exactly() {
        let a = lit("9007199254740993", "integer");
        let b = lit("9007199254740992", "integer");
        assert_eq!(compare(&a, &b), Some(Ordering::Greater));
        assert_eq!(
            compare(&lit("4.0", "decimal"), &lit("4", "unsignedShort")),
            Some(Ordering::Equal)
        );
        assert_eq!(
            compare(&lit("-0.5", "decimal"), &lit("-0.25", "decimal")),
            Some(Ordering::Less)
        );
    }

    #[test]
    fn timezones_follow_xsd() {
        let with = lit("2002-10-10T12:00:00-05:00", "dateTime");
        let without = lit("2002-10-10T12:00:00", "dateTime");
        assert_eq!(compare(&with, &without), None);
        let early = lit("2002-10-09T12:00:00-05:00", "dateTime");
        assert_eq!(compare(&early, &without), Some(Ordering::Less));
    }
}
