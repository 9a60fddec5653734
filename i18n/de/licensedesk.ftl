# licensedesk: Deutsch. SEN und Server ID bleiben in jeder Sprache, wie sie sind.

## Die Seiten, die jeder Besucher sieht: Navigation, Anmeldung, Fehler, Import und Export

product-name = licensedesk
skip-to-content = Zum Inhalt springen
nav-licences = Lizenzen
nav-evaluations = Testlizenzen
nav-orders = Bestellungen
nav-import = Import
nav-diagnose = Diagnose
nav-admin = Administration
nav-signed-in-as = Angemeldet als
nav-sections-label = Bereiche
sign-out = Abmelden
sign-in-title = Anmelden
sign-in-button = Anmelden
email-label = E-Mail-Adresse
password-label = Passwort
stay-signed-in = Angemeldet bleiben
stay-signed-in-hint = 30 Tage lang in diesem Browser. An einem gemeinsam genutzten Computer nicht ankreuzen.
sign-in-failed = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.
sign-in-try-again-in = { $seconds ->
    [one] Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in { $seconds } Sekunden erneut.
}
signed-out = Sie sind abgemeldet.
setup-title = Administratorkonto anlegen
setup-intro = licensedesk wird zum ersten Mal ausgeführt. Das Konto, das Sie hier anlegen, verwaltet alle Lizenzen und Konten. Dieser Link funktioniert nur einmal.
setup-button = Administrator anlegen
name-label = Ihr Name
new-password-label = Neues Passwort
confirm-password-label = Passwort wiederholen
password-rules = Mindestens 12 Zeichen und höchstens 72 Byte (72 lateinische Buchstaben; Umlaute zählen doppelt). Einige Wörter hintereinander ergeben ein gutes Passwort.
passwords-differ = Die beiden Passwörter stimmen nicht überein.
password-too-short = Das Passwort ist zu kurz: Verwenden Sie mindestens 12 Zeichen.
password-too-long = Das Passwort ist zu lang: höchstens 72 Byte (ein Umlaut zählt doppelt, ein chinesisches oder japanisches Zeichen dreifach).
email-empty = Geben Sie eine E-Mail-Adresse ein.
email-malformed = Eine E-Mail-Adresse hat die Form name@example.com.
email-too-long = Diese E-Mail-Adresse ist zu lang: Eine Adresse hat höchstens 254 Byte.
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid-body = Er wurde bereits verwendet, ist abgelaufen oder war nie gültig. Bitten Sie einen Administrator um einen neuen.
reset-title = Neues Passwort wählen
reset-intro = Wählen Sie ein neues Passwort für { $email }. Alle anderen Sitzungen dieses Kontos werden beendet.
invitation-title = Willkommen bei licensedesk
invitation-intro = Sie wurden als { $email } eingeladen. Wählen Sie ein Passwort, um Ihr Konto zu aktivieren.
set-password-button = Passwort festlegen
password-set = Ihr Passwort ist festgelegt, und Sie sind angemeldet.
setup-done = Das Administratorkonto ist bereit, und Sie sind angemeldet.
licences-title = Lizenzen
licences-empty = Noch keine Lizenzen.
error-400-title = Diese Anfrage war nicht verständlich
error-400-one-host = eine HTTP/1.1-Anfrage enthält genau einen Host-Header
error-400-body-unreadable = der Inhalt der Anfrage konnte nicht gelesen werden: { $error }
error-400-both-framings = sowohl Transfer-Encoding als auch Content-Length
error-400-two-content-lengths = mehr als ein Content-Length-Header
error-400-two-transfer-encodings = mehr als ein Transfer-Encoding-Header
error-400-not-chunked = Transfer-Encoding muss genau „chunked“ sein
error-403-title = Nicht erlaubt
error-404-title = Seite nicht gefunden
error-404-body = Diese Seite existiert nicht, oder Sie haben keinen Zugriff darauf.
error-405-title = Hier nicht erlaubt
error-405-body = Diese Adresse existiert, aber nicht für diese Art von Anfrage (etwa die Adresse eines Formulars, als Seite geöffnet). Gehen Sie zurück und verwenden Sie die Schaltflächen der Seite.
error-408-title = Zu langsam
error-408-body = Ihre Daten kamen zu langsam an, und der Server hat aufgehört zu warten. Versuchen Sie es erneut.
error-413-title = Zu groß
error-413-body = Was Sie gesendet haben, ist größer, als diese Seite annimmt.
error-429-title = Zu viele Versuche
error-429-body = { $seconds ->
    [one] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunden erneut.
}
error-500-title = Etwas ist schiefgelaufen
error-500-body = Der Server konnte diese Anfrage nicht abschließen. Es wurde nichts geändert. Wenn es erneut passiert, wenden Sie sich an Ihren Administrator.
error-503-title = Ausgelastet
error-503-body = Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.
csrf-refused = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Laden Sie die Seite neu und versuchen Sie es erneut.
back-home = Zurück zu den Lizenzen
import-title = Import und Export
import-intro = Fügen Sie Lizenzschlüssel ein, oder wählen Sie Schlüsseldateien, Konfigurationsdateien oder einen Export dieses Portals. Nichts ändert sich, bevor Sie die Vorschau bestätigen.
import-paste-label = Schlüssel einfügen
import-paste-hint = Ein oder mehrere Schlüssel, so wie sie kamen: in einer E-Mail, umbrochen, mit CRLF oder maskierten Zeilenumbrüchen, in XML oder einer .properties-Datei.
import-files-label = Oder Dateien wählen
import-files-hint = Schlüsseldateien, confluence.cfg.xml und Ähnliches oder ein CSV- bzw. JSON-Export von licensedesk.
import-allow-unverified = Auch Schlüssel importieren, deren Signatur nicht verifiziert werden kann
import-allow-unverified-hint = Sie werden als nicht echt markiert. Lassen Sie dies aus, sofern Sie nicht wissen, warum ein Schlüssel nicht verifiziert werden kann.
import-preview-button = Importvorschau
import-nothing = Fügen Sie mindestens einen Schlüssel ein oder wählen Sie eine Datei.
import-pasted-source = eingefügter Text
import-preview-title = Importvorschau
import-preview-summary = { $added } hinzuzufügen, { $updated } zu aktualisieren, { $skipped } zu überspringen, { $rejected } abgelehnt.
import-add-heading = Hinzuzufügen
import-update-heading = Zu aktualisieren (verlängert oder geändert)
import-skip-heading = Zu überspringen
import-rejected-heading = Abgelehnt
import-column-where = Wo
import-column-licence = Lizenz
import-column-reason = Grund
import-confirm-button = Jetzt importieren
import-cancel = Abbrechen
import-nothing-to-do = Es gibt nichts zu importieren: Jeder Eintrag wird übersprungen oder abgelehnt.
import-preview-expired = Diese Vorschau ist abgelaufen oder wurde bereits importiert. Erstellen Sie die Vorschau erneut.
import-done-title = Import abgeschlossen
import-done-summary = { $added } hinzugefügt, { $updated } aktualisiert, { $skipped } übersprungen, { $rejected } abgelehnt.
import-more = … und { $count } weitere
import-too-many-keys = Dies enthält mehr als { $max } Lizenzschlüssel, mehr als ein Import aufnimmt. Importieren Sie es in Teilen.
import-preview-too-large = Dieser Import ist zu groß, um ihn für eine Vorschau aufzubewahren ({ $size } MiB; höchstens { $max } MiB pro Konto). Importieren Sie ihn in Teilen.
import-previews-full = Der Server hält derzeit so viele Importvorschauen, wie er darf. Bestätigen oder verwerfen Sie eine Vorschau, oder versuchen Sie es in einigen Minuten erneut.
import-read-stopped = Das Lesen wurde bei { $at } beendet: Alles danach wurde nicht dekodiert.
import-preview-over-budget = Dieser Import ist zu groß, um ihn für eine Vorschau aufzubewahren (mehr als { $max } MiB pro Konto). Importieren Sie ihn in Teilen.
import-changed-since-preview = Der Bestand hat sich seit Ihrer Vorschau geändert; der Import würde jetzt Folgendes tun. Es wurde nichts importiert: Prüfen Sie es und bestätigen Sie erneut.
import-column-changes = Vorher → nachher
import-warnings-heading = Prüfen Sie dies, bevor Sie bestätigen
import-replace-genuine = Echte Schlüssel durch nicht verifizierbare Schlüssel ersetzen lassen ({ $count })
import-replace-genuine-hint = Ohne diese Option werden die Aktualisierungen, die als Ersatz eines echten Schlüssels markiert sind, ausgelassen, und alles andere wird importiert.
import-invite = Einladungen an die Konten senden, die dieser Import anlegt
import-invite-hint = Ohne diese Option werden neue Kontaktkonten als eingeladen angelegt, ohne dass eine Einladung gesendet wird (senden Sie sie später unter Administration); Verlängerungserinnerungen gehen weiterhin an jeden Kontakt einer Lizenz, auch an diese.
import-contacts-restored = { $count ->
    [one] Die Dateien nennen { $count } Kontakt: Er wird wie exportiert wiederhergestellt, samt primärer Kontakte; eine Adresse ohne Konto erhält eines (eingeladen).
   *[other] Die Dateien nennen { $count } Kontakte: Sie werden wie exportiert wiederhergestellt, samt primärer Kontakte; Adressen ohne Konto erhalten eines (eingeladen).
}
import-installations-restored = { $count ->
    [one] { $count } erfasste Installation aus den Dateien wird wie exportiert erneut erfasst:
   *[other] { $count } erfasste Installationen aus den Dateien werden wie exportiert erneut erfasst:
}
import-orders-ignored = Die Dateien enthalten { $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    } und { $terms ->
        [one] { $terms } Zeitraum
       *[other] { $terms } Zeiträume
    } als primärer Kontakt: Nur der Import eines Administrators stellt sie wieder her, daher werden sie nicht importiert.
import-contacts-ignored = { $count ->
    [one] Die Dateien nennen { $count } Kontakt: Er wird nicht importiert. Sie werden technischer Ansprechpartner jeder Lizenz, die Sie hinzufügen, wie bei „Lizenz hinzufügen“.
   *[other] Die Dateien nennen { $count } Kontakte: Sie werden nicht importiert. Sie werden technischer Ansprechpartner jeder Lizenz, die Sie hinzufügen, wie bei „Lizenz hinzufügen“.
}
import-held-back = { $count ->
    [one] { $count } Aktualisierung, die einen echten Schlüssel ersetzt hätte, wurde ausgelassen.
   *[other] { $count } Aktualisierungen, die einen echten Schlüssel ersetzt hätten, wurden ausgelassen.
}
import-invited = { $count ->
    [one] { $count } Einladung in die Warteschlange gestellt.
   *[other] { $count } Einladungen in die Warteschlange gestellt.
}
export-title = Export
export-intro = Laden Sie die Lizenzen herunter, die Sie sehen können.
export-csv = CSV für Tabellenkalkulationen
export-json = JSON (lässt sich unverändert wieder importieren)
export-keys = Schlüsseldateien (<SEN>.txt, gezippt)
export-bad-format = Wählen Sie ein Exportformat: csv, json oder keys.
export-cli-cannot-write-csv = die CSV-Datei kann nicht geschrieben werden
export-cli-keys-need-folder = --format keys schreibt eine Datei pro Lizenz: Geben Sie den Ordner mit -o DIR an
export-cli-cannot-create = { $path } kann nicht angelegt werden
export-cli-cannot-write = { $path } kann nicht geschrieben werden
export-cli-wrote-keys = { $count ->
    [one] { $count } Schlüsseldatei nach { $folder } geschrieben.
   *[other] { $count } Schlüsseldateien nach { $folder } geschrieben.
}
backup-no-database = unter { $path } gibt es keine Datenbank (geben Sie das Datenverzeichnis mit --data-dir an)
backup-exists = { $path } existiert bereits; ersetzen Sie es mit --force
backup-cannot-replace = { $path } kann nicht ersetzt werden
backup-cannot-back-up = { $source } kann nicht nach { $target } gesichert werden
backup-integrity-failed = die Sicherung unter { $path } hat die Integritätsprüfung nicht bestanden: { $check }
backup-written = Sicherung nach { $path } geschrieben (Integritätsprüfung: ok).
serve-first-run = Erster Start: Legen Sie das Administratorkonto unter { $link } an
serve-first-run-once = (der Link funktioniert einmal; bei jedem Start wird ein neuer ausgegeben, bis er verwendet wurde)
serve-mail-through = E-Mails werden über { $server } zugestellt
serve-mail-outbox = Kein --smtp-url: E-Mails warten im Postausgang (Administration, Postausgang)
serve-connections-limit = Bis zu { $connections } gleichzeitige Verbindungen (Limit für offene Dateien: { $limit })
serve-connections = Bis zu { $connections } gleichzeitige Verbindungen
serve-stopping = licensedesk: wird beendet; laufende Anfragen werden zuerst abgeschlossen
serve-cannot-empty-uploads = der Upload-Ordner { $path } kann nicht geleert werden
import-cli-contact-unknown = --contact { $email }: Es gibt kein Konto mit dieser Adresse (legen Sie es mit `licensedesk user add` an)
import-cli-standard-input = Standardeingabe
import-cli-cannot-read-standard-input = die Standardeingabe kann nicht gelesen werden
import-cli-reading = Schlüssel werden gelesen
import-cli-importing = wird importiert
import-cli-preview = Vorschau: { $added } hinzuzufügen, { $updated } zu aktualisieren, { $skipped } zu überspringen, { $rejected } abgelehnt.
import-cli-dry-run = Probelauf: Es wurde nichts geändert.
import-cli-nothing = Nichts zu importieren.
import-cli-cannot-start = der Import kann nicht gestartet werden
import-cli-changed = der Bestand hat sich geändert, während die Vorschau angezeigt wurde: Es wurde nichts importiert; führen Sie den Import erneut aus
import-cli-failed = der Import ist fehlgeschlagen und wurde zurückgerollt: Es wurde nichts geändert
import-cli-done = Importiert: { $added } hinzugefügt, { $updated } aktualisiert, { $skipped } übersprungen, { $rejected } abgelehnt.
import-cli-held-back = { $count ->
    [one] { $count } Aktualisierung, die einen echten Schlüssel durch einen nicht verifizierbaren ersetzen würde, wurde ausgelassen (--replace-genuine wendet sie an).
   *[other] { $count } Aktualisierungen, die einen echten Schlüssel durch einen nicht verifizierbaren ersetzen würden, wurden ausgelassen (--replace-genuine wendet sie an).
}
import-cli-accounts-invited = { $count ->
    [one] { $count } Kontaktkonto wurde als eingeladen angelegt; senden Sie ihm eine Einladung über die Administrationsseiten oder mit `licensedesk user reset-link`.
   *[other] { $count } Kontaktkonten wurden als eingeladen angelegt; senden Sie ihnen Einladungen über die Administrationsseiten oder mit `licensedesk user reset-link`.
}
import-cli-add-heading = Hinzufügen:
import-cli-update-heading = Aktualisieren:
import-cli-skip-heading = Überspringen:
import-cli-warnings-heading = Warnungen:
import-cli-rejected-heading = Abgelehnt:
import-cli-no-sen = (keine SEN)
import-cli-update = { $entry } (Lizenz { $licence }): { $changes }
import-change = { $field }: { $before } → { $after }
import-heading-count = { $heading } ({ $count })
import-entry = { $sen } · { $name }
import-field-sen = SEN
import-field-product = Produkt
import-field-name = Name
import-field-type = Typ
import-field-deployment = Bereitstellung
import-field-user-tier = Benutzerstufe
import-field-key = Schlüssel
import-field-server-id = Server ID
import-field-organisation = Organisation
import-field-licensed-to = Lizenziert für
import-field-purchased = Kaufdatum
import-field-support-expiry = Supportablauf
import-field-licence-expiry = Lizenzablauf
import-field-support-level = Support-Level
import-field-auto-renew = Automatische Verlängerung
import-field-archived = Archiviert
import-field-evaluation = Testlizenz
import-field-notes = Notizen
import-value-empty = —
import-value-unlimited = unbegrenzt
import-value-key-genuine = …{ $tail } (echt)
import-value-key-not-genuine = …{ $tail } (nicht echt)
import-value-yes = ja
import-value-no = nein
import-skip-added-earlier = dieselbe Lizenz wird durch einen früheren Eintrag dieses Imports hinzugefügt ({ $first })
import-skip-key-earlier = derselbe Schlüssel kommt früher in diesem Import vor ({ $first })
import-skip-already-in-inventory = bereits im Bestand (Lizenz { $licence })
import-skip-already-in-inventory-unnamed = bereits im Bestand
import-skip-changed-by-earlier = Lizenz { $licence } wird durch einen früheren Eintrag dieses Imports geändert ({ $first })
import-skip-unchanged = unverändert (Lizenz { $licence })
import-refusal-cannot-read = kann nicht gelesen werden: { $detail }
import-refusal-link-to-folder = ist ein symbolischer Link auf einen Ordner: nicht verfolgt (geben Sie den Ordner selbst an)
import-refusal-broken-link = ist ein defekter symbolischer Link: { $detail }
import-refusal-not-regular-file = ist keine reguläre Datei (ein FIFO, Socket oder Gerät): übergangen
import-refusal-read-already = wurde bereits gelesen (ein Ordner, der zweimal erreicht wurde)
import-refusal-cannot-list = kann nicht aufgelistet werden: { $detail }
import-refusal-too-large = ist { $length } Byte groß, mehr als ein Import annimmt ({ $max } Byte)
import-refusal-grew-while-read = ist beim Lesen über die { $max } Byte gewachsen, die ein Import annimmt
import-refusal-binary = keine Textdatei (sie enthält Binärdaten)
import-refusal-no-key-found = in dieser Datei wurde kein Lizenzschlüssel gefunden
import-refusal-key-like = sieht wie ein Lizenzschlüssel aus, kann aber nicht gelesen werden: { $error }
import-refusal-not-genuine = Signatur kann nicht verifiziert werden: kein echter Atlassian-Schlüssel (um ihn trotzdem als nicht echt markiert zu importieren, lassen Sie nicht verifizierte Schlüssel zu)
import-refusal-not-an-export = kein gültiger licensedesk-Export: { $detail }
import-refusal-unsupported-version = Exportversion { $version } wird nicht unterstützt (dieses licensedesk liest die Versionen { $oldest } bis { $newest })
import-refusal-reference-twice = die Referenz { $reference } kommt in diesem Export zweimal vor
import-refusal-chained-production = production_licence { $production } ist selbst mit einer Produktionslizenz verknüpft
import-refusal-dangling-installation = sie nennt die Lizenz { $reference }, die nicht in diesem Export enthalten ist
import-refusal-installations-admin-only = Installationen in einem Export werden nur von Administratoren wiederhergestellt
import-refusal-semicolon-sheet = die Spalten sind durch Semikolons getrennt: Speichern Sie die Tabelle als CSV mit Kommas (so wie die Exporte des Portals)
import-refusal-unknown-sheet-columns = keine Tabelle aus einem Export des Portals: Ihre erste Zeile muss die Spalten eines CSV-Exports nennen (exportieren Sie einen, um sie zu sehen)
import-refusal-csv-field-count = { $found ->
    [one] diese Zeile hat { $found } Spalte, die erste Zeile der Tabelle hat { $expected }
   *[other] diese Zeile hat { $found } Spalten, die erste Zeile der Tabelle hat { $expected }
}
import-refusal-csv-header = keine gültige CSV-Kopfzeile: { $detail }
import-refusal-csv-row = keine gültige CSV-Zeile: { $detail }
import-refusal-unknown-csv-reference = ref { $raw } ist keine Referenz, die dieses Portal geschrieben hat (lassen Sie das Feld für eine neue Lizenz leer)
import-refusal-not-a-contact = eine Lizenz, bei der Sie kein Kontakt sind, hat diese SEN oder diesen Schlüssel; bitten Sie einen Administrator, sie zu importieren
import-refusal-key-on-other-licence = dieser Schlüssel gehört bereits zu Lizenz { $licence }
import-refusal-key-on-other-licence-unnamed = dieser Schlüssel gehört bereits zu einer anderen Lizenz
import-refusal-would-replace-genuine = dieser Schlüssel kann nicht verifiziert werden und würde den echten Schlüssel von Lizenz { $licence } ersetzen; nur ein Administrator kann das tun
import-refusal-already-the-key = dieser Schlüssel ist bereits der Schlüssel der Lizenz
import-refusal-would-replace-own-genuine-key = dieser Schlüssel kann nicht verifiziert werden, und der aktuelle Schlüssel ist echt; nur ein Administrator kann ihn ersetzen
import-invalid-empty-product = das Produkt ist leer
import-invalid-sen-too-long = sen { $value }: Eine SEN hat höchstens { $max } Zeichen
import-invalid-sen-malformed = sen { $value }: Eine SEN besteht aus SEN- gefolgt von Buchstaben, Ziffern und Bindestrichen, etwa SEN-1234567
import-invalid-notes-too-long = die Notizen sind länger als { $max } Zeichen
import-invalid-notes-control-character = die Notizen enthalten ein Steuerzeichen (in Notizen sind nur Zeilenumbrüche und Tabulatoren erlaubt)
import-invalid-server-id = server_id { $value }: Eine Server ID besteht aus vier Gruppen zu je vier Buchstaben oder Ziffern, etwa BG9T-XUV4-KZZH-B01W
import-invalid-user-tier = die Benutzerstufe { $value } ist weder eine Zahl noch unlimited
import-invalid-negative-user-tier = user_tier { $tier } ist keine Benutzeranzahl (0 oder mehr, oder null für unbegrenzt)
import-invalid-deployment = deployment { $value } ist weder server noch data-center
import-invalid-date = { $column } { $value } ist kein Datum wie 2026-11-21
import-invalid-yes-no = { $column } { $value } ist weder yes noch no
import-invalid-unknown-production = production_licence { $production } ist keine Lizenz dieses Exports
import-invalid-own-production = eine Lizenz kann nicht ihre eigene Produktionslizenz sein
import-invalid-contact-email = contact { $value } ist keine E-Mail-Adresse
import-invalid-contact-role = die Kontaktrolle { $value } ist weder technical noch billing
import-invalid-two-primaries = { $role ->
    [billing] zwei primäre Rechnungskontakte
   *[technical] zwei primäre technische Ansprechpartner
}
import-invalid-history-reason = der Grund { $value } im Server-ID-Verlauf ist weder manual, diagnosis, import noch gate
import-invalid-empty-history-key = ein Schlüssel im Schlüsselverlauf ist leer
import-invalid-order-kind = die Bestellart { $value } ist weder new, renewal noch upgrade
import-invalid-order-number = die Bestellnummer { $value } ist leer oder kommt zweimal vor
import-invalid-order-placed-by = placed_by { $value } der Bestellung ist keine E-Mail-Adresse
import-invalid-term-role = die Rolle { $value } eines Zeitraums als primärer Kontakt ist weder technical noch billing
import-invalid-term-account = das Konto { $value } eines Zeitraums als primärer Kontakt ist keine E-Mail-Adresse
import-warning-production-not-imported = ihre Produktionslizenz { $production } wird nicht importiert, daher wird sie ohne Verknüpfung zu einer Produktionslizenz hinzugefügt
import-warning-order-not-restored = Bestellung { $number } wird nicht wiederhergestellt: Es gibt bereits eine Bestellung mit dieser Nummer
import-warning-support-expiry-kept = der erfasste Supportablauf { $kept } bleibt erhalten (der Eintrag nennt { $said }; ein Import verschiebt ihn nie nach vorn)
import-warning-support-expiry-kept-none = der erfasste Supportablauf { $kept } bleibt erhalten (der Eintrag nennt keinen)
import-warning-genuine-key-replaced = ein echter Schlüssel würde durch einen nicht verifizierbaren Schlüssel ersetzt
import-warning-lower-user-tier = eine niedrigere Benutzerstufe: { $from } → { $to }
import-tier-users = { $users ->
    [one] { $users } Benutzer
   *[other] { $users } Benutzer
}
import-warning-other-product = ein anderes Produkt: { $from } → { $to }
import-warning-other-licence-type = ein anderer Lizenztyp: { $from } → { $to }
import-warning-sen-changes = die SEN ändert sich: { $from } → { $to }
import-sen-none = keine

## Das Lizenzportal: Liste, Details, Formulare, Bestellungen, Schlüssel

