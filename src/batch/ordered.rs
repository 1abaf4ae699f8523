//! An ordered parallel map with a bounded window: workers take inputs one by one, results come
//! back in input order, and at most `window` inputs are taken but not yet handed to the caller
//! (so memory stays bounded whatever the number of inputs).

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
}

/// The results of [`super::ordered_map`], in input order.
///
/// Dropping it stops the workers after the inputs they are working on.
pub struct OrderedMap<T, R> {
    shared: Option<Arc<Shared<T, R>>>,
    workers: Vec<JoinHandle<()>>,
    /// Without threads: the inputs and the job, run on the caller's thread.
    inline: Option<(Inputs<T>, Job<T, R>)>,
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
            inline: Some((inputs, job)),
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
        }),
        room: Condvar::new(),
        ready: Condvar::new(),
    });
    let workers = (0..jobs)
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
    }
}

fn work<T, R>(shared: &Shared<T, R>, job: &(dyn Fn(T) -> R + Send + Sync)) {
    loop {
        let (index, input) = {
            let mut st = shared.lock();
            loop {
                if st.stop || st.exhausted {
                    return;
                }
                if st.taken - st.given < st.window {
                    break;
                }
                st = shared.room.wait(st).unwrap_or_else(PoisonError::into_inner);
            }
            // Taking an input (reading a directory entry) is cheap; the job does the reading.
            match panic::catch_unwind(AssertUnwindSafe(|| st.inputs.next())) {
                Ok(Some(input)) => {
                    let index = st.taken;
                    st.taken += 1;
                    (index, input)
                }
                Ok(None) => {
                    st.exhausted = true;
                    shared.ready.notify_all();
                    return;
                }
                Err(payload) => {
                    // The input iterator panicked: hand the panic to the consumer in order.
                    let index = st.taken;
                    st.taken += 1;
                    st.exhausted = true;
                    st.done.insert(index, Err(payload));
                    shared.ready.notify_all();
                    return;
                }
            }
        };
        let result = panic::catch_unwind(AssertUnwindSafe(|| job(input)));
        let mut st = shared.lock();
        st.done.insert(index, result);
        shared.ready.notify_all();
    }
}

impl<T, R> Iterator for OrderedMap<T, R> {
    type Item = R;

    fn next(&mut self) -> Option<R> {
        if let Some((inputs, job)) = &mut self.inline {
            let input = inputs.next()?;
            return Some(job(input));
        }
        let shared = self.shared.as_ref()?;
        let mut st = shared.lock();
        loop {
            let next = st.given;
            if let Some(result) = st.done.remove(&next) {
                st.given += 1;
                shared.room.notify_all();
                drop(st);
                match result {
                    Ok(r) => return Some(r),
                    Err(payload) => panic::resume_unwind(payload),
                }
            }
            if st.exhausted && st.given == st.taken {
                return None;
            }
            st = shared
                .ready
                .wait(st)
                .unwrap_or_else(PoisonError::into_inner);
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
