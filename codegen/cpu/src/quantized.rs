//! Weights in their quantized form, and the kernels that read them:
//! embedding lookup, matvec (decode) and matmul (prefill).
//!
//! A weight is split once, at load, into the aligned per-field streams every
//! backend's kernels read ([`realm_ir::layout`]); it stays quantized. A
//! matrix that takes the integer-dot kernels is split into the row-tiled
//! layout they read instead ([`realm_ir::layout::tiled`]): one copy, in
//! one layout, so memory stays that of the file.

use realm_ir::GgmlType;
use realm_ir::layout::{ROW_TILE, tiled_blocks};

use crate::error::{CpuError, same_len, shape};
use crate::kernels::{by_name, layouts::layout};
use crate::rt::{Buf, Isa, Kernel, Scalars, isa, launch, launch_here, launch_row_tiles};

/// Tokens per matmul cube (`BLOCK_MAJOR_TOKENS` in the kernel).
const MATMUL_TOKENS: u32 = 5;
/// Weight rows per matmul cube (`BLOCK_MAJOR_ROWS` in the kernel).
const MATMUL_ROWS: u32 = 1;
/// Tokens per integer-dot matmul cube (`PREFILL_TOKENS` in `matvec_q8`,
/// which `matmul_q8` is, with a tile of tokens).
const MATMUL_Q8_TOKENS: u32 = 8;
/// Weight rows per integer-dot matvec cube (`ROWS` in `matvec_q8`: a tile).
const MATVEC_Q8_ROWS: u32 = ROW_TILE as u32;
/// Activations per 8-bit block (`Q8_BLOCK` in `quantize_q8`).
const Q8_BLOCK: usize = 32;

/// Which kernels multiply an integer format's weight by activations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatmulPath {
    /// Weights decoded to f32, multiply-adds in f32 (`matvec`, `matmul`).
    Float,
    /// Activations quantized to 8 bits, integer dot products in tiles of
    /// 16 tokens (`matmul_q8`).
    Int8,
    /// The same arithmetic a token at a time (`matvec_q8`): decode, and
    /// too few tokens to fill a tile.
    Int8Rows,
}

impl MatmulPath {
    /// The integer path where the CPU has a fast 8-bit dot product (AVX2
    /// and up: every [`Isa`] but the baseline), the float path elsewhere;
    /// `REALM_CPU_MATMUL=int8` or `=float` chooses. The integer path is
    /// batch-invariant (`matvec_q8` computes what `matmul_q8` computes for
    /// a token). On AVX2 it wins prefill (SmolLM2 pp512 243 vs 179 t/s,
    /// Gemma 3 239 vs 143) and matches decode (89 vs 85, 44 vs 45), see
    /// benches/RESULTS.md; without `vpmaddubsw` or `vpdpbusd` its dot is a
    /// scalar loop.
    pub fn best() -> MatmulPath {
        static CHOSEN: std::sync::OnceLock<MatmulPath> = std::sync::OnceLock::new();
        *CHOSEN.get_or_init(|| match std::env::var("REALM_CPU_MATMUL").as_deref() {
            Ok("int8") => MatmulPath::Int8,
            Ok("float") => MatmulPath::Float,
            _ if isa() != Isa::Baseline => MatmulPath::Int8,
            _ => MatmulPath::Float,
        })
    }
}

/// How a weight's blocks are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightLayout {
    /// The plain split layout: what the float kernels, the embedding lookup
    /// and every GPU kernel read.
    Plain,
    /// Rows interleaved eight at a time (`realm_ir::layout::tiled`): what
    /// the integer-dot kernels read.
    RowTiled,
}

/// A quantized weight, split for the kernels, with its kernels resolved.
pub struct CpuWeight {
    pub ggml: GgmlType,
    pub n_elements: usize,
    words: Vec<u32>,
    /// Physical blocks in `words` (padding rows included, when tiled).
    n_blocks: u32,
    block_elems: usize,
    /// The matrix's row length in blocks, when row-tiled.
    tiled_row_blocks: Option<usize>,
    dequantize: Kernel,
    embedding: Kernel,
    matvec: Kernel,
    matmul: Kernel,
    /// The integer-dot kernels, for integer formats.
    int8: Option<Int8Kernels>,
}

/// The activation quantizer and the integer-dot kernels of a format.
#[derive(Clone, Copy)]
struct Int8Kernels {
    quantize: Kernel,
    matmul: Kernel,
    matvec: Kernel,
}

