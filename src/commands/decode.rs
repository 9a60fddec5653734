//! `licensedesk decode`.

use std::process::ExitCode;

pub fn run(_args: &crate::cli::DecodeArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("decode is being built")
}
