//! What one `step` asked the host to do to the next-token distribution, and
//! applying it to the logits once the guest returns.
//!
//! Host functions only record requests here; the logits themselves are
//! borrowed by [`Controller::step`](crate::Controller::step) and edited after
//! the guest returns, so no guest call ever holds a pointer into them.

/// Requests recorded during one `step`.
pub(crate) struct Edits {
    /// Bit `i` set: token `i` may be sampled. Meaningful only when `masked`.
    allowed: Vec<u64>,
    /// Whether the guest restricted the set of tokens this step.
    masked: bool,
    /// Added to each token's logit; sized lazily (most controllers never
    /// bias), all zeros between steps.
    bias: Vec<f32>,
    biased: bool,
    /// Tokens queued with `inject`.
    pub inject: Vec<u32>,
    n_vocab: usize,
}

/// Most tokens one step may inject.
pub(crate) const MAX_INJECT: usize = 1024;

impl Edits {
    pub fn new(n_vocab: usize) -> Self {
        Edits {
            allowed: vec![0; n_vocab.div_ceil(64)],
            masked: false,
            bias: Vec::new(),
            biased: false,
            inject: Vec::new(),
            n_vocab,
        }
    }

    /// Forgets the last step's requests.
    pub fn clear(&mut self) {
        self.masked = false;
        if self.biased {
            self.bias.fill(0.0);
            self.biased = false;
        }
        self.inject.clear();
    }

    /// Words of the allowed-set bitmap, for charging fuel.
    pub fn mask_words(&self) -> usize {
        self.allowed.len()
    }

    /// Nothing is allowed until `allow`ed.
    pub fn allow_none(&mut self) {
        self.allowed.fill(0);
        self.masked = true;
    }

    /// Allows `id` (a no-op while everything is allowed). `id < n_vocab`.
    pub fn allow(&mut self, id: u32) {
        if self.masked {
            self.allowed[id as usize / 64] |= 1 << (id % 64);
        }
    }

    /// Allows every token whose bit is set in `bitmap` (bit `i % 8` of byte
    /// `i / 8` is token `i`); bits past the vocabulary are ignored.
    pub fn allow_bitmap(&mut self, bitmap: &[u8]) {
        if !self.masked {
            return;
        }
        let (whole, rest) = bitmap.as_chunks::<8>();
        for (word, bytes) in self.allowed.iter_mut().zip(whole) {
            *word |= u64::from_le_bytes(*bytes);
        }
        if let Some(word) = self.allowed.get_mut(whole.len()) {
            let mut bytes = [0u8; 8];
            bytes[..rest.len()].copy_from_slice(rest);
            *word |= u64::from_le_bytes(bytes);
        }
        self.clear_tail();
    }

    /// Bans `id`. `id < n_vocab`.
    pub fn ban(&mut self, id: u32) {
        if !self.masked {
            self.allowed.fill(u64::MAX);
            self.clear_tail();
            self.masked = true;
        }
        self.allowed[id as usize / 64] &= !(1 << (id % 64));
    }

    /// Adds `delta` to token `id`'s logit. `id < n_vocab`.
    pub fn bias(&mut self, id: u32, delta: f32) {
        if self.bias.is_empty() {
            self.bias = vec![0.0; self.n_vocab];
        }
        self.bias[id as usize] += delta;
        self.biased = true;
    }

    /// Keeps the bits past the last token clear, so "is anything allowed"
    /// is a plain any-nonzero test.
    fn clear_tail(&mut self) {
        let tail = self.n_vocab % 64;
        if tail != 0
            && let Some(last) = self.allowed.last_mut()
        {
            *last &= (1u64 << tail) - 1;
        }
    }

    /// Applies the step's requests to `logits` (at least `n_vocab` long;
    /// entries past the vocabulary count as never allowed once the guest
    /// restricts the set). Errors if the guest left nothing to sample.
    pub fn apply(&self, logits: &mut [f32]) -> Result<(), String> {
        if self.masked {
            if self.allowed.iter().all(|&word| word == 0) {
                return Err("the controller allowed no token at all this step".into());
            }
            for (i, chunk) in logits.chunks_mut(64).enumerate() {
                match self.allowed.get(i).copied().unwrap_or(0) {
                    u64::MAX => {}
                    0 => chunk.fill(f32::NEG_INFINITY),
                    word => mask_word(chunk, word),
                }
            }
        }
        if self.biased {
            for (logit, delta) in logits.iter_mut().zip(&self.bias) {
                *logit += delta;
            }
        }
        Ok(())
    }
}

