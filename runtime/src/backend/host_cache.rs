//! A KV cache in host memory, for the backends that compute on the host
//! (the reference and the CPU kernels): per layer, keys and values
//! `[positions, n_kv]`, grown as they are filled.

use realm_models::KvCache;

pub struct HostCache {
    n_kv: usize,
    capacity: usize,
    len: usize,
    k: Vec<Vec<f32>>,
    v: Vec<Vec<f32>>,
}

impl HostCache {
    pub fn new(n_layer: usize, n_kv: usize, capacity: usize) -> HostCache {
        HostCache {
            n_kv,
            capacity,
            len: 0,
            k: vec![Vec::new(); n_layer],
            v: vec![Vec::new(); n_layer],
        }
    }

    /// Writes rows `k` and `v` at positions `pos0..` of `layer` (forgetting
    /// whatever that layer held from `pos0` on) and returns the layer's keys
    /// and values, positions `0..pos0 + rows`.
    pub fn append(&mut self, layer: usize, pos0: usize, k: &[f32], v: &[f32]) -> (&[f32], &[f32]) {
        let (lk, lv) = (&mut self.k[layer], &mut self.v[layer]);
        lk.truncate(pos0 * self.n_kv);
        lv.truncate(pos0 * self.n_kv);
        lk.extend_from_slice(k);
        lv.extend_from_slice(v);
        (lk, lv)
    }

    /// Lets the cache hold `capacity` positions (forgetting any beyond it):
    /// a kept conversation's cache taken up by a request with another limit.
    pub fn set_capacity(&mut self, capacity: usize) {
        self.capacity = capacity;
        realm_models::KvCache::truncate(self, capacity);
    }

    /// Records that positions up to `len` are filled in every layer.
    pub fn commit(&mut self, len: usize) {
        self.len = len;
    }
}

impl KvCache for HostCache {
    fn len(&self) -> usize {
        self.len
    }
    fn capacity(&self) -> usize {
        self.capacity
    }
    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
        for layer in self.k.iter_mut().chain(self.v.iter_mut()) {
            layer.truncate(self.len * self.n_kv);
        }
    }
}
