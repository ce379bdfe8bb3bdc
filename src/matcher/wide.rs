//! The scan's wide path, on x86-64 CPUs with AVX-512: plain ASCII text 64 bytes at a time, every word that
//! starts in the first 48 of them hashed and tested against the filter eight words at once.
//!
//! Why: the sixteen-byte fast path (`ascii`) reads one word after another, each waiting for the end of
//! the one before it, and gives each its own hash and filter probe: about 10 ns a word, two thirds of a
//! scan at 30k names. Here the words of a window are found from its masks, their bytes gathered into
//! lanes by one byte permutation, and their hashes (the same as `normalize::short_ascii_run_hash`) and
//! filter probes computed in eight lanes. Only the few words that some name opens with go on, one at a
//! time as before: each is kept as a walk start with its head (it and the next word) read at once.
//!
//! A window is taken only when it is plain: no byte of 0x80 or more (a non-ASCII letter, a combining mark,
//! an ignorable character), no word of 16 bytes or more starting in its first 48. Elsewhere the other
//! paths read the text as before, so what the scan finds does not depend on the path that read it. A
//! non-word byte that may start a name (`Matcher::other_first`: at 1M names the apostrophe of "'Asīr",
//! in one window in eight of English news) is a walk start, as on the other paths.

#[cfg(target_arch = "x86_64")]
use super::{Fast, Matcher, Scan, filter::Start};
use crate::normalize::{ASCII_CLASS, ASCII_FOLDED, Class};

/// A matcher's wide path, on a CPU that has it: with the non-word ASCII bytes that may start a name (top
/// bit set), a table that a window looks its bytes up in.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
pub(super) struct Wide {
    other_first: Option<[u8; 128]>,
}

impl Wide {
    /// The wide path for names whose keys start with the bytes of `other_first` at a non-word unit
    /// (`Matcher::other_first`), or `None` when this CPU does not have it. Made once, with the matcher.
    pub(super) fn new(other_first: &[bool; 256]) -> Option<Wide> {
        if !available() {
            return None;
        }
        let other_first = other_first.iter().any(|&b| b).then(|| {
            let mut table = [0u8; 128];
            for (b, t) in table.iter_mut().enumerate() {
                if ASCII_CLASS[b] == Class::Other && other_first[ASCII_FOLDED[b] as usize] {
                    *t = 0x80;
                }
            }
            table
        });
        Some(Wide { other_first })
    }

    /// [`Matcher::wide_words`], which a `Wide` may call: it exists only where the CPU has the features.
    #[cfg(target_arch = "x86_64")]
    pub(super) fn words(
        &self,
        m: &Matcher,
        text: &str,
        scan: &mut Scan,
        batch: &mut Vec<Start>,
        scratch: &mut Vec<u8>,
    ) -> Fast {
        // SAFETY: a `Wide` is only made when `available` says the CPU has the features.
        unsafe { m.wide_words(text, scan, batch, self, scratch) }
    }
}

/// Whether this CPU has the instructions of the wide path (`std` caches the answers).
#[cfg(target_arch = "x86_64")]
fn available() -> bool {
    is_x86_feature_detected!("avx512f")
        && is_x86_feature_detected!("avx512bw")
        && is_x86_feature_detected!("avx512dq")
        && is_x86_feature_detected!("avx512vbmi")
        && is_x86_feature_detected!("avx512vbmi2")
        && is_x86_feature_detected!("popcnt")
}

#[cfg(not(target_arch = "x86_64"))]
fn available() -> bool {
    false
}

/// The AVX-512 machinery: windows read, their words hashed and probed in lanes, the kept ones pushed.
#[cfg(target_arch = "x86_64")]
mod lanes {
    use std::arch::x86_64::*;

    use super::super::filter::{Next, Reach, Start};
    use super::super::{BATCH, Fast, Matcher, Scan};
    use super::Wide;
    use crate::normalize::{self, ASCII_CLASS, ASCII_FOLDED, Class};

