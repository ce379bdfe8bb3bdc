//! One JSON Lines input, its lines parsed (only `id` and `text` are read) and extracted on several threads
//! with no wait between its batches: a thread that finds a batch's lines all taken goes on to the next
//! batch while the others finish theirs, and the calling thread, which extracts too, puts each document's
//! output ([`Output`]) as soon as those before it are put.
//!
//! Why not a batch at a time: a barrier at each batch's end left threads idle behind the batch's last
//! document and while its output was written, and a thread started for each batch waited for a core
//! behind the reading thread, so that batches small enough to start the extraction soon after the
//! gazetteer loads made two threads slower.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use serde_json::Value;

use super::progress::Progress;
use super::reading::{Lent, ReadAhead, Taken};
use crate::{Document, Extractor};

/// How a JSON Lines input is read and where its bad lines are reported.
pub(crate) struct Jsonl<'a, E> {
    pub(crate) command: &'a str,
    pub(crate) extractor: &'a Extractor,
    pub(crate) threads: usize,
    pub(crate) errors: &'a mut E,
    pub(crate) progress: &'a mut Progress,
}

/// How many batches may be taken and not yet written whole: a long document holds back the output of
/// the lines after it, and this bounds how much waits behind it. A batch holds up to 512 KB, about 4 ms
/// of PolNeAR on two threads: with four, the others go on for about 12 ms behind a long document.
const WINDOW: u64 = 4;

/// A line to extract: its batch, the batch's number in the input, and the line's index in the batch.
struct Item {
    batch: Arc<Lent>,
    seq: u64,
    index: usize,
}

/// What the extracting threads send the writing one.
enum Message<T> {
    /// A line's output, or what was wrong with it.
    Done(Item, Result<T, String>),
    /// A new batch is taken (the writing thread may be waiting for one).
    Taken,
}

/// Who asks [`Feed::take`] for a line: the writing thread (`helped` while other threads extract beside
/// it; `flushed` when its output is flushed since its last line), or another thread, which tells the
/// writing one of each batch it takes.
enum Role<'s, T> {
    Writer { helped: bool, flushed: bool },
    Helper(&'s Sender<Message<T>>),
}

/// What [`Feed::take`] gives a thread.
enum Take {
    Line(Item),
    /// Nothing to take until some output is written, or the next batch is read: only the writing thread
    /// is told so (it then writes what it is sent); the others wait.
    Write,
    /// The next batch is not read yet: the writing thread flushes its output before it waits, so that
    /// the output of a live input's lines does not wait in a buffer for lines that have not come.
    Flush,
    /// The input is taken whole, or the run stopped.
    End,
}

/// The lines of an input, handed out batch after batch.
struct Feed<'r> {
    reading: &'r ReadAhead,
    state: Mutex<State>,
    /// Signalled whenever `state` changes in a way that a waiting thread may be waiting for.
    changed: Condvar,
    /// Whether a batch's lines are taken longest first (with several threads, so that a long one is not
    /// the last left of the input).
    longest_first: bool,
}

struct State {
    batch: Option<Arc<Lent>>,
    /// The order in which the batch's lines are handed out, and how many are.
    order: Vec<usize>,
    next: usize,
    /// Batches taken, and written whole.
    taken: u64,
    written: u64,
    /// A thread is waiting for the reading thread's next batch.
    fetching: bool,
    /// The input's end once met: read through, or its read error.
    end: Option<std::io::Result<()>>,
    stop: bool,
}

