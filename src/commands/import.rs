//! `licensedesk import`.

use std::process::ExitCode;

pub fn run(_args: &crate::cli::ImportArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("import is being built")
}
