#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod abi;
mod controller;
mod edits;
mod error;
mod limits;
mod module;
mod vocab;

pub use controller::{Action, Controller};
pub use error::ControllerError;
pub use limits::Limits;
pub use module::{ControllerHost, ControllerModule};
pub use vocab::{TokenTable, Vocabulary};

use limits::GuestLimiter;
