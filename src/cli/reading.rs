//! JSON Lines inputs read a batch at a time on a thread of their own, and the batches lent to the
//! extraction threads, which hand them back to be refilled when the last of them lets go.

use std::io::{BufRead, BufReader, Read};
use std::ops::Range;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};

/// A batch of JSON Lines: its lines one after the other, and each line's number and where it is in `text`.
pub(crate) struct Batch {
    text: Vec<u8>,
    lines: Vec<(u64, Range<usize>)>,
}

/// The most lines, and about the most bytes, of a batch.
///
/// Why not more bytes: a batch's buffer is reused once its lines are written, and only a few batches are
/// alive, so small batches keep the same pages in use. With batches of up to 8 MB nearly every byte of
/// PolNeAR (10.5 MB) was read into a freshly faulted page, on the reading thread: 2,400 of a two-thread
/// run's 4,400 page faults, time taken from the extraction threads' two cores.
const BATCH_LINES: usize = 1024;
const BATCH_BYTES: usize = 512 << 10;
/// About the most bytes of a run's first batch, the next ones holding up to `BATCH_BYTES`. The first batch
/// is read while the gazetteer loads, and a whole one (8 MB of PolNeAR took 11 to 16 ms beside the load's
/// threads) kept the extraction waiting well after the load (8 ms), on one thread as on several.
const FIRST_BATCH_BYTES: usize = 256 << 10;

impl Batch {
    fn new() -> Batch {
        // Reserved whole (pages are only touched as lines are read): a batch's text, grown by doubling,
        // was copied about twice over, the first batch's on the way to the first extraction.
        Batch { text: Vec::with_capacity(BATCH_BYTES + (64 << 10)), lines: Vec::with_capacity(BATCH_LINES) }
    }

    /// Refills the batch with the next non-blank lines of `source`, up to `BATCH_LINES` and about `bytes`,
    /// or, from a live source, up to the lines it has already given; `number` counts the lines read.
    /// Empty at the end of the input.
    fn fill(&mut self, source: &mut Source, number: &mut u64, bytes: usize) -> std::io::Result<()> {
        self.text.clear();
        self.lines.clear();
        while self.lines.len() < BATCH_LINES && self.text.len() < bytes {
            if !self.lines.is_empty() && source.drained() {
                break;
            }
            let start = self.text.len();
            if source.reader.read_until(b'\n', &mut self.text)? == 0 {
                break;
            }
            *number += 1;
            if self.text[start..].iter().all(u8::is_ascii_whitespace) {
                self.text.truncate(start);
                continue;
            }
            self.lines.push((*number, start..self.text.len()));
        }
        Ok(())
    }

    /// How many lines the batch holds (at least one).
    pub(crate) fn len(&self) -> usize {
        self.lines.len()
    }

    /// Line `i`'s number in its input and its bytes.
    pub(crate) fn line(&self, i: usize) -> (u64, &[u8]) {
        let (number, range) = &self.lines[i];
        (*number, &self.text[range.clone()])
    }
}

/// A batch lent out by [`ReadAhead::take`], shared by the threads that extract its lines and the one that
/// writes their output; dropping the last share hands the batch back to be refilled.
pub(crate) struct Lent {
    batch: Option<Batch>,
    back: Sender<Batch>,
}

impl std::ops::Deref for Lent {
    type Target = Batch;
    fn deref(&self) -> &Batch {
        self.batch.as_ref().expect("a lent batch is only taken back when dropped")
    }
}

impl Drop for Lent {
    fn drop(&mut self) {
        // The reader may have finished: then the batch is not needed.
        if let Some(batch) = self.batch.take() {
            let _ = self.back.send(batch);
        }
    }
}

/// An input opened for reading.
pub(crate) struct Source {
    pub(crate) reader: BufReader<Box<dyn Read + Send>>,
    /// A pipe or a terminal, whose lines may come slowly (a feed piped in as it is written): a batch is
    /// handed over when the lines read so far run out, so that each is extracted as it comes, not when
    /// enough follow it to fill a batch. A file is read a whole batch at a time.
    live: bool,
}

impl Source {
    /// `reader`, live or not, behind a buffer of 128 KB: it stays in the core's cache between the read and
    /// the copy into a batch, where one of 1 MB did not, and was 256 more pages to fault in.
    pub(crate) fn new(reader: Box<dyn Read + Send>, live: bool) -> Source {
        Source { reader: BufReader::with_capacity(128 << 10, reader), live }
    }

    /// Whether reading on would wait for the source to write more: only a live source is asked.
    fn drained(&self) -> bool {
        self.live && self.reader.buffer().is_empty()
    }
}

/// Opens an input for reading, on the reading thread.
pub(crate) type Opener = Box<dyn FnOnce() -> std::io::Result<Source> + Send>;

/// What the reading thread hands over, for each input in turn: its batches, then its end.
enum Handover {
    Batch(Batch),
    /// The input is read through (`Ok`), or could not be opened or read.
    End(std::io::Result<()>),
}

