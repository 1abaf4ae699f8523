//! An ordered parallel map with a bounded window: workers take inputs one by one, results come
//! back in input order, and at most `window` inputs are taken but not yet handed to the caller
//! (so memory stays bounded whatever the number of inputs).
//!
//! The caller's thread is one of the `jobs`: while the result it waits for is not ready, it
//! takes inputs and runs the job itself, so `jobs` threads share the cores (not `jobs` workers
//! beside a waiting caller) and it sleeps only when the window is full or the inputs are gone.
//! A condition variable is signalled only when a thread waits on it: handing results over
//! costs no system call while every thread has work.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

type Job<T, R> = Arc<dyn Fn(T) -> R + Send + Sync>;
type Inputs<T> = Box<dyn Iterator<Item = T> + Send>;

/// What the workers and the consumer share.
struct State<T, R> {
    inputs: Inputs<T>,
    /// Index of the next input to take.
    taken: usize,
    /// Index of the next result to hand out.
    given: usize,
    /// The inputs are exhausted.
    exhausted: bool,
    /// The consumer is gone: workers stop.
    stop: bool,
    /// Finished results not yet handed out (a panic's payload where the job panicked).
    done: BTreeMap<usize, std::thread::Result<R>>,
    window: usize,
    /// Workers waiting on `room`.
    waiting_for_room: usize,
    /// The caller waits on `ready`.
    waiting_for_result: bool,
}

struct Shared<T, R> {
    state: Mutex<State<T, R>>,
    /// Signalled when a window slot frees up or the consumer stops.
    room: Condvar,
    /// Signalled when a result is ready or the inputs are exhausted.
    ready: Condvar,
}

impl<T, R> Shared<T, R> {
    fn lock(&self) -> MutexGuard<'_, State<T, R>> {
        // A job's panic is caught outside the lock, so the lock is never poisoned by one; if it
        // were, the state is still consistent (every update is a single assignment).
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wakes the caller if it waits for a result.
    fn wake_caller(&self, st: &State<T, R>) {
        if st.waiting_for_result {
            self.ready.notify_all();
        }
    }

    /// Wakes the workers that wait for room in the window (or for the order to stop).
    fn wake_workers(&self, st: &State<T, R>) {
        if st.waiting_for_room > 0 {
            self.room.notify_all();
        }
    }
}

/// What a thread got when it went for an input.
enum Taken<T> {
    /// The input at this index.
    Input(usize, T),
    /// The window is full: wait for room.
    Full,
    /// No more inputs (or the consumer is gone).
    Gone,
    /// This take found the inputs' end (or stored the input iterator's panic): the state
    /// changed, so what the caller waits for may be settled now.
    Ended,
}

/// Takes the next input if the window has room. The input iterator runs under the lock
/// (reading a directory entry is cheap; the job does the reading); a panic in it is stored in
/// order for the caller and ends the inputs.
fn take<T, R>(shared: &Shared<T, R>, st: &mut State<T, R>) -> Taken<T> {
    if st.stop || st.exhausted {
        return Taken::Gone;
    }
    if st.taken - st.given >= st.window {
        return Taken::Full;
    }
    match panic::catch_unwind(AssertUnwindSafe(|| st.inputs.next())) {
        Ok(Some(input)) => {
            let index = st.taken;
            st.taken += 1;
            Taken::Input(index, input)
        }
        Ok(None) => {
            st.exhausted = true;
            shared.wake_caller(st);
            Taken::Ended
        }
        Err(payload) => {
            let index = st.taken;
            st.taken += 1;
            st.exhausted = true;
            st.done.insert(index, Err(payload));
            shared.wake_caller(st);
            Taken::Ended
        }
    }
}

/// The results of [`super::ordered_map`], in input order.
///
/// Dropping it stops the workers after the inputs they are working on.
pub struct OrderedMap<T, R> {
    shared: Option<Arc<Shared<T, R>>>,
    workers: Vec<JoinHandle<()>>,
    /// Without threads: the inputs, run on the caller's thread.
    inline: Option<Inputs<T>>,
    /// The job (the caller runs it too while it waits).
    job: Job<T, R>,
}

