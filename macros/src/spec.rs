//! Parsing and checking a format spec.
//!
//! The grammar (see the crate docs for a full example):
//!
//! ```text
//! spec     := attrs "pub" "struct" NAME ":" GGML_TYPE "{" item* "}"
//! item     := "block" "=" INT ";"
//!           | "field" NAME ":" ("f32" | "f16" | "bf16" | "[u8; " INT "]") ";"
//!           | "codebook" NAME "=" PATH ";"
//!           | "let" NAME "=" int_rhs ";"
//!           | "value" "=" float ";"
//! int_rhs  := "if" int CMP int "{" int "}" "else" "{" int "}" | int
//! int      := "i" | NAME (an earlier let) | INT | "(" int ")" | int OP int
//!           | FIELD "[" int "]"                                   (one byte)
//!           | FIELD ".bits(" B ")" [".span(" S ")"] [".at(" A ")"] [".signed()"] "[" int "]"
//!           | CODEBOOK "[" int "]"
//! float    := FLOAT_FIELD | NAME (a let, widened) | INT | "(" float ")" | float ("+"|"-"|"*") float
//! ```
//!
//! Integer expressions are evaluated in i32 with Rust's precedence.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, BinOp, Error, Expr, Ident, LitInt, Path, Result, Token, Visibility};

/// A whole spec.
pub struct FormatSpec {
    pub attrs: Vec<Attribute>,
    pub name: Ident,
    pub ggml: Ident,
    pub block: u32,
    pub fields: Vec<Field>,
    pub codebooks: Vec<(Ident, Path)>,
    pub lets: Vec<Let>,
    pub value: FloatExpr,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    F32,
    F16,
    Bf16,
    Bytes,
}

pub struct Field {
    pub name: Ident,
    pub kind: FieldKind,
    pub bytes: u32,
}

pub struct Let {
    pub name: Ident,
    pub rhs: LetRhs,
}

pub enum LetRhs {
    Plain(IntExpr),
    IfElse {
        lhs: IntExpr,
        cmp: BinOp,
        rhs: IntExpr,
        then: IntExpr,
        otherwise: IntExpr,
    },
}

/// A bit-plane read: element `k` of the plane is bits
/// `bits * ((k / span) % (8 / bits))..` of byte `at + (k / (span * (8 / bits))) * span + k % span`.
#[derive(Clone)]
pub struct Plane {
    pub field: usize,
    pub bits: u32,
    pub span: u32,
    pub at: u32,
    pub signed: bool,
}

#[derive(Clone)]
pub enum IntExpr {
    ElementIndex,
    Var(Ident),
    Lit(i32),
    Binary(Box<IntExpr>, BinOp, Box<IntExpr>),
    Byte {
        field: usize,
        index: Box<IntExpr>,
    },
    Plane {
        plane: Plane,
        index: Box<IntExpr>,
    },
    Lookup {
        codebook: usize,
        index: Box<IntExpr>,
    },
}

#[derive(Clone)]
pub enum FloatExpr {
    Field(usize),
    Var(Ident),
    Lit(i32),
    Binary(Box<FloatExpr>, BinOp, Box<FloatExpr>),
}

impl LetRhs {
    /// The integer expressions of a let's right-hand side.
    pub fn exprs(&self) -> Vec<&IntExpr> {
        match self {
            LetRhs::Plain(e) => vec![e],
            LetRhs::IfElse {
                lhs,
                rhs,
                then,
                otherwise,
                ..
            } => vec![lhs, rhs, then, otherwise],
        }
    }
}

impl IntExpr {
    /// Calls `f` on this expression and every one inside it.
    pub fn visit(&self, f: &mut impl FnMut(&IntExpr)) {
        f(self);
        match self {
            IntExpr::Binary(a, _, b) => {
                a.visit(f);
                b.visit(f);
            }
            IntExpr::Byte { index, .. }
            | IntExpr::Plane { index, .. }
            | IntExpr::Lookup { index, .. } => index.visit(f),
            IntExpr::ElementIndex | IntExpr::Var(_) | IntExpr::Lit(_) => {}
        }
    }
}

impl FloatExpr {
    /// Calls `f` on this expression and every one inside it.
    pub fn visit(&self, f: &mut impl FnMut(&FloatExpr)) {
        f(self);
        if let FloatExpr::Binary(a, _, b) = self {
            a.visit(f);
            b.visit(f);
        }
    }

