//! The official `openai` Python package as the client of `realm serve` (the
//! binary, on SmolLM2): plain and streamed chat and completions, logprobs,
//! stop strings, seeds, and errors as the client's typed exceptions.

mod common;

use common::{python, real_model};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// Kills the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
#[ignore = "needs python3 with the openai package (REALM_PYTHON) and SmolLM2 in the model cache; run by .ci/test-all"]
fn the_openai_python_client_works_against_realm_serve() {
    let dir = tempfile::tempdir().unwrap();
    let tenants = dir.path().join("tenants.toml");
    std::fs::write(
        &tenants,
        "[[tenant]]\nname = \"main\"\napi_key = \"sk-main\"\n\n\
         [[tenant]]\nname = \"limited\"\napi_key = \"sk-limited\"\nmax_concurrent = 1\n",
    )
    .unwrap();
    let model = real_model("SmolLM2-135M-Instruct.Q4_1.gguf");
    let mut child = Command::new(env!("CARGO_BIN_EXE_realm"))
        .args(["serve", "--port", "0", "--ctx", "1024", "--tenants"])
        .arg(&tenants)
        .arg("--model")
        .arg(&model)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let addr = line
        .strip_prefix("listening on ")
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"));

    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/support/openai_client.py"
    );
    let out = Command::new(python())
        .arg(script)
        .arg(format!("{addr}/v1"))
        .args(["sk-main", "sk-limited"])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {}: {e} (pip install openai)",
                python().display()
            )
        });
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    let last = stdout.lines().last().unwrap_or("");
    println!("{last}");
    let passed: usize = last
        .strip_prefix("openai client: ")
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(passed >= 18, "{stdout}");
    drop(server);
}