impl std::fmt::Debug for CpuWeight {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CpuWeight")
            .field("ggml", &self.ggml)
            .field("n_elements", &self.n_elements)
            .finish_non_exhaustive()
    }
}

fn kernel(name: String) -> Result<Kernel, CpuError> {
    by_name(&name).ok_or(CpuError::Unsupported(format!("no kernel {name}")))
}

impl CpuWeight {
    /// Splits the GGUF bytes of a tensor of `n_elements` stored as `ggml`.
    pub fn from_gguf(ggml: GgmlType, bytes: &[u8], n_elements: usize) -> Result<Self, CpuError> {
        Self::from_gguf_releasing(ggml, bytes, n_elements, &mut |_| {})
    }

    /// [`from_gguf`](Self::from_gguf), handing each run of `bytes` to
    /// `copied` once it is copied (see [`BlockLayout::split_releasing`]).
    ///
    /// [`BlockLayout::split_releasing`]: realm_ir::layout::BlockLayout::split_releasing
    pub fn from_gguf_releasing(
        ggml: GgmlType,
        bytes: &[u8],
        n_elements: usize,
        copied: &mut dyn FnMut(&[u8]),
    ) -> Result<Self, CpuError> {
        Self::split(ggml, bytes, n_elements, None, copied)
    }

    /// A `rows x cols` matrix, laid out for the kernels its products take:
    /// row-tiled where [`MatmulPath::best`] is the integer path and the
    /// format has integer kernels (see [`path_for`](Self::path_for)), plain
    /// otherwise.
    pub fn matrix_releasing(
        ggml: GgmlType,
        bytes: &[u8],
        rows: usize,
        cols: usize,
        copied: &mut dyn FnMut(&[u8]),
    ) -> Result<Self, CpuError> {
        let int8 = by_name(&format!("matmul_q8_{}_f32", ggml.name().to_lowercase())).is_some();
        let layout = if int8 && MatmulPath::best() != MatmulPath::Float {
            WeightLayout::RowTiled
        } else {
            WeightLayout::Plain
        };
        Self::matrix_in(layout, ggml, bytes, rows, cols, copied)
    }

    /// A `rows x cols` matrix in `layout`.
    pub fn matrix_in(
        layout: WeightLayout,
        ggml: GgmlType,
        bytes: &[u8],
        rows: usize,
        cols: usize,
        copied: &mut dyn FnMut(&[u8]),
    ) -> Result<Self, CpuError> {
        let n_elements = rows
            .checked_mul(cols)
            .ok_or_else(|| shape(format!("{rows} x {cols} elements overflow")))?;
        let tiled_rows = match layout {
            WeightLayout::Plain => None,
            WeightLayout::RowTiled => Some(rows),
        };
        let weight = Self::split(ggml, bytes, n_elements, tiled_rows, copied)?;
        weight.rows(cols)?;
        Ok(weight)
    }

    /// Splits the GGUF bytes of `n_elements` elements: plainly, or
    /// row-tiled as a matrix of `tiled_rows` rows.
    fn split(
        ggml: GgmlType,
        bytes: &[u8],
        n_elements: usize,
        tiled_rows: Option<usize>,
        copied: &mut dyn FnMut(&[u8]),
    ) -> Result<Self, CpuError> {
        let layout = layout(ggml)
            .ok_or_else(|| CpuError::Unsupported(format!("{} weights", ggml.name())))?;
        let block_elems = layout.block_elems as usize;
        if !n_elements.is_multiple_of(block_elems) {
            return Err(shape(format!(
                "{n_elements} elements are not whole {} blocks",
                ggml.name()
            )));
        }
        let n_blocks = n_elements / block_elems;
        // The split streams' offsets depend on the block count, which the
        // kernels get from `n_elements`: bytes for any other count would be
        // misread, not rejected.
        if bytes.len() != n_blocks * layout.block_bytes() as usize {
            return Err(shape(format!(
                "{} bytes are not the {n_blocks} {} blocks of {n_elements} elements",
                bytes.len(),
                ggml.name()
            )));
        }
        let (words, n_blocks, tiled_row_blocks) = match tiled_rows {
            None => (layout.split_releasing(bytes, copied), n_blocks, None),
            Some(rows) => {
                if rows == 0 || !n_blocks.is_multiple_of(rows) {
                    return Err(shape(format!(
                        "{n_elements} {} elements are not {rows} rows of whole blocks",
                        ggml.name()
                    )));
                }
                let per_row = n_blocks / rows;
                let words = layout.split_tiled_releasing(bytes, rows, copied);
                (words, tiled_blocks(rows, per_row), Some(per_row))
            }
        };
        let words = words.map_err(|e| shape(format!("{} weight: {e}", ggml.name())))?;
        let stem = ggml.name().to_lowercase();
        Ok(CpuWeight {
            ggml,
            n_elements,
            words,
            n_blocks: u32::try_from(n_blocks)
                .map_err(|_| shape(format!("{n_blocks} blocks overflow a u32 index")))?,
            block_elems,
            tiled_row_blocks,
            dequantize: kernel(format!("dequantize_{stem}_f32"))?,
            embedding: kernel(format!("embedding_{stem}_f32"))?,
            matvec: kernel(format!("matvec_{stem}_f32"))?,
            matmul: kernel(format!("matmul_{stem}_f32"))?,
            int8: match by_name(&format!("matmul_q8_{stem}_f32")) {
                Some(matmul) => Some(Int8Kernels {
                    quantize: kernel("quantize_q8_f32".into())?,
                    matmul,
                    matvec: kernel(format!("matvec_q8_{stem}_f32"))?,
                }),
                None => None,
            },
        })
    }