portal-evaluations-title = Testlizenzen
portal-archived-title = Archivierte Lizenzen
portal-sections-label = Lizenzbereiche
portal-search-hint = SEN, Produkt, Organisation, Server ID, Name oder Notizen
portal-search-button = Suchen
portal-add-licence = Lizenz hinzufügen
portal-new-evaluation = Neue Evaluierungslizenz
portal-no-match = Keine Lizenzen entsprechen „{ $search }“.
portal-evaluations-empty = Keine Testlizenzen.
portal-archived-empty = Keine archivierten Lizenzen.
portal-showing = { $total ->
    [one] { $from }–{ $to } von { $total }
   *[other] { $from }–{ $to } von { $total }
}
portal-col-product = Produkt
portal-col-name = Name
portal-col-support-expires = Support läuft ab
portal-col-support = Support
portal-pages-label = Seiten
portal-previous-page = ← Zurück
portal-next-page = Weiter →
portal-page-of = { $pages ->
    [one] Seite { $page } von { $pages }
   *[other] Seite { $page } von { $pages }
}
portal-bad-section = Diesen Bereich der Lizenzliste gibt es nicht: Wählen Sie Lizenzen, Testlizenzen oder Archiviert.
portal-bad-page = Die Seitenzahl muss eine ganze Zahl von 1 bis 1.000.000 sein.
portal-search-too-long = Die Suche ist zu lang: höchstens 200 Zeichen.
# Ein Label vor seinem Wert, z. B. „Aktionen: “. Das { " " } hält das Leerzeichen nach dem Doppelpunkt.
portal-label = { $label }:{ " " }
# Ein Name und was ihn unterscheidet, z. B. „Jira (SEN-1234567)“.
portal-name-with-detail = { $name } ({ $detail })
portal-today = heute
portal-in-days = { $n ->
    [one] morgen
   *[other] in { $n } Tagen
}
portal-days-ago = { $n ->
    [one] gestern
   *[other] vor { $n } Tagen
}
portal-in-months = { $n ->
    [one] in { $n } Monat
   *[other] in { $n } Monaten
}
portal-months-ago = { $n ->
    [one] vor { $n } Monat
   *[other] vor { $n } Monaten
}
portal-in-years = { $n ->
    [one] in { $n } Jahr
   *[other] in { $n } Jahren
}
portal-years-ago = { $n ->
    [one] vor { $n } Jahr
   *[other] vor { $n } Jahren
}
portal-expires-today = läuft heute ab
portal-date-hint = ({ $hint })
portal-expired-days-ago = { $n ->
    [one] gestern abgelaufen
   *[other] vor { $n } Tagen abgelaufen
}
portal-expired-months-ago = { $n ->
    [one] vor { $n } Monat abgelaufen
   *[other] vor { $n } Monaten abgelaufen
}
portal-expired-years-ago = { $n ->
    [one] vor { $n } Jahr abgelaufen
   *[other] vor { $n } Jahren abgelaufen
}
portal-no-date = —
portal-badge-expiring = Läuft bald ab
portal-badge-expired = Abgelaufen
portal-badge-developer = Entwickler
portal-badge-not-genuine = Nicht echt
portal-badge-archived = Archiviert
portal-primary = primär
portal-changed = geändert
portal-back-to-list = ← Lizenzen
portal-back-to-evaluations = ← Testlizenzen
portal-back-to-archived = ← Archivierte Lizenzen
portal-organisation = Organisation
portal-notes = Notizen
portal-notes-hint = Alles, was die Kontakte dieser Lizenz wissen sollten; höchstens 4000 Zeichen.
portal-notes-none = Noch keine Notizen.
portal-notes-matched = In den Notizen gefunden
portal-sen = SEN
portal-licensed-to = Lizenziert für
portal-server-id = Server ID
portal-server-id-hint = Vier Gruppen aus je vier Buchstaben oder Ziffern, etwa BG9T-XUV4-KZZH-B01W. Sie finden sie in der Administration des Produkts unter Systeminformationen.
portal-licence-key = Lizenzschlüssel
portal-licence-name = Name
portal-licence-type = Lizenztyp
portal-deployment = Bereitstellung
portal-server = Server
portal-data-center = Data Center
portal-user-tier = Benutzerstufe
portal-auto-renew = Automatische Verlängerung
portal-on = Ein
portal-off = Aus
portal-turn-auto-renew-on = Automatische Verlängerung einschalten
portal-turn-auto-renew-off = Automatische Verlängerung ausschalten
portal-support-level = Support-Level
portal-purchase-date = Kaufdatum
portal-support-expires = Support läuft ab
portal-evaluation-started = Testphase begonnen
portal-licence-expires = Lizenz läuft ab
portal-evaluation = Testphase
portal-evaluation-day-of = Tag { $day } von { $length }
portal-evaluation-days-left = { $n ->
    [one] noch { $n } Tag
   *[other] noch { $n } Tage
}
# Tag und Rest einer Testlizenz, z. B. „Tag 12 von 30 · noch 19 Tage“.
portal-evaluation-progress = { $day } · { $left }
portal-evaluation-over = { $n ->
    [one] vor { $n } Tag beendet
   *[other] vor { $n } Tagen beendet
}
portal-reason-for-purchase = Kaufgrund
portal-technical-contact = Technischer Ansprechpartner
portal-billing-contact = Rechnungskontakt
portal-no-contact = keiner
portal-developer-licences = Entwicklerlizenzen
portal-developer-count = { $n ->
    [one] { $n } Entwicklerlizenz
   *[other] { $n } Entwicklerlizenzen
}
# Ganze Sätze; die Produktionslizenz folgt als Link.
portal-developer-of = Dies ist eine Entwicklerlizenz (nicht für die Produktion). Ihr Supportablauf richtet sich nach ihrer Produktionslizenz:
portal-not-genuine-notice = Der Schlüssel dieser Lizenz trägt keine gültige Atlassian-Signatur: Er ist kein echter Atlassian-Schlüssel. Er wurde trotzdem hinzugefügt.
portal-no-key-yet = Noch kein Schlüssel
portal-view-licence-key = Lizenzschlüssel anzeigen
portal-key-gate-hint = Der Schlüssel wird angezeigt, sobald die Server ID der Installation eingegeben wurde, für die er bestimmt ist.
portal-copy-key = Schlüssel kopieren
portal-copied = Kopiert
portal-edit = bearbeiten
portal-save = Speichern
portal-actions = Aktionen
portal-open-details = Details
portal-renew = Verlängern
portal-upgrade = Upgrade
portal-download-licence = Lizenz herunterladen
portal-view-developer-licence = Entwicklerlizenz anzeigen
portal-archive = Archivieren
portal-restore = Wiederherstellen
portal-restore-hint = Diese Lizenz ist archiviert: „Wiederherstellen“ bringt sie zurück in die Hauptliste.
portal-extend-evaluation = Testphase verlängern
portal-attach-key = Schlüssel hinzufügen
portal-key-facts-title = Was der Schlüssel besagt
portal-key-products = Produkte
portal-key-support-expiry = Supportablauf (Schlüssel)
portal-signature = Signatur
portal-genuine = Echt
portal-genuine-text = Die Signatur ist gültig: ein echter Atlassian-Schlüssel.
portal-not-genuine = Nicht echt
portal-not-genuine-text = Die Signatur ist ungültig: kein echter Atlassian-Schlüssel.
portal-server-id-history-title = Verlauf der Server ID
portal-server-id-history-empty = Die Server ID hat sich nicht geändert.
portal-col-when = Wann
portal-col-old = Alt
portal-col-new = Neu
portal-col-who = Wer
portal-actor-command-line = Befehlszeile
portal-actor-anonymous = anonym
portal-col-why = Warum
portal-reason-manual = bearbeitet
portal-reason-diagnosis = Diagnose
portal-reason-import = aus dem Schlüssel
portal-reason-gate = zum Abrufen des Schlüssels eingegeben
portal-reason-other = sonstiges
portal-key-history-title = Ersetzte Schlüssel
portal-key-replaced = Schlüssel { $n }, ersetzt am { $when } von { $who } ({ $why })
portal-key-reason-renewal = Verlängerung
portal-key-reason-upgrade = Upgrade
portal-key-reason-other = ersetzt
portal-col-fact = Angabe
portal-old-key = Alter Schlüssel
portal-new-key = Neuer Schlüssel
portal-orders-of-licence = Bestellungen dieser Lizenz
portal-required = Füllen Sie dieses Feld aus.
portal-too-long = Das ist zu lang: höchstens { $max } Zeichen.
portal-control-characters = Zeilenumbrüche und Steuerzeichen sind hier nicht erlaubt.
portal-notes-missing = Das Formular hat keine Notizen gesendet; laden Sie die Seite der Lizenz neu und versuchen Sie es erneut.
portal-notes-control-characters = Steuerzeichen außer Zeilenumbrüchen und Tabulatoren sind in Notizen nicht erlaubt.
portal-server-id-required = Geben Sie die Server ID der Installation ein.
portal-server-id-invalid = Eine Server ID besteht aus vier Gruppen aus je vier Buchstaben oder Ziffern, etwa BG9T-XUV4-KZZH-B01W.
portal-date-required = Geben Sie ein Datum ein.
portal-date-field-hint = Im Format 2026-11-21.
portal-date-malformed = Schreiben Sie das Datum als Jahr-Monat-Tag, etwa 2026-11-21.
portal-date-not-future = Wählen Sie ein Datum nach dem heutigen.
portal-key-hint = Fügen Sie den ganzen Schlüssel ein; Zeilenumbrüche und Leerzeichen werden ignoriert.
portal-key-empty = Fügen Sie den Lizenzschlüssel ein.
portal-key-unreadable = Dieser Schlüssel kann nicht gelesen werden: { $reason }.
portal-key-not-genuine = Die Signatur dieses Schlüssels ist ungültig: Er ist kein echter Atlassian-Schlüssel. Kreuzen Sie „Trotzdem hinzufügen, obwohl nicht echt“ an, um ihn dennoch hinzuzufügen; er wird als nicht echt markiert.
portal-key-duplicate = Dieser Schlüssel ist bereits im Bestand.
portal-key-is-current = Dies ist der aktuelle Schlüssel der Lizenz.
portal-key-other-sen = Dieser Schlüssel gehört zu { $key_sen }, diese Lizenz ist aber { $sen }.
portal-key-not-developer = Dies ist ein Schlüssel vom Typ { $licence_type }, kein Entwicklerlizenzschlüssel.
portal-key-tier-mismatch = Dieser Schlüssel gilt für { $key_tier }, nicht für { $tier }.
portal-accept-not-genuine-label = Trotzdem hinzufügen, obwohl nicht echt
portal-accept-not-genuine-hint = Nur für einen Schlüssel, dessen Signatur ungültig ist (etwa ein Testschlüssel). Die Lizenz wird als nicht echt markiert.
portal-product = Produkt
portal-product-hint = So, wie My Atlassian es nennt, z. B. Jira Software oder Confluence.
portal-product-unknown = Wählen Sie eines der Produkte aus der Liste.
portal-licence-name-hint = Leer lassen, um den Namen aus Produkt, Stufe und Typ zu bilden.
portal-licence-type-unknown = Wählen Sie einen der Lizenztypen aus der Liste.
portal-type-commercial = Kommerziell
portal-type-academic = Akademisch
portal-type-community = Community
portal-type-open-source = Open Source
portal-type-starter = Starter
portal-type-developer = Entwickler
portal-type-demonstration = Demonstration
portal-type-testing = Test
portal-type-personal = Persönlich
portal-type-hosted = Gehostet
portal-type-evaluation = Evaluierung
portal-type-unspecified = Sonstige
portal-deployment-unknown = Wählen Sie Server oder Data Center.
portal-tier-users = { $users ->
    [one] { $users } Benutzer
   *[other] { $users } Benutzer
}
portal-tier-unlimited = Unbegrenzt viele Benutzer
portal-user-tier-hint = Eine Anzahl von Benutzern oder „unlimited“.
portal-tier-empty = Geben Sie die Anzahl der Benutzer ein oder „unlimited“.
portal-tier-malformed = Eine Stufe ist eine ganze Zahl von Benutzern ab 1 oder „unlimited“.
portal-tier-not-higher = Ein Upgrade erhöht die Stufe: Wählen Sie mehr als { $tier }.
portal-sen-hint = Support Entitlement Number, etwa SEN-1234567.
portal-sen-malformed = Eine SEN sieht aus wie SEN-1234567.
portal-purchase-date-hint = Im Format 2026-11-21; nicht in der Zukunft.
portal-purchase-in-future = Ein Kaufdatum kann nicht in der Zukunft liegen.
portal-support-level-hint = Wie auf der Rechnung, z. B. Enterprise Support.
portal-bad-auto-renew = Die automatische Verlängerung ist entweder ein- oder ausgeschaltet.
portal-add-licence-title = Lizenz hinzufügen
portal-add-by-key-title = Lizenzschlüssel einfügen
portal-add-by-key-intro = Der Schlüssel wird dekodiert und seine Signatur geprüft; Produkt, Name, Typ, Stufe, SEN, Organisation, Daten und Server ID werden daraus übernommen.
portal-add-licence-button = Lizenz hinzufügen
portal-add-by-hand-title = Oder manuell eingeben
portal-add-by-hand-intro = Für eine Lizenz, deren Schlüssel Sie nicht zur Hand haben. Der Schlüssel kann später hinzugefügt werden.
portal-new-evaluation-title = Neue Evaluierungslizenz
portal-new-evaluation-intro = Eine Testphase dauert 30 Tage, bis { $until }, und kann auf insgesamt 90 Tage verlängert werden. Fügen Sie ihren Schlüssel hier ein, sobald er eintrifft.
portal-start-evaluation = Testphase starten
portal-gate-title = Server ID eingeben
portal-gate-intro = Wenn ein Lizenzschlüssel zum ersten Mal abgerufen wird, geben Sie die Server ID der Installation ein, für die er bestimmt ist. Danach wird der Schlüssel angezeigt.
portal-gate-where = Jira, Confluence, Bitbucket, Bamboo und Crowd zeigen ihre Server ID unter Administration › Systeminformationen (oder auf der Lizenzseite).
portal-reason-for-purchase-optional = Kaufgrund (optional)
portal-reason-for-purchase-hint = Warum diese Lizenz gekauft wurde, für Ihre eigenen Unterlagen.
portal-gate-button = Speichern und Schlüssel anzeigen
portal-renew-title = Verlängern
portal-renew-intro = Eine Verlängerung verlängert den Support ab dem aktuellen Ablaufdatum, nicht ab heute.
portal-renew-no-expiry = Diese Lizenz hat kein Ablaufdatum für den Support: Der Support wird ab heute verlängert.
portal-term-label = Laufzeit
portal-term-hint = Gerechnet ab dem aktuellen Ablaufdatum des Supports.
portal-term-months = { $n ->
    [one] { $n } Monat, bis { $until }
   *[other] { $n } Monate, bis { $until }
}
portal-term-past-calendar = Diese Laufzeit würde nach dem Jahr 9999 enden: So weit lässt sich die Lizenz nicht verlängern.
portal-term-invalid = Wählen Sie eine der Laufzeiten aus der Liste.
portal-renewed-key-optional = Verlängerter Schlüssel (optional)
portal-renew-button = Verlängern
portal-upgrade-title = Upgrade
portal-upgrade-intro = Die Lizenz gilt derzeit für { $tier }. Ein Upgrade erhöht die Benutzerstufe und erfasst eine Bestellung.
portal-new-user-tier = Neue Benutzerstufe
portal-upgraded-key-optional = Der Schlüssel nach dem Upgrade (optional)
portal-upgrade-button = Upgrade
portal-order-legend = Bestellung (optional)
portal-po-number-label = Bestellnummer (PO)
portal-amount-label = Betrag
portal-amount-hint = Etwa 1200 oder 1200,50.
portal-amount-malformed = Schreiben Sie den Betrag als Zahl, etwa 1200 oder 1200,50.
portal-currency-label = Währung
# Betrag einer Bestellung und ihre Währung, z. B. „1.200,50 EUR“.
portal-amount-with-currency = { $amount } { $currency }
portal-currency-hint = Drei Buchstaben, etwa USD oder EUR.
portal-currency-malformed = Eine Währung besteht aus drei Buchstaben, etwa USD oder EUR.
portal-currency-missing = Geben Sie die Währung des Betrags an, etwa USD oder EUR.
portal-order-renewal-description = { $months ->
    [one] Verlängerung um { $months } Monat: Support bis { $until }
   *[other] Verlängerung um { $months } Monate: Support bis { $until }
}
portal-order-upgrade-description = Upgrade von { $from } auf { $to }
portal-not-for-evaluations = Bei Testlizenzen wird die Testphase verlängert; „Verlängern“ und „Upgrade“ gibt es für sie nicht.
portal-not-for-developer = Eine Entwicklerlizenz folgt ihrer Produktionslizenz: Verlängern Sie diese oder führen Sie für diese ein Upgrade durch.
portal-only-evaluations = Nur bei Testlizenzen lässt sich die Testphase verlängern.
portal-extend-title = Testphase verlängern
portal-extend-hint = Im Format 2026-11-21; spätestens { $latest }.
portal-extend-limit = { $max ->
    [one] Eine Testphase kann insgesamt { $max } Tag dauern: spätestens bis { $latest }.
   *[other] Eine Testphase kann insgesamt { $max } Tage dauern: spätestens bis { $latest }.
}
portal-extend-used-up = Diese Testphase hat alle 90 Tage ausgeschöpft: Sie kann nicht weiter verlängert werden.
portal-new-expiry-date = Neues Ablaufdatum
portal-extend-not-later = Wählen Sie ein Datum nach dem aktuellen Ablaufdatum, { $current }.
portal-extend-beyond = { $max ->
    [one] Eine Testphase kann höchstens { $max } Tag dauern: Wählen Sie { $latest } oder früher.
   *[other] Eine Testphase kann höchstens { $max } Tage dauern: Wählen Sie { $latest } oder früher.
}
portal-extend-button = Verlängern
portal-attach-key-title = Schlüssel hinzufügen
portal-attach-key-intro = Fügen Sie den Lizenzschlüssel ein, sobald er eintrifft. Name, Stufe, SEN und Daten werden daraus übernommen; die erfasste Server ID bleibt.
portal-attach-key-button = Schlüssel hinzufügen
portal-has-key-already = Diese Lizenz hat bereits einen Schlüssel: Verlängern Sie sie oder führen Sie ein Upgrade durch, um den Schlüssel zu ersetzen.
portal-developer-title = Entwicklerlizenzen
portal-developer-intro = Entwicklerlizenzen sind für Installationen außerhalb der Produktion (Staging, Test). Sie haben einen eigenen Schlüssel; ihr Supportablauf folgt dem dieser Lizenz.
portal-developer-none = Mit dieser Lizenz ist noch keine Entwicklerlizenz verknüpft.
portal-developer-add-title = Entwicklerlizenz hinzufügen
portal-developer-key = Schlüssel der Entwicklerlizenz
portal-developer-add-button = Entwicklerlizenz hinzufügen
portal-no-developer-here = Entwicklerlizenzen gehören zu einer Produktionslizenz, nicht zu einer Testlizenz oder einer anderen Entwicklerlizenz.
portal-archive-title = Diese Lizenz archivieren?
portal-archive-intro = Sie sind dabei, { $name } ({ $sen }) zu archivieren.
portal-archive-moves = Sie verlässt die Liste „Lizenzen“ und wird zu „Archivierte Lizenzen“ verschoben.
portal-archive-contacts = { $n ->
    [one] Ihr { $n } Kontakt findet sie nur noch unter „Archivierte Lizenzen“.
   *[other] Ihre { $n } Kontakte finden sie nur noch unter „Archivierte Lizenzen“.
}
portal-archive-keeps = Nichts wird gelöscht: Schlüssel, Kontakte, Bestellungen und Verläufe bleiben erhalten.
portal-archive-restore = „Wiederherstellen“ bringt sie jederzeit zurück.
portal-archive-button = Lizenz archivieren
portal-cancel = Abbrechen
portal-orders-title = Bestellungen
portal-orders-intro = Die Bestellungen der Lizenzen, für die Sie primärer Kontakt sind, ab dem Tag, an dem Sie primärer Kontakt wurden.
portal-orders-intro-admin = Alle Bestellungen. Andere sehen die Bestellungen der Lizenzen, für die sie primärer Kontakt sind, ab dem Tag, an dem sie primärer Kontakt wurden.
portal-orders-empty = Noch keine Bestellungen.
portal-col-order = Bestellung
portal-col-date = Datum
portal-col-kind = Art
portal-col-licence = Lizenz
portal-col-description = Beschreibung
portal-col-placed-by = Aufgegeben von
portal-order-new = Neu
portal-order-renewal = Verlängerung
portal-order-upgrade = Upgrade
portal-flash-added = Lizenz hinzugefügt.
portal-flash-evaluation-started = Testphase gestartet: 30 Tage.
portal-flash-organisation-updated = Organisation aktualisiert.
portal-flash-notes-updated = Notizen gespeichert.
portal-flash-server-id-updated = Server ID aktualisiert.
portal-flash-key-unlocked = Server ID gespeichert. Hier ist der Lizenzschlüssel.
portal-flash-auto-renew-on = Automatische Verlängerung eingeschaltet.
portal-flash-auto-renew-off = Automatische Verlängerung ausgeschaltet.
portal-flash-renewed = Lizenz verlängert und Bestellung erfasst.
portal-flash-upgraded = Upgrade der Lizenz durchgeführt und Bestellung erfasst.
portal-flash-evaluation-extended = Testphase verlängert.
portal-flash-key-added = Schlüssel hinzugefügt.
portal-flash-developer-added = Entwicklerlizenz hinzugefügt.
portal-flash-archived = Lizenz archiviert.
portal-flash-restored = Lizenz wiederhergestellt.
portal-flash-key-restored = Der frühere Schlüssel ist wieder der Schlüssel der Lizenz.
portal-flash-deleted = Lizenz gelöscht. Das Audit-Log behält ihren Eintrag.
portal-flash-key-replaced = Schlüssel ersetzt. Der frühere Schlüssel steht im Schlüsselverlauf.
portal-replace-key-link = Schlüssel ersetzen
portal-replace-key-title = Schlüssel ersetzen
portal-replace-key-intro = Fügen Sie den Schlüssel ein, der den Schlüssel von { $name } ({ $sen }) ersetzt. Was der neue Schlüssel besagt, zeigt die Lizenz an; der aktuelle Schlüssel bleibt im Schlüsselverlauf erhalten, und ein erfasstes Supportablaufdatum wird nie vorverlegt.
portal-replace-key-review = Was sich mit diesem Schlüssel ändert:
# Eine Angabe, die ein ersetzender Schlüssel ändert, z. B. „Stufe: 500 Benutzer → 1000 Benutzer“.
portal-key-fact-change = { $fact }: { $was } → { $is }
portal-replace-key-button = Schlüssel prüfen
portal-replace-key-confirm-button = Schlüssel ersetzen
portal-replace-key-allow-genuine = Den echten Schlüssel durch diesen nicht verifizierbaren Schlüssel ersetzen
portal-restore-key-link = Diesen Schlüssel wiederherstellen
portal-restore-key-title = Früheren Schlüssel wiederherstellen?
portal-restore-key-intro = Der Schlüssel von { $name } ({ $sen }), der am { $when } von { $who } ersetzt wurde, wird wieder der Schlüssel der Lizenz.
portal-restore-key-keeps = Der aktuelle Schlüssel bleibt im Schlüsselverlauf erhalten. Was der wiederhergestellte Schlüssel besagt (Name, Stufe, SEN, Daten), zeigt die Lizenz an; ein erfasstes Supportablaufdatum wird nie vorverlegt.
portal-restore-key-button = Diesen Schlüssel wiederherstellen
portal-restore-key-refused-genuine = Dieser Schlüssel ist nicht verifizierbar, und der aktuelle Schlüssel ist echt: Nur ein Administrator kann ihn zurücksetzen.
portal-restore-key-refused-unreadable = Dieser Schlüssel lässt sich nicht mehr dekodieren und kann daher nicht wiederhergestellt werden.
portal-restore-key-refused-taken = Dieser Schlüssel gehört jetzt zu einer anderen Lizenz und kann daher hier nicht wiederhergestellt werden.
portal-restore-key-refused-current = Dieser Schlüssel ist bereits der Schlüssel der Lizenz.
portal-restore-key-not-allowed = Nur ein Administrator oder ein primärer Kontakt dieser Lizenz kann einen früheren Schlüssel wiederherstellen.
portal-delete-link = Lizenz löschen
portal-delete-title = Diese Lizenz löschen?
portal-delete-intro = { $name } ({ $sen }) wird endgültig gelöscht. Archivieren Sie sie stattdessen, um sie ohne Verlust aus der Liste zu entfernen.
portal-delete-goes = Mit ihr gelöscht werden: ihr Schlüssel, { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakte
    }, { $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    }, { $keys ->
        [one] { $keys } ersetzter Schlüssel
       *[other] { $keys } ersetzte Schlüssel
    } und { $server_ids ->
        [one] { $server_ids } Änderung der Server ID
       *[other] { $server_ids } Änderungen der Server ID
    }.
