# licensedesk: English, the language every other catalogue is checked against.
# SEN and Server ID stay as they are in every language.

## The pages every visitor meets: navigation, sign-in, errors, import and export

product-name = licensedesk
skip-to-content = Skip to content
nav-licences = Licences
nav-evaluations = Evaluations
nav-orders = Orders
nav-import = Import
nav-diagnose = Diagnose
nav-admin = Admin
nav-signed-in-as = Signed in as
nav-sections-label = Sections
sign-out = Sign out
sign-in-title = Sign in
sign-in-button = Sign in
email-label = E-mail address
password-label = Password
stay-signed-in = Stay signed in
stay-signed-in-hint = For 30 days on this browser. Leave unticked on a shared computer.
sign-in-failed = That e-mail address and password do not match an account.
sign-in-try-again-in = Too many failed sign-ins. Try again in { $seconds ->
        [one] { $seconds } second.
       *[other] { $seconds } seconds.
    }
signed-out = You are signed out.
setup-title = Create the administrator account
setup-intro = This is the first run of licensedesk. The account you create here administers every licence and account. This link works once.
setup-button = Create administrator
name-label = Your name
new-password-label = New password
confirm-password-label = Repeat the password
password-rules = At least 12 characters and at most 72 bytes (72 Latin letters, about 24 Chinese or Japanese characters). A few words in a row make a good password.
passwords-differ = The two passwords are not the same.
password-too-short = The password is too short: use at least 12 characters.
password-too-long = The password is too long: at most 72 bytes (a Chinese or Japanese character takes three).
email-empty = Enter an e-mail address.
email-malformed = An e-mail address has the form name@example.com.
email-too-long = That e-mail address is too long: an address has at most 254 bytes.
link-invalid-title = This link no longer works
link-invalid-body = It has been used already, it has expired, or it was never valid. Ask an administrator for a new one.
reset-title = Choose a new password
reset-intro = Choose a new password for { $email }. Every other session of this account ends.
invitation-title = Welcome to licensedesk
invitation-intro = You were invited as { $email }. Choose a password to activate your account.
set-password-button = Set password
password-set = Your password is set, and you are signed in.
setup-done = The administrator account is ready, and you are signed in.
licences-title = Licences
licences-empty = No licences yet.
error-400-title = That request could not be understood
error-400-one-host = an HTTP/1.1 request carries exactly one Host header
error-400-body-unreadable = the request body could not be read: { $error }
error-400-both-framings = both Transfer-Encoding and Content-Length
error-400-two-content-lengths = more than one Content-Length header
error-400-two-transfer-encodings = more than one Transfer-Encoding header
error-400-not-chunked = Transfer-Encoding must be exactly "chunked"
error-403-title = Not allowed
error-404-title = Page not found
error-404-body = That page does not exist, or you do not have access to it.
error-405-title = Not allowed here
error-405-body = This address exists, but not for this kind of request (a form's address opened as a page, say). Go back and use the page's own buttons.
error-408-title = Too slow
error-408-body = What you sent arrived too slowly, and the server stopped waiting. Try again.
error-413-title = Too large
error-413-body = What you sent is larger than this page accepts.
error-429-title = Too many attempts
error-429-body = Too many attempts. Try again in { $seconds ->
        [one] { $seconds } second.
       *[other] { $seconds } seconds.
    }
error-500-title = Something went wrong
error-500-body = The server could not finish this request. Nothing was changed. If it happens again, tell your administrator.
error-503-title = Busy
error-503-body = The server is busy. Try again in a moment.
csrf-refused = This form has expired or did not come from this site. Reload the page and try again.
back-home = Back to the licences
import-title = Import and export
import-intro = Paste licence keys, or choose key files, configuration files or an export of this portal. Nothing changes until you confirm the preview.
import-paste-label = Paste keys
import-paste-hint = One or many keys, as they came: in an e-mail, wrapped, with CRLF or escaped line breaks, inside XML or a .properties file.
import-files-label = Or choose files
import-files-hint = Key files, confluence.cfg.xml and the like, or a CSV or JSON export of licensedesk.
import-allow-unverified = Also import keys whose signature does not verify
import-allow-unverified-hint = They are marked as not genuine. Leave this off unless you know why a key does not verify.
import-preview-button = Preview import
import-nothing = Paste at least one key or choose a file.
import-pasted-source = pasted text
import-preview-title = Import preview
import-preview-summary = { $added } to add, { $updated } to update, { $skipped } to skip, { $rejected } rejected.
import-add-heading = To add
import-update-heading = To update (renewed or changed)
import-skip-heading = To skip
import-rejected-heading = Rejected
import-column-where = Where
import-column-licence = Licence
import-column-reason = Reason
import-confirm-button = Import now
import-cancel = Cancel
import-nothing-to-do = There is nothing to import: every entry is skipped or rejected.
import-preview-expired = That preview has expired or was already imported. Preview again.
import-done-title = Import finished
import-done-summary = { $added } added, { $updated } updated, { $skipped } skipped, { $rejected } rejected.
import-more = … and { $count } more
import-too-many-keys = This holds more than { $max } licence keys, more than one import takes. Import it in parts.
import-preview-too-large = This import is too large to keep for a preview ({ $size } MiB; at most { $max } MiB per account). Import it in parts.
import-previews-full = The server holds as many import previews as it may right now. Confirm or cancel a preview, or try again in a few minutes.
import-read-stopped = Reading stopped at { $at }: nothing after it was decoded.
import-preview-over-budget = This import is too large to keep for a preview (more than { $max } MiB per account). Import it in parts.
import-changed-since-preview = The inventory changed since your preview, so this is what the import would do now. Nothing was imported: check it and confirm again.
import-column-changes = Before → after
import-warnings-heading = Look at these before you confirm
import-replace-genuine = Let keys that do not verify replace genuine keys ({ $count })
import-replace-genuine-hint = Without this, the updates marked as replacing a genuine key are left out and everything else is imported.
import-invite = Send invitations to the accounts this import creates
import-invite-hint = Without this, new contact accounts are created as invited and no invitation is sent (send them later from Admin); renewal reminders still go to every contact of a licence, these included.
import-contacts-restored = { $count ->
        [one] The files name { $count } contact: it is restored as exported, with its primaries; an address without an account gets one (invited).
       *[other] The files name { $count } contacts: they are restored as exported, with their primaries; addresses without an account get one (invited).
    }
import-installations-restored = { $count ->
        [one] { $count } recorded installation from the files will be recorded again, as exported:
       *[other] { $count } recorded installations from the files will be recorded again, as exported:
    }
import-orders-ignored = The files hold { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    } and { $terms ->
        [one] { $terms } period
       *[other] { $terms } periods
    } as primary contact: only an administrator's import restores them, so they are not imported.
import-contacts-ignored = { $count ->
        [one] The files name { $count } contact: it is not imported. You become the technical contact of every licence you add, as with Add licence.
       *[other] The files name { $count } contacts: they are not imported. You become the technical contact of every licence you add, as with Add licence.
    }
import-held-back = { $count ->
        [one] { $count } update that would have replaced a genuine key was left out.
       *[other] { $count } updates that would have replaced a genuine key were left out.
    }
import-invited = { $count ->
        [one] { $count } invitation queued.
       *[other] { $count } invitations queued.
    }
export-title = Export
export-intro = Download the licences you can see.
export-csv = CSV for spreadsheets
export-json = JSON (imports back unchanged)
export-keys = Key files (<SEN>.txt, zipped)
export-bad-format = Choose an export format: csv, json or keys.
export-cli-cannot-write-csv = cannot write the CSV
export-cli-keys-need-folder = --format keys writes one file per licence: give the folder with -o DIR
export-cli-cannot-create = cannot create { $path }
export-cli-cannot-write = cannot write { $path }
export-cli-wrote-keys = { $count ->
        [one] Wrote { $count } key file to { $folder }.
       *[other] Wrote { $count } key files to { $folder }.
    }
backup-no-database = there is no database at { $path } (use --data-dir to point at the data directory)
backup-exists = { $path } exists; use --force to replace it
backup-cannot-replace = cannot replace { $path }
backup-cannot-back-up = cannot back up { $source } to { $target }
backup-integrity-failed = the backup at { $path } failed its integrity check: { $check }
backup-written = Backup written to { $path } (integrity check: ok).
serve-first-run = First run: create the administrator account at { $link }
serve-first-run-once = (the link works once; a new one is printed at every start until it is used)
serve-mail-through = Mail is delivered through { $server }
serve-mail-outbox = No --smtp-url: mail waits in the outbox (Admin, Outbox)
serve-connections-limit = Up to { $connections } connections at once (open-file limit { $limit })
serve-connections = Up to { $connections } connections at once
serve-stopping = licensedesk: stopping; requests in progress finish first
serve-cannot-empty-uploads = cannot empty the uploads folder { $path }
import-cli-contact-unknown = --contact { $email }: there is no account with that address (create it with `licensedesk user add`)
import-cli-standard-input = standard input
import-cli-cannot-read-standard-input = cannot read standard input
import-cli-reading = reading keys
import-cli-importing = importing
import-cli-preview = Preview: { $added } to add, { $updated } to update, { $skipped } to skip, { $rejected } rejected.
import-cli-dry-run = Dry run: nothing was changed.
import-cli-nothing = Nothing to import.
import-cli-cannot-start = cannot start the import
import-cli-changed = the inventory changed while the preview was shown: nothing was imported; run the import again
import-cli-failed = the import failed and was rolled back: nothing was changed
import-cli-done = Imported: { $added } added, { $updated } updated, { $skipped } skipped, { $rejected } rejected.
import-cli-held-back = { $count ->
        [one] { $count } update that would replace a genuine key with one that does not verify was left out (--replace-genuine applies it).
       *[other] { $count } updates that would replace a genuine key with one that does not verify were left out (--replace-genuine applies them).
    }
import-cli-accounts-invited = { $count ->
        [one] { $count } contact account was created as invited; send it an invitation from the admin pages or with `licensedesk user reset-link`.
       *[other] { $count } contact accounts were created as invited; send them invitations from the admin pages or with `licensedesk user reset-link`.
    }
import-cli-add-heading = Add:
import-cli-update-heading = Update:
import-cli-skip-heading = Skip:
import-cli-warnings-heading = Warnings:
import-cli-rejected-heading = Rejected:
import-cli-no-sen = (no SEN)
import-cli-update = { $entry } (licence { $licence }): { $changes }
import-change = { $field }: { $before } → { $after }
# A heading with how many rows its table has.
import-heading-count = { $heading } ({ $count })
# A licence in the preview: its SEN and its name.
import-entry = { $sen } · { $name }
import-field-sen = SEN
import-field-product = product
import-field-name = name
import-field-type = type
import-field-deployment = deployment
import-field-user-tier = user tier
import-field-key = key
import-field-server-id = Server ID
import-field-organisation = organisation
import-field-licensed-to = licensed to
import-field-purchased = purchased
import-field-support-expiry = support expiry
import-field-licence-expiry = licence expiry
import-field-support-level = support level
import-field-auto-renew = auto-renew
import-field-archived = archived
import-field-evaluation = evaluation
import-field-notes = notes
import-value-empty = —
import-value-unlimited = unlimited
import-value-key-genuine = …{ $tail } (genuine)
import-value-key-not-genuine = …{ $tail } (not genuine)
import-value-yes = true
import-value-no = false
import-skip-added-earlier = the same licence is added by an earlier entry of this import ({ $first })
import-skip-key-earlier = the same key appears earlier in this import ({ $first })
import-skip-already-in-inventory = already in the inventory (licence { $licence })
import-skip-already-in-inventory-unnamed = already in the inventory
import-skip-changed-by-earlier = licence { $licence } is changed by an earlier entry of this import ({ $first })
import-skip-unchanged = unchanged (licence { $licence })
import-refusal-cannot-read = cannot be read: { $detail }
import-refusal-link-to-folder = is a symbolic link to a folder: not followed (name the folder itself)
import-refusal-broken-link = is a broken symbolic link: { $detail }
import-refusal-not-regular-file = is not a regular file (a FIFO, socket or device): passed over
import-refusal-read-already = was read already (a folder reached twice)
import-refusal-cannot-list = cannot be listed: { $detail }
import-refusal-too-large = is { $length } bytes, larger than an import accepts ({ $max } bytes)
import-refusal-grew-while-read = grew past the { $max } bytes an import accepts while it was read
import-refusal-binary = not a text file (it holds binary data)
import-refusal-no-key-found = no licence key found in this file
import-refusal-key-like = looks like a licence key but cannot be read: { $error }
import-refusal-not-genuine = signature does not verify: not a genuine Atlassian key (to import it anyway, marked as not genuine, allow unverified keys)
import-refusal-not-an-export = not a valid licensedesk export: { $detail }
import-refusal-unsupported-version = export version { $version } is not supported (this licensedesk reads versions { $oldest } to { $newest })
import-refusal-reference-twice = the reference { $reference } appears twice in this export
import-refusal-chained-production = production_licence { $production } is itself linked to a production licence
import-refusal-dangling-installation = it names licence { $reference }, which is not in this export
import-refusal-installations-admin-only = installations in an export are restored by administrators only
import-refusal-semicolon-sheet = the columns are separated by semicolons: save the sheet as CSV with commas (the portal's own exports are)
import-refusal-unknown-sheet-columns = not a sheet of the portal's export: its first line must name the columns of a CSV export (export one to see them)
import-refusal-csv-field-count = this row has { $found ->
        [one] { $found } column
       *[other] { $found } columns
    } where the sheet's first line has { $expected }
import-refusal-csv-header = not a valid CSV header: { $detail }
import-refusal-csv-row = not a valid CSV row: { $detail }
import-refusal-unknown-csv-reference = ref { $raw } is not a reference this portal wrote (leave it empty for a new licence)
import-refusal-not-a-contact = a licence you are not a contact on has this SEN or key; ask an administrator to import it
import-refusal-key-on-other-licence = this key is already on licence { $licence }
import-refusal-key-on-other-licence-unnamed = this key is already on another licence
import-refusal-would-replace-genuine = this key does not verify and would replace the genuine key of licence { $licence }; only an administrator can do that
import-refusal-already-the-key = this key is the licence's key already
import-refusal-would-replace-own-genuine-key = this key does not verify and the current key is genuine; only an administrator can replace it
import-invalid-empty-product = the product is empty
import-invalid-sen-too-long = sen { $value }: a SEN is at most { $max } characters
import-invalid-sen-malformed = sen { $value }: a SEN is SEN- followed by letters, digits and hyphens, like SEN-1234567
import-invalid-notes-too-long = the notes are longer than { $max } characters
import-invalid-notes-control-character = the notes hold a control character (only line breaks and tabs may stand in notes)
import-invalid-server-id = server_id { $value }: a Server ID is four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W
import-invalid-user-tier = user tier { $value } is not a number or unlimited
import-invalid-negative-user-tier = user_tier { $tier } is not a number of users (0 or more, or null for unlimited)
import-invalid-deployment = deployment { $value } is not server or data-center
import-invalid-date = { $column } { $value } is not a date like 2026-11-21
import-invalid-yes-no = { $column } { $value } is not yes or no
import-invalid-unknown-production = production_licence { $production } is not a licence of this export
import-invalid-own-production = a licence cannot be its own production licence
import-invalid-contact-email = contact { $value } is not an e-mail address
import-invalid-contact-role = contact role { $value } is not technical or billing
import-invalid-two-primaries = { $role ->
        [billing] two primary billing contacts
       *[technical] two primary technical contacts
    }
import-invalid-history-reason = Server ID history reason { $value } is not manual, diagnosis, import or gate
import-invalid-empty-history-key = a key in the key history is empty
import-invalid-order-kind = order kind { $value } is not new, renewal or upgrade
import-invalid-order-number = order number { $value } is empty or appears twice
import-invalid-order-placed-by = order placed_by { $value } is not an e-mail address
import-invalid-term-role = primary term role { $value } is not technical or billing
import-invalid-term-account = primary term account { $value } is not an e-mail address
import-warning-production-not-imported = its production licence { $production } is not imported, so it is added without a link to one
import-warning-order-not-restored = order { $number } is not restored: an order with that number exists
import-warning-support-expiry-kept = support expiry { $kept } on record is kept (the entry says { $said }; an import never moves it earlier)
import-warning-support-expiry-kept-none = support expiry { $kept } on record is kept (the entry has none)
import-warning-genuine-key-replaced = a genuine key would be replaced by a key that does not verify
import-warning-lower-user-tier = a lower user tier: { $from } → { $to }
import-tier-users = { $users ->
        [one] { $users } user
       *[other] { $users } users
    }
import-warning-other-product = another product: { $from } → { $to }
import-warning-other-licence-type = another licence type: { $from } → { $to }
import-warning-sen-changes = the SEN changes: { $from } → { $to }
import-sen-none = none

## The licence portal: the list, details, forms, orders, keys

portal-evaluations-title = Evaluations
portal-archived-title = Archived licences
portal-sections-label = Licence sections
portal-search-hint = SEN, product, organisation, Server ID, name or notes
portal-search-button = Search
portal-add-licence = Add licence
portal-new-evaluation = New evaluation licence
portal-no-match = No licences match “{ $search }”.
portal-evaluations-empty = No evaluation licences.
portal-archived-empty = No archived licences.
portal-showing = { $total ->
    [one] Showing { $from }–{ $to } of { $total }
   *[other] Showing { $from }–{ $to } of { $total }
}
portal-col-product = Product
portal-col-name = Name
portal-col-support-expires = Support Expires
portal-col-support = Support
portal-pages-label = Pages
portal-previous-page = ← Previous
portal-next-page = Next →
portal-page-of = { $pages ->
    [one] Page { $page } of { $pages }
   *[other] Page { $page } of { $pages }
}
portal-bad-section = There is no such section of the licences list: choose Licences, Evaluations or Archived.
portal-bad-page = The page number must be a whole number from 1 to 1,000,000.
portal-search-too-long = The search is too long: at most 200 characters.
# A label before its value, e.g. "Actions: ". The { " " } keeps the space after the colon.
portal-label = { $label }:{ " " }
# A name and what tells it apart, e.g. "ann@example.com (Ann Lee)", "Jira (SEN-1234567)".
portal-name-with-detail = { $name } ({ $detail })
portal-today = today
portal-in-days = { $n ->
    [one] tomorrow
   *[other] in { $n } days
}
portal-days-ago = { $n ->
    [one] yesterday
   *[other] { $n } days ago
}
portal-in-months = { $n ->
    [one] in { $n } month
   *[other] in { $n } months
}
portal-months-ago = { $n ->
    [one] { $n } month ago
   *[other] { $n } months ago
}
portal-in-years = { $n ->
    [one] in { $n } year
   *[other] in { $n } years
}
portal-years-ago = { $n ->
    [one] { $n } year ago
   *[other] { $n } years ago
}
portal-expires-today = expires today
portal-expired-days-ago = { $n ->
    [one] expired yesterday
   *[other] expired { $n } days ago
}
portal-expired-months-ago = { $n ->
    [one] expired { $n } month ago
   *[other] expired { $n } months ago
}
portal-expired-years-ago = { $n ->
    [one] expired { $n } year ago
   *[other] expired { $n } years ago
}
# A relative hint beside a date, e.g. "(in 23 days)".
portal-date-hint = ({ $hint })
portal-no-date = —
portal-badge-expiring = Expires soon
portal-badge-expired = Expired
portal-badge-developer = Developer
portal-badge-not-genuine = Not genuine
portal-badge-archived = Archived
portal-primary = primary
portal-changed = changed
portal-back-to-list = ← Licences
portal-back-to-evaluations = ← Evaluations
portal-back-to-archived = ← Archived licences
portal-organisation = Organisation
portal-notes = Notes
portal-notes-hint = Anything the contacts of this licence should know; at most 4000 characters.
portal-notes-none = No notes yet.
portal-notes-matched = Found in the notes
portal-sen = SEN
portal-licensed-to = Licensed to
portal-server-id = Server ID
portal-server-id-hint = Four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W. Find it in the product's administration pages under System information.
portal-licence-key = Licence key
portal-licence-name = Name
portal-licence-type = Licence type
portal-deployment = Deployment
portal-server = Server
portal-data-center = Data Center
portal-user-tier = User tier
portal-auto-renew = Auto-renew
portal-on = On
portal-off = Off
portal-turn-auto-renew-on = Turn auto-renew on
portal-turn-auto-renew-off = Turn auto-renew off
portal-support-level = Support level
portal-purchase-date = Purchase date
portal-support-expires = Support expires
portal-evaluation-started = Evaluation started
portal-licence-expires = Licence expires
portal-evaluation = Evaluation
portal-evaluation-day-of = Day { $day } of { $length }
portal-evaluation-days-left = { $n ->
    [one] { $n } day left
   *[other] { $n } days left
}
# An evaluation's day and what is left of it, e.g. "Day 12 of 30 · 19 days left".
portal-evaluation-progress = { $day } · { $left }
portal-evaluation-over = { $n ->
    [one] ended { $n } day ago
   *[other] ended { $n } days ago
}
portal-reason-for-purchase = Reason for purchase
portal-technical-contact = Technical contact
portal-billing-contact = Billing contact
portal-no-contact = none
portal-developer-licences = Developer licences
portal-developer-count = { $n ->
    [one] { $n } developer licence
   *[other] { $n } developer licences
}
# Whole sentences; the production licence follows them as a link.
portal-developer-of = This is a developer licence (non-production). Its support expiry follows its production licence:
portal-not-genuine-notice = This licence's key does not carry a valid Atlassian signature: it is not a genuine Atlassian key. It was added although not genuine.
portal-no-key-yet = No key yet
portal-view-licence-key = View licence key
portal-key-gate-hint = The key is shown once the Server ID of the installation it is for has been entered.
portal-copy-key = Copy key
portal-copied = Copied
portal-edit = edit
portal-save = Save
portal-actions = Actions
portal-open-details = Details
portal-renew = Renew
portal-upgrade = Upgrade
portal-download-licence = Download licence
portal-view-developer-licence = View developer licence
portal-archive = Archive
portal-restore = Restore
portal-restore-hint = This licence is archived: Restore brings it back to the main list.
portal-extend-evaluation = Extend evaluation
portal-attach-key = Add the key
portal-key-facts-title = What the key says
portal-key-products = Products
portal-key-support-expiry = Support expiry (key)
portal-signature = Signature
portal-genuine = Genuine
portal-genuine-text = The signature verifies: a genuine Atlassian key.
portal-not-genuine = Not genuine
portal-not-genuine-text = The signature does not verify: not a genuine Atlassian key.
portal-server-id-history-title = Server ID history
portal-server-id-history-empty = The Server ID has not changed.
portal-col-when = When
portal-col-old = Old
portal-col-new = New
portal-col-who = Who
portal-actor-command-line = command line
portal-actor-anonymous = anonymous
portal-col-why = Why
portal-reason-manual = edited
portal-reason-diagnosis = diagnosis
portal-reason-import = from the key
portal-reason-gate = entered to retrieve the key
portal-reason-other = other
portal-key-history-title = Replaced keys
portal-key-replaced = Key { $n }, replaced { $when } by { $who } ({ $why })
portal-key-reason-renewal = renewal
portal-key-reason-upgrade = upgrade
portal-key-reason-other = replaced
portal-col-fact = Fact
portal-old-key = Old key
portal-new-key = New key
portal-orders-of-licence = Orders of this licence
portal-required = Fill in this field.
portal-too-long = That is too long: at most { $max } characters.
portal-control-characters = Line breaks and control characters are not allowed here.
portal-notes-missing = The form sent no notes; reload the licence's page and try again.
portal-notes-control-characters = Control characters other than line breaks and tabs are not allowed in notes.
portal-server-id-required = Enter the Server ID of the installation.
portal-server-id-invalid = A Server ID is four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W.
portal-date-required = Enter a date.
portal-date-field-hint = As 2026-11-21.
portal-date-malformed = Write the date as year-month-day, like 2026-11-21.
portal-date-not-future = Choose a date after today.
portal-key-hint = Paste the whole key; line breaks and spaces are ignored.
portal-key-empty = Paste the licence key.
portal-key-unreadable = This key cannot be read: { $reason }.
portal-key-not-genuine = This key's signature does not verify: it is not a genuine Atlassian key. Tick “Add although not genuine” to add it anyway; it will be marked as not genuine.
portal-key-duplicate = This key is already in the inventory.
portal-key-is-current = This is the licence's current key.
portal-key-other-sen = This key is for { $key_sen }, but this licence is { $sen }.
portal-key-not-developer = This is a { $licence_type } key, not a developer licence key.
portal-key-tier-mismatch = This key is for { $key_tier }, not { $tier }.
portal-accept-not-genuine-label = Add although not genuine
portal-accept-not-genuine-hint = Only for a key whose signature does not verify (a test key, say). The licence is marked as not genuine.
portal-product = Product
portal-product-hint = As My Atlassian names it, e.g. Jira Software or Confluence.
portal-product-unknown = Choose one of the products in the list.
portal-licence-name-hint = Leave empty to name it from the product, tier and type.
portal-licence-type-unknown = Choose one of the licence types in the list.
portal-type-commercial = Commercial
portal-type-academic = Academic
portal-type-community = Community
portal-type-open-source = Open Source
portal-type-starter = Starter
portal-type-developer = Developer
portal-type-demonstration = Demonstration
portal-type-testing = Testing
portal-type-personal = Personal
portal-type-hosted = Hosted
portal-type-evaluation = Evaluation
portal-type-unspecified = Other
portal-deployment-unknown = Choose Server or Data Center.
portal-tier-users = { $users ->
    [one] { $users } User
   *[other] { $users } Users
}
portal-tier-unlimited = Unlimited Users
portal-user-tier-hint = A number of users, or “unlimited”.
portal-tier-empty = Enter the number of users, or “unlimited”.
portal-tier-malformed = A tier is a whole number of users from 1 up, or “unlimited”.
portal-tier-not-higher = An upgrade raises the tier: choose more than { $tier }.
portal-sen-hint = Support Entitlement Number, like SEN-1234567.
portal-sen-malformed = A SEN looks like SEN-1234567.
portal-purchase-date-hint = As 2026-11-21; not in the future.
portal-purchase-in-future = A purchase date cannot be in the future.
portal-support-level-hint = As on the invoice, e.g. Enterprise Support.
portal-bad-auto-renew = Auto-renew is turned either on or off.
portal-add-licence-title = Add a licence
portal-add-by-key-title = Paste a licence key
portal-add-by-key-intro = The key is decoded and its signature checked; product, name, type, tier, SEN, organisation, dates and Server ID are filled in from it.
portal-add-licence-button = Add licence
portal-add-by-hand-title = Or enter it by hand
portal-add-by-hand-intro = For a licence whose key you do not have at hand. The key can be added later.
portal-new-evaluation-title = New evaluation licence
portal-new-evaluation-intro = An evaluation runs 30 days, until { $until }, and can be extended to 90 days in all. Paste its key here when it arrives.
portal-start-evaluation = Start evaluation
portal-gate-title = Enter the Server ID
portal-gate-intro = The first time a licence key is retrieved, enter the Server ID of the installation it is for. The key is shown next.
portal-gate-where = Jira, Confluence, Bitbucket, Bamboo and Crowd show their Server ID under Administration › System information (or on the licence page).
portal-reason-for-purchase-optional = Reason for purchase (optional)
portal-reason-for-purchase-hint = Why this licence was bought, for your own records.
portal-gate-button = Save and show the key
portal-renew-title = Renew
portal-renew-intro = Renewing extends support from the current expiry date, not from today.
portal-renew-no-expiry = This licence has no support expiry date: support is extended from today.
portal-term-label = Term
portal-term-hint = Counted from the current support expiry date.
portal-term-months = { $n ->
    [one] { $n } month, until { $until }
   *[other] { $n } months, until { $until }
}
portal-term-past-calendar = That term would end after the year 9999: the licence cannot be renewed that far.
portal-term-invalid = Choose one of the terms in the list.
portal-renewed-key-optional = The renewed key (optional)
portal-renew-button = Renew
portal-upgrade-title = Upgrade
portal-upgrade-intro = The licence is for { $tier } now. An upgrade raises the user tier and records an order.
portal-new-user-tier = New user tier
portal-upgraded-key-optional = The upgraded key (optional)
portal-upgrade-button = Upgrade
portal-order-legend = Order (optional)
portal-po-number-label = PO number
portal-amount-label = Amount
portal-amount-hint = Like 1200 or 1200.50.
portal-amount-malformed = Write the amount as a number, like 1200 or 1200.50.
portal-currency-label = Currency
# An order's amount and its currency, e.g. "1,200.50 EUR".
portal-amount-with-currency = { $amount } { $currency }
portal-currency-hint = Three letters, like USD or EUR.
portal-currency-malformed = A currency is three letters, like USD or EUR.
portal-currency-missing = Give the currency of the amount, like USD or EUR.
portal-order-renewal-description = { $months ->
    [one] Renewal for { $months } month: support until { $until }
   *[other] Renewal for { $months } months: support until { $until }
}
portal-order-upgrade-description = Upgrade from { $from } to { $to }
portal-not-for-evaluations = Evaluation licences are extended, not renewed or upgraded.
portal-not-for-developer = A developer licence follows its production licence: renew or upgrade that one.
portal-only-evaluations = Only evaluation licences are extended.
portal-extend-title = Extend the evaluation
portal-extend-hint = As 2026-11-21; { $latest } at the latest.
portal-extend-limit = An evaluation can run { $max } days in all: until { $latest } at the latest.
portal-extend-used-up = This evaluation has used all its 90 days: it cannot be extended further.
portal-new-expiry-date = New expiry date
portal-extend-not-later = Choose a date after the current expiry, { $current }.
portal-extend-beyond = An evaluation can run at most { $max } days: choose { $latest } or earlier.
portal-extend-button = Extend
portal-attach-key-title = Add the key
portal-attach-key-intro = Paste the licence key when it arrives. Its name, tier, SEN and dates are taken from it; the Server ID on record stays.
portal-attach-key-button = Add the key
portal-has-key-already = This licence has a key already: renew or upgrade it to replace the key.
portal-developer-title = Developer licences
portal-developer-intro = Developer licences are for non-production installations (staging, test). They have their own key; their support expiry follows this licence's.
portal-developer-none = No developer licence is linked to this licence yet.
portal-developer-add-title = Add a developer licence
portal-developer-key = Developer licence key
portal-developer-add-button = Add developer licence
portal-no-developer-here = Developer licences belong to a production licence, not to an evaluation or another developer licence.
portal-archive-title = Archive this licence?
portal-archive-intro = You are about to archive { $name } ({ $sen }).
portal-archive-moves = It leaves the Licences list and moves to Archived licences.
portal-archive-contacts = { $n ->
    [one] Its { $n } contact will find it under Archived licences only.
   *[other] Its { $n } contacts will find it under Archived licences only.
}
portal-archive-keeps = Nothing is deleted: the key, contacts, orders and histories stay.
portal-archive-restore = Restore brings it back at any time.
portal-archive-button = Archive licence
portal-cancel = Cancel
portal-orders-title = Orders
portal-orders-intro = The orders of the licences on which you are the primary contact, from the day you became primary.
portal-orders-intro-admin = Every order. Others see the orders of the licences on which they are the primary contact, from the day they became primary.
portal-orders-empty = No orders yet.
portal-col-order = Order
portal-col-date = Date
portal-col-kind = Kind
portal-col-licence = Licence
portal-col-description = Description
portal-col-placed-by = Placed by
portal-order-new = New
portal-order-renewal = Renewal
portal-order-upgrade = Upgrade
portal-flash-added = Licence added.
portal-flash-evaluation-started = Evaluation started: 30 days.
portal-flash-organisation-updated = Organisation updated.
portal-flash-notes-updated = Notes saved.
portal-flash-server-id-updated = Server ID updated.
portal-flash-key-unlocked = Server ID saved. Here is the licence key.
portal-flash-auto-renew-on = Auto-renew turned on.
portal-flash-auto-renew-off = Auto-renew turned off.
portal-flash-renewed = Licence renewed and the order recorded.
portal-flash-upgraded = Licence upgraded and the order recorded.
portal-flash-evaluation-extended = Evaluation extended.
portal-flash-key-added = Key added.
portal-flash-developer-added = Developer licence added.
portal-flash-archived = Licence archived.
portal-flash-restored = Licence restored.
portal-flash-key-restored = The earlier key is the licence's key again.
portal-flash-deleted = Licence deleted. The audit log keeps its record.
portal-flash-key-replaced = Key replaced. The earlier key is in the key history.
portal-replace-key-link = Replace key
portal-replace-key-title = Replace the key
portal-replace-key-intro = Paste the key that replaces the key of { $name } ({ $sen }). What the new key says is what the licence shows; the current key is kept in the key history, and a support expiry on record is never moved earlier.
portal-replace-key-review = What changes with this key:
# One fact a replacing key changes, e.g. "Tier: 500 Users → 1000 Users".
portal-key-fact-change = { $fact }: { $was } → { $is }
portal-replace-key-button = Check the key
portal-replace-key-confirm-button = Replace the key
portal-replace-key-allow-genuine = Replace the genuine key with this key that does not verify
portal-restore-key-link = Restore this key
portal-restore-key-title = Restore an earlier key?
portal-restore-key-intro = The key of { $name } ({ $sen }) that was replaced on { $when } by { $who } becomes the licence's key again.
portal-restore-key-keeps = The current key is kept in the key history. What the restored key says (name, tier, SEN, dates) is what the licence shows; a support expiry on record is never moved earlier.
portal-restore-key-button = Restore this key
portal-restore-key-refused-genuine = This key does not verify and the current key is genuine: only an administrator can put it back.
portal-restore-key-refused-unreadable = This key no longer decodes, so it cannot be restored.
portal-restore-key-refused-taken = This key is on another licence now, so it cannot be restored here.
portal-restore-key-refused-current = This key is the licence's key already.
portal-restore-key-not-allowed = Only an administrator or a primary contact of this licence can restore an earlier key.
portal-delete-link = Delete licence
portal-delete-title = Delete this licence?
portal-delete-intro = { $name } ({ $sen }) is deleted for good. Archive it instead to keep it out of the list without losing anything.
portal-delete-goes = Deleted with it: its key, { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    }, { $keys ->
        [one] { $keys } replaced key
       *[other] { $keys } replaced keys
    } and { $server_ids ->
        [one] { $server_ids } Server ID change
       *[other] { $server_ids } Server ID changes
    }.
portal-delete-stays = Kept: { $developers ->
        [one] { $developers } developer licence linked to it (no longer linked)
       *[other] { $developers } developer licences linked to it (no longer linked)
    } and { $instances ->
        [one] { $instances } recorded installation running its key (no longer linked to it)
       *[other] { $instances } recorded installations running its key (no longer linked to it)
    }.
portal-delete-audit = The audit log keeps a record of the licence as it was.
portal-delete-button = Delete licence
portal-delete-not-allowed = Only an administrator can delete a licence.

## People: accounts, contacts, consolidation, the outbox and mail

people-role-technical = technical
people-role-billing = billing
# A role a person holds on a licence, as the primary contact in it.
people-role-primary = { $role ->
        [technical] technical
       *[billing] billing
    } (primary)
people-state-active = active
people-state-invited = invited
people-state-disabled = disabled
people-never = never
# Between the items of a list written on one line ("technical, billing"; "90, 60, 30").
people-list-separator = {", "}
people-cancel = Cancel
people-back-to-licence = Back to the licence
people-contacts-heading = Contacts
people-contacts-technical = Technical contacts
people-contacts-billing = Billing contacts
people-contacts-none = No contact in this role yet.
people-contacts-primary = Primary
people-contacts-invited = invited, has not signed in yet
people-contacts-disabled = disabled
# Beside the signed-in person's own address in a list of contacts.
people-contacts-you = (you)
people-contacts-rules = Any contact can add and remove contacts. The primary contact of each role receives its invoices and can make another contact primary; any contact can make themselves primary.
people-contacts-primary-stays = The primary contact cannot be removed until another contact is primary.
people-contacts-make-primary = Make primary
people-contacts-remove = Remove { $email } as { $role ->
        [technical] technical
       *[billing] billing
    } contact
people-contacts-add-technical = Add a technical contact (e-mail address)
people-contacts-add-billing = Add a billing contact (e-mail address)
people-contacts-add-hint = An address without an account here is invited by e-mail to choose a password.
people-contacts-add-button = Add
people-contacts-add-language = Language of the invitation, should the address have no account yet
people-contacts-page-title = Contacts of { $licence }
people-contacts-already = { $email } is already a { $role ->
        [technical] technical
       *[billing] billing
    } contact of this licence.
people-contacts-account-disabled = The account { $email } is disabled; an administrator can enable it.
people-contacts-role-missing = Choose a technical or a billing contact.
people-account-number-invalid = That is not an account of this portal.
people-remove-title = Remove this contact?
people-remove-intro = You're about to remove { $email } as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of { $licence }.
people-remove-loses-access = { $email } will no longer see this licence.
people-remove-keeps-access = { $email } stays a contact in another role and still sees this licence.
people-remove-yourself = You will no longer see this licence.
people-remove-button = Remove
people-remove-primary-title = The primary contact cannot be removed
people-remove-primary-body = { $email } is the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact of { $licence }. Make another { $role ->
        [technical] technical
       *[billing] billing
    } contact primary first; then { $email } can be removed.
people-not-a-contact-title = Not a contact
people-not-a-contact-body = That account is not a { $role ->
        [technical] technical
       *[billing] billing
    } contact of this licence.
people-promote-title = Promote to primary { $role ->
        [technical] technical
       *[billing] billing
    } contact?
people-promote-intro = You're about to make { $email } the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact on { $licence }.
people-promote-means = This means they will be able to:
people-promote-invoices = access the invoices for this licence from now on, by e-mail and under Orders
people-promote-others = promote other contacts to primary in the future.
people-promote-past = Past invoices will not be transferred: they stay with { $previous } under Orders.
people-promote-previous = { $previous } becomes a secondary contact and can then be removed.
people-promote-notify = A notification e-mail will be sent to { $previous }.
people-promote-yes = Yes, make primary
people-promote-refused-title = This contact cannot be made primary
people-promote-refused-secondary = Only the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact ({ $primary }) or an administrator can make someone else primary. { $email } can sign in and make themselves primary.
people-promote-refused-already = { $email } is already the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact.
people-promote-refused-disabled = The account { $email } is disabled, so it cannot be a primary contact.
people-promote-refused-not-contact = That account is not a { $role ->
        [technical] technical
       *[billing] billing
    } contact of this licence. Add it as a contact first.
people-flash-contact-added = The contact was added and notified by e-mail.
people-flash-contact-invited = The contact was added and invited by e-mail to choose a password.
people-flash-contact-removed = The contact was removed.
people-flash-removed-yourself = You are no longer a contact of that licence.
people-flash-primary-changed = The primary contact was changed. The previous primary was notified by e-mail.
people-flash-profile-saved = Your profile is saved.
people-flash-password-changed = Your password is changed. Your other sessions were signed out.
people-flash-consolidation-requested = The request was sent. Nothing moves until the other account accepts it.
people-flash-consolidation-applied = The licences were moved. Everyone affected was notified by e-mail.
people-flash-consolidation-declined = The request was declined. Nothing moved.
people-flash-consolidation-cancelled = The request was cancelled. Nothing moved.
people-flash-account-disabled = The account is disabled and signed out everywhere.
people-flash-account-enabled = The account is enabled.
people-flash-invitation-sent = A new invitation is in the outbox. Earlier invitation links no longer work.
people-flash-mail-requeued = The mail will be sent again.
people-forgot-link = Forgot your password?
people-forgot-title = Forgot your password?
people-forgot-intro = Enter the e-mail address of your account. We send it a link to choose a new password; the link works once, for one hour.
people-forgot-button = Send the link
people-forgot-sent-title = Check your mail
people-forgot-sent-body = If { $email } belongs to an account here, a link to choose a new password is on its way. It works once, for one hour.
people-forgot-no-mail = No mail after a few minutes? Look in your spam folder, or ask an administrator of this portal: they can find the mail in the outbox or send you a new link.
people-profile-title = Your account
people-profile-email-fixed = An e-mail address cannot be changed. To use another address, add it as a contact of your licences and make it primary, then remove this one, or move all your licences to it at once:
people-profile-move = Move licences to another account
people-profile-language = Language
people-profile-save = Save
people-profile-change-password = Change your password
people-profile-name-too-long = The name is too long: at most 200 characters.
people-profile-language-unknown = Choose a language from the list.
people-password-title = Change your password
people-password-current = Current password
people-password-current-wrong = That is not your current password.
people-password-button = Change password
people-password-others-signed-out = Your other sessions are signed out; this one stays.
people-consolidate-title = Move licences to another account
people-consolidate-intro = Licences bought under several e-mail addresses can be gathered in one account. Sign in as the account that gives the licences up and start here; the receiving account then accepts, signed in as itself. Nothing moves before that.
people-consolidate-admin-intro = As an administrator you can move licences between any two accounts; they move at once.
people-consolidate-from = From account (e-mail address)
people-consolidate-from-hint = The account that gives the licences up.
people-consolidate-show = Show its licences
people-consolidate-to = To account (e-mail address)
people-consolidate-to-hint = The account that receives the licences. It must exist already.
people-consolidate-licences = Licences to move
people-consolidate-licences-hint = Those where the account is a primary contact are ticked.
people-consolidate-no-licences = This account is not a contact of any licence.
people-consolidate-after = After moving
people-consolidate-remove-source = remove { $email } from these licences
people-consolidate-keep-source = keep { $email } as a secondary contact
people-consolidate-preview = Preview
people-consolidate-no-account = There is no account with this address.
people-consolidate-same-account = Choose an account other than the one the licences come from.
people-consolidate-target-disabled = That account is disabled.
people-consolidate-choose = Choose at least one licence.
people-consolidate-not-yours = One of the chosen licences is not one of this account's.
people-preview-title = Move licences from { $source } to { $target }
people-change-add-target = { $target } becomes a { $role ->
        [technical] technical
       *[billing] billing
    } contact.
people-change-move-primary = { $target } becomes the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact in place of { $source }.
people-change-remove-source = { $source } is removed as a { $role ->
        [technical] technical
       *[billing] billing
    } contact.
people-change-keep-source = { $source } stays a secondary { $role ->
        [technical] technical
       *[billing] billing
    } contact.
people-skipped-not-contact = { $source } is no longer a contact of this licence: it does not move.
people-orders-stay = Past orders that do not move (they stay with whoever was primary when they were placed): { $orders }
people-orders-none = No past orders.
people-nothing-to-move = Nothing would change for these licences.
people-request-send = Send the request to { $target }
people-request-explain = { $target } must accept it, signed in as { $target }, within 7 days. Nothing changes before.
people-apply-button = Move the licences now
people-apply-explain = Everything above is applied at once, recorded in the audit log, and everyone affected is notified by e-mail.
people-requests-heading = Requests waiting for a decision
people-request-incoming = { $source } asks to move { $count ->
    [one] { $count } licence
   *[other] { $count } licences
} into your account.
people-request-outgoing = You asked to move { $count ->
    [one] { $count } licence
   *[other] { $count } licences
} to { $target }.
people-request-review = Review
people-request-title = Move licences from { $source } to { $target }?
people-request-accept = Accept and move
people-request-decline = Decline
people-request-cancel = Cancel the request
people-request-waiting = Waiting for { $target } to accept, until { $date }.
people-request-applied = This request was accepted: the licences moved.
people-request-declined = This request was declined. Nothing moved.
people-request-cancelled = This request was cancelled. Nothing moved.
people-request-expired = This request expired. Nothing moved.
people-admin-title = Administration
people-admin-accounts = Accounts
people-admin-audit = Audit log
people-admin-outbox = Outbox
people-orphans-heading = Licences whose primary contact is disabled
people-orphans-hint = The primary contact left the company? Open the licence's contacts, make another contact primary (add one first if needed), then remove the old one.
people-orphans-fix = Fix the contacts
people-col-licence = Licence
people-col-role = Role
people-col-primary = Primary contact
people-col-email = E-mail address
people-col-name = Name
people-col-state = State
people-col-last-sign-in = Last sign-in
people-col-licences = Licences
people-col-actions = Actions
people-admin-badge = admin
people-primary-on = (primary contact in { $count ->
    [one] { $count } role
   *[other] { $count } roles
})
people-account-disable = Disable
people-account-enable = Enable
people-account-resend = Re-send invitation
people-disable-title = Disable { $email }?
people-disable-body = { $email } is signed out everywhere and can no longer sign in. The account stays a contact of its licences; nothing else changes.
people-disable-primaries = { $email } is the primary contact in { $count ->
    [one] { $count } licence role
   *[other] { $count } licence roles
}. After disabling, those licences are listed on the administration page, to make another contact primary.
people-disable-button = Disable the account
people-disable-yourself = You cannot disable your own account.
people-resend-not-invited = Only an invited account can be sent a new invitation; this one is { $state ->
        [active] active
        [invited] invited
       *[disabled] disabled
    }.
people-audit-title = Audit log
people-audit-licence = Licence (SEN or number)
people-audit-account = Account (e-mail address)
people-audit-action = Action
people-audit-any-action = Any action
people-audit-from = From (date)
people-audit-to = To (date, included)
people-audit-filter = Filter
people-audit-date-invalid = A date has the form 2026-11-21.
people-audit-licence-unknown = No licence has that SEN or number.
people-audit-account-unknown = No account has that address.
people-audit-empty = No entries match.
people-col-when = When
people-col-who = Who
people-col-action = Action
people-col-detail = Detail
people-col-change = Before and after
people-audit-before = Before
people-audit-after = After
people-page-status = Page { $page } of { $pages } ({ $total ->
    [one] { $total } entry
   *[other] { $total } entries
})
people-page-previous = Previous page
people-page-next = Next page
people-outbox-title = Outbox
people-outbox-smtp = Mail is delivered through { $server }. Failed attempts are retried; the last error is kept.
people-outbox-no-smtp = No SMTP server is configured: mail waits here. Download it as .eml files, or run on the server: licensedesk outbox export DIR
people-outbox-bad-state = Choose a state of the outbox: queued, sent or failed.
people-outbox-state = State
people-outbox-all = All
people-outbox-empty = No mail.
people-mail-state-queued = queued
people-mail-state-sent = sent
people-mail-state-failed = failed
people-col-created = Created
people-col-to = To
people-col-subject = Subject
people-col-kind = Kind
people-col-attempts = Attempts
people-col-last-error = Last error
people-mail-download = Download .eml
people-mail-send-again = Send again
people-mail-title = Mail { $id }
people-mail-not-failed = Only a failed mail can be sent again.
people-mail-greeting = Hello,
# A person a mail names: their name and address.
people-mail-person = { $name } ({ $email })
people-mail-signature = -- licensedesk
people-mail-invitation-subject = You are invited to licensedesk
people-mail-invitation-by-contact = { $actor } added you as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }).
people-mail-invitation-by-admin = An administrator invited you to the company's licence portal.
people-mail-invitation-body = Choose a password to activate your account { $email }. The link works once, for 7 days:
people-mail-ignore = If you did not expect this mail, you can ignore it.
people-mail-reset-subject = Choose a new licensedesk password
people-mail-reset-body = Someone, hopefully you, asked for a new password for { $email }. Choose it here; the link works once, for one hour:
people-mail-reset-ignore = If it was not you, ignore this mail: your password stays as it is.
people-mail-contact-added-subject = You are now a { $role ->
        [technical] technical
       *[billing] billing
    } contact of { $licence }
