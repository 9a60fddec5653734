//! What the routes promise: each parses back from its own link, a bad page is refused on
//! every list, a path of another method is a 405, and only uploads take large bodies.

use super::*;

#[test]
fn only_local_paths_are_followed() {
    assert!(is_local_path("/licences/4"));
    assert!(is_local_path("/licences?q=SEN-1"));
    for bad in [
        "https://evil.example",
        "//evil.example",
        "/\\evil.example",
        "evil",
        "",
        "/x\r\nLocation: y",
        "/redirect?to=http://evil",
        "/\t/evil.example",
        "/\n/evil.example",
        "/ /evil.example",
    ] {
        assert!(!is_local_path(bad), "{bad}");
    }
}

#[test]
fn every_route_parses_back_from_its_link() {
    for seed in [1, 2, 987_654] {
        let samples = Route::samples(seed);
        for route in &samples {
            // A route is read (GET) or posted to (POST), or both; its link names it again.
            let link = route.path();
            let parsed = [Method::Get, Method::Post, Method::Patch, Method::Delete]
                .map(|m| Route::parse_url(m, &link));
            assert!(
                parsed.iter().any(|p| p.as_ref() == Ok(route)),
                "{route:?}: {link} parses back as {parsed:?}"
            );
        }
        assert!(samples.len() < 1000, "the chain of samples loops");
    }
}

#[test]
fn default_parts_of_a_list_are_left_out_of_its_link() {
    assert_eq!(Route::Licences(LicenceList::default()).path(), "/licences");
    let latest = LicenceList {
        sort: SortOrder::ExpiryLatest,
        ..LicenceList::default()
    };
    assert_eq!(
        Route::Licences(latest.at_page(2)).path(),
        "/licences?sort=latest&page=2"
    );
    assert_eq!(
        Route::Licences(LicenceList::of(Section::Evaluations)).path(),
        "/licences?section=evaluations"
    );
    assert_eq!(
        Route::Reset("abc".into()).url("https://licences.example/"),
        "https://licences.example/reset/abc"
    );
    assert_eq!(Route::Orders { page: 1 }.path(), "/orders");
    assert_eq!(Route::Orders { page: 3 }.path(), "/orders?page=3");
}

#[test]
fn a_bad_page_is_refused_on_every_list() {
    for list in ["/licences", "/orders", "/admin/audit", "/admin/outbox"] {
        for page in ["abc", "0", "-5", "1000001", "99999999999999999999999"] {
            let url = format!("{list}?page={page}");
            assert_eq!(
                Route::parse_url(Method::Get, &url),
                Err(RouteError::BadQuery(QueryError::Page)),
                "{url}"
            );
        }
        assert!(Route::parse_url(Method::Get, &format!("{list}?page=")).is_ok());
    }
}

#[test]
fn a_path_that_exists_for_another_method_is_not_allowed_and_others_are_not_found() {
    use RouteError::{MethodNotAllowed, NotFound};
    let allow = |allow| MethodNotAllowed { allow };
    for (method, url, expected) in [
        (Method::Post, "/licences", allow("GET, HEAD")),
        (Method::Get, "/signout", allow("POST")),
        (Method::Get, "/licences/new/key", allow("POST")),
        (Method::Post, "/licences/new", allow("GET, HEAD")),
        (Method::Other, "/licences/4", allow("GET, HEAD")),
        (Method::Other, "/import", allow("GET, HEAD, POST")),
        (Method::Get, "/admin/outbox/4/retry", allow("POST")),
        (Method::Get, "/licences/abc", NotFound),
        (Method::Get, "/licences/4/nothing", NotFound),
        (Method::Get, "/nothing", NotFound),
        (Method::Post, "/consolidate/requests/4/ignore", NotFound),
    ] {
        assert_eq!(
            Route::parse_url(method, url),
            Err(expected),
            "{method:?} {url}"
        );
    }
    assert_eq!(
        Route::parse_url(Method::Get, "/licences/4/"),
        Ok(Route::Licence(LicenceId(4)))
    );
}

#[test]
fn only_the_upload_forms_take_large_bodies() {
    assert_eq!(Route::body_limit_of("/import"), UPLOAD_BODY_LIMIT);
    assert_eq!(Route::body_limit_of("/diagnose/"), UPLOAD_BODY_LIMIT);
    assert_eq!(Route::body_limit_of("/import/confirm"), FORM_BODY_LIMIT);
    assert_eq!(
        Route::body_limit_of("/signin?next=/import"),
        FORM_BODY_LIMIT
    );
    assert_eq!(Route::body_limit_of("/nothing"), FORM_BODY_LIMIT);
}