portal-delete-stays = Erhalten bleiben: { $developers ->
        [one] { $developers } damit verknüpfte Entwicklerlizenz
       *[other] { $developers } damit verknüpfte Entwicklerlizenzen
    } (nicht mehr verknüpft) und { $instances ->
        [one] { $instances } erfasste Installation
       *[other] { $instances } erfasste Installationen
    } mit ihrem Schlüssel (nicht mehr mit ihr verknüpft).
portal-delete-audit = Das Audit-Log behält einen Eintrag der Lizenz, wie sie war.
portal-delete-button = Lizenz löschen
portal-delete-not-allowed = Nur ein Administrator kann eine Lizenz löschen.

## Personen: Konten, Kontakte, Zusammenführen, Postausgang und E-Mails

people-role-technical = Technik
people-role-billing = Abrechnung
# Eine Rolle, in der eine Person primärer Kontakt einer Lizenz ist.
people-role-primary = { $role ->
        [technical] Technik
       *[billing] Abrechnung
    } (primär)
people-state-active = aktiv
people-state-invited = eingeladen
people-state-disabled = deaktiviert
people-never = nie
# Zwischen den Einträgen einer Liste in einer Zeile („Technik, Abrechnung“; „90, 60, 30“).
people-list-separator = {", "}
people-cancel = Abbrechen
people-back-to-licence = Zurück zur Lizenz
people-contacts-heading = Kontakte
people-contacts-technical = Technische Ansprechpartner
people-contacts-billing = Rechnungskontakte
people-contacts-none = Noch kein Kontakt in dieser Rolle.
people-contacts-primary = Primär
people-contacts-invited = eingeladen, noch nicht angemeldet
people-contacts-disabled = deaktiviert
# Neben der eigenen Adresse der angemeldeten Person in einer Kontaktliste.
people-contacts-you = (Sie)
people-contacts-rules = Jeder Kontakt kann Kontakte hinzufügen und entfernen. Der primäre Kontakt jeder Rolle erhält deren Rechnungen und kann einen anderen Kontakt als primär festlegen; jeder Kontakt kann sich selbst als primär festlegen.
people-contacts-primary-stays = Der primäre Kontakt kann erst entfernt werden, wenn ein anderer Kontakt primär ist.
people-contacts-make-primary = Als primär festlegen
people-contacts-remove = { $email } als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } entfernen
people-contacts-add-technical = Technischen Ansprechpartner hinzufügen (E-Mail-Adresse)
people-contacts-add-billing = Rechnungskontakt hinzufügen (E-Mail-Adresse)
people-contacts-add-hint = Eine Adresse ohne Konto hier wird per E-Mail eingeladen, ein Passwort zu wählen.
people-contacts-add-button = Hinzufügen
people-contacts-add-language = Sprache der Einladung, falls die Adresse noch kein Konto hat
people-contacts-page-title = Kontakte von { $licence }
people-contacts-already = { $email } ist bereits { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    } dieser Lizenz.
people-contacts-account-disabled = Das Konto { $email } ist deaktiviert; ein Administrator kann es aktivieren.
people-contacts-role-missing = Wählen Sie einen technischen Ansprechpartner oder einen Rechnungskontakt.
people-account-number-invalid = Das ist kein Konto dieses Portals.
people-remove-title = Diesen Kontakt entfernen?
people-remove-intro = Sie sind dabei, { $email } als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } von { $licence } zu entfernen.
people-remove-loses-access = { $email } sieht diese Lizenz dann nicht mehr.
people-remove-keeps-access = { $email } bleibt Kontakt in einer anderen Rolle und sieht diese Lizenz weiterhin.
people-remove-yourself = Sie sehen diese Lizenz dann nicht mehr.
people-remove-button = Entfernen
people-remove-primary-title = Der primäre Kontakt kann nicht entfernt werden
people-remove-primary-body = { $email } ist { $role ->
        [technical] primärer technischer Ansprechpartner
       *[billing] primärer Rechnungskontakt
    } von { $licence }. Legen Sie zuerst einen anderen { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } als primär fest; danach kann { $email } entfernt werden.
people-not-a-contact-title = Kein Kontakt
people-not-a-contact-body = Dieses Konto ist kein { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    } dieser Lizenz.
people-promote-title = Als { $role ->
        [technical] primären technischen Ansprechpartner
       *[billing] primären Rechnungskontakt
    } festlegen?
people-promote-intro = Sie sind dabei, { $email } als { $role ->
        [technical] primären technischen Ansprechpartner
       *[billing] primären Rechnungskontakt
    } für { $licence } festzulegen.
people-promote-means = Damit kann dieser Kontakt:
people-promote-invoices = ab jetzt auf die Rechnungen für diese Lizenz zugreifen, per E-Mail und unter „Bestellungen“
people-promote-others = künftig andere Kontakte als primär festlegen.
people-promote-past = Frühere Rechnungen werden nicht übertragen: Sie bleiben bei { $previous } unter „Bestellungen“.
people-promote-previous = { $previous } wird sekundärer Kontakt und kann danach entfernt werden.
people-promote-notify = { $previous } erhält eine Benachrichtigung per E-Mail.
people-promote-yes = Ja, als primär festlegen
people-promote-refused-title = Dieser Kontakt kann nicht als primär festgelegt werden
people-promote-refused-secondary = Nur der { $role ->
        [technical] primäre technische Ansprechpartner
       *[billing] primäre Rechnungskontakt
    } ({ $primary }) oder ein Administrator kann jemand anderen als primär festlegen. { $email } kann sich anmelden und sich selbst als primär festlegen.
people-promote-refused-already = { $email } ist bereits { $role ->
        [technical] primärer technischer Ansprechpartner
       *[billing] primärer Rechnungskontakt
    }.
people-promote-refused-disabled = Das Konto { $email } ist deaktiviert und kann daher kein primärer Kontakt sein.
people-promote-refused-not-contact = Dieses Konto ist kein { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    } dieser Lizenz. Fügen Sie es zuerst als Kontakt hinzu.
people-flash-contact-added = Der Kontakt wurde hinzugefügt und per E-Mail benachrichtigt.
people-flash-contact-invited = Der Kontakt wurde hinzugefügt und per E-Mail eingeladen, ein Passwort zu wählen.
people-flash-contact-removed = Der Kontakt wurde entfernt.
people-flash-removed-yourself = Sie sind kein Kontakt dieser Lizenz mehr.
people-flash-primary-changed = Der primäre Kontakt wurde geändert. Der bisherige primäre Kontakt wurde per E-Mail benachrichtigt.
people-flash-profile-saved = Ihr Profil ist gespeichert.
people-flash-password-changed = Ihr Passwort ist geändert. Ihre anderen Sitzungen wurden abgemeldet.
people-flash-consolidation-requested = Die Anfrage wurde gesendet. Nichts wird verschoben, bevor das andere Konto sie annimmt.
people-flash-consolidation-applied = Die Lizenzen wurden verschoben. Alle Betroffenen wurden per E-Mail benachrichtigt.
people-flash-consolidation-declined = Die Anfrage wurde abgelehnt. Nichts wurde verschoben.
people-flash-consolidation-cancelled = Die Anfrage wurde zurückgezogen. Nichts wurde verschoben.
people-flash-account-disabled = Das Konto ist deaktiviert und überall abgemeldet.
people-flash-account-enabled = Das Konto ist aktiviert.
people-flash-invitation-sent = Eine neue Einladung liegt im Postausgang. Frühere Einladungslinks funktionieren nicht mehr.
people-flash-mail-requeued = Die E-Mail wird erneut gesendet.
people-forgot-link = Passwort vergessen?
people-forgot-title = Passwort vergessen?
people-forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können; er funktioniert einmal und eine Stunde lang.
people-forgot-button = Link senden
people-forgot-sent-title = Prüfen Sie Ihre E-Mails
people-forgot-sent-body = Wenn { $email } zu einem Konto hier gehört, ist ein Link zum Wählen eines neuen Passworts unterwegs. Er funktioniert einmal, eine Stunde lang.
people-forgot-no-mail = Nach einigen Minuten keine E-Mail? Sehen Sie im Spam-Ordner nach oder wenden Sie sich an einen Administrator dieses Portals: Er findet die E-Mail im Postausgang oder sendet Ihnen einen neuen Link.
people-profile-title = Ihr Konto
people-profile-email-fixed = Eine E-Mail-Adresse kann nicht geändert werden. Um eine andere Adresse zu verwenden, fügen Sie sie als Kontakt Ihrer Lizenzen hinzu, legen Sie sie als primär fest und entfernen Sie dann diese hier, oder verschieben Sie alle Ihre Lizenzen auf einmal dorthin:
people-profile-move = Lizenzen auf ein anderes Konto verschieben
people-profile-language = Sprache
people-profile-save = Speichern
people-profile-change-password = Passwort ändern
people-profile-name-too-long = Der Name ist zu lang: höchstens 200 Zeichen.
people-profile-language-unknown = Wählen Sie eine Sprache aus der Liste.
people-password-title = Passwort ändern
people-password-current = Aktuelles Passwort
people-password-current-wrong = Das ist nicht Ihr aktuelles Passwort.
people-password-button = Passwort ändern
people-password-others-signed-out = Ihre anderen Sitzungen werden abgemeldet; diese bleibt bestehen.
people-consolidate-title = Lizenzen auf ein anderes Konto verschieben
people-consolidate-intro = Lizenzen, die unter mehreren E-Mail-Adressen gekauft wurden, lassen sich in einem Konto zusammenführen. Melden Sie sich mit dem Konto an, das die Lizenzen abgibt, und beginnen Sie hier; das empfangende Konto nimmt danach an, mit eigener Anmeldung. Vorher wird nichts verschoben.
people-consolidate-admin-intro = Als Administrator können Sie Lizenzen zwischen zwei beliebigen Konten verschieben; sie werden sofort verschoben.
people-consolidate-from = Von Konto (E-Mail-Adresse)
people-consolidate-from-hint = Das Konto, das die Lizenzen abgibt.
people-consolidate-show = Seine Lizenzen anzeigen
people-consolidate-to = Zu Konto (E-Mail-Adresse)
people-consolidate-to-hint = Das Konto, das die Lizenzen erhält. Es muss bereits existieren.
people-consolidate-licences = Zu verschiebende Lizenzen
people-consolidate-licences-hint = Diejenigen, bei denen das Konto primärer Kontakt ist, sind angekreuzt.
people-consolidate-no-licences = Dieses Konto ist für keine Lizenz Kontakt.
people-consolidate-after = Nach dem Verschieben
people-consolidate-remove-source = { $email } von diesen Lizenzen entfernen
people-consolidate-keep-source = { $email } als sekundären Kontakt behalten
people-consolidate-preview = Vorschau
people-consolidate-no-account = Es gibt kein Konto mit dieser Adresse.
people-consolidate-same-account = Wählen Sie ein anderes Konto als das, von dem die Lizenzen kommen.
people-consolidate-target-disabled = Dieses Konto ist deaktiviert.
people-consolidate-choose = Wählen Sie mindestens eine Lizenz.
people-consolidate-not-yours = Eine der gewählten Lizenzen gehört nicht zu diesem Konto.
people-preview-title = Lizenzen von { $source } nach { $target } verschieben
people-change-add-target = { $target } wird { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    }.
people-change-move-primary = { $target } wird anstelle von { $source } { $role ->
        [technical] primärer technischer Ansprechpartner
       *[billing] primärer Rechnungskontakt
    }.
people-change-remove-source = { $source } wird als { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    } entfernt.
people-change-keep-source = { $source } bleibt { $role ->
        [technical] sekundärer technischer Ansprechpartner
       *[billing] sekundärer Rechnungskontakt
    }.
people-skipped-not-contact = { $source } ist kein Kontakt dieser Lizenz mehr: Die Lizenz wird nicht verschoben.
people-orders-stay = Frühere Bestellungen, die nicht verschoben werden (sie bleiben bei dem, der beim Aufgeben primärer Kontakt war): { $orders }
people-orders-none = Keine früheren Bestellungen.
people-nothing-to-move = Für diese Lizenzen würde sich nichts ändern.
people-request-send = Anfrage an { $target } senden
people-request-explain = { $target } muss die Anfrage innerhalb von 7 Tagen annehmen, angemeldet als { $target }. Vorher ändert sich nichts.
people-apply-button = Lizenzen jetzt verschieben
people-apply-explain = Alles oben Genannte wird auf einmal angewendet, im Audit-Log erfasst, und alle Betroffenen werden per E-Mail benachrichtigt.
people-requests-heading = Anfragen, die auf eine Entscheidung warten
people-request-incoming = { $count ->
    [one] { $source } möchte { $count } Lizenz in Ihr Konto verschieben.
   *[other] { $source } möchte { $count } Lizenzen in Ihr Konto verschieben.
}
people-request-outgoing = { $count ->
    [one] Sie haben angefragt, { $count } Lizenz nach { $target } zu verschieben.
   *[other] Sie haben angefragt, { $count } Lizenzen nach { $target } zu verschieben.
}
people-request-review = Prüfen
people-request-title = Lizenzen von { $source } nach { $target } verschieben?
people-request-accept = Annehmen und verschieben
people-request-decline = Ablehnen
people-request-cancel = Anfrage zurückziehen
people-request-waiting = Wartet bis { $date } darauf, dass { $target } annimmt.
people-request-applied = Diese Anfrage wurde angenommen: Die Lizenzen wurden verschoben.
people-request-declined = Diese Anfrage wurde abgelehnt. Nichts wurde verschoben.
people-request-cancelled = Diese Anfrage wurde zurückgezogen. Nichts wurde verschoben.
people-request-expired = Diese Anfrage ist abgelaufen. Nichts wurde verschoben.
people-admin-title = Administration
people-admin-accounts = Konten
people-admin-audit = Audit-Log
people-admin-outbox = Postausgang
people-orphans-heading = Lizenzen, deren primärer Kontakt deaktiviert ist
people-orphans-hint = Der primäre Kontakt hat das Unternehmen verlassen? Öffnen Sie die Kontakte der Lizenz, legen Sie einen anderen Kontakt als primär fest (fügen Sie bei Bedarf zuerst einen hinzu) und entfernen Sie dann den alten.
people-orphans-fix = Kontakte korrigieren
people-col-licence = Lizenz
people-col-role = Rolle
people-col-primary = Primärer Kontakt
people-col-email = E-Mail-Adresse
people-col-name = Name
people-col-state = Status
people-col-last-sign-in = Letzte Anmeldung
people-col-licences = Lizenzen
people-col-actions = Aktionen
people-admin-badge = Admin
people-primary-on = (primärer Kontakt in { $count ->
    [one] { $count } Rolle
   *[other] { $count } Rollen
})
people-account-disable = Deaktivieren
people-account-enable = Aktivieren
people-account-resend = Einladung erneut senden
people-disable-title = { $email } deaktivieren?
people-disable-body = { $email } wird überall abgemeldet und kann sich nicht mehr anmelden. Das Konto bleibt Kontakt seiner Lizenzen; sonst ändert sich nichts.
people-disable-primaries = { $count ->
    [one] { $email } ist primärer Kontakt in { $count } Lizenzrolle. Nach dem Deaktivieren werden diese Lizenzen auf der Administrationsseite aufgeführt, damit ein anderer Kontakt als primär festgelegt werden kann.
   *[other] { $email } ist primärer Kontakt in { $count } Lizenzrollen. Nach dem Deaktivieren werden diese Lizenzen auf der Administrationsseite aufgeführt, damit ein anderer Kontakt als primär festgelegt werden kann.
}
people-disable-button = Konto deaktivieren
people-disable-yourself = Sie können Ihr eigenes Konto nicht deaktivieren.
people-resend-not-invited = Nur an ein eingeladenes Konto kann eine neue Einladung gesendet werden; dieses ist { $state ->
        [active] aktiv
        [invited] eingeladen
       *[disabled] deaktiviert
    }.
people-audit-title = Audit-Log
people-audit-licence = Lizenz (SEN oder Nummer)
people-audit-account = Konto (E-Mail-Adresse)
people-audit-action = Aktion
people-audit-any-action = Jede Aktion
people-audit-from = Von (Datum)
people-audit-to = Bis (Datum, einschließlich)
people-audit-filter = Filtern
people-audit-date-invalid = Ein Datum hat die Form 2026-11-21.
people-audit-licence-unknown = Keine Lizenz hat diese SEN oder Nummer.
people-audit-account-unknown = Kein Konto hat diese Adresse.
people-audit-empty = Keine passenden Einträge.
people-col-when = Wann
people-col-who = Wer
people-col-action = Aktion
people-col-detail = Detail
people-col-change = Vorher und nachher
people-audit-before = Vorher
people-audit-after = Nachher
people-page-status = { $total ->
    [one] Seite { $page } von { $pages } ({ $total } Eintrag)
   *[other] Seite { $page } von { $pages } ({ $total } Einträge)
}
people-page-previous = Vorherige Seite
people-page-next = Nächste Seite
people-outbox-title = Postausgang
people-outbox-smtp = E-Mails werden über { $server } zugestellt. Fehlgeschlagene Versuche werden wiederholt; der letzte Fehler wird aufbewahrt.
people-outbox-no-smtp = Es ist kein SMTP-Server konfiguriert: E-Mails warten hier. Laden Sie sie als .eml-Dateien herunter, oder führen Sie auf dem Server aus: licensedesk outbox export DIR
people-outbox-bad-state = Wählen Sie einen Status des Postausgangs: queued, sent oder failed.
people-outbox-state = Status
people-outbox-all = Alle
people-outbox-empty = Keine E-Mails.
people-mail-state-queued = in Warteschlange
people-mail-state-sent = gesendet
people-mail-state-failed = fehlgeschlagen
people-col-created = Erstellt
people-col-to = An
people-col-subject = Betreff
people-col-kind = Art
people-col-attempts = Versuche
people-col-last-error = Letzter Fehler
people-mail-download = .eml herunterladen
people-mail-send-again = Erneut senden
people-mail-title = E-Mail { $id }
people-mail-not-failed = Nur eine fehlgeschlagene E-Mail kann erneut gesendet werden.
people-mail-greeting = Guten Tag,
# Eine Person, die eine E-Mail nennt: Name und Adresse.
people-mail-person = { $name } ({ $email })
people-mail-signature = -- licensedesk
people-mail-invitation-subject = Einladung zu licensedesk
people-mail-invitation-by-contact = { $actor } hat Sie als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) hinzugefügt.
people-mail-invitation-by-admin = Ein Administrator hat Sie zum Lizenzportal des Unternehmens eingeladen.
people-mail-invitation-body = Wählen Sie ein Passwort, um Ihr Konto { $email } zu aktivieren. Der Link funktioniert einmal, 7 Tage lang:
people-mail-ignore = Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.
people-mail-reset-subject = Neues Passwort für licensedesk wählen
people-mail-reset-body = Jemand, hoffentlich Sie, hat ein neues Passwort für { $email } angefordert. Wählen Sie es hier; der Link funktioniert einmal, eine Stunde lang:
people-mail-reset-ignore = Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.
people-mail-contact-added-subject = Sie sind jetzt { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    } von { $licence }
people-mail-contact-added-body = { $actor } hat Sie als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) hinzugefügt. Sie finden sie hier:
people-mail-contact-added-invited-body = { $actor } hat Sie als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) hinzugefügt. Sie sehen sie, sobald Sie Ihr Passwort über den Einladungslink gewählt haben, der Ihnen zuvor gesendet wurde und bis { $expires } funktioniert. Mit dieser E-Mail kommt kein neuer Link.
people-mail-contact-removed-subject = Sie sind nicht mehr { $role ->
        [technical] technischer Ansprechpartner
       *[billing] Rechnungskontakt
    } von { $licence }
people-mail-contact-removed-body = { $actor } hat Sie als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) entfernt.
people-mail-primary-previous-subject = { $email } ist jetzt { $role ->
        [technical] primärer technischer Ansprechpartner
       *[billing] primärer Rechnungskontakt
    } von { $licence }
people-mail-primary-previous-body = { $actor } hat { $email } als { $role ->
        [technical] primären technischen Ansprechpartner
       *[billing] primären Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) festgelegt. Sie sind jetzt sekundärer Kontakt. { $email } erhält ab jetzt die Rechnungen für diese Lizenz und kann andere Kontakte als primär festlegen; frühere Rechnungen bleiben bei Ihnen unter „Bestellungen“.
people-mail-primary-new-subject = Sie sind jetzt { $role ->
        [technical] primärer technischer Ansprechpartner
       *[billing] primärer Rechnungskontakt
    } von { $licence }
people-mail-primary-new-body = { $actor } hat Sie als { $role ->
        [technical] primären technischen Ansprechpartner
       *[billing] primären Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) festgelegt. Sie erhalten ab jetzt ihre Rechnungen und können andere Kontakte als primär festlegen.
people-mail-support-subject = Support für { $licence } läuft { $days ->
    [one] in { $days } Tag
   *[other] in { $days } Tagen
} ab
people-mail-support-body = Der Support (Wartung) für { $name } läuft am { $date } ab, { $days ->
    [one] in { $days } Tag
   *[other] in { $days } Tagen
}. Verlängern Sie ihn vorher, um weiterhin Updates und Support zu erhalten.
people-mail-evaluation-subject = Die Testlizenz { $licence } läuft { $days ->
    [one] in { $days } Tag
   *[other] in { $days } Tagen
} ab
people-mail-evaluation-body = Die Testlizenz { $name } läuft am { $date } ab, { $days ->
    [one] in { $days } Tag
   *[other] in { $days } Tagen
}.
people-mail-reminder-why = Sie erhalten diese E-Mail als Kontakt der Lizenz. Erinnerungen werden { $schedule } Tage vorher gesendet.
people-mail-request-subject = { $source } möchte Lizenzen in Ihr Konto verschieben
people-mail-request-body = { $source } möchte diese Lizenzen in Ihr Konto { $target } verschieben:
people-mail-request-action = Nichts wird verschoben, bevor Sie annehmen. Prüfen Sie die Anfrage und nehmen Sie sie hier innerhalb von 7 Tagen an oder lehnen Sie sie ab:
people-mail-moved-subject = Lizenzen von { $source } nach { $target } verschoben
people-mail-moved-body = { $actor } hat diese Lizenzen von { $source } nach { $target } verschoben:
people-mail-moved-orders = Frühere Bestellungen bleiben bei dem, der beim Aufgeben primärer Kontakt war.
people-mail-licence-link = Die Lizenz:
# Was `licensedesk user add` und `licensedesk user reset-link` im Terminal ausgeben.
people-cli-invited-created = Eingeladenes Konto { $email } angelegt.
    Senden Sie diesen Link an die Person, damit sie ein Passwort wählt (einmal gültig, 7 Tage lang):
people-cli-created = Konto { $email } angelegt; es kann sich jetzt anmelden.
people-cli-address-taken = ein Konto mit der Adresse { $email } existiert bereits
people-cli-no-account = es gibt kein Konto mit der Adresse { $email }
people-cli-disabled = das Konto { $email } ist deaktiviert; aktivieren Sie es zuerst
people-cli-reset-link = Link zum Zurücksetzen des Passworts für { $email } (einmal gültig, eine Stunde lang):

## Diagnose: eine Installation auslesen, das Ergebnis und die Empfehlungen