impl<'r> Feed<'r> {
    fn new(reading: &'r ReadAhead, longest_first: bool) -> Feed<'r> {
        let state = State {
            batch: None,
            order: Vec::new(),
            next: 0,
            taken: 0,
            written: 0,
            fetching: false,
            end: None,
            stop: false,
        };
        Feed { reading, state: Mutex::new(state), changed: Condvar::new(), longest_first }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next line for `role`. The writing thread does not wait while others extract: the outputs they
    /// finish meanwhile are its to write.
    fn take<T>(&self, role: Role<'_, T>) -> Take {
        let mut st = self.lock();
        loop {
            if st.stop {
                return Take::End;
            }
            if st.next < st.order.len() {
                let index = st.order[st.next];
                st.next += 1;
                let batch = Arc::clone(st.batch.as_ref().expect("the lines handed out are a batch's"));
                return Take::Line(Item { batch, seq: st.taken - 1, index });
            }
            if st.end.is_some() {
                return Take::End;
            }
            if st.fetching || st.taken - st.written >= WINDOW {
                if let Role::Writer { .. } = role {
                    return Take::Write;
                }
                st = self.changed.wait(st).unwrap_or_else(PoisonError::into_inner);
                continue;
            }
            // A batch read ahead is taken under the lock, so that no thread waits for another's fetch: a
            // thread that sleeps may be woken a scheduler tick (4 ms) late, and, traced, the writing
            // thread slept 0.3 to 4 ms per run waiting for a fetch that took microseconds.
            let taken = match self.reading.take(false) {
                ready @ Some(_) => ready,
                None => {
                    if let Role::Writer { flushed: false, .. } = role {
                        return Take::Flush;
                    }
                    st.fetching = true;
                    drop(st);
                    let taken = self.reading.take(!matches!(role, Role::Writer { helped: true, .. }));
                    st = self.lock();
                    st.fetching = false;
                    // Threads waiting while this one fetched wait no more, whatever it got.
                    self.changed.notify_all();
                    taken
                }
            };
            match taken {
                None => return Take::Write,
                Some(Taken::End(end)) => st.end = Some(end),
                Some(Taken::Batch(batch)) => {
                    st.order.clear();
                    st.order.extend(0..batch.len());
                    if self.longest_first {
                        st.order.sort_by_key(|&i| std::cmp::Reverse(batch.line(i).1.len()));
                    }
                    (st.batch, st.next) = (Some(batch), 0);
                    st.taken += 1;
                    if let Role::Helper(writer) = role {
                        let _ = writer.send(Message::Taken);
                    }
                }
            }
        }
    }

    /// `written` batches are written whole.
    fn written(&self, written: u64) {
        self.lock().written = written;
        self.changed.notify_all();
    }

    /// No more lines are handed out.
    fn stop(&self) {
        self.lock().stop = true;
        self.changed.notify_all();
    }

    /// Stops the feed if the thread holding it panics, so that the others do not wait for it.
    fn stop_on_panic(&self) -> StopOnPanic<'_, 'r> {
        StopOnPanic(self)
    }
}

struct StopOnPanic<'f, 'r>(&'f Feed<'r>);

impl Drop for StopOnPanic<'_, '_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// The outputs of the batches not yet written whole, from batch `written` on.
struct Pending<T> {
    batches: VecDeque<Outputs<T>>,
    written: u64,
}

/// A batch's outputs, and how many of them are written.
struct Outputs<T> {
    batch: Option<Arc<Lent>>,
    done: Vec<Option<Result<T, String>>>,
    cursor: usize,
}

impl<E: Write> Jsonl<'_, E> {
    /// The next input of `reading`, its lines parsed, extracted and shown on `threads` threads and put
    /// in input order; bad lines are reported to `errors` with `name` and their number. An error (the
    /// input's, or the output's) leaves the rest of the input unread.
    pub(crate) fn run<T: Send>(
        &mut self,
        reading: &ReadAhead,
        name: &str,
        show: &(impl Fn(&Value, &Document<'_>) -> T + Sync),
        out: &mut dyn Output<T>,
    ) -> std::io::Result<()> {
        let threads = Extractor::threads(self.threads);
        let feed = Feed::new(reading, threads > 1);
        let extractor = self.extractor;
        // Parsing is per line work too, so it runs on the extraction threads.
        let extract = |item: &Item| {
            parse_line(item.batch.line(item.index).1).map(|doc| show(&doc.id, &extractor.extract(&doc.text)))
        };
        let mut pending = Pending { batches: VecDeque::new(), written: 0 };
        let written = std::thread::scope(|scope| {
            let (send, receive) = std::sync::mpsc::channel();
            for nth in 1..threads {
                let (send, feed, extract) = (send.clone(), &feed, &extract);
                crate::threads::spawn_scoped(scope, "gazette-extract", nth, move || {
                    let _stop = feed.stop_on_panic();
                    while let Take::Line(item) = feed.take(Role::Helper(&send)) {
                        let done = extract(&item);
                        if send.send(Message::Done(item, done)).is_err() {
                            return;
                        }
                    }
                })
                // The threads started before it would wait for batches that no one writes out.
                .inspect_err(|_| feed.stop())?;
            }
            drop(send);
            let _stop = feed.stop_on_panic();
            let (mut helped, mut flushed) = (threads > 1, false);
            let mut written = Ok(());
            while written.is_ok() {
                let first = match feed.take::<T>(Role::Writer { helped, flushed }) {
                    Take::Line(item) => {
                        flushed = false;
                        let done = extract(&item);
                        Message::Done(item, done)
                    }
                    Take::Flush => {
                        flushed = true;
                        written = out.flush();
                        continue;
                    }
                    Take::Write => {
                        // Before it waits for the others, what it wrote goes out (they may be waiting
                        // for a live input's next line).
                        let message = match receive.try_recv() {
                            Ok(message) => Ok(message),
                            Err(_) => {
                                flushed = true;
                                written = out.flush();
                                if written.is_err() {
                                    continue;
                                }
                                receive.recv()
                            }
                        };
                        match message {
                            Ok(message) => message,
                            // No other thread is left: this one waits for the reading thread itself.
                            Err(_) => {
                                helped = false;
                                continue;
                            }
                        }
                    }
                    Take::End => break,
                };
                written = std::iter::once(first)
                    .chain(receive.try_iter())
                    .try_for_each(|message| self.put(&mut pending, message, name, out));
                feed.written(pending.written);
            }
            if written.is_err() {
                feed.stop();
            }
            // What the other threads finish after the input is taken whole.
            for message in receive {
                if written.is_ok() {
                    written = self.put(&mut pending, message, name, out);
                }
            }
            written
        });
        let end = feed.lock().end.take();
        if let Err(e) = written {
            // The next input is read only when the run goes on.
            if end.is_none() && e.kind() != std::io::ErrorKind::BrokenPipe {
                reading.skip_input();
            }
            return Err(e);
        }
        end.unwrap_or_else(|| Err(std::io::Error::other("the extraction stopped before the input's end")))
    }

    /// Takes a thread's message: a line's output is kept until the lines before it are written, and what
    /// it lets through is written.
    fn put<T>(
        &mut self,
        pending: &mut Pending<T>,
        message: Message<T>,
        name: &str,
        out: &mut dyn Output<T>,
    ) -> std::io::Result<()> {
        let Message::Done(item, done) = message else {
            return Ok(());
        };
        let k = (item.seq - pending.written) as usize;
        while pending.batches.len() <= k {
            pending.batches.push_back(Outputs { batch: None, done: Vec::new(), cursor: 0 });
        }
        let outputs = &mut pending.batches[k];
        let batch = outputs.batch.get_or_insert(item.batch);
        if outputs.done.is_empty() {
            outputs.done.resize_with(batch.len(), || None);
        }
        outputs.done[item.index] = Some(done);
        while let Some(outputs) = pending.batches.front_mut() {
            let Some(batch) = &outputs.batch else { break };
            while let Some(done) = outputs.done.get_mut(outputs.cursor).and_then(Option::take) {
                let (number, line) = batch.line(outputs.cursor);
                outputs.cursor += 1;
                self.progress.bytes += line.len() as u64;
                match done {
                    Ok(shown) => {
                        out.put(shown)?;
                        self.progress.documents += 1;
                    }
                    Err(e) => {
                        let fresh_line = if self.progress.live { "\n" } else { "" };
                        writeln!(self.errors, "{fresh_line}{}: {name}:{number}: {e}", self.command)?;
                        self.progress.bad += 1;
                    }
                }
            }
            if outputs.cursor < outputs.done.len() {
                break;
            }
            pending.batches.pop_front();
            pending.written += 1;
            self.progress.tick();
        }
        Ok(())
    }
}

/// Where the documents' outputs go, in input order.
pub(crate) trait Output<T> {
    /// Takes the next document's output.
    fn put(&mut self, shown: T) -> std::io::Result<()>;
    /// Called when no more output may come until more input is read: passes on what is buffered.
    fn flush(&mut self) -> std::io::Result<()>;
    /// Called once every document is in: writes what is left and flushes.
    fn finish(&mut self) -> std::io::Result<()>;
}

/// A JSON Lines document: its `id` (null when absent) and its text.
struct Line {
    id: Value,
    text: String,
}

/// A JSON Lines line's document, or what was wrong with it.
fn parse_line(line: &[u8]) -> Result<Line, String> {
    let line =
        std::str::from_utf8(line).map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    // A byte-order mark, as some editors write at the start of a file.
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    match serde_json::from_str::<Fields>(line) {
        Ok(Fields(Some(doc))) => Ok(doc),
        Ok(Fields(None)) => Err(NO_TEXT.to_string()),
        Err(e) if e.is_data() => Err(NO_TEXT.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// Reads a line's `"id"` and `"text"` and skips every other field unparsed: corpora often carry their
/// annotations beside the text, and building them into values cost more than a third of a one-thread
/// run. As with a JSON object read whole, a repeated key keeps its last value. `None`: an object
/// without a string `"text"`; any other JSON value is a data error.
struct Fields(Option<Line>);

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(NO_TEXT)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut id, mut text) = (Value::Null, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match &*key {
                        "id" => id = map.next_value()?,
                        "text" => {
                            text = match map.next_value()? {
                                Value::String(t) => Some(t),
                                _ => None,
                            }
                        }
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Fields(text.map(|text| Line { id, text })))
            }
        }
        deserializer.deserialize_map(Visit)
    }
}

const NO_TEXT: &str = "expected an object with a string \"text\"";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;
    use crate::cli::reading::{Opener, Source};

    /// Takes outputs until the `fail_at`-th, which fails.
    struct Failing {
        put: Vec<String>,
        fail_at: usize,
    }

    impl Output<String> for Failing {
        fn put(&mut self, shown: String) -> std::io::Result<()> {
            if self.put.len() + 1 == self.fail_at {
                return Err(std::io::Error::other("disk full"));
            }
            self.put.push(shown);
            Ok(())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn finish(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_output_error_stops_its_input_and_the_next_input_is_read_whole() {
        let extractor = Extractor::new(Gazetteer::embedded()).unwrap();
        let input = |name: &str| -> Opener {
            let lines: String = (0..3000)
                .map(|i| {
                    format!(
                        "{{\"id\": \"{name}{i}\", \"text\": \"Talks went well{}, officials said.\"}}\n",
                        " again".repeat(i % 5)
                    )
                })
                .collect();
            Box::new(move || Ok(Source::new(Box::new(std::io::Cursor::new(lines.into_bytes())), false)))
        };
        for threads in [1, 3] {
            let reading = ReadAhead::start(vec![input("a"), input("b")]);
            let (mut errors, mut progress) = (Vec::new(), Progress::new("extract", true));
            let mut jsonl = Jsonl {
                command: "extract",
                extractor: &extractor,
                threads,
                errors: &mut errors,
                progress: &mut progress,
            };
            let show = |id: &Value, doc: &Document<'_>| format!("{id} {}", doc.claims.len());
            let mut out = Failing { put: Vec::new(), fail_at: 1500 };
            let err = jsonl.run(&reading, "a.jsonl", &show, &mut out).unwrap_err();
            assert_eq!(err.to_string(), "disk full");
            let want: Vec<String> = (0..1499).map(|i| format!("\"a{i}\" 1")).collect();
            assert_eq!(out.put, want, "{threads} threads: in order up to the error");
            let mut out = Failing { put: Vec::new(), fail_at: usize::MAX };
            jsonl.run(&reading, "b.jsonl", &show, &mut out).unwrap();
            let want: Vec<String> = (0..3000).map(|i| format!("\"b{i}\" 1")).collect();
            assert_eq!(out.put, want, "{threads} threads: the next input whole");
        }
    }
}
