//! Flash attention over the KV cache: causal, grouped-query heads, optional
//! sliding window, online softmax (scores are never written to memory).
//!
//! Layouts: queries and outputs `[queries, heads, head_dim]`, the K and V
//! caches `[positions, kv_heads, head_dim]` with key `j` at position `j`.
//! Query head `h` reads KV head `h / (heads / kv_heads)`. Accumulation is f32.
//!
//! Both kernels walk the keys in tiles, keeping per query row a running max
//! `m`, a running sum `l` and an unnormalised output `acc`; a new tile with
//! max `m'` rescales the old `l` and `acc` by `exp(m - m')`.

use cubecl::prelude::*;

use crate::kernels::masked;

/// Whether the query at `query_pos` sees the key at `key_pos`: causal, and
/// within `window` positions when `window` is not 0.
#[cube]
fn visible(query_pos: u32, key_pos: u32, window: u32) -> bool {
    key_pos <= query_pos && (window == 0 || query_pos < key_pos + window)
}

/// The first key a query at `query_pos` may see.
#[cube]
fn first_visible_key(query_pos: u32, window: u32) -> u32 {
    let mut first = 0u32;
    if window != 0 && query_pos >= window {
        first = query_pos + 1 - window;
    }
    first
}

/// Decode: one query row (at `query_pos`), one cube per query head. Each unit
/// scores one key of a tile of `units` keys; every unit then owns a strided
/// set of output dimensions and folds the tile's values into them.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn attention_decode<F: Float>(
    q: &Array<F>,
    k: &Array<F>,
    v: &Array<F>,
    out: &mut Array<F>,
    kv_heads: u32,
    head_dim: u32,
    n_keys: u32,
    query_pos: u32,
    scale: f32,
    window: u32,
    #[comptime] max_head_dim: u32,
    #[comptime] units: u32,
) {
    let head = crate::kernels::cube_index();
    let heads = u32::cast_from(q.len()) / head_dim;
    // Whole cubes leave together, so the barriers below stay uniform.
    if head < heads {
        let kv_stride = kv_heads * head_dim;
        let kv_base = (head / (heads / kv_heads)) * head_dim;
        let unit = UNIT_POS_X;
        let mut qs = SharedMemory::<f32>::new(max_head_dim as usize);
        let mut acc = SharedMemory::<f32>::new(max_head_dim as usize);
        let mut probs = SharedMemory::<f32>::new(units as usize);
        for d in range_stepped(unit, head_dim, CUBE_DIM_X) {
            qs[d as usize] = f32::cast_from(q[(head * head_dim + d) as usize]) * scale;
            acc[d as usize] = 0.0;
        }
        sync_cube();

        let end = min(n_keys, query_pos + 1);
        let mut m = masked();
        let mut l = 0.0f32;
        let mut tile = first_visible_key(query_pos, window);
        while tile < end {
            let key = tile + unit;
            let mut s = masked();
            if key < end && visible(query_pos, key, window) {
                let row = key * kv_stride + kv_base;
                let mut dot = 0.0f32;
                for d in 0..head_dim {
                    dot += qs[d as usize] * f32::cast_from(k[(row + d) as usize]);
                }
                s = dot;
            }
            probs[unit as usize] = s;
            sync_cube();
            let mut m_new = m;
            for j in 0..units {
                m_new = max(m_new, probs[j as usize]);
            }
            sync_cube();
            // Masked keys hold exactly masked(); every real score is above it.
            let mut p = 0.0f32;
            if s > masked() {
                p = f32::exp(s - m_new);
            }
            probs[unit as usize] = p;
            sync_cube();

            let alpha = f32::exp(m - m_new);
            let in_tile = min(units, end - tile);
            let mut tile_sum = 0.0f32;
            for j in 0..in_tile {
                tile_sum += probs[j as usize];
            }
            l = l * alpha + tile_sum;
            for d in range_stepped(unit, head_dim, CUBE_DIM_X) {
                let mut a = acc[d as usize] * alpha;
                for j in 0..in_tile {
                    let value = v[((tile + j) * kv_stride + kv_base + d) as usize];
                    a += probs[j as usize] * f32::cast_from(value);
                }
                acc[d as usize] = a;
            }
            m = m_new;
            // Nobody may overwrite `probs` before everyone has used this tile's.
            sync_cube();
            tile += units;
        }

        let mut inv = 0.0f32;
        if l > 0.0 {
            inv = 1.0 / l;
        }
        for d in range_stepped(unit, head_dim, CUBE_DIM_X) {
            out[(head * head_dim + d) as usize] = F::cast_from(acc[d as usize] * inv);
        }
    }
}

