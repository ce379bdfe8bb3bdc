//! JSON Lines inputs read a batch at a time on a thread of their own, and the batches lent to the
//! extraction threads, which hand them back to be refilled when the last of them lets go.

use std::io::BufRead;
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

    /// Refills the batch with the next non-blank lines of `reader`, up to `BATCH_LINES` and about `bytes`;
    /// `number` counts the lines read. Empty at the end of the input.
    fn fill(&mut self, reader: &mut dyn BufRead, number: &mut u64, bytes: usize) -> std::io::Result<()> {
        self.text.clear();
        self.lines.clear();
        while self.lines.len() < BATCH_LINES && self.text.len() < bytes {
            let start = self.text.len();
            if reader.read_until(b'\n', &mut self.text)? == 0 {
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

/// Opens an input for reading, on the reading thread.
pub(crate) type Opener = Box<dyn FnOnce() -> std::io::Result<Box<dyn BufRead + Send>> + Send>;

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
        std::thread::spawn(move || {
            let mut bytes = FIRST_BATCH_BYTES;
            for input in inputs {
                let end = input().and_then(|mut reader| {
                    let mut number = 0u64;
                    loop {
                        let mut batch = refill.try_recv().unwrap_or_else(|_| Batch::new());
                        batch.fill(&mut reader, &mut number, bytes)?;
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
        });
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
