//! The orders list (/orders) and the orders table a licence's page shows.

use maud::{Markup, html};

use super::Today;
use crate::domain::orders::{Order, OrderKind};
use crate::i18n::{PortalCatalogue, fill};
use crate::paths::Route;

pub struct OrdersView<'a> {
    pub orders: &'a [Order],
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub is_admin: bool,
    pub today: &'a Today,
}

pub fn page(t: &PortalCatalogue, view: &OrdersView<'_>) -> Markup {
    html! {
        h1 { (t.orders_title) }
        p.lead { @if view.is_admin { (t.orders_intro_admin) } @else { (t.orders_intro) } }
        @if view.orders.is_empty() {
            div.empty { p { strong { (t.orders_empty) } } }
        } @else {
            (table(t, view.today, view.orders, true))
            @if view.pages > 1 {
                nav.pager aria-label=(t.pages_label) {
                    @if view.page > 1 {
                        a href=(Route::Orders { page: view.page - 1 }.path()) rel="prev" { (t.previous_page) }
                    }
                    span { (fill(t.page_of, &[("page", &view.page), ("pages", &view.pages)])) }
                    @if view.page < view.pages {
                        a href=(Route::Orders { page: view.page + 1 }.path()) rel="next" { (t.next_page) }
                    }
                }
            }
        }
    }
}

pub fn kind(t: &PortalCatalogue, kind: OrderKind) -> &str {
    match kind {
        OrderKind::New => t.order_new,
        OrderKind::Renewal => t.order_renewal,
        OrderKind::Upgrade => t.order_upgrade,
    }
}

/// Orders as a table; `with_licence` adds the licence column (the orders page).
pub fn table(t: &PortalCatalogue, today: &Today, orders: &[Order], with_licence: bool) -> Markup {
    html! {
        div.scroll {
            table.compact {
                thead { tr {
                    th { (t.col_order) } th { (t.col_date) } th { (t.col_kind) }
                    @if with_licence { th { (t.col_licence) } }
                    th { (t.col_description) } th.optional { (t.po_number_label) }
                    th.optional { (t.amount_label) } th.optional { (t.col_placed_by) }
                } }
                tbody {
                    @for order in orders {
                        tr {
                            td { (order.number) }
                            td { (today.stamp(order.placed_at)) }
                            td { (kind(t, order.kind)) }
                            @if with_licence {
                                td {
                                    a href=(Route::Licence(order.licence_id).path()) { (order.licence_name) }
                                    @if let Some(sen) = &order.licence_sen { br; span.muted { (sen) } }
                                }
                            }
                            td { (order.description) }
                            td.optional { (order.po_number.as_deref().unwrap_or("")) }
                            td.optional {
                                (order.amount.as_deref().unwrap_or("")) " "
                                (order.currency.as_deref().unwrap_or(""))
                            }
                            td.optional { (order.placed_by.as_deref().unwrap_or("")) }
                        }
                    }
                }
            }
        }
    }
}
