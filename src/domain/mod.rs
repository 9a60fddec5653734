//! Plain types and rules of the licence portal: ids, validated strings, accounts, licences.
//! No SQL, no HTTP, no HTML: everything here can be tested alone.

pub mod account;
pub mod ids;
pub mod licence;
pub mod values;
// Diagnosis.
pub mod instance;
// Contacts and mail.
pub mod consolidation;
pub mod contacts;
pub mod mail;
pub mod reminders;
// Licence portal.
pub mod terms;

pub use account::{Account, AccountState, Password, PasswordError};
pub use ids::{AccountId, LicenceId};
pub use licence::{Deployment, Licence, SupportState};
pub use values::{EMAIL_MAX_BYTES, Email, EmailError, ServerId, ServerIdError};
// Diagnosis.
pub use instance::Instance;
// Contacts and mail.
pub use contacts::{Contact, ContactRole, LicenceContacts};
pub use mail::{MailState, OutboxMail};
