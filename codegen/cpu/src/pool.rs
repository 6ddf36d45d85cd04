//! The launcher's thread pool: the calling thread and `threads - 1` workers
//! that spin between launches.
//!
//! A decoded token is a few hundred short launches (a SmolLM2 matvec is tens
//! of microseconds). Through rayon, each launch from the model's thread
//! queued a job, woke sleeping workers through the kernel and slept on a latch
//! until they were done: perf put 40% of decoding in `sched_yield`, futexes
//! and wake-ups. Here the caller takes a share of the cubes itself, and the
//! workers, which spin for a while after each launch (as ggml's threads do),
//! see the next one without a system call. A worker parks after
//! [`SPIN_BEFORE_PARKING`] without work, so an idle process costs nothing.
//!
//! One launch runs on the pool at a time. A launch that finds it busy (another
//! thread's launch: tests, or a server thread beside the model's) runs on
//! rayon's pool instead, as every launch once did; so does one from inside a
//! cube, which never happens today but must not deadlock.

use std::any::Any;
use std::cell::{Cell, UnsafeCell};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long a worker spins for the next launch before it parks: longer than
/// the host's work between two launches of a forward pass, short enough that
/// a process between requests goes quiet at once.
const SPIN_BEFORE_PARKING: Duration = Duration::from_micros(500);

/// A launch's work: `run(i)` runs chunk `i` of `chunks`.
type Work<'a> = &'a (dyn Fn(usize) + Sync);

struct Pool {
    /// Taken by the launch running on the pool.
    running: Mutex<()>,
    /// Bumped by each launch; a worker that sees it change takes the job.
    generation: AtomicU64,
    /// The current launch's work, written before `generation` is bumped and
    /// read after it is seen.
    job: UnsafeCell<Option<(Work<'static>, usize)>>,
    /// The next chunk to claim.
    next_chunk: AtomicUsize,
    /// Workers that have not yet finished with the current launch. The caller
    /// returns (and its work leaves the stack) only at zero.
    unfinished: AtomicUsize,
    /// A worker's panic, for the caller to resume.
    panic: Mutex<Option<Box<dyn Any + Send>>>,
    /// Parked workers, and where they park.
    parked: AtomicUsize,
    park: Mutex<()>,
    wake: Condvar,
    workers: usize,
}

// SAFETY: `job` is written only by the thread holding `running`, while every
// worker is done with the previous launch (`unfinished` is zero), and read by
// workers only between their acquire of the new `generation` and their
// release of `unfinished`.
unsafe impl Sync for Pool {}

thread_local! {
    /// Whether this thread is one of the pool's workers.
    static IS_WORKER: Cell<bool> = const { Cell::new(false) };
}

static POOL: OnceLock<&'static Pool> = OnceLock::new();

/// The pool, started on first use with as many threads as rayon's pool (the
/// `-t` of `realm bench` sets both).
fn pool() -> &'static Pool {
    POOL.get_or_init(|| {
        let workers = rayon::current_num_threads().saturating_sub(1);
        let pool: &'static Pool = Box::leak(Box::new(Pool {
            running: Mutex::new(()),
            generation: AtomicU64::new(0),
            job: UnsafeCell::new(None),
            next_chunk: AtomicUsize::new(0),
            unfinished: AtomicUsize::new(0),
            panic: Mutex::new(None),
            parked: AtomicUsize::new(0),
            park: Mutex::new(()),
            wake: Condvar::new(),
            workers,
        }));
        for i in 0..workers {
            std::thread::Builder::new()
                .name(format!("realm-cpu-{i}"))
                .spawn(move || pool.work())
                .expect("the CPU backend could not start its worker threads");
        }
        pool
    })
}

/// Threads a launch runs on: the caller and the workers.
pub fn threads() -> usize {
    pool().workers + 1
}

/// Runs `run(i)` for every chunk `i < chunks`, on the calling thread and the
/// pool's workers, and returns when all have run. A panic in any chunk is
/// resumed here, after every thread is done with `run`.
pub fn for_each_chunk(chunks: usize, run: &(dyn Fn(usize) + Sync)) {
    if chunks <= 1 || IS_WORKER.with(Cell::get) {
        return (0..chunks).for_each(run);
    }
    let pool = pool();
    if pool.workers == 0 {
        return (0..chunks).for_each(run);
    }
    let Ok(_running) = pool.running.try_lock() else {
        use rayon::prelude::*;
        return (0..chunks).into_par_iter().for_each(run);
    };
    // SAFETY: the work outlives the launch: this function returns only when
    // `unfinished` is zero, after which no worker reads it.
    let run: Work<'static> = unsafe { std::mem::transmute::<Work<'_>, Work<'static>>(run) };
    // SAFETY: we hold `running` and every worker is done with the last job.
    unsafe { *pool.job.get() = Some((run, chunks)) };
    pool.next_chunk.store(0, Ordering::Relaxed);
    pool.unfinished.store(pool.workers, Ordering::Relaxed);
    pool.generation.fetch_add(1, Ordering::SeqCst);
    if pool.parked.load(Ordering::SeqCst) > 0 {
        // A worker counted as parked holds `park` until it waits, so this
        // notification cannot fall between its check and its wait.
        let _park = pool.park.lock().unwrap_or_else(|e| e.into_inner());
        pool.wake.notify_all();
    }
    let ours = catch_unwind(AssertUnwindSafe(|| pool.claim_chunks(run, chunks)));
    while pool.unfinished.load(Ordering::Acquire) != 0 {
        std::hint::spin_loop();
    }
    if let Err(panic) = ours {
        resume_unwind(panic);
    }
    let theirs = pool.panic.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(panic) = theirs {
        resume_unwind(panic);
    }
}

