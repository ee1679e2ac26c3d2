//! Measures tokens per second on one core for the analysis alone (tokens, tags, lemmas)
//! and for the analysis plus dependency parsing, on a sample of articles.
//!
//! usage: parse_speed JSONL [ARTICLES] [RUNS] — prints the median of RUNS runs of each.

use newskg_text::analyze::{analyze, analyze_parsed, Doc};
use std::io::BufRead;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time(texts: &[String], f: fn(&str) -> Doc, runs: usize) -> (f64, usize) {
    let mut rates = Vec::new();
    let mut tokens = 0;
    for _ in 0..runs {
        let start = Instant::now();
        tokens = texts.iter().map(|t| f(t).tokens.len()).sum();
        rates.push(tokens as f64 / start.elapsed().as_secs_f64());
    }
    (median(rates), tokens)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .expect("usage: parse_speed JSONL [ARTICLES] [RUNS]");
    let n: usize = args.get(2).map_or(300, |a| a.parse().expect("ARTICLES"));
    let runs: usize = args.get(3).map_or(5, |a| a.parse().expect("RUNS"));
    let file = std::fs::File::open(path).expect("opening the corpus");
    let texts: Vec<String> = std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .take(n)
        .collect();
    // Load both models before timing.
    analyze_parsed("Warm up.");
    let (tag, tokens) = time(&texts, analyze, runs);
    let (parse, _) = time(&texts, analyze_parsed, runs);
    println!(
        "{} articles, {tokens} tokens, median of {runs} runs, one core:",
        texts.len()
    );
    println!("  tokenize+tag+lemma:        {tag:>9.0} tokens/s");
    println!("  tokenize+tag+lemma+parse:  {parse:>9.0} tokens/s");
    println!(
        "  parsing alone:             {:>9.0} tokens/s",
        1.0 / (1.0 / parse - 1.0 / tag)
    );
}
