//! Products on their embedded H2 database: Bitbucket set up without an external database (its
//! `shared/data/db.mv.db`), and Jira or Confluence whose configuration names a `jdbc:h2:` URL.
//!
//! H2 lets one process at a time open the file, so it cannot be read while the product runs, and
//! this tool never opens it (it has no H2 driver). What it gives instead is the exact command of
//! H2's own shell (`org.h2.tools.Shell`, in the `h2-*.jar` the product ships in its
//! installation's `WEB-INF/lib`) that reads the Server ID and the licence from the file once the
//! product is stopped.

use std::path::{Path, PathBuf};

use super::{InstallNote, Product};

/// Where each product keeps its embedded H2 database, relative to its home.
/// (Jira and Confluence always have a config file naming their database, whose URL says H2.)
const H2_FILES: &[(&str, Product)] = &[
    ("shared/data/db.mv.db", Product::Bitbucket),
    ("data/db.mv.db", Product::Bitbucket),
];

/// The user the products create their embedded database with, when the configuration names none.
const DEFAULT_H2_USER: &str = "sa";

/// The embedded H2 database file of `product` in `home`, when there is one.
pub(super) fn file_in_home(home: &Path, product: Product) -> Option<PathBuf> {
    H2_FILES
        .iter()
        .filter(|(_, owner)| *owner == product)
        .map(|(relative, _)| home.join(relative))
        .find(|path| path.is_file())
}

/// A home that holds nothing but an embedded H2 database (Bitbucket keeps no config file until
/// an external database is set up): the product it belongs to and the file.
pub(super) fn product_of_home(home: &Path) -> Option<(Product, PathBuf)> {
    H2_FILES
        .iter()
        .map(|(relative, product)| (*product, home.join(relative)))
        .find(|(_, path)| path.is_file())
}

/// The JDBC URL that opens an H2 file: its path without the `.mv.db` the driver adds.
pub(super) fn url_of_file(file: &Path) -> String {
    let shown = file.display().to_string();
    let base = shown.strip_suffix(".mv.db").unwrap_or(&shown);
    format!("jdbc:h2:file:{base}")
}

/// The SQL that reads Bitbucket's Server ID and licence in one go.
pub(super) fn bitbucket_sql() -> String {
    "SELECT prop_key, prop_value FROM app_property WHERE prop_key IN ('server.id', 'license')"
        .to_string()
}

/// The command of H2's shell that runs `sql` on the database at `url` as `user` (the products'
/// default user when None). The SQL is in double quotes for the shell, so it holds none itself.
pub(super) fn shell_command(url: &str, user: Option<&str>, sql: &str) -> String {
    let user = user
        .filter(|u| !u.trim().is_empty())
        .unwrap_or(DEFAULT_H2_USER);
    format!(
        "java -cp h2*.jar org.h2.tools.Shell -url \"{}\" -user {} -password \"\" -sql \"{}\"",
        url.trim().replace('"', "\\\""),
        shell_word(user),
        sql.replace('"', "\\\"")
    )
}

/// A word the shell takes as it is: quoted when it holds anything but letters, digits, `_` or `-`.
fn shell_word(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// The note for Bitbucket on the H2 database file `file`.
pub(super) fn bitbucket_file_note(file: &Path) -> InstallNote {
    InstallNote::EmbeddedH2 {
        product: Product::Bitbucket,
        found: file.display().to_string(),
        command: shell_command(&url_of_file(file), None, &bitbucket_sql()),
    }
}

/// A `jdbc:h2:` URL with Bitbucket's `${bitbucket.shared.home}` placeholder replaced by the
/// shared home, so the command runs as printed.
pub(super) fn resolve_placeholders(url: &str, home: &Path) -> String {
    url.replace(
        "${bitbucket.shared.home}",
        &home.join("shared").display().to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_exact() {
        assert_eq!(
            shell_command(
                "jdbc:h2:file:/var/bb/shared/data/db",
                None,
                &bitbucket_sql()
            ),
            "java -cp h2*.jar org.h2.tools.Shell -url \"jdbc:h2:file:/var/bb/shared/data/db\" -user sa -password \"\" -sql \"SELECT prop_key, prop_value FROM app_property WHERE prop_key IN ('server.id', 'license')\""
        );
        assert!(
            shell_command("jdbc:h2:file:/x", Some("it's"), "SELECT 1").contains("-user 'it'\\''s'")
        );
    }

    #[test]
    fn urls_of_files_and_placeholders() {
        assert_eq!(
            url_of_file(Path::new("/h/shared/data/db.mv.db")),
            "jdbc:h2:file:/h/shared/data/db"
        );
        assert_eq!(
            resolve_placeholders(
                "jdbc:h2:${bitbucket.shared.home}/data/db;MV_STORE=TRUE",
                Path::new("/h")
            ),
            "jdbc:h2:/h/shared/data/db;MV_STORE=TRUE"
        );
    }
}