people-mail-contact-added-body = { $actor } added you as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }). You see it here:
people-mail-contact-added-invited-body = { $actor } added you as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }). You will see it once you have chosen your password with the invitation link sent to you earlier, which works until { $expires }. No new link comes with this mail.
people-mail-contact-removed-subject = You are no longer a { $role ->
        [technical] technical
       *[billing] billing
    } contact of { $licence }
people-mail-contact-removed-body = { $actor } removed you as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }).
people-mail-primary-previous-subject = { $email } is now the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact of { $licence }
people-mail-primary-previous-body = { $actor } made { $email } the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }). You are now a secondary contact. { $email } receives the invoices for this licence from now on and can promote other contacts; past invoices stay with you under Orders.
people-mail-primary-new-subject = You are now the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact of { $licence }
people-mail-primary-new-body = { $actor } made you the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }). You receive its invoices from now on and can make other contacts primary.
people-mail-support-subject = Support for { $licence } ends { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}
people-mail-support-body = Support (maintenance) for { $name } ends on { $date }, { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}. Renew it before then to keep receiving updates and support.
people-mail-evaluation-subject = The evaluation licence { $licence } expires { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}
people-mail-evaluation-body = The evaluation licence { $name } expires on { $date }, { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}.
people-mail-reminder-why = You receive this as a contact of the licence. Reminders are sent { $schedule } days before.
people-mail-request-subject = { $source } asks to move licences into your account
people-mail-request-body = { $source } asked to move these licences into your account { $target }:
people-mail-request-action = Nothing moves until you accept. Review the request and accept or decline it here, within 7 days:
people-mail-moved-subject = Licences moved from { $source } to { $target }
people-mail-moved-body = { $actor } moved these licences from { $source } to { $target }:
people-mail-moved-orders = Past orders stay with whoever was primary when they were placed.
people-mail-licence-link = The licence:
# What `licensedesk user add` and `licensedesk user reset-link` print on the terminal.
people-cli-invited-created = Created the invited account { $email }.
    Send this link to its owner to choose a password (works once, for 7 days):
