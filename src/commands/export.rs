//! `licensedesk export --format csv|json|keys [-o PATH]`: the inventory as a CSV for
//! spreadsheets, the JSON that imports again unchanged, or one `<SEN>.txt` key file each.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::cli::{ExportArgs, ExportFormat};
use crate::i18n::Language;
use crate::inventory::export;
use crate::store::licences;

pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let selection = licences::all(&conn)?;
    // The command line reads the database itself: nothing it could be refused is withheld.
    let withheld = export::Withheld::new();
    match args.format {
        ExportFormat::Json => {
            let text = export::to_json(&export::document(
                &conn, &selection, &withheld, None, false,
            )?);
            write_output(lang, args.output.as_deref(), text.as_bytes())?;
        }
        ExportFormat::Csv => {
            let hosts = export::host_sens(&conn, &selection)?;
            let bytes = export::to_csv(&selection, &withheld, &hosts)
                .with_context(|| crate::tr!(lang, "export-cli-cannot-write-csv"))?;
            write_output(lang, args.output.as_deref(), &bytes)?;
        }
        ExportFormat::Keys => {
            let Some(folder) = &args.output else {
                bail!(crate::tr!(lang, "export-cli-keys-need-folder"));
            };
            std::fs::create_dir_all(folder).with_context(|| {
                crate::tr!(
                    lang,
                    "export-cli-cannot-create",
                    path = folder.display().to_string()
                )
            })?;
            let files = export::key_files(&selection, &withheld);
            for (name, content) in &files {
                let path = folder.join(name);
                std::fs::write(&path, content).with_context(|| {
                    crate::tr!(
                        lang,
                        "export-cli-cannot-write",
                        path = path.display().to_string()
                    )
                })?;
            }
            let count = files.len();
            let folder = folder.display().to_string();
            eprintln!(
                "{}",
                crate::tr!(
                    lang,
                    "export-cli-wrote-keys",
                    count = count,
                    folder = folder
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write_output(
    lang: Language,
    path: Option<&std::path::Path>,
    bytes: &[u8],
) -> anyhow::Result<()> {
    match path {
        Some(path) => std::fs::write(path, bytes).with_context(|| {
            crate::tr!(
                lang,
                "export-cli-cannot-write",
                path = path.display().to_string()
            )
        }),
        None => {
            std::io::stdout().write_all(bytes)?;
            Ok(())
        }
    }
}
