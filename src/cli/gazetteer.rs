//! `gazette gazetteer`: builds gazetteers into the saved form that loads fast, and inspects them.

use std::time::Instant;

use crate::{Gazetteer, GazetteerBuilder};

/// The examples of `gazette gazetteer --help`.
pub(crate) const EXAMPLES: &str = "\
Examples:
  gazette gazetteer build names.tsv names.gaz    a gazetteer saved in the form that loads fast
  gazette gazetteer info names.gaz               its entities, names, memory and load time
  gazette extract --gazetteer names.tsv a.txt    a gazetteer file used as it is
  gazette extract --no-default -g names.gaz a.txt   a saved one, alone: loaded, not built again";

/// Builds and inspects gazetteers.
#[derive(clap::Subcommand)]
pub(crate) enum Command {
    /// Builds the gazetteer of one or more .jsonl or .tsv files and saves it to OUT, which loads fast
    #[command(
        alias = "save",
        after_help = "\
Examples:
  gazette gazetteer build names.tsv names.gaz
  gazette gazetteer build people.jsonl places.tsv all.gaz

Entities with the same id in several files are merged, as GazetteerBuilder::add_path does.
Exit codes: 0 saved, 1 an input or OUT failed, 2 usage error."
    )]
    Build {
        /// Gazetteer files (.jsonl, .tsv, or saved ones to merge)
        #[arg(value_name = "IN", required = true)]
        inputs: Vec<String>,
        /// The saved gazetteer to write
        #[arg(value_name = "OUT")]
        out: String,
    },
    /// Prints a gazetteer's entities, names, build or load time, and memory per name
    #[command(after_help = "\
Examples:
  gazette gazetteer info names.tsv    built from JSONL or TSV (by extension)
  gazette gazetteer info names.gaz    loaded from a saved gazetteer (any other name)

Exit codes: 0 done, 1 FILE failed, 2 usage error.")]
    Info {
        /// A gazetteer: .jsonl, .json, .tsv or .txt, or a saved one
        #[arg(value_name = "FILE")]
        path: String,
    },
}

/// Runs `gazette gazetteer` and returns its exit code.
pub(crate) fn run(command: &Command) -> u8 {
    let done = match command {
        Command::Info { path } => info(path),
        Command::Build { inputs, out } => build(inputs, out),
    };
    match done {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("gazetteer: {e}");
            1
        }
    }
}

fn info(path: &str) -> crate::Result<()> {
    let t = Instant::now();
    let g = Gazetteer::from_path(path)?;
    let elapsed = t.elapsed();
    let text: usize = g.entities().map(|e| e.name.len() + e.aliases.iter().map(String::len).sum::<usize>()).sum();
    let names = g.name_count();
    println!("{path}: {} entities, {names} names ({:.1} MB of name text)", g.len(), text as f64 / 1e6);
    println!("ready to match in {:.2} s", elapsed.as_secs_f64());
    println!(
        "memory: {:.1} MB, {:.0} bytes per name beyond the names' own text",
        g.memory_usage() as f64 / 1e6,
        (g.memory_usage().saturating_sub(text)) as f64 / names.max(1) as f64
    );
    Ok(())
}

fn build(inputs: &[String], out: &str) -> crate::Result<()> {
    let t = Instant::now();
    let mut builder = GazetteerBuilder::new();
    for path in inputs {
        builder.add_path(path)?;
    }
    let g = builder.build()?;
    let built = t.elapsed();
    g.save(out)?;
    let t = Instant::now();
    Gazetteer::load(out)?;
    println!(
        "{}: built in {:.2} s; saved to {out} ({:.1} MB), which loads ready to match in {:.2} s",
        inputs.join(", "),
        built.as_secs_f64(),
        std::fs::metadata(out).map(|m| m.len()).unwrap_or(0) as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
