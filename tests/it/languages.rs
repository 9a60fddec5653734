//! Four languages: every catalogue complete and consistent with English, the language chosen the
//! way the product promises (the browser's before sign-in, `?lang=` without JavaScript, the
//! account's after), mail in the recipient's language, and no page or mail showing a placeholder
//! that was never filled in.

use licensedesk::paths::Route;

use crate::support::catalogues::{self, Catalogue, LANGUAGES, translated};
use crate::support::people::{add_contact, add_licence, add_user, mails_to, outbox};
use crate::support::{ADMIN_EMAIL, Client, Resp, TestServer};

#[test]
fn every_language_has_every_message_with_the_arguments_english_uses() {
    let en = Catalogue::load("en");
    assert!(en.errors.is_empty(), "en: {:?}", en.errors);
    assert!(
        en.ids().count() > 500,
        "the English catalogue looks cut short"
    );
    let mut problems = Vec::new();
    for code in &LANGUAGES[1..] {
        let other = Catalogue::load(code);
        problems.extend(other.errors.iter().map(|e| format!("{code}: {e}")));
        for id in en.ids() {
            match other.variables(id) {
                None => problems.push(format!("{code}: no message {id}")),
                Some(vars) if Some(vars) != en.variables(id) => problems.push(format!(
                    "{code}: {id} uses {vars:?}, English {:?}",
                    en.variables(id).unwrap()
                )),
                Some(_) => {}
            }
        }
        for id in other.ids() {
            if en.variables(id).is_none() {
                problems.push(format!("{code}: {id} is not an English message"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn chinese_and_japanese_are_not_left_in_english() {
    // A catalogue can be complete and still English: count the messages that read exactly like
    // English although they contain words (not only codes, names and patterns).
    let en = Catalogue::load("en");
    for code in ["zh-CN", "ja"] {
        let other = Catalogue::load(code);
        let english: Vec<&String> = en
            .ids()
            .filter(|id| {
                let (Some(a), Some(b)) = (en.text(id), other.text(id)) else {
                    return false;
                };
                a == b && a.split_whitespace().filter(|w| w.len() > 3).count() > 2
            })
            .collect();
        assert!(
            english.len() < 10,
            "{code} leaves {} messages in English: {english:?}",
            english.len()
        );
    }
}

#[test]
fn the_stylesheet_names_the_systems_cjk_fonts_and_fetches_nothing() {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/style.css"),
    )
    .unwrap();
    for font in ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"] {
        assert!(css.contains(font), "no {font} for Chinese");
    }
    for font in ["Hiragino Sans", "Yu Gothic", "Meiryo", "Noto Sans CJK JP"] {
        assert!(css.contains(font), "no {font} for Japanese");
    }
    for outside in ["@import", "@font-face", "url(http", "url(//"] {
        assert!(!css.contains(outside), "the stylesheet fetches: {outside}");
    }
}

/// The text of the page's first `<h1>`.
fn heading(page: &Resp) -> String {
    let start = page.body.find("<h1").expect("a heading");
    let open_end = start + page.body[start..].find('>').unwrap() + 1;
    let end = open_end + page.body[open_end..].find("</h1>").unwrap();
    let inner = Resp {
        status: 200,
        headers: Vec::new(),
        body: page.body[open_end..end].to_owned(),
    };
    inner.text()
}

fn html_lang(page: &Resp) -> &str {
    let at = page.body.find("<html lang=\"").expect("an <html lang>") + 12;
    let end = at + page.body[at..].find('"').unwrap();
    &page.body[at..end]
}

#[test]
fn accept_language_ja_gives_the_japanese_sign_in_page() {
    let (server, _admin) = TestServer::with_admin();
    let english = server.client().get("/signin");
    assert_eq!(html_lang(&english), "en");
    let ja = Catalogue::load("ja");

    let page = server
        .client()
        .get_with("/signin", &[("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5")]);
    assert_eq!(page.status, 200);
    assert_eq!(html_lang(&page), "ja");
    assert_eq!(heading(&page), translated(&heading(&english), &ja));
    let text = page.text();
    for label in ["E-mail address", "Password", "Stay signed in"] {
        let japanese = translated(label, &ja);
        assert!(text.contains(&japanese), "no {japanese:?} on:\n{text}");
        assert!(!text.contains(label), "{label:?} still in English:\n{text}");
    }

    // A language we do not speak falls back to the server's default; `q=0` refuses one.
    let french = server
        .client()
        .get_with("/signin", &[("Accept-Language", "fr-FR, ja;q=0")]);
    assert_eq!(html_lang(&french), "en");
}

#[test]
fn lang_switches_the_language_without_javascript_and_is_kept() {
    let (server, _admin) = TestServer::with_admin();
    let zh = Catalogue::load("zh-CN");
    let english = server.client().get("/signin");
    let mut browser = server.client();

    // The switch is a plain link on the page itself.
    let page = browser.get_with("/signin", &[("Accept-Language", "de")]);
    assert_eq!(html_lang(&page), "de");
    assert!(
        page.body.contains("href=\"/signin?lang=zh-CN\""),
        "no link to the Chinese page:\n{}",
        page.body
    );

    let switched = browser.get_with("/signin?lang=zh-CN", &[("Accept-Language", "de")]);
    assert_eq!(switched.status, 200);
    assert_eq!(html_lang(&switched), "zh-CN");
    assert_eq!(heading(&switched), translated(&heading(&english), &zh));

    // The choice is kept for the next pages, over the browser's own preference.
    let next = browser.get_with("/forgot", &[("Accept-Language", "de")]);
    assert_eq!(html_lang(&next), "zh-CN");

    // Nonsense in `lang` is a clear 400, in the page's language, and nothing is kept.
    let mut other = server.client();
    let bad = other.get("/signin?lang=klingon");
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("en, zh-CN, de, ja"), "{}", bad.text());
    assert!(!other.cookies.contains_key("ld_lang"));
}

/// Sets the signed-in account's language through its profile page, as a person would.
fn choose_language(client: &mut Client, name: &str, code: &str) {
    let profile = client.get("/account");
    assert_eq!(profile.status, 200, "{}", profile.body);
    let csrf = profile.csrf();
    let saved = client.post(
        "/account",
        &[("csrf", &csrf), ("name", name), ("language", code)],
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
}

/// Asks for a password reset for `email` from a browser that prefers `accept_language`.
fn forgot(server: &TestServer, email: &str, accept_language: &str) {
    let mut browser = server.client();
    let page = browser.get_with("/forgot", &[("Accept-Language", accept_language)]);
    let csrf = page.csrf();
    let sent = browser.post("/forgot", &[("csrf", &csrf), ("email", email)]);
    assert!(sent.status < 400, "{}", sent.body);
}

#[test]
fn an_account_set_to_german_gets_german_pages_and_german_mail() {
    let (server, mut admin) = TestServer::with_admin();
    let de = Catalogue::load("de");
    add_licence(&server, "SEN-1000001");
    let english_list = admin.get("/licences");
    let english_profile = admin.get("/account");

    choose_language(&mut admin, "Ada Admin", "de");
    let list = admin.get("/licences");
    assert_eq!(list.status, 200);
    assert_eq!(html_lang(&list), "de");
    assert_eq!(heading(&list), translated(&heading(&english_list), &de));
    assert!(list.text().contains(&translated("Sign out", &de)));
    let profile = admin.get("/account");
    assert_eq!(
        heading(&profile),
        translated(&heading(&english_profile), &de)
    );

    // The account's setting wins over the browser's.
    let asked_in_japanese = admin.get_with("/licences", &[("Accept-Language", "ja")]);
    assert_eq!(html_lang(&asked_in_japanese), "de");

    // Mail goes out in the recipient's language, whoever asked for it and in which language.
    add_user(&server, "erika@example.com");
    forgot(&server, "erika@example.com", "en");
    forgot(&server, ADMIN_EMAIL, "ja");
    let english = mails_to(&server, "erika@example.com", "reset");
    let german = mails_to(&server, ADMIN_EMAIL, "reset");
    assert_eq!((english.len(), german.len()), (1, 1));
    let (english, german) = (&english[0], &german[0]);
    assert_ne!(german.subject, english.subject);
    let english_lines: Vec<&str> = english
        .body
        .lines()
        .filter(|l| l.len() > 20 && !l.contains("http"))
        .collect();
    assert!(!english_lines.is_empty());
    for line in english_lines {
        assert!(
            !german.body.contains(line),
            "the German mail repeats {line:?}:\n{}",
            german.body
        );
    }
}

#[test]
fn a_german_administrator_reads_audit_actions_and_mail_kinds_in_german() {
    let (server, mut admin) = TestServer::with_admin();
    let de = Catalogue::load("de");
    // Choosing the language is itself an audit entry.
    choose_language(&mut admin, "Ada Admin", "de");
    let audit = admin.get("/admin/audit");
    assert_eq!(audit.status, 200, "{}", audit.body);
    let words = de
        .text("audit-action-profile-changed")
        .expect("a German message");
    let text = audit.text();
    assert!(text.contains(&words), "{text}");
    // The code stays beside the words, to filter and search by.
    assert!(text.contains("profile-changed"), "{text}");
    // The action filter offers the words too, its value still the code.
    assert!(
        audit.body.contains(&format!(
            r#"value="profile-changed" title="profile-changed">{words}<"#
        )),
        "{}",
        audit.body
    );

    forgot(&server, ADMIN_EMAIL, "de");
    let outbox = admin.get("/admin/outbox");
    assert_eq!(outbox.status, 200, "{}", outbox.body);
    let kind = de.text("people-mail-kind-reset").expect("a German message");
    assert!(outbox.text().contains(&kind), "{}", outbox.text());
}

/// What a page or mail would show if a message lost an argument or an id.
fn unfilled(text: &str) -> Option<&str> {
    // Inline scripts and styles are not allowed (the pages' CSP), so any `{` is in the text.
    ["{", "No localization for"]
        .into_iter()
        .find(|mark| text.contains(mark))
}

#[test]
fn no_page_or_mail_in_any_language_shows_an_unreplaced_placeholder() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = add_licence(&server, "SEN-1000002");
    let user = add_user(&server, "kenji@example.com");
    add_contact(&server, licence, user, "technical");
    let mut problems = Vec::new();
    for code in LANGUAGES {
        choose_language(&mut admin, "Ada Admin", code);
        for route in Route::samples(licence.0) {
            if route == Route::Panic || route == Route::SignOut {
                continue;
            }
            let path = route.path();
            let page = admin.get(&path);
            let html = page
                .header("content-type")
                .is_some_and(|t| t.starts_with("text/html"));
            if let Some(mark) = unfilled(&page.body).filter(|_| html) {
                problems.push(format!("{code} {path}: {mark:?} in the page"));
            }
        }
        let anonymous = server.client().get(&format!("/signin?lang={code}"));
        if let Some(mark) = unfilled(&anonymous.body) {
            problems.push(format!("{code} /signin: {mark:?}"));
        }
        // A mail in this language: a password reset for an account that speaks it.
        let email = format!("reader-{}@example.com", code.to_lowercase());
        add_user(&server, &email);
        server
            .db()
            .execute(
                "UPDATE accounts SET language = ?1 WHERE email = ?2",
                [code, email.as_str()],
            )
            .unwrap();
        forgot(&server, &email, "en");
    }
    let mails = outbox(&server);
    let resets = mails.iter().filter(|m| m.kind == "reset").count();
    assert_eq!(resets, LANGUAGES.len(), "one reset mail per language");
    for mail in mails {
        for (part, text) in [("subject", &mail.subject), ("body", &mail.body)] {
            if let Some(mark) = unfilled(text) {
                problems.push(format!("mail {} {part}: {mark:?} in {text:?}", mail.kind));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The catalogue files the test read are the ones in the binary.
    assert!(catalogues::path("ja").exists());
}

#[test]
fn errors_found_before_any_page_speak_the_signed_in_account_s_language() {
    let (_server, mut admin) = TestServer::with_admin();
    choose_language(&mut admin, "Ada Admin", "de");
    for path in [
        "/licences?page=abc",
        "/licences?sort=zzz",
        "/nowhere",
        "/signin?lang=fr",
    ] {
        let page = admin.get_with(path, &[("Accept-Language", "ja")]);
        assert!(
            page.status >= 400 && page.status < 500,
            "{path}: {}",
            page.status
        );
        assert_eq!(html_lang(&page), "de", "{path}");
    }
}

#[test]
fn an_invitation_speaks_its_language_and_its_link_opens_in_it() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = add_licence(&server, "SEN-1000003");
    let path = format!("/licences/{licence}/contacts");
    let accounts = || server.count("SELECT count(*) FROM accounts");
    let before = accounts();

    // A language the form does not offer is refused, and nobody is invited.
    let refused = admin.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "fr@example.com"),
            ("language_technical", "fr"),
            ("back", "contacts"),
        ],
    );
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.text().contains("Choose a language from the list."));
    assert_eq!(accounts(), before);

    let invited = admin.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "hanako@example.com"),
            ("language_technical", "ja"),
            ("back", "contacts"),
        ],
    );
    assert_eq!(invited.status, 303, "{}", invited.body);
    let mail = &mails_to(&server, "hanako@example.com", "invitation")[0];
    let link = crate::support::people::link_path(&server, &mail.body, "invite");
    // A browser that says nothing of its languages (or prefers another) opens the link in the
    // language the mail was written in; `?lang=` still switches.
    let page = server
        .client()
        .get_with(&link, &[("Accept-Language", "de")]);
    assert_eq!(page.status, 200);
    assert_eq!(html_lang(&page), "ja");
    let switched = server.client().get(&format!("{link}?lang=en"));
    assert_eq!(html_lang(&switched), "en");
}