/// What [`ReadAhead::take`] gives: a batch of the input being read, or its end.
pub(crate) enum Taken {
    Batch(Arc<Lent>),
    End(std::io::Result<()>),
}

/// JSON Lines inputs read in order, a batch at a time, on a thread of their own, two batches ahead of the
/// extraction: the next batches are read while one is extracted, and the first while the extractor is
/// built. Two, because the reading thread, woken when a batch is taken, may wait a scheduler tick for a
/// core that the extraction threads hold.
/// Shared by the extraction threads, any of which takes the next batch when the last one's lines are all
/// taken.
pub(crate) struct ReadAhead {
    full: Mutex<Receiver<Handover>>,
    empty: Sender<Batch>,
}

impl ReadAhead {
    /// Starts reading `inputs`, each opened when its turn comes.
    pub(crate) fn start(inputs: Vec<Opener>) -> ReadAhead {
        // One full batch waits to be handed over while the next is read; emptied ones come back to be
        // refilled, so that few are alive and their buffers are reused.
        let (full, next) = std::sync::mpsc::sync_channel::<Handover>(1);
        let (empty, refill) = std::sync::mpsc::channel::<Batch>();
        // Not joined: when the extraction stops early (a gazetteer or output error), the thread may be
        // waiting on input that never comes, and it ends with its next hand-over or with the process.
        crate::threads::spawn("gazette-reader", 1, move || {
            let mut bytes = FIRST_BATCH_BYTES;
            for input in inputs {
                let end = input().and_then(|mut source| {
                    let mut number = 0u64;
                    loop {
                        let mut batch = refill.try_recv().unwrap_or_else(|_| Batch::new());
                        batch.fill(&mut source, &mut number, bytes)?;
                        bytes = (bytes * 2).min(BATCH_BYTES);
                        if batch.lines.is_empty() {
                            return Ok(());
                        }
                        // A failed hand-over means the extraction has stopped: so does reading.
                        full.send(Handover::Batch(batch)).map_err(|_| std::io::ErrorKind::BrokenPipe)?;
                    }
                });
                if full.send(Handover::End(end)).is_err() {
                    return;
                }
            }
        })
        .expect("a thread starts");
        ReadAhead { full: Mutex::new(next), empty }
    }

    /// The next batch of the input being read, or its end, waiting for it when `wait`; `None` when it is
    /// not read yet and not waited for.
    pub(crate) fn take(&self, wait: bool) -> Option<Taken> {
        let full = self.full.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let handover = if wait {
            full.recv().ok()
        } else {
            match full.try_recv() {
                Err(TryRecvError::Empty) => return None,
                r => r.ok(),
            }
        };
        Some(match handover {
            Some(Handover::Batch(batch)) => {
                Taken::Batch(Arc::new(Lent { batch: Some(batch), back: self.empty.clone() }))
            }
            Some(Handover::End(end)) => Taken::End(end),
            None => Taken::End(Err(std::io::Error::other("the reading thread stopped"))),
        })
    }

    /// Reads the rest of the input being read, unused.
    pub(crate) fn skip_input(&self) {
        while let Some(Taken::Batch(_)) = self.take(true) {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives one line at each read, as a pipe does when its writer writes a line at a time.
    struct Trickle(std::collections::VecDeque<&'static [u8]>);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let Some(line) = self.0.pop_front() else { return Ok(0) };
            let n = line.len().min(buf.len());
            buf[..n].copy_from_slice(&line[..n]);
            if n < line.len() {
                self.0.push_front(&line[n..]);
            }
            Ok(n)
        }
    }

    const LINES: [&[u8]; 4] = [b"{\"text\": \"a\"}\n", b"\n", b"{\"text\": \"b\"}\n", b"{\"text\": \"c\"}"];

    /// The batches `source` is read in: each batch's lines, as (number, text).
    fn batches(mut source: Source) -> Vec<Vec<(u64, String)>> {
        let (mut number, mut out) = (0, Vec::new());
        loop {
            let mut batch = Batch::new();
            batch.fill(&mut source, &mut number, BATCH_BYTES).unwrap();
            if batch.len() == 0 {
                return out;
            }
            out.push(
                (0..batch.len()).map(|i| (batch.line(i).0, String::from_utf8_lossy(batch.line(i).1).into())).collect(),
            );
        }
    }

    #[test]
    fn a_live_source_hands_each_line_over_as_it_comes_and_a_file_fills_its_batch() {
        let trickle = || Box::new(Trickle(LINES.into())) as Box<dyn Read + Send>;
        let (a, b, c) =
            ((1, "{\"text\": \"a\"}\n".into()), (3, "{\"text\": \"b\"}\n".into()), (4, "{\"text\": \"c\"}".into()));
        // The blank line 2 is counted and skipped either way.
        let live = batches(Source::new(trickle(), true));
        assert_eq!(live, vec![vec![a.clone()], vec![b.clone()], vec![c.clone()]]);
        let file = batches(Source::new(trickle(), false));
        assert_eq!(file, vec![vec![a, b, c]]);
    }
}