    /// The float fields it reads.
    pub fn fields(&self) -> Vec<usize> {
        let mut out = Vec::new();
        self.visit(&mut |e| {
            if let FloatExpr::Field(f) = e {
                out.push(*f);
            }
        });
        out
    }
}

impl Parse for FormatSpec {
    fn parse(input: ParseStream) -> Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let _: Visibility = input.parse()?;
        let _: Token![struct] = input.parse()?;
        let name: Ident = input.parse()?;
        let _: Token![:] = input.parse()?;
        let ggml: Ident = input.parse()?;
        let body;
        syn::braced!(body in input);

        let mut spec = FormatSpec {
            attrs,
            name,
            ggml,
            block: 0,
            fields: Vec::new(),
            codebooks: Vec::new(),
            lets: Vec::new(),
            value: FloatExpr::Lit(0),
        };
        let mut block_span = None;
        let mut value_span = None;
        while !body.is_empty() {
            if body.peek(Token![let]) {
                let _: Token![let] = body.parse()?;
                let name: Ident = body.parse()?;
                let _: Token![=] = body.parse()?;
                let expr: Expr = body.parse()?;
                let _: Token![;] = body.parse()?;
                spec.check_new_name(&name)?;
                let rhs = spec.let_rhs(&expr)?;
                spec.lets.push(Let { name, rhs });
                continue;
            }
            let keyword: Ident = body.parse()?;
            match keyword.to_string().as_str() {
                "block" => {
                    let _: Token![=] = body.parse()?;
                    let lit: LitInt = body.parse()?;
                    spec.block = lit.base10_parse()?;
                    block_span = Some(lit.span());
                }
                "field" => {
                    let name: Ident = body.parse()?;
                    let _: Token![:] = body.parse()?;
                    spec.check_new_name(&name)?;
                    let (kind, bytes) = parse_field_type(&body)?;
                    spec.fields.push(Field { name, kind, bytes });
                }
                "codebook" => {
                    let name: Ident = body.parse()?;
                    let _: Token![=] = body.parse()?;
                    let path: Path = body.parse()?;
                    spec.check_new_name(&name)?;
                    spec.codebooks.push((name, path));
                }
                "value" => {
                    let _: Token![=] = body.parse()?;
                    let expr: Expr = body.parse()?;
                    spec.value = spec.float_expr(&expr)?;
                    value_span = Some(keyword.span());
                }
                other => {
                    return Err(Error::new(
                        keyword.span(),
                        format!(
                            "unknown spec item `{other}`: expected `block`, `field`, `codebook`, `let` or `value`"
                        ),
                    ));
                }
            }
            let _: Token![;] = body.parse()?;
        }
        if block_span.is_none() || spec.block == 0 {
            return Err(Error::new(
                spec.name.span(),
                "a format spec needs `block = N;` (elements per block, N > 0)",
            ));
        }
        if value_span.is_none() {
            return Err(Error::new(
                spec.name.span(),
                "a format spec needs `value = ...;` (how one element is computed)",
            ));
        }
        if spec.fields.is_empty() {
            return Err(Error::new(spec.name.span(), "a format spec needs fields"));
        }
        Ok(spec)
    }
}

fn parse_field_type(input: ParseStream) -> Result<(FieldKind, u32)> {
    if input.peek(syn::token::Bracket) {
        let inner;
        syn::bracketed!(inner in input);
        let elem: Ident = inner.parse()?;
        if elem != "u8" {
            return Err(Error::new(elem.span(), "byte fields are `[u8; N]`"));
        }
        let _: Token![;] = inner.parse()?;
        let len: LitInt = inner.parse()?;
        let bytes: u32 = len.base10_parse()?;
        if bytes == 0 {
            return Err(Error::new(len.span(), "a field has at least one byte"));
        }
        return Ok((FieldKind::Bytes, bytes));
    }
    let ty: Ident = input.parse()?;
    match ty.to_string().as_str() {
        "f32" => Ok((FieldKind::F32, 4)),
        "f16" => Ok((FieldKind::F16, 2)),
        "bf16" => Ok((FieldKind::Bf16, 2)),
        _ => Err(Error::new(
            ty.span(),
            "field types are `f32`, `f16`, `bf16` or `[u8; N]`",
        )),
    }
}

