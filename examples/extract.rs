//! `gazette extract`, under the name that older commands use:
//! `cargo run --release --example extract -- ARGS` runs `gazette extract ARGS` (see `gazette extract --help`).
//! The command itself is the `gazette` binary (`cargo build --release --features cli`).

fn main() -> std::process::ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    args.insert(1, "extract".into());
    std::process::ExitCode::from(gazette::cli::run(args))
}
