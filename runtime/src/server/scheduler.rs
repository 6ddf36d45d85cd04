//! Continuous batching: one thread owns the model and advances every running
//! sequence together, one batched forward pass per step.
//!
//! - Requests join and leave the batch at token boundaries: a finished or
//!   cancelled sequence frees its slot (and its KV cache) before the next step.
//! - Prompts are prefilled in chunks that share a per-step token budget with
//!   the decoding sequences, so a long prompt never stalls everyone's next token.
//! - Waiting requests are admitted round-robin across tenants, so one tenant's
//!   flood does not starve another.
//! - Kept conversations (a request's `session`) are keyed by tenant *and*
//!   session id on the server side: a tenant can only ever reuse its own.

use super::metrics::Metrics;
use super::quota::{Admission, TenantState};
use crate::engine::{Engine, SessionCache};
use crate::generate::{FinishReason, GenerateOptions, SequenceState};
use crate::sampling::logprobs;
use realm_models::{KvCache, Logits, Sequence};
use std::collections::{HashMap, VecDeque};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};
use std::time::Instant;
use tokio::sync::mpsc::UnboundedSender;

/// How the scheduler batches.
#[derive(Clone, Copy, Debug)]
pub struct SchedulerConfig {
    /// Sequences in the running batch at most.
    pub slots: usize,
    /// Token rows per step at most (decoding sequences take one each; the
    /// rest goes to prompt chunks). Always at least one row per decoder.
    pub batch_tokens: usize,
    /// Kept conversations at most, over all tenants (LRU beyond it).
    pub max_kept_sessions: usize,
}

/// What a request's stream receives.
#[derive(Debug)]
pub enum Event {
    /// A generated token: the text it completed (possibly empty) and, when
    /// asked for, its log-probability.
    Token {
        text: String,
        logprob: Option<TokenLogprob>,
    },
    /// The end, with the request's token counts.
    Done { finish: FinishReason, usage: Usage },
    /// The request failed after it was admitted: by its own controller's
    /// doing (the tenant's fault), or the server's.
    Failed {
        message: String,
        by_controller: bool,
    },
}

#[derive(Clone, Debug)]
pub struct TokenLogprob {
    pub token: u32,
    pub logprob: f32,
    /// The most likely tokens at this position, highest first.
    pub top: Vec<(u32, f32)>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub prompt_tokens: usize,
    pub completion_tokens: usize,
    /// Prompt tokens found in a kept conversation's cache, not recomputed.
    pub cached_tokens: usize,
}

/// Steers a generation token by token (a tenant's WASM controller).
pub trait TokenController: Send {
    /// Called before each token is sampled; may change `logits` in place.
    fn step(&mut self, generated: &[u32], logits: &mut [f32]) -> Result<ControlAction, String>;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ControlAction {
    Sample,
    Stop,
    /// Force these tokens next, instead of sampling.
    Inject(Vec<u32>),
}

/// An admitted request, handed to the scheduler.
pub struct Job {
    pub admission: Admission,
    pub prompt: Vec<u32>,
    pub options: GenerateOptions,
    /// Log-probabilities with this many top alternatives.
    pub logprobs: Option<usize>,
    /// Added to these tokens' logits before anything else looks at them.
    pub logit_bias: Vec<(u32, f32)>,
    /// Keep the conversation's KV cache under this id (per tenant).
    pub session: Option<String>,
    pub controller: Option<Box<dyn TokenController>>,
    pub events: UnboundedSender<Event>,
    pub received: Instant,
}

impl Job {
    fn tenant(&self) -> &Arc<TenantState> {
        self.admission.tenant()
    }
}

/// The request handlers' side of the scheduler.
#[derive(Clone)]
pub struct SchedulerHandle {
    tx: Sender<Job>,
}

impl SchedulerHandle {
    /// Queues `job`; gives it back if the scheduler has stopped.
    pub fn submit(&self, job: Job) -> Result<(), Box<Job>> {
        self.tx.send(job).map_err(|e| Box::new(e.0))
    }
}

/// Starts the scheduler thread over `engine`.
pub fn spawn(
    engine: Arc<Engine>,
    config: SchedulerConfig,
    metrics: Arc<Metrics>,
) -> SchedulerHandle {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("realm-scheduler".into())
        .spawn(move || Scheduler::new(&engine, config, metrics).run(rx))
        .expect("cannot start the scheduler thread");
    SchedulerHandle { tx }
}

/// A conversation's cache kept between requests.
struct Kept {
    cache: SessionCache,
    /// The tokens its positions hold.
    tokens: Vec<u32>,
    last_used: u64,
}

/// (tenant, session id): the tenant part is the server's, never the client's.
type SessionKey = (String, String);

struct Running<'e> {
    job: Job,
    state: SequenceState<'e>,
    cache: SessionCache,
    /// Tokens to feed; `fed` of them already are.
    input: Vec<u32>,
    fed: usize,
    usage: Usage,
    last_token_at: Option<Instant>,
}

