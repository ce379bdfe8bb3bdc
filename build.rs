//! Tells the tests that read the shared data beside the project (`../shared`, or `GAZETTE_SHARED`: the
//! seed article and the evaluation corpus) whether it is there, as the cfgs `gazette_seed` and
//! `gazette_eval`, and where, as `GAZETTE_SHARED_DIR`. Without the data those tests show as ignored, with
//! the reason, instead of passing without having run; with `GAZETTE_REQUIRE_SHARED` set (as `make test`
//! sets it when it sees the data) they run, and fail if the data is then missing. The library itself
//! reads none of it.

use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(gazette_seed, gazette_eval)");
    println!("cargo::rerun-if-env-changed=GAZETTE_SHARED");
    println!("cargo::rerun-if-env-changed=GAZETTE_REQUIRE_SHARED");
    let dir = match env::var_os("GAZETTE_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => {
            PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../shared")
        }
    };
    let require = env::var_os("GAZETTE_REQUIRE_SHARED").is_some();
    for (cfg, file) in [("gazette_seed", "seed/article.txt"), ("gazette_eval", "eval/polnear_train.jsonl")] {
        let path = dir.join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        if require || path.exists() {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
    println!("cargo::rustc-env=GAZETTE_SHARED_DIR={}", dir.display());
}
