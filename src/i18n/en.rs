//! English.

use super::Catalogue;

pub const EN: Catalogue = Catalogue {
    language: super::Language::En,
    product_name: "licensedesk",
    skip_to_content: "Skip to content",

    nav_licences: "Licences",
    nav_evaluations: "Evaluations",
    nav_orders: "Orders",
    nav_import: "Import",
    nav_diagnose: "Diagnose",
    nav_admin: "Admin",
    nav_signed_in_as: "Signed in as",
    sign_out: "Sign out",

    sign_in_title: "Sign in",
    sign_in_button: "Sign in",
    email_label: "E-mail address",
    password_label: "Password",
    stay_signed_in: "Stay signed in",
    stay_signed_in_hint: "For 30 days on this browser. Leave unticked on a shared computer.",
    sign_in_failed: "That e-mail address and password do not match an account.",
    sign_in_try_again_in: "Too many failed sign-ins. Try again in {seconds} seconds.",
    signed_out: "You are signed out.",
    account_disabled: "That e-mail address and password do not match an account.",

    setup_title: "Create the administrator account",
    setup_intro: "This is the first run of licensedesk. The account you create here administers \
                  every licence and account. This link works once.",
    setup_button: "Create administrator",
    name_label: "Your name",
    new_password_label: "New password",
    confirm_password_label: "Repeat the password",
    password_rules: "12 to 72 characters. A few words in a row make a good password.",
    passwords_differ: "The two passwords are not the same.",
    password_too_short: "The password is too short: use at least 12 characters.",
    password_too_long: "The password is too long: at most 72 bytes.",
    email_empty: "Enter an e-mail address.",
    email_malformed: "An e-mail address has the form name@example.com.",
    email_too_long: "That e-mail address is too long: an address has at most 254 bytes.",
    link_invalid_title: "This link no longer works",
    link_invalid_body: "It has been used already, it has expired, or it was never valid. \
                        Ask an administrator for a new one.",
    reset_title: "Choose a new password",
    reset_intro: "Choose a new password for {email}. Every other session of this account ends.",
    invitation_title: "Welcome to licensedesk",
    invitation_intro: "You were invited as {email}. Choose a password to activate your account.",
    set_password_button: "Set password",
    password_set: "Your password is set. Sign in with it.",
    setup_done: "The administrator account is ready. Sign in with it.",

    licences_title: "Licences",
    licences_empty: "No licences yet.",
    licences_empty_hint: "Import keys from files or paste them, or add a licence by hand.",

    error_400_title: "That request could not be understood",
    error_403_title: "Not allowed",
    error_404_title: "Page not found",
    error_404_body: "That page does not exist, or you do not have access to it.",
    error_405_title: "Not allowed here",
    error_405_body: "This address exists, but not for this kind of request (a form's address opened as a page, say). Go back and use the page's own buttons.",
    error_408_title: "Too slow",
    error_408_body: "What you sent arrived too slowly, and the server stopped waiting. Try again.",
    error_413_title: "Too large",
    error_413_body: "What you sent is larger than this page accepts.",
    error_429_title: "Too many attempts",
    error_500_title: "Something went wrong",
    error_500_body: "The server could not finish this request. Nothing was changed. \
                     If it happens again, tell your administrator.",
    error_503_title: "Busy",
    error_503_body: "The server is busy. Try again in a moment.",
    csrf_refused: "This form has expired or did not come from this site. Reload the page and \
                   try again.",
    back_home: "Back to the licences",

    import_title: "Import and export",
    import_intro: "Paste licence keys, or choose key files, configuration files or an export of \
                   this portal. Nothing changes until you confirm the preview.",
    import_paste_label: "Paste keys",
    import_paste_hint: "One or many keys, as they came: in an e-mail, wrapped, with CRLF or \
                        escaped line breaks, inside XML or a .properties file.",
    import_files_label: "Or choose files",
    import_files_hint: "Key files, confluence.cfg.xml and the like, or a CSV or JSON export \
                        of licensedesk.",
    import_allow_unverified: "Also import keys whose signature does not verify",
    import_allow_unverified_hint: "They are marked as not genuine. Leave this off unless you \
                                   know why a key does not verify.",
    import_preview_button: "Preview import",
    import_nothing: "Paste at least one key or choose a file.",
    import_pasted_source: "pasted text",
    import_preview_title: "Import preview",
    import_preview_summary: "{added} to add, {updated} to update, {skipped} to skip, \
                             {rejected} rejected.",
    import_add_heading: "To add",
    import_update_heading: "To update (renewed or changed)",
    import_skip_heading: "To skip",
    import_rejected_heading: "Rejected",
    import_column_where: "Where",
    import_column_licence: "Licence",
    import_column_reason: "Reason",
    import_confirm_button: "Import now",
    import_cancel: "Cancel",
    import_nothing_to_do: "There is nothing to import: every entry is skipped or rejected.",
    import_preview_expired: "That preview has expired or was already imported. Preview again.",
    import_done_title: "Import finished",
    import_done_summary: "{added} added, {updated} updated, {skipped} skipped, {rejected} \
                          rejected.",
    import_more: "… and {count} more",
    import_too_many_keys: "This holds more than {max} licence keys, more than one import takes. \
                           Import it in parts.",
    import_preview_too_large: "This import is too large to keep for a preview ({size} MiB; at most \
                               {max} MiB per account). Import it in parts.",
    import_previews_full: "The server holds as many import previews as it may right now. Confirm \
                           or cancel a preview, or try again in a few minutes.",
    import_read_stopped: "Reading stopped at {at}: nothing after it was decoded.",
    import_preview_over_budget: "This import is too large to keep for a preview (more than {max} \
                                 MiB per account). Import it in parts.",
    import_changed_since_preview: "The inventory changed since your preview, so this is what the \
                                   import would do now. Nothing was imported: check it and \
                                   confirm again.",
    import_column_changes: "Before → after",
    import_warnings_heading: "Look at these before you confirm",
    import_replace_genuine: "Let keys that do not verify replace genuine keys ({count})",
    import_replace_genuine_hint: "Without this, the updates marked as replacing a genuine key \
                                  are left out and everything else is imported.",
    import_invite: "Send invitations to the accounts this import creates",
    import_invite_hint: "Without this, new contact accounts are created as invited and no \
                         invitation is sent (send them later from Admin); renewal reminders \
                         still go to every contact of a licence, these included.",
    import_contacts_restored: "The files name {count} contact(s): they are restored as exported, \
                               with their primaries; addresses without an account get one \
                               (invited).",
    import_installations_restored: "{count} recorded installation(s) from the files will be \
        recorded again, as exported:",
    import_orders_ignored: "The files hold {orders} order(s) and {terms} period(s) as primary \
                            contact: only an administrator's import restores them, so they are \
                            not imported.",
    import_contacts_ignored: "The files name {count} contact(s): they are not imported. You \
                              become the technical contact of every licence you add, as with \
                              Add licence.",
    import_held_back: "{count} update(s) that would have replaced a genuine key were left out.",
    import_invited: "{count} invitation(s) queued.",
    export_title: "Export",
    export_intro: "Download the licences you can see.",
    export_csv: "CSV for spreadsheets",
    export_json: "JSON (imports back unchanged)",
    export_keys: "Key files (<SEN>.txt, zipped)",
    export_bad_format: "Choose an export format: csv, json or keys.",
};
