//! Inspects and saves gazetteers.
//!
//! ```text
//! gazetteer info FILE          entities, names, build or load time, memory per name
//! gazetteer save FILE OUT      builds FILE (.jsonl, .tsv) and saves it to OUT, which loads fast
//! ```

use std::process::ExitCode;
use std::time::Instant;

use gazette::Gazetteer;

fn open(path: &str) -> Result<Gazetteer, gazette::Error> {
    if path.ends_with(".jsonl") || path.ends_with(".json") || path.ends_with(".tsv") || path.ends_with(".txt") {
        Gazetteer::from_path(path)
    } else {
        Gazetteer::load(path)
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, path] if cmd == "info" => {
            let t = Instant::now();
            let g = open(path).map_err(|e| e.to_string())?;
            let elapsed = t.elapsed();
            let text: usize =
                g.entities().map(|e| e.name.len() + e.aliases.iter().map(String::len).sum::<usize>()).sum();
            let names = g.name_count();
            println!("{path}: {} entities, {names} names ({:.1} MB of name text)", g.len(), text as f64 / 1e6);
            println!("ready to match in {:.2} s", elapsed.as_secs_f64());
            println!(
                "memory: {:.1} MB, {:.0} bytes per name beyond the names' own text",
                g.memory_usage() as f64 / 1e6,
                (g.memory_usage() - text) as f64 / names.max(1) as f64
            );
            Ok(())
        }
        [cmd, path, out] if cmd == "save" => {
            let t = Instant::now();
            let g = open(path).map_err(|e| e.to_string())?;
            let built = t.elapsed();
            g.save(out).map_err(|e| e.to_string())?;
            let t = Instant::now();
            Gazetteer::load(out).map_err(|e| e.to_string())?;
            println!(
                "{path}: built in {:.2} s; saved to {out} ({:.1} MB), which loads ready to match in {:.2} s",
                built.as_secs_f64(),
                std::fs::metadata(out).map(|m| m.len()).unwrap_or(0) as f64 / 1e6,
                t.elapsed().as_secs_f64()
            );
            Ok(())
        }
        _ => Err("usage: gazetteer info FILE | gazetteer save FILE OUT".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gazetteer: {e}");
            ExitCode::FAILURE
        }
    }
}