diagnose-verdict-match = Übereinstimmung: Die Installation, ihre Lizenz und die Aufzeichnungen stimmen überein.
diagnose-verdict-match-unchecked = In dem, was gelesen werden konnte, wurde kein Problem gefunden, aber die Server ID der Installation ist nicht bekannt und wurde daher nicht verglichen.
diagnose-verdict-server-id-mismatch = Die Server ID weicht ab: nach einer Migration, einem Upgrade oder einer Neuinstallation zu erwarten; die Lizenz funktioniert weiter.
diagnose-verdict-key-differs-from-record = Der installierte Schlüssel ist nicht der erfasste Schlüssel.
diagnose-verdict-key-not-in-inventory = Der installierte Schlüssel ist nicht im Bestand.
diagnose-verdict-sen-differs = Die SEN weicht von der erfassten ab.
diagnose-verdict-licence-damaged = Der installierte Lizenzschlüssel ist beschädigt.
diagnose-verdict-not-genuine = Der installierte Lizenzschlüssel ist nicht echt.
diagnose-verdict-no-licence = In der Installation wurde kein Lizenzschlüssel gefunden.
diagnose-verdict-cannot-tell = Aus dieser Datei nicht feststellbar: Das Produkt speichert seine Lizenzen in seiner Datenbank, die nicht gelesen wurde.
diagnose-verdict-support-expired = Der Support ist abgelaufen.
diagnose-verdict-licence-expired = Die Lizenz ist abgelaufen.
diagnose-verdict-evaluation = Eine Testlizenz ist installiert.
diagnose-verdict-developer-in-production = Eine Entwicklerlizenz läuft auf einer Produktionsinstallation.
diagnose-verdict-production-in-non-production = Eine Produktionslizenz läuft auf einer Installation außerhalb der Produktion.
diagnose-verdict-duplicate-server-id = Eine andere erfasste Installation hat dieselbe Server ID.
diagnose-advice-match = Nichts zu tun.
diagnose-advice-server-id-mismatch = Verwenden Sie den Schlüssel weiter: Es ist kein neuer Schlüssel nötig. Aktualisieren Sie die erfasste Server ID auf die der Installation (diagnose --apply oder die Schaltfläche auf der Seite „Diagnose“); der alte Wert bleibt im Verlauf der Server ID der Lizenz.
diagnose-advice-key-differs-from-record = Wenn die Lizenz verlängert oder per Upgrade erweitert wurde, spielen Sie den erfassten Schlüssel in der Installation ein. Ist dies eine Test- oder Entwicklungsinstallation, sollte sie die Entwicklerlizenz verwenden, die zur Produktionslizenz gehört.
diagnose-advice-key-not-in-inventory = Importieren Sie den Schlüssel (licensedesk import oder die Seite „Import“), damit das Portal diese Lizenz kennt.
diagnose-advice-sen-differs = Prüfen Sie, welche Lizenz diese Installation verwenden soll: Der installierte Schlüssel gehört zu einer anderen SEN als der erfassten.
diagnose-advice-licence-damaged = Kopieren Sie den Schlüssel erneut von seiner Quelle (My Atlassian oder „Lizenz herunterladen“ im Portal) und spielen Sie ihn ein: Unterwegs sind Zeichen verloren gegangen oder verändert worden.
diagnose-advice-not-genuine = Vertrauen Sie nicht darauf, was dieser Schlüssel besagt: Er wurde verändert oder nicht von Atlassian erstellt. Spielen Sie den echten Schlüssel aus My Atlassian oder dem Portal ein.
diagnose-advice-no-licence = Spielen Sie in der Administration des Produkts eine Lizenz ein. Speichert das Produkt seine Lizenz in einer Datenbank, die nicht gelesen werden konnte, führen Sie das angezeigte SQL aus und geben Sie den Schlüssel manuell an (--installed-key FILE, oder fügen Sie ihn auf der Seite „Diagnose“ ein).
diagnose-advice-cannot-tell = Führen Sie das angezeigte SQL in der Datenbank des Produkts aus und geben Sie die Antworten an: auf der Befehlszeile mit --server-id ID und --installed-key FILE, auf der Seite „Diagnose“ in den Feldern unter den Abfragen.
diagnose-advice-support-expired = Verlängern Sie den Support, um weiterhin Updates und Hilfe zu erhalten; das Produkt läuft mit seiner aktuellen Version weiter.
diagnose-advice-licence-expired = Spielen Sie einen aktuellen Schlüssel ein: Verlängern Sie die Lizenz, oder kaufen Sie eine, die eine Testlizenz ersetzt.
diagnose-advice-evaluation = Kaufen Sie eine Lizenz, bevor die Testphase endet, und spielen Sie ihren Schlüssel ein.
diagnose-advice-developer-in-production = Verwenden Sie auf Produktionsinstallationen die Produktionslizenz; Entwicklerlizenzen sind für Test und Entwicklung.
diagnose-advice-production-in-non-production = Verwenden Sie auf Test- und Entwicklungsinstallationen eine Entwicklerlizenz: Sie gehört zur Produktionslizenz und hat einen eigenen Schlüssel.
diagnose-advice-duplicate-server-id = Zwei Installationen teilen sich eine Server ID, wenn eine von der anderen kopiert wurde. Bleiben beide in Gebrauch, richten Sie die Kopie als eigene Installation ein und verwenden Sie darauf eine Entwicklerlizenz, sofern sie nicht produktiv ist.
diagnose-no-sen = (keine SEN)
diagnose-server-id-explanation = Jede neue Installation erhält eine neue Server ID; nach einer Migration, einem Upgrade oder einer Neuinstallation ist dies also zu erwarten. Eine Lizenz ist nicht an eine Server ID gebunden: Sie funktioniert weiter, und es ist kein neuer Schlüssel nötig. Die erfasste Server ID kann aktualisiert werden.
diagnose-finding-server-id-vs-key = Die Server ID der Installation ist { $installation }, ihr Schlüssel wurde aber für { $expected } ausgestellt. { diagnose-server-id-explanation }
diagnose-finding-server-id-vs-record = Die Server ID der Installation ist { $installation }, für Lizenz #{ $id } ({ $name }) ist aber { $expected } erfasst. { diagnose-server-id-explanation }
diagnose-finding-server-id-vs-given = Die Server ID der Installation ist { $installation }, der von Ihnen angegebene Schlüssel wurde aber für { $expected } ausgestellt. { diagnose-server-id-explanation }
diagnose-finding-licence-damaged = Der aus { $source } gelesene Lizenzschlüssel kann nicht dekodiert werden: { $error }.
diagnose-finding-not-genuine = Die Signatur des Schlüssels { $sen } (aus { $source }) ist ungültig: Er ist kein echter Atlassian-Schlüssel, daher ist nichts, was er besagt, vertrauenswürdig.
diagnose-finding-no-licence = Dort, wo das Produkt ihn speichert, wurde kein Lizenzschlüssel gefunden.
diagnose-finding-cannot-tell = Diese Datei nennt die Datenbank, die die Server ID und die Lizenzen enthält; ohne sie lässt sich nicht feststellen, ob eine Lizenz installiert ist.
diagnose-finding-licence-expired = Die Lizenz { $sen } ist am { $date } abgelaufen.
diagnose-finding-evaluation-expired = Die Testlizenz { $sen } ist am { $date } abgelaufen.
diagnose-other-installation = { $label } auf { $host } ({ $product })
# Zwischen den Installationen einer Liste in einem Satz.
diagnose-list-separator = {", "}
diagnose-finding-duplicate-server-id = Die Server ID { $server_id } ist auch erfasst für: { $others }. Zwei Installationen mit einer Server ID sind meist eine geklonte Instanz.
diagnose-finding-sen-differs-record = Der installierte Schlüssel hat die SEN { $sen }, aber für Lizenz #{ $id } ({ $name }), die diesen Schlüssel enthält, ist die SEN { $record_sen } erfasst.
diagnose-finding-sen-differs-given = Der installierte Schlüssel hat die SEN { $sen }, der von Ihnen angegebene Schlüssel aber { $record_sen }: Es sind verschiedene Lizenzen.
diagnose-finding-key-differs-record = Der installierte Schlüssel für { $sen } ist nicht der erfasste Schlüssel der Lizenz #{ $id } ({ $name }): ein verlängerter oder per Upgrade erweiterter Schlüssel, der nicht eingespielt wurde, oder ein Entwicklerschlüssel.
diagnose-finding-key-differs-given = Der installierte Schlüssel für { $sen } ist nicht der von Ihnen angegebene Schlüssel: ein verlängerter oder per Upgrade erweiterter Schlüssel, der nicht eingespielt wurde, oder ein Entwicklerschlüssel.
diagnose-finding-key-not-in-inventory = Der Schlüssel { $sen } (aus { $source }) ist nicht im Bestand, und keine erfasste Lizenz hat seine SEN.
diagnose-finding-developer-in-production = Der Schlüssel { $sen } ist eine Lizenz vom Typ { $licence_type }, auf einer Installation, die als Produktion angegeben ist.
diagnose-finding-production-in-non-production = Der Schlüssel { $sen } ist eine Lizenz vom Typ { $licence_type }, auf einer Installation, die als nicht produktiv angegeben ist.
diagnose-finding-evaluation = Der Schlüssel { $sen } ist eine Testlizenz; sie läuft am { $date } ab.
diagnose-finding-evaluation-no-date = Der Schlüssel { $sen } ist eine Testlizenz.
diagnose-finding-support-expired = Der Support für { $sen } ist am { $date } abgelaufen.
diagnose-note-keys-only = Es wurden keine Aufzeichnungen des Portals herangezogen: Jeder Schlüssel wurde nur mit der Installation verglichen (geben Sie --data-dir an, um mit den Aufzeichnungen des Portals zu vergleichen).
diagnose-note-no-server-id = Die Server ID der Installation konnte nicht gelesen werden, daher wurde keine Server ID verglichen; geben Sie sie manuell an (--server-id oder das Feld „Server ID“).
diagnose-note-relative-expiry = Der Schlüssel { $sen } läuft { $raw } nach dem Einspielen in das Produkt ab (eine zeitlich begrenzte Testlizenz). Wann er eingespielt wurde, steht nicht in dem Gelesenen; sein Ablauf kann daher offline nicht beurteilt werden und wird nicht gewertet.
diagnose-note-unrecognised-date = Der Schlüssel { $sen } hat ein Datum, das nicht verstanden wird: { $raw }.
diagnose-note-key-carries-other-server-id = Der Schlüssel { $sen } trägt noch die Server ID, für die er ausgestellt wurde, { $server_id }; die Aufzeichnung hat bereits die der Installation. Das ist zu erwarten und erfordert nichts.
diagnose-note-unverified-accepted = Die Signatur des Schlüssels { $sen } ist ungültig; wie verlangt (--allow-unverified) wird das nicht als Befund gewertet.
diagnose-note-record-without-key = Für Lizenz #{ $id } ({ $name }) ist diese SEN erfasst, sie enthält aber keinen Schlüssel; importieren Sie den Schlüssel, um die Aufzeichnung zu vervollständigen.
diagnose-title = Diagnose
diagnose-intro = Stimmt die Lizenz nicht? Fügen Sie den Lizenzschlüssel und die Server ID ein, die Ihr Produkt anzeigt, oder laden Sie seine Konfigurationsdatei (confluence.cfg.xml, bamboo.cfg.xml, crowd.cfg.xml, bitbucket.properties, dbconfig.xml) oder ein Support-Zip hoch. Sie werden mit Ihren erfassten Lizenzen verglichen. Hochgeladene Dateien werden gelesen und nicht aufbewahrt.
diagnose-key-label = Lizenzschlüssel
diagnose-key-hint = Der Schlüssel, wie ihn das Produkt anzeigt, oder beliebiger Text, der ihn enthält, etwa eine Kopie der Seite „Systeminformationen“.
diagnose-server-id-label = Server ID
diagnose-server-id-hint = Vier Gruppen aus je vier Buchstaben oder Ziffern, etwa BG9T-XUV4-KZZH-B01W; angezeigt unter Systeminformationen in der Administration des Produkts.
diagnose-file-label = Konfigurationsdatei oder Support-Zip
diagnose-file-hint = Optional. Höchstens 32 MiB.
diagnose-diagnose-button = Diagnostizieren
diagnose-nothing-given = Fügen Sie einen Lizenzschlüssel oder Text ein, der einen enthält, oder laden Sie eine Konfigurationsdatei oder ein Support-Zip hoch.
diagnose-file-unreadable = Diese Datei konnte nicht gelesen werden: { $reason }
# Woher ein Schlüssel gelesen wurde: eingefügt, als Server ID von Hand angegeben oder ohne Namen hochgeladen.
diagnose-source-pasted = eingefügter Text
diagnose-source-given-by-hand = von Hand angegeben
diagnose-source-upload = hochgeladene Datei
diagnose-upload-not-stored = kann nicht gespeichert werden: { $reason }
diagnose-pasted-too-large = Der eingefügte Text ist { $size } Byte lang; höchstens { $limit } Byte können eingefügt werden. Laden Sie ihn stattdessen als Datei hoch.
diagnose-database-heading = Die Datenbank abfragen
diagnose-database-intro = Führen Sie diese Abfragen in der Datenbank des Produkts aus (nur lesend) und fügen Sie die Antworten unten ein.
diagnose-database-server-id-query = Die Server ID:
diagnose-database-licence-query = Die installierten Lizenzschlüssel, je eine Zeile:
diagnose-copy-query = Kopieren
diagnose-copied = Kopiert
diagnose-answer-server-id-label = Server ID (die Antwort auf die erste Abfrage)
diagnose-answer-key-label = Installierter Lizenzschlüssel (die Antwort auf die zweite Abfrage)
diagnose-answer-key-hint = Fügen Sie den ganzen Schlüssel ein; Zeilenumbrüche spielen keine Rolle.
diagnose-answer-button = Mit diesen Antworten diagnostizieren
diagnose-result-title = Diagnose
diagnose-verdict-heading = Ergebnis
diagnose-findings-heading = Befunde
diagnose-what-to-do-heading = Was zu tun ist
diagnose-notes-heading = Gut zu wissen
diagnose-reader-notes-heading = Beim Lesen
diagnose-installation-heading = Installation
diagnose-product-label = Produkt
diagnose-server-id-read-label = Server ID
diagnose-server-id-unknown = nicht bekannt
diagnose-keys-heading = Installierte Lizenzschlüssel
diagnose-sen-label = SEN
diagnose-products-label = Produkte
diagnose-type-label = Typ
diagnose-users-label = Benutzer
diagnose-support-label = Support läuft ab
diagnose-licence-expiry-label = Lizenz läuft ab
diagnose-key-server-id-label = Server ID im Schlüssel
diagnose-signature-label = Signatur
diagnose-genuine = echt
diagnose-not-genuine = ungültig
diagnose-source-label = Gelesen aus
diagnose-on-record-label = Erfasst
diagnose-not-on-record = nicht erfasst
diagnose-update-button = Server ID der Lizenz #{ $id } aktualisieren
diagnose-installed-at-heading = Installiert auf
diagnose-installed-at-empty = Für diese Lizenz wurde noch keine Installation erfasst.
diagnose-installed-at-licence = Installationen von #{ $id } { $name }
# Eine erfasste Lizenz, nach ihrer Nummer und ihrem Namen.
diagnose-record-details = ({ $sen }, Server ID { $server_id })
# Eine Server ID, die die Aufzeichnung übernehmen kann: die Lizenz, ihre SEN, die alte und die neue Server ID.
diagnose-update-summary = { $name } ({ $sen }): { $old } → { $new }
diagnose-column-label = Installation
diagnose-column-host = Host
diagnose-column-product = Produkt
diagnose-column-server-id = Server ID
diagnose-column-verdict = Ergebnis
diagnose-column-recorded = Erfasst
diagnose-another = Weitere Installation diagnostizieren
diagnose-confirm-title = Server ID aktualisieren?
diagnose-confirm-body = Die Server ID der Lizenz #{ $id }, { $name } ({ $sen }), ändert sich von { $old } zu { $new }.
diagnose-confirm-none = keine
diagnose-confirm-history = Der alte Wert bleibt im Verlauf der Server ID der Lizenz, markiert mit „Diagnose“, und die Änderung wird ins Audit-Log geschrieben. Der Schlüssel selbst ändert sich nicht.
diagnose-confirm-button = Server ID aktualisieren
diagnose-cancel = Abbrechen
diagnose-server-id-updated = Server ID aktualisiert. Der alte Wert bleibt im Verlauf der Server ID der Lizenz erhalten.
diagnose-server-id-unchanged = Die Lizenz hat bereits diese Server ID; es wurde nichts geändert.
# Die Berichte der Kommandozeile (diagnose, server-id). Überschrift einer Liste, mit Doppelpunkt.
diagnose-cli-heading = { $heading }:
diagnose-cli-verdict = Ergebnis: { $code }
diagnose-cli-on-record = #{ $id } { $name } ({ $sen }), Server ID { $server_id }
diagnose-cli-apply-hint = Führen Sie denselben Befehl mit --apply aus, um die erfasste Server ID zu setzen:
diagnose-cli-update = Lizenz #{ $id } ({ $name }): { $old } -> { $new }
diagnose-cli-changed-heading = Geändert
diagnose-cli-nothing-changed = nichts: keine erfasste Server ID musste geändert werden
diagnose-cli-applied = Lizenz #{ $id } ({ $name }, { $sen }): Server ID { $old } -> { $new } (der alte Wert bleibt im Verlauf ihrer Server ID erhalten)
diagnose-cli-recorded = Erfasst: Instanz #{ $id } „{ $label }“ auf { $host }
diagnose-cli-given-by-hand = von Hand angegeben ({ $file })
# Labels der Zeilen einer Installation, mit Doppelpunkt; die Werte stehen bündig hinter dem längsten.
diagnose-cli-product = Produkt:
diagnose-cli-read-from = Gelesen aus:
diagnose-cli-server-id = Server ID:
diagnose-cli-database = Datenbank:
diagnose-cli-from-source = { $value } (aus { $source })
diagnose-cli-not-found = nicht gefunden
diagnose-cli-no-licences = Lizenzen:  keine gefunden
diagnose-cli-licence-heading = Lizenz { $n } von { $count } (aus { $source })
diagnose-cli-cannot-be-decoded = kann nicht dekodiert werden: { $error }
diagnose-cli-none = keine
diagnose-cli-yes = ja
diagnose-cli-name = Name
diagnose-cli-evaluation = Testlizenz
diagnose-cli-organisation = Organisation
diagnose-cli-purchased = Gekauft
diagnose-cli-notes = Notizen
diagnose-cli-key-file-holds-several = { $file } enthält { $count } Lizenzschlüssel; geben Sie eine Datei mit genau dem einen Schlüssel an, mit dem verglichen werden soll
diagnose-cli-given-key-damaged = der Schlüssel in { $file } (angegeben mit --key) kann nicht dekodiert werden: { $error }
diagnose-cli-stdin-unreadable = die Standardeingabe kann nicht gelesen werden
diagnose-cli-standard-input = Standardeingabe
diagnose-cli-key-file-unreadable = die Schlüsseldatei { $file } kann nicht gelesen werden
diagnose-cli-key-file-too-large = { $file }: zu groß für eine Lizenzschlüsseldatei (mehr als { $max } Bytes)
diagnose-cli-key-file-not-text = { $file }: keine Textdatei, also kein Lizenzschlüssel
diagnose-cli-key-file-empty = { $file }: die Datei ist leer, kein Lizenzschlüssel

## Lizenzschlüssel: warum ein Text kein Schlüssel ist, die Signatur, die Daten eines Schlüssels

key-error-empty = der Lizenzschlüssel ist leer
key-error-too-large = die Eingabe ist zu groß für einen Lizenzschlüssel ({ $size } Bytes; Schlüssel sind 1–2 KB groß, angenommen werden höchstens { $max } Bytes)
key-error-legacy-version-1 = alter Lizenzschlüssel der Version 1: kann nicht offline dekodiert werden
key-error-missing-trailer = kein Lizenzschlüssel: er endet nicht mit dem Abschluss aus 'X' + Version + Länge eines Schlüssels der Version 2
key-error-unsupported-version = nicht unterstützte Lizenzschlüsselversion „{ $version }“: nur Schlüssel der Version 2 (gekennzeichnet mit 01 oder 02) können dekodiert werden
key-error-wrong-length = beschädigter Lizenzschlüssel: seine Längenangabe nennt { $declared } Zeichen, er hat aber { $actual } (beim Kopieren gingen Zeichen verloren oder kamen hinzu)
key-error-not-base64 = beschädigter Lizenzschlüssel: kein gültiges Base64 ({ $detail })
key-error-truncated = beschädigter Lizenzschlüssel: abgeschnitten (seine Daten benötigen { $needed } Bytes, vorhanden sind aber nur { $available })
key-error-bad-magic = kein Atlassian-Lizenzschlüssel: der Lizenztext beginnt nicht mit den erwarteten Magic Bytes
key-error-bad-zlib = beschädigter Lizenzschlüssel: der komprimierte Lizenztext kann nicht entpackt werden ({ $detail })
key-error-inflated-too-large = Dekodieren abgelehnt: der Lizenztext ist entpackt größer als { $max } Bytes (echte Schlüssel enthalten weniger als 2 KB)
key-error-properties-not-utf8 = beschädigter Lizenzschlüssel: der Lizenztext ist kein UTF-8 (ungültiges Byte an Position { $offset })
key-error-bad-properties = beschädigter Lizenzschlüssel: fehlerhafte Lizenzeigenschaften in Zeile { $line }: { $reason }
key-error-bad-signature-encoding = beschädigter Lizenzschlüssel: die Signatur ist keine DER-kodierte DSA-Signatur
key-signature-valid = Signatur gültig: ein echter Atlassian-Schlüssel
key-signature-invalid = Signatur ungültig: kein echter Atlassian-Schlüssel
# Ein relativer Ablauf, wie der Schlüssel ihn schreibt ($raw, z. B. P3D), und der Zeitraum, für den er steht.
key-date-relative = { $raw } ({ $period } nach dem Einspielen der Lizenz)
key-date-relative-unknown = { $raw } (ab dem Einspielen der Lizenz gerechnet)
key-period-milliseconds =
    { $n ->
        [one] { $n } Millisekunde
       *[other] { $n } Millisekunden
    }
key-period-seconds =
    { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    }
