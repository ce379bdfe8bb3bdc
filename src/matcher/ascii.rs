//! The scan's fast path over ASCII words: sixteen bytes classified at once (SSE2 on x86_64, where every
//! CPU has it; a scalar loop elsewhere), and the hash of a run of word bytes that ends within them.
//!
//! Why: most word starts of English news are short ASCII words, and the scan reads every one of them to
//! hash it for the filter. Classifying sixteen bytes with a handful of vector instructions costs less
//! than the eight-byte SWAR of `normalize::ascii_word_run`, which stays the path for longer runs.

use crate::normalize;

/// Sixteen bytes classified: bit `i` of a mask for byte `i`.
struct Chunk {
    /// ASCII word bytes (letters, digits, `_`).
    word: u32,
    /// Bytes of 0x80 or more.
    high: u32,
    /// The bytes with ASCII capitals lowered, little-endian: bytes 0..8 and 8..16.
    lowered: [u64; 2],
}

#[cfg(target_arch = "x86_64")]
#[inline]
fn classify(bytes: &[u8; 16]) -> Chunk {
    use std::arch::x86_64::*;
    // Rust before 1.87 asks for `unsafe` around every intrinsic, later ones only around the load.
    #[allow(unused_unsafe)]
    // SAFETY: SSE2 is part of the x86_64 baseline, so the intrinsics are available; the unaligned load
    // reads exactly the sixteen bytes of `bytes`.
    unsafe {
        let v = _mm_loadu_si128(bytes.as_ptr().cast());
        let splat = |b: u8| _mm_set1_epi8(b as i8);
        // Signed compares: bytes of 0x80 or more are negative, outside every range below. With the 0x20 bit
        // set, capitals read as small letters (and nothing else does).
        let within =
            |v, lo: u8, hi: u8| _mm_and_si128(_mm_cmpgt_epi8(v, splat(lo - 1)), _mm_cmplt_epi8(v, splat(hi + 1)));
        let letter = within(_mm_or_si128(v, splat(0x20)), b'a', b'z');
        let word = _mm_or_si128(_mm_or_si128(letter, within(v, b'0', b'9')), _mm_cmpeq_epi8(v, splat(b'_')));
        let lowered = _mm_or_si128(v, _mm_and_si128(letter, splat(0x20)));
        Chunk {
            word: _mm_movemask_epi8(word) as u32,
            high: _mm_movemask_epi8(v) as u32,
            lowered: [
                _mm_cvtsi128_si64(lowered) as u64,
                _mm_cvtsi128_si64(_mm_unpackhi_epi64(lowered, lowered)) as u64,
            ],
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn classify(bytes: &[u8; 16]) -> Chunk {
    let mut chunk = Chunk { word: 0, high: 0, lowered: [0; 2] };
    for (i, &b) in bytes.iter().enumerate() {
        chunk.word |= u32::from(b.is_ascii_alphanumeric() || b == b'_') << i;
        chunk.high |= u32::from(b >> 7) << i;
        chunk.lowered[i / 8] |= u64::from(b.to_ascii_lowercase()) << (8 * (i % 8));
    }
    chunk
}

/// A run of ASCII word bytes, read by [`word_run`].
pub(super) struct Run {
    /// Where it ends (at an ASCII byte that is not a word's), and its hash.
    pub(super) end: usize,
    pub(super) hash: u64,
    /// Its first byte lowered, and whether that was a capital.
    pub(super) first: u8,
    pub(super) capital: bool,
    /// Whether a word byte follows the byte at `end` (known from the sixteen read, so false when
    /// unknown): the gap is that one byte.
    pub(super) one_byte_gap: bool,
}

/// [`normalize::ascii_word_run`] at the ASCII word byte `pos`, or `None` where `normalize::word_run`
/// must decide (a non-ASCII byte after the run, or the last bytes of the text).
#[inline]
pub(super) fn word_run(bytes: &[u8], pos: usize) -> Option<Run> {
    let long = |(end, hash)| {
        let b: u8 = bytes[pos];
        Run { end, hash, first: b.to_ascii_lowercase(), capital: b.is_ascii_uppercase(), one_byte_gap: false }
    };
    let Some(window) = bytes.get(pos..pos + 16) else { return normalize::ascii_word_run(bytes, pos).map(long) };
    let chunk = classify(window.try_into().ok()?);
    let run = (!chunk.word).trailing_zeros() as usize;
    if run == 16 {
        return normalize::ascii_word_run(bytes, pos).map(long);
    }
    if chunk.high >> run & 1 != 0 {
        return None;
    }
    Some(Run {
        end: pos + run,
        hash: normalize::short_ascii_run_hash(chunk.lowered, run),
        first: chunk.lowered[0] as u8,
        capital: window[0].is_ascii_uppercase(),
        one_byte_gap: chunk.word >> (run + 1) & 1 != 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_hash_as_the_normaliser_hashes_them() {
        // Every run length up to 20 and every kind of byte that may end one, in text of either case.
        let enders = [" ", ",", "-", "'", "é", "\u{301}", "_x", "9 ", "[", "@", "`", "{", "\n"];
        let mut seed = 1u64;
        for len in 1..=20 {
            for ender in enders {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let word: String =
                    (0..len).map(|i| b"abcXYZ09_QqmM"[((seed >> (i % 60)) % 13) as usize] as char).collect();
                for pad in [0, 3, 30] {
                    let text = format!("{word}{ender}{}", "tail ".repeat(pad));
                    let bytes = text.as_bytes();
                    let run = word_run(bytes, 0);
                    assert_eq!(run.as_ref().map(|r| (r.end, r.hash)), normalize::ascii_word_run(bytes, 0), "{text:?}");
                    // A word byte right after the run's first non-word byte, where the run says so.
                    let after = run.as_ref().and_then(|r| text.as_bytes().get(r.end + 1));
                    let word_after = after.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
                    assert!(run.is_none_or(|r| !r.one_byte_gap || word_after), "{text:?}");
                }
            }
        }
    }
}