impl<T, R> std::fmt::Debug for OrderedMap<T, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrderedMap")
            .field("workers", &self.workers.len())
            .field("inline", &self.inline.is_some())
            .finish()
    }
}

pub(crate) fn start<T, R>(
    inputs: Inputs<T>,
    jobs: usize,
    window: usize,
    job: Job<T, R>,
) -> OrderedMap<T, R>
where
    T: Send + 'static,
    R: Send + 'static,
{
    if jobs <= 1 {
        return OrderedMap {
            shared: None,
            workers: Vec::new(),
            inline: Some(inputs),
            job,
        };
    }
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            inputs,
            taken: 0,
            given: 0,
            exhausted: false,
            stop: false,
            done: BTreeMap::new(),
            window: window.max(jobs),
            waiting_for_room: 0,
            waiting_for_result: false,
        }),
        room: Condvar::new(),
        ready: Condvar::new(),
    });
    // The caller's thread is the last of the `jobs`.
    let workers = (1..jobs)
        .map(|_| {
            let shared = Arc::clone(&shared);
            let job = Arc::clone(&job);
            std::thread::spawn(move || work(&shared, &*job))
        })
        .collect();
    OrderedMap {
        shared: Some(shared),
        workers,
        inline: None,
        job,
    }
}

/// Runs the job on an input taken (the lock released meanwhile, a panic caught), stores the
/// result and wakes the caller if it waits for this one; returns the lock held again.
fn run<'s, T, R>(
    shared: &'s Shared<T, R>,
    st: MutexGuard<'s, State<T, R>>,
    job: &(dyn Fn(T) -> R + Send + Sync),
    index: usize,
    input: T,
) -> MutexGuard<'s, State<T, R>> {
    drop(st);
    let result = panic::catch_unwind(AssertUnwindSafe(|| job(input)));
    let mut st = shared.lock();
    st.done.insert(index, result);
    if index == st.given {
        shared.wake_caller(&st);
    }
    st
}

fn work<T, R>(shared: &Shared<T, R>, job: &(dyn Fn(T) -> R + Send + Sync)) {
    let mut st = shared.lock();
    loop {
        match take(shared, &mut st) {
            Taken::Input(index, input) => st = run(shared, st, job, index, input),
            Taken::Full => {
                st.waiting_for_room += 1;
                st = shared.room.wait(st).unwrap_or_else(PoisonError::into_inner);
                st.waiting_for_room -= 1;
            }
            Taken::Gone | Taken::Ended => return,
        }
    }
}

impl<T, R> Iterator for OrderedMap<T, R> {
    type Item = R;

    fn next(&mut self) -> Option<R> {
        if let Some(inputs) = &mut self.inline {
            let input = inputs.next()?;
            return Some((self.job)(input));
        }
        let shared = self.shared.as_ref()?;
        let mut st = shared.lock();
        loop {
            let next = st.given;
            if let Some(result) = st.done.remove(&next) {
                st.given += 1;
                shared.wake_workers(&st);
                drop(st);
                match result {
                    Ok(r) => return Some(r),
                    Err(payload) => panic::resume_unwind(payload),
                }
            }
            if st.exhausted && st.given == st.taken {
                return None;
            }
            // The result awaited is not ready: do a job meanwhile, or wait.
            match take(shared, &mut st) {
                Taken::Input(index, input) => st = run(shared, st, &*self.job, index, input),
                // Look again: the result awaited may be the panic just stored, or none is left.
                Taken::Ended => {}
                Taken::Full | Taken::Gone => {
                    st.waiting_for_result = true;
                    st = shared
                        .ready
                        .wait(st)
                        .unwrap_or_else(PoisonError::into_inner);
                    st.waiting_for_result = false;
                }
            }
        }
    }
}

impl<T, R> Drop for OrderedMap<T, R> {
    fn drop(&mut self) {
        if let Some(shared) = &self.shared {
            shared.lock().stop = true;
            shared.room.notify_all();
        }
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}