key-period-minutes =
    { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
key-period-hours =
    { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }
key-period-days =
    { $n ->
        [one] { $n } Tag
       *[other] { $n } Tage
    }
key-users =
    { $n ->
        [one] { $n } Benutzer
       *[other] { $n } Benutzer
    }
key-users-unlimited = Unbegrenzt viele Benutzer
key-none-found = kein Lizenzschlüssel gefunden
key-stdin-unreadable = der Schlüssel kann nicht von der Standardeingabe gelesen werden
# Der Bericht des Befehls decode. Labels tragen ihren Doppelpunkt; die Werte stehen bündig dahinter.
key-heading = Schlüssel { $n } von { $count } (Zeile { $line }):
key-yes = ja
key-no = nein
key-label-signature = Signatur:
key-label-sen = SEN:
key-label-server-id = Server ID:
key-label-organisation = Organisation:
key-label-contact = Kontakt:
key-label-description = Beschreibung:
key-label-licence-type = Lizenztyp:
key-label-evaluation = Testlizenz:
key-label-data-center = Data Center:
key-label-purchased = Gekauft:
key-label-created = Erstellt:
key-label-support-expires = Support läuft ab:
key-label-licence-expires = Lizenz läuft ab:
key-label-products = Produkte:

## Eine Installation auslesen: warum ein Home-Verzeichnis, eine Konfigurationsdatei oder ein Support-Zip nicht gelesen werden konnte

install-error-not-found = { $path }: Datei oder Verzeichnis nicht gefunden
install-error-io = { $path } kann nicht gelesen werden: { $reason }
install-error-not-a-product-home = { $path } ist kein Home-Verzeichnis eines Produkts: gesucht wurde nach { $looked_for }
install-error-unrecognised = { $path }: weder ein Home-Verzeichnis eines Produkts noch eine Konfigurationsdatei, ein Support-Zip oder ein Text mit einer Server ID oder einem Lizenzschlüssel
install-error-bad-config = { $path }: { $reason }
install-error-bad-zip = { $path }: keine lesbare Zip-Datei: { $reason }
install-error-zip-too-large = { $path }: Entpacken abgelehnt: { $reason }
install-error-file-too-large = { $path }: zu groß für eine Konfigurationsdatei oder eingefügten Text ({ $size } Bytes; höchstens { $limit })
install-error-bad-server-id = die von Hand angegebene Server ID „{ $given }“ hat nicht die Form XXXX-XXXX-XXXX-XXXX

## Reading an installation: notes on what could not be read and what to do by hand.

install-db-place = PostgreSQL auf { $host }:{ $port }, Datenbank { $database }, Benutzer { $user }
install-db-connect-failed = keine Verbindung zu { $place }: { $reason }
install-db-query-failed = Verbindung zu { $place } hergestellt, aber die Abfrage ist fehlgeschlagen: { $reason } (ist dies die Datenbank des Produkts?)
install-not-connecting-no-database = die Datenbank wurde nicht gelesen (die Diagnose-Seite verbindet sich nie mit einer Datenbank; auf der Kommandozeile: --no-database)
install-not-connecting-support-zip = { $file } nennt eine Datenbank auf dem Rechner, von dem das Support-Zip stammt; sie wird nicht abgefragt
install-not-connecting-not-postgresql = { $file } nennt eine { $kind }-Datenbank; dieses Werkzeug fragt nur PostgreSQL ab
install-not-connecting-encrypted-password = das Datenbankpasswort in { $file } ist verschlüsselt; geben Sie es mit --db-password (oder LICENSEDESK_DB_PASSWORD) an
install-note-bitbucket-no-jdbc-url = { $file } enthält keine jdbc.url: Bitbucket läuft dann mit seiner eingebetteten H2-Datenbank, die nicht gelesen werden kann, solange Bitbucket läuft; geben Sie die Server ID aus Administration > Lizenzierung manuell an (das Feld „Server ID“ oder --server-id), oder führen Sie manuell aus: { $sql }
install-note-bitbucket-no-setup-licence = { $file } enthält kein setup.license; Bitbucket speichert die Lizenz, mit der es läuft, in seiner Datenbank (Administration > Lizenzierung zeigt sie)
install-note-bitbucket-not-read = { $reason }: Bitbucket speichert seine Server ID in der Datenbank; geben Sie die Server ID manuell an (das Feld „Server ID“ oder --server-id)
install-note-failed-ask-server-id = { $failure }; geben Sie die Server ID manuell an (das Feld „Server ID“ oder --server-id)
install-note-bitbucket-no-server-id-row = { $place } hat keine Zeile server.id in app_property: Bitbucket ist noch nicht fertig eingerichtet
install-note-bitbucket-licence-differs = die Lizenz in der Datenbank unterscheidet sich von setup.license in bitbucket.properties; Bitbucket verwendet die Lizenz aus der Datenbank (setup.license gilt nur beim ersten Start)
install-note-jira-no-jdbc-url = { $file } enthält kein jdbc-datasource/url: die Datenbank mit der Server ID und den Lizenzen von Jira ist unbekannt; geben Sie die Server ID manuell an (das Feld „Server ID“ oder --server-id)
install-note-jira-not-read = { $reason }: Jira speichert seine Server ID und seine Lizenzen in der Datenbank; geben Sie die Server ID manuell an (das Feld „Server ID“ oder --server-id)
install-note-jira-not-read-licences = { $reason }: Jira speichert seine Server ID und seine Lizenzen in der Datenbank
install-note-jira-no-server-id-row = { $place } hat keine Eigenschaft jira.sid.key: Jira ist noch nicht fertig eingerichtet
install-note-jira-no-licence-row = { $place } hat keine Zeile in productlicense: keine Lizenz installiert
install-note-manual-sql = SQL, das Sie manuell auf der { $kind }-Datenbank ausführen können: { $sql }; zum Beispiel: { $run }
install-note-sql-and = { $first }; und { $second }
install-run-sqlplus = { $connect } und dann: { $sql }
install-run-embedded = beenden Sie zuerst das Produkt (eine eingebettete { $kind }-Datenbank erlaubt nur einen Benutzer gleichzeitig), öffnen Sie dann { $url } mit der eigenen Shell der Datenbank und führen Sie aus: { $sql }
install-run-other = mit Ihrem Datenbank-Client auf { $url }: { $sql }
install-note-fisheye-no-licence = { $file } enthält keine Lizenz unter <license>: keine Lizenz installiert, oder sie wird anderswo gespeichert
install-note-fisheye-no-server-id = Fisheye/Crucible speichert seine Server ID nicht in config.xml; lesen Sie sie unter Administration > Systemeinstellungen > Systeminformationen ab und geben Sie sie manuell an (das Feld „Server ID“ oder --server-id)
install-note-no-server-id-property = { $file } hat keine Eigenschaft { $property } (ist die Einrichtung abgeschlossen?)
install-note-no-licence-property = { $file } hat keine Eigenschaft { $property }: keine Lizenz installiert
install-note-unusual-server-id = die Server ID { $value } ({ $source }) hat nicht die übliche Form XXXX-XXXX-XXXX-XXXX
install-note-other-server-id = eine andere Server ID, { $found }, steht in { $source }; verwendet wird die zuerst gefundene, { $used } ({ $used_source })
install-note-server-id-overridden = die eigene Server ID der Installation ist { $read } ({ $read_source }); stattdessen wird die manuell angegebene Server ID { $given } verwendet
install-note-licence-sanitised = { $source }: die Lizenz wurde aus dieser Kopie entfernt (vom Support-Werkzeug bereinigt)
install-note-zip-entries-not-read = nicht gelesene Einträge: { $entries }
install-note-separator = {"; "}
install-skipped-unreadable = { $name } ({ $error })
install-skipped-not-text = { $name } (kein Text)
install-product-unidentified = nicht erkanntes Produkt
install-source-property = { $file }, Eigenschaft { $key }
install-source-key = { $file }, Schlüssel { $key }
install-source-element = { $file }, Element { $path }
install-source-element-attribute = { $file }, Element { $path }, Attribut { $attribute }
install-source-line = { $file }, Zeile { $line }
install-source-line-labelled = { $file }, Zeile { $line } ({ $label })
install-source-database-table = Datenbanktabelle { $table }
install-source-database-row = Datenbanktabelle { $table }, Eintrag { $key }
install-source-given-by-hand = von Hand angegeben

## Die Befehle outbox und reminders (ein Terminal: kurz halten)

outbox-cli-cannot-create = der Ordner { $folder } kann nicht angelegt werden
outbox-cli-cannot-write = { $file } kann nicht geschrieben werden
outbox-cli-skipped = E-Mail { $id } übersprungen: { $reason }
outbox-cli-written = { $failed ->
    [0] { $written ->
        [one] 1 E-Mail-Datei nach { $folder } geschrieben.
       *[other] { $written } E-Mail-Dateien nach { $folder } geschrieben.
    }
    [one] { $written ->
        [one] 1 E-Mail-Datei nach { $folder } geschrieben; { $failed } konnte nicht geschrieben werden.
       *[other] { $written } E-Mail-Dateien nach { $folder } geschrieben; { $failed } konnte nicht geschrieben werden.
    }
   *[other] { $written ->
        [one] 1 E-Mail-Datei nach { $folder } geschrieben; { $failed } konnten nicht geschrieben werden.
       *[other] { $written } E-Mail-Dateien nach { $folder } geschrieben; { $failed } konnten nicht geschrieben werden.
    }
}
reminders-cli-bad-from = die Adresse von --mail-from ist nicht verwendbar
reminders-cli-due = { $reminders ->
    [one] 1 Erinnerung fällig am { $date }
   *[other] { $reminders } Erinnerungen fällig am { $date }
}: { $mails ->
    [one] 1 E-Mail in den Postausgang gestellt.
   *[other] { $mails } E-Mails in den Postausgang gestellt.
}
# $kind ist der Code der E-Mail: support-reminder oder evaluation-reminder.
reminders-cli-line = Lizenz { $id }: { $kind ->
    [evaluation-reminder] Testlizenz-Erinnerung
   *[support-reminder] Support-Erinnerung
}, { $days ->
    [one] 1 Tag vorher
   *[other] { $days } Tage vorher
}, { $mails ->
    [one] 1 E-Mail
   *[other] { $mails } E-Mails
}

## Datum: Muster für strftime (%Y Jahr, %m Monat, %d Tag, %-m und %-d ohne führende Null,
## %H:%M die Uhrzeit).

date-format = %d.%m.%Y
stamp-format = %d.%m.%Y %H:%M

## Sprachen

language-picker-label = Sprache
language-unknown = licensedesk spricht diese Sprache nicht. Wählen Sie eine von: { $codes }.

## Uploads, die nicht gelesen werden können

upload-unreadable = Das hochgeladene Formular konnte nicht gelesen werden: { $why }
upload-not-multipart = Diese Adresse erwartet einen Upload (multipart/form-data), und die Anfrage war keiner.
upload-no-boundary = Der Inhalt enthält keine Begrenzung (boundary).
upload-boundary-without-line-break = Auf eine Begrenzung folgt kein Zeilenumbruch.
upload-headers-too-long = Die Kopfzeilen eines Teils sind zu lang.
upload-no-headers = Ein Teil hat keine Kopfzeilen.
upload-headers-not-text = Die Kopfzeilen eines Teils sind kein Text.
upload-ends-inside-part = Der Inhalt endet mitten in einem Teil.
upload-no-name = Ein Teil hat keinen Namen.
upload-too-many-parts = Es enthält zu viele Teile.

# Verwaltung: Aktionen des Prüfprotokolls und Arten der E-Mails im Postausgang.

audit-action-account-created = Konto angelegt
audit-action-account-invited = Konto eingeladen
audit-action-account-disabled = Konto deaktiviert
audit-action-account-enabled = Konto aktiviert
audit-action-profile-changed = Profil geändert
audit-action-password-changed = Passwort geändert
audit-action-password-reset = Passwort zurückgesetzt
audit-action-reset-requested = Zurücksetzen des Passworts angefordert
audit-action-reset-link-created = Link zum Zurücksetzen des Passworts erstellt
audit-action-invitation-resent = Einladung erneut gesendet
audit-action-invitation-accepted = Einladung angenommen
audit-action-mail-requeued = E-Mail erneut eingereiht
audit-action-sign-in = Angemeldet
audit-action-sign-in-failed = Anmeldung fehlgeschlagen
audit-action-sign-out = Abgemeldet
audit-action-contact-added = Ansprechpartner hinzugefügt
audit-action-contact-removed = Ansprechpartner entfernt
audit-action-primary-changed = Primärer Kontakt geändert
audit-action-consolidation-requested = Verschieben von Lizenzen angefordert
audit-action-consolidation-accepted = Verschieben von Lizenzen angenommen
audit-action-consolidation-declined = Verschieben von Lizenzen abgelehnt
audit-action-consolidation-cancelled = Verschieben von Lizenzen abgebrochen
audit-action-consolidated = Lizenz auf ein anderes Konto verschoben
audit-action-licence-added = Lizenz hinzugefügt
audit-action-licence-imported = Lizenz importiert
audit-action-licence-updated-by-import = Lizenz durch einen Import aktualisiert
audit-action-licence-renewed = Lizenz verlängert
audit-action-licence-upgraded = Lizenz per Upgrade erweitert
audit-action-licence-archived = Lizenz archiviert
audit-action-licence-restored = Lizenz wiederhergestellt
audit-action-licence-deleted = Lizenz gelöscht
audit-action-evaluation-extended = Testzeitraum verlängert
audit-action-developer-licence-linked = Entwicklerlizenz verknüpft
audit-action-developer-licence-synced = Entwicklerlizenz abgeglichen
audit-action-organisation-changed = Organisation geändert
audit-action-notes-changed = Notizen geändert
audit-action-auto-renew-on = Automatische Verlängerung eingeschaltet
audit-action-auto-renew-off = Automatische Verlängerung ausgeschaltet
audit-action-server-id-changed = Server-ID geändert
audit-action-key-added = Lizenzschlüssel hinzugefügt
audit-action-key-retrieved = Lizenzschlüssel abgerufen
audit-action-key-restored = Früherer Lizenzschlüssel wiederhergestellt

people-mail-kind-invitation = Einladung
people-mail-kind-reset = Passwort zurücksetzen
people-mail-kind-contact-added = Als Ansprechpartner hinzugefügt
people-mail-kind-contact-removed = Als Ansprechpartner entfernt
people-mail-kind-primary-changed = Primärer Kontakt geändert
people-mail-kind-support-reminder = Erinnerung an den Support
people-mail-kind-evaluation-reminder = Erinnerung an die Testlizenz
people-mail-kind-consolidation = Verschieben von Lizenzen
people-mail-kind-account-disabled = Konto deaktiviert

## Lifecycle: the inner licence hash, refusals and key kinds
key-label-inner-hash = Lizenz-Hash:
key-label-refusal = Abgelehnt von:
key-inner-hash-verified = Lizenz-Hash gültig (Schlüsselversion { $version })
key-inner-hash-not-required = kein Lizenz-Hash, und keiner nötig: der Schlüssel wurde vor 2021 erstellt
key-inner-hash-missing-required = kein Lizenz-Hash, obwohl der Schlüssel 2021 oder später erstellt wurde: Produkte, die den Hash prüfen, lehnen den Schlüssel ab
key-inner-hash-wrong = der Lizenz-Hash passt nicht zu den Eigenschaften der Lizenz: der Schlüssel wurde nach seiner Erstellung verändert
key-inner-hash-unknown-key-version = der Lizenz-Hash wurde mit der Schlüsselversion { $version } erstellt, die dieses Werkzeug nicht kennt: er kann nicht geprüft werden
key-hash-refusal-missing = { $product } { $version } und neuer lehnen diesen Schlüssel ab („Failed to verify license hash: missing property licenseHash“).
key-hash-refusal-wrong = { $product } { $version } und neuer lehnen diesen Schlüssel ab, weil sein Lizenz-Hash nicht gültig ist.
portal-inner-hash = Lizenz-Hash
diagnose-verdict-licence-hash-refused = Das Produkt lehnt den installierten Schlüssel ab: sein Lizenz-Hash fehlt oder ist falsch.
diagnose-advice-licence-hash-refused = Wenden Sie einen Schlüssel mit gültigem Lizenz-Hash an: Laden Sie die Lizenz erneut von My Atlassian herunter (seit 2021 ausgestellte Schlüssel enthalten einen) oder bitten Sie Atlassian um einen neuen Schlüssel.
diagnose-finding-licence-hash-missing = Der Schlüssel { $sen } hat keinen Lizenz-Hash, obwohl er 2021 oder später erstellt wurde: { $product } { $version } und neuer lehnen ihn ab („Failed to verify license hash: missing property licenseHash“).
diagnose-finding-licence-hash-wrong = Der Lizenz-Hash des Schlüssels { $sen } passt nicht zu seinen Eigenschaften: Der Schlüssel wurde verändert, und Produkte, die den Hash prüfen, lehnen ihn ab.
## Lifecycle: kinds of licence
kind-server = Server
kind-data-center = Data Center
kind-fisheye-crucible = Fisheye/Crucible
kind-evaluation = Evaluierung
kind-developer = Entwickler
kind-test = Lizenz für Tests
kind-app = App
kind-label = Art der Lizenz
kind-support-ends = Support endet am { $date }: Sie können sie weiter nutzen, aber Versionen, die nach diesem Datum erscheinen, akzeptieren die Lizenz nicht.
kind-support-ends-fisheye-crucible = Support endet am { $date }: Server-Lizenzen für Fisheye und Crucible werden weiter unterstützt und verlängert; Sie können sie weiter nutzen, aber Versionen, die nach diesem Datum erscheinen, akzeptieren die Lizenz nicht.
kind-licence-ends-data-center = Lizenz endet am { $date }: Das Produkt ist danach schreibgeschützt.
kind-evaluation-ends = Evaluierung endet am { $date }: Danach läuft das Produkt nicht mehr mit dieser Lizenz.
kind-developer-follows = Entwicklerlizenz: Ihr Support folgt dem der Produktionslizenz und endet am { $date }; Versionen, die nach diesem Datum erscheinen, akzeptieren sie nicht.
kind-developer-follows-undated = Entwicklerlizenz: Ihr Support folgt dem der Produktionslizenz.
kind-test-relative = Lizenz für Tests: Sie läuft { $period } nach dem Einspielen in ein Produkt ab und ist an keine Server ID gebunden.
kind-test-relative-unread = Lizenz für Tests: Sie läuft { $raw } nach dem Einspielen in ein Produkt ab und ist an keine Server ID gebunden.
kind-test-dated = Lizenz für App-Entwickler oder Tests: nicht für den Produktivbetrieb und an keine Server ID gebunden.
kind-app-support-ends = App-Support endet am { $date }: Sie können die App weiter nutzen, aber Versionen der App, die nach diesem Datum erscheinen, akzeptieren die Lizenz nicht.
kind-list-relative-expiry = ab dem Einspielen gezählt
## Lifecycle: cut-off dates, releases and upgrade eligibility

audit-action-lifecycle-file-replaced = Lebenszyklus-Tabelle ersetzt
audit-action-lifecycle-file-reset = Lebenszyklus-Tabelle auf die mitgelieferte zurückgesetzt

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
    [cutoffs] Stichtage
   *[releases] Versionstabelle
}
lifecycle-month-format = %m.%Y
lifecycle-heading = Was wann geschieht
lifecycle-cutoff-server-support-end = { $when ->
    [past] Der Support für Server endete am { $date }: Er kann nicht darüber hinaus verlängert werden, und Versionen, die nach dem Supportablauf dieser Lizenz erschienen sind, akzeptieren sie nicht.
   *[future] Der Support für Server endet am { $date }: Er kann nicht darüber hinaus verlängert werden, und Versionen, die nach dem Supportablauf dieser Lizenz erscheinen, akzeptieren sie nicht.
}
lifecycle-cutoff-dc-new-subscriptions-end = { $when ->
    [past] Neue Data-Center-Abonnements gab es bis zum { $date }; bestehende Abonnements können weiter verlängert werden.
   *[future] Neue Data-Center-Abonnements gibt es bis zum { $date }; bestehende Abonnements können weiter verlängert werden.
}
lifecycle-cutoff-dc-last-purchase = { $when ->
    [past] Die letzten Data-Center-Käufe und Änderungen der Benutzerstufe waren bis zum { $date } möglich.
   *[future] Data-Center-Käufe und Änderungen der Benutzerstufe sind bis zum { $date } möglich: Ändern Sie die Benutzerstufe dieser Lizenz vorher.
}
lifecycle-cutoff-dc-end-of-life = { $when ->
    [past] Data Center hat am { $date } sein Lebensende erreicht.
   *[future] Data Center erreicht am { $date } sein Lebensende: Eine Verlängerung über den { $date } hinaus ist nicht möglich.
}
lifecycle-cutoff-source = Quelle: { $who }
lifecycle-eligibility-heading = Kann diese Lizenz eine Version betreiben?
lifecycle-eligibility-product = Produkt
lifecycle-eligibility-version = Version
lifecycle-eligibility-hint = Ein Feature-Release wie 9.12; die Versionstabelle enthält die Feature-Releases seit 2019.
lifecycle-eligibility-check = Prüfen
lifecycle-verdict = { $verdict ->
    [yes] Berechtigt
    [no] Nicht berechtigt
   *[unknown] Nicht feststellbar
}
lifecycle-eligible = { $product } { $version }, erschienen am { $released }, akzeptiert diese Lizenz: Die Version erschien vor dem Supportablauf am { $support }.
lifecycle-eligible-read-only = Die Lizenz endet am { $expiry }: Danach ist das Produkt schreibgeschützt, gleich in welcher Version.
lifecycle-not-eligible = { $product } { $version }, erschienen am { $released }, akzeptiert diese Lizenz nicht: Versionen, die nach dem Supportablauf am { $support } erschienen sind, akzeptieren sie nicht.
lifecycle-cannot-tell = { $product } { $version } erschien im { $released }, und der Supportablauf am { $support } fällt in diesen Monat: Die Versionstabelle kennt den Tag nicht, daher lässt es sich nicht feststellen. Prüfen Sie die Versionshinweise.
lifecycle-no-support-expiry = Diese Lizenz hat kein Supportablaufdatum, das sich mit dem Erscheinen von { $product } { $version } ({ $released }) vergleichen ließe.
lifecycle-test-licence = Dies ist eine Lizenz für App-Entwickler und Tests: { $product } { $version } akzeptiert sie, solange sie gilt, gerechnet ab ihrer Eingabe; sie ist nicht für den Produktivbetrieb gedacht.
lifecycle-evaluation = Dies ist eine Testlizenz: { $product } { $version } läuft damit, bis die Lizenz am { $expiry } endet.
lifecycle-evaluation-no-expiry = Dies ist eine Testlizenz: { $product } { $version } läuft damit, bis die Lizenz endet.
lifecycle-unknown-version = Die Versionstabelle kennt { $product } { $version } nicht.
lifecycle-nearest-version = { $version } ({ $released })
lifecycle-nearest = Bekannte Versionen in der Nähe: { $versions }.
lifecycle-release-notes = Versionshinweise
lifecycle-release-source = Versionshinweise: { $url }
lifecycle-version-invalid = „{ $version }“ ist keine Version: Schreiben Sie sie als 9.12 oder 9.12.3.
lifecycle-product-unknown = Die Versionstabelle hat kein Produkt „{ $product }“; wählen Sie eines von { $codes }.
lifecycle-file-error = Zeile { $line }: { $reason }
lifecycle-problem-too-large = Die Datei ist größer als { $max } KiB.
lifecycle-problem-too-many-rows = Die Datei hat mehr als { $max } Zeilen.
lifecycle-problem-not-csv = Diese Zeile ist kein lesbares CSV (ein nicht geschlossenes Anführungszeichen oder Text, der nicht UTF-8 ist).
lifecycle-problem-header = Die erste Zeile muss die Kopfzeile { $expected } sein.
lifecycle-problem-no-rows = Die Datei hat eine Kopfzeile und keine Zeilen.
lifecycle-problem-field-count = Die Zeile hat { $found } Felder; die Kopfzeile hat { $expected }.
lifecycle-problem-empty = Das Feld { $column } ist leer.
lifecycle-problem-too-long = Das Feld { $column } ist länger als { $max } Zeichen.
lifecycle-problem-unknown-event = „{ $value }“ ist kein Ereignis; verwenden Sie eines von { $codes }.
lifecycle-problem-unknown-deployment = „{ $value }“ ist keine Bereitstellungsart; verwenden Sie server oder data-center.
lifecycle-problem-unknown-product = „{ $value }“ ist kein Produkt der Versionstabelle; verwenden Sie eines von { $codes }.
lifecycle-problem-bad-date = Das Feld { $column } ist kein Datum der Form JJJJ-MM-TT (ein Erscheinungsdatum darf JJJJ-MM sein).
lifecycle-problem-bad-version = „{ $value }“ ist keine Version wie 9.12 oder 9.12.3.
lifecycle-problem-bad-url = Die Quelle ist keine https://- oder http://-Adresse.
lifecycle-problem-duplicate = Dieselbe Zeile steht schon in Zeile { $first }.
lifecycle-admin-link = Lebenszyklusdaten
lifecycle-admin-title = Lebenszyklusdaten
lifecycle-admin-intro = Die Stichtage von Server und Data Center und die Versionstabelle bestimmen, was Lizenzseiten, Erinnerungen und die Antwort zur Upgrade-Berechtigung sagen. Ersetzen Sie eine Tabelle, wenn sich Daten ändern: Laden Sie eine CSV-Datei mit derselben Kopfzeile hoch, prüfen Sie die Änderungen und bestätigen Sie.
lifecycle-admin-shipped = In Gebrauch: die mit licensedesk gelieferte Tabelle, { $rows } Zeilen.
lifecycle-admin-imported = In Gebrauch: importiert von { $who } am { $when }, { $rows } Zeilen.
lifecycle-admin-download = Als CSV herunterladen
lifecycle-admin-file = CSV-Datei
lifecycle-admin-preview-button = Änderung ansehen
lifecycle-admin-reset = Wieder die gelieferte Tabelle verwenden
lifecycle-admin-preview-title = { $file ->
    [cutoffs] Die Stichtage ersetzen?
   *[releases] Die Versionstabelle ersetzen?
}
lifecycle-admin-preview-summary = Die Tabelle in Gebrauch hat { $before } Zeilen, die Datei { $after }; { $changes ->
    [one] eine Zeile ändert sich.
   *[other] { $changes } Zeilen ändern sich.
}
lifecycle-admin-col-row = Zeile
lifecycle-admin-col-before = Vorher
lifecycle-admin-col-after = Nachher
lifecycle-admin-no-changes = Die Datei enthält dieselben Zeilen wie die Tabelle in Gebrauch.
lifecycle-admin-confirm = Tabelle ersetzen
lifecycle-admin-cancel = Abbrechen
lifecycle-admin-replaced = { $file ->
    [cutoffs] Die Stichtage wurden ersetzt.
   *[releases] Die Versionstabelle wurde ersetzt.
}
lifecycle-admin-reset-done = { $file ->
    [cutoffs] Die gelieferten Stichtage sind wieder in Gebrauch.
   *[releases] Die gelieferte Versionstabelle ist wieder in Gebrauch.
}
lifecycle-admin-file-missing = Wählen Sie eine CSV-Datei zum Hochladen.
lifecycle-admin-not-utf8 = Die Datei ist kein UTF-8-Text.
lifecycle-cli-dry-run = { $file ->
    [cutoffs] Stichtage geprüft: { $rows } Zeilen, { $changes } Änderungen; nichts wurde geändert (--dry-run).
   *[releases] Versionstabelle geprüft: { $rows } Zeilen, { $changes } Änderungen; nichts wurde geändert (--dry-run).
}
lifecycle-cli-imported = { $file ->
    [cutoffs] Stichtage importiert: { $rows } Zeilen, { $changes } Änderungen.
   *[releases] Versionstabelle importiert: { $rows } Zeilen, { $changes } Änderungen.
}
lifecycle-cli-reset = { $file ->
    [cutoffs] Die gelieferten Stichtage sind wieder in Gebrauch.
   *[releases] Die gelieferte Versionstabelle ist wieder in Gebrauch.
}
lifecycle-cli-nothing-to-reset = { $file ->
    [cutoffs] Die gelieferten Stichtage sind bereits in Gebrauch.
   *[releases] Die gelieferte Versionstabelle ist bereits in Gebrauch.
}
lifecycle-cli-cannot-read = { $path } kann nicht gelesen werden.
lifecycle-cli-refused = { $path } wurde abgelehnt, nichts wurde geändert: { $reason }
eligible-cli-no-licence = Es gibt keine Lizenz mit der SEN { $sen }.
eligible-cli-no-key = { $input } ist weder eine erfasste SEN noch ein Lizenzschlüssel noch eine Datei mit einem.
eligible-cli-heading = { $product } { $version }: { $verdict }
## Lifecycle: app licences
apps-host-heading = Host-Lizenz
apps-is-app-licence = Dies ist eine App-Lizenz (Marketplace): Sie hat eine eigene SEN, eine eigene Stufe und eigene Daten und läuft auf einer Host-Lizenz.
apps-host-product = Host-Produkt
apps-host-product-unknown = Der Schlüssel der App nennt keines: Wählen Sie unten die Host-Lizenz.
apps-host-jira = Jira
apps-host-confluence = Confluence
apps-host-bitbucket = Bitbucket
apps-host-bamboo = Bamboo
apps-host-crowd = Crowd
apps-host-fisheye-crucible = Fisheye/Crucible
apps-runs-on = Läuft auf
apps-not-linked = Noch mit keiner Host-Lizenz verknüpft.
apps-host-hidden = Eine Host-Lizenz, die Sie nicht sehen können.
apps-no-choices = Keine Host-Lizenz derselben Organisation, die Sie sehen können.
apps-choose-host = Host-Lizenz
apps-no-host = Kein Host (Verknüpfung lösen)
apps-link-button = Verknüpfen …
apps-choose-hint = Angeboten werden nur Lizenzen derselben Organisation, die Sie sehen können. Sie bestätigen auf der nächsten Seite.
apps-hosted-heading = Apps auf dieser Lizenz
apps-col-app = App
apps-col-findings = Befunde
apps-no-findings = Keine Befunde
apps-finding-tier-below-host = Die Benutzerstufe der App ({ $app }) liegt unter der des Hosts ({ $host }): Die App muss alle Benutzer des Hosts abdecken.
apps-finding-server-app-on-data-center = Eine Server-App-Lizenz auf einem Data-Center-Host: Eine Server-App-Lizenz, die am oder nach dem { $cutoff } begonnen hat, wird dort abgelehnt, und diese begann am { $started }.
apps-finding-server-app-on-data-center-undated = Eine Server-App-Lizenz auf einem Data-Center-Host: Eine Server-App-Lizenz, die am oder nach dem { $cutoff } begonnen hat, wird dort abgelehnt, und der Beginn dieser ist nicht bekannt.
apps-finding-support-before-host = Der Support der App endet am { $app }, vor dem des Hosts am { $host }.
apps-confirm-title = App-Lizenz mit ihrem Host verknüpfen
apps-confirm-link = Die App-Lizenz { $app } mit der Host-Lizenz { $host } verknüpfen?
apps-confirm-unlink = Die Verknüpfung der App-Lizenz { $app } mit ihrer Host-Lizenz lösen?
apps-confirm-button = Bestätigen
apps-host-not-chosen = Wählen Sie eine Host-Lizenz aus der Liste.
apps-host-not-allowed = Diese Lizenz kann nicht der Host dieser App sein: Wählen Sie eine Host-Lizenz derselben Organisation.
apps-flash-host-linked = Der Host der App-Lizenz wurde gespeichert.
audit-action-app-licence-linked = App-Lizenz mit ihrem Host verknüpft
## Installationen, wie man sie vorfindet: Jira-XML-Backups, Container-Umgebungen, eingebettete H2-Datenbanken, was ein Produkt im Support-Zip über sich meldet
install-found-none = (keine)
install-found-run-h2 = beenden Sie zuerst das Produkt (H2 erlaubt nur einem Programm gleichzeitig, die Datei zu öffnen), und führen Sie dann dort, wo die h2-*.jar des Produkts liegt (im Ordner WEB-INF/lib seiner Installation), aus: { $command }
install-found-backup-no-server-id = { $file } enthält keine Eigenschaft jira.sid.key, dieses Backup nennt also keine Server ID; lesen Sie sie in Jira unter Administration > System > Systeminformationen ab und geben Sie sie manuell an (das Feld „Server ID“ oder --server-id)
install-found-backup-no-licence = { $file } enthält keine Zeile ProductLicense: Als dieses Backup erstellt wurde, war keine Lizenz installiert
install-found-server-id-not-in-environment = { $file } liefert die Lizenz, aber die Umgebung eines Containers enthält nie die Server ID: { $product ->
    [confluence] Confluence speichert sie in confluence.cfg.xml in seinem Home-Volume; führen Sie licensedesk server-id auf diesem Ordner aus oder lesen Sie sie in Confluence unter Allgemeine Konfiguration > Systeminformationen ab
    [bitbucket] Bitbucket speichert sie in seiner Datenbank (Tabelle app_property); führen Sie licensedesk server-id auf seinem Home-Volume aus oder lesen Sie sie in Bitbucket unter Administration > Lizenzierung ab
    [bamboo] Bamboo speichert sie in bamboo.cfg.xml in seinem Home-Volume; führen Sie licensedesk server-id auf diesem Ordner aus oder lesen Sie sie in Bamboo unter Administration > Systeminformationen ab
   *[other] das Produkt speichert sie in seinem Home-Volume oder seiner Datenbank; führen Sie licensedesk server-id auf seinem Home-Volume aus oder lesen Sie sie in der Administration des Produkts ab
}
install-found-home-volume = docker inspect zeigt das Home-Verzeichnis des Produkts als { $volume } auf dem Host eingebunden: Führen Sie licensedesk server-id auf diesem Ordner aus, um die Server ID zu lesen
install-found-embedded-h2 = { $product } läuft mit seiner eingebetteten H2-Datenbank ({ $found }), die nicht gelesen werden kann, solange { $product } läuft, und die dieses Werkzeug nicht öffnet; beenden Sie { $product } und führen Sie dann dort, wo seine h2-*.jar liegt (im Ordner WEB-INF/lib seiner Installation), aus: { $command }
install-found-report-detail = { $name }: { $value }
install-found-product-report = { $file } enthält, was das Produkt selbst meldet: SEN { $sen }, Server ID { $server_id }; Lizenzdetails: { $details }
install-found-reported-server-id-differs = Das Produkt meldet die Server ID { $reported } ({ $file }), aber { $read_source } enthält { $read }: Die Konfiguration im Zip ist nicht die, mit der das laufende Produkt arbeitet (von einer anderen Instanz kopiert oder seit dem Start des Produkts geändert)
install-found-reported-sen-differs = Das Produkt meldet { $reported } ({ $file }), aber die installierten Schlüssel tragen { $in_keys }: Das Produkt läuft mit einer anderen Lizenz als dem Schlüssel in seiner Konfiguration, oder die Lizenz wurde nach dem Erstellen des Zips geändert
## Installations: the database's Server ID, cluster nodes, app licences and test licences
install-note-confluence-not-read = { $reason }: Confluence läuft mit der Server ID aus seiner Datenbank (Tabelle BANDANA), die nicht mit der hier gezeigten aus confluence.cfg.xml verglichen wurde
install-note-confluence-failed = { $failure }; die gezeigte Server ID ist die aus confluence.cfg.xml, Confluence läuft mit der aus seiner Datenbank
install-note-confluence-no-server-id-row = { $place } hat in BANDANA keine Zeile confluence.server.id: die Server ID aus confluence.cfg.xml wird verwendet
install-note-confluence-server-ids-disagree = confluence.cfg.xml nennt { $file } ({ $file_source }), die Datenbank aber { $database }: Confluence läuft mit der aus der Datenbank, die hier gezeigt wird; die der Datei stammt aus einer anderen Installation (eine wiederhergestellte oder kopierte Datenbank)
install-note-jira-app-licences-failed = die App-Lizenzen konnten nicht gelesen werden: { $failure }
# One other node of the cluster in a list: its node id, label and host.
diagnose-other-cluster-node = Knoten { $node } ({ $label } auf { $host })
diagnose-note-other-cluster-nodes = Die Server ID { $server_id } ist auch für andere Knoten dieses Data Center-Clusters erfasst: { $others }. Jeder Knoten eines Clusters hat die Server ID des Clusters; das ist eine Installation, keine geklonte Instanz.
diagnose-note-server-id-not-enforced-for-test = Der Schlüssel { $sen } ist eine Testlizenz für App-Entwickler, ausgestellt für die Server ID { $expected }; die der Installation ist { $installation }. Solche Lizenzen sind an keine Server ID gebunden, das ist also keine Abweichung.
# The installation's line for a Data Center node: its node id, the cluster it belongs to (a
# shared home or a cluster name) and where that was read.
diagnose-cli-cluster-node = Cluster-Knoten:
diagnose-cli-cluster-node-value = { $node } (Cluster { $cluster }, aus { $source })
# The Diagnose page: the label of the line naming a Data Center node.
diagnose-cluster-node-label = Cluster-Knoten
install-note-jira-app-licence-sql = Jira hält auch seine App-Lizenzen (Marketplace) in der Datenbank; um sie aufzulisten, führen Sie aus: { $sql }
## Lifecycle: end of Data Center overview and cut-off reminders

