//! The 8-bit dot product of integer-dot kernels.

use cubecl::ir::{Arithmetic, BinaryOperator, Instruction, ManagedVariable};
use cubecl::prelude::*;

/// `sum_j u_j * v_j` over the four bytes of `u` (unsigned) and `v`
/// (two's complement).
///
/// `native` (the CPU target) emits one IR `Dot` of two `u32`s, which Realm's
/// CPU compiler turns into `vpdpbusd` where the CPU has AVX512-VNNI (see
/// `realm_cpu::rt::Target::dot_u8_i8`). GPU compilers get the same sum
/// spelled out in shifts, which they read as written.
///
/// `narrow` promises that every byte of `u` is below 128 (a format whose
/// quants take fewer than 8 bits, `Int8Spec::U_BITS`). The native `Dot`
/// then takes `u` as an `i32` (its bytes read alike signed or unsigned),
/// which tells the CPU compiler that AVX2's `vpmaddubsw` cannot saturate:
/// two instructions for 8 lanes instead of eight.
#[cube]
pub fn dot_u8_i8(u: u32, v: u32, #[comptime] native: bool, #[comptime] narrow: bool) -> i32 {
    if comptime!(native && narrow) {
        dot_instruction::<i32>(i32::cast_from(u), v)
    } else if comptime!(native) {
        dot_instruction::<u32>(u, v)
    } else {
        let mut sum = 0i32;
        #[unroll]
        for j in 0..4u32 {
            let a = i32::cast_from((u >> (j * 8)) & 255u32);
            // The byte moved to the top, then shifted back arithmetically.
            let b = i32::cast_from(v << (24 - j * 8)) >> 24;
            sum += a * b;
        }
        sum
    }
}

#[cube]
#[allow(unused_variables)]
fn dot_instruction<U: CubePrimitive>(u: U, v: u32) -> i32 {
    intrinsic!(|scope| {
        let u: ManagedVariable = u.into();
        let v: ManagedVariable = v.into();
        let out = scope.create_local(i32::as_type(scope));
        scope.register(Instruction::new(
            Arithmetic::Dot(BinaryOperator { lhs: *u, rhs: *v }),
            *out,
        ));
        out.into()
    })
}
