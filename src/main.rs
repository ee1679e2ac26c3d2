//! The `newskg` binary: parses arguments, sets up logging and calls [`newskg::app::run`].
//! Exit codes: 0 success, 1 runtime error, 2 usage error.

use clap::Parser;
use newskg::cli::Cli;
use std::io::Write;

/// mimalloc instead of the system allocator: the analysis makes many small, short-lived
/// allocations across the worker threads (whole BBC ingest 1.25x faster). Its `override`
/// feature makes it the C allocator too, which is required, not optional: oxigraph frees
/// RocksDB's C error strings through Rust's allocator (`CString::from_raw`), and with two
/// different allocators that crashed on "the store is in use" instead of saying so.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// No transparent huge pages: mimalloc asks for them, and each first touch of a 2 MB page
/// then zeroes all of it, although a run of newskg uses its memory thinly (a quarter of a
/// 300-article ingest's CPU time went to the kernel zeroing pages). Without them the whole
/// BBC ingest ran 1.12x faster and peaked at 203 MB instead of 258 MB (`benches/ab.py`,
/// median of 5). The flag holds for the process's memory from the next fault on.
#[cfg(target_os = "linux")]
fn no_huge_pages() {
    // SAFETY: prctl with PR_SET_THP_DISABLE reads only its integer arguments and sets a flag
    // of this process; its result is ignored (an older kernel without it changes nothing).
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn no_huge_pages() {}

fn main() {
    no_huge_pages();
    // A bug must not print a backtrace at users: one line, and the caller decides.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("newskg: internal error: {msg}{place}");
    }));
    let cli = Cli::parse();
    init_logging(cli.quiet, cli.verbose);
    if let Err(e) = newskg::app::run(cli) {
        // The reader went away (`newskg query … | head`): stop quietly, as ripgrep does.
        if e.is_broken_pipe() {
            return;
        }
        let line = e
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        eprintln!("newskg: error: {line}");
        std::process::exit(if e.is_usage() { 2 } else { 1 });
    }
}

fn init_logging(quiet: bool, verbose: u8) {
    let level = match (quiet, verbose) {
        (true, _) => log::LevelFilter::Error,
        (false, 0) => log::LevelFilter::Warn,
        (false, 1) => log::LevelFilter::Info,
        _ => log::LevelFilter::Debug,
    };
    env_logger::Builder::new()
        .filter_level(level)
        .format(|buf, r| {
            let level = r.level().as_str().to_lowercase();
            writeln!(buf, "newskg: {level}: {}", r.args())
        })
        .init();
}