eodc-title = Ende von Data Center
eodc-intro = Jede nicht archivierte Data-Center-Lizenz, nach Organisation, mit der Bedeutung jedes Stichtags für sie und dem, was zu entscheiden ist. Die nächste Entscheidung steht zuerst.
eodc-cutoffs-heading = Stichtage
eodc-cutoffs-shipped = Dies sind die Daten der mit licensedesk ausgelieferten Stichtagstabelle.
eodc-cutoffs-imported = Dies sind die Daten der Stichtagstabelle, die { $by } am { $date } importiert hat.
eodc-col-event = Stichtag
eodc-col-date = Datum
eodc-col-source = Quelle
eodc-col-licence = Lizenz
eodc-col-product = Produkt
eodc-col-tier = Stufe
eodc-col-licence-expiry = Lizenzablauf
eodc-col-support-expiry = Supportablauf
eodc-col-meaning = Was die Stichtage bedeuten und was zu entscheiden ist
eodc-event-server-support-end = Ende des Server-Supports
eodc-event-dc-new-subscriptions-end = Ende neuer Data-Center-Abonnements
eodc-event-dc-last-purchase = Letzte Käufe und Stufenwechsel
eodc-event-dc-end-of-life = Lebensende von Data Center
eodc-source = Quelle: { $who }
eodc-download-csv = Als CSV herunterladen
eodc-empty = Keine Data-Center-Lizenz ist in Gebrauch: Es ist nichts zu entscheiden.
eodc-no-organisation = Keine Organisation erfasst
eodc-group-count = { $count ->
    [one] 1 Lizenz
   *[other] { $count } Lizenzen
}
eodc-next-decision = Nächste Entscheidung bis { $date }
eodc-nothing-ahead = Alle Stichtage sind vorüber.
eodc-no-cutoff = Kein Stichtag der Tabelle gilt für diese Lizenz.
eodc-line-new-subscriptions-ahead = Neue Data-Center-Abonnements enden am { $date }: Ein Abonnement, das danach ausläuft, kann nicht erneut gekauft werden.
eodc-line-new-subscriptions-ended = Neue Data-Center-Abonnements endeten am { $date }: Ein ausgelaufenes Abonnement kann nicht erneut gekauft werden, lassen Sie es also nicht auslaufen.
eodc-line-lapsed = Das Abonnement ist am { $lapsed } ausgelaufen, nachdem neue Data-Center-Abonnements am { $date } endeten: Es kann nicht erneut gekauft werden.
eodc-line-last-purchase-ahead = Stufenwechsel und letzte Käufe enden am { $date }: Entscheiden Sie vorher über die endgültige Stufe.
eodc-line-last-purchase-passed = Stufenwechsel und letzte Käufe endeten am { $date }: Die Stufe ist endgültig.
eodc-line-renews = Das Abonnement wird am { $renews } verlängert; eine Verlängerung über den { $date } (Lebensende) hinaus ist nicht möglich.
eodc-line-end-of-life-ahead = Data Center erreicht am { $date } sein Lebensende: Entscheiden Sie vorher, wohin dieses Produkt geht.
eodc-line-end-of-life-passed = Data Center hat am { $date } sein Lebensende erreicht.
eodc-line-support-end-ahead = Der Support läuft am { $date } ab: Sie nutzen das Produkt weiter, aber Versionen, die danach erscheinen, nehmen die Lizenz nicht an.
eodc-line-support-end-passed = Der Support ist am { $date } abgelaufen: Versionen, die danach erscheinen, nehmen die Lizenz nicht an.
eodc-mail-heading = Was das Ende von Data Center für diese Lizenz bedeutet:
eodc-mail-source = Quelle: { $who }, { $url }
eodc-reminder-subject = { $event } am { $date }: { $days ->
    [one] in 1 Tag
   *[other] in { $days } Tagen
}
eodc-reminder-what-server-support-end = Der Support für Server-Lizenzen läuft am { $date } ab: Versionen, die danach erscheinen, nehmen sie nicht an.
eodc-reminder-what-dc-new-subscriptions-end = Neue Data-Center-Abonnements enden am { $date }: Danach kann ein auslaufendes Abonnement nicht erneut gekauft werden.
eodc-reminder-what-dc-last-purchase = Stufenwechsel und letzte Käufe von Data Center enden am { $date }: Kunden entscheiden vorher über ihre endgültigen Stufen.
eodc-reminder-what-dc-end-of-life = Data Center erreicht am { $date } sein Lebensende: Kein Abonnement läuft darüber hinaus, und jedes Produkt braucht vorher ein neues Zuhause.
eodc-reminder-licences = { $count ->
    [one] Eine Data-Center-Lizenz in Gebrauch ist betroffen. Die Übersicht zeigt sie mit dem, was zu entscheiden ist:
   *[other] { $count } Data-Center-Lizenzen in Gebrauch sind betroffen. Die Übersicht zeigt sie mit dem, was zu entscheiden ist:
}
eodc-reminder-why = Sie erhalten diese E-Mail als Administrator des Portals. Administratoren werden { $schedule } Tage vor jedem Data-Center-Stichtag erinnert.
people-mail-kind-cutoff-reminder = Erinnerung an einen Data-Center-Stichtag
eodc-reminders-cli-line = { $event } am { $date }: Erinnerung an die Administratoren, { $days ->
    [one] 1 Tag vorher
   *[other] { $days } Tage vorher
}, { $mails ->
    [one] 1 E-Mail
   *[other] { $mails } E-Mails
}
# A field an import's preview lists when it changes.
import-field-kind = Art der Lizenz

## Lifecycle: eligibility of products a licence does not cover, and of bug-fix releases
lifecycle-not-covered = Diese Lizenz gilt nicht für { $product }: Sie ist eine Lizenz für { $covered }, und keine Version von { $product } akzeptiert sie.
lifecycle-later-fix = Die Release-Tabelle kennt { $product } { $feature }, veröffentlicht am { $released }, vor dem Ende des Supports am { $support }; das Bugfix-Release { $version } erschien später, womöglich nach diesem Datum, und akzeptiert die Lizenz dann nicht. Prüfen Sie das Veröffentlichungsdatum von { $version } in den Release Notes.

## Organisations: customer companies, their managers and consultants
organisation-read-only = Ihr Zugriff auf diese Organisation ist schreibgeschützt: Sie können ansehen, aber nichts ändern.

## Organisations — co-term planner
org-coterm-title = Konsolidierung der Lizenzzeiträume: { $organisation }
org-coterm-intro = Atlassian konsolidiert Lizenzzeiträume, indem jede Lizenz um eine ganze Zahl von Monaten verlängert wird, gezählt ab ihrem bisherigen Support-Ablaufdatum (nicht ab heute), sodass der Support aller Lizenzen an einem gemeinsamen Datum endet.
org-coterm-until-label = Gemeinsames Support-Enddatum
org-coterm-until-hint = Vorschlag: { $date }, das späteste Support-Ablaufdatum dieser Lizenzen, damit der Support keiner Lizenz verkürzt wird.
org-coterm-show = Plan anzeigen
org-coterm-download-csv = Als CSV herunterladen
org-coterm-col-licence = Lizenz
org-coterm-col-sen = SEN
org-coterm-col-expiry = Support läuft ab
org-coterm-col-months = Monate
org-coterm-col-new-expiry = Neues Support-Ablaufdatum
org-coterm-col-note = Hinweis
org-coterm-note-exact = { $months ->
    [one] 1 Monat
   *[other] { $months } Monate
} verlängern: { $from } → { $until }
org-coterm-note-short = Endet am { $from }: keine ganze Zahl von Monaten erreicht den { $target }; am nächsten kommt der { $until } ({ $months ->
    [one] 1 Monat
   *[other] { $months } Monate
}), { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
} zu früh.
org-coterm-note-on-target = Endet bereits am Zieldatum: nichts zu verlängern.
org-coterm-note-after-target = Endet bereits nach dem Zieldatum: nichts zu verlängern.
org-coterm-note-within-a-month = Endet { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
} vor dem Zieldatum: weniger als ein Monat, nichts zu verlängern.
org-coterm-note-too-far = Zu weit: höchstens { $max } Monate je Verlängerung.
org-coterm-left-out-heading = Nicht im Plan
org-coterm-left-out-evaluation = Testlizenz: Evaluierungen werden verlängert, nicht erneuert.
org-coterm-left-out-test = Lizenz für Tests: Sie hat keinen bezahlten Support, der zu verlängern wäre.
org-coterm-left-out-developer = Entwicklerlizenz: Ihr Support folgt ihrer Produktionslizenz.
org-coterm-left-out-archived = Archiviert.
org-coterm-left-out-no-support-expiry = Kein Support-Ablaufdatum, ab dem eine Verlängerung zählen könnte.
org-coterm-empty = Diese Organisation hat keine Lizenz, deren Zeitraum sich konsolidieren ließe.
org-coterm-create = Verlängerungsbestellungen anlegen …
org-coterm-read-only = Ihr Zugriff auf diese Organisation ist nur lesend: Sie sehen den Plan, bestellen können ihn ihre Verwalter.
org-coterm-confirm-title = { $count ->
    [one] 1 Verlängerungsbestellung anlegen?
   *[other] { $count } Verlängerungsbestellungen anlegen?
}
org-coterm-confirm-intro = Diese Verlängerungsbestellungen werden für { $organisation } angelegt; jede verschiebt das Support-Ablaufdatum einer Lizenz auf ihr neues Datum zum { $target }:
org-coterm-confirm-button = Verlängerungsbestellungen anlegen
org-coterm-nothing-to-order = Keine Lizenz dieses Plans hat eine Verlängerung um ganze Monate: Es gibt nichts zu bestellen.
org-coterm-flash-created = { $count ->
    [one] 1 Verlängerungsbestellung angelegt.
   *[other] { $count } Verlängerungsbestellungen angelegt.
}
## Organisations — the partner dashboard and the monthly reports
org-dash-nav = Partner-Übersicht
org-dash-title = Partner-Übersicht
org-dash-all = Alle Organisationen
org-dash-intro = Die Lizenzen jeder Organisation am { $date }, nach Zustand gezählt. Jede Zahl führt zu den Lizenzen, die sie zählt. Archivierte Lizenzen werden nicht gezählt.
org-dash-empty = Keine Organisationen anzuzeigen.
org-dash-col-organisation = Organisation
org-dash-col-next-renewal = Nächste Verlängerung
org-dash-col-report = Monatsbericht
org-dash-col-sen = SEN
org-dash-col-product = Produkt
org-dash-col-name = Lizenz
org-dash-col-why = Grund
org-dash-state-active = Aktiv
org-dash-state-expiring = Support endet binnen 90 Tagen
org-dash-state-support-expired = Support abgelaufen
org-dash-state-evaluation = Evaluierungslizenzen
org-dash-state-test = Testlizenzen
org-dash-state-single-contact = Ein Ansprechpartner oder keiner
org-dash-state-primary-inactive = Primärer Kontakt inaktiv
org-dash-state-no-billing = Kein Rechnungskontakt
org-dash-no-organisation = Keine Organisation
org-dash-total = Summe
org-dash-report-link = Bericht
org-dash-warnings-heading = Warnungen zum Bus-Faktor
org-dash-licence-count = { $count ->
    [one] 1 Lizenz
   *[other] { $count } Lizenzen
}
org-dash-no-warning = Keine Lizenz trägt diese Warnung.
org-dash-more = und { $count } weitere
org-dash-why-single-contact = einziger Ansprechpartner: { $email }
org-dash-why-no-contact = gar kein Ansprechpartner
org-dash-why-disabled = { $role ->
    [billing] Primärer Rechnungskontakt
   *[technical] Primärer technischer Ansprechpartner
} { $email } ist deaktiviert
org-dash-why-not-since = { $role ->
    [billing] Primärer Rechnungskontakt
   *[technical] Primärer technischer Ansprechpartner
} { $email } hat sich seit { $date } nicht angemeldet
org-dash-why-never = { $role ->
    [billing] Primärer Rechnungskontakt
   *[technical] Primärer technischer Ansprechpartner
} { $email } hat sich nie angemeldet (Konto angelegt am { $date })
org-dash-why-no-billing = kein Rechnungskontakt
org-report-title = Monatsbericht von { $organisation }
org-report-dashboard-link = Übersicht dieser Organisation
org-report-is-on = Der Monatsbericht ist eingeschaltet: Die Verwalter der Organisation erhalten ihn zu Beginn jedes Monats per E-Mail.
org-report-is-off = Der Monatsbericht ist ausgeschaltet: Niemand erhält ihn.
org-report-switch-legend = Monatsbericht per E-Mail
org-report-switch-on = Ein
org-report-switch-off = Aus
org-report-save = Speichern
org-report-bad-on = Wählen Sie Ein oder Aus.
org-report-no-managers = Diese Organisation hat keine Verwalter: Niemand erhält den Bericht, bis sie einen hat.
org-report-queued = Der Bericht dieses Monats wurde in den Postausgang gestellt.
org-report-not-queued = Der Bericht dieses Monats wurde noch nicht in den Postausgang gestellt.
org-report-preview-heading = Der Bericht dieses Monats, wie Sie ihn erhalten würden
org-report-mail-kind = Monatlicher Organisationsbericht
org-report-mail-subject = { $organisation }: Lizenzbericht für { $month }
org-report-mail-intro = Der Monatsbericht zu den Lizenzen von { $organisation } für { $month }.
org-report-mail-expiring-heading = Support, der in den nächsten 90 Tagen endet:
org-report-mail-expiring-line = { $name }: Support endet am { $date }
org-report-mail-expiring-none = In den nächsten 90 Tagen endet kein Support.
org-report-mail-changes-heading = Was sich seit dem { $date } geändert hat:
org-report-mail-changes-none = Nichts hat sich geändert.
org-report-change-added = Hinzugefügt: { $licence } ({ $product })
org-report-change-renewed = Verlängert: { $licence } ({ $product }), Support endet jetzt am { $date }
org-report-change-archived = Archiviert: { $licence } ({ $product })
org-report-change-restored = Wiederhergestellt: { $licence } ({ $product })
org-report-change-contacts = Ansprechpartner geändert: { $licence } ({ $product })
org-report-mail-warnings-heading = Warnungen zum Bus-Faktor:
org-report-mail-warning-line = { $state }: { $licence } ({ $product }): { $why }
org-report-mail-warnings-none = Keine Warnungen.
org-report-mail-dashboard = Die Übersicht von { $organisation }:
org-report-mail-why = Sie erhalten diese E-Mail als Verwalter von { $organisation }. Ein Administrator oder Verwalter kann den Monatsbericht hier ausschalten:
org-report-cli-line = { $organisation }: Monatsbericht für { $month }, { $mails ->
    [one] 1 E-Mail
   *[other] { $mails } E-Mails
}
audit-action-organisation-reports-on = Monatlicher Organisationsbericht eingeschaltet
audit-action-organisation-reports-off = Monatlicher Organisationsbericht ausgeschaltet
## Organisations — the list by organisation
org-list-col-organisation = Organisation
org-list-organisation-on-key = Organisation laut Lizenzschlüssel
org-list-organisation-label = Organisation
org-list-all-organisations = Alle Organisationen
org-list-no-organisation = Keine Organisation
# An organisation number typed into a link that is none of the viewer's organisations.
org-list-unknown-organisation = Organisation Nr. { $id }
org-list-more-organisations = Hier stehen nur die ersten { $count } Organisationen nach Namen zur Auswahl: Die Lizenzen einer anderen Organisation erreichen Sie über den Link auf ihrer Seite oder in der Spalte Organisation.
org-list-filters-label = Filter
org-list-chip-organisation = Organisation: { $name }
org-list-chip-state = Angezeigt: { $state }
org-list-remove-filter = Diesen Filter entfernen
org-list-state-active = Aktive Lizenzen
org-list-state-expiring = Support endet innerhalb von { $days } Tagen
org-list-state-support-expired = Support abgelaufen
org-list-state-evaluation = Testlizenzen
org-list-state-test = Lizenzen für Tests
org-list-state-single-contact = Ein Ansprechpartner oder keiner
org-list-state-primary-inactive = Ein primärer Kontakt ist deaktiviert oder seit { $days } Tagen nicht angemeldet
org-list-state-no-billing = Kein Rechnungskontakt
org-list-group = Nach Organisation gruppieren
org-list-ungroup = Gruppierung aufheben
org-list-group-count = { $count ->
    [one] 1 Lizenz auf dieser Seite
   *[other] { $count } Lizenzen auf dieser Seite
}
org-list-no-match = Keine Lizenzen entsprechen diesen Filtern.
org-list-bad-organisation = Die Liste lässt sich nach der Nummer einer Organisation filtern, oder mit „none“ nach den Lizenzen ohne Organisation.
org-list-bad-state = Die Liste lässt sich nach diesen Zuständen filtern: active, expiring, support-expired, evaluation, test, single-contact, primary-inactive, no-billing.
org-list-bad-group = Die Liste lässt sich nur nach Organisation gruppieren.
## Organisations — managers and consultants
org-access-title = Personen von { $organisation }
org-access-lead = Neben den Ansprechpartnern der einzelnen Lizenzen erreichen diese Personen jede Lizenz von { $organisation }: Verwalter sehen und verwalten sie; Berater lesen sie, bis ihr Zugriff endet.
org-access-licences-link = Die Lizenzen
org-access-managers-heading = Verwalter
org-access-managers-none = Diese Organisation hat noch keinen Verwalter.
org-access-consultants-heading = Berater
org-access-consultants-none = Noch kein Berater hat Zugriff erhalten.
org-access-col-address = Adresse
org-access-col-since = Seit
org-access-col-added-by = Hinzugefügt von
org-access-col-until = Letzter Tag
org-access-col-keys = Lizenzschlüssel
org-access-col-granted-by = Gewährt von
org-access-col-state = Status
org-access-col-actions = Aktionen
org-access-keys-with = mit Schlüsseln
org-access-keys-without = ohne Schlüssel
org-access-state-running = läuft
org-access-state-ended = beendet
org-access-state-revoked = widerrufen
org-access-you = (Sie)
org-access-remove = Entfernen
org-access-revoke = Widerrufen
org-access-email-label = E-Mail-Adresse
org-access-email-hint = Eine Adresse ohne Konto erhält eine Einladung, ein Passwort zu wählen.
org-access-language-label = Sprache der Einladung, falls die Adresse noch kein Konto hat
org-access-add-manager-heading = Verwalter hinzufügen
org-access-add-manager-button = Verwalter hinzufügen
org-access-grant-heading = Einem Berater Lesezugriff geben
org-access-until-label = Letzter Tag des Zugriffs
org-access-until-hint = Nach heute und höchstens { $days } Tage im Voraus. Der Zugriff endet von selbst, wenn dieser Tag endet.
org-access-with-keys-label = Lizenzschlüssel einschließen (sonst bleiben die Schlüssel zurückgehalten)
org-access-grant-button = Zugriff gewähren
org-access-read-only-note = Lesezugriff bis { $date }, gewährt von { $actor }.
org-access-cancel = Abbrechen
org-access-remove-title = Verwalter entfernen
org-access-remove-body = { $email } sieht und verwaltet die Lizenzen von { $organisation } nicht mehr (außer als Ansprechpartner einzelner Lizenzen).
org-access-remove-button = Verwalter entfernen
org-access-revoke-title = Zugriff eines Beraters widerrufen
org-access-revoke-body = { $email } verliert den Lesezugriff auf die Lizenzen von { $organisation } sofort. Die Verwalter werden per E-Mail benachrichtigt.
org-access-revoke-button = Zugriff widerrufen
org-access-refused-title = Nicht möglich
org-access-back = Zurück zu den Personen von { $organisation }
org-access-already-manager = { $email } verwaltet diese Organisation bereits.
org-access-account-disabled = Das Konto { $email } ist deaktiviert; aktivieren Sie es zuerst.
org-access-administrator = { $email } ist Administrator und sieht bereits jede Organisation.
org-access-already-granted = { $email } hat bereits laufenden Zugriff auf diese Organisation; widerrufen Sie ihn zuerst, um ihn zu ändern.
org-access-until-missing = Geben Sie den letzten Tag des Zugriffs als Datum ein (JJJJ-MM-TT).
org-access-until-not-after-today = Der letzte Tag des Zugriffs muss nach heute liegen.
org-access-until-too-long = Der Zugriff darf höchstens { $days } Tage dauern: Der letzte Tag ist spätestens der { $latest }.
org-access-remove-last = Nur ein Administrator darf den letzten Verwalter einer Organisation entfernen.
org-access-remove-yourself = Sie können sich nicht selbst als Verwalter entfernen; bitten Sie einen anderen Verwalter oder einen Administrator.
org-access-not-a-manager = Dieses Konto verwaltet die Organisation nicht.
org-access-revoke-not-running = Dieser Zugriff ist bereits beendet.
org-access-key-withheld = Schlüssel zurückgehalten: Ihr Zugriff umfasst keine Schlüssel.
org-access-download-withheld = Ihr Zugriff auf diese Organisation umfasst keine Lizenzschlüssel.
org-access-reminders-cli-ended = { $count ->
    [one] Der Zugriff von 1 Berater ist beendet; die Verwalter seiner Organisation wurden benachrichtigt.
   *[other] Der Zugriff von { $count } Beratern ist beendet; die Verwalter ihrer Organisationen wurden benachrichtigt.
}
org-access-mail-kind = Zugriff auf eine Organisation
org-access-mail-invitation-reason = { $actor } hat Ihnen { $role ->
        [manager] die Verwaltung der
       *[consultant] Lesezugriff auf die
    } Lizenzen von { $organisation } gegeben.