people-cli-created = Created the account { $email }; it can sign in now.
people-cli-address-taken = an account with the address { $email } already exists
people-cli-no-account = there is no account with the address { $email }
people-cli-disabled = the account { $email } is disabled; enable it first
people-cli-reset-link = Password-reset link for { $email } (works once, for one hour):

## Diagnose: reading an installation, the verdict and its advice

diagnose-verdict-match = Match: the installation, its licence and the records agree.
diagnose-verdict-match-unchecked = No problem found in what could be read, but the installation's Server ID is not known, so it was not compared.
diagnose-verdict-server-id-mismatch = Server ID differs: expected after a migration, upgrade or reinstall; the licence keeps working.
diagnose-verdict-key-differs-from-record = The installed key is not the key on record.
diagnose-verdict-key-not-in-inventory = The installed key is not in the inventory.
diagnose-verdict-sen-differs = The SEN differs from the one on record.
diagnose-verdict-licence-damaged = The installed licence key is damaged.
diagnose-verdict-not-genuine = The installed licence key is not genuine.
diagnose-verdict-no-licence = No licence key was found in the installation.
diagnose-verdict-cannot-tell = Cannot tell from this file: the product keeps its licences in its database, which was not read.
diagnose-verdict-support-expired = Support has expired.
diagnose-verdict-licence-expired = The licence has expired.
diagnose-verdict-evaluation = An evaluation licence is installed.
diagnose-verdict-developer-in-production = A developer licence runs a production installation.
diagnose-verdict-production-in-non-production = A production licence runs a non-production installation.
diagnose-verdict-duplicate-server-id = Another recorded installation has the same Server ID.
diagnose-advice-match = Nothing to do.
diagnose-advice-server-id-mismatch = Keep using the key: no new key is needed. Update the Server ID on record to the installation's (diagnose --apply, or the button on the Diagnose page); the old value stays in the licence's Server ID history.
diagnose-advice-key-differs-from-record = If the licence was renewed or upgraded, apply the key on record to the installation. If this is a test or development installation, it should run the developer licence that belongs to the production licence.
diagnose-advice-key-not-in-inventory = Import the key (licensedesk import, or the Import page) so that the portal knows this licence.
diagnose-advice-sen-differs = Check which licence this installation should run: the installed key belongs to another SEN than the one on record.
diagnose-advice-licence-damaged = Copy the key again from where it came from (My Atlassian, or Download licence in the portal) and apply it: characters were lost or changed on the way.
diagnose-advice-not-genuine = Do not trust what this key says: it was altered or was not made by Atlassian. Apply the genuine key from My Atlassian or the portal.
diagnose-advice-no-licence = Apply a licence in the product's administration. If the product keeps its licence in a database that could not be read, run the SQL shown and give the key by hand (--installed-key FILE, or paste it on the Diagnose page).
diagnose-advice-cannot-tell = Run the SQL shown on the product's database and give its answers: on the command line with --server-id ID and --installed-key FILE, on the Diagnose page in the fields under the queries.
diagnose-advice-support-expired = Renew support to keep getting updates and help; the product keeps running on its current version.
diagnose-advice-licence-expired = Apply a current key: renew the licence, or buy one to replace an evaluation.
diagnose-advice-evaluation = Buy a licence before the evaluation ends and apply its key.
diagnose-advice-developer-in-production = Run the production licence on production installations; developer licences are for testing and development.
diagnose-advice-production-in-non-production = Run a developer licence on test and development installations: it belongs to the production licence and has a key of its own.
diagnose-advice-duplicate-server-id = Two installations share a Server ID when one was copied from the other. If both stay in use, set the copy up as an installation of its own, and run a developer licence on it if it is not production.
diagnose-no-sen = (no SEN)
diagnose-server-id-explanation = Every new installation gets a new Server ID, so this is expected after a migration, an upgrade or a reinstall. A licence is not bound to a Server ID: it keeps working, and no new key is needed. The Server ID on record can be updated.
diagnose-finding-server-id-vs-key = The installation's Server ID is { $installation }, but its key was issued for { $expected }. { diagnose-server-id-explanation }
diagnose-finding-server-id-vs-record = The installation's Server ID is { $installation }, but licence #{ $id } ({ $name }) has { $expected } on record. { diagnose-server-id-explanation }
diagnose-finding-server-id-vs-given = The installation's Server ID is { $installation }, but the key you gave was issued for { $expected }. { diagnose-server-id-explanation }
diagnose-finding-licence-damaged = The licence key read from { $source } cannot be decoded: { $error }.
diagnose-finding-not-genuine = The signature of the key { $sen } (from { $source }) does not verify: it is not a genuine Atlassian key, so nothing it says can be trusted.
diagnose-finding-no-licence = No licence key was found where the product keeps it.
diagnose-finding-cannot-tell = This file names the database that holds the Server ID and the licences; whether a licence is installed cannot be told without it.
diagnose-finding-licence-expired = The licence { $sen } expired on { $date }.
diagnose-finding-evaluation-expired = The evaluation licence { $sen } expired on { $date }.
diagnose-other-installation = { $label } on { $host } ({ $product })
# Between the installations of a list in a sentence.
diagnose-list-separator = {", "}
diagnose-finding-duplicate-server-id = The Server ID { $server_id } is also recorded for: { $others }. Two installations with one Server ID are usually a cloned instance.
diagnose-finding-sen-differs-record = The installed key has the SEN { $sen }, but licence #{ $id } ({ $name }), which holds this key, has the SEN { $record_sen } on record.
diagnose-finding-sen-differs-given = The installed key has the SEN { $sen }, but the key you gave has { $record_sen }: they are different licences.
diagnose-finding-key-differs-record = The installed key for { $sen } is not the key on record for licence #{ $id } ({ $name }): a renewed or upgraded key that was not applied, or a developer key.
diagnose-finding-key-differs-given = The installed key for { $sen } is not the key you gave: a renewed or upgraded key that was not applied, or a developer key.
diagnose-finding-key-not-in-inventory = The key { $sen } (from { $source }) is not in the inventory, and no licence on record has its SEN.
diagnose-finding-developer-in-production = The key { $sen } is a { $licence_type } licence, on an installation said to be production.
diagnose-finding-production-in-non-production = The key { $sen } is a { $licence_type } licence, on an installation said to be non-production.
diagnose-finding-evaluation = The key { $sen } is an evaluation licence; it expires on { $date }.
diagnose-finding-evaluation-no-date = The key { $sen } is an evaluation licence.
diagnose-finding-support-expired = Support for { $sen } ended on { $date }.
diagnose-note-keys-only = No portal records were consulted: each key was compared with the installation only (give --data-dir to compare with the portal's records).
diagnose-note-no-server-id = The installation's Server ID could not be read, so no Server ID was compared; give it by hand (--server-id, or the Server ID field).
diagnose-note-relative-expiry = The key { $sen } expires { $raw } after it is applied to the product (a time-limited test licence). When it was applied is not recorded in what was read, so its expiry cannot be judged offline and is not counted.
diagnose-note-unrecognised-date = The key { $sen } has a date that is not understood: { $raw }.
diagnose-note-key-carries-other-server-id = The key { $sen } still carries the Server ID it was issued for, { $server_id }; the record already has the installation's. That is expected and needs nothing.
diagnose-note-unverified-accepted = The signature of the key { $sen } does not verify; as asked (--allow-unverified), that is not counted as a finding.
diagnose-note-record-without-key = Licence #{ $id } ({ $name }) has this SEN on record but holds no key; import the key to complete the record.
diagnose-title = Diagnose
diagnose-intro = Is the licence wrong? Paste the licence key and the Server ID your product shows, or upload its config file (confluence.cfg.xml, bamboo.cfg.xml, crowd.cfg.xml, bitbucket.properties, dbconfig.xml) or a support zip. They are compared with your licences on record. Uploaded files are read and not kept.
diagnose-key-label = Licence key
diagnose-key-hint = The key as the product shows it, or any text holding it, such as a copy of the System Information page.
diagnose-server-id-label = Server ID
diagnose-server-id-hint = Four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W; shown under System Information in the product's administration.
diagnose-file-label = Config file or support zip
diagnose-file-hint = Optional. At most 32 MiB.
diagnose-diagnose-button = Diagnose
diagnose-nothing-given = Paste a licence key or some text holding one, or upload a config file or support zip.
diagnose-file-unreadable = That file could not be read: { $reason }
# Where a key was read, when it was pasted, given as a Server ID by hand, or uploaded without a name.
diagnose-source-pasted = pasted text
diagnose-source-given-by-hand = given by hand
diagnose-source-upload = the uploaded file
diagnose-upload-not-stored = cannot store it: { $reason }
diagnose-pasted-too-large = The pasted text is { $size } bytes long; at most { $limit } bytes can be pasted. Upload it as a file instead.
diagnose-database-heading = Ask the database
diagnose-database-intro = Run these queries on the product's database (read-only), then paste their answers below.
diagnose-database-server-id-query = The Server ID:
diagnose-database-licence-query = The installed licence keys, one row each:
diagnose-copy-query = Copy
diagnose-copied = Copied
diagnose-answer-server-id-label = Server ID (the answer to the first query)
diagnose-answer-key-label = Installed licence key (the answer to the second query)
diagnose-answer-key-hint = Paste the whole key; line breaks do not matter.
diagnose-answer-button = Diagnose with these answers
diagnose-result-title = Diagnosis
diagnose-verdict-heading = Verdict
diagnose-findings-heading = Findings
diagnose-what-to-do-heading = What to do
diagnose-notes-heading = Good to know
diagnose-reader-notes-heading = While reading
diagnose-installation-heading = Installation
diagnose-product-label = Product
diagnose-server-id-read-label = Server ID
diagnose-server-id-unknown = not known
diagnose-keys-heading = Installed licence keys
diagnose-sen-label = SEN
diagnose-products-label = Products
diagnose-type-label = Type
diagnose-users-label = Users
diagnose-support-label = Support expires
diagnose-licence-expiry-label = Licence expires
diagnose-key-server-id-label = Server ID in the key
diagnose-signature-label = Signature
diagnose-genuine = genuine
diagnose-not-genuine = does not verify
diagnose-source-label = Read from
diagnose-on-record-label = On record
diagnose-not-on-record = not on record
diagnose-update-button = Update Server ID of licence #{ $id }
diagnose-installed-at-heading = Installed at
diagnose-installed-at-empty = No installation of this licence has been recorded yet.
diagnose-installed-at-licence = Installed at: #{ $id } { $name }
# A licence on record, after its number and name.
diagnose-record-details = ({ $sen }, Server ID { $server_id })
# A Server ID the record can take: the licence, its SEN, the old and the new Server ID.
diagnose-update-summary = { $name } ({ $sen }): { $old } → { $new }
diagnose-column-label = Installation
diagnose-column-host = Host
diagnose-column-product = Product
diagnose-column-server-id = Server ID
diagnose-column-verdict = Verdict
diagnose-column-recorded = Recorded
diagnose-another = Diagnose another installation
diagnose-confirm-title = Update the Server ID?
diagnose-confirm-body = The Server ID of licence #{ $id }, { $name } ({ $sen }), changes from { $old } to { $new }.
diagnose-confirm-none = none
diagnose-confirm-history = The old value stays in the licence's Server ID history, marked "diagnosis", and the change is written to the audit log. The key itself does not change.
diagnose-confirm-button = Update Server ID
diagnose-cancel = Cancel
diagnose-server-id-updated = Server ID updated. The old value is kept in the licence's Server ID history.
diagnose-server-id-unchanged = The licence already has that Server ID; nothing changed.
# The command line's reports (diagnose, server-id). A heading of a list, with its colon.
diagnose-cli-heading = { $heading }:
diagnose-cli-verdict = Verdict: { $code }
diagnose-cli-on-record = #{ $id } { $name } ({ $sen }), Server ID { $server_id }
diagnose-cli-apply-hint = Run the same command with --apply to set the Server ID on record:
diagnose-cli-update = licence #{ $id } ({ $name }): { $old } -> { $new }
diagnose-cli-changed-heading = Changed
diagnose-cli-nothing-changed = nothing: no Server ID on record needed changing
diagnose-cli-applied = licence #{ $id } ({ $name }, { $sen }): Server ID { $old } -> { $new } (the old value is kept in its Server ID history)
diagnose-cli-recorded = Recorded: instance #{ $id } "{ $label }" on { $host }
diagnose-cli-given-by-hand = given by hand ({ $file })
# Labels of the installation's lines, with their colons; the values line up after the longest.
diagnose-cli-product = Product:
diagnose-cli-read-from = Read from:
diagnose-cli-server-id = Server ID:
diagnose-cli-database = Database:
diagnose-cli-from-source = { $value } (from { $source })
diagnose-cli-not-found = not found
diagnose-cli-no-licences = Licences:  none found
diagnose-cli-licence-heading = Licence { $n } of { $count } (from { $source })
diagnose-cli-cannot-be-decoded = cannot be decoded: { $error }
diagnose-cli-none = none
diagnose-cli-yes = yes
diagnose-cli-name = Name
diagnose-cli-evaluation = Evaluation
diagnose-cli-organisation = Organisation
diagnose-cli-purchased = Purchased
diagnose-cli-notes = Notes
diagnose-cli-key-file-holds-several = { $file } holds { $count } licence keys; give a file with the one key to compare with
diagnose-cli-given-key-damaged = the key in { $file } (given with --key) cannot be decoded: { $error }
diagnose-cli-stdin-unreadable = cannot read standard input
diagnose-cli-standard-input = standard input
diagnose-cli-key-file-unreadable = cannot read the key file { $file }
diagnose-cli-key-file-too-large = { $file }: too large to be a licence key file (more than { $max } bytes)
diagnose-cli-key-file-not-text = { $file }: not a text file, so not a licence key
diagnose-cli-key-file-empty = { $file }: the file is empty, not a licence key

## Licence keys: why a text is not a key, the signature, a key's dates

key-error-empty = the licence key is empty
key-error-too-large = the input is too large to be a licence key ({ $size } bytes; keys are 1-2 KB, at most { $max } bytes are accepted)
key-error-legacy-version-1 = legacy version-1 licence key: cannot be decoded offline
key-error-missing-trailer = not a licence key: it does not end with the 'X' + version + length trailer of a version-2 key
key-error-unsupported-version = unsupported licence key version "{ $version }": only version-2 keys (marked 01 or 02) can be decoded
key-error-wrong-length = damaged licence key: its length marker says { $declared } characters but it has { $actual } (characters were lost or added while copying)
key-error-not-base64 = damaged licence key: not valid base64 ({ $detail })
key-error-truncated = damaged licence key: truncated (its data needs { $needed } bytes but only { $available } are there)
key-error-bad-magic = not an Atlassian licence key: the licence text does not start with the expected magic bytes
key-error-bad-zlib = damaged licence key: the compressed licence text cannot be inflated ({ $detail })
key-error-inflated-too-large = refusing to decode: the licence text inflates to more than { $max } bytes (genuine keys hold under 2 KB)
key-error-properties-not-utf8 = damaged licence key: the licence text is not UTF-8 (invalid byte at offset { $offset })
key-error-bad-properties = damaged licence key: malformed licence properties at line { $line }: { $reason }
key-error-bad-signature-encoding = damaged licence key: the signature is not a DER-encoded DSA signature
key-signature-valid = signature verifies: a genuine Atlassian key
key-signature-invalid = signature does not verify: not a genuine Atlassian key
# A relative expiry as the key writes it ($raw, e.g. P3D) and the period it stands for.
key-date-relative = { $raw } ({ $period } after the licence is applied)
key-date-relative-unknown = { $raw } (counted from when the licence is applied)
key-period-milliseconds =
    { $n ->
        [one] { $n } millisecond
       *[other] { $n } milliseconds
    }
key-period-seconds =
    { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
key-period-minutes =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
key-period-hours =
    { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
key-period-days =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
key-users =
    { $n ->
        [one] { $n } User
       *[other] { $n } Users
    }
key-users-unlimited = Unlimited Users
# The decode command's report. Labels carry their colons; the values line up after them.
key-none-found = no licence key found
key-stdin-unreadable = cannot read the key from standard input
key-heading = Key { $n } of { $count } (line { $line }):
key-yes = yes
key-no = no
key-label-signature = Signature:
key-label-sen = SEN:
key-label-server-id = Server ID:
key-label-organisation = Organisation:
key-label-contact = Contact:
key-label-description = Description:
key-label-licence-type = Licence type:
key-label-evaluation = Evaluation:
key-label-data-center = Data Center:
key-label-purchased = Purchased:
key-label-created = Created:
key-label-support-expires = Support expires:
key-label-licence-expires = Licence expires:
key-label-products = Products:

## Reading an installation: why a home, config file or support zip could not be read

install-error-not-found = { $path }: no such file or directory
install-error-io = cannot read { $path }: { $reason }
install-error-not-a-product-home = { $path } is not a product home: looked for { $looked_for }
install-error-unrecognised = { $path }: not a product home, config file, support zip or text containing a Server ID or licence key
install-error-bad-config = { $path }: { $reason }
install-error-bad-zip = { $path }: not a readable zip file: { $reason }
install-error-zip-too-large = { $path }: refused to unpack: { $reason }
install-error-file-too-large = { $path }: too large to be a config file or pasted text ({ $size } bytes; at most { $limit })
install-error-bad-server-id = the Server ID given by hand, "{ $given }", is not of the form XXXX-XXXX-XXXX-XXXX

## Reading an installation: notes on what could not be read and what to do by hand. SQL,
## commands, file names and the database driver's own messages come as they are.

install-db-place = PostgreSQL at { $host }:{ $port } database { $database } as { $user }
install-db-connect-failed = could not connect to { $place }: { $reason }
install-db-query-failed = connected to { $place }, but the query failed: { $reason } (is this the product's database?)
install-not-connecting-no-database = the database was not read (the Diagnose page never connects to one; on the command line, --no-database)
install-not-connecting-support-zip = { $file } names a database on the machine the support zip came from, which is not queried
install-not-connecting-not-postgresql = { $file } names a { $kind } database; this tool queries PostgreSQL only
install-not-connecting-encrypted-password = the database password in { $file } is encrypted; give it with --db-password (or LICENSEDESK_DB_PASSWORD)
install-note-bitbucket-no-jdbc-url = { $file } has no jdbc.url: Bitbucket then runs on its embedded H2 database, which cannot be read while Bitbucket runs; give the Server ID from Administration > Licensing by hand (the Server ID field, or --server-id), or run by hand: { $sql }
install-note-bitbucket-no-setup-licence = { $file } has no setup.license; Bitbucket keeps the licence it runs with in its database (Administration > Licensing shows it)
install-note-bitbucket-not-read = { $reason }: Bitbucket keeps its Server ID in the database; give the Server ID by hand (the Server ID field, or --server-id)
install-note-failed-ask-server-id = { $failure }; give the Server ID by hand (the Server ID field, or --server-id)
install-note-bitbucket-no-server-id-row = { $place } has no server.id row in app_property: Bitbucket has not finished its setup
install-note-bitbucket-licence-differs = the licence in the database differs from setup.license in bitbucket.properties; Bitbucket uses the one in the database (setup.license only applies at the first start)
install-note-jira-no-jdbc-url = { $file } has no jdbc-datasource/url: the database holding Jira's Server ID and licences is unknown; give the Server ID by hand (the Server ID field, or --server-id)
install-note-jira-not-read = { $reason }: Jira keeps its Server ID and licences in the database; give the Server ID by hand (the Server ID field, or --server-id)
# The Server ID was given by hand: only the licences are missing.
install-note-jira-not-read-licences = { $reason }: Jira keeps its Server ID and licences in the database
install-note-jira-no-server-id-row = { $place } has no jira.sid.key property: Jira has not finished its setup
install-note-jira-no-licence-row = { $place } has no row in productlicense: no licence installed
install-note-manual-sql = SQL to run by hand on the { $kind } database: { $sql }; for example: { $run }
install-note-sql-and = { $first }; and { $second }
install-run-sqlplus = { $connect } and then: { $sql }
install-run-embedded = stop the product first (an embedded { $kind } database has one user at a time), then open { $url } with the database's own shell and run: { $sql }
install-run-other = with your database client on { $url }: { $sql }
install-note-fisheye-no-licence = { $file } holds no licence under <license>: no licence installed, or it is kept elsewhere
install-note-fisheye-no-server-id = Fisheye/Crucible does not keep its Server ID in config.xml; read it from Administration > System Settings > System Info and give it by hand (the Server ID field, or --server-id)
install-note-no-server-id-property = { $file } has no { $property } property (is the setup finished?)
install-note-no-licence-property = { $file } has no { $property } property: no licence installed
install-note-unusual-server-id = the Server ID { $value } ({ $source }) is not of the usual form XXXX-XXXX-XXXX-XXXX
install-note-other-server-id = another Server ID, { $found }, is in { $source }; the first one found, { $used } ({ $used_source }), is used
install-note-server-id-overridden = the installation's own Server ID is { $read } ({ $read_source }); the Server ID given by hand, { $given }, is used instead
install-note-licence-sanitised = { $source }: the licence was removed from this copy (sanitised by the support tool)
install-note-zip-entries-not-read = entries not read: { $entries }
install-note-separator = {"; "}
install-skipped-unreadable = { $name } ({ $error })
install-skipped-not-text = { $name } (not text)
install-product-unidentified = unidentified product
install-source-property = { $file } property { $key }
install-source-key = { $file } key { $key }
install-source-element = { $file } element { $path }
install-source-element-attribute = { $file } element { $path } attribute { $attribute }
install-source-line = { $file } line { $line }
install-source-line-labelled = { $file } line { $line } ({ $label })
install-source-database-table = database table { $table }
install-source-database-row = database { $table } { $key }
install-source-given-by-hand = given by hand

## The outbox and reminder commands (a terminal: keep them short)

outbox-cli-cannot-create = cannot create the folder { $folder }
outbox-cli-cannot-write = cannot write { $file }
outbox-cli-skipped = mail { $id } skipped: { $reason }
outbox-cli-written = { $failed ->
    [0] { $written ->
        [one] Wrote 1 mail file to { $folder }.
       *[other] Wrote { $written } mail files to { $folder }.
    }
   *[other] { $written ->
        [one] Wrote 1 mail file to { $folder }; { $failed } could not be written.
       *[other] Wrote { $written } mail files to { $folder }; { $failed } could not be written.
    }
}
reminders-cli-bad-from = the --mail-from address is not usable
reminders-cli-due = { $reminders ->
    [one] 1 reminder due on { $date }
   *[other] { $reminders } reminders due on { $date }
}: { $mails ->
    [one] 1 mail queued in the outbox.
   *[other] { $mails } mails queued in the outbox.
}
# $kind is the mail's code: support-reminder or evaluation-reminder.
reminders-cli-line = licence { $id }: { $kind ->
    [evaluation-reminder] evaluation reminder
   *[support-reminder] support reminder
}, { $days ->
    [one] 1 day before
   *[other] { $days } days before
}, { $mails ->
    [one] 1 mail
   *[other] { $mails } mails
}

## Dates: patterns for strftime (%Y year, %m month, %d day, %-m and %-d without a leading zero,
## %H:%M the time of day).

date-format = %Y-%m-%d
stamp-format = %Y-%m-%d %H:%M

## Languages

language-picker-label = Language
language-unknown = licensedesk does not speak that language. Choose one of: { $codes }.

## Uploads that cannot be read (shown on the 400 page)

upload-unreadable = The uploaded form could not be read: { $why }
upload-not-multipart = This address takes an upload (multipart/form-data), and the request was not one.
upload-no-boundary = no boundary in the body.
upload-boundary-without-line-break = a boundary is not followed by a line break.
upload-headers-too-long = a part's headers are too long.
upload-no-headers = a part has no headers.
upload-headers-not-text = a part's headers are not text.
upload-ends-inside-part = the body ends inside a part.
upload-no-name = a part has no name.
upload-too-many-parts = it has too many parts.

# Administration: the words for the audit log's action codes and the outbox's mail kinds.

audit-action-account-created = Account created
audit-action-account-invited = Account invited
audit-action-account-disabled = Account disabled
audit-action-account-enabled = Account enabled
audit-action-profile-changed = Profile changed
audit-action-password-changed = Password changed
audit-action-password-reset = Password reset
audit-action-reset-requested = Password reset requested
audit-action-reset-link-created = Password-reset link created
audit-action-invitation-resent = Invitation sent again
audit-action-invitation-accepted = Invitation accepted
audit-action-mail-requeued = Mail queued again
audit-action-sign-in = Signed in
audit-action-sign-in-failed = Sign-in failed
audit-action-sign-out = Signed out
audit-action-contact-added = Contact added
audit-action-contact-removed = Contact removed
audit-action-primary-changed = Primary contact changed
audit-action-consolidation-requested = Move of licences requested
audit-action-consolidation-accepted = Move of licences accepted
audit-action-consolidation-declined = Move of licences declined
audit-action-consolidation-cancelled = Move of licences cancelled
audit-action-consolidated = Licence moved to another account
audit-action-licence-added = Licence added
audit-action-licence-imported = Licence imported
audit-action-licence-updated-by-import = Licence updated by an import
audit-action-licence-renewed = Licence renewed
audit-action-licence-upgraded = Licence upgraded
audit-action-licence-archived = Licence archived
audit-action-licence-restored = Licence restored
audit-action-licence-deleted = Licence deleted
audit-action-evaluation-extended = Evaluation extended
audit-action-developer-licence-linked = Developer licence linked
audit-action-developer-licence-synced = Developer licence brought up to date
audit-action-organisation-changed = Organisation changed
audit-action-notes-changed = Notes changed
audit-action-auto-renew-on = Auto-renew turned on
audit-action-auto-renew-off = Auto-renew turned off
audit-action-server-id-changed = Server ID changed
audit-action-key-added = Licence key added
audit-action-key-retrieved = Licence key retrieved
audit-action-key-restored = Earlier licence key restored

people-mail-kind-invitation = Invitation
people-mail-kind-reset = Password reset
people-mail-kind-contact-added = Added as contact
people-mail-kind-contact-removed = Removed as contact
people-mail-kind-primary-changed = Primary contact changed
people-mail-kind-support-reminder = Support reminder
people-mail-kind-evaluation-reminder = Evaluation reminder
people-mail-kind-consolidation = Move of licences
people-mail-kind-account-disabled = Account disabled

## Lifecycle: the inner licence hash, refusals and key kinds
key-label-inner-hash = Licence hash:
key-label-refusal = Refused by:
key-inner-hash-verified = the licence hash verifies (key version { $version })
key-inner-hash-not-required = no licence hash, and none is needed: the key was created before 2021
key-inner-hash-missing-required = no licence hash, although the key was created in 2021 or later: products that check the hash refuse the key
key-inner-hash-wrong = the licence hash does not match the licence's properties: the key was altered after it was made
key-inner-hash-unknown-key-version = the licence hash was made with key version { $version }, which this tool does not know: it cannot be checked
key-hash-refusal-missing = { $product } { $version } and later refuse this key ("Failed to verify license hash: missing property licenseHash").
key-hash-refusal-wrong = { $product } { $version } and later refuse this key because its licence hash does not verify.
portal-inner-hash = Licence hash
diagnose-verdict-licence-hash-refused = The product refuses the installed key: its licence hash is missing or wrong.
diagnose-advice-licence-hash-refused = Apply a key that carries a valid licence hash: download the licence again from My Atlassian (keys issued since 2021 carry one) or ask Atlassian for a new key.
diagnose-finding-licence-hash-missing = The key { $sen } has no licence hash although it was created in 2021 or later: { $product } { $version } and later refuse it ("Failed to verify license hash: missing property licenseHash").
diagnose-finding-licence-hash-wrong = The licence hash of the key { $sen } does not match its properties: the key was altered, and products that check the hash refuse it.
## Lifecycle: kinds of licence
# The short label of a licence's kind, beside its product in the list and on its page.
kind-server = Server
kind-data-center = Data Center
kind-fisheye-crucible = Fisheye/Crucible
kind-evaluation = Evaluation
kind-developer = Developer
kind-test = Test licence
kind-app = App
kind-label = Kind of licence
# What a date means for a licence of that kind ($date is written as the language writes dates).
kind-support-ends = Support ends { $date }: you keep using it, but versions released after this date will not accept the licence.
kind-support-ends-fisheye-crucible = Support ends { $date }: Fisheye and Crucible Server licences are still supported and renewed; you keep using it, but versions released after this date will not accept the licence.
kind-licence-ends-data-center = Licence ends { $date }: the product becomes read-only.
kind-evaluation-ends = Evaluation ends { $date }: after this date the product no longer runs on this licence.
kind-developer-follows = Developer licence: its support follows its production licence's and ends { $date }; versions released after this date will not accept it.
kind-developer-follows-undated = Developer licence: its support follows its production licence's.
# $period is a length of time such as "72 hours".
kind-test-relative = Test licence: it expires { $period } after it is applied to a product; it is not bound to a Server ID.
# $raw is the expiry as the key writes it, such as P72H.
kind-test-relative-unread = Test licence: it expires { $raw } after it is applied to a product; it is not bound to a Server ID.
kind-test-dated = Test licence for app developers or testing: not for production use, and not bound to a Server ID.
kind-app-support-ends = App support ends { $date }: you keep using the app, but versions of it released after this date will not accept the licence.
# In the list's expiry column, for a test licence whose expiry counts from when it is applied.
kind-list-relative-expiry = counted from when it is applied
## Lifecycle: cut-off dates, releases and upgrade eligibility

audit-action-lifecycle-file-replaced = Lifecycle table replaced
audit-action-lifecycle-file-reset = Lifecycle table reset to the shipped one

lifecycle-product = { $code ->
    [jira-software] Jira Software
    [jira-service-management] Jira Service Management
    [confluence] Confluence
    [bitbucket] Bitbucket
    [bamboo] Bamboo
    [crowd] Crowd
   *[fisheye-crucible] Fisheye/Crucible
}
lifecycle-file-name = { $file ->
    [cutoffs] Cut-off dates
   *[releases] Release table
}
lifecycle-month-format = %Y-%m
lifecycle-heading = What happens when
lifecycle-cutoff-server-support-end = { $when ->
    [past] Server support ended on { $date }: support cannot be renewed past it, and versions released after this licence's support expiry will not accept it.
   *[future] Server support ends on { $date }: support cannot be renewed past it, and versions released after this licence's support expiry will not accept it.
}
lifecycle-cutoff-dc-new-subscriptions-end = { $when ->
    [past] New Data Center subscriptions ended on { $date }; existing subscriptions can still be renewed.
   *[future] New Data Center subscriptions end on { $date }; existing subscriptions can still be renewed.
}
lifecycle-cutoff-dc-last-purchase = { $when ->
    [past] The last Data Center purchases and user tier changes were possible until { $date }.
   *[future] Data Center purchases and user tier changes are possible until { $date }: change this licence's user tier before then.
}
lifecycle-cutoff-dc-end-of-life = { $when ->
    [past] Data Center reached its end of life on { $date }.
   *[future] Data Center reaches its end of life on { $date }: a renewal past { $date } is not possible.
}
lifecycle-cutoff-source = Source: { $who }
lifecycle-eligibility-heading = Can this licence run a version?
lifecycle-eligibility-product = Product
lifecycle-eligibility-version = Version
lifecycle-eligibility-hint = A feature release such as 9.12; the release table lists feature releases since 2019.
lifecycle-eligibility-check = Check
lifecycle-verdict = { $verdict ->
    [yes] Eligible
    [no] Not eligible
   *[unknown] Cannot tell
}
lifecycle-eligible = { $product } { $version }, released on { $released }, accepts this licence: it was released before the support expiry, { $support }.
lifecycle-eligible-read-only = The licence ends on { $expiry }: after that date the product becomes read-only, whatever its version.
lifecycle-not-eligible = { $product } { $version }, released on { $released }, will not accept this licence: versions released after { $support }, the support expiry, will not accept it.
lifecycle-cannot-tell = { $product } { $version } was released in { $released }, and the support expiry, { $support }, falls in that month: the release table does not know the day, so it cannot tell. Check the release notes.
lifecycle-no-support-expiry = This licence has no support expiry to compare with the release of { $product } { $version } ({ $released }).
lifecycle-test-licence = This is a test licence: { $product } { $version } accepts it for as long as it lasts, counted from when it is applied; it is not meant for production.
lifecycle-evaluation = This is an evaluation: { $product } { $version } runs with it until the licence ends on { $expiry }.
lifecycle-evaluation-no-expiry = This is an evaluation: { $product } { $version } runs with it until the licence ends.
lifecycle-unknown-version = The release table does not know { $product } { $version }.
lifecycle-nearest-version = { $version } ({ $released })
lifecycle-nearest = Versions it knows nearby: { $versions }.
lifecycle-release-notes = Release notes
lifecycle-release-source = Release notes: { $url }
lifecycle-version-invalid = “{ $version }” is not a version: write it as 9.12 or 9.12.3.
lifecycle-product-unknown = The release table has no product “{ $product }”; choose one of { $codes }.
lifecycle-file-error = Line { $line }: { $reason }
lifecycle-problem-too-large = The file is larger than { $max } KiB.
lifecycle-problem-too-many-rows = The file has more than { $max } rows.
lifecycle-problem-not-csv = This line is not CSV that can be read (an unclosed quote, or text that is not UTF-8).
lifecycle-problem-header = The first line must be the header { $expected }.
lifecycle-problem-no-rows = The file has a header and no rows.
lifecycle-problem-field-count = The line has { $found } fields; the header has { $expected }.
lifecycle-problem-empty = The field { $column } is empty.
lifecycle-problem-too-long = The field { $column } is longer than { $max } characters.
lifecycle-problem-unknown-event = “{ $value }” is not an event; use one of { $codes }.
lifecycle-problem-unknown-deployment = “{ $value }” is not a deployment; use server or data-center.
lifecycle-problem-unknown-product = “{ $value }” is not a product of the release table; use one of { $codes }.
lifecycle-problem-bad-date = The field { $column } is not a date written YYYY-MM-DD (a release date may be YYYY-MM).
lifecycle-problem-bad-version = “{ $value }” is not a version such as 9.12 or 9.12.3.
lifecycle-problem-bad-url = The source is not an https:// or http:// address.
lifecycle-problem-duplicate = The same row is already on line { $first }.
lifecycle-admin-link = Lifecycle data
lifecycle-admin-title = Lifecycle data
lifecycle-admin-intro = The cut-off dates of Server and Data Center and the release table decide what licence pages, reminders and the upgrade-eligibility answer say. Replace a table when the dates change: upload a CSV file with the same header, check what changes, then confirm.
lifecycle-admin-shipped = In use: the table shipped with licensedesk, { $rows } rows.
lifecycle-admin-imported = In use: imported by { $who } on { $when }, { $rows } rows.
lifecycle-admin-download = Download as CSV
lifecycle-admin-file = CSV file
lifecycle-admin-preview-button = Preview the change
lifecycle-admin-reset = Use the shipped table again
lifecycle-admin-preview-title = { $file ->
    [cutoffs] Replace the cut-off dates?
   *[releases] Replace the release table?
}
lifecycle-admin-preview-summary = The table in use has { $before } rows, the file { $after }; { $changes ->
    [one] one row changes.
   *[other] { $changes } rows change.
}
lifecycle-admin-col-row = Row
lifecycle-admin-col-before = Before
lifecycle-admin-col-after = After
lifecycle-admin-no-changes = The file holds the same rows as the table in use.
lifecycle-admin-confirm = Replace the table
lifecycle-admin-cancel = Cancel
lifecycle-admin-replaced = { $file ->
    [cutoffs] The cut-off dates were replaced.
   *[releases] The release table was replaced.
}
lifecycle-admin-reset-done = { $file ->
    [cutoffs] The shipped cut-off dates are in use again.
   *[releases] The shipped release table is in use again.
}
lifecycle-admin-file-missing = Choose a CSV file to upload.
lifecycle-admin-not-utf8 = The file is not UTF-8 text.
lifecycle-cli-dry-run = { $file ->
    [cutoffs] Checked the cut-off dates: { $rows } rows, { $changes } changes; nothing was changed (--dry-run).
   *[releases] Checked the release table: { $rows } rows, { $changes } changes; nothing was changed (--dry-run).
}
lifecycle-cli-imported = { $file ->
    [cutoffs] Imported the cut-off dates: { $rows } rows, { $changes } changes.
   *[releases] Imported the release table: { $rows } rows, { $changes } changes.
}
lifecycle-cli-reset = { $file ->
    [cutoffs] The shipped cut-off dates are in use again.
   *[releases] The shipped release table is in use again.
}
lifecycle-cli-nothing-to-reset = { $file ->
    [cutoffs] The shipped cut-off dates are already in use.
   *[releases] The shipped release table is already in use.
}
lifecycle-cli-cannot-read = Cannot read { $path }.
lifecycle-cli-refused = { $path } was refused, nothing was changed: { $reason }
eligible-cli-no-licence = There is no licence with SEN { $sen } on record.
eligible-cli-no-key = { $input } is neither a SEN on record, nor a licence key, nor a file holding one.
eligible-cli-heading = { $product } { $version }: { $verdict }
## Lifecycle: app licences
apps-host-heading = Host licence
apps-is-app-licence = This is an app (Marketplace) licence: it has its own SEN, tier and dates, and runs on a host licence.
apps-host-product = Host product
apps-host-product-unknown = Not named by the app's key: choose the host licence below.
apps-host-jira = Jira
apps-host-confluence = Confluence
apps-host-bitbucket = Bitbucket
apps-host-bamboo = Bamboo
apps-host-crowd = Crowd
apps-host-fisheye-crucible = Fisheye/Crucible
apps-runs-on = Runs on
apps-not-linked = Not linked to a host licence yet.
apps-host-hidden = A host licence you cannot see.
apps-no-choices = No host licence of the same organisation that you can see.
apps-choose-host = Host licence
apps-no-host = No host (unlink)
apps-link-button = Link…
apps-choose-hint = Only licences of the same organisation that you can see are offered. You confirm on the next page.
apps-hosted-heading = Apps on this licence
apps-col-app = App
apps-col-findings = Findings
apps-no-findings = No findings
apps-finding-tier-below-host = The app's user tier ({ $app }) is below the host's ({ $host }): the app must cover every user of the host.
apps-finding-server-app-on-data-center = A Server app licence on a Data Center host: a Server app licence started on or after { $cutoff } is refused there, and this one started on { $started }.
apps-finding-server-app-on-data-center-undated = A Server app licence on a Data Center host: a Server app licence started on or after { $cutoff } is refused there, and this one's start date is not known.
apps-finding-support-before-host = The app's support ends on { $app }, before the host's on { $host }.
apps-confirm-title = Link an app licence to its host
apps-confirm-link = Link the app licence { $app } to the host licence { $host }?
apps-confirm-unlink = Unlink the app licence { $app } from its host licence?
apps-confirm-button = Confirm
apps-host-not-chosen = Choose a host licence from the list.
apps-host-not-allowed = That licence cannot be this app's host: choose a host licence of the same organisation.
apps-flash-host-linked = The app licence's host was saved.
audit-action-app-licence-linked = App licence linked to its host
## Installations as found: Jira XML backups, container environments, embedded H2 databases, what a product reports in a support zip
install-found-none = (none)
install-found-run-h2 = stop the product first (H2 lets one program at a time open the file), then run this where the product's h2-*.jar is (the WEB-INF/lib folder of its installation): { $command }
install-found-backup-no-server-id = { $file } holds no jira.sid.key property, so this backup does not say the Server ID; read it in Jira under Administration > System > System info and give it by hand (the Server ID field, or --server-id)
install-found-backup-no-licence = { $file } holds no ProductLicense row: no licence was installed when this backup was made
install-found-server-id-not-in-environment = { $file } gives the licence, but a container's environment never holds the Server ID: { $product ->
    [confluence] Confluence keeps it in confluence.cfg.xml in its home volume; run licensedesk server-id on that folder, or read it in Confluence under General configuration > System information
    [bitbucket] Bitbucket keeps it in its database (table app_property); run licensedesk server-id on its home volume, or read it in Bitbucket under Administration > Licensing
    [bamboo] Bamboo keeps it in bamboo.cfg.xml in its home volume; run licensedesk server-id on that folder, or read it in Bamboo under Administration > System information
   *[other] the product keeps it in its home volume or its database; run licensedesk server-id on its home volume, or read it in the product's administration
}
install-found-home-volume = docker inspect shows the product's home mounted from { $volume } on the host: run licensedesk server-id on that folder to read the Server ID
install-found-embedded-h2 = { $product } runs on its embedded H2 database ({ $found }), which cannot be read while { $product } runs and which this tool does not open; stop { $product }, then run this where its h2-*.jar is (the WEB-INF/lib folder of its installation): { $command }
install-found-report-detail = { $name }: { $value }
install-found-product-report = { $file } says what the product itself reports: SEN { $sen }, Server ID { $server_id }; licence details: { $details }
install-found-reported-server-id-differs = The product reports Server ID { $reported } ({ $file }), but { $read_source } holds { $read }: the configuration in the zip is not the one the running product uses (copied from another instance, or changed since the product started)
install-found-reported-sen-differs = The product reports { $reported } ({ $file }), but the installed keys carry { $in_keys }: the product runs with another licence than the key in its configuration, or the licence changed after the zip was made
## Installations: the database's Server ID, cluster nodes, app licences and test licences
install-note-confluence-not-read = { $reason }: Confluence runs with the Server ID kept in its database (table BANDANA), which was not compared with the one in confluence.cfg.xml shown here
install-note-confluence-failed = { $failure }; the Server ID shown is the one in confluence.cfg.xml, and Confluence runs with the one in its database
install-note-confluence-no-server-id-row = { $place } has no confluence.server.id row in BANDANA: the Server ID in confluence.cfg.xml is used
install-note-confluence-server-ids-disagree = confluence.cfg.xml says { $file } ({ $file_source }), but the database says { $database }: Confluence runs with the database's, shown here; the file's is left over from another installation (a restored or copied database)
install-note-jira-app-licences-failed = the app licences could not be read: { $failure }
# One other node of the cluster in a list: its node id, label and host.
diagnose-other-cluster-node = node { $node } ({ $label } on { $host })
diagnose-note-other-cluster-nodes = The Server ID { $server_id } is also recorded for other nodes of this Data Center cluster: { $others }. Every node of a cluster has the cluster's Server ID; this is one installation, not a cloned instance.
diagnose-note-server-id-not-enforced-for-test = The key { $sen } is a test licence, issued for the Server ID { $expected }; the installation's is { $installation }. Test licences are not bound to a Server ID, so this is not a mismatch.
# The installation's line for a Data Center node: its node id, the cluster it belongs to (a
# shared home or a cluster name) and where that was read.
diagnose-cli-cluster-node = Cluster node:
diagnose-cli-cluster-node-value = { $node } (cluster { $cluster }, from { $source })
# The Diagnose page: the label of the line naming a Data Center node.
diagnose-cluster-node-label = Cluster node
install-note-jira-app-licence-sql = Jira keeps its app (Marketplace) licences in the database too; to list them, run: { $sql }
## Lifecycle: end of Data Center overview and cut-off reminders

eodc-title = End of Data Center
eodc-intro = Every Data Center licence that is not archived, by organisation, with what each cut-off date means for it and what to decide. The nearest decision comes first.
eodc-cutoffs-heading = Cut-off dates
eodc-cutoffs-shipped = These are the dates of the cut-off table shipped with licensedesk.
eodc-cutoffs-imported = These are the dates of the cut-off table { $by } imported on { $date }.
eodc-col-event = Cut-off
eodc-col-date = Date
eodc-col-source = Source
eodc-col-licence = Licence
eodc-col-product = Product
eodc-col-tier = Tier
eodc-col-licence-expiry = Licence expiry
eodc-col-support-expiry = Support expiry
eodc-col-meaning = What the cut-offs mean, and what to decide
eodc-event-server-support-end = End of Server support
eodc-event-dc-new-subscriptions-end = End of new Data Center subscriptions
eodc-event-dc-last-purchase = Last purchases and tier changes
eodc-event-dc-end-of-life = End of life of Data Center
eodc-source = Source: { $who }
eodc-download-csv = Download as CSV
eodc-empty = No Data Center licence is in use: there is nothing to decide.
eodc-no-organisation = No organisation recorded
eodc-group-count = { $count ->
    [one] 1 licence
   *[other] { $count } licences
}
eodc-next-decision = Next decision by { $date }
eodc-nothing-ahead = Every cut-off date has passed.
eodc-no-cutoff = No cut-off date of the table applies to this licence.
eodc-line-new-subscriptions-ahead = New Data Center subscriptions end on { $date }: a subscription that lapses after that date cannot be bought again.
eodc-line-new-subscriptions-ended = New Data Center subscriptions ended on { $date }: a lapsed subscription cannot be bought again, so do not let it lapse.
eodc-line-lapsed = The subscription lapsed on { $lapsed }, after new Data Center subscriptions ended on { $date }: it cannot be bought again.
eodc-line-last-purchase-ahead = Tier changes and last purchases end on { $date }: decide the final tier before then.
eodc-line-last-purchase-passed = Tier changes and last purchases ended on { $date }: the tier is final.
eodc-line-renews = The subscription renews on { $renews }; a renewal past { $date } (end of life) is not possible.
eodc-line-end-of-life-ahead = Data Center reaches its end of life on { $date }: decide where this product goes before then.
eodc-line-end-of-life-passed = Data Center reached its end of life on { $date }.
eodc-line-support-end-ahead = Support ends on { $date }: you keep using the product, but versions released after this date will not accept the licence.
eodc-line-support-end-passed = Support ended on { $date }: versions released after this date do not accept the licence.
eodc-mail-heading = What the end of Data Center means for this licence:
eodc-mail-source = Source: { $who }, { $url }
eodc-reminder-subject = { $event } on { $date }: { $days ->
    [one] in 1 day
   *[other] in { $days } days
}
eodc-reminder-what-server-support-end = Support for Server licences ends on { $date }: versions released after this date will not accept them.
eodc-reminder-what-dc-new-subscriptions-end = New Data Center subscriptions end on { $date }: after that date, a subscription that lapses cannot be bought again.
eodc-reminder-what-dc-last-purchase = Tier changes and last purchases of Data Center end on { $date }: customers decide their final tiers before then.
eodc-reminder-what-dc-end-of-life = Data Center reaches its end of life on { $date }: no subscription runs past it, and each product needs its next home before then.
eodc-reminder-licences = { $count ->
    [one] One Data Center licence in use is concerned. The overview lists it, with what to decide:
   *[other] { $count } Data Center licences in use are concerned. The overview lists them, with what to decide:
}
eodc-reminder-why = You receive this as an administrator of the portal. Administrators are reminded { $schedule } days before each Data Center cut-off date.
people-mail-kind-cutoff-reminder = Data Center cut-off reminder
eodc-reminders-cli-line = { $event } on { $date }: administrators' reminder, { $days ->
    [one] 1 day before
   *[other] { $days } days before
}, { $mails ->
    [one] 1 mail
   *[other] { $mails } mails
}
# A field an import's preview lists when it changes.
import-field-kind = kind of licence

## Lifecycle: eligibility of products a licence does not cover, and of bug-fix releases
lifecycle-not-covered = This licence does not cover { $product }: it is a licence for { $covered }, and no version of { $product } accepts it.
lifecycle-later-fix = The release table knows { $product } { $feature }, released on { $released }, before the support expiry { $support }; the bug-fix release { $version } came out later, maybe after that date, when it will not accept the licence. Check the release date of { $version } in its release notes.

## Organisations: customer companies, their managers and consultants
organisation-read-only = Your access to this organisation is read-only: you may look, not change.

## Organisations — co-term planner
org-coterm-title = Co-term planner: { $organisation }
org-coterm-intro = Atlassian co-terms licences by renewing each for a whole number of months, counted from its previous support expiry (not from today), so that all their support periods end on one common date.
org-coterm-until-label = Common support end date
org-coterm-until-hint = Proposed: { $date }, the latest support expiry among these licences, so that no licence's support is shortened.
org-coterm-show = Show the plan
org-coterm-download-csv = Download as CSV
org-coterm-col-licence = Licence
org-coterm-col-sen = SEN
org-coterm-col-expiry = Support expires
org-coterm-col-months = Months
org-coterm-col-new-expiry = New support expiry
org-coterm-col-note = Note
org-coterm-note-exact = Renew { $months ->
    [one] 1 month
   *[other] { $months } months
}: { $from } → { $until }
org-coterm-note-short = Ends { $from }: no whole number of months reaches { $target }; the nearest is { $until } ({ $months ->
    [one] 1 month
   *[other] { $months } months
}), { $days ->
    [one] 1 day
   *[other] { $days } days
} short.
org-coterm-note-on-target = Already ends on the target date: nothing to renew.
org-coterm-note-after-target = Already ends after the target date: nothing to renew.
org-coterm-note-within-a-month = Ends { $days ->
    [one] 1 day
   *[other] { $days } days
} before the target date: less than a month, nothing to renew.
org-coterm-note-too-far = Too far: at most { $max } months per renewal.
org-coterm-left-out-heading = Left out of the plan
org-coterm-left-out-evaluation = Evaluation licence: evaluations are extended, not renewed.
org-coterm-left-out-test = Test licence: it has no paid support to renew.
org-coterm-left-out-developer = Developer licence: its support follows its production licence.
org-coterm-left-out-archived = Archived.
org-coterm-left-out-no-support-expiry = No support expiry to count a renewal from.
org-coterm-empty = This organisation has no licence to co-term.
org-coterm-create = Create renewal orders…
org-coterm-read-only = Your access to this organisation is read-only: you see the plan, its managers order it.
org-coterm-confirm-title = Create { $count ->
    [one] 1 renewal order
   *[other] { $count } renewal orders
}?
org-coterm-confirm-intro = These renewal orders will be created for { $organisation }, each moving a licence's support expiry to its new date towards { $target }:
org-coterm-confirm-button = Create the renewal orders
org-coterm-nothing-to-order = No licence of this plan has a whole-month renewal: there is nothing to order.
org-coterm-flash-created = { $count ->
    [one] 1 renewal order created.
   *[other] { $count } renewal orders created.
}
## Organisations — the partner dashboard and the monthly reports
org-dash-nav = Dashboard
org-dash-title = Partner dashboard
org-dash-all = All organisations
org-dash-intro = The licences of each organisation on { $date }, counted by state. Each figure leads to the licences it counts. Archived licences are not counted.
org-dash-empty = No organisations to show.
org-dash-col-organisation = Organisation
org-dash-col-next-renewal = Next renewal
org-dash-col-report = Monthly report
org-dash-col-sen = SEN
org-dash-col-product = Product
org-dash-col-name = Licence
org-dash-col-why = Why
org-dash-state-active = Active
org-dash-state-expiring = Support ends within 90 days
org-dash-state-support-expired = Support expired
org-dash-state-evaluation = Evaluations
org-dash-state-test = Test licences
org-dash-state-single-contact = One contact or none
org-dash-state-primary-inactive = Primary contact inactive
org-dash-state-no-billing = No billing contact
org-dash-no-organisation = No organisation
org-dash-total = Total
org-dash-report-link = Report
org-dash-warnings-heading = Bus-factor warnings
org-dash-licence-count = { $count ->
    [one] 1 licence
   *[other] { $count } licences
}
org-dash-no-warning = No licence carries this warning.
org-dash-more = and { $count } more
org-dash-why-single-contact = only contact: { $email }
org-dash-why-no-contact = no contact at all
org-dash-why-disabled = primary { $role ->
    [billing] billing contact
   *[technical] technical contact
} { $email } is disabled
org-dash-why-not-since = primary { $role ->
    [billing] billing contact
   *[technical] technical contact
} { $email } has not signed in since { $date }
org-dash-why-never = primary { $role ->
    [billing] billing contact
   *[technical] technical contact
} { $email } has never signed in (account made on { $date })
org-dash-why-no-billing = no billing contact
org-report-title = Monthly report of { $organisation }
org-report-dashboard-link = Dashboard of this organisation
org-report-is-on = The monthly report is on: the organisation's managers receive it by mail at the start of each month.
org-report-is-off = The monthly report is off: nobody receives it.
org-report-switch-legend = Monthly report by mail
org-report-switch-on = On
org-report-switch-off = Off
org-report-save = Save
org-report-bad-on = Choose on or off.
org-report-no-managers = This organisation has no managers: nobody receives the report until it has one.
org-report-queued = This month's report has been queued.
org-report-not-queued = This month's report has not been queued yet.
org-report-preview-heading = This month's report, as you would receive it
org-report-mail-kind = Monthly organisation report
org-report-mail-subject = { $organisation }: licence report for { $month }
org-report-mail-intro = The monthly report of the licences of { $organisation } for { $month }.
org-report-mail-expiring-heading = Support ending within the next 90 days:
org-report-mail-expiring-line = { $name }: support ends on { $date }
org-report-mail-expiring-none = No support ends within the next 90 days.
org-report-mail-changes-heading = What changed since { $date }:
org-report-mail-changes-none = Nothing changed.
org-report-change-added = Added: { $licence } ({ $product })
org-report-change-renewed = Renewed: { $licence } ({ $product }), support now ends on { $date }
org-report-change-archived = Archived: { $licence } ({ $product })
org-report-change-restored = Restored: { $licence } ({ $product })
org-report-change-contacts = Contacts changed: { $licence } ({ $product })
org-report-mail-warnings-heading = Bus-factor warnings:
org-report-mail-warning-line = { $state }: { $licence } ({ $product }): { $why }
org-report-mail-warnings-none = No warnings.
org-report-mail-dashboard = The dashboard of { $organisation }:
org-report-mail-why = You receive this as a manager of { $organisation }. An administrator or a manager can switch the monthly report off here:
org-report-cli-line = { $organisation }: monthly report for { $month }, { $mails ->
    [one] 1 mail
   *[other] { $mails } mails
}
audit-action-organisation-reports-on = Monthly organisation report switched on
audit-action-organisation-reports-off = Monthly organisation report switched off
## Organisations — the list by organisation
org-list-col-organisation = Organisation
org-list-organisation-on-key = Organisation on the key
org-list-organisation-label = Organisation
org-list-all-organisations = All organisations
org-list-no-organisation = No organisation
# An organisation number typed into a link that is none of the viewer's organisations.
org-list-unknown-organisation = Organisation no. { $id }
org-list-more-organisations = Only the first { $count } organisations by name are offered here: to list another organisation's licences, follow the link on its page or in the Organisation column.
org-list-filters-label = Filters
org-list-chip-organisation = Organisation: { $name }
org-list-chip-state = Showing: { $state }
org-list-remove-filter = Remove this filter
org-list-state-active = Active licences
org-list-state-expiring = Support ending within { $days } days
org-list-state-support-expired = Support expired
org-list-state-evaluation = Evaluations
org-list-state-test = Test licences
org-list-state-single-contact = One contact or none
org-list-state-primary-inactive = A primary contact disabled or not signed in for { $days } days
org-list-state-no-billing = No billing contact
org-list-group = Group by organisation
org-list-ungroup = Ungroup
org-list-group-count = { $count ->
    [one] 1 licence on this page
   *[other] { $count } licences on this page
}
org-list-no-match = No licences match these filters.
org-list-bad-organisation = The list can be filtered by an organisation's number, or by “none” for the licences of no organisation.
org-list-bad-state = The list can be filtered by these states: active, expiring, support-expired, evaluation, test, single-contact, primary-inactive, no-billing.
org-list-bad-group = The list can only be grouped by organisation.
## Organisations — managers and consultants
org-access-title = People of { $organisation }
org-access-lead = Besides the contacts of each licence, these people reach every licence of { $organisation }: its managers see and manage them; consultants read them until their access ends.
org-access-licences-link = The licences
org-access-managers-heading = Managers
org-access-managers-none = This organisation has no manager yet.
org-access-consultants-heading = Consultants
org-access-consultants-none = No consultant has been given access.
org-access-col-address = Address
org-access-col-since = Since
org-access-col-added-by = Added by
org-access-col-until = Last day
org-access-col-keys = Licence keys
org-access-col-granted-by = Granted by
org-access-col-state = State
org-access-col-actions = Actions
org-access-keys-with = with keys
org-access-keys-without = without keys
org-access-state-running = running
org-access-state-ended = ended
org-access-state-revoked = revoked
org-access-you = (you)
org-access-remove = Remove
org-access-revoke = Revoke
org-access-email-label = E-mail address
org-access-email-hint = An address without an account gets an invitation to choose a password.
org-access-language-label = Language of the invitation, should the address have no account yet
org-access-add-manager-heading = Add a manager
org-access-add-manager-button = Add manager
org-access-grant-heading = Give a consultant read-only access
org-access-until-label = Last day of access
org-access-until-hint = After today and at most { $days } days ahead. The access ends by itself when this day ends.
org-access-with-keys-label = Include the licence keys (without this, keys stay withheld)
org-access-grant-button = Grant access
org-access-read-only-note = Read-only access until { $date }, granted by { $actor }.
org-access-cancel = Cancel
org-access-remove-title = Remove a manager
org-access-remove-body = { $email } will no longer see or manage the licences of { $organisation } (unless they are a contact of some of them).
org-access-remove-button = Remove manager
org-access-revoke-title = Revoke a consultant's access
org-access-revoke-body = { $email } loses read access to the licences of { $organisation } at once. The managers are told by mail.
org-access-revoke-button = Revoke access
org-access-refused-title = Not possible
org-access-back = Back to the people of { $organisation }
org-access-already-manager = { $email } already manages this organisation.
org-access-account-disabled = The account { $email } is disabled; enable it first.
org-access-administrator = { $email } is an administrator and sees every organisation already.
org-access-already-granted = { $email } already has running access to this organisation; revoke it first to change it.
org-access-until-missing = Enter the last day of access as a date (YYYY-MM-DD).
org-access-until-not-after-today = The last day of access must be after today.
org-access-until-too-long = Access may run at most { $days } days: the last day can be { $latest } at the latest.
org-access-remove-last = Only an administrator may remove the last manager of an organisation.
org-access-remove-yourself = You cannot remove yourself as a manager; ask another manager or an administrator.
org-access-not-a-manager = This account does not manage the organisation.
org-access-revoke-not-running = This access has already ended.
org-access-key-withheld = Key withheld: your access does not include keys.
org-access-download-withheld = Your access to this organisation does not include licence keys.
org-access-reminders-cli-ended = { $count ->
    [one] The access of 1 consultant ended; the managers of its organisation were told.
   *[other] The access of { $count } consultants ended; their organisations' managers were told.
}
org-access-mail-kind = Organisation access
org-access-mail-invitation-reason = { $actor } gave you { $role ->
        [manager] the management of
       *[consultant] read-only access to
    } the licences of { $organisation }.
org-access-mail-people-link = The organisation's managers and consultants:
org-access-mail-licences-link = The licences:
org-access-mail-started-subject = A consultant may now read the licences of { $organisation }
org-access-mail-started-body = { $actor } gave { $consultant } read-only access to the licences of { $organisation } until { $until } (the last day), { $keys ->
        [with] with
       *[without] without
    } the licence keys.
org-access-mail-granted-subject = Read-only access to the licences of { $organisation }
org-access-mail-granted-body = { $actor } gave you read-only access to the licences of { $organisation } until { $until } (the last day), { $keys ->
        [with] with
       *[without] without
    } the licence keys.
org-access-mail-manager-subject = You now manage the licences of { $organisation }
org-access-mail-manager-body = { $actor } made you a manager of { $organisation }: you see and manage every licence of it.
org-access-mail-ended-subject = Access of { $consultant } to { $organisation } ended
org-access-mail-ended-body = The read-only access of { $consultant } to the licences of { $organisation } has ended.
audit-action-organisation-manager-added = Organisation manager added
audit-action-organisation-manager-removed = Organisation manager removed
audit-action-organisation-access-granted = Consultant access granted
audit-action-organisation-access-revoked = Consultant access revoked
audit-action-key-viewed = Licence key shown to a consultant
## Organisations — organisations themselves
org-title = Organisations
org-nav-organisations = Organisations
org-none = You have no organisations to look after. An administrator or a manager of an organisation can give you access.
org-none-yet = No organisations yet. Licences bring theirs with their keys, or create one below.
org-col-name = Organisation
org-col-licences = Licences
org-col-managers = Managers
org-no-managers = No managers
org-new-heading = New organisation
org-name-label = Name
org-create-button = Create organisation
org-name-blank = Enter a name.
org-name-too-long = A name has at most { $max } characters.
org-name-control = A name cannot contain control characters.
org-name-taken = An organisation with this name exists:
org-back-to-list = ← All organisations
org-licence-count = { $count ->
    [one] 1 licence
   *[other] { $count } licences
}
org-link-people = Managers and consultants
org-link-dashboard = Dashboard
org-link-coterm = Co-term planner
org-link-report = Monthly report
org-rename-heading = Rename
org-rename-button = Rename
org-merge-link = Merge into another organisation…
org-merge-title = Merge { $name }
org-merge-intro = Its licences and managers move to the organisation you choose, its consultants' access ends, and this organisation is removed.
org-merge-into-label = Merge into
org-merge-next = Continue
org-merge-no-other = There is no other organisation to merge into.
org-merge-into-itself = An organisation cannot be merged into itself.
org-merge-confirm = Merge { $from } into { $into }?
org-merge-licences = { $count ->
    [one] 1 licence moves
   *[other] { $count } licences move
}
org-merge-managers = { $count ->
    [one] 1 manager moves
   *[other] { $count } managers move
}
org-merge-grants = { $count ->
    [one] 1 running consultant access ends (grant it again on the merged organisation if it is still needed)
   *[other] { $count } running consultant accesses end (grant them again on the merged organisation if they are still needed)
}
org-merge-gone = { $name } is removed afterwards.
org-merge-button = Merge
org-cancel = Cancel
org-belongs-to = Belongs to
org-no-organisation = No organisation
org-move-label = Move to organisation
org-move-button = Move
org-unknown = Choose one of the organisations.
org-on-the-key = Organisation on the key
org-flash-created = Organisation created.
org-flash-renamed = Organisation renamed.
org-flash-merged = Organisations merged.
org-flash-licence-moved = The licence now belongs to another organisation.
org-import-column = Organisation
org-import-joins = joins { $name }
org-import-new = new organisation { $name }
audit-action-organisation-created = Organisation created
audit-action-organisation-renamed = Organisation renamed
audit-action-organisations-merged = Organisations merged
audit-action-licence-organisation-moved = Licence moved to another organisation
org-cli-unknown = No organisation has that number (see `licensedesk organisation list`).
org-cli-merged = { $from } merged into { $into }: { $count ->
    [one] 1 licence moved.
   *[other] { $count } licences moved.
}

## Automation: the JSON API and its tokens

audit-action-api-token-created = API token created
audit-action-api-token-revoked = API token revoked
api-token-missing = Send a personal access token: Authorization: Bearer ldpat_… (make one on your account page).
api-token-invalid = That token is not one of ours: mistyped, cut short, or never made here.
api-token-expired = That token expired on { $date }. Make a new one on your account page.
api-token-revoked = That token was revoked. Make a new one on your account page.
api-token-account-disabled = The account this token belongs to is disabled.
api-token-read-only = This token may only read. Make a token with the write scope to change anything.
api-not-found = Nothing is here, or nothing this token may see.
api-method-not-allowed = This address does not take that method. It takes: { $allow }.
api-too-large = The request body is too large: at most { $limit } bytes here.
api-json-required = Send the body as JSON, with Content-Type: application/json.
api-bad-json = The body is not the JSON this address takes: { $reason }
api-json-object = the body is one JSON object, its fields named.
api-token-organisation-out-of-reach = This token is narrowed to an organisation its account no longer reaches (a grant ended, or a manager was removed). Make a new token.
api-bad-dry-run = dry_run is true or false.
api-invalid = { $count ->
    [one] One field was refused: see errors.
   *[other] { $count } fields were refused: see errors.
}
api-401-title = Token needed
api-404-title = Not found
api-422-title = Refused

## Automation — personal access tokens

token-heading = API tokens
token-intro = A token lets a script or a monitoring host use the JSON API as you, with your rights, narrowed to reading or to one organisation if you choose. Treat it like a password.
token-none = You have no API tokens.
token-col-name = Name
token-col-scope = Scope
token-col-organisation = Licences
token-col-created = Created
token-col-expires = Expires
token-col-last-used = Last used
token-col-state = State
token-col-actions = Actions
token-scope-read = read
token-scope-write = read and write
token-all-visible = all you can see
token-never = never
token-state-live = live
token-state-expired = expired
token-state-revoked = revoked
token-revoke-button = Revoke
token-new-heading = New token
token-name-label = Name
token-name-hint = What uses it, for example "Nagios on monitor-01".
token-scope-label = Scope
token-scope-read-option = Read: list and show licences
token-scope-write-option = Read and write: also change what you may change on the web
token-organisation-label = Licences
token-organisation-all = All licences you can see
token-days-label = Lifetime in days
token-days-hint = 1 to 366 days; 90 when left blank.
token-create-button = Create token
token-name-missing = Give the token a name.
token-name-too-long = A token's name is at most 80 characters.
token-name-unprintable = The name holds a control character; type it again.
token-days-invalid = Enter a whole number of days from 1 to 366.
token-organisation-unknown = Choose one of your organisations, or all licences you can see.
token-made-heading = Token { $name } created
token-secret-label = Your new token
token-made-copy = Copy it now: it is not shown again.
token-made-example = For example:
token-revoke-title = Revoke token { $name }?
token-revoke-body = Scripts using it stop working at once.
token-revoke-confirm = Revoke token
token-cancel = Cancel
token-flash-revoked = Token revoked. Scripts using it are refused from now on.
token-cli-no-account = No account has the address { $email }.
token-cli-disabled = The account { $email } is disabled.
token-cli-organisation-unknown = No organisation is named or numbered { $organisation } (see `licensedesk organisation list`).
token-cli-organisation-not-reached = { $email } neither manages that organisation nor holds running access to it.
token-cli-created = Token { $id } ({ $name }) created for { $email }; it expires on { $expires } (UTC).
token-cli-none = No tokens.
token-cli-col-id = Number
token-cli-col-account = Account
token-cli-all = all the account sees
token-cli-not-found = { $email } has no running token numbered { $id } (see `licensedesk token list`).
token-cli-revoked = Token { $id } of { $email } revoked.
## Automation — role mailboxes
mailbox-heading = Role mailboxes
mailbox-intro-organisation = These shared addresses receive the reminders and notices of { $organisation } without being accounts: support and evaluation reminders, changes of the licences' contacts, and the monthly report.
mailbox-intro-portal = These shared addresses receive the reminders of every licence and the Data Center cut-off reminders, without being accounts.
mailbox-none = No role mailboxes yet.
mailbox-col-address = Address
mailbox-col-language = Language
mailbox-col-added = Added by
mailbox-remove-link = Remove
mailbox-add-heading = Add a role mailbox
mailbox-address-label = Address
mailbox-address-hint = A shared address such as licences@customer.example. It does not become an account and signs in nowhere.
mailbox-language-label = Language of its mails
mailbox-add-button = Add mailbox
mailbox-already = { $address } is a role mailbox here already.
mailbox-language-unknown = Choose one of the four languages.
mailbox-remove-title = Remove a role mailbox
mailbox-remove-body-organisation = { $address } will no longer receive the reminders and notices of { $organisation }.
mailbox-remove-body-portal = { $address } will no longer receive the portal's reminders.
mailbox-remove-button = Remove mailbox
mailbox-cancel = Cancel
mailbox-read-only = Only an administrator or a manager of the organisation changes its role mailboxes.
mailbox-mail-reminder-why-organisation = This address receives the reminders of { $organisation } as one of its role mailboxes. Reminders are sent { $schedule } days before.
mailbox-mail-reminder-why-portal = This address receives the portal's reminders as one of its role mailboxes. Reminders are sent { $schedule } days before.
mailbox-mail-cutoff-why = This address receives the portal's reminders as one of its role mailboxes. They are sent { $schedule } days before each Data Center cut-off date.
mailbox-mail-contacts-subject = Contacts of { $licence } changed
mailbox-mail-contact-added = For your records: { $actor } added { $email } as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }).
mailbox-mail-contact-removed = For your records: { $actor } removed { $email } as a { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }).
mailbox-mail-primary-changed = For your records: { $actor } made { $email } the primary { $role ->
        [technical] technical
       *[billing] billing
    } contact of the licence { $licence } ({ $name }).
