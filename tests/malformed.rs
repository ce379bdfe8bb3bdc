//! Malformed gazetteers: thousands of generated broken files, each an error that names the broken line,
//! never a panic.

use gazette::{ErrorKind, GazetteerBuilder};

/// A deterministic pseudo-random stream, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const GOOD_JSONL: &str = r#"{"id": "e%", "type": "GPE", "name": "Name %", "aliases": ["Alias %"]}"#;
const GOOD_TSV: &str = "Name %\tGPE\te%";

/// One broken line of the given format, and the kind of error it must give.
fn broken_line(rng: &mut Rng, jsonl: bool, allow_huge: bool) -> (Vec<u8>, ErrorKind) {
    let json = |s: &str| (s.as_bytes().to_vec(), ErrorKind::Json);
    let missing = |s: &str| (s.as_bytes().to_vec(), ErrorKind::MissingField);
    if jsonl {
        match rng.below(9) {
            0 => json(r#"{"id": "x", "type": "GPE", "name": "X""#),
            1 => json(r#"["id", "type", "name"]"#),
            2 => json(r#"{"id": 3, "type": "GPE", "name": "X"}"#),
            3 => missing(r#"{"id": "x", "type": "GPE"}"#),
            4 => (br#"{"id": "x", "type": "GPE", "name": " "}"#.to_vec(), ErrorKind::EmptyName),
            5 => (br#"{"id": "e0", "type": "ORG", "name": "Other"}"#.to_vec(), ErrorKind::ConflictingType),
            6 => (b"{\"id\": \"x\", \"type\": \"GPE\", \"name\": \"\xff\xfe\"}".to_vec(), ErrorKind::InvalidUtf8),
            7 if allow_huge => {
                // A 10 MB line of JSON that never closes.
                let mut line = br#"{"id": "x", "type": "GPE", "name": ""#.to_vec();
                line.resize(10 * 1024 * 1024, b'a');
                (line, ErrorKind::Json)
            }
            _ => json("not json at all"),
        }
    } else {
        match rng.below(7) {
            0 => (b"Name without tabs".to_vec(), ErrorKind::MissingTab),
            1 => (b"Name\tGPE".to_vec(), ErrorKind::MissingTab),
            2 => (b"Name\tGPE\tid\textra".to_vec(), ErrorKind::MissingTab),
            3 => (b"\tGPE\tid".to_vec(), ErrorKind::EmptyName),
            4 => (b"Name\tORG\te0".to_vec(), ErrorKind::ConflictingType),
            5 => (b"Na\xc3me\tGPE\tid".to_vec(), ErrorKind::InvalidUtf8),
            6 if allow_huge => {
                let mut line = vec![b'x'; 10 * 1024 * 1024];
                line.extend_from_slice(b"\tGPE");
                (line, ErrorKind::MissingTab)
            }
            _ => (b"Name\tGPE\tid\t\t".to_vec(), ErrorKind::MissingTab),
        }
    }
}

#[test]
fn ten_thousand_broken_gazetteers_each_give_an_error_with_its_line() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut huge = 0;
    let mut cases = 0;
    while cases < 10_000 {
        let jsonl = rng.below(2) == 0;
        // A few 10 MB lines are enough to show they are handled; thousands would only be slow.
        let (bad, kind) = broken_line(&mut rng, jsonl, huge < 4);
        huge += usize::from(bad.len() > 1_000_000);
        cases += 1;
        let good_lines = rng.below(20);
        let bad_at = rng.below(good_lines + 1);
        let mut file = Vec::new();
        let mut bad_line_number = 0;
        for i in 0..=good_lines {
            if i == bad_at {
                file.extend_from_slice(&bad);
                bad_line_number = i + 1;
            } else {
                let good = if jsonl { GOOD_JSONL } else { GOOD_TSV };
                file.extend_from_slice(good.replace('%', &i.to_string()).as_bytes());
            }
            file.push(if rng.below(10) == 0 { b'\r' } else { b'\n' });
            if file.last() == Some(&b'\r') {
                file.push(b'\n');
            }
        }
        let mut builder = GazetteerBuilder::new();
        // The first good line may come after the bad one; give "e0" its GPE type up front so that a
        // conflicting type is a conflict wherever it stands.
        builder.add(gazette::Entity::new("e0", "GPE", "Zero")).unwrap();
        let result = if jsonl { builder.add_jsonl(&file[..], None) } else { builder.add_tsv(&file[..], None) };
        let err = match result {
            Ok(_) => panic!("case {cases}: no error for {:?}", String::from_utf8_lossy(&bad[..bad.len().min(80)])),
            Err(e) => e,
        };
        assert_eq!(err.kind(), kind, "case {cases}: {err}");
        assert_eq!(err.line(), Some(bad_line_number), "case {cases}: {err}");
        assert!(err.to_string().starts_with(&format!("line {bad_line_number}: ")), "case {cases}: {err}");
    }
}