org-access-mail-people-link = Verwalter und Berater der Organisation:
org-access-mail-licences-link = Die Lizenzen:
org-access-mail-started-subject = Ein Berater kann jetzt die Lizenzen von { $organisation } lesen
org-access-mail-started-body = { $actor } hat { $consultant } Lesezugriff auf die Lizenzen von { $organisation } bis { $until } (letzter Tag) gegeben, { $keys ->
        [with] mit
       *[without] ohne
    } Lizenzschlüssel.
org-access-mail-granted-subject = Lesezugriff auf die Lizenzen von { $organisation }
org-access-mail-granted-body = { $actor } hat Ihnen Lesezugriff auf die Lizenzen von { $organisation } bis { $until } (letzter Tag) gegeben, { $keys ->
        [with] mit
       *[without] ohne
    } Lizenzschlüssel.
org-access-mail-manager-subject = Sie verwalten jetzt die Lizenzen von { $organisation }
org-access-mail-manager-body = { $actor } hat Sie zum Verwalter von { $organisation } gemacht: Sie sehen und verwalten jede ihrer Lizenzen.
org-access-mail-ended-subject = Zugriff von { $consultant } auf { $organisation } beendet
org-access-mail-ended-body = Der Lesezugriff von { $consultant } auf die Lizenzen von { $organisation } ist beendet.
audit-action-organisation-manager-added = Verwalter einer Organisation hinzugefügt
audit-action-organisation-manager-removed = Verwalter einer Organisation entfernt
audit-action-organisation-access-granted = Zugriff für Berater gewährt
audit-action-organisation-access-revoked = Zugriff für Berater widerrufen
audit-action-key-viewed = Lizenzschlüssel einem Berater gezeigt
## Organisations — organisations themselves
org-title = Organisationen
org-nav-organisations = Organisationen
org-none = Sie betreuen keine Organisationen. Ein Administrator oder ein Manager einer Organisation kann Ihnen Zugriff geben.
org-none-yet = Noch keine Organisationen. Lizenzen bringen ihre mit dem Schlüssel mit, oder legen Sie unten eine an.
org-col-name = Organisation
org-col-licences = Lizenzen
org-col-managers = Manager
org-no-managers = Keine Manager
org-new-heading = Neue Organisation
org-name-label = Name
org-create-button = Organisation anlegen
org-name-blank = Geben Sie einen Namen ein.
org-name-too-long = Ein Name hat höchstens { $max } Zeichen.
org-name-control = Ein Name darf keine Steuerzeichen enthalten.
org-name-taken = Es gibt bereits eine Organisation mit diesem Namen:
org-back-to-list = ← Alle Organisationen
org-licence-count = { $count ->
    [one] 1 Lizenz
   *[other] { $count } Lizenzen
}
org-link-people = Manager und Berater
org-link-dashboard = Übersicht
org-link-coterm = Co-Term-Planer
org-link-report = Monatsbericht
org-rename-heading = Umbenennen
org-rename-button = Umbenennen
org-merge-link = Mit einer anderen Organisation zusammenführen…
org-merge-title = { $name } zusammenführen
org-merge-intro = Ihre Lizenzen und Manager gehen an die Organisation, die Sie wählen, die Zugriffe der Berater enden, und diese Organisation wird entfernt.
org-merge-into-label = Zusammenführen in
org-merge-next = Weiter
org-merge-no-other = Es gibt keine andere Organisation zum Zusammenführen.
org-merge-into-itself = Eine Organisation kann nicht mit sich selbst zusammengeführt werden.
org-merge-confirm = { $from } in { $into } zusammenführen?
org-merge-licences = { $count ->
    [one] 1 Lizenz wird verschoben
   *[other] { $count } Lizenzen werden verschoben
}
org-merge-managers = { $count ->
    [one] 1 Manager wird verschoben
   *[other] { $count } Manager werden verschoben
}
org-merge-grants = { $count ->
    [one] 1 laufender Beraterzugriff endet (gewähren Sie ihn für die zusammengeführte Organisation neu, falls er noch gebraucht wird)
   *[other] { $count } laufende Beraterzugriffe enden (gewähren Sie sie für die zusammengeführte Organisation neu, falls sie noch gebraucht werden)
}
org-merge-gone = { $name } wird danach entfernt.
org-merge-button = Zusammenführen
org-cancel = Abbrechen
org-belongs-to = Gehört zu
org-no-organisation = Keine Organisation
org-move-label = In Organisation verschieben
org-move-button = Verschieben
org-unknown = Wählen Sie eine der Organisationen.
org-on-the-key = Organisation laut Schlüssel
org-flash-created = Organisation angelegt.
org-flash-renamed = Organisation umbenannt.
org-flash-merged = Organisationen zusammengeführt.
org-flash-licence-moved = Die Lizenz gehört jetzt zu einer anderen Organisation.
org-import-column = Organisation
org-import-joins = kommt zu { $name }
org-import-new = neue Organisation { $name }
audit-action-organisation-created = Organisation angelegt
audit-action-organisation-renamed = Organisation umbenannt
audit-action-organisations-merged = Organisationen zusammengeführt
audit-action-licence-organisation-moved = Lizenz in andere Organisation verschoben
org-cli-unknown = Keine Organisation hat diese Nummer (siehe `licensedesk organisation list`).
org-cli-merged = { $from } in { $into } zusammengeführt: { $count ->
    [one] 1 Lizenz verschoben.
   *[other] { $count } Lizenzen verschoben.
}

## Automatisierung: die JSON-API und ihre Tokens

audit-action-api-token-created = API-Token erstellt
audit-action-api-token-revoked = API-Token widerrufen
api-token-missing = Senden Sie ein persönliches Zugriffstoken: Authorization: Bearer ldpat_… (auf Ihrer Kontoseite erstellen).
api-token-invalid = Dieses Token kennen wir nicht: vertippt, abgeschnitten oder nie hier erstellt.
api-token-expired = Dieses Token ist am { $date } abgelaufen. Erstellen Sie auf Ihrer Kontoseite ein neues.
api-token-revoked = Dieses Token wurde widerrufen. Erstellen Sie auf Ihrer Kontoseite ein neues.
api-token-account-disabled = Das Konto, zu dem dieses Token gehört, ist deaktiviert.
api-token-read-only = Dieses Token darf nur lesen. Für Änderungen brauchen Sie ein Token mit Schreibrecht.
api-not-found = Hier ist nichts, oder nichts, was dieses Token sehen darf.
api-method-not-allowed = Diese Adresse nimmt diese Methode nicht an. Sie nimmt: { $allow }.
api-too-large = Der Anfragetext ist zu groß: hier höchstens { $limit } Bytes.
api-json-required = Senden Sie den Text als JSON, mit Content-Type: application/json.
api-bad-json = Der Text ist nicht das JSON, das diese Adresse annimmt: { $reason }
api-json-object = der Text ist ein JSON-Objekt mit benannten Feldern.
api-token-organisation-out-of-reach = Dieses Token ist auf eine Organisation beschränkt, die sein Konto nicht mehr erreicht (ein Zugriff ist abgelaufen oder ein Manager wurde entfernt). Erstellen Sie ein neues Token.
api-bad-dry-run = dry_run ist true oder false.
api-invalid = { $count ->
    [one] Ein Feld wurde abgelehnt: siehe errors.
   *[other] { $count } Felder wurden abgelehnt: siehe errors.
}
api-401-title = Token erforderlich
api-404-title = Nicht gefunden
api-422-title = Abgelehnt

## Automation — personal access tokens

token-heading = API-Tokens
token-intro = Mit einem Token nutzt ein Skript oder ein Monitoring-Host die JSON-API in Ihrem Namen, mit Ihren Rechten – auf Wunsch nur lesend oder auf eine Organisation beschränkt. Behandeln Sie es wie ein Passwort.
token-none = Sie haben keine API-Tokens.
token-col-name = Name
token-col-scope = Umfang
token-col-organisation = Lizenzen
token-col-created = Erstellt
token-col-expires = Läuft ab
token-col-last-used = Zuletzt verwendet
token-col-state = Status
token-col-actions = Aktionen
token-scope-read = lesen
token-scope-write = lesen und schreiben
token-all-visible = alle, die Sie sehen
token-never = nie
token-state-live = gültig
token-state-expired = abgelaufen
token-state-revoked = widerrufen
token-revoke-button = Widerrufen
token-new-heading = Neues Token
token-name-label = Name
token-name-hint = Wofür es dient, zum Beispiel „Nagios auf monitor-01“.
token-scope-label = Umfang
token-scope-read-option = Lesen: Lizenzen auflisten und anzeigen
token-scope-write-option = Lesen und schreiben: auch ändern, was Sie im Web ändern dürfen
token-organisation-label = Lizenzen
token-organisation-all = Alle Lizenzen, die Sie sehen
token-days-label = Gültigkeit in Tagen
token-days-hint = 1 bis 366 Tage; leer: 90.
token-create-button = Token erstellen
token-name-missing = Geben Sie dem Token einen Namen.
token-name-too-long = Der Name eines Tokens hat höchstens 80 Zeichen.
token-name-unprintable = Der Name enthält ein Steuerzeichen; geben Sie ihn neu ein.
token-days-invalid = Geben Sie eine ganze Zahl von Tagen zwischen 1 und 366 ein.
token-organisation-unknown = Wählen Sie eine Ihrer Organisationen oder alle Lizenzen, die Sie sehen.
token-made-heading = Token { $name } erstellt
token-secret-label = Ihr neues Token
token-made-copy = Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.
token-made-example = Zum Beispiel:
token-revoke-title = Token { $name } widerrufen?
token-revoke-body = Skripte, die es verwenden, funktionieren sofort nicht mehr.
token-revoke-confirm = Token widerrufen
token-cancel = Abbrechen
token-flash-revoked = Token widerrufen. Skripte, die es verwenden, werden ab jetzt abgewiesen.
token-cli-no-account = Kein Konto hat die Adresse { $email }.
token-cli-disabled = Das Konto { $email } ist deaktiviert.
token-cli-organisation-unknown = Keine Organisation heißt oder hat die Nummer { $organisation } (siehe `licensedesk organisation list`).
token-cli-organisation-not-reached = { $email } verwaltet diese Organisation nicht und hat keinen laufenden Zugriff darauf.
token-cli-created = Token { $id } ({ $name }) für { $email } erstellt; es läuft am { $expires } (UTC) ab.
token-cli-none = Keine Tokens.
token-cli-col-id = Nummer
token-cli-col-account = Konto
token-cli-all = alle, die das Konto sieht
token-cli-not-found = { $email } hat kein gültiges Token mit der Nummer { $id } (siehe `licensedesk token list`).
token-cli-revoked = Token { $id } von { $email } widerrufen.
## Automation — role mailboxes
mailbox-heading = Funktionspostfächer
mailbox-intro-organisation = Diese gemeinsamen Adressen erhalten die Erinnerungen und Mitteilungen von { $organisation }, ohne Konten zu sein: Erinnerungen an Support und Testphasen, Änderungen der Kontakte der Lizenzen und den Monatsbericht.
mailbox-intro-portal = Diese gemeinsamen Adressen erhalten die Erinnerungen jeder Lizenz und die Erinnerungen an die Data-Center-Stichtage, ohne Konten zu sein.
mailbox-none = Noch keine Funktionspostfächer.
mailbox-col-address = Adresse
mailbox-col-language = Sprache
mailbox-col-added = Hinzugefügt von
mailbox-remove-link = Entfernen
mailbox-add-heading = Funktionspostfach hinzufügen
mailbox-address-label = Adresse
mailbox-address-hint = Eine gemeinsame Adresse wie licences@customer.example. Sie wird kein Konto und meldet sich nirgends an.
mailbox-language-label = Sprache ihrer E-Mails
mailbox-add-button = Postfach hinzufügen
mailbox-already = { $address } ist hier bereits ein Funktionspostfach.
mailbox-language-unknown = Wählen Sie eine der vier Sprachen.
mailbox-remove-title = Funktionspostfach entfernen
mailbox-remove-body-organisation = { $address } erhält die Erinnerungen und Mitteilungen von { $organisation } nicht mehr.
mailbox-remove-body-portal = { $address } erhält die Erinnerungen des Portals nicht mehr.
mailbox-remove-button = Postfach entfernen
mailbox-cancel = Abbrechen
mailbox-read-only = Nur ein Administrator oder ein Verwalter der Organisation ändert ihre Funktionspostfächer.
mailbox-mail-reminder-why-organisation = Diese Adresse erhält die Erinnerungen von { $organisation } als eines ihrer Funktionspostfächer. Erinnerungen werden { $schedule } Tage vorher gesendet.
mailbox-mail-reminder-why-portal = Diese Adresse erhält die Erinnerungen des Portals als eines seiner Funktionspostfächer. Erinnerungen werden { $schedule } Tage vorher gesendet.
mailbox-mail-cutoff-why = Diese Adresse erhält die Erinnerungen des Portals als eines seiner Funktionspostfächer. Sie werden { $schedule } Tage vor jedem Data-Center-Stichtag gesendet.
mailbox-mail-contacts-subject = Kontakte von { $licence } geändert
mailbox-mail-contact-added = Zur Kenntnis: { $actor } hat { $email } als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) hinzugefügt.
mailbox-mail-contact-removed = Zur Kenntnis: { $actor } hat { $email } als { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) entfernt.
mailbox-mail-primary-changed = Zur Kenntnis: { $actor } hat { $email } zum primären { $role ->
        [technical] technischen Ansprechpartner
       *[billing] Rechnungskontakt
    } der Lizenz { $licence } ({ $name }) gemacht.
