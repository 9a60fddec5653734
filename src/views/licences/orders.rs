//! The orders list (/orders) and the orders table a licence's page shows.

use maud::{Markup, html};

use super::Today;
use crate::domain::orders::{Order, OrderKind};
use crate::i18n::Language;
use crate::paths::{FeedRoute, Route};

pub struct OrdersView<'a> {
    pub orders: &'a [Order],
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub is_admin: bool,
    pub today: &'a Today,
}

pub fn page(lang: Language, view: &OrdersView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "portal-orders-title")) }
        p.lead { @if view.is_admin { (crate::tr!(lang, "portal-orders-intro-admin")) } @else { (crate::tr!(lang, "portal-orders-intro")) } }
        @if view.orders.is_empty() {
            div.empty { p { strong { (crate::tr!(lang, "portal-orders-empty")) } } }
        } @else {
            p.download {
                a href=(Route::Feeds(FeedRoute::OrdersCsv).path()) download { (crate::tr!(lang, "feed-orders-download")) }
                " "
                span.hint { (crate::tr!(lang, "feed-orders-download-hint", max = crate::app::auditor_exports::ORDERS_CSV_MAX)) }
            }
            (table(lang, view.today, view.orders, true))
            @if view.pages > 1 {
                nav.pager aria-label=(crate::tr!(lang, "portal-pages-label")) {
                    @if view.page > 1 {
                        a href=(Route::Orders { page: view.page - 1 }.path()) rel="prev" { (crate::tr!(lang, "portal-previous-page")) }
                    }
                    span { (crate::tr!(lang, "portal-page-of", page = view.page, pages = view.pages)) }
                    @if view.page < view.pages {
                        a href=(Route::Orders { page: view.page + 1 }.path()) rel="next" { (crate::tr!(lang, "portal-next-page")) }
                    }
                }
            }
        }
    }
}

pub fn kind(lang: Language, kind: OrderKind) -> String {
    match kind {
        OrderKind::New => crate::tr!(lang, "portal-order-new"),
        OrderKind::Renewal => crate::tr!(lang, "portal-order-renewal"),
        OrderKind::Upgrade => crate::tr!(lang, "portal-order-upgrade"),
    }
}

/// Orders as a table; `with_licence` adds the licence column (the orders page).
pub fn table(lang: Language, today: &Today, orders: &[Order], with_licence: bool) -> Markup {
    html! {
        div.scroll {
            table.compact.orders {
                thead { tr {
                    th { (crate::tr!(lang, "portal-col-order")) } th { (crate::tr!(lang, "portal-col-date")) } th { (crate::tr!(lang, "portal-col-kind")) }
                    @if with_licence { th { (crate::tr!(lang, "portal-col-licence")) } }
                    th { (crate::tr!(lang, "portal-col-description")) } th.optional { (crate::tr!(lang, "portal-po-number-label")) }
                    th.optional { (crate::tr!(lang, "portal-amount-label")) } th.optional { (crate::tr!(lang, "portal-col-placed-by")) }
                } }
                tbody {
                    @for order in orders {
                        tr {
                            td.nowrap { (order.number) }
                            td.nowrap { (today.stamp(lang, order.placed_at)) }
                            td { (kind(lang, order.kind)) }
                            @if with_licence {
                                td {
                                    a href=(Route::Licence(order.licence_id).path()) { (order.licence_name) }
                                    @if let Some(sen) = &order.licence_sen { br; span.muted { (sen) } }
                                }
                            }
                            td { (order.description) }
                            td.optional.nowrap { (order.po_number.as_deref().unwrap_or("")) }
                            td.optional.nowrap {
                                (amount_shown(lang, order.amount.as_deref(), order.currency.as_deref()))
                            }
                            td.optional { (order.placed_by.as_deref().unwrap_or("")) }
                        }
                    }
                }
            }
        }
    }
}

/// An order's amount as the viewer's language writes it, with its currency: `1.200,50 EUR`. The
/// stored amount (`1200.50`) stays as it is in the database and the exports.
fn amount_shown(lang: Language, amount: Option<&str>, currency: Option<&str>) -> String {
    match (amount, currency) {
        (Some(amount), Some(currency)) => crate::tr!(
            lang,
            "portal-amount-with-currency",
            amount = crate::i18n::format::amount(lang, amount),
            currency = currency
        ),
        (Some(amount), None) => crate::i18n::format::amount(lang, amount),
        (None, _) => String::new(),
    }
}
