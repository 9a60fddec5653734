//! The licences list.

use maud::{Markup, html};

use crate::domain::Licence;
use crate::i18n::Catalogue;

pub fn list(cat: &Catalogue, licences: &[Licence]) -> Markup {
    html! {
        h1 { (cat.licences_title) }
        @if licences.is_empty() {
            div.empty {
                p { strong { (cat.licences_empty) } }
                p { (cat.licences_empty_hint) }
            }
        } @else {
            table {
                thead { tr { th { "Product" } th { "Name" } th { "SEN" } th { "Support Expires" } } }
                tbody {
                    @for licence in licences {
                        tr {
                            td { (licence.product) }
                            td { (licence.name) }
                            td { (licence.sen.as_deref().unwrap_or("")) }
                            td { (licence.support_expiry.map(|d| d.to_string()).unwrap_or_default()) }
                        }
                    }
                }
            }
        }
    }
}
