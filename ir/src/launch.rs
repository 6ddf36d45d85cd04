//! What a kernel launch takes besides its arrays, and the shape checks every
//! launch layer runs before launching (the GPU one in `realm-codegen`, the
//! CPU one in `realm-cpu`), so both accept and refuse exactly the same inputs.
//! Errors are messages; each layer wraps them in its own error type.

use crate::ops::{AttentionShape, RopeStyle};

/// The largest head the attention kernels stage in shared memory.
pub const MAX_HEAD_DIM: usize = 256;

/// How a model rotates its query and key heads.
#[derive(Clone, Copy, Debug)]
pub struct RopeParams {
    /// Dimensions rotated per head (the first `n_rot`; even, at most the head size).
    pub n_rot: usize,
    pub base: f32,
    pub freq_scale: f32,
    pub style: RopeStyle,
}

impl RopeParams {
    /// ggml's angle for pair i is `pos * freq_scale * theta_scale^i`.
    pub fn theta_scale(&self) -> f32 {
        self.base.powf(-2.0 / self.n_rot as f32)
    }

    /// Checks `len` elements as `tokens x heads x head_dim`; returns the
    /// number of rotated pairs (one kernel unit each).
    pub fn pairs(
        &self,
        len: usize,
        tokens: usize,
        heads: usize,
        head_dim: usize,
    ) -> Result<usize, String> {
        if len != tokens * heads * head_dim
            || self.n_rot > head_dim
            || !self.n_rot.is_multiple_of(2)
        {
            return Err(format!(
                "rope: {len} elements as {tokens} tokens x {heads} heads x {head_dim} \
                 rotating {} dimensions",
                self.n_rot
            ));
        }
        Ok(tokens * heads * self.n_rot / 2)
    }
}

/// One attention call over a KV cache of `[positions, kv_heads, head_dim]`.
#[derive(Clone, Copy, Debug)]
pub struct AttentionParams {
    pub shape: AttentionShape,
    /// Cache rows written so far (keys at positions `0..n_keys`).
    pub n_keys: usize,
    /// Usually `1 / sqrt(head_dim)`.
    pub scale: f32,
    /// Sliding window: keys this many positions behind the query or more are hidden.
    pub window: Option<usize>,
}

impl AttentionParams {
    /// Checks the shapes against the lengths of `q` and the caches; returns
    /// the number of query rows.
    pub fn queries(&self, q: usize, k: usize, v: usize) -> Result<usize, String> {
        let AttentionShape {
            n_head,
            n_kv_head,
            head_dim,
        } = self.shape;
        let q_row = n_head * head_dim;
        let cache_rows = self.n_keys * n_kv_head * head_dim;
        let fits = n_kv_head > 0
            && n_head.is_multiple_of(n_kv_head)
            && (1..=MAX_HEAD_DIM).contains(&head_dim)
            && q > 0
            && q.is_multiple_of(q_row)
            && k >= cache_rows
            && v >= cache_rows
            && k == v;
        if !fits {
            return Err(format!(
                "attention: {n_head} heads / {n_kv_head} kv heads of {head_dim} (at most \
                 {MAX_HEAD_DIM}), queries of {q} elements, K/V caches of {k} / {v} for {} keys",
                self.n_keys
            ));
        }
        Ok(q / q_row)
    }

    /// The kernels' window argument: 0 for none.
    pub fn window_arg(&self) -> u32 {
        self.window.map_or(0, |w| w as u32)
    }
}

/// Checks that a copy of `n` elements from `src_offset` of an array of
/// `src_len` to `dst_offset` of one of `dst_len` stays inside both (and that
/// the offsets fit the kernels' 32-bit indices).
pub fn copy_ranges(
    src_len: usize,
    src_offset: usize,
    dst_len: usize,
    dst_offset: usize,
    n: usize,
) -> Result<(), String> {
    let inside = |offset: usize, len: usize| offset.checked_add(n).is_some_and(|end| end <= len);
    let fits_u32 = [src_len, dst_len].iter().all(|&l| u32::try_from(l).is_ok());
    if !(inside(src_offset, src_len) && inside(dst_offset, dst_len) && fits_u32) {
        return Err(format!(
            "copy of {n} elements from {src_offset} of {src_len} to {dst_offset} of {dst_len}"
        ));
    }
    Ok(())
}

/// `len` elements seen as rows of `cols`: their number.
pub fn rows_of(what: &str, len: usize, cols: usize) -> Result<usize, String> {
    if cols == 0 || !len.is_multiple_of(cols) {
        return Err(format!("{what}: {len} elements are not rows of {cols}"));
    }
    Ok(len / cols)
}

/// Two lengths that must be equal.
pub fn same_len(what: &str, a: usize, b: usize) -> Result<(), String> {
    if a == b {
        Ok(())
    } else {
        Err(format!("{what}: lengths {a} and {b} differ"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(n_head: usize, n_kv_head: usize, head_dim: usize, n_keys: usize) -> AttentionParams {
        AttentionParams {
            shape: AttentionShape {
                n_head,
                n_kv_head,
                head_dim,
            },
            n_keys,
            scale: 1.0,
            window: None,
        }
    }

    #[test]
    fn attention_shapes_are_checked() {
        assert_eq!(params(4, 2, 8, 3).queries(2 * 32, 3 * 16, 3 * 16), Ok(2));
        // Caches shorter than the keys, heads not grouping, a head too wide.
        assert!(params(4, 2, 8, 3).queries(32, 2 * 16, 2 * 16).is_err());
        assert!(params(4, 3, 8, 1).queries(32, 24, 24).is_err());
        assert!(
            params(1, 1, MAX_HEAD_DIM + 1, 1)
                .queries(257, 257, 257)
                .is_err()
        );
    }

    #[test]
    fn rope_shapes_are_checked() {
        let p = RopeParams {
            n_rot: 6,
            base: 10000.0,
            freq_scale: 1.0,
            style: RopeStyle::Normal,
        };
        assert_eq!(p.pairs(2 * 3 * 8, 2, 3, 8), Ok(18));
        assert!(p.pairs(47, 2, 3, 8).is_err());
        assert!(RopeParams { n_rot: 5, ..p }.pairs(48, 2, 3, 8).is_err());
    }
}
