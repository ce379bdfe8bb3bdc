//! The `gazette` command: its arguments, and the subcommands that [`run`] dispatches to.
//!
//! The binary (`src/bin/gazette.rs`) and the Python console script (`gazette`, `python -m gazette`) both
//! call [`run`], so the command is one piece of Rust code wherever it is installed from.
//!
//! The arguments are parsed by clap (derive): it gives `--help` at every level, `--version`, usage errors
//! with exit code 2 and suggestions for misspelt options, from the same declarations that document them.
//! lexopt would have left all of that to be written by hand here.

mod corpus;
mod csv;
mod extract;
mod gazetteer;
mod jsonl;
mod progress;
mod reading;
mod report;
mod speakers;

use std::ffi::OsString;
use std::io::Write;

use clap::{Parser, Subcommand};

/// Who is mentioned in news text, and who said what.
#[derive(Parser)]
#[command(
    name = "gazette",
    version,
    propagate_version = true,
    after_help = "\
Examples:
  gazette extract article.txt                      a readable report of one text
  gazette extract --jsonl < docs.jsonl > out.jsonl one JSON line per {\"id\", \"text\"} line
  gazette speakers --jsonl corpus.jsonl --top 20   who is quoted most, how and through which media
  gazette gazetteer build names.tsv names.gaz      a gazetteer saved to load fast
  gazette gazetteer info names.gaz                 its entities, names, memory and load time

`gazette COMMAND --help` says more about each command."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract(extract::Args),
    Speakers(speakers::Args),
    #[command(subcommand, after_help = gazetteer::EXAMPLES)]
    Gazetteer(gazetteer::Command),
}

/// Runs the `gazette` command line `args` (the program's name first, as in [`std::env::args_os`]) and
/// returns its exit code: 0 when every input was processed, 1 when some input or a gazetteer failed,
/// 2 for a usage error.
///
/// Output goes to the process's stdout and stderr, and stdout is flushed before `run` returns, so that a
/// caller that is not a Rust binary (the Python console script) loses none of it. A reader that closes the
/// pipe early (`gazette extract ... | head`) ends the run with exit code 0: it has what it wanted.
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` and `--version` are "errors" that print to stdout with exit code 0.
            let _ = e.print();
            let _ = std::io::stdout().flush();
            return e.exit_code().try_into().unwrap_or(2);
        }
    };
    let code = match cli.command {
        Command::Extract(args) => exit_code("extract", extract::run(&args)),
        Command::Speakers(args) => exit_code("speakers", speakers::run(&args)),
        Command::Gazetteer(command) => gazetteer::run(&command),
    };
    let _ = std::io::stdout().flush();
    code
}

/// The exit code of a run that ended with `result`; `name` prefixes the message of an I/O error.
fn exit_code(name: &str, result: std::io::Result<bool>) -> u8 {
    match result {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("{name}: {e}");
            1
        }
    }
}