mailbox-mail-contacts-why = This address receives the notices of { $organisation } as one of its role mailboxes.
mailbox-mail-report-why = This address receives the monthly report of { $organisation } as one of its role mailboxes. An administrator or a manager can switch the report off here:
mailbox-cli-added = { $address } now receives the mails of { $owner }.
mailbox-cli-removed = { $address } no longer receives the mails of { $owner }.
mailbox-cli-portal = the portal
mailbox-cli-none = No role mailboxes.
mailbox-cli-not-found = No role mailbox with that address here (see `licensedesk organisation mailbox list`).
audit-action-mailbox-added = Role mailbox added
audit-action-mailbox-removed = Role mailbox removed
## Automation — calendar feed and auditor exports
feed-heading = Calendar feed
feed-intro = A calendar feed puts the support end, the licence expiry and the evaluation end of every licence you can see into your calendar program, with reminders at the portal's reminder thresholds. Its address is secret: anyone who has it sees these dates.
feed-none = You have no calendar feed.
feed-active = Your calendar feed was made on { $date }. Its address was shown once, when it was made.
feed-create = Create a calendar feed
feed-regenerate = Make a new address
feed-regenerate-hint = A new address replaces the old one, which stops working at once.
feed-revoke = End the calendar feed
feed-created-title = Your calendar feed
feed-created-lead = This is the address of your calendar feed. It is shown only now: copy it into your calendar program. If you lose it, make a new address.
feed-url-label = Feed address
feed-how-heading = How to subscribe
feed-how-thunderbird = Thunderbird: in the calendar, choose New Calendar, then On the Network, paste the address as the location and confirm.
feed-how-outlook = Outlook: choose Add calendar, then Subscribe from web (From Internet in the desktop program), paste the address and confirm.
feed-how-refresh = Calendar programs fetch the feed again every few hours; new licences and changed dates appear then.
feed-back = Back to your account
feed-revoke-title = End the calendar feed?
feed-revoke-body = The feed's address stops working at once. Calendars subscribed to it keep the dates they already fetched but get no new ones.
feed-revoke-button = End the feed
feed-cancel = Cancel
feed-flash-revoked = Your calendar feed has ended.
feed-calendar-name = { $portal } ({ $host }): licences of { $account }
feed-event-support = Support ends: { $licence }
feed-event-licence = Licence expires: { $licence }
feed-event-evaluation = Evaluation ends: { $licence }
feed-licence = { $product }: { $name } ({ $sen })
feed-licence-no-sen = { $product }: { $name }
feed-description-organisation = Organisation: { $organisation }
feed-description-no-organisation = Organisation: none
feed-description-link = Licence page: { $url }
feed-alarm = { $days ->
    [one] In 1 day: { $what }
   *[other] In { $days } days: { $what }
}
audit-action-calendar-feed-created = Calendar feed created
audit-action-calendar-feed-regenerated = Calendar feed address replaced
audit-action-calendar-feed-revoked = Calendar feed ended
feed-audit-download = Download these entries as CSV
feed-audit-download-hint = The file holds the entries the filters find, newest first, at most { $max }.
feed-orders-download = Download these orders as CSV
feed-orders-download-hint = Every order you can see here, newest first (at most { $max }).
## Automation — webhooks
hook-title = Webhooks
hook-intro = A webhook tells another system (a chat channel, a ticket system, your own service) of events in the portal, by an HTTPS request signed with its secret. A webhook of an organisation is told of that organisation's licences; one for the whole portal of every event.
hook-empty = No webhooks yet.
hook-col-url = Address
hook-col-format = Format
hook-col-scope = For
hook-col-events = Events
hook-col-created = Queued
hook-col-event = Event
hook-col-state = State
hook-col-attempts = Attempts
hook-col-last-error = Last error
hook-col-actions = Actions
hook-scope-portal = The whole portal
hook-format-json = Generic JSON
hook-format-slack = Slack
hook-format-teams = Microsoft Teams
hook-event-support-expiring = Support expiring
hook-event-licence-expired = Licence expired
hook-event-evaluation-ending = Evaluation ending
hook-event-primary-changed = Primary contact changed
hook-event-import-applied = Import applied
hook-event-diagnosis-findings = Diagnosis with findings
hook-event-test = Test event
hook-new-heading = New webhook
hook-field-url = Address (http:// or https://)
hook-field-format = Format
hook-field-scope = Organisation
hook-field-events = Events
hook-create = Create webhook
hook-form-invalid = The webhook was not created: correct the fields marked below.
hook-error-url-empty = Enter the address the events are posted to.
hook-error-url-too-long = The address is longer than 2,000 characters.
hook-error-url-scheme = The address must start with http:// or https://.
hook-error-url-no-host = The address names no host.
hook-error-url-credentials = The address must not carry a user name or password: the receiver checks the signature instead.
hook-error-url-characters = The address must not contain spaces or control characters.
hook-error-format = Choose one of the formats.
hook-error-organisation = Choose an organisation from the list, or the whole portal.
hook-error-events = Choose at least one event.
hook-page-title = Webhook { $id }
hook-language = Language of its texts
hook-created = Created
hook-secret = Signing secret
hook-secret-hint = Every delivery carries the header X-Licensedesk-Signature: sha256= followed by the hexadecimal HMAC-SHA256 of the request body, keyed with this secret. The receiver computes the same and drops requests that differ.
hook-send-test = Send a test event
hook-delete = Delete
hook-delete-title = Delete webhook { $id }?
hook-delete-question = { $url } will no longer be told of events. Its deliveries not yet made are dropped; those made stay listed.
hook-delete-confirm = Delete the webhook
hook-cancel = Cancel
hook-back = Back to the webhooks
hook-deliveries-heading = Latest deliveries
hook-deliveries-empty = No deliveries yet.
hook-air-gapped = Deliveries wait in the outbox until the server reaches their address, and are tried again after 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours before they fail. On a site without a network they stay queued.
hook-retry = Send again
hook-retry-refused = This delivery has not failed, or its webhook was deleted: there is nothing to send again.
hook-text-support-expiring = Support of { $licence } ends in { $days ->
    [one] 1 day
   *[other] { $days } days
}, on { $date }.
hook-text-evaluation-ending = The evaluation { $licence } ends in { $days ->
    [one] 1 day
   *[other] { $days } days
}, on { $date }.
hook-text-licence-expired = The licence { $licence } expired on { $date }.
hook-text-primary-technical = { $person } is now the primary technical contact of { $licence }.
hook-text-primary-billing = { $person } is now the primary billing contact of { $licence }.
hook-text-import-applied = An import added { $added }, updated { $updated } and skipped { $skipped } licences.
hook-text-diagnosis-findings = A diagnosis of Server ID { $server } found: { $findings }.
hook-text-test = A test event from licensedesk: this webhook is reached.
audit-action-webhook-created = Webhook created
audit-action-webhook-deleted = Webhook deleted
audit-action-webhook-tested = Webhook test event sent
audit-action-webhook-delivery-requeued = Webhook delivery queued again
hook-enabled = Active
hook-paused = Paused
hook-pause = Pause
hook-resume = Resume
hook-error-enabled = The form did not say whether to pause or resume the webhook.
audit-action-webhook-enabled = Webhook resumed
audit-action-webhook-disabled = Webhook paused

## Automation — the API's contacts, orders, installations and audit log

api-people-409-title = Not possible now
api-people-audit-narrowed = A token narrowed to an organisation cannot read the whole audit log. Use an administrator's token without an organisation.

## Automation — check
# The monitoring check's status line and lines (`licensedesk check`). OK, WARNING, CRITICAL and
# UNKNOWN, and the perfdata labels, are words of the plugin protocol and stay as they are.
check-cli-nothing-ends = { $count ->
    [one] 1 licence checked
   *[other] { $count } licences checked
}, nothing ends within { $days ->
    [one] 1 day
   *[other] { $days } days
}
check-cli-attention = { $count ->
    [one] 1 licence needs attention
   *[other] { $count } licences need attention
}: { $list }
check-cli-summary-item = { $licence } { $ending }
check-cli-and-more = and { $count } more
check-cli-licence-with-sen = { $product } ({ $sen })
check-cli-licence-without-sen = { $product } (licence { $id })
check-cli-line = { $licence }, { $organisation }: { $endings }
check-cli-line-no-organisation = { $licence }: { $endings }
check-cli-ending-on = { $ending } ({ $date })
check-cli-licence-ends = licence expires { $days ->
    [0] today
    [one] in 1 day
   *[other] in { $days } days
}
check-cli-licence-ended = licence expired { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
check-cli-support-ends = support ends { $days ->
    [0] today
    [one] in 1 day
   *[other] in { $days } days
}
check-cli-support-ended = support ended { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
check-cli-evaluation-ends = evaluation ends { $days ->
    [0] today
    [one] in 1 day
   *[other] in { $days } days
}
check-cli-evaluation-ended = evaluation ended { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
check-cli-unknown-organisation = no organisation is named or numbered “{ $organisation }” (see `licensedesk organisation list`)
check-cli-malformed-sen = “{ $sen }” is not a SEN (SEN- followed by letters and digits)
check-cli-unknown-sen = no licence has the SEN { $sen }
check-cli-critical-after-warning = --critical ({ $critical }) must not be more than --days ({ $days })
check-cli-too-many-days = { $days } days is more than a threshold may be (at most { $max })
check-cli-bad-arguments = { $error } (see `licensedesk check --help`)
check-cli-no-database = no database in { $path } (give --data-dir the portal's data directory)
check-cli-cannot-read = cannot read the database { $path }: { $error }
check-cli-failed = the check failed: { $error }
check-cli-no-token = --url needs a personal access token: give --token or set LICENSEDESK_TOKEN
check-cli-bad-url = “{ $url }” is not a portal address (http:// or https://)
check-cli-unreachable = cannot reach { $url }: { $error }
check-cli-token-refused = the token was refused ({ $status }): { $detail }
check-cli-http-status = the portal answered { $status }: { $detail }
check-cli-not-a-report = the answer from { $url } is not a check report
check-api-days = A whole number of days from 0 to { $max }.

## Automation — the API's import, export and diagnosis
api-data-bad-flag = { $name } is true or false.
api-data-import-narrowed = A token limited to one organisation does not import: what an import adds joins the organisation its key names. Use a token for everything your account sees.
api-data-import-content-type = Send the keys as the body with Content-Type: text/plain, or the portal's own export with text/csv or application/json.
api-data-diagnose-content-type = Send the installation's text as JSON ({"{"}"text": "…"{"}"}, Content-Type: application/json), or a support zip with Content-Type: application/zip.

## Automation — the API's licence changes
api-lic-outside-organisation = This key names the organisation “{ $named }”, so the licence would not belong to { $organisation }, the only organisation this token reaches. Add it with a token that is not limited to one organisation.
api-lic-amount-malformed = Give the amount as a string of digits with a point before at most two decimals, like "1200" or "1200.50".

## Diagnose on the web, recorded installations, reminders' address and mail wording
# The Diagnose page's words where the command line's name its options.
diagnose-page-advice-server-id-mismatch = Keep using the key: no new key is needed. Update the Server ID on record to the installation's with the Update button on this page; the old value stays in the licence's Server ID history.
diagnose-page-advice-key-not-in-inventory = Add the key on the Import page so that the portal knows this licence.
diagnose-page-advice-no-licence = Apply a licence in the product's administration. If the product keeps its licence in a database that could not be read, run the SQL shown and paste the key in the field under the queries.
diagnose-page-advice-cannot-tell = Run the SQL shown on the product's database and paste its answers in the fields under the queries.
diagnose-page-note-no-server-id = The installation's Server ID could not be read, so no Server ID was compared; type it in the Server ID field and diagnose again.
install-page-note-bitbucket-no-jdbc-url = { $file } has no jdbc.url: Bitbucket then runs on its embedded H2 database, which cannot be read while Bitbucket runs; type the Server ID from Administration > Licensing in the Server ID field, or run by hand: { $sql }
install-page-note-bitbucket-not-read = { $reason }: Bitbucket keeps its Server ID in the database; type it in the Server ID field (Bitbucket shows it under Administration > Licensing)
install-page-note-failed-ask-server-id = { $failure }; type the Server ID in the Server ID field
install-page-note-jira-no-jdbc-url = { $file } has no jdbc-datasource/url: the database holding Jira's Server ID and licences is unknown; type the Server ID in the Server ID field (Jira shows it under Administration > System > System info)
install-page-note-jira-not-read = { $reason }: Jira keeps its Server ID and licences in the database; type the Server ID in the Server ID field (Jira shows it under Administration > System > System info)
install-page-note-fisheye-no-server-id = Fisheye/Crucible does not keep its Server ID in config.xml; read it from Administration > System Settings > System Info and type it in the Server ID field
install-page-found-backup-no-server-id = { $file } holds no jira.sid.key property, so this backup does not say the Server ID; read it in Jira under Administration > System > System info and type it in the Server ID field
install-page-not-connecting = the database was not read (the Diagnose page never connects to one)
# Recording an installation from the Diagnose page.
diagnose-record-legend = Record this installation
diagnose-record-label = Record it in the portal
diagnose-record-hint = Listed under "Installed at" on the licences it runs. Only installations of licences you may change can be recorded.
diagnose-record-name-label = Label
diagnose-record-name-hint = A name for the installation, such as "wiki production". Recording the same label and host again replaces the earlier record.
diagnose-record-host-label = Host (optional)
diagnose-record-host-hint = The machine it runs on, such as web01.example.com.
diagnose-record-label-missing = Give the installation a label to record it.
diagnose-record-text-invalid = At most { $max } characters, without line breaks.
diagnose-record-no-licence = Nothing was recorded: none of the installation's keys is a licence you may change.
diagnose-record-not-yours = Nothing was recorded: the installation runs a licence you may only read.
diagnose-record-label-taken = Another recorded installation has this label on this host; choose another label.
diagnose-recorded = Recorded as “{ $label }” on { $host }.
# Deleting a recorded installation.
installation-none = —
installation-read-only = You may read this installation's licences, not change them, so you cannot delete it.
installation-deleted = The installation was deleted.
installation-delete-title = Delete the recorded installation?
installation-delete-question = “{ $label }” on { $host } ({ $product }, Server ID { $server_id }) is removed from the list of installations.
installation-delete-recorded = Recorded on { $date } by { $by }.
installation-delete-licences = It is no longer listed under "Installed at" on:
installation-delete-keeps = The licences themselves do not change. Recording the installation again (Diagnose page, or the command line) lists it again.
installation-delete-button = Delete installation
installation-cancel = Cancel
installation-column-actions = Actions
installation-delete-link = Delete…
installation-delete-named = Delete the installation “{ $label }”
audit-action-instance-recorded = Installation recorded
audit-action-instance-deleted = Installation deleted
# Mail: a licence named once, with its product only when its name does not say it.
mail-product-and-name = { $product }, { $name }
mail-licence-with-sen = { $name } ({ $sen })
reminders-cli-no-base-url = No --base-url given, and no server has stored its address in this data directory yet: the links in the mails lead to { $url }.
## Accounts — consolidation in the navigation, sign-in and invitations, import previews
nav-consolidate = Consolidate
people-plan-heading = { $product }: { $name }
people-plan-heading-sen = { $product }: { $name } ({ $sen })
people-request-waiting-for-you = Waiting for you to accept, until { $date }.
sign-in-account-disabled = This account is disabled. Ask an administrator of this portal to enable it again.
invitation-name-hint = How others see you in the portal and in its mail.
import-where-pasted = In the pasted text
import-where-pasted-line = Line { $line } in the pasted text
import-where-pasted-reference = { $reference } in the pasted text
import-where-file-line = { $file }, line { $line }
## Administration — accounts on the web, the outbox as a zip, the audit log's changes
admin-invite-heading = Invite a user
admin-invite-hint = The invitation goes to the outbox with a link to choose a password; the link works once, for 7 days.
admin-invite-email = E-mail address
admin-invite-name = Name (optional)
admin-invite-language = Language of the invitation
admin-invite-admin = Administrator (sees and changes every licence and account)
admin-invite-button = Send the invitation
admin-invite-taken = { $email } already has an account.
admin-flash-user-invited = The user is invited: the invitation is in the outbox.
admin-reset-link-button = Send reset link
admin-reset-link-title = Reset link for { $email }
admin-reset-link-refused = Only an active account can be sent a password-reset link; this one is { $state ->
        [invited] invited: re-send its invitation instead
       *[disabled] disabled
    }.
admin-flash-reset-link-sent = A password-reset link is in the outbox; it works once, for one hour.
admin-role-make-link = Make administrator
admin-role-remove-link = Remove administrator
admin-role-make-title = Make { $email } an administrator?
admin-role-remove-title = Remove administrator rights from { $email }?
admin-role-make-body = { $email } will see and change every licence and account, read the audit log and the outbox, and can make others administrators.
admin-role-remove-body = { $email } will see only the licences on which they are a contact, and no longer the administration pages. Nothing else about the account changes.
admin-role-remove-yourself = This is your own account: the administration pages close for you as soon as you confirm.
admin-role-make-button = Make administrator
admin-role-remove-button = Remove administrator
admin-role-last-admin = { $email } is the last active administrator. Make another account an administrator first.
admin-role-choice-missing = The form did not say whether the account becomes an administrator. Use the button of the confirmation page.
admin-flash-admin-granted = The account is now an administrator.
admin-flash-admin-revoked = The account is no longer an administrator.
admin-audit-refused = Correct the filters marked above: nothing was searched.
admin-audit-added = added
admin-audit-removed = removed
admin-outbox-zip = { $count ->
        [one] Download the mail as an .eml file (zip)
       *[other] Download all { $count } mails as .eml files (zip)
    }
admin-outbox-zip-hint = At most { $max } mails in one download; choose a state to download fewer.
admin-outbox-zip-too-many = The outbox holds { $count } mails of this kind, more than one download takes ({ $max }). Choose a state to download fewer, or export them all on the server with: licensedesk outbox export DIR
audit-action-reset-link-sent = Password-reset link sent
audit-action-admin-granted = Made an administrator
audit-action-admin-revoked = Administrator rights removed
## A licence's details page and its actions
details-error-summary-title = { $n ->
    [one] There is a problem with one field:
   *[other] There are problems with { $n } fields:
}
details-confirm-subject = { $product } · { $name } · SEN { $sen }
details-gate-where-intro = Where each product shows its Server ID:
details-gate-where-jira = Jira: Administration › System › System information
details-gate-where-confluence = Confluence: Administration › General configuration › System information
details-gate-where-bitbucket = Bitbucket: Administration › Settings › Licensing
details-gate-where-bamboo = Bamboo: Administration › System › System information
details-gate-where-crowd = Crowd: Administration › Licensing
details-gate-where-fisheye = Fisheye and Crucible: Administration › Global settings › Licenses
details-gate-server-id-hint = The Server ID of the installation this key is for: four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W.
details-upgrade-unlimited = This licence is for unlimited users already: there is no higher user tier to upgrade to.
details-key-on-record = The key on record is for { $users } (the licence is for { $tier } now): add the upgraded key.
details-add-upgraded-key = Add the upgraded key
details-reason-evaluation = new evaluation
details-reason-by-hand = entered by hand
details-evaluation-dates-unusual = The evaluation's start and end dates are unusual: check them below.
details-developer-unknown-action = That is not something this page does.
details-developer-not-chosen = Choose a developer licence.
details-developer-not-developer = Only a developer licence can be linked to a production licence.
details-developer-already-linked = That developer licence is linked to a production licence already: unlink it there first.
details-developer-not-linked = That developer licence is not linked to this licence.
details-developer-link-title = Link a developer licence?
details-developer-unlink-title = Unlink the developer licence?
details-developer-link-intro = { $developer } will be linked to { $production }: its support expiry will follow the production licence's, and the production licence's contacts will become its contacts.
details-developer-unlink-intro = { $developer } will no longer be linked to { $production }. It keeps its support expiry and its contacts, and no longer follows the production licence's renewals.
details-developer-link-confirm = Link developer licence
details-developer-unlink-confirm = Unlink developer licence
details-developer-unlink-button = Unlink
details-developer-link-heading = Link a developer licence already here
details-developer-link-label = Developer licence
details-developer-link-hint = Developer licences that are linked to no production licence and that you may change.
details-developer-link-button = Link…
details-flash-developer-linked = The developer licence was linked.
details-flash-developer-unlinked = The developer licence was unlinked.
audit-action-developer-licence-unlinked = Developer licence unlinked
## The licences list — columns, sorting, open rows and the landing summary
list-col-state = State
list-col-open = Details
list-open-row = Show details of
list-close-row = Hide details of
list-state-active = Active
list-search-label = Find licences
list-empty-import = Import keys from files or paste them
list-empty-add = Add a licence by hand
list-summary-label = Your licences at a glance
list-summary-licences = { $count ->
    [one] You have one licence.
   *[other] You have { $count } licences.
}
list-summary-expiring = { $count ->
    [0] None has support ending within { $days } days.
    [one] One has support ending within { $days } days.
   *[other] { $count } have support ending within { $days } days.
}
list-summary-consolidations = { $count ->
    [one] One consolidation request waits for your answer.
   *[other] { $count } consolidation requests wait for your answer.
}
list-sorted-ascending = (sorted, first to last)
list-sorted-descending = (sorted, last to first)
list-compatibility = Compatibility
list-bad-sort = The list can be sorted by support expiry (soonest or latest first), product, organisation or SEN.
list-bad-open = The row to open is named by a licence's number.
list-compatibility-note = Runs { $product } { $version } and earlier releases (the latest in the release table made before its support ends), and includes { $tier }.