/// Query rows per prefill cube.
pub const BLOCK_QUERIES: u32 = 8;
/// Keys per prefill tile.
pub const BLOCK_KEYS: u32 = 8;
/// Units per prefill cube: one per score of a tile.
pub const PREFILL_UNITS: u32 = BLOCK_QUERIES * BLOCK_KEYS;

/// Prefill: queries `0..n` at positions `first_pos..first_pos + n`, one cube
/// per (block of 8 queries, head). A tile of 8 keys and their values is loaded
/// into shared memory once and used by all 8 queries; each unit scores one
/// (query, key) pair, one unit per row updates the row's running max and sum,
/// and the units share the output dimensions of the block.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn attention_prefill<F: Float>(
    q: &Array<F>,
    k: &Array<F>,
    v: &Array<F>,
    out: &mut Array<F>,
    heads: u32,
    kv_heads: u32,
    head_dim: u32,
    n_keys: u32,
    first_pos: u32,
    scale: f32,
    window: u32,
    #[comptime] max_head_dim: u32,
) {
    let n_queries = u32::cast_from(q.len()) / (heads * head_dim);
    let cube = crate::kernels::cube_index();
    let head = cube % heads;
    let q0 = (cube / heads) * BLOCK_QUERIES;
    if q0 < n_queries {
        let kv_stride = kv_heads * head_dim;
        let kv_base = (head / (heads / kv_heads)) * head_dim;
        let unit = UNIT_POS_X;
        let q_rows = min(BLOCK_QUERIES, n_queries - q0);

        let mut ks = SharedMemory::<f32>::new((BLOCK_KEYS * max_head_dim) as usize);
        let mut vs = SharedMemory::<f32>::new((BLOCK_KEYS * max_head_dim) as usize);
        let mut acc = SharedMemory::<f32>::new((BLOCK_QUERIES * max_head_dim) as usize);
        let mut sp = SharedMemory::<f32>::new(PREFILL_UNITS as usize);
        let mut row_max = SharedMemory::<f32>::new(BLOCK_QUERIES as usize);
        let mut row_sum = SharedMemory::<f32>::new(BLOCK_QUERIES as usize);
        let mut row_alpha = SharedMemory::<f32>::new(BLOCK_QUERIES as usize);

        for e in range_stepped(unit, BLOCK_QUERIES * head_dim, CUBE_DIM_X) {
            acc[((e / head_dim) * max_head_dim + e % head_dim) as usize] = 0.0;
        }
        if unit < BLOCK_QUERIES {
            row_max[unit as usize] = masked();
            row_sum[unit as usize] = 0.0;
        }
        sync_cube();

        // Keys the block's first query may see through the last one's.
        let start = first_visible_key(first_pos + q0, window);
        let end = min(n_keys, first_pos + q0 + q_rows);
        let mut tile = start;
        while tile < end {
            for e in range_stepped(unit, BLOCK_KEYS * head_dim, CUBE_DIM_X) {
                let (j, d) = (e / head_dim, e % head_dim);
                let key = tile + j;
                let mut kv = 0.0f32;
                let mut vv = 0.0f32;
                if key < end {
                    let at = (key * kv_stride + kv_base + d) as usize;
                    kv = f32::cast_from(k[at]);
                    vv = f32::cast_from(v[at]);
                }
                ks[(j * max_head_dim + d) as usize] = kv;
                vs[(j * max_head_dim + d) as usize] = vv;
            }
            sync_cube();

            let (r, j) = (unit / BLOCK_KEYS, unit % BLOCK_KEYS);
            let query = q0 + r;
            let key = tile + j;
            let mut s = masked();
            if r < q_rows && key < end && visible(first_pos + query, key, window) {
                let q_row = (query * heads + head) * head_dim;
                let mut dot = 0.0f32;
                for d in 0..head_dim {
                    dot += f32::cast_from(q[(q_row + d) as usize])
                        * ks[(j * max_head_dim + d) as usize];
                }
                s = dot * scale;
            }
            sp[unit as usize] = s;
            sync_cube();

            if unit < BLOCK_QUERIES {
                let base = unit * BLOCK_KEYS;
                let m_old = row_max[unit as usize];
                let mut m_new = m_old;
                for jj in 0..BLOCK_KEYS {
                    m_new = max(m_new, sp[(base + jj) as usize]);
                }
                let mut sum = 0.0f32;
                for jj in 0..BLOCK_KEYS {
                    let score = sp[(base + jj) as usize];
                    let mut p = 0.0f32;
                    if score > masked() {
                        p = f32::exp(score - m_new);
                    }
                    sp[(base + jj) as usize] = p;
                    sum += p;
                }
                let alpha = f32::exp(m_old - m_new);
                row_alpha[unit as usize] = alpha;
                row_sum[unit as usize] = row_sum[unit as usize] * alpha + sum;
                row_max[unit as usize] = m_new;
            }
            sync_cube();

            for e in range_stepped(unit, BLOCK_QUERIES * head_dim, CUBE_DIM_X) {
                let (rr, d) = (e / head_dim, e % head_dim);
                let at = (rr * max_head_dim + d) as usize;
                let mut a = acc[at] * row_alpha[rr as usize];
                for jj in 0..BLOCK_KEYS {
                    a += sp[(rr * BLOCK_KEYS + jj) as usize] * vs[(jj * max_head_dim + d) as usize];
                }
                acc[at] = a;
            }
            // The next tile overwrites ks, vs and sp.
            sync_cube();
            tile += BLOCK_KEYS;
        }

        for e in range_stepped(unit, q_rows * head_dim, CUBE_DIM_X) {
            let (rr, d) = (e / head_dim, e % head_dim);
            let l = row_sum[rr as usize];
            let mut o = 0.0f32;
            if l > 0.0 {
                o = acc[(rr * max_head_dim + d) as usize] / l;
            }
            out[(((q0 + rr) * heads + head) * head_dim + d) as usize] = F::cast_from(o);
        }
    }
}

