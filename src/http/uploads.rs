//! The private folder where uploads that must be read from disk (support zips) stay while they
//! are read: `tmp/` under the data directory, readable by this user only, emptied by `serve` at
//! every start so that nothing an upload held (a `dbconfig.xml` with its password) outlives a
//! crash. Each upload gets its own folder inside, removed as soon as it has been read.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder uploads are kept in while they are read.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("tmp")
}

/// Creates `dir` readable and writable by this user only (and its parents as needed).
fn create_private(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Removes whatever an earlier run left in the folder (it ended without cleaning up: a crash,
/// a kill) and makes the folder anew, private. Returns how many entries were removed.
pub fn empty_at_start(data_dir: &Path) -> std::io::Result<usize> {
    let folder = folder(data_dir);
    let mut removed = 0;
    match std::fs::symlink_metadata(&folder) {
        Ok(metadata) if metadata.is_dir() => {
            for entry in std::fs::read_dir(&folder)? {
                let path = entry?.path();
                // Not following links: a link is removed, never what it points to.
                if std::fs::symlink_metadata(&path)?.is_dir() {
                    std::fs::remove_dir_all(&path)?;
                } else {
                    std::fs::remove_file(&path)?;
                }
                removed += 1;
            }
        }
        // A file or link where the folder belongs is replaced.
        Ok(_) => std::fs::remove_file(&folder)?,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(error),
    }
    create_private(&folder)?;
    Ok(removed)
}

/// One uploaded file in a folder of its own inside [`folder`], removed on drop.
pub struct TempUpload {
    dir: PathBuf,
    pub path: PathBuf,
}

impl TempUpload {
    /// Writes `data` (a slice of the request body: nothing is copied in memory) under `name`
    /// made safe, in a new folder inside `uploads`.
    pub fn write(uploads: &Path, name: &str, data: &[u8]) -> std::io::Result<TempUpload> {
        let mut random = [0u8; 16];
        getrandom::fill(&mut random).map_err(|e| std::io::Error::other(e.to_string()))?;
        let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
        create_private(uploads)?;
        let dir = uploads.join(format!("upload-{hex}"));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(&dir)?;
        let upload = TempUpload {
            path: dir.join(safe_file_name(name)),
            dir,
        };
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&upload.path)?;
        file.write_all(data)?;
        Ok(upload)
    }
}

impl Drop for TempUpload {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The uploaded name reduced to letters, digits, `.`, `-` and `_`, so it cannot leave the
/// folder; the name matters because the readers know config files by it.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .take(100)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim_start_matches('.');
    if cleaned.is_empty() {
        "upload".to_owned()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploaded_names_cannot_leave_their_folder() {
        assert_eq!(safe_file_name("confluence.cfg.xml"), "confluence.cfg.xml");
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name(".."), "upload");
        assert_eq!(safe_file_name(""), "upload");
        assert_eq!(safe_file_name("a b/c\\d"), "a_b_c_d");
    }

    #[test]
    fn an_upload_is_gone_once_read_and_leftovers_go_at_start() {
        let data = tempfile::tempdir().expect("tempdir");
        let uploads = folder(data.path());
        let upload = TempUpload::write(&uploads, "support.zip", b"PK").expect("written");
        let dir = upload.dir.clone();
        assert!(upload.path.is_file() && upload.path.starts_with(&uploads));
        drop(upload);
        assert!(!dir.exists());

        // What a crash leaves behind is removed at the next start, links without following.
        let left = TempUpload::write(&uploads, "dbconfig.xml", b"<x/>").expect("written");
        std::mem::forget(left);
        let outside = data.path().join("outside.txt");
        std::fs::write(&outside, "kept").expect("write");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, uploads.join("link")).expect("link");
        let removed = empty_at_start(data.path()).expect("emptied");
        assert!(removed >= 1);
        assert_eq!(std::fs::read_dir(&uploads).expect("folder").count(), 0);
        assert!(outside.is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&uploads)
                .expect("folder")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }
}