struct Scheduler<'e> {
    engine: &'e Engine,
    config: SchedulerConfig,
    metrics: Arc<Metrics>,
    /// Per tenant, in round-robin order.
    waiting: VecDeque<(String, VecDeque<Job>)>,
    running: Vec<Running<'e>>,
    kept: HashMap<SessionKey, Kept>,
    /// Every tenant seen, for its usage counters.
    tenants: HashMap<String, Arc<TenantState>>,
    tick: u64,
    /// Where the next prompt chunk allocation starts (rotates for fairness).
    prefill_turn: usize,
}

impl<'e> Scheduler<'e> {
    fn new(engine: &'e Engine, config: SchedulerConfig, metrics: Arc<Metrics>) -> Self {
        Scheduler {
            engine,
            config,
            metrics,
            waiting: VecDeque::new(),
            running: Vec::new(),
            kept: HashMap::new(),
            tenants: HashMap::new(),
            tick: 0,
            prefill_turn: 0,
        }
    }

    fn run(mut self, rx: Receiver<Job>) {
        loop {
            // Idle: block until work comes (or the server is gone).
            if self.running.is_empty() && self.waiting.is_empty() {
                match rx.recv() {
                    Ok(job) => self.enqueue(job),
                    Err(_) => return,
                }
            }
            loop {
                match rx.try_recv() {
                    Ok(job) => self.enqueue(job),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected)
                        if self.running.is_empty() && self.waiting.is_empty() =>
                    {
                        return;
                    }
                    Err(TryRecvError::Disconnected) => break,
                }
            }
            self.drop_cancelled();
            self.admit();
            self.report_occupancy();
            if !self.running.is_empty() {
                self.step();
                // Finished sequences left during the step: the gauges say so
                // even if the scheduler now goes idle.
                self.report_occupancy();
            }
        }
    }

    fn enqueue(&mut self, job: Job) {
        let name = job.tenant().name().to_owned();
        self.tenants
            .entry(name.clone())
            .or_insert_with(|| job.tenant().clone());
        match self.waiting.iter_mut().find(|(n, _)| *n == name) {
            Some((_, queue)) => queue.push_back(job),
            None => self.waiting.push_back((name, VecDeque::from([job]))),
        }
    }

    fn waiting_len(&self) -> usize {
        self.waiting.iter().map(|(_, q)| q.len()).sum()
    }

    fn report_occupancy(&self) {
        self.metrics
            .occupancy(self.waiting_len(), self.running.len());
    }

    /// Sequences whose client went away end now, freeing slot and cache.
    fn drop_cancelled(&mut self) {
        let metrics = &self.metrics;
        let wanted = |job: &Job| {
            let gone = job.events.is_closed();
            if gone {
                metrics.cancelled(job.tenant().name());
            }
            !gone
        };
        self.running.retain(|r| wanted(&r.job));
        for (_, queue) in &mut self.waiting {
            queue.retain(wanted);
        }
        self.waiting.retain(|(_, q)| !q.is_empty());
    }

    /// Fills free slots from the waiting queues, one tenant at a time.
    fn admit(&mut self) {
        while self.running.len() < self.config.slots {
            let Some((name, mut queue)) = self.waiting.pop_front() else {
                break;
            };
            let job = queue.pop_front();
            if !queue.is_empty() {
                self.waiting.push_back((name, queue));
            }
            if let Some(job) = job {
                self.start(job);
            }
        }
    }

    fn start(&mut self, job: Job) {
        let engine = self.engine;
        let capacity =
            (job.prompt.len() + job.options.max_tokens).min(job.tenant().tenant.limits.max_context);
        let tenant_name = job.tenant().name().to_owned();
        let kept = job
            .session
            .as_ref()
            .and_then(|id| self.kept.remove(&(tenant_name.clone(), id.clone())));
        let (cache, cached) = match kept {
            Some(mut kept) => {
                kept.cache.set_capacity(capacity);
                let cached = engine.reuse_prefix(&mut kept.cache, &kept.tokens, &job.prompt);
                (kept.cache, cached)
            }
            None => (engine.new_cache_for(capacity), 0),
        };
        self.update_kept_usage(&tenant_name);
        let state = SequenceState::new(&engine.tokenizer, &job.prompt, &job.options);
        let usage = Usage {
            prompt_tokens: job.prompt.len(),
            completion_tokens: 0,
            cached_tokens: cached,
        };
        self.metrics.tokens(&tenant_name, job.prompt.len(), 0);
        let input = job.prompt[cached..].to_vec();
        self.running.push(Running {
            job,
            state,
            cache,
            input,
            fed: 0,
            usage,
            last_token_at: None,
        });
        self.evict_over_budget(&tenant_name);
    }

    /// Which rows each running sequence feeds this step: every decoding
    /// sequence one, prompt chunks sharing what is left of the budget.
    fn plan(&mut self) -> Vec<usize> {
        let n = self.running.len();
        let mut take = vec![0usize; n];
        let mut budget = self.config.batch_tokens.max(1);
        let mut prefilling = Vec::new();
        for (i, r) in self.running.iter().enumerate() {
            let left = r.input.len() - r.fed;
            if left == 1 {
                take[i] = 1;
                budget = budget.saturating_sub(1);
            } else {
                prefilling.push(i);
            }
        }
        if prefilling.is_empty() {
            return take;
        }
        // An even share each, then what is left in rotating order.
        let start = self.prefill_turn % prefilling.len();
        self.prefill_turn = self.prefill_turn.wrapping_add(1);
        prefilling.rotate_left(start);
        let share = (budget / prefilling.len()).max(1);
        for &i in &prefilling {
            let r = &self.running[i];
            let t = (r.input.len() - r.fed).min(share).min(budget);
            take[i] = t;
            budget -= t;
        }
        for &i in &prefilling {
            let r = &self.running[i];
            let t = (r.input.len() - r.fed - take[i]).min(budget);
            take[i] += t;
            budget -= t;
        }
        // Progress even when decoders used the whole budget.
        if prefilling.iter().all(|&i| take[i] == 0) {
            take[prefilling[0]] = 1;
        }
        take
    }

    fn step(&mut self) {
        let take = self.plan();
        let rows: usize = take.iter().sum();
        let sequences = take.iter().filter(|&&t| t > 0).count();
        self.metrics.step(sequences, rows);

        let engine = self.engine;
        let result = {
            let mut batch: Vec<Sequence<'_, SessionCache>> = self
                .running
                .iter_mut()
                .zip(&take)
                .map(|(r, &t)| {
                    let done = r.fed + t == r.input.len();
                    Sequence {
                        cache: &mut r.cache,
                        tokens: &r.input[r.fed..r.fed + t],
                        logits: if done && t > 0 {
                            Logits::Last
                        } else {
                            Logits::None
                        },
                    }
                })
                .collect();
            // A bug in a kernel must not take every tenant's requests down
            // with the thread: the batch fails, the server carries on.
            let start = Instant::now();
            let result =
                std::panic::catch_unwind(AssertUnwindSafe(|| engine.forward_batch(&mut batch)));
            // `REALM_LOG=realm_runtime::server=debug` shows what each step costs.
            tracing::debug!(
                sequences,
                rows,
                ms = start.elapsed().as_secs_f64() * 1e3,
                "forward step"
            );
            result
        };
        let logits = match result {
            Ok(Ok(l)) => l,
            Ok(Err(e)) => {
                return self.fail_batch(&take, &format!("the forward pass failed: {e:#}"));
            }
            Err(_) => {
                return self.fail_batch(
                    &take,
                    "the forward pass panicked (a bug; see the server log)",
                );
            }
        };

        let mut finished = Vec::new();
        for (i, (mut logits, t)) in logits.into_iter().zip(take).enumerate() {
            let r = &mut self.running[i];
            r.fed += t;
            if t == 0 || r.fed < r.input.len() {
                continue;
            }
            if let Some(finish) = advance(r, &mut logits, &self.metrics) {
                finished.push((i, finish));
            }
        }
        for (i, finish) in finished.into_iter().rev() {
            let r = self.running.swap_remove(i);
            self.finish(r, finish);
        }
    }

    fn fail_batch(&mut self, take: &[usize], message: &str) {
        tracing::error!("{message}");
        // Backwards, so swap_remove leaves the indices still to visit alone.
        for i in (0..take.len()).rev() {
            if take[i] > 0 {
                let r = self.running.swap_remove(i);
                let _ = r.job.events.send(Event::Failed {
                    message: message.to_owned(),
                    by_controller: false,
                });
            }
        }
    }

    fn finish(&mut self, r: Running<'e>, finish: Finish) {
        let Running {
            job,
            state,
            mut cache,
            usage,
            ..
        } = r;
        match finish {
            Finish::Done(reason) => {
                let _ = job.events.send(Event::Done {
                    finish: reason,
                    usage,
                });
            }
            Finish::Failed(message) => {
                let _ = job.events.send(Event::Failed {
                    message,
                    by_controller: true,
                });
            }
        }
        let tenant = job.tenant().clone();
        if let Some(id) = &job.session {
            // The cache holds every token but the last sampled one.
            let mut tokens = state.history().to_vec();
            tokens.truncate(cache.len());
            cache.set_capacity(cache.len());
            self.tick += 1;
            self.kept.insert(
                (tenant.name().to_owned(), id.clone()),
                Kept {
                    cache,
                    tokens,
                    last_used: self.tick,
                },
            );
        }
        drop(job); // gives the admission back
        self.update_kept_usage(tenant.name());
        self.evict_over_budget(tenant.name());
        while self.kept.len() > self.config.max_kept_sessions {
            self.evict_lru(None);
        }
    }

    fn update_kept_usage(&self, tenant: &str) {
        let per_position = self.engine.kv_bytes_per_position();
        let bytes: usize = self
            .kept
            .iter()
            .filter(|((t, _), _)| t == tenant)
            .map(|(_, k)| k.cache.len() * per_position)
            .sum();
        if let Some(state) = self.tenant_state(tenant) {
            state.set_kept_kv(bytes);
        }
    }

    fn tenant_state(&self, tenant: &str) -> Option<Arc<TenantState>> {
        self.tenants.get(tenant).cloned()
    }

    /// Drops `tenant`'s least recently used kept conversations while its
    /// running requests and kept ones together exceed its KV budget.
    fn evict_over_budget(&mut self, tenant: &str) {
        while let Some(state) = self.tenant_state(tenant)
            && state.kept_kv_over_budget() > 0
        {
            if !self.evict_lru(Some(tenant)) {
                break;
            }
        }
    }

    /// Drops the least recently used kept conversation (of `tenant`, if
    /// given); false when there is none.
    fn evict_lru(&mut self, tenant: Option<&str>) -> bool {
        let oldest = self
            .kept
            .iter()
            .filter(|((t, _), _)| tenant.is_none_or(|want| t == want))
            .min_by_key(|(_, k)| k.last_used)
            .map(|(key, _)| key.clone());
        match oldest {
            Some(key) => {
                self.kept.remove(&key);
                self.update_kept_usage(&key.0);
                true
            }
            None => false,
        }
    }
}

