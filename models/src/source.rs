//! Where a model's hyperparameters and weights come from.

use realm_ir::GgmlType;

/// A weight tensor as stored: its format, ggml-order dims and raw bytes.
#[derive(Clone, Copy)]
pub struct WeightRef<'a> {
    pub name: &'a str,
    pub ty: GgmlType,
    /// ggml order: `dims[0]` is the row length.
    pub dims: &'a [u64],
    pub bytes: &'a [u8],
    /// Where `bytes` live, for a backend that copies them: see
    /// [`PageRelease`].
    pub pages: &'a dyn PageRelease,
}

impl WeightRef<'_> {
    pub fn n_elements(&self) -> usize {
        self.dims.iter().product::<u64>() as usize
    }

    /// Tells the source that the backend has its own copy of `part` (a
    /// sub-slice of `bytes`) and will not read it again.
    pub fn release(&self, part: &[u8]) {
        self.pages.release(part);
    }
}

impl std::fmt::Debug for WeightRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WeightRef")
            .field("name", &self.name)
            .field("ty", &self.ty)
            .field("dims", &self.dims)
            .field("bytes", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

/// Lets a backend that copies weights out of a memory-mapped file say which
/// bytes it is done with, so that the source can drop those pages from
/// memory (they are read again from the file if touched). Without this the
/// copy and the mapped original would both count toward peak memory.
pub trait PageRelease {
    /// `bytes` (from a tensor of this source) will not be read again soon.
    fn release(&self, bytes: &[u8]);
}

/// A source whose bytes are ordinary memory: nothing to release.
pub struct KeepPages;

impl PageRelease for KeepPages {
    fn release(&self, _: &[u8]) {}
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