    /// How many bytes a window reads, and how many of them its words may start in: a word of up to 15
    /// bytes that starts in the first 48 ends, with the byte after it, inside the window.
    const WINDOW: usize = 64;
    const OWNED: usize = 48;

    /// A plain window's words that start in its first 48 bytes: where each starts and how long it is, its
    /// run's hash, and which of them the filter lets open a name (bit `i` for word `i`).
    struct Window {
        p: usize,
        n: usize,
        at: [u8; 64],
        len: [u8; 64],
        hash: [u64; 24],
        kept: u32,
        /// The non-word bytes in the first 48 that start a name's walk (bit `j` for byte `j`).
        others: u64,
        /// Whether the window's 48th byte is a word's (the next window starts after it).
        word_at_end: bool,
    }

    impl Window {
        const EMPTY: Window =
            Window { p: 0, n: 0, at: [0; 64], len: [0; 64], hash: [0; 24], kept: 0, others: 0, word_at_end: false };
    }

    impl Matcher {
        /// Reads plain windows from `scan.pos` (at a word start, no head pending) and pushes the words that
        /// the filter lets open a name, each with its head. Stops before the first window that is not plain
        /// (then `scan.wide_after` says how far the other paths read before this one is tried again), near
        /// the text's end, or when the batch is full. `Fast::Slow` when it read nothing.
        ///
        /// Each window is probed before the words of the one before it are pushed, so that the latency of its
        /// filter probes overlaps with that work.
        ///
        /// # Safety
        /// The CPU must have the features that [`available`] checks.
        #[target_feature(enable = "avx512f,avx512bw,avx512dq,avx512vbmi,avx512vbmi2,popcnt")]
        pub(super) unsafe fn wide_words(
            &self,
            text: &str,
            scan: &mut Scan,
            batch: &mut Vec<Start>,
            wide: &Wide,
            scratch: &mut Vec<u8>,
        ) -> Fast {
            let bytes = text.as_bytes();
            let other = wide.other_first.as_ref();
            let [a, b] = &mut [Window::EMPTY, Window::EMPTY];
            let (mut this, mut next) = (a, b);
            if !self.probe(bytes, scan.pos, scan.prev_word, other, this, &mut scan.wide_after) {
                return Fast::Slow;
            }
            loop {
                let more = self.probe(bytes, this.p + OWNED, this.word_at_end, other, next, &mut scan.wide_after);
                if !self.push_kept(text, this, scan, batch, scratch) {
                    return Fast::Full;
                }
                if !more {
                    (scan.pos, scan.prev_word) = (this.p + OWNED, this.word_at_end);
                    return Fast::Read;
                }
                std::mem::swap(&mut this, &mut next);
            }
        }