enum Finish {
    Done(FinishReason),
    /// The controller failed or misbehaved.
    Failed(String),
}

/// Samples (or takes the controller's) next token for a sequence whose input
/// is all fed; sends its event. Returns how it ends, if it does.
fn advance(r: &mut Running<'_>, logits: &mut [f32], metrics: &Metrics) -> Option<Finish> {
    let tenant = r.job.tenant().clone();
    for &(id, bias) in &r.job.logit_bias {
        if let Some(l) = logits.get_mut(id as usize) {
            *l += bias;
        }
    }
    let mut forced: Vec<u32> = Vec::new();
    if let Some(controller) = &mut r.job.controller {
        match controller.step(r.state.generated(), logits) {
            Ok(ControlAction::Sample) => {}
            Ok(ControlAction::Stop) => {
                let text = r.state.stop_now();
                if !text.is_empty() {
                    let _ = r.job.events.send(Event::Token {
                        text,
                        logprob: None,
                    });
                }
                return Some(Finish::Done(FinishReason::Stop));
            }
            Ok(ControlAction::Inject(tokens)) => forced = tokens,
            Err(message) => {
                return Some(Finish::Failed(format!("the controller failed: {message}")));
            }
        }
    }
    let tokens = if forced.is_empty() {
        vec![r.state.sample(logits)]
    } else {
        forced
    };
    let mut fed_next = Vec::with_capacity(tokens.len());
    for (k, token) in tokens.into_iter().enumerate() {
        if token as usize >= logits.len() {
            return Some(Finish::Failed(format!(
                "the controller injected token {token}, outside the vocabulary"
            )));
        }
        // Only the first token was chosen from these logits.
        let logprob = r.job.logprobs.filter(|_| k == 0).map(|n| {
            let (lp, top) = logprobs(logits, token, n);
            TokenLogprob {
                token,
                logprob: lp,
                top,
            }
        });
        let now = Instant::now();
        match r.last_token_at {
            None => metrics.time_to_first_token(tenant.name(), now - r.job.received),
            Some(t) => metrics.inter_token(tenant.name(), now - t),
        }
        r.last_token_at = Some(now);
        r.usage.completion_tokens += 1;
        tenant.charge(1);
        metrics.tokens(tenant.name(), 0, 1);
        let room = r.cache.len() + fed_next.len() < r.cache.capacity();
        let step = r.state.push(token, room);
        let _ = r.job.events.send(Event::Token {
            text: step.text,
            logprob,
        });
        if let Some(finish) = step.finish {
            return Some(Finish::Done(finish));
        }
        fed_next.push(token);
    }
    r.input = fed_next;
    r.fed = 0;
    None
}