    /// Bytes held (the split blocks).
    pub fn size_bytes(&self) -> usize {
        self.words.len() * 4
    }

    /// The number of rows of `cols`, checked against the block size.
    fn rows(&self, cols: usize) -> Result<usize, CpuError> {
        if cols == 0
            || !self.n_elements.is_multiple_of(cols)
            || !cols.is_multiple_of(self.block_elems)
        {
            return Err(shape(format!(
                "a {} weight of {} elements is not rows of {cols} (block {})",
                self.ggml.name(),
                self.n_elements,
                self.block_elems
            )));
        }
        Ok(self.n_elements / cols)
    }

    fn scalars(&self, more: &[usize]) -> Scalars {
        let mut u32s = vec![self.n_blocks];
        u32s.extend(more.iter().map(|&v| v as u32));
        Scalars {
            u32: u32s,
            ..Default::default()
        }
    }

    /// The layout the weight was split into.
    pub fn layout(&self) -> WeightLayout {
        match self.tiled_row_blocks {
            Some(_) => WeightLayout::RowTiled,
            None => WeightLayout::Plain,
        }
    }

    /// Rows `ids` of a row-tiled weight in the plain layout, and their
    /// block count: for the kernels that read only that layout.
    fn untiled(&self, per_row: usize, ids: &[u32]) -> (Vec<u32>, u32) {
        let layout = layout(self.ggml).expect("a split weight has a layout");
        let words = layout.untile_rows(&self.words, self.n_blocks as usize, per_row, ids);
        (words, (ids.len() * per_row) as u32)
    }

    /// Every element, dequantized, into `out` (`n_elements`).
    pub fn dequantize(&self, out: &mut [f32]) -> Result<(), CpuError> {
        same_len("dequantize output", out.len(), self.n_elements)?;
        let cubes = self.dequantize.cubes_for(out.len());
        let plain;
        let (words, n_blocks) = match self.tiled_row_blocks {
            None => (&self.words, self.n_blocks),
            Some(per_row) => {
                let rows = self.n_elements / (per_row * self.block_elems);
                let ids: Vec<u32> = (0..rows as u32).collect();
                plain = self.untiled(per_row, &ids);
                (&plain.0, plain.1)
            }
        };
        let bufs = [Buf::of(words), Buf::of_mut(out)];
        let scalars = Scalars {
            u32: vec![n_blocks],
            ..Default::default()
        };
        // SAFETY: true lengths; one unit per element.
        unsafe { launch(self.dequantize, cubes, &bufs, &scalars) };
        Ok(())
    }