impl Pool {
    /// Runs chunks until none is left to claim.
    fn claim_chunks(&self, run: Work<'_>, chunks: usize) {
        loop {
            let i = self.next_chunk.fetch_add(1, Ordering::Relaxed);
            if i >= chunks {
                return;
            }
            run(i);
        }
    }

    /// A worker's life: take each launch's job, run chunks of it, report.
    fn work(&self) {
        IS_WORKER.with(|w| w.set(true));
        let mut seen = 0;
        loop {
            seen = self.next_generation(seen);
            // SAFETY: written before the generation we acquired, and not
            // rewritten until we release `unfinished`.
            let (run, chunks) = unsafe { (*self.job.get()).expect("a launch sets its job") };
            if let Err(panic) = catch_unwind(AssertUnwindSafe(|| self.claim_chunks(run, chunks))) {
                *self.panic.lock().unwrap_or_else(|e| e.into_inner()) = Some(panic);
            }
            self.unfinished.fetch_sub(1, Ordering::Release);
        }
    }

    /// Waits for a generation other than `seen`: spinning at first, then
    /// parked.
    fn next_generation(&self, seen: u64) -> u64 {
        let start = Instant::now();
        let mut spins = 0u32;
        loop {
            let now = self.generation.load(Ordering::Acquire);
            if now != seen {
                return now;
            }
            std::hint::spin_loop();
            spins = spins.wrapping_add(1);
            if spins.is_multiple_of(256) && start.elapsed() > SPIN_BEFORE_PARKING {
                break;
            }
        }
        let mut park = self.park.lock().unwrap_or_else(|e| e.into_inner());
        self.parked.fetch_add(1, Ordering::SeqCst);
        loop {
            let now = self.generation.load(Ordering::SeqCst);
            if now != seen {
                self.parked.fetch_sub(1, Ordering::SeqCst);
                return now;
            }
            park = self.wake.wait(park).unwrap_or_else(|e| e.into_inner());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every chunk runs exactly once, launch after launch.
    #[test]
    fn every_chunk_runs_once() {
        for chunks in [0, 1, 2, 3, 17, 1000] {
            let hits: Vec<AtomicUsize> = (0..chunks).map(|_| AtomicUsize::new(0)).collect();
            for_each_chunk(chunks, &|i| {
                hits[i].fetch_add(1, Ordering::Relaxed);
            });
            assert!(
                hits.iter().all(|h| h.load(Ordering::Relaxed) == 1),
                "{chunks} chunks"
            );
        }
    }

    /// Launches from several threads at once (one on the pool, the rest on
    /// rayon) each see all their own chunks.
    #[test]
    fn concurrent_launches_each_complete() {
        std::thread::scope(|s| {
            for t in 0..4 {
                s.spawn(move || {
                    for round in 0..200 {
                        let chunks = 1 + (t * 7 + round) % 40;
                        let sum = AtomicUsize::new(0);
                        for_each_chunk(chunks, &|i| {
                            sum.fetch_add(i + 1, Ordering::Relaxed);
                        });
                        assert_eq!(sum.into_inner(), chunks * (chunks + 1) / 2);
                    }
                });
            }
        });
    }

    /// A panicking chunk reaches the caller, after which the pool still runs
    /// launches (whichever thread ran the chunk).
    #[test]
    fn a_panic_reaches_the_caller_and_the_pool_goes_on() {
        for _ in 0..20 {
            let caught = catch_unwind(|| for_each_chunk(64, &|i| assert!(i != 37, "chunk 37")));
            assert!(caught.is_err());
        }
        let sum = AtomicUsize::new(0);
        for_each_chunk(64, &|i| {
            sum.fetch_add(i, Ordering::Relaxed);
        });
        assert_eq!(sum.into_inner(), 64 * 63 / 2);
    }

    /// A parked worker wakes for the next launch.
    #[test]
    fn parked_workers_wake() {
        std::thread::sleep(SPIN_BEFORE_PARKING * 4);
        let sum = AtomicUsize::new(0);
        for_each_chunk(16, &|i| {
            sum.fetch_add(i, Ordering::Relaxed);
        });
        assert_eq!(sum.into_inner(), 120);
    }
}
