//! Reading the files and folders given to `licensedesk import`: regular files only, each read
//! up to a size cap; folders walked once each (a symbolic link to a folder is not followed, so
//! a link loop cannot hang the walk); FIFOs, sockets and devices passed over with a message.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Refusal, Rejection, Source};

/// Files larger than this are not read: no licence file or export of a portal is this big.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Reads files and folders (recursively, in name order; hidden files are passed over). What
/// cannot be read becomes a rejection, not an error, so one bad file does not stop the rest.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<Rejection>) {
    read_paths_capped(paths, MAX_FILE_BYTES)
}

/// [`read_paths`] with another size cap per file.
pub fn read_paths_capped(paths: &[PathBuf], max_file_bytes: u64) -> (Vec<Source>, Vec<Rejection>) {
    let mut walk = Walk {
        sources: Vec::new(),
        rejected: Vec::new(),
        visited: HashSet::new(),
        max_file_bytes,
    };
    for path in paths {
        walk.path(path, true);
    }
    (walk.sources, walk.rejected)
}

struct Walk {
    sources: Vec<Source>,
    rejected: Vec<Rejection>,
    /// Folders read already, by device and inode.
    visited: HashSet<(u64, u64)>,
    max_file_bytes: u64,
}

impl Walk {
    fn reject(&mut self, path: &Path, reason: Refusal) {
        self.rejected.push(Rejection {
            origin: path.display().to_string(),
            reason,
        });
    }

    /// `named`: the path was given on the command line, where a symbolic link is followed
    /// (the user chose it); inside a folder a link to a folder is not.
    fn path(&mut self, path: &Path, named: bool) {
        let link = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) => {
                let detail = e.to_string();
                return self.reject(path, Refusal::CannotRead { detail });
            }
        };
        let metadata = if link.file_type().is_symlink() {
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() && !named => {
                    return self.reject(path, Refusal::LinkToFolder);
                }
                Ok(m) => m,
                Err(e) => {
                    let detail = e.to_string();
                    return self.reject(path, Refusal::BrokenLink { detail });
                }
            }
        } else {
            link
        };
        if metadata.is_dir() {
            self.folder(path, &metadata);
        } else if metadata.is_file() {
            self.file(path, metadata.len());
        } else {
            self.reject(path, Refusal::NotRegularFile);
        }
    }

    fn folder(&mut self, path: &Path, metadata: &std::fs::Metadata) {
        if !self.visited.insert(identity(metadata)) {
            return self.reject(path, Refusal::ReadAlready);
        }
        let mut children: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                let detail = e.to_string();
                return self.reject(path, Refusal::CannotList { detail });
            }
        };
        children.sort();
        for child in children {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                self.path(&child, false);
            }
        }
    }

    fn file(&mut self, path: &Path, length: u64) {
        if length > self.max_file_bytes {
            let max = self.max_file_bytes;
            return self.reject(path, Refusal::TooLarge { length, max });
        }
        // The length can grow after it was read (a log being written): read one byte more
        // than the cap, never more.
        let read = std::fs::File::open(path).and_then(|file| {
            let mut bytes = Vec::new();
            file.take(self.max_file_bytes + 1).read_to_end(&mut bytes)?;
            Ok(bytes)
        });
        match read {
            Ok(bytes) if bytes.len() as u64 > self.max_file_bytes => {
                let max = self.max_file_bytes;
                self.reject(path, Refusal::GrewWhileRead { max });
            }
            Ok(bytes) => self.sources.push(Source {
                name: path.display().to_string(),
                bytes,
            }),
            Err(e) => {
                let detail = e.to_string();
                self.reject(path, Refusal::CannotRead { detail });
            }
        }
    }
}

#[cfg(unix)]
fn identity(metadata: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (metadata.dev(), metadata.ino())
}

#[cfg(not(unix))]
fn identity(_: &std::fs::Metadata) -> (u64, u64) {
    // Without inode numbers, folder links are still not followed inside a walk.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    (0, NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
}