    /// Rows `ids` of this `[rows, cols]` table, into `out` (`ids.len() * cols`).
    pub fn embedding(&self, cols: usize, ids: &[u32], out: &mut [f32]) -> Result<(), CpuError> {
        let rows = self.rows(cols)?;
        same_len("embedding output", out.len(), ids.len() * cols)?;
        if let Some(bad) = ids.iter().find(|&&id| id as usize >= rows) {
            return Err(shape(format!(
                "token id {bad} is past the table's {rows} rows"
            )));
        }
        let cubes = self.embedding.cubes_for(out.len());
        let Some(per_row) = self.tiled_row_blocks else {
            let bufs = [Buf::of(&self.words), Buf::of(ids), Buf::of_mut(out)];
            // SAFETY: true lengths; ids checked against the table above.
            unsafe { launch(self.embedding, cubes, &bufs, &self.scalars(&[cols])) };
            return Ok(());
        };
        // A tiled table (an output head tied to the embedding): its rows
        // `ids`, untiled, are a table of their own.
        let (words, n_blocks) = self.untiled(per_row, ids);
        let own: Vec<u32> = (0..ids.len() as u32).collect();
        let bufs = [Buf::of(&words), Buf::of(&own), Buf::of_mut(out)];
        let scalars = Scalars {
            u32: vec![n_blocks, cols as u32],
            ..Default::default()
        };
        // SAFETY: true lengths; `own` indexes the untiled rows.
        unsafe { launch(self.embedding, cubes, &bufs, &scalars) };
        Ok(())
    }

    /// The path [`matvec`](Self::matvec) and [`matmul`](Self::matmul) take
    /// for `tokens` activation rows.
    ///
    /// Every token count of an integer format takes the same arithmetic
    /// (8-bit activations on [`MatmulPath::best`]'s integer path), so a
    /// sequence gets the same numbers alone as batched with others. One
    /// token takes `matvec_q8`; two or more take `matmul_q8`, whose last
    /// cube runs its leftover tokens as tiles of 4, 2 and 1 (a Gemma 3
    /// decode step, 2 sequences: 89-100 tok/s a token at a time, 112-117
    /// in a 2-token tile; 4: 92-110 -> 122-144). While that tail was a
    /// padded 8-token tile, 2 sequences ran at 40 tok/s rather than 72.
    ///
    /// Q8_0 takes the integer path too, as in llama.cpp: a decode step of
    /// Gemma 3, whose tied 168 MB Q8_0 output head is half of it, runs 20%
    /// faster than on the float path (`realm bench -n 128`, alternated four
    /// times: 70-73 -> 86-92 tok/s; SmolLM2 131-138 -> 140-149). The cost
    /// is rounding: quantizing the activations as well doubles the error of
    /// an 8-bit weight (perplexity on the CPU, Gemma 3 20.007 -> 20.067 and
    /// SmolLM2 23.94 -> 23.97, against llama.cpp's 20.02 and 23.77).
    ///
    /// The choice was made at load: a row-tiled weight (see
    /// [`matrix_releasing`](Self::matrix_releasing)) takes the integer
    /// path, a plain one the float path.
    pub fn path_for(&self, tokens: usize) -> MatmulPath {
        match self.layout() {
            WeightLayout::RowTiled if tokens > 1 => MatmulPath::Int8,
            WeightLayout::RowTiled => MatmulPath::Int8Rows,
            WeightLayout::Plain => MatmulPath::Float,
        }
    }

    /// A shape error unless the weight is laid out for `path`'s kernels.
    fn check_layout(&self, path: MatmulPath) -> Result<(), CpuError> {
        if path != MatmulPath::Float && self.int8.is_none() {
            return Err(CpuError::Unsupported(format!(
                "integer dot products of {} weights",
                self.ggml.name()
            )));
        }
        let want = match path {
            MatmulPath::Float => WeightLayout::Plain,
            MatmulPath::Int8 | MatmulPath::Int8Rows => WeightLayout::RowTiled,
        };
        if self.layout() != want {
            return Err(shape(format!(
                "the {path:?} kernels read {want:?} weights; this {} weight is {:?}",
                self.ggml.name(),
                self.layout()
            )));
        }
        Ok(())
    }

    /// `y = W x` for one activation row `x` (`cols`); `y` has a value per
    /// weight row.
    pub fn matvec(&self, cols: usize, x: &[f32], y: &mut [f32]) -> Result<(), CpuError> {
        self.matvec_on(self.path_for(1), cols, x, y)
    }

    /// [`matvec`](Self::matvec) on `path`: the float `matvec`, or either
    /// integer path's `matvec_q8`.
    pub fn matvec_on(
        &self,
        path: MatmulPath,
        cols: usize,
        x: &[f32],
        y: &mut [f32],
    ) -> Result<(), CpuError> {
        let rows = self.rows(cols)?;
        same_len("matvec input", x.len(), cols)?;
        same_len("matvec output", y.len(), rows)?;
        self.check_layout(path)?;
        if path != MatmulPath::Float {
            return self.matmul_on(MatmulPath::Int8Rows, cols, x, y);
        }
        let bufs = [Buf::of(&self.words), Buf::of(x), Buf::of_mut(y)];
        // SAFETY: true lengths, shapes checked above; one cube per output row.
        unsafe {
            launch(
                self.matvec,
                [rows as u32, 1, 1],
                &bufs,
                &self.scalars(&[cols]),
            )
        };
        Ok(())
    }