        /// Reads the window at `p` (`prev`: whether the byte before it is a word's) into `w`, its words hashed
        /// and probed; false when it is not plain (then `wide_after` is its end), or not within the text
        /// (then no window is taken again).
        #[target_feature(enable = "avx512f,avx512bw,avx512dq,avx512vbmi,avx512vbmi2,popcnt")]
        #[inline]
        fn probe(
            &self,
            bytes: &[u8],
            p: usize,
            prev: bool,
            other: Option<&[u8; 128]>,
            w: &mut Window,
            wide_after: &mut usize,
        ) -> bool {
            let Some(window) = bytes.get(p..p + WINDOW) else {
                *wide_after = usize::MAX;
                return false;
            };
            let splat = |b: u8| _mm512_set1_epi8(b as i8);
            // SAFETY: the window holds 64 bytes.
            let v = unsafe { _mm512_loadu_si512(window.as_ptr().cast()) };
            let owned_mask = (1u64 << OWNED) - 1;
            if _mm512_movepi8_mask(v) != 0 {
                *wide_after = p + WINDOW;
                return false;
            }
            let other_first = other.map_or(0, |other| {
                // SAFETY: the table is 128 bytes, read as two vectors of 64.
                let (t0, t1) = unsafe {
                    (_mm512_loadu_si512(other.as_ptr().cast()), _mm512_loadu_si512(other[64..].as_ptr().cast()))
                };
                _mm512_movepi8_mask(_mm512_permutex2var_epi8(t0, v, t1))
            });
            let folded = _mm512_or_si512(v, splat(0x20));
            let letter = _mm512_cmple_epu8_mask(_mm512_sub_epi8(folded, splat(b'a')), splat(25));
            let digit = _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, splat(b'0')), splat(9));
            let word = letter | digit | _mm512_cmpeq_epi8_mask(v, splat(b'_'));
            let after_word = word << 1 | u64::from(prev);
            let owned = word & !after_word & owned_mask;
            // A non-word byte that may start a name starts one where no word byte comes before it.
            w.others = other_first & !after_word & owned_mask;
            // The last byte of each run of word bytes; a run that began before the window ends first.
            let mut ends = word & !(word >> 1);
            if prev && word & 1 != 0 {
                ends &= ends - 1;
            }
            let n = owned.count_ones() as usize;
            let start_at = _mm512_maskz_compress_epi8(owned, iota());
            let lengths =
                _mm512_add_epi8(_mm512_sub_epi8(_mm512_maskz_compress_epi8(ends, iota()), start_at), splat(1));
            // A run that reaches the window's last byte ends there as far as the window knows, 16 bytes or more
            // after an owned start: too long for the lanes either way.
            if _mm512_cmpgt_epu8_mask(lengths, splat(15)) & ((1u64 << n) - 1) != 0 {
                *wide_after = p + WINDOW;
                return false;
            }
            let words = Words {
                start_at,
                lengths,
                lowered: _mm512_mask_blend_epi8(letter, v, folded),
                upper: letter & !_mm512_cmpeq_epi8_mask(v, folded),
            };
            (w.p, w.n, w.kept, w.word_at_end) = (p, n, 0, word >> (OWNED - 1) & 1 != 0);
            // SAFETY: each array holds 64 bytes.
            unsafe {
                _mm512_storeu_si512(w.at.as_mut_ptr().cast(), start_at);
                _mm512_storeu_si512(w.len.as_mut_ptr().cast(), lengths);
            }
            let (blocks, parts) = self.first_words.raw();
            for group in 0..n.div_ceil(8) {
                let (hash, opens) = words.group(group, blocks, parts);
                w.kept |= u32::from(opens) << (8 * group);
                // SAFETY: eight lanes into `hash[8 * group..]`, within its 24 (at most 24 words start in 48 bytes).
                unsafe { _mm512_storeu_si512(w.hash.as_mut_ptr().add(8 * group).cast(), hash) };
            }
            w.kept &= ((1u64 << n) - 1) as u32;
            true
        }

        /// Pushes the window's kept words that the filter lets a walk start at, each with its head; false
        /// when the batch filled first (then the scan stands at the word that did not fit).
        fn push_kept(
            &self,
            text: &str,
            w: &Window,
            scan: &mut Scan,
            batch: &mut Vec<Start>,
            scratch: &mut Vec<u8>,
        ) -> bool {
            let bytes = text.as_bytes();
            let (mut kept, mut others) = (w.kept, w.others);
            while kept != 0 || others != 0 {
                let i = kept.trailing_zeros() as usize;
                let word_at = if kept != 0 { w.at[i] as usize } else { usize::MAX };
                let other_at = others.trailing_zeros() as usize;
                let pos = w.p + word_at.min(other_at);
                if batch.len() >= BATCH {
                    (scan.pos, scan.prev_word) = (pos, false);
                    return false;
                }
                let b = bytes[pos];
                if other_at < word_at {
                    others &= others - 1;
                    batch.push(Start::other(pos, ASCII_FOLDED[b as usize]));
                    continue;
                }
                kept &= kept - 1;
                let mut start = Start::word(pos, b.to_ascii_lowercase(), b.is_ascii_uppercase(), w.hash[i], true);
                let end = pos + w.len[i] as usize;
                if i + 1 < w.n {
                    // The next word is the window's too, hashed already, and the gap before it plain ASCII.
                    let mut gap = normalize::Gap::new();
                    for &c in &bytes[end..w.p + w.at[i + 1] as usize] {
                        gap.push_byte(ASCII_CLASS[c as usize], ASCII_FOLDED[c as usize]);
                    }
                    start.next = Some(Next { gap: gap.hash, run: w.hash[i + 1] });
                } else {
                    self.head(text, &mut start, end, scratch);
                }
                if start.reach == Reach::Unjudged {
                    start.reach = self.first_words.reach(&start);
                }
                // A start that the filter turns away is no walk's: the walks would pass it over.
                if start.reach != Reach::Nowhere {
                    batch.push(start);
                }
            }
            true
        }

        /// Reads the head of the word kept in `start`, whose run ends at `end`: the gap after it and the next
        /// run, as the other paths do once the next word is read. A byte of 0x80 or more in the gap, or right
        /// after its last byte, leaves the start unjudged by the filter (its walk decides), as an unclean head
        /// does.
        fn head(&self, text: &str, start: &mut Start, end: usize, scratch: &mut Vec<u8>) {
            let bytes = text.as_bytes();
            let mut gap = normalize::Gap::new();
            let mut q = end;
            loop {
                // At the text's end the head is the word alone (the filter judges it without a next run).
                let Some(&b) = bytes.get(q) else { return };
                if b >= 0x80 || bytes.get(q + 1).is_some_and(|&n| n >= 0x80) {
                    (start.clean, start.reach) = (false, Reach::On);
                    return;
                }
                let class = ASCII_CLASS[b as usize];
                if class == Class::Word {
                    let (run, clean) = match super::super::ascii::word_run(bytes, q) {
                        Some(run) => (run.hash, true),
                        None => {
                            let (_, run, clean) = normalize::word_run(text, q, self.fold, scratch);
                            (run, clean)
                        }
                    };
                    start.next = Some(Next { gap: gap.hash, run });
                    if !clean {
                        (start.clean, start.reach) = (false, Reach::On);
                    }
                    return;
                }
                gap.push_byte(class, ASCII_FOLDED[b as usize]);
                q += 1;
            }
        }
    }

    /// A plain window's words as its vectors hold them: where each owned word starts and its length (byte
    /// `i` for word `i`), the window's bytes with ASCII capitals lowered, and its capitals (bit per byte).
    struct Words {
        start_at: __m512i,
        lengths: __m512i,
        lowered: __m512i,
        upper: u64,
    }

    impl Words {
        /// The hashes of words `8 * group..` (eight lanes; those past the window's words hold garbage), and
        /// which of them the filter (`blocks`, in `parts`) lets open a name.
        #[target_feature(enable = "avx512f,avx512bw,avx512dq,avx512vbmi")]
        #[inline]
        fn group(&self, group: usize, blocks: &[u64], parts: [(usize, u32); 4]) -> (__m512i, __mmask8) {
            let (s, len) = (lanes_of(self.start_at, 8 * group), lanes_of(self.lengths, 8 * group));
            // Each lane's sixteen bytes from its start (below 48, so within the window), by one permutation each.
            let index_lo = _mm512_add_epi8(
                _mm512_mullo_epi64(s, _mm512_set1_epi64(0x0101_0101_0101_0101)),
                _mm512_set1_epi64(0x0706_0504_0302_0100),
            );
            let lo = _mm512_permutexvar_epi8(index_lo, self.lowered);
            let hi = _mm512_permutexvar_epi8(_mm512_add_epi8(index_lo, _mm512_set1_epi8(8)), self.lowered);
            let (ones, eight) = (_mm512_set1_epi64(-1), _mm512_set1_epi64(8));
            let long = _mm512_cmpge_epu64_mask(len, eight);
            let lo = _mm512_andnot_si512(_mm512_sllv_epi64(ones, _mm512_slli_epi64::<3>(len)), lo);
            let hi = _mm512_maskz_andnot_epi64(
                long,
                _mm512_sllv_epi64(ones, _mm512_slli_epi64::<3>(_mm512_sub_epi64(len, eight))),
                hi,
            );
            // `normalize::RunHash` of a run below 16 bytes: its first eight bytes mixed in when it has more,
            // then the rest, then the length.
            let first = _mm512_maskz_mov_epi64(long, fold64(lo));
            let rest = _mm512_mask_blend_epi64(long, lo, hi);
            let hash = fold64(_mm512_xor_si512(fold64(_mm512_xor_si512(first, rest)), len));
            // The filter's part (`filter::part`): a word with a capital reads the first, others the second (their
            // first byte is ASCII).
            let capital = _mm512_test_epi64_mask(
                _mm512_srlv_epi64(_mm512_set1_epi64(self.upper as i64), s),
                _mm512_set1_epi64(1),
            );
            let pick = |a: i64, b: i64| _mm512_mask_blend_epi64(capital, _mm512_set1_epi64(b), _mm512_set1_epi64(a));
            let ((base0, shift0), (base1, shift1)) = (parts[0], parts[1]);
            let (base, shift) = (pick(base0 as i64, base1 as i64), pick(i64::from(shift0), i64::from(shift1)));
            let block = gather(_mm512_add_epi64(base, _mm512_srlv_epi64(hash, shift)), 0xff, blocks);
            let has = |bits: __m512i| _mm512_cmpeq_epi64_mask(_mm512_and_si512(block, bits), bits);
            (hash, has(bits(hash)) | has(bits(_mm512_srli_epi64::<18>(hash))))
        }
    }

    /// Bytes `from..from + 8` of `v`, as the eight lanes' numbers.
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
    #[inline]
    fn lanes_of(v: __m512i, from: usize) -> __m512i {
        let down = _mm512_permutexvar_epi8(_mm512_add_epi8(iota(), _mm512_set1_epi8(from as i8)), v);
        _mm512_cvtepu8_epi64(_mm512_castsi512_si128(down))
    }

    /// The filter's blocks at `index` in the lanes of `mask` (zero in the others).
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn gather(index: __m512i, mask: __mmask8, blocks: &[u64]) -> __m512i {
        // SAFETY: every index in the mask's lanes is a block of the filter: a part's base plus a hash's top
        // bits, fewer than the part's blocks.
        unsafe { _mm512_mask_i64gather_epi64::<8>(_mm512_setzero_si512(), mask, index, blocks.as_ptr().cast()) }
    }

    /// The bytes 0, 1, ..., 63.
    #[target_feature(enable = "avx512f,avx512bw")]
    #[inline]
    fn iota() -> __m512i {
        _mm512_set_epi8(
            63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37,
            36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10,
            9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
        )
    }

    /// `normalize::fold64` in each lane.
    #[target_feature(enable = "avx512f,avx512dq")]
    #[inline]
    fn fold64(x: __m512i) -> __m512i {
        let x = _mm512_mullo_epi64(
            _mm512_xor_si512(x, _mm512_srli_epi64::<31>(x)),
            _mm512_set1_epi64(0x517c_c1b7_2722_0a95),
        );
        _mm512_xor_si512(x, _mm512_srli_epi64::<29>(x))
    }

    /// `FirstWords::bits` in each lane, of a hash already shifted to its entry's bits.
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn bits(h: __m512i) -> __m512i {
        let one = _mm512_set1_epi64(1);
        let at = |k: i64| _mm512_and_si512(_mm512_srlv_epi64(h, _mm512_set1_epi64(k)), _mm512_set1_epi64(63));
        _mm512_or_si512(
            _mm512_or_si512(_mm512_sllv_epi64(one, at(0)), _mm512_sllv_epi64(one, at(6))),
            _mm512_sllv_epi64(one, at(12)),
        )
    }
}
