//! Plain types and rules of the licence portal: ids, validated strings, accounts, licences.
//! No SQL, no HTTP, no HTML: everything here can be tested alone.

pub mod account;
pub mod actor;
pub mod api_token;
pub mod apps;
pub mod audit;
pub mod check;
pub mod client;
pub mod consolidation;
pub mod contacts;
pub mod coterm;
pub mod dashboard;
pub mod data_center_end;
pub mod ids;
pub mod instance;
pub mod language;
pub mod licence;
pub mod licence_history;
pub mod lifecycle;
pub mod listing;
pub mod mail;
pub mod mailbox;
pub mod orders;
pub mod organisation;
pub mod people;
pub mod reminders;
pub mod search_text;
pub mod terms;
pub mod values;
pub mod webhooks;

pub use account::{Account, AccountState, Password, PasswordError};
pub use actor::{Actor, Viewer};
pub use contacts::{Contact, ContactRole, LicenceContacts};
pub use ids::{AccountId, LicenceId, OrganisationId};
pub use instance::Instance;
pub use language::Language;
pub use licence::{Deployment, Licence, LicenceFields, LicenceKind, LicenceType, SupportState};
pub use listing::{Section, SortOrder};
pub use mail::{MailState, OutboxMail};
pub use values::{EMAIL_MAX_BYTES, Email, EmailError, Sen, SenError, ServerId, ServerIdError};