    /// `Y = X Wᵀ` for activation rows `x` (`tokens x cols`) into `y`
    /// (`tokens x rows`), on the [`path_for`](Self::path_for) path.
    pub fn matmul(&self, cols: usize, x: &[f32], y: &mut [f32]) -> Result<(), CpuError> {
        let tokens = x.len().checked_div(cols).unwrap_or(0);
        self.matmul_on(self.path_for(tokens), cols, x, y)
    }

    /// [`matmul`](Self::matmul) on `path`; the integer path of a float
    /// format is [`CpuError::Unsupported`].
    pub fn matmul_on(
        &self,
        path: MatmulPath,
        cols: usize,
        x: &[f32],
        y: &mut [f32],
    ) -> Result<(), CpuError> {
        let rows = self.rows(cols)?;
        if !x.len().is_multiple_of(cols) {
            return Err(shape(format!(
                "matmul input: {} is not rows of {cols}",
                x.len()
            )));
        }
        let tokens = x.len() / cols;
        same_len("matmul output", y.len(), tokens * rows)?;
        self.check_layout(path)?;
        if path != MatmulPath::Float {
            let kernels = self.int8.ok_or_else(|| {
                CpuError::Unsupported(format!(
                    "integer dot products of {} weights",
                    self.ggml.name()
                ))
            })?;
            return self.matmul_int8(path == MatmulPath::Int8Rows, kernels, rows, cols, x, y);
        }
        self.matmul_float(rows, cols, x, y);
        Ok(())
    }

    /// The CPU's block-major float matmul: a cube per weight row and
    /// [`MATMUL_TOKENS`] tokens, the last of a row taking the 1 to 4 left
    /// over. Shapes are checked by the caller.
    fn matmul_float(&self, rows: usize, cols: usize, x: &[f32], y: &mut [f32]) {
        let tokens = x.len() / cols;
        let count = [
            (rows as u32).div_ceil(MATMUL_ROWS),
            (tokens as u32).div_ceil(MATMUL_TOKENS).max(1),
            1,
        ];
        let bufs = [Buf::of(&self.words), Buf::of(x), Buf::of_mut(y)];
        // SAFETY: true lengths, shapes checked by the caller; the grid covers
        // every row and token.
        unsafe { launch_row_tiles(self.matmul, count, &bufs, &self.scalars(&[rows, cols])) };
    }
}

impl CpuWeight {
    /// The integer-dot product: `x` quantized to 8 bits, then `matmul_q8`
    /// on tiles of tokens or, `by_token`, `matvec_q8` on each token.
    /// Shapes are checked by the caller.
    fn matmul_int8(
        &self,
        by_token: bool,
        kernels: Int8Kernels,
        rows: usize,
        cols: usize,
        x: &[f32],
        y: &mut [f32],
    ) -> Result<(), CpuError> {
        // An integer format's blocks are whole 8-bit blocks (32 or 256).
        debug_assert!(cols.is_multiple_of(Q8_BLOCK));
        let tokens = x.len() / cols;
        let q = quantize_q8(kernels, cols, x, by_token);
        let (bufs, scalars) = self.int8_args(&q, rows, cols, y);
        let row_tiles = (rows as u32).div_ceil(MATVEC_Q8_ROWS);
        if by_token {
            let count = [row_tiles, tokens as u32, 1];
            // In tiles of rows, every token in turn: a few decoding streams
            // then read each weight from memory once, not once a token
            // (a 168 MB Q8_0 matrix on this path, 4 tokens: 25 -> 17 ms).
            // SAFETY: true lengths, shapes checked by the caller; the grid
            // covers every row and token.
            unsafe { launch_row_tiles(kernels.matvec, count, &bufs, &scalars) };
            return Ok(());
        }
        let count = [row_tiles, (tokens as u32).div_ceil(MATMUL_Q8_TOKENS), 1];
        // SAFETY: true lengths, shapes checked by the caller; the grid covers
        // every row and token.
        unsafe { launch_row_tiles(kernels.matmul, count, &bufs, &scalars) };
        Ok(())
    }
}

