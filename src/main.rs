//! The `impact-brief` binary: parse the command line, run, exit with the outcome's code.

use std::process::ExitCode;

// Typst allocates and frees many small objects per page; mimalloc does that markedly faster
// than the system allocator, which shows in batch runs (see bench/run.sh). The
// `system-allocator` feature leaves it out, for heap profilers (bench/heap.sh).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = impact_brief::cli::parse();
    impact_brief::app::run(cli)
}
