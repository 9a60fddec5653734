//! How the domain's ids and validated values are stored: each is one column, written and read
//! as its plain value, so that queries bind and read them without converting by hand.

use rusqlite::ToSql;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};

use crate::domain::{AccountId, Deployment, LicenceId, LicenceKind, LicenceType, OrganisationId};

macro_rules! integer_id {
    ($name:ident) => {
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($name)
            }
        }
    };
}

integer_id!(AccountId);
integer_id!(LicenceId);
integer_id!(OrganisationId);

impl ToSql for Deployment {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Deployment {
    /// A value the schema does not allow is refused, rather than read as some deployment.
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        Deployment::parse(text)
            .ok_or_else(|| FromSqlError::Other(format!("unknown deployment {text:?}").into()))
    }
}

impl ToSql for LicenceKind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.code()))
    }
}

impl FromSql for LicenceKind {
    /// A code the schema does not allow is refused, rather than read as some kind.
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        LicenceKind::from_code(text)
            .ok_or_else(|| FromSqlError::Other(format!("unknown licence kind {text:?}").into()))
    }
}

impl ToSql for LicenceType {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for LicenceType {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        value.as_str().map(LicenceType::parse)
    }
}
