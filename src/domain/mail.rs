//! Mail in the outbox: what it is about, where it stands, and when a failed attempt is retried.

use super::{AccountId, LicenceId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MailState {
    /// Waiting: for the delivery thread, or (without SMTP) for an administrator to export it.
    Queued,
    Sent,
    /// Given up after a permanent error or the last retry; the last error is kept.
    Failed,
}

impl MailState {
    pub fn as_str(self) -> &'static str {
        match self {
            MailState::Queued => "queued",
            MailState::Sent => "sent",
            MailState::Failed => "failed",
        }
    }

    pub fn parse(value: &str) -> Option<MailState> {
        match value {
            "queued" => Some(MailState::Queued),
            "sent" => Some(MailState::Sent),
            "failed" => Some(MailState::Failed),
            _ => None,
        }
    }
}

/// What a mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    Invitation,
    Reset,
    ContactAdded,
    ContactRemoved,
    PrimaryChanged,
    SupportReminder,
    EvaluationReminder,
    Consolidation,
    AccountDisabled,
    /// To administrators, before a Data Center cut-off date.
    CutoffReminder,
    /// To an organisation's managers, once a month.
    OrganisationReport,
    /// To an organisation's managers and consultants, about who reaches its licences.
    OrganisationAccess,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::Invitation => "invitation",
            MailKind::Reset => "reset",
            MailKind::ContactAdded => "contact-added",
            MailKind::ContactRemoved => "contact-removed",
            MailKind::PrimaryChanged => "primary-changed",
            MailKind::SupportReminder => "support-reminder",
            MailKind::EvaluationReminder => "evaluation-reminder",
            MailKind::Consolidation => "consolidation",
            MailKind::AccountDisabled => "account-disabled",
            MailKind::CutoffReminder => "cutoff-reminder",
            MailKind::OrganisationReport => "organisation-report",
            MailKind::OrganisationAccess => "organisation-access",
        }
    }
}

/// A mail as the outbox keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMail {
    pub id: i64,
    pub created_at: i64,
    pub kind: String,
    pub from_address: String,
    pub to_address: String,
    pub account_id: Option<AccountId>,
    pub licence_id: Option<LicenceId>,
    pub subject: String,
    pub body: String,
    pub message_id: String,
    pub state: MailState,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_attempt_at: Option<i64>,
    pub last_error: Option<String>,
    pub sent_at: Option<i64>,
}

/// When to try again after a failed attempt: the delay doubles from `base_seconds` at each
/// attempt, up to an hour; `None` after `max_attempts` (the mail is then failed).
pub fn retry_at(now: i64, attempts_made: i64, base_seconds: i64, max_attempts: i64) -> Option<i64> {
    if attempts_made >= max_attempts {
        return None;
    }
    let doublings = u32::try_from(attempts_made.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    let delay = base_seconds.saturating_mul(1i64 << doublings).min(3600);
    Some(now + delay)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_stop() {
        assert_eq!(retry_at(1000, 1, 60, 5), Some(1060));
        assert_eq!(retry_at(1000, 2, 60, 5), Some(1120));
        assert_eq!(retry_at(1000, 4, 60, 5), Some(1480));
        assert_eq!(retry_at(1000, 5, 60, 5), None);
        assert_eq!(retry_at(1000, 3, 3000, 9), Some(4600));
        assert_eq!(retry_at(1000, 1, 0, 3), Some(1000));
    }
}
