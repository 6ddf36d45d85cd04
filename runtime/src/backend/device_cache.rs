//! A KV cache in device memory, for the GPU backends: per layer, keys and
//! values `[positions, n_kv]` in one device array each, which the attention
//! kernels read directly.
//!
//! A layer's arrays grow as positions are filled (doubling, up to the
//! capacity), as the host cache does: a server keeps one cache per session,
//! and most sessions never reach the context limit. Growing copies the filled
//! positions on the device, through the same `copy` kernel that writes new
//! rows.

use realm_codegen::gpu::{DeviceArray, Gpu, GpuRuntime, KernelError};
use realm_models::KvCache;

/// Positions a layer's arrays hold at first.
const FIRST_ALLOCATION: usize = 64;

struct LayerArrays {
    k: DeviceArray<f32>,
    v: DeviceArray<f32>,
    /// Positions the arrays have room for.
    positions: usize,
}

pub struct DeviceCache {
    n_kv: usize,
    capacity: usize,
    len: usize,
    layers: Vec<Option<LayerArrays>>,
}

impl DeviceCache {
    pub fn new(n_layer: usize, n_kv: usize, capacity: usize) -> DeviceCache {
        DeviceCache {
            n_kv,
            capacity,
            len: 0,
            layers: (0..n_layer).map(|_| None).collect(),
        }
    }

    /// Writes rows `k` and `v` (`rows x n_kv`) at positions `pos0..` of
    /// `layer` and returns the layer's arrays, which hold at least positions
    /// `0..pos0 + rows` (what lies beyond is not meaningful).
    pub fn append<R: GpuRuntime>(
        &mut self,
        gpu: &Gpu<R>,
        layer: usize,
        pos0: usize,
        k: &DeviceArray<f32>,
        v: &DeviceArray<f32>,
    ) -> Result<(&DeviceArray<f32>, &DeviceArray<f32>), KernelError> {
        let n_kv = self.n_kv;
        let rows = k.len() / n_kv;
        let needed = pos0 + rows;
        let have = self.layers[layer].as_ref().map_or(0, |l| l.positions);
        if needed > have {
            let positions = needed
                .max(2 * have)
                .max(FIRST_ALLOCATION)
                .min(self.capacity.max(needed));
            let mut grown = LayerArrays {
                k: gpu.empty(positions * n_kv),
                v: gpu.empty(positions * n_kv),
                positions,
            };
            if let Some(old) = &self.layers[layer] {
                // Only the positions before the new rows are worth keeping.
                let keep = pos0.min(old.positions) * n_kv;
                gpu.copy_into(&old.k, 0, &mut grown.k, 0, keep)?;
                gpu.copy_into(&old.v, 0, &mut grown.v, 0, keep)?;
            }
            self.layers[layer] = Some(grown);
        }
        let arrays = self.layers[layer]
            .as_mut()
            .expect("the layer's arrays were just allocated");
        gpu.copy_into(k, 0, &mut arrays.k, pos0 * n_kv, k.len())?;
        gpu.copy_into(v, 0, &mut arrays.v, pos0 * n_kv, v.len())?;
        Ok((&arrays.k, &arrays.v))
    }

    /// Lets the cache hold `capacity` positions (forgetting any beyond it).
    /// Arrays already larger keep their memory until the cache is dropped.
    pub fn set_capacity(&mut self, capacity: usize) {
        self.capacity = capacity;
        KvCache::truncate(self, capacity);
    }

    /// Records that positions up to `len` are filled in every layer.
    pub fn commit(&mut self, len: usize) {
        self.len = len;
    }

    /// Device bytes the cache holds now.
    pub fn allocated_bytes(&self) -> usize {
        let positions: usize = self.layers.iter().flatten().map(|l| l.positions).sum();
        2 * positions * self.n_kv * size_of::<f32>()
    }
}

impl KvCache for DeviceCache {
    fn len(&self) -> usize {
        self.len
    }
    fn capacity(&self) -> usize {
        self.capacity
    }
    fn truncate(&mut self, len: usize) {
        // The attention kernels read only the positions a call names, so
        // forgetting is only a matter of the length.
        self.len = self.len.min(len);
    }
}
