//! `licensedesk export`.

use std::process::ExitCode;

pub fn run(_args: &crate::cli::ExportArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("export is being built")
}
