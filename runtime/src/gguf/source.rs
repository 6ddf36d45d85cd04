//! GGUF files as a [`ModelSource`] for `realm-models`.

use super::GgufFile;
use realm_models::{ModelSource, PageRelease, WeightRef};

impl ModelSource for GgufFile {
    fn get_str(&self, key: &str) -> Option<&str> {
        self.metadata(key)?.as_str()
    }
    fn get_u64(&self, key: &str) -> Option<u64> {
        self.metadata(key)?.as_u64()
    }
    fn get_f32(&self, key: &str) -> Option<f32> {
        self.metadata(key)?.as_f32()
    }
    fn has(&self, key: &str) -> bool {
        self.metadata(key).is_some()
    }
    fn tensor(&self, name: &str) -> Option<WeightRef<'_>> {
        let info = GgufFile::tensor(self, name)?;
        Some(WeightRef {
            name: &info.name,
            ty: info.ty,
            dims: &info.dims,
            bytes: self.tensor_data(info),
            pages: self,
        })
    }
}

impl PageRelease for GgufFile {
    fn release(&self, bytes: &[u8]) {
        self.release_range(bytes);
    }
}
