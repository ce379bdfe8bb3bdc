//! The `gazette` command: see `gazette --help`, and `gazette::cli::run`, which does the work.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(gazette::cli::run(std::env::args_os()))
}