/// Units of a CPU prefill cube: lanes over a head's dimensions.
pub const CPU_PREFILL_UNITS: u32 = 16;
/// Keys per step of the CPU prefill kernel (at most [`CPU_PREFILL_UNITS`]:
/// key `j`'s score sits in lane `j` for the softmax).
pub const CPU_PREFILL_KEYS: u32 = 8;

/// Partial sums of a step's values in the CPU prefill kernel (its
/// `CPU_PREFILL_KEYS` keys split among them; [`step_values`] adds 4).
const CPU_PREFILL_PARTS: u32 = 4;

/// `sum_j probs[j] * v[row(key0 + j) + offset]` over a step's keys (lane
/// `j` of `probs` holds key `j`'s weight), in [`CPU_PREFILL_PARTS`]
/// independent partial sums: one running sum made each key's multiply-add
/// wait on the last (8 in a row), and the value half of the prefill ran at
/// a quarter of the multiply-add rate.
#[cube]
fn step_values<F: Float>(
    v: &Array<F>,
    probs: f32,
    key0: u32,
    end: u32,
    kv_stride: u32,
    kv_base: u32,
    offset: u32,
) -> f32 {
    let mut part = Array::<f32>::new(CPU_PREFILL_PARTS as usize);
    #[unroll]
    for j in 0..CPU_PREFILL_KEYS {
        let row = key_row(key0 + j, end, kv_stride, kv_base);
        let product = plane_broadcast(probs, j) * f32::cast_from(v[(row + offset) as usize]);
        if comptime!(j < CPU_PREFILL_PARTS) {
            part[j as usize] = product;
        } else {
            part[(j % CPU_PREFILL_PARTS) as usize] += product;
        }
    }
    (part[0] + part[1]) + (part[2] + part[3])
}

/// The cache row of `key`, or of the last key before `end` for a key past
/// it: a uniform offset, so the loads from it are contiguous in the lanes.
#[cube]
fn key_row(key: u32, end: u32, kv_stride: u32, kv_base: u32) -> u32 {
    min(key, end - 1) * kv_stride + kv_base
}