impl FormatSpec {
    fn check_new_name(&self, name: &Ident) -> Result<()> {
        let taken = name == "i"
            || self.fields.iter().any(|f| &f.name == name)
            || self.codebooks.iter().any(|(c, _)| c == name)
            || self.lets.iter().any(|l| &l.name == name);
        if taken {
            return Err(Error::new(
                name.span(),
                format!("`{name}` is already defined (or is the element index `i`)"),
            ));
        }
        Ok(())
    }

    fn field_index(&self, name: &Ident) -> Option<usize> {
        self.fields.iter().position(|f| &f.name == name)
    }

    fn let_rhs(&self, expr: &Expr) -> Result<LetRhs> {
        let Expr::If(if_expr) = expr else {
            return Ok(LetRhs::Plain(self.int_expr(expr)?));
        };
        let Expr::Binary(cond) = &*if_expr.cond else {
            return Err(Error::new_spanned(
                &if_expr.cond,
                "a condition compares two integers",
            ));
        };
        if !matches!(
            cond.op,
            BinOp::Lt(_) | BinOp::Le(_) | BinOp::Gt(_) | BinOp::Ge(_) | BinOp::Eq(_) | BinOp::Ne(_)
        ) {
            return Err(Error::new_spanned(cond, "a condition is a comparison"));
        }
        let branch = |block: &syn::Block| -> Result<IntExpr> {
            match block.stmts.as_slice() {
                [syn::Stmt::Expr(e, None)] => self.int_expr(e),
                _ => Err(Error::new_spanned(
                    block,
                    "a branch is one integer expression",
                )),
            }
        };
        let Some((_, else_branch)) = &if_expr.else_branch else {
            return Err(Error::new_spanned(if_expr, "`if` needs an `else`"));
        };
        let Expr::Block(else_block) = &**else_branch else {
            return Err(Error::new_spanned(else_branch, "`else` takes a block"));
        };
        Ok(LetRhs::IfElse {
            lhs: self.int_expr(&cond.left)?,
            cmp: cond.op,
            rhs: self.int_expr(&cond.right)?,
            then: branch(&if_expr.then_branch)?,
            otherwise: branch(&else_block.block)?,
        })
    }

    fn int_expr(&self, expr: &Expr) -> Result<IntExpr> {
        match expr {
            Expr::Paren(p) => self.int_expr(&p.expr),
            Expr::Lit(lit) => match &lit.lit {
                syn::Lit::Int(i) => Ok(IntExpr::Lit(i.base10_parse()?)),
                _ => Err(Error::new_spanned(lit, "integer expressions take integers")),
            },
            Expr::Path(p) => {
                let ident = single_ident(&p.path)?;
                if ident == "i" {
                    Ok(IntExpr::ElementIndex)
                } else if self.lets.iter().any(|l| l.name == ident) {
                    Ok(IntExpr::Var(ident))
                } else {
                    Err(Error::new(
                        ident.span(),
                        format!("`{ident}` is not `i` or an earlier `let`"),
                    ))
                }
            }
            Expr::Binary(b) => {
                if !matches!(
                    b.op,
                    BinOp::Add(_)
                        | BinOp::Sub(_)
                        | BinOp::Mul(_)
                        | BinOp::Div(_)
                        | BinOp::Rem(_)
                        | BinOp::BitAnd(_)
                        | BinOp::BitOr(_)
                        | BinOp::Shl(_)
                        | BinOp::Shr(_)
                ) {
                    return Err(Error::new_spanned(
                        b,
                        "integer operators are + - * / % & | << >>",
                    ));
                }
                Ok(IntExpr::Binary(
                    Box::new(self.int_expr(&b.left)?),
                    b.op,
                    Box::new(self.int_expr(&b.right)?),
                ))
            }
            Expr::Index(ix) => {
                let index = Box::new(self.int_expr(&ix.index)?);
                match &*ix.expr {
                    Expr::Path(p) => {
                        let ident = single_ident(&p.path)?;
                        if let Some(field) = self.field_index(&ident) {
                            self.require_bytes(field, &ident)?;
                            Ok(IntExpr::Byte { field, index })
                        } else if let Some(codebook) =
                            self.codebooks.iter().position(|(c, _)| *c == ident)
                        {
                            Ok(IntExpr::Lookup { codebook, index })
                        } else {
                            Err(Error::new(
                                ident.span(),
                                format!("`{ident}` is not a byte field or a codebook"),
                            ))
                        }
                    }
                    Expr::MethodCall(_) => Ok(IntExpr::Plane {
                        plane: self.plane(&ix.expr)?,
                        index,
                    }),
                    other => Err(Error::new_spanned(
                        other,
                        "only fields, bit planes and codebooks can be indexed",
                    )),
                }
            }
            other => Err(Error::new_spanned(
                other,
                "not allowed in an integer expression",
            )),
        }
    }

