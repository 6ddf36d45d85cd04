//! Where a model's hyperparameters and weights come from.

use realm_ir::GgmlType;

/// A weight tensor as stored: its format, ggml-order dims and raw bytes.
#[derive(Clone, Copy, Debug)]
pub struct WeightRef<'a> {
    pub name: &'a str,
    pub ty: GgmlType,
    /// ggml order: `dims[0]` is the row length.
    pub dims: &'a [u64],
    pub bytes: &'a [u8],
}

impl WeightRef<'_> {
    pub fn n_elements(&self) -> usize {
        self.dims.iter().product::<u64>() as usize
    }
}

/// Read access to a model file's metadata and tensors (GGUF key names).
pub trait ModelSource {
    fn get_str(&self, key: &str) -> Option<&str>;
    /// A non-negative integer.
    fn get_u64(&self, key: &str) -> Option<u64>;
    fn get_f32(&self, key: &str) -> Option<f32>;
    /// Whether the key exists at all (with any type).
    fn has(&self, key: &str) -> bool;
    fn tensor(&self, name: &str) -> Option<WeightRef<'_>>;
}
