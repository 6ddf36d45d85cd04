//! What a controller may know about the model's vocabulary.

use std::borrow::Cow;

/// The model's tokens, as the controller sees them through `token_text`,
/// `is_eog` and `vocab_size`.
///
/// One value per model, shared by every request's controller (hence
/// `Send + Sync`, behind an `Arc`). Token ids run from 0 to `n_vocab() - 1`;
/// the host rejects any other id a controller passes before it reaches
/// these methods.
pub trait Vocabulary: Send + Sync {
    /// How many tokens there are.
    fn n_vocab(&self) -> usize;
    /// The bytes the token decodes to (a special token's text, a byte
    /// token's byte); `Cow` lets a precomputed table lend its bytes instead of
    /// allocating for each of the tens of thousands of calls a controller's
    /// `init` may make.
    fn token_bytes(&self, id: u32) -> Cow<'_, [u8]>;
    /// Whether the token ends generation (EOS, end of turn, ...).
    fn is_eog(&self, id: u32) -> bool;
}

/// A [`Vocabulary`] held as a table: every token's bytes, plus the
/// end-of-generation ids. Build it once per model.
#[derive(Clone, Debug, Default)]
pub struct TokenTable {
    pieces: Vec<Vec<u8>>,
    eog: Vec<bool>,
}

impl TokenTable {
    /// A table of `pieces[id]`, where the ids in `eog` end generation (ids
    /// outside the table are ignored).
    pub fn new(pieces: Vec<Vec<u8>>, eog: impl IntoIterator<Item = u32>) -> Self {
        let mut is_eog = vec![false; pieces.len()];
        for id in eog {
            if let Some(flag) = is_eog.get_mut(id as usize) {
                *flag = true;
            }
        }
        TokenTable {
            pieces,
            eog: is_eog,
        }
    }
}

impl Vocabulary for TokenTable {
    fn n_vocab(&self) -> usize {
        self.pieces.len()
    }

    fn token_bytes(&self, id: u32) -> Cow<'_, [u8]> {
        Cow::Borrowed(self.pieces.get(id as usize).map_or(&[][..], Vec::as_slice))
    }

    fn is_eog(&self, id: u32) -> bool {
        self.eog.get(id as usize).copied().unwrap_or(false)
    }
}