impl CpuWeight {
    /// The arguments of `matvec_q8` and `matmul_q8`: this weight times
    /// `q`'s tokens into `y` (`rows` values a token).
    fn int8_args(
        &self,
        q: &Quantized,
        rows: usize,
        cols: usize,
        y: &mut [f32],
    ) -> ([Buf; 5], Scalars) {
        let tokens = y.len() / rows;
        let bufs = [
            Buf::of(&self.words),
            Buf::of(&q.xq),
            Buf::of(&q.xd),
            Buf::of(&q.xs),
            Buf::of_mut(y),
        ];
        (bufs, self.scalars(&[rows, cols, tokens]))
    }
}

/// Activations quantized by `quantize_q8`: each token's 8-bit words in
/// order (a quantization tile of 1), a scale per 32 and a sum per 16.
struct Quantized {
    xq: Vec<u32>,
    xd: Vec<f32>,
    xs: Vec<i32>,
}

/// `x` (tokens of `cols`) quantized for the integer kernels; `here`, on the
/// calling thread alone.
fn quantize_q8(kernels: Int8Kernels, cols: usize, x: &[f32], here: bool) -> Quantized {
    let tokens = x.len() / cols;
    let mut xq = vec![0u32; tokens.max(1) * cols / 4];
    let mut xd = vec![0f32; tokens.max(1) * cols / Q8_BLOCK];
    let mut xs = vec![0i32; tokens.max(1) * cols / Q8_BLOCK * 2];
    let bufs = [
        Buf::of(x),
        Buf::of_mut(&mut xq),
        Buf::of_mut(&mut xd),
        Buf::of_mut(&mut xs),
    ];
    let scalars = Scalars::default();
    let count = [(x.len() / Q8_BLOCK).max(1) as u32, 1, 1];
    // SAFETY: true lengths; one cube per block of 32.
    unsafe {
        if here {
            // A few tokens' activations are quicker to quantize than the
            // pool is to wake (two launches per product, in decode).
            launch_here(kernels.quantize, count, &bufs, &scalars)
        } else {
            launch(kernels.quantize, count, &bufs, &scalars)
        }
    };
    Quantized { xq, xd, xs }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pseudo-random stream (an LCG): the test needs no quality, only
    /// that its numbers be spread.
    fn stream(seed: u32) -> impl FnMut() -> u32 {
        let mut x = seed;
        move || {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            x >> 8
        }
    }

    /// Random blocks of `ggml` (`block_bytes` each) whose f16 fields, at
    /// `f16_at` in a block, are scales near 0.01 rather than random bits
    /// (which could be infinite or NaN).
    fn random_blocks(n_blocks: usize, block_bytes: usize, f16_at: &[usize]) -> Vec<u8> {
        let mut next = stream(7);
        let mut bytes = Vec::new();
        for _ in 0..n_blocks {
            let mut block: Vec<u8> = (0..block_bytes).map(|_| next() as u8).collect();
            for &at in f16_at {
                let d = half::f16::from_f32(0.005 + (next() % 100) as f32 * 1e-4);
                block[at..at + 2].copy_from_slice(&d.to_le_bytes());
            }
            bytes.extend(block);
        }
        bytes
    }

    /// Both integer kernels compute the same numbers, bit for bit: a
    /// token's products through `matvec_q8` (alone) and through `matmul_q8`
    /// (in a tile of others, at every token count from 1 to 17: whole tiles
    /// and every tail of 4, 2 and 1-token tiles, padded or not). Batch
    /// invariance rests on it (see `matvec_q8`). Q4_0 (a group per block),
    /// Q4_K (groups of 32 in 256), Q6_K (groups of 16) and Q8_0 (bytes to
    /// 255 after its offset).
    #[test]
    fn integer_matmul_and_matvec_agree_token_by_token() {
        let formats: [(GgmlType, usize, usize, &[usize]); 4] = [
            (GgmlType::Q4_0, 32, 18, &[0]),
            (GgmlType::Q4_K, 256, 144, &[0, 2]),
            (GgmlType::Q6_K, 256, 210, &[208]),
            (GgmlType::Q8_0, 32, 34, &[0]),
        ];
        for (ggml, block_elems, block_bytes, f16_at) in formats {
            let name = ggml.name();
            let (rows, cols, most_tokens) = (9, 3 * block_elems, 17);
            let bytes = random_blocks(rows * cols / block_elems, block_bytes, f16_at);
            let plain = CpuWeight::from_gguf(ggml, &bytes, rows * cols).unwrap();
            let w = CpuWeight::matrix_in(
                WeightLayout::RowTiled,
                ggml,
                &bytes,
                rows,
                cols,
                &mut |_| {},
            )
            .unwrap();
            let mut next = stream(11);
            let x: Vec<f32> = (0..most_tokens * cols)
                .map(|_| (next() % 2001) as f32 / 1000.0 - 1.0)
                .collect();
            let mut float = vec![0f32; most_tokens * rows];
            plain
                .matmul_on(MatmulPath::Float, cols, &x, &mut float)
                .unwrap();
            let scale = float.iter().fold(0f32, |m, v| m.max(v.abs()));
            let mut alone = vec![0f32; most_tokens * rows];
            for (x, y) in x.chunks(cols).zip(alone.chunks_mut(rows)) {
                w.matvec_on(MatmulPath::Int8, cols, x, y).unwrap();
            }
            for (i, (&a, &f)) in alone.iter().zip(&float).enumerate() {
                // Near the float path (8-bit activations).
                assert!(
                    (a - f).abs() <= 0.02 * scale,
                    "{name} token {} row {}: integer {a}, float {f}",
                    i / rows,
                    i % rows
                );
            }
            for tokens in 1..=most_tokens {
                let x = &x[..tokens * cols];
                let mut tiled = vec![0f32; tokens * rows];
                w.matmul_on(MatmulPath::Int8, cols, x, &mut tiled).unwrap();
                let mut by_token = vec![0f32; tokens * rows];
                w.matmul_on(MatmulPath::Int8Rows, cols, x, &mut by_token)
                    .unwrap();
                for (i, ((&a, &b), &c)) in tiled.iter().zip(&by_token).zip(&alone).enumerate() {
                    let (t, r) = (i / rows, i % rows);
                    assert_eq!(
                        a, c,
                        "{name}, {tokens} tokens: token {t} row {r} in tiles vs alone"
                    );
                    assert_eq!(
                        b, c,
                        "{name}, {tokens} tokens: token {t} row {r} by token vs alone"
                    );
                }
            }
        }
    }

    /// A `matmul_q8` cube computes its own tile of tokens and none of the
    /// next cube's: the results would not tell (a token's bits are the same
    /// in any tile), but each repeat is a pass over the weights. The first
    /// of two 8-token cubes once went on to run 7 of the next cube's tokens
    /// as tiles of 4, 2 and 1.
    #[test]
    fn a_matmul_q8_cube_computes_only_its_own_tokens() {
        for (ggml, block_elems, block_bytes) in [(GgmlType::Q4_0, 32, 18), (GgmlType::Q8_0, 32, 34)]
        {
            let (rows, cols, tokens) = (8, 2 * block_elems, 2 * MATMUL_Q8_TOKENS as usize);
            let bytes = random_blocks(rows * cols / block_elems, block_bytes, &[0]);
            let w = CpuWeight::matrix_in(
                WeightLayout::RowTiled,
                ggml,
                &bytes,
                rows,
                cols,
                &mut |_| {},
            )
            .unwrap();
            let kernels = w.int8.unwrap();
            let mut next = stream(5);
            let x: Vec<f32> = (0..tokens * cols)
                .map(|_| (next() % 2001) as f32 / 1000.0 - 1.0)
                .collect();
            let q = quantize_q8(kernels, cols, &x, true);
            let mut y = vec![f32::NAN; tokens * rows];
            let (bufs, scalars) = w.int8_args(&q, rows, cols, &mut y);
            // Only the first of the grid's two cubes of tokens.
            // SAFETY: true lengths; the cube lies in the grid.
            unsafe { (kernels.matmul.run)([0, 0, 0], [1, 2, 1], &bufs, &scalars) };
            for (i, v) in y.iter().enumerate() {
                let (t, r) = (i / rows, i % rows);
                if t < MATMUL_Q8_TOKENS as usize {
                    assert!(
                        v.is_finite(),
                        "{}: token {t} row {r} not computed",
                        ggml.name()
                    );
                } else {
                    assert!(
                        v.is_nan(),
                        "{}: token {t} row {r} is the next cube's",
                        ggml.name()
                    );
                }
            }
        }
    }

    /// The float matmul gives every token the same numbers, bit for bit,
    /// whatever the token count and wherever the token falls: in a whole
    /// tile or in any shorter tail (each tail length is its own loop in the
    /// kernel). The matvec sums in another order (several accumulators a
    /// lane, for a decode step's latency), so it agrees to rounding. A Q8_0
    /// weight (the float path's where the CPU has no fast 8-bit dot) and an
    /// F16 one.
    #[test]
    fn float_matmul_gives_a_token_the_same_numbers_at_every_token_count() {
        let formats: [(GgmlType, usize, usize, &[usize]); 2] =
            [(GgmlType::Q8_0, 32, 34, &[0]), (GgmlType::F16, 1, 2, &[0])];
        for (ggml, block_elems, block_bytes, f16_at) in formats {
            let (rows, cols) = (7, 96);
            let bytes = random_blocks(rows * cols / block_elems, block_bytes, f16_at);
            let w = CpuWeight::from_gguf(ggml, &bytes, rows * cols).unwrap();
            let mut next = stream(13);
            let tile = MATMUL_TOKENS as usize;
            for tokens in 1..=2 * tile + 1 {
                let x: Vec<f32> = (0..tokens * cols)
                    .map(|_| (next() % 2001) as f32 / 1000.0 - 1.0)
                    .collect();
                let mut batched = vec![f32::NAN; tokens * rows];
                w.matmul_on(MatmulPath::Float, cols, &x, &mut batched)
                    .unwrap();
                for t in 0..tokens {
                    let token = &x[t * cols..][..cols];
                    let got = &batched[t * rows..][..rows];
                    let mut alone = vec![0f32; rows];
                    w.matmul_on(MatmulPath::Float, cols, token, &mut alone)
                        .unwrap();
                    let name = ggml.name();
                    assert_eq!(got, &alone[..], "{name}, {tokens} tokens: token {t}");
                    w.matvec_on(MatmulPath::Float, cols, token, &mut alone)
                        .unwrap();
                    for (r, (&a, &b)) in got.iter().zip(&alone).enumerate() {
                        assert!(
                            (a - b).abs() <= 1e-5 * (1.0 + b.abs()),
                            "{name}, {tokens} tokens: token {t} row {r}: {a} vs matvec {b}"
                        );
                    }
                }
            }
        }
    }

    /// A row-tiled table still looks rows up (an output head tied to the
    /// embedding) and dequantizes, exactly as a plain one; the kernels of
    /// the other layout's path refuse it.
    #[test]
    fn a_row_tiled_weight_embeds_and_dequantizes_like_a_plain_one() {
        let (rows, cols) = (13, 64);
        let bytes = random_blocks(rows * cols / 32, 20, &[0, 2]);
        let plain = CpuWeight::from_gguf(GgmlType::Q4_1, &bytes, rows * cols).unwrap();
        let tiled = CpuWeight::matrix_in(
            WeightLayout::RowTiled,
            GgmlType::Q4_1,
            &bytes,
            rows,
            cols,
            &mut |_| {},
        )
        .unwrap();
        let ids = [12, 0, 7, 8, 12];
        let (mut a, mut b) = (vec![0f32; ids.len() * cols], vec![0f32; ids.len() * cols]);
        plain.embedding(cols, &ids, &mut a).unwrap();
        tiled.embedding(cols, &ids, &mut b).unwrap();
        assert_eq!(a, b);
        let (mut a, mut b) = (vec![0f32; rows * cols], vec![0f32; rows * cols]);
        plain.dequantize(&mut a).unwrap();
        tiled.dequantize(&mut b).unwrap();
        assert_eq!(a, b);
        let x = vec![0.5f32; cols];
        let mut y = vec![0f32; rows];
        assert!(
            tiled
                .matvec_on(MatmulPath::Float, cols, &x, &mut y)
                .is_err()
        );
        assert!(
            plain
                .matvec_on(MatmulPath::Int8Rows, cols, &x, &mut y)
                .is_err()
        );
    }

    #[test]
    fn bytes_for_another_block_count_are_a_shape_error() {
        // Two Q8_0 blocks (34 bytes each, 32 elements).
        let bytes = [0u8; 68];
        assert!(CpuWeight::from_gguf(GgmlType::Q8_0, &bytes, 64).is_ok());
        for n_elements in [32, 96] {
            let err = CpuWeight::from_gguf(GgmlType::Q8_0, &bytes, n_elements).unwrap_err();
            assert!(matches!(err, CpuError::Shape(_)), "{n_elements}: {err}");
        }
    }
}
