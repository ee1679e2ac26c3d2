#!/bin/sh
# Tokens per second on one core: analysis alone (tokenize, tag, lemmatise) against analysis
# plus dependency parsing, on a sample of the BBC corpus; prints medians.
#
# usage: benches/parse_speed.sh [BBC_JSONL] [ARTICLES] [RUNS]
set -eu
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/data/corpora/bbc/bbc_articles.jsonl}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release -q -p newskg-text --example parse_speed
exec "$CARGO_TARGET_DIR/release/examples/parse_speed" "$CORPUS" "${2:-300}" "${3:-5}"
