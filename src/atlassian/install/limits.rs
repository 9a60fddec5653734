//! Every limit a reader of untrusted input works within, stated once: request bodies and their
//! multipart parts, text files, XML documents, the text scans and support zips.
//!
//! The readers' time is linear in what they read and their memory is at most a small multiple of
//! it; these limits bound what they may be made to read. A file over a limit is refused with a
//! message naming the limit, never read in part and never truncated silently. The numbers are far
//! above what a real installation holds: a `dbconfig.xml` is about 2 KB with 4 levels of nesting,
//! a `confluence.cfg.xml` about 10 KB with 60 elements, a support zip a few thousand entries.

/// Form bodies (everything but the two upload forms) larger than this are refused with 413
/// before they are read.
pub const FORM_BODY_LIMIT: usize = 1024 * 1024;

/// Upload bodies (key files, config files, support zips) larger than this are refused with 413
/// before they are read. The body is the only whole copy of an upload the server holds: its parts
/// are read in place, and an uploaded file is never copied in memory.
pub const UPLOAD_BODY_LIMIT: usize = 32 * 1024 * 1024;

/// A multipart body with more parts than this is refused (a browser sends one per field).
pub const MAX_MULTIPART_PARTS: usize = 100;

/// The headers of one multipart part (`Content-Disposition`, `Content-Type`) may be this long.
pub const MAX_PART_HEADER_BYTES: usize = 8 * 1024;

/// The largest config file or text read whole: a file given on the command line, standard input,
/// or pasted text. A text this large is scanned in about a second.
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// Text pasted into a form field may be this long; a System Information page is about 100 KB.
/// Larger text is uploaded as a file, which is read in place.
pub const MAX_PASTED_BYTES: usize = 4 * 1024 * 1024;

/// Elements may nest this deep in an XML document (the products' files nest 4 to 6 deep).
pub const MAX_XML_DEPTH: usize = 64;

/// An XML document may hold this many elements.
pub const MAX_XML_ELEMENTS: usize = 100_000;

/// One XML element may carry this many attributes.
pub const MAX_XML_ATTRIBUTES: usize = 64;

/// The text scan reports at most this many Server IDs from one text; a real file has one or
/// two, and every one found becomes a line on the page.
pub const MAX_SERVER_IDS_PER_TEXT: usize = 100;

/// How far to the left of `server` a label is widened over a dotted prefix
/// ("confluence.setup." in "confluence.setup.server.id").
pub const MAX_LABEL_PREFIX: usize = 64;

/// How far past a label the scan looks for its value, in bytes of separators and markup.
pub const MAX_LABEL_GAP: usize = 400;

/// The longest HTML/XML tag the scan steps over between a label and its value.
pub const MAX_SKIPPED_TAG: usize = 300;

/// A zip with more entries than this is refused; the count is read from the end-of-central-
/// directory record, before the directory itself is read.
pub const ZIP_MAX_ENTRIES: usize = 10_000;

/// The most one zip entry may unpack to: the text scanned per entry.
pub const ZIP_MAX_ENTRY_BYTES: u64 = 16 * 1024 * 1024;

/// The most all the entries read from one zip may unpack to: the text scanned per upload.
pub const ZIP_MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;

/// An entry that expands more than this many times its compressed size (once past
/// [`ZIP_RATIO_FLOOR`]) is taken for a zip bomb.
pub const ZIP_MAX_RATIO: u64 = 200;

/// Entries smaller than this are never judged by their expansion ratio.
pub const ZIP_RATIO_FLOOR: u64 = 1024 * 1024;

/// The central directory a zip declares may be this large (about 100 bytes an entry), checked
/// before it is read.
pub const ZIP_MAX_DIRECTORY_BYTES: u64 = 16 * 1024 * 1024;

/// A Jira XML backup's `entities.xml` is read as a stream, never whole: this is the most one
/// element (a start tag with its attributes, or one run of text) may hold before the backup is
/// refused, and so the most memory the reading takes beyond its fixed buffers. A licence key is
/// a few kilobytes; the longest values a real backup holds (a large issue description) are far
/// below this.
pub const BACKUP_MAX_ELEMENT_BYTES: u64 = 64 * 1024 * 1024;

/// The most an `entities.xml` inside a backup zip may unpack to. Its expansion ratio is checked
/// as it is read, with [`ZIP_MAX_RATIO`], so a zip bomb is stopped long before this.
pub const BACKUP_MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024 * 1024;

/// How many Server-ID-shaped property values a backup's reading remembers while it has not yet
/// met the `jira.sid.key` entry they may belong to; a real backup has a handful.
pub const BACKUP_MAX_SERVER_ID_CANDIDATES: usize = 10_000;

/// The most of one value (a licence key, a Server ID) a backup's reading keeps; a key is a few
/// kilobytes, and text past this is not kept (the key is then reported as damaged, which it is).
pub const BACKUP_MAX_VALUE_BYTES: usize = 256 * 1024;

/// How many licence details of a support zip's `application.xml` are reported; a product
/// reports about a dozen.
pub const REPORT_MAX_DETAILS: usize = 32;

/// How many licence keys a backup's `ProductLicense` rows may give; a real Jira has one to four.
pub const BACKUP_MAX_LICENCES: usize = 1_000;

/// An env file or `docker inspect` output is a text file, read whole within [`MAX_TEXT_BYTES`];
/// a value spread over lines inside double quotes may span at most this many lines.
pub const ENV_MAX_QUOTED_LINES: usize = 1_000;