mailbox-mail-contacts-why = Diese Adresse erhält die Mitteilungen von { $organisation } als eines ihrer Funktionspostfächer.
mailbox-mail-report-why = Diese Adresse erhält den Monatsbericht von { $organisation } als eines ihrer Funktionspostfächer. Ein Administrator oder Verwalter kann den Bericht hier ausschalten:
mailbox-cli-added = { $address } erhält jetzt die E-Mails für { $owner }.
mailbox-cli-removed = { $address } erhält die E-Mails für { $owner } nicht mehr.
mailbox-cli-portal = das Portal
mailbox-cli-none = Keine Funktionspostfächer.
mailbox-cli-not-found = Hier gibt es kein Funktionspostfach mit dieser Adresse (siehe `licensedesk organisation mailbox list`).
audit-action-mailbox-added = Funktionspostfach hinzugefügt
audit-action-mailbox-removed = Funktionspostfach entfernt
## Automation — calendar feed and auditor exports
feed-heading = Kalender-Feed
feed-intro = Ein Kalender-Feed trägt das Support-Ende, den Lizenzablauf und das Ende der Testlizenz jeder Lizenz, die Sie sehen, in Ihr Kalenderprogramm ein, mit Erinnerungen zu den Erinnerungsfristen des Portals. Seine Adresse ist geheim: Wer sie hat, sieht diese Daten.
feed-none = Sie haben keinen Kalender-Feed.
feed-active = Ihr Kalender-Feed wurde am { $date } angelegt. Seine Adresse wurde einmal angezeigt, beim Anlegen.
feed-create = Kalender-Feed anlegen
feed-regenerate = Neue Adresse erzeugen
feed-regenerate-hint = Eine neue Adresse ersetzt die alte, die sofort nicht mehr funktioniert.
feed-revoke = Kalender-Feed beenden
feed-created-title = Ihr Kalender-Feed
feed-created-lead = Dies ist die Adresse Ihres Kalender-Feeds. Sie wird nur jetzt angezeigt: Kopieren Sie sie in Ihr Kalenderprogramm. Geht sie verloren, erzeugen Sie eine neue Adresse.
feed-url-label = Feed-Adresse
feed-how-heading = So abonnieren Sie ihn
feed-how-thunderbird = Thunderbird: Wählen Sie im Kalender „Neuer Kalender“, dann „Im Netzwerk“, fügen Sie die Adresse als Adresse des Kalenders ein und bestätigen Sie.
feed-how-outlook = Outlook: Wählen Sie „Kalender hinzufügen“, dann „Aus dem Web abonnieren“ (im Desktop-Programm „Aus dem Internet“), fügen Sie die Adresse ein und bestätigen Sie.
feed-how-refresh = Kalenderprogramme holen den Feed alle paar Stunden neu; neue Lizenzen und geänderte Daten erscheinen dann.
feed-back = Zurück zu Ihrem Konto
feed-revoke-title = Kalender-Feed beenden?
feed-revoke-body = Die Adresse des Feeds funktioniert sofort nicht mehr. Abonnierte Kalender behalten die bereits geholten Daten, bekommen aber keine neuen.
feed-revoke-button = Feed beenden
feed-cancel = Abbrechen
feed-flash-revoked = Ihr Kalender-Feed ist beendet.
feed-calendar-name = { $portal } ({ $host }): Lizenzen von { $account }
feed-event-support = Support endet: { $licence }
feed-event-licence = Lizenz läuft ab: { $licence }
feed-event-evaluation = Testlizenz endet: { $licence }
feed-licence = { $product }: { $name } ({ $sen })
feed-licence-no-sen = { $product }: { $name }
feed-description-organisation = Organisation: { $organisation }
feed-description-no-organisation = Organisation: keine
feed-description-link = Lizenzseite: { $url }
feed-alarm = { $days ->
    [one] In 1 Tag: { $what }
   *[other] In { $days } Tagen: { $what }
}
audit-action-calendar-feed-created = Kalender-Feed angelegt
audit-action-calendar-feed-regenerated = Adresse des Kalender-Feeds ersetzt
audit-action-calendar-feed-revoked = Kalender-Feed beendet
feed-audit-download = Diese Einträge als CSV herunterladen
feed-audit-download-hint = Die Datei enthält die Einträge, die die Filter finden, die neuesten zuerst, höchstens { $max }.
feed-orders-download = Diese Bestellungen als CSV herunterladen
feed-orders-download-hint = Alle Bestellungen, die Sie hier sehen, die neuesten zuerst (höchstens { $max }).
## Automation — webhooks
hook-title = Webhooks
hook-intro = Ein Webhook meldet einem anderen System (einem Chat-Kanal, einem Ticketsystem, Ihrem eigenen Dienst) Ereignisse im Portal, mit einer HTTPS-Anfrage, die mit seinem Geheimnis signiert ist. Der Webhook einer Organisation erfährt von den Lizenzen dieser Organisation; einer für das ganze Portal von jedem Ereignis.
hook-empty = Noch keine Webhooks.
hook-col-url = Adresse
hook-col-format = Format
hook-col-scope = Für
hook-col-events = Ereignisse
hook-col-created = Eingereiht
hook-col-event = Ereignis
hook-col-state = Status
hook-col-attempts = Versuche
hook-col-last-error = Letzter Fehler
hook-col-actions = Aktionen
hook-scope-portal = Das ganze Portal
hook-format-json = Allgemeines JSON
hook-format-slack = Slack
hook-format-teams = Microsoft Teams
hook-event-support-expiring = Support läuft ab
hook-event-licence-expired = Lizenz abgelaufen
hook-event-evaluation-ending = Testlizenz endet
hook-event-primary-changed = Primärer Kontakt geändert
hook-event-import-applied = Import übernommen
hook-event-diagnosis-findings = Diagnose mit Befunden
hook-event-test = Testereignis
hook-new-heading = Neuer Webhook
hook-field-url = Adresse (http:// oder https://)
hook-field-format = Format
hook-field-scope = Organisation
hook-field-events = Ereignisse
hook-create = Webhook anlegen
hook-form-invalid = Der Webhook wurde nicht angelegt: Korrigieren Sie die unten markierten Felder.
hook-error-url-empty = Geben Sie die Adresse ein, an die die Ereignisse gesendet werden.
hook-error-url-too-long = Die Adresse ist länger als 2.000 Zeichen.
hook-error-url-scheme = Die Adresse muss mit http:// oder https:// beginnen.
hook-error-url-no-host = Die Adresse nennt keinen Host.
hook-error-url-credentials = Die Adresse darf keinen Benutzernamen und kein Passwort enthalten: Der Empfänger prüft stattdessen die Signatur.
hook-error-url-characters = Die Adresse darf keine Leer- oder Steuerzeichen enthalten.
hook-error-format = Wählen Sie eines der Formate.
hook-error-organisation = Wählen Sie eine Organisation aus der Liste oder das ganze Portal.
hook-error-events = Wählen Sie mindestens ein Ereignis.
hook-page-title = Webhook { $id }
hook-language = Sprache seiner Texte
hook-created = Angelegt
hook-secret = Signaturgeheimnis
hook-secret-hint = Jede Zustellung trägt den Header X-Licensedesk-Signature: sha256= gefolgt vom hexadezimalen HMAC-SHA256 des Anfragekörpers mit diesem Geheimnis als Schlüssel. Der Empfänger berechnet denselben Wert und verwirft Anfragen, die abweichen.
hook-send-test = Testereignis senden
hook-delete = Löschen
hook-delete-title = Webhook { $id } löschen?
hook-delete-question = { $url } erfährt nicht mehr von Ereignissen. Seine noch nicht erfolgten Zustellungen werden verworfen; die erfolgten bleiben aufgeführt.
hook-delete-confirm = Webhook löschen
hook-cancel = Abbrechen
hook-back = Zurück zu den Webhooks
hook-deliveries-heading = Letzte Zustellungen
hook-deliveries-empty = Noch keine Zustellungen.
hook-air-gapped = Zustellungen warten im Postausgang, bis der Server ihre Adresse erreicht, und werden nach 1 Minute, 5 Minuten, 30 Minuten, 2 Stunden und 12 Stunden erneut versucht, bevor sie fehlschlagen. An einem Standort ohne Netz bleiben sie eingereiht.
hook-retry = Erneut senden
hook-retry-refused = Diese Zustellung ist nicht fehlgeschlagen, oder ihr Webhook wurde gelöscht: Es gibt nichts erneut zu senden.
hook-text-support-expiring = Der Support von { $licence } läuft in { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} ab, am { $date }.
hook-text-evaluation-ending = Die Testlizenz { $licence } endet in { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
}, am { $date }.
hook-text-licence-expired = Die Lizenz { $licence } ist am { $date } abgelaufen.
hook-text-primary-technical = { $person } ist jetzt der primäre technische Ansprechpartner von { $licence }.
hook-text-primary-billing = { $person } ist jetzt der primäre Rechnungskontakt von { $licence }.
hook-text-import-applied = Ein Import hat { $added } Lizenzen hinzugefügt, { $updated } aktualisiert und { $skipped } übersprungen.
hook-text-diagnosis-findings = Eine Diagnose der Server-ID { $server } ergab: { $findings }.
hook-text-test = Ein Testereignis von licensedesk: Dieser Webhook ist erreichbar.
audit-action-webhook-created = Webhook angelegt
audit-action-webhook-deleted = Webhook gelöscht
audit-action-webhook-tested = Webhook-Testereignis gesendet
audit-action-webhook-delivery-requeued = Webhook-Zustellung erneut eingereiht
hook-enabled = Aktiv
hook-paused = Pausiert
hook-pause = Pausieren
hook-resume = Fortsetzen
hook-error-enabled = Das Formular sagte nicht, ob der Webhook pausiert oder fortgesetzt werden soll.
audit-action-webhook-enabled = Webhook fortgesetzt
audit-action-webhook-disabled = Webhook pausiert

## Automation — the API's contacts, orders, installations and audit log

api-people-409-title = Derzeit nicht möglich
api-people-audit-narrowed = Ein auf eine Organisation beschränktes Token kann nicht das ganze Audit-Log lesen. Verwenden Sie ein Administrator-Token ohne Organisation.

## Automation — check
# The monitoring check's status line and lines (`licensedesk check`). OK, WARNING, CRITICAL and
# UNKNOWN, and the perfdata labels, are words of the plugin protocol and stay as they are.
check-cli-nothing-ends = { $count ->
    [one] 1 Lizenz geprüft
   *[other] { $count } Lizenzen geprüft
}, nichts endet in den nächsten { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
}
check-cli-attention = { $count ->
    [one] 1 Lizenz braucht Aufmerksamkeit
   *[other] { $count } Lizenzen brauchen Aufmerksamkeit
}: { $list }
check-cli-summary-item = { $licence }: { $ending }
check-cli-and-more = und { $count } weitere
check-cli-licence-with-sen = { $product } ({ $sen })
check-cli-licence-without-sen = { $product } (Lizenz { $id })
check-cli-line = { $licence }, { $organisation }: { $endings }
check-cli-line-no-organisation = { $licence }: { $endings }
check-cli-ending-on = { $ending } ({ $date })
check-cli-licence-ends = Lizenz läuft { $days ->
    [0] heute ab
    [one] in 1 Tag ab
   *[other] in { $days } Tagen ab
}
check-cli-licence-ended = Lizenz ist { $days ->
    [one] seit 1 Tag
   *[other] seit { $days } Tagen
} abgelaufen
check-cli-support-ends = Support endet { $days ->
    [0] heute
    [one] in 1 Tag
   *[other] in { $days } Tagen
}
check-cli-support-ended = Support ist { $days ->
    [one] seit 1 Tag
   *[other] seit { $days } Tagen
} beendet
check-cli-evaluation-ends = Evaluierung endet { $days ->
    [0] heute
    [one] in 1 Tag
   *[other] in { $days } Tagen
}
check-cli-evaluation-ended = Evaluierung ist { $days ->
    [one] seit 1 Tag
   *[other] seit { $days } Tagen
} beendet
check-cli-unknown-organisation = keine Organisation heißt oder hat die Nummer „{ $organisation }“ (siehe `licensedesk organisation list`)
check-cli-malformed-sen = „{ $sen }“ ist keine SEN (SEN- gefolgt von Buchstaben und Ziffern)
check-cli-unknown-sen = keine Lizenz hat die SEN { $sen }
check-cli-critical-after-warning = --critical ({ $critical }) darf nicht größer sein als --days ({ $days })
check-cli-too-many-days = { $days } Tage sind mehr, als ein Schwellenwert sein darf (höchstens { $max })
check-cli-bad-arguments = { $error } (siehe `licensedesk check --help`)
check-cli-no-database = keine Datenbank in { $path } (geben Sie mit --data-dir das Datenverzeichnis des Portals an)
check-cli-cannot-read = die Datenbank { $path } kann nicht gelesen werden: { $error }
check-cli-failed = die Prüfung ist fehlgeschlagen: { $error }
check-cli-no-token = --url braucht ein persönliches Zugriffstoken: geben Sie --token an oder setzen Sie LICENSEDESK_TOKEN
check-cli-bad-url = „{ $url }“ ist keine Portaladresse (http:// oder https://)
check-cli-unreachable = { $url } ist nicht erreichbar: { $error }
check-cli-token-refused = das Token wurde abgewiesen ({ $status }): { $detail }
check-cli-http-status = das Portal antwortete { $status }: { $detail }
check-cli-not-a-report = die Antwort von { $url } ist kein Prüfbericht
check-api-days = Eine ganze Zahl von Tagen von 0 bis { $max }.

## Automation — the API's import, export and diagnosis
api-data-bad-flag = { $name } ist true oder false.
api-data-import-narrowed = Ein auf eine Organisation beschränktes Token importiert nicht: Was ein Import hinzufügt, kommt zu der Organisation, die sein Schlüssel nennt. Verwenden Sie ein Token für alles, was Ihr Konto sieht.
api-data-import-content-type = Senden Sie die Schlüssel als Body mit Content-Type: text/plain oder den Export des Portals selbst mit text/csv oder application/json.
api-data-diagnose-content-type = Senden Sie den Text der Installation als JSON ({"{"}"text": "…"{"}"}, Content-Type: application/json) oder ein Support-Zip mit Content-Type: application/zip.

## Automation — the API's licence changes
api-lic-outside-organisation = Dieser Schlüssel nennt die Organisation „{ $named }“; die Lizenz gehörte damit nicht zu { $organisation }, der einzigen Organisation, die dieses Token erreicht. Fügen Sie sie mit einem Token hinzu, das nicht auf eine Organisation beschränkt ist.
api-lic-amount-malformed = Geben Sie den Betrag als Zeichenkette aus Ziffern an, mit einem Punkt vor höchstens zwei Nachkommastellen, etwa "1200" oder "1200.50".

## Diagnose im Web, erfasste Installationen, Adresse der Erinnerungen und Wortlaut der E-Mails
# Die Worte der Seite „Diagnose“, wo die Befehlszeile ihre Optionen nennt.
diagnose-page-advice-server-id-mismatch = Verwenden Sie den Schlüssel weiter: Es ist kein neuer Schlüssel nötig. Aktualisieren Sie die erfasste Server ID mit der Schaltfläche „Aktualisieren“ auf dieser Seite auf die der Installation; der alte Wert bleibt im Server-ID-Verlauf der Lizenz.
diagnose-page-advice-key-not-in-inventory = Fügen Sie den Schlüssel auf der Seite „Import“ hinzu, damit das Portal diese Lizenz kennt.
diagnose-page-advice-no-licence = Spielen Sie in der Administration des Produkts eine Lizenz ein. Speichert das Produkt seine Lizenz in einer Datenbank, die nicht gelesen werden konnte, führen Sie das angezeigte SQL aus und fügen Sie den Schlüssel in das Feld unter den Abfragen ein.
diagnose-page-advice-cannot-tell = Führen Sie das angezeigte SQL in der Datenbank des Produkts aus und fügen Sie die Antworten in die Felder unter den Abfragen ein.
diagnose-page-note-no-server-id = Die Server ID der Installation konnte nicht gelesen werden, daher wurde keine Server ID verglichen; geben Sie sie in das Feld „Server ID“ ein und starten Sie die Diagnose erneut.
install-page-note-bitbucket-no-jdbc-url = { $file } hat keine jdbc.url: Bitbucket läuft dann auf seiner eingebetteten H2-Datenbank, die nicht gelesen werden kann, während Bitbucket läuft; geben Sie die Server ID aus Administration > Licensing in das Feld „Server ID“ ein oder führen Sie von Hand aus: { $sql }
install-page-note-bitbucket-not-read = { $reason }: Bitbucket speichert seine Server ID in der Datenbank; geben Sie sie in das Feld „Server ID“ ein (Bitbucket zeigt sie unter Administration > Licensing)
install-page-note-failed-ask-server-id = { $failure }; geben Sie die Server ID in das Feld „Server ID“ ein
install-page-note-jira-no-jdbc-url = { $file } hat kein jdbc-datasource/url: Die Datenbank mit der Server ID und den Lizenzen von Jira ist unbekannt; geben Sie die Server ID in das Feld „Server ID“ ein (Jira zeigt sie unter Administration > System > Systeminformationen)
install-page-note-jira-not-read = { $reason }: Jira speichert seine Server ID und Lizenzen in der Datenbank; geben Sie die Server ID in das Feld „Server ID“ ein (Jira zeigt sie unter Administration > System > Systeminformationen)
install-page-note-fisheye-no-server-id = Fisheye/Crucible speichert seine Server ID nicht in config.xml; lesen Sie sie unter Administration > System Settings > System Info ab und geben Sie sie in das Feld „Server ID“ ein
install-page-found-backup-no-server-id = { $file } enthält keine Eigenschaft jira.sid.key, daher nennt diese Sicherung die Server ID nicht; lesen Sie sie in Jira unter Administration > System > Systeminformationen ab und geben Sie sie in das Feld „Server ID“ ein
install-page-not-connecting = die Datenbank wurde nicht gelesen (die Seite „Diagnose“ verbindet sich nie mit einer)
# Eine Installation auf der Seite „Diagnose“ erfassen.
diagnose-record-legend = Diese Installation erfassen
diagnose-record-label = Im Portal erfassen
diagnose-record-hint = Sie erscheint unter „Installiert auf“ bei den Lizenzen, die sie verwendet. Nur Installationen von Lizenzen, die Sie ändern dürfen, können erfasst werden.
diagnose-record-name-label = Bezeichnung
diagnose-record-name-hint = Ein Name für die Installation, etwa „Wiki Produktion“. Dieselbe Bezeichnung auf demselben Host erneut zu erfassen, ersetzt den früheren Eintrag.
diagnose-record-host-label = Host (optional)
diagnose-record-host-hint = Der Rechner, auf dem sie läuft, etwa web01.example.com.
diagnose-record-label-missing = Geben Sie der Installation eine Bezeichnung, um sie zu erfassen.
diagnose-record-text-invalid = Höchstens { $max } Zeichen, ohne Zeilenumbrüche.
diagnose-record-no-licence = Nichts wurde erfasst: Keiner der Schlüssel der Installation ist eine Lizenz, die Sie ändern dürfen.
diagnose-record-not-yours = Nichts wurde erfasst: Die Installation verwendet eine Lizenz, die Sie nur lesen dürfen.
diagnose-record-label-taken = Eine andere erfasste Installation hat diese Bezeichnung auf diesem Host; wählen Sie eine andere Bezeichnung.
diagnose-recorded = Erfasst als „{ $label }“ auf { $host }.
# Eine erfasste Installation löschen.
installation-none = —
installation-read-only = Sie dürfen die Lizenzen dieser Installation lesen, aber nicht ändern, und können sie daher nicht löschen.
installation-deleted = Die Installation wurde gelöscht.
installation-delete-title = Erfasste Installation löschen?
installation-delete-question = „{ $label }“ auf { $host } ({ $product }, Server ID { $server_id }) wird aus der Liste der Installationen entfernt.
installation-delete-recorded = Erfasst am { $date } von { $by }.
installation-delete-licences = Sie erscheint dann nicht mehr unter „Installiert auf“ bei:
installation-delete-keeps = Die Lizenzen selbst ändern sich nicht. Wird die Installation erneut erfasst (Seite „Diagnose“ oder Befehlszeile), erscheint sie wieder.
installation-delete-button = Installation löschen
installation-cancel = Abbrechen
installation-column-actions = Aktionen
installation-delete-link = Löschen…
installation-delete-named = Die Installation „{ $label }“ löschen
audit-action-instance-recorded = Installation erfasst
audit-action-instance-deleted = Installation gelöscht
# E-Mails: eine Lizenz einmal genannt, mit ihrem Produkt nur, wenn ihr Name es nicht nennt.
mail-product-and-name = { $product }, { $name }
mail-licence-with-sen = { $name } ({ $sen })
reminders-cli-no-base-url = Kein --base-url angegeben, und noch kein Server hat seine Adresse in diesem Datenverzeichnis gespeichert: Die Links in den E-Mails führen zu { $url }.
## Accounts — consolidation in the navigation, sign-in and invitations, import previews
nav-consolidate = Zusammenführen
people-plan-heading = { $product }: { $name }
people-plan-heading-sen = { $product }: { $name } ({ $sen })
people-request-waiting-for-you = Wartet bis { $date } darauf, dass Sie annehmen.
sign-in-account-disabled = Dieses Konto ist deaktiviert. Bitten Sie einen Administrator dieses Portals, es wieder zu aktivieren.
invitation-name-hint = So sehen andere Sie im Portal und in seinen E-Mails.
import-where-pasted = Im eingefügten Text
import-where-pasted-line = Zeile { $line } im eingefügten Text
import-where-pasted-reference = { $reference } im eingefügten Text
import-where-file-line = { $file }, Zeile { $line }
## Administration — Konten im Web, der Postausgang als ZIP, die Änderungen im Audit-Log
admin-invite-heading = Benutzer einladen
admin-invite-hint = Die Einladung kommt in den Postausgang, mit einem Link zum Wählen eines Passworts; der Link funktioniert einmal, 7 Tage lang.
admin-invite-email = E-Mail-Adresse
admin-invite-name = Name (optional)
admin-invite-language = Sprache der Einladung
admin-invite-admin = Administrator (sieht und ändert jede Lizenz und jedes Konto)
admin-invite-button = Einladung senden
admin-invite-taken = { $email } hat bereits ein Konto.
admin-flash-user-invited = Der Benutzer ist eingeladen: Die Einladung liegt im Postausgang.
admin-reset-link-button = Link zum Zurücksetzen senden
admin-reset-link-title = Link zum Zurücksetzen für { $email }
admin-reset-link-refused = Nur an ein aktives Konto kann ein Link zum Zurücksetzen des Passworts gesendet werden; dieses ist { $state ->
        [invited] eingeladen: Senden Sie stattdessen die Einladung erneut
       *[disabled] deaktiviert
    }.
admin-flash-reset-link-sent = Ein Link zum Zurücksetzen des Passworts liegt im Postausgang; er funktioniert einmal, eine Stunde lang.
admin-role-make-link = Zum Administrator machen
admin-role-remove-link = Administratorrechte entziehen
admin-role-make-title = { $email } zum Administrator machen?
admin-role-remove-title = { $email } die Administratorrechte entziehen?
admin-role-make-body = { $email } sieht und ändert dann jede Lizenz und jedes Konto, liest das Audit-Log und den Postausgang und kann andere zu Administratoren machen.
admin-role-remove-body = { $email } sieht dann nur noch die Lizenzen, bei denen das Konto Kontakt ist, und nicht mehr die Administrationsseiten. Sonst ändert sich am Konto nichts.
admin-role-remove-yourself = Das ist Ihr eigenes Konto: Die Administrationsseiten schließen sich für Sie, sobald Sie bestätigen.
admin-role-make-button = Zum Administrator machen
admin-role-remove-button = Administratorrechte entziehen
admin-role-last-admin = { $email } ist der letzte aktive Administrator. Machen Sie zuerst ein anderes Konto zum Administrator.
admin-role-choice-missing = Das Formular sagt nicht, ob das Konto Administrator wird. Verwenden Sie die Schaltfläche der Bestätigungsseite.
admin-flash-admin-granted = Das Konto ist jetzt Administrator.
admin-flash-admin-revoked = Das Konto ist kein Administrator mehr.
admin-audit-refused = Korrigieren Sie die oben markierten Filter: Es wurde nichts gesucht.
admin-audit-added = hinzugefügt
admin-audit-removed = entfernt
admin-outbox-zip = { $count ->
        [one] Die E-Mail als .eml-Datei herunterladen (ZIP)
       *[other] Alle { $count } E-Mails als .eml-Dateien herunterladen (ZIP)
    }
admin-outbox-zip-hint = Höchstens { $max } E-Mails pro Download; wählen Sie einen Status, um weniger herunterzuladen.
admin-outbox-zip-too-many = Der Postausgang enthält { $count } solche E-Mails, mehr als ein Download aufnimmt ({ $max }). Wählen Sie einen Status, um weniger herunterzuladen, oder exportieren Sie alle auf dem Server mit: licensedesk outbox export DIR
audit-action-reset-link-sent = Link zum Zurücksetzen des Passworts gesendet
audit-action-admin-granted = Zum Administrator gemacht
audit-action-admin-revoked = Administratorrechte entzogen
## Die Seite einer Lizenz und ihre Aktionen
details-error-summary-title = { $n ->
    [one] Ein Feld ist nicht in Ordnung:
   *[other] { $n } Felder sind nicht in Ordnung:
}
details-confirm-subject = { $product } · { $name } · SEN { $sen }
details-gate-where-intro = Wo die Produkte ihre Server ID zeigen:
details-gate-where-jira = Jira: Administration › System › Systeminformationen
details-gate-where-confluence = Confluence: Administration › Allgemeine Konfiguration › Systeminformationen
details-gate-where-bitbucket = Bitbucket: Administration › Einstellungen › Lizenzierung
details-gate-where-bamboo = Bamboo: Administration › System › Systeminformationen
details-gate-where-crowd = Crowd: Administration › Lizenzierung
details-gate-where-fisheye = Fisheye und Crucible: Administration › Globale Einstellungen › Lizenzen
details-gate-server-id-hint = Die Server ID der Installation, für die dieser Schlüssel bestimmt ist: vier Gruppen aus je vier Buchstaben oder Ziffern, etwa BG9T-XUV4-KZZH-B01W.
details-upgrade-unlimited = Diese Lizenz gilt bereits für unbegrenzt viele Benutzer: Es gibt keine höhere Benutzerstufe für ein Upgrade.
details-key-on-record = Der gespeicherte Lizenzschlüssel gilt für { $users } (die Lizenz jetzt für { $tier }): Fügen Sie den Schlüssel nach dem Upgrade hinzu.
details-add-upgraded-key = Schlüssel nach dem Upgrade hinzufügen
details-reason-evaluation = neue Testlizenz
details-reason-by-hand = von Hand eingegeben
details-evaluation-dates-unusual = Beginn und Ende der Testlizenz sind ungewöhnlich: Bitte prüfen Sie die Daten unten.
details-developer-unknown-action = Das kann diese Seite nicht.
details-developer-not-chosen = Wählen Sie eine Entwicklerlizenz.
details-developer-not-developer = Nur eine Entwicklerlizenz kann mit einer Produktionslizenz verknüpft werden.
details-developer-already-linked = Diese Entwicklerlizenz ist bereits mit einer Produktionslizenz verknüpft: Lösen Sie sie zuerst dort.
details-developer-not-linked = Diese Entwicklerlizenz ist nicht mit dieser Lizenz verknüpft.
details-developer-link-title = Entwicklerlizenz verknüpfen?
details-developer-unlink-title = Verknüpfung der Entwicklerlizenz lösen?
details-developer-link-intro = { $developer } wird mit { $production } verknüpft: Ihr Support-Ablaufdatum folgt dann dem der Produktionslizenz, und deren Kontakte werden ihre Kontakte.
details-developer-unlink-intro = { $developer } ist dann nicht mehr mit { $production } verknüpft. Sie behält ihr Support-Ablaufdatum und ihre Kontakte und folgt den Verlängerungen der Produktionslizenz nicht mehr.
details-developer-link-confirm = Entwicklerlizenz verknüpfen
details-developer-unlink-confirm = Verknüpfung lösen
details-developer-unlink-button = Lösen
details-developer-link-heading = Eine vorhandene Entwicklerlizenz verknüpfen
details-developer-link-label = Entwicklerlizenz
details-developer-link-hint = Entwicklerlizenzen, die mit keiner Produktionslizenz verknüpft sind und die Sie ändern dürfen.
details-developer-link-button = Verknüpfen …
details-flash-developer-linked = Die Entwicklerlizenz wurde verknüpft.
details-flash-developer-unlinked = Die Verknüpfung der Entwicklerlizenz wurde gelöst.
audit-action-developer-licence-unlinked = Entwicklerlizenz gelöst
## Die Lizenzliste — Spalten, Sortierung, geöffnete Zeilen und die Übersicht
list-col-state = Status
list-col-open = Details
list-open-row = Details anzeigen zu
list-close-row = Details ausblenden zu
list-state-active = Aktiv
list-search-label = Lizenzen finden
list-empty-import = Lizenzschlüssel aus Dateien importieren oder einfügen
list-empty-add = Eine Lizenz manuell hinzufügen
list-summary-label = Ihre Lizenzen auf einen Blick
list-summary-licences = { $count ->
    [one] Sie haben eine Lizenz.
   *[other] Sie haben { $count } Lizenzen.
}
list-summary-expiring = { $count ->
    [0] Bei keiner endet der Support in den nächsten { $days } Tagen.
    [one] Bei einer endet der Support in den nächsten { $days } Tagen.
   *[other] Bei { $count } endet der Support in den nächsten { $days } Tagen.
}
list-summary-consolidations = { $count ->
    [one] Eine Zusammenführungsanfrage wartet auf Ihre Antwort.
   *[other] { $count } Zusammenführungsanfragen warten auf Ihre Antwort.
}
list-sorted-ascending = (sortiert, aufsteigend)
list-sorted-descending = (sortiert, absteigend)
list-compatibility = Kompatibilität
list-bad-sort = Die Liste lässt sich nach Supportende (früheste oder späteste zuerst), Produkt, Organisation oder SEN sortieren.
list-bad-open = Die zu öffnende Zeile wird mit der Nummer einer Lizenz angegeben.
list-compatibility-note = Läuft mit { $product } { $version } und früheren Versionen (die letzte Version der Versionstabelle vor dem Supportende) und umfasst { $tier }.