/// `LANES[b][k]` is all ones if bit `k` of byte `b` is set: a byte of the
/// bitmap as eight lane masks.
static LANES: [[u32; 8]; 256] = {
    let mut lanes = [[0u32; 8]; 256];
    let mut byte = 0;
    while byte < 256 {
        let mut bit = 0;
        while bit < 8 {
            if byte >> bit & 1 != 0 {
                lanes[byte][bit] = u32::MAX;
            }
            bit += 1;
        }
        byte += 1;
    }
    lanes
};

/// Sets the logits whose bit in `word` is clear to -inf. With lane masks
/// from [`LANES`] the inner loop is a plain and/or on eight floats, which the
/// compiler vectorizes (about 4x faster than testing bit by bit).
fn mask_word(logits: &mut [f32], word: u64) {
    let minus_inf = f32::NEG_INFINITY.to_bits();
    let (eights, rest) = logits.as_chunks_mut::<8>();
    let bytes = word.to_le_bytes();
    for (eight, byte) in eights.iter_mut().zip(bytes) {
        let keep = &LANES[byte as usize];
        for k in 0..8 {
            eight[k] = f32::from_bits((eight[k].to_bits() & keep[k]) | (minus_inf & !keep[k]));
        }
    }
    // The vocabulary's last, partial byte.
    if let Some(&byte) = bytes.get(eights.len()) {
        for (logit, &keep) in rest.iter_mut().zip(&LANES[byte as usize]) {
            *logit = f32::from_bits((logit.to_bits() & keep) | (minus_inf & !keep));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_bans_and_bias_compose() {
        let mut edits = Edits::new(130);
        let mut logits = vec![1.0f32; 130];
        edits.allow_none();
        edits.allow_bitmap(&[0b101, 0, 0, 0, 0, 0, 0, 0, 0xff]);
        edits.allow(129);
        edits.ban(2);
        edits.bias(0, 0.5);
        edits.apply(&mut logits).unwrap();
        let finite: Vec<usize> = (0..130).filter(|&i| logits[i].is_finite()).collect();
        assert_eq!(finite, [0, 64, 65, 66, 67, 68, 69, 70, 71, 129]);
        assert_eq!(logits[0], 1.5);

        edits.clear();
        let mut logits = vec![1.0f32; 132];
        edits.ban(5);
        edits.apply(&mut logits).unwrap();
        assert_eq!(logits[5], f32::NEG_INFINITY);
        assert_eq!(logits[0], 1.0, "bias cleared between steps");
        assert_eq!(logits[129], 1.0);
        assert!(
            logits[130..].iter().all(|l| *l == f32::NEG_INFINITY),
            "past the vocabulary"
        );
    }

    /// [`mask_word`] against testing bit by bit, for every chunk length.
    #[test]
    fn mask_word_matches_bit_by_bit() {
        let mut word = 0x0123_4567_89ab_cdefu64;
        for len in 0..=64 {
            word = word.rotate_left(7) ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let mut fast: Vec<f32> = (0..len).map(|i| i as f32).collect();
            mask_word(&mut fast, word);
            let slow: Vec<f32> = (0..len)
                .map(|i| {
                    if word >> i & 1 != 0 {
                        i as f32
                    } else {
                        f32::NEG_INFINITY
                    }
                })
                .collect();
            assert_eq!(fast, slow, "len {len}, word {word:#x}");
        }
    }

    #[test]
    fn nothing_allowed_is_an_error() {
        let mut edits = Edits::new(3);
        edits.allow_none();
        edits.allow_bitmap(&[0b1111_1000]);
        assert!(edits.apply(&mut [0.0; 3]).is_err());
        edits.clear();
        for id in 0..3 {
            edits.ban(id);
        }
        assert!(edits.apply(&mut [0.0; 3]).is_err());
    }
}