#[test]
fn the_list_takes_an_organisation_a_state_and_grouping_and_refuses_anything_else() {
    let parsed = Route::parse_url(
        Method::Get,
        "/licences?organisation=12&state=no-billing&group=organisation&q=x",
    );
    let expected = LicenceList {
        organisation: Some(OrganisationFilter::Of(OrganisationId(12))),
        state: Some(LicenceState::NoBilling),
        search: "x".into(),
        grouped: true,
        ..LicenceList::default()
    };
    assert_eq!(parsed, Ok(Route::Licences(expected.clone())));
    assert_eq!(
        Route::Licences(expected.clone()).path(),
        "/licences?organisation=12&state=no-billing&q=x&group=organisation"
    );
    assert_eq!(
        Route::Licences(expected.without_organisation().without_state()).path(),
        "/licences?q=x&group=organisation"
    );
    assert_eq!(
        Route::Licences(LicenceList::in_state(
            Some(OrganisationFilter::Unassigned),
            LicenceState::Expiring
        ))
        .path(),
        "/licences?organisation=none&state=expiring"
    );
    assert_eq!(
        Route::Licences(LicenceList::of_organisation(OrganisationId(7))).path(),
        "/licences?organisation=7"
    );
    for state in LicenceState::ALL {
        let url = format!("/licences?state={}", state.as_str());
        let Ok(Route::Licences(list)) = Route::parse_url(Method::Get, &url) else {
            panic!("{url}");
        };
        assert_eq!(list.state, Some(state));
    }
    for (query, error) in [
        ("organisation=abc", QueryError::Organisation),
        ("organisation=0", QueryError::Organisation),
        ("organisation=-3", QueryError::Organisation),
        ("organisation=+3", QueryError::Organisation),
        (
            "organisation=99999999999999999999",
            QueryError::Organisation,
        ),
        ("state=gone", QueryError::State),
        ("group=product", QueryError::Group),
        ("sort=price", QueryError::Sort),
        ("sort=Product", QueryError::Sort),
        ("open=abc", QueryError::Open),
        ("open=0", QueryError::Open),
        ("open=-2", QueryError::Open),
    ] {
        assert_eq!(
            Route::parse_url(Method::Get, &format!("/licences?{query}")),
            Err(RouteError::BadQuery(error)),
            "{query}"
        );
    }
}

#[test]
fn the_list_sorts_by_each_column_both_ways_and_opens_one_row() {
    use crate::domain::listing::SortColumn;
    for (name, sort) in [
        ("latest", SortOrder::ExpiryLatest),
        ("product", SortOrder::ProductAscending),
        ("product-desc", SortOrder::ProductDescending),
        ("organisation", SortOrder::OrganisationAscending),
        ("organisation-desc", SortOrder::OrganisationDescending),
        ("sen", SortOrder::SenAscending),
        ("sen-desc", SortOrder::SenDescending),
    ] {
        let url = format!("/licences?sort={name}");
        let list = LicenceList {
            sort,
            ..LicenceList::default()
        };
        assert_eq!(
            Route::parse_url(Method::Get, &url),
            Ok(Route::Licences(list.clone()))
        );
        assert_eq!(Route::Licences(list).path(), url);
    }
    // A click on the sorted column turns the order round; on another, sorts by it from the top.
    let by_organisation = SortOrder::ExpirySoonest.by(SortColumn::Organisation);
    assert_eq!(by_organisation, SortOrder::OrganisationAscending);
    assert_eq!(
        by_organisation.by(SortColumn::Organisation),
        SortOrder::OrganisationDescending
    );
    assert_eq!(
        SortOrder::OrganisationDescending.by(SortColumn::Organisation),
        SortOrder::OrganisationAscending
    );
    assert_eq!(
        SortOrder::ExpirySoonest.by(SortColumn::SupportExpiry),
        SortOrder::ExpiryLatest
    );
    // Sorting keeps the search and the section, and starts again from the first page.
    let list = LicenceList {
        section: Section::Archived,
        search: "汇科".into(),
        page: 3,
        open: Some(LicenceId(5)),
        ..LicenceList::default()
    };
    assert_eq!(
        Route::Licences(list.sorted(SortOrder::SenDescending)).path(),
        "/licences?section=archived&q=%E6%B1%87%E7%A7%91&sort=sen-desc"
    );
    assert_eq!(
        list.path_to_open_row(),
        "/licences?section=archived&q=%E6%B1%87%E7%A7%91&page=3&open=5#licence-5"
    );
    assert_eq!(
        Route::parse_url(Method::Get, "/licences?section=archived&page=3&open=5"),
        Ok(Route::Licences(LicenceList {
            section: Section::Archived,
            page: 3,
            open: Some(LicenceId(5)),
            ..LicenceList::default()
        }))
    );
}
