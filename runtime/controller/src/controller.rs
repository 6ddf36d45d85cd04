//! One request's running controller.

use crate::abi::HostState;
use crate::error::from_call;
use crate::{ControllerError, ControllerModule, Limits, Vocabulary};
use std::sync::Arc;
use wasmtime::{Store, TypedFunc};

/// What the controller wants done with the next token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Sample it from the (possibly edited) logits.
    Sample,
    /// End the generation now.
    Stop,
    /// Emit these tokens next instead of sampling (all valid ids, at least one).
    Inject(Vec<u32>),
}

/// A controller instance steering one request. Owns its own wasmtime store,
/// so nothing a failing controller does reaches any other request.
pub struct Controller {
    store: Store<HostState>,
    step: TypedFunc<(), i32>,
    limits: Limits,
    failed: bool,
}

impl Controller {
    /// Instantiates `module` for a request with this `prompt` and `config`
    /// (the tenant's string for the controller), then runs the module's
    /// `init` if it exports one. Both run on [`Limits::init_fuel`].
    pub fn start(
        module: &ControllerModule,
        vocab: Arc<dyn Vocabulary>,
        config: &[u8],
        prompt: &[u32],
    ) -> Result<Controller, ControllerError> {
        let limits = module.limits;
        let n_vocab = vocab.n_vocab();
        if n_vocab == 0 || i32::try_from(n_vocab).is_err() {
            return Err(ControllerError::Host(format!(
                "a vocabulary of {n_vocab} tokens"
            )));
        }
        if i32::try_from(config.len().max(prompt.len())).is_err() {
            return Err(ControllerError::Host(
                "config or prompt longer than i32::MAX".into(),
            ));
        }
        let state = HostState::new(vocab, config, prompt, limits);
        let mut store = Store::new(module.engine(), state);
        store.limiter(|state| &mut state.limiter);
        set_fuel(&mut store, limits.init_fuel)?;
        let instance = module
            .pre
            .instantiate(&mut store)
            .map_err(|e| from_call(e, "start", limits.init_fuel))?;
        let step = instance
            .get_typed_func::<(), i32>(&mut store, "step")
            .map_err(|e| ControllerError::Export(format!("`step`: {e:#}")))?;
        if module.has_init {
            let init = instance
                .get_typed_func::<(), i32>(&mut store, "init")
                .map_err(|e| ControllerError::Export(format!("`init`: {e:#}")))?;
            store.data_mut().call = "init";
            set_fuel(&mut store, limits.init_fuel)?;
            match init.call(&mut store, ()) {
                Ok(0) => {}
                Ok(code) => return Err(ControllerError::Refused(code)),
                Err(e) => return Err(from_call(e, "init", limits.init_fuel)),
            }
        }
        store.data_mut().call = "step";
        Ok(Controller {
            store,
            step,
            limits,
            failed: false,
        })
    }

    /// Runs the guest's `step` before the next token is chosen. `generated`
    /// is every token generated so far; `logits` (at least the vocabulary's
    /// size; entries past it count as never allowed when the guest restricts
    /// the set) gets the guest's masks and biases when the answer is
    /// [`Action::Sample`], and is left alone otherwise.
    ///
    /// After an error the controller is finished: every later call returns
    /// [`ControllerError::Failed`].
    pub fn step(
        &mut self,
        generated: &[u32],
        logits: &mut [f32],
    ) -> Result<Action, ControllerError> {
        if self.failed {
            return Err(ControllerError::Failed);
        }
        let result = self.run_step(generated, logits);
        self.failed = result.is_err();
        result
    }

    fn run_step(
        &mut self,
        generated: &[u32],
        logits: &mut [f32],
    ) -> Result<Action, ControllerError> {
        let state = self.store.data_mut();
        if logits.len() < state.n_vocab {
            return Err(ControllerError::Host(format!(
                "{} logits for a vocabulary of {} tokens",
                logits.len(),
                state.n_vocab
            )));
        }
        state.generated.clear();
        state.generated.extend_from_slice(generated);
        state.edits.clear();
        let fuel = self.limits.fuel_per_call;
        set_fuel(&mut self.store, fuel)?;
        let code = self
            .step
            .call(&mut self.store, ())
            .map_err(|e| from_call(e, "step", fuel))?;
        let edits = &mut self.store.data_mut().edits;
        let queued = edits.inject.len();
        match code {
            0 | 1 if queued > 0 => Err(ControllerError::Abi(format!(
                "step queued {queued} tokens with inject but returned {code}, not 2 (inject)"
            ))),
            0 => {
                edits.apply(logits).map_err(ControllerError::Abi)?;
                Ok(Action::Sample)
            }
            1 => Ok(Action::Stop),
            2 if queued == 0 => Err(ControllerError::Abi(
                "step returned 2 (inject) without queueing any token with inject".into(),
            )),
            2 => Ok(Action::Inject(std::mem::take(&mut edits.inject))),
            _ => Err(ControllerError::Abi(format!(
                "step returned {code}; it must return 0 (sample), 1 (stop) or 2 (inject)"
            ))),
        }
    }

    /// Fuel the last call used: how close the controller runs to its limit.
    pub fn fuel_used(&self) -> u64 {
        let left = self.store.get_fuel().unwrap_or(0);
        self.store.data().fuel.saturating_sub(left)
    }
}

fn set_fuel(store: &mut Store<HostState>, fuel: u64) -> Result<(), ControllerError> {
    store.data_mut().fuel = fuel;
    store
        .set_fuel(fuel)
        .map_err(|e| ControllerError::Host(format!("{e:#}")))
}

// Moves with its request between the server's threads.
const _: fn() = || {
    fn movable<T: Send>() {}
    movable::<Controller>();
};
