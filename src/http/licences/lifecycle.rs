//! A licence's lifecycle on its page: the cut-offs that apply to it, and the answer to "can it
//! run this product version?", asked with a GET form whose answer is the licence's page again.

use maud::Markup;

use crate::app::lifecycle;
use crate::domain::lifecycle::{ReleaseProduct, Version};
use crate::domain::{Licence, LicenceId, LicenceKind};
use crate::error::AppResult;
use crate::paths::EligibilityQuestion;
use crate::views::licences::lifecycle::{LifecycleView, section as render};

use super::super::{Ctx, Response};

/// The licence's page with the answer; a question that cannot be asked (an unknown product, a
/// version that is not one) is a 400 with the reason beside the form.
pub fn eligibility(
    ctx: &mut Ctx,
    id: LicenceId,
    question: &EligibilityQuestion,
) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = super::visible_licence(ctx, &session, id)?;
    super::render_details_asking(
        ctx,
        &session,
        &licence,
        &crate::views::licences::FormState::new(),
        200,
        Some(question),
    )
}

/// The section, and the status it asks the page to have (400 for a question that cannot be
/// asked).
pub fn section(
    ctx: &mut Ctx,
    licence: &Licence,
    key_products: Option<&[&str]>,
    question: Option<&EligibilityQuestion>,
    today: jiff::civil::Date,
) -> AppResult<(Markup, Option<u16>)> {
    let lang = ctx.lang;
    let facts = lifecycle::facts_of_licence_and_key(licence, key_products);
    // A test licence is not bound by the cut-offs of commercial licences.
    let cutoffs = if facts.dates.kind == LicenceKind::Test {
        Vec::new()
    } else {
        lifecycle::cutoffs(ctx.conn)?
            .applying(facts.deployment, facts.product)
            .into_iter()
            .cloned()
            .collect()
    };
    let mut product = facts.product;
    let mut version_text = "";
    let mut error = None;
    let mut answer = None;
    if let Some(question) = question {
        version_text = &question.version;
        match ReleaseProduct::from_code(&question.product) {
            None => {
                error = Some(crate::i18n::lifecycle::product_unknown(
                    lang,
                    &question.product,
                ))
            }
            Some(asked) => {
                product = Some(asked);
                match Version::parse(&question.version) {
                    None => {
                        error = Some(crate::i18n::lifecycle::version_invalid(
                            lang,
                            &question.version,
                        ))
                    }
                    Some(version) => {
                        answer = Some(lifecycle::eligibility(ctx.conn, &facts, asked, &version)?)
                    }
                }
            }
        }
    }
    let markup = render(
        lang,
        &LifecycleView {
            licence: licence.id,
            today,
            cutoffs: &cutoffs,
            product,
            version: version_text,
            answer: answer.as_ref(),
            error: error.as_deref(),
        },
    );
    Ok((markup, error.map(|_| 400)))
}
