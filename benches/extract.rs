//! Extraction per article: analyse, extract and map the bundled example articles (no
//! store). Run with `cargo bench --bench extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn articles() -> Vec<newskg::source::Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        for item in newskg::source::read_input(&p, &Default::default(), true).unwrap() {
            if let newskg::source::Item::Article(a) = item {
                out.push(*a);
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let arts = articles();
    // Load the tagger, lexicons and gazetteer once, outside the measurement.
    newskg::ingest::process(arts[0].clone(), None);
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("analyze+extract+map, 3 example articles", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(newskg::ingest::process(a.clone(), None));
            }
        })
    });
    g.bench_function("analyze only", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(newskg::analyze::analyze(&a.text));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