    fn require_bytes(&self, field: usize, ident: &Ident) -> Result<()> {
        if self.fields[field].kind != FieldKind::Bytes {
            return Err(Error::new(
                ident.span(),
                format!("`{ident}` is a float field: use it in `value`"),
            ));
        }
        Ok(())
    }

    /// `field.bits(B).span(S).at(A).signed()`, any order after `bits`.
    fn plane(&self, expr: &Expr) -> Result<Plane> {
        let mut calls = Vec::new();
        let mut cursor = expr;
        while let Expr::MethodCall(call) = cursor {
            calls.push(call);
            cursor = &call.receiver;
        }
        calls.reverse();
        let Expr::Path(p) = cursor else {
            return Err(Error::new_spanned(
                cursor,
                "a bit plane starts from a field",
            ));
        };
        let ident = single_ident(&p.path)?;
        let field = self
            .field_index(&ident)
            .ok_or_else(|| Error::new(ident.span(), format!("`{ident}` is not a field")))?;
        self.require_bytes(field, &ident)?;
        let mut plane = Plane {
            field,
            bits: 0,
            span: 1,
            at: 0,
            signed: false,
        };
        for call in calls {
            let arg = || -> Result<u32> {
                match call.args.iter().collect::<Vec<_>>().as_slice() {
                    [
                        Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Int(i),
                            ..
                        }),
                    ] => i.base10_parse(),
                    _ => Err(Error::new_spanned(call, "takes one integer literal")),
                }
            };
            match call.method.to_string().as_str() {
                "bits" => plane.bits = arg()?,
                "span" => plane.span = arg()?,
                "at" => plane.at = arg()?,
                "signed" if call.args.is_empty() => plane.signed = true,
                _ => {
                    return Err(Error::new(
                        call.method.span(),
                        "bit planes take `.bits(B)`, `.span(S)`, `.at(A)` and `.signed()`",
                    ));
                }
            }
        }
        if !(1..=8).contains(&plane.bits) {
            return Err(Error::new_spanned(
                expr,
                "`.bits(B)` with 1 <= B <= 8 is required",
            ));
        }
        if plane.span == 0 || plane.at >= self.fields[field].bytes {
            return Err(Error::new_spanned(
                expr,
                "span must be > 0 and `at` inside the field",
            ));
        }
        Ok(plane)
    }

    fn float_expr(&self, expr: &Expr) -> Result<FloatExpr> {
        match expr {
            Expr::Paren(p) => self.float_expr(&p.expr),
            Expr::Lit(lit) => match &lit.lit {
                syn::Lit::Int(i) => Ok(FloatExpr::Lit(i.base10_parse()?)),
                _ => Err(Error::new_spanned(lit, "use integer literals")),
            },
            Expr::Path(p) => {
                let ident = single_ident(&p.path)?;
                if let Some(field) = self.field_index(&ident) {
                    if self.fields[field].kind == FieldKind::Bytes {
                        return Err(Error::new(
                            ident.span(),
                            format!("`{ident}` is a byte field: read it in a `let`"),
                        ));
                    }
                    Ok(FloatExpr::Field(field))
                } else if self.lets.iter().any(|l| l.name == ident) {
                    Ok(FloatExpr::Var(ident))
                } else {
                    Err(Error::new(ident.span(), format!("unknown name `{ident}`")))
                }
            }
            Expr::Binary(b) if matches!(b.op, BinOp::Add(_) | BinOp::Sub(_) | BinOp::Mul(_)) => {
                Ok(FloatExpr::Binary(
                    Box::new(self.float_expr(&b.left)?),
                    b.op,
                    Box::new(self.float_expr(&b.right)?),
                ))
            }
            other => Err(Error::new_spanned(
                other,
                "`value` is built from float fields, lets and integers with + - *",
            )),
        }
    }

    pub fn block_bytes(&self) -> u32 {
        self.fields.iter().map(|f| f.bytes).sum()
    }
}

fn single_ident(path: &Path) -> Result<Ident> {
    path.get_ident()
        .cloned()
        .ok_or_else(|| Error::new(Span::call_site(), "expected a plain name"))
}