/// Prefill shaped for the CPU (the CPU target selects it; same arguments as
/// [`attention_prefill`]): one cube per (query, head), its units the lanes
/// of a head's dimensions. Every branch and loop bound is the same in every
/// lane, so nothing runs masked and every load is contiguous; the tiled GPU
/// kernel's strided loops would run masked, with gathers, on the CPU.
///
/// Keys are walked [`CPU_PREFILL_KEYS`] at a time, so that the steps of
/// different keys overlap instead of waiting on each other: each key's score
/// is a lane-wise product of contiguous K elements (one accumulator per key)
/// summed by a plane reduction; the scores then sit in one lane each, so the
/// step's running max, exponentials and sum are one vector operation each;
/// and the values fold into per-lane accumulators, rescaled once per step.
/// A key at a time, perf had every step waiting on the one before it (dot
/// product, reduction, max, exp), and attention at 28% of a SmolLM2 pp512.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn attention_prefill_rows<F: Float>(
    q: &Array<F>,
    k: &Array<F>,
    v: &Array<F>,
    out: &mut Array<F>,
    heads: u32,
    kv_heads: u32,
    head_dim: u32,
    n_keys: u32,
    first_pos: u32,
    scale: f32,
    window: u32,
    #[comptime] max_head_dim: u32,
    #[comptime] units: u32,
) {
    let n_queries = u32::cast_from(q.len()) / (heads * head_dim);
    let cube = crate::kernels::cube_index();
    let head = cube % heads;
    let query = cube / heads;
    if query < n_queries {
        let kv_stride = kv_heads * head_dim;
        let kv_base = (head / (heads / kv_heads)) * head_dim;
        let unit = UNIT_POS_X;
        let q_row = (query * heads + head) * head_dim;
        // Chunks of `units` dimensions every lane fills, then a partial one
        // whose lanes past `head_dim` read a valid element (`last`) and
        // discard it by a select: no branch of theirs may assign a variable
        // (cubecl reuses variable slots, and one assigned under divergence
        // would make the running max and sum per-lane too).
        let full = head_dim / units;
        let partial = full * units < head_dim;
        let tail = full * units + unit;
        let in_tail = tail < head_dim;
        let last = min(tail, head_dim - 1);
        let mut qs = Array::<f32>::new(comptime!(max_head_dim / units) as usize);
        let mut acc = Array::<f32>::new(comptime!(max_head_dim / units) as usize);
        for c in 0..full {
            qs[c as usize] = f32::cast_from(q[(q_row + c * units + unit) as usize]) * scale;
            acc[c as usize] = 0.0;
        }
        if partial {
            let x = f32::cast_from(q[(q_row + last) as usize]) * scale;
            qs[full as usize] = select(in_tail, x, 0.0f32);
            acc[full as usize] = 0.0;
        }

        let pos = first_pos + query;
        let end = min(n_keys, pos + 1);
        let mut m = masked();
        let mut l = 0.0f32;
        let mut key0 = first_visible_key(pos, window);
        while key0 < end {
            // Every key from the first visible one to `end` is visible. Keys
            // of the last step past `end` read the last key's row (valid
            // memory) and are masked out of the softmax.
            let mut dots = Array::<f32>::new(CPU_PREFILL_KEYS as usize);
            #[unroll]
            for j in 0..CPU_PREFILL_KEYS {
                dots[j as usize] = 0.0;
            }
            for c in 0..full {
                let qv = qs[c as usize];
                #[unroll]
                for j in 0..CPU_PREFILL_KEYS {
                    let row = key_row(key0 + j, end, kv_stride, kv_base);
                    let kv = f32::cast_from(k[(row + c * units + unit) as usize]);
                    dots[j as usize] += qv * kv;
                }
            }
            if partial {
                let qv = qs[full as usize];
                #[unroll]
                for j in 0..CPU_PREFILL_KEYS {
                    let row = key_row(key0 + j, end, kv_stride, kv_base);
                    let kv = f32::cast_from(k[(row + last) as usize]);
                    dots[j as usize] += select(in_tail, qv * kv, 0.0f32);
                }
            }
            // Key `j`'s score to lane `j`; the other lanes stay masked.
            let mut scores = masked();
            #[unroll]
            for j in 0..CPU_PREFILL_KEYS {
                let s = plane_sum(dots[j as usize]);
                scores = select(unit == j && key0 + j < end, s, scores);
            }
            let m_new = max(m, plane_max(scores));
            let alpha = f32::exp(m - m_new);
            // Masked lanes hold exactly masked(); every real score is above it.
            let probs = select(scores > masked(), f32::exp(scores - m_new), 0.0f32);
            l = l * alpha + plane_sum(probs);
            for c in 0..full {
                let values = step_values(v, probs, key0, end, kv_stride, kv_base, c * units + unit);
                acc[c as usize] = acc[c as usize] * alpha + values;
            }
            if partial {
                // Lanes past `head_dim` fold a valid value they never write out.
                let values = step_values(v, probs, key0, end, kv_stride, kv_base, last);
                acc[full as usize] = acc[full as usize] * alpha + values;
            }
            m = m_new;
            key0 += CPU_PREFILL_KEYS;
        }

        let mut inv = 0.0f32;
        if l > 0.0 {
            inv = 1.0 / l;
        }
        let out_row = (query * heads + head) * head_dim;
        for c in 0..full {
            out[(out_row + c * units + unit) as usize] = F::cast_from(acc[c as usize] * inv);
        }
        if partial && in_tail {
            out[(out_row + tail) as usize] = F::cast_from(acc[full as usize] * inv);
        }
    }
}
